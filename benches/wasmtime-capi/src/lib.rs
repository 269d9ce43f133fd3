//! wasmtime's C API as a `cdylib`: re-exporting the implementation crate
//! links every one of its `#[unsafe(no_mangle)] extern "C"` functions into
//! `libwasmtime_capi.so`, as wasmtime's own C-API artifact crate does.

pub use wasmtime_c_api::*;
