//! Module environment: everything the compiler and the runtime both need to
//! know about a module, parsed once from the wasm binary. Depends on nothing
//! else in the crate.

mod code_tables;
mod compiled;
mod func_names;
mod module_info;
mod offsets;
mod parse;
mod trap_code;

pub use code_tables::{AddrMap, SharedBytes, TableBytes, TrapTable};
pub use compiled::{CompiledCode, Libcall, LibcallReloc, VMCTX_SLOT_KEY};
pub use func_names::FuncNames;
pub use module_info::*;
pub use offsets::{HOST_MAGIC, VMCTX_MAGIC, VMOffsets, builtins, fields, header};
pub use parse::{FunctionBody, parse_module};
pub use trap_code::TrapCode;
