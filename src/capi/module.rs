//! `wasmrt_module_t` (a compiled module, thread-safe) and `wasmrt_wat2wasm`.

use super::error::{guard_error, wasmrt_error_t};
use super::wasm::engine::wasm_engine_t;
use super::wasm::extern_types::{wasm_exporttype_vec_t, wasm_importtype_vec_t};
use super::wasm::vec::wasm_byte_vec_t;
use super::{non_null, non_null_mut, slice, utf8};
use crate::Module;

/// A compiled module; may be shared by threads and used in any store of
/// its engine.
pub struct wasmrt_module_t {
    pub(crate) module: Module,
}

/// Compiles the `wasm_len` bytes at `wasm` (a binary module) and sets
/// `*ret` to the module, owned by the caller (`wasmrt_module_delete`).
///
/// # Safety
/// `engine` must be a live engine, `wasm` readable for `wasm_len` bytes and
/// `ret` writable (null arguments are reported as errors).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_new(
    engine: *const wasm_engine_t,
    wasm: *const u8,
    wasm_len: usize,
    ret: *mut *mut wasmrt_module_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (engine, bytes, ret) = unsafe {
            (
                non_null(engine, "engine")?,
                slice(wasm, wasm_len, "wasm")?,
                non_null_mut(ret, "ret")?,
            )
        };
        if !bytes.starts_with(b"\0asm") {
            anyhow::bail!(
                "not a wasm binary: it does not start with `\\0asm` (use wasmrt_wat2wasm for text)"
            );
        }
        let module = Module::from_binary(&engine.engine, bytes)?;
        *ret = Box::into_raw(Box::new(wasmrt_module_t { module }));
        Ok(())
    })
}

/// Checks that the `wasm_len` bytes at `wasm` are a valid module for
/// `engine`, without compiling them.
///
/// # Safety
/// As for `wasmrt_module_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_validate(
    engine: *const wasm_engine_t,
    wasm: *const u8,
    wasm_len: usize,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (engine, bytes) =
            unsafe { (non_null(engine, "engine")?, slice(wasm, wasm_len, "wasm")?) };
        Module::validate(&engine.engine, bytes)
    })
}

/// A new reference to the same compiled module, owned by the caller
/// (`wasmrt_module_delete`); null for a null module.
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_clone(
    module: *const wasmrt_module_t,
) -> *mut wasmrt_module_t {
    // SAFETY: live when not null.
    match unsafe { module.as_ref() } {
        Some(m) => Box::into_raw(Box::new(wasmrt_module_t {
            module: m.module.clone(),
        })),
        None => std::ptr::null_mut(),
    }
}

/// Frees a module reference (null is ignored); instances made from it keep
/// what they need.
///
/// # Safety
/// `module` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_delete(module: *mut wasmrt_module_t) {
    if !module.is_null() {
        // SAFETY: an owned module.
        drop(unsafe { Box::from_raw(module) });
    }
}

/// Converts the `wat_len` bytes of WebAssembly text at `wat` to a binary
/// module in `ret`, owned by the caller (`wasm_byte_vec_delete`).
///
/// # Safety
/// `wat` must be readable for `wat_len` bytes and `ret` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_wat2wasm(
    wat: *const std::ffi::c_char,
    wat_len: usize,
    ret: *mut wasm_byte_vec_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (text, ret) = unsafe { (utf8(wat.cast(), wat_len, "wat")?, non_null_mut(ret, "ret")?) };
        let wasm = wat::parse_str(text)?;
        *ret = wasm_byte_vec_t::from_vec(wasm);
        Ok(())
    })
}

/// Sets `out` to the module's imports, in order, owned by the caller
/// (`wasm_importtype_vec_delete`); nothing happens for null arguments.
///
/// # Safety
/// `module` must be live or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_imports(
    module: *const wasmrt_module_t,
    out: *mut wasm_importtype_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { out.as_mut() }) else {
        return;
    };
    *out = super::wasm::module::import_types(&m.module);
}

/// Sets `out` to the module's exports, in order, owned by the caller
/// (`wasm_exporttype_vec_delete`); nothing happens for null arguments.
///
/// # Safety
/// `module` must be live or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_exports(
    module: *const wasmrt_module_t,
    out: *mut wasm_exporttype_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { out.as_mut() }) else {
        return;
    };
    *out = super::wasm::module::export_types(&m.module);
}

/// Writes the module's name (from its name section) to `name`, owned by the
/// caller (`wasm_byte_vec_delete`); false if it has none.
///
/// # Safety
/// `module` must be live or null; `name` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_name(
    module: *const wasmrt_module_t,
    name: *mut wasm_byte_vec_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { name.as_mut() }) else {
        return false;
    };
    match m.module.name() {
        Some(n) => {
            *out = wasm_byte_vec_t::from_vec(n.as_bytes().to_vec());
            true
        }
        None => false,
    }
}
