//! `wasm_module_serialize` / `wasm_module_deserialize`: a compiled module
//! as bytes and back, in wasmrt's precompiled format (`Module::serialize`,
//! the same bytes as `wasmrt_module_serialize` and `wasmrt compile`):
//! deserializing maps the machine code without compiling it. Bytes that
//! are not wasmrt's, from another wasmrt version or engine configuration,
//! or damaged, are refused.

use super::module::wasm_module_t;
use super::store::wasm_store_t;
use super::vec::wasm_byte_vec_t;
use crate::Module;

/// Sets `out` to the serialized module, owned by the caller
/// (`wasm_byte_vec_delete`), for `wasm_module_deserialize` in an engine of
/// the same wasmrt version and configuration; nothing is written for null
/// arguments, and `out` is an empty vector if the module cannot be
/// serialized.
///
/// # Safety
/// `module` must be a live module or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_serialize(
    module: *const wasm_module_t,
    out: *mut wasm_byte_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    if let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { out.as_mut() }) {
        let bytes = crate::capi::guard(|_| Vec::new(), || m.module.serialize().unwrap_or_default());
        *out = wasm_byte_vec_t::from_vec(bytes);
    }
}

/// The module `wasm_module_serialize` wrote into `bytes`, loaded for the
/// engine of `store` without compiling it, and owned by the caller
/// (`wasm_module_delete`); null for null arguments, and for bytes that are
/// not a module serialized by this wasmrt version with this engine's
/// configuration (no header, another version or configuration, a wrong
/// length or checksum).
///
/// # Safety
/// `store` must be live or null; `bytes` a live vector or null, written by
/// wasmrt (its machine code runs as it is).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_deserialize(
    store: *mut wasm_store_t,
    bytes: *const wasm_byte_vec_t,
) -> *mut wasm_module_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(store), Some(bytes)) = (unsafe { store.as_ref() }, unsafe { bytes.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        // SAFETY: the bytes are wasmrt's, as the caller guarantees; their
        // header, tables and code are checked.
        || match unsafe { Module::deserialize(store.store.engine(), bytes.as_slice()) } {
            Ok(module) => Box::into_raw(Box::new(wasm_module_t::new(module))),
            Err(_) => std::ptr::null_mut(),
        },
    )
}
