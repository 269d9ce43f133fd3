//! The standard wasm-c-api objects (`include/wasm.h`), as far as wasmrt
//! implements them so far.

pub mod config;
pub mod engine;
pub mod extern_types;
pub mod trap;
pub mod types;
pub mod vec;
