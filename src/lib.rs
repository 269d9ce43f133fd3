//! wasmrt: a WebAssembly runtime that compiles wasm to native code with
//! Cranelift, behind an API shaped like wasmtime's.
//!
//! Layers (see DESIGN.md): `environ` (module description, VMContext
//! layout) is shared by `compiler` (wasm → machine code) and `runtime`
//! (memory, traps, instances); the public API sits on both.

mod allocation;
mod artifact;
mod call_hook;
pub mod capi;
mod compiler;
mod config;
mod config_tuning;
mod engine;
mod environ;
mod extern_ref;
mod fuel;
mod func;
mod global;
mod instance;
mod instance_pre;
mod interrupt;
mod limits;
mod linker;
mod memory;
mod memory_creator;
mod module;
mod runtime;
mod store;
mod store_type_cache;
mod table;
mod trap;
mod type_registry;
mod typed;
mod types;
mod values;
pub mod wasi;
mod wat_text;

pub use allocation::{InstanceAllocationStrategy, PoolingAllocationConfig};
pub use anyhow::{Error, Result};
pub use call_hook::CallHook;
pub use config::{Config, OptLevel, ProfilingStrategy, RegallocAlgorithm, Strategy};
pub use engine::Engine;
pub use extern_ref::ExternRef;
pub use func::{Caller, Func};
pub use global::Global;
pub use instance::{Export, Extern, Instance};
pub use instance_pre::InstancePre;
pub use interrupt::{InterruptHandle, UpdateDeadline};
pub use limits::{ResourceLimiter, StoreLimits, StoreLimitsBuilder};
pub use linker::Linker;
pub use memory::{Memory, MemoryAccessError};
pub use memory_creator::{LinearMemory, MemoryCreator};
pub use module::Module;
pub use runtime::pool::PoolConcurrencyLimitError;
pub use runtime::vmcontext::ValRaw;
pub use store::{AsContext, AsContextMut, Store, StoreContext, StoreContextMut};
pub use table::Table;
pub use trap::{FrameInfo, Trap, TrapCode, WasmBacktrace};
pub use typed::{IntoFunc, TypedFunc, WasmParams, WasmResults, WasmRet, WasmTy};
pub use types::{
    ExportType, ExternType, FuncType, GlobalType, ImportType, MemoryType, Mutability, TableType,
    ValType,
};
pub use values::{Ref, V128, Val};
