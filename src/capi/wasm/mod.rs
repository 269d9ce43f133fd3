//! The standard wasm-c-api objects (`include/wasm.h`), as far as wasmrt
//! implements them so far.

pub mod config;
pub mod engine;
pub mod extern_;
pub mod extern_types;
pub mod func;
pub mod instance;
pub mod items;
pub mod module;
pub mod ref_;
pub mod store;
pub mod trap;
pub mod types;
pub mod val;
pub mod vec;
