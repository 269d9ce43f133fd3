//! The standard wasm-c-api objects (`include/wasm.h`).

pub mod config;
pub mod engine;
pub mod extern_;
pub mod extern_types;
pub mod foreign;
pub mod frame;
pub mod func;
pub mod host_info;
pub mod identity;
pub mod instance;
pub mod items;
pub mod module;
pub mod ref_;
pub mod ref_conversions;
pub mod serialize;
pub mod shared_module;
pub mod store;
pub mod tagtype;
pub mod trap;
pub mod type_vecs;
pub mod types;
pub mod val;
pub mod vec;
