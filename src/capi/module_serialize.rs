//! Precompiled modules in C: `wasmrt_module_serialize`,
//! `wasmrt_module_deserialize` and `wasmrt_module_deserialize_file`, the
//! artefact format of `Module::serialize` (the same bytes
//! `wasm_module_serialize` writes).

use super::error::{guard_error, wasmrt_error_t};
use super::module::wasmrt_module_t;
use super::wasm::engine::wasm_engine_t;
use super::wasm::vec::wasm_byte_vec_t;
use super::{non_null, non_null_mut, slice};
use crate::Module;
use std::ffi::{c_char, c_void};

/// Sets `*ret` to the module's precompiled artefact, owned by the caller
/// (`wasm_byte_vec_delete`), for `wasmrt_module_deserialize` in an engine
/// of the same wasmrt version and configuration.
///
/// # Safety
/// `module` must be a live module and `ret` writable (null arguments are
/// reported as errors).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_serialize(
    module: *const wasmrt_module_t,
    ret: *mut wasm_byte_vec_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (module, ret) = unsafe { (non_null(module, "module")?, non_null_mut(ret, "ret")?) };
        *ret = wasm_byte_vec_t::from_vec(module.module.serialize()?);
        Ok(())
    })
}

/// Sets `*start` and `*end` to the range of memory that holds the module's
/// machine code (`Module::image_range`), which must not be written to or
/// re-protected. A null module sets both to null; null pointers for the
/// results are skipped.
///
/// # Safety
/// `module` must be a live module or null; `start` and `end` writable or
/// null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_image_range(
    module: *const wasmrt_module_t,
    start: *mut *mut c_void,
    end: *mut *mut c_void,
) {
    // SAFETY: live or null, as the caller guarantees.
    let range = unsafe { module.as_ref() }.map(|m| m.module.image_range());
    let (s, e) = range.map_or((std::ptr::null(), std::ptr::null()), |r| (r.start, r.end));
    // SAFETY: each is writable or null, as the caller guarantees.
    unsafe {
        if let Some(start) = start.as_mut() {
            *start = s.cast_mut().cast();
        }
        if let Some(end) = end.as_mut() {
            *end = e.cast_mut().cast();
        }
    }
}

/// Loads the precompiled module in the `bytes_len` bytes at `bytes` (from
/// `wasmrt_module_serialize`, `wasm_module_serialize` or `wasmrt compile`)
/// without compiling it, and sets `*ret` to it, owned by the caller
/// (`wasmrt_module_delete`). An artefact of another wasmrt version or an
/// engine configured otherwise, or damaged bytes (checksums cover all of
/// them), are an error saying so.
///
/// # Safety
/// `engine` must be a live engine, `bytes` readable for `bytes_len` bytes
/// and `ret` writable (null arguments are reported as errors). The bytes
/// must have been written by wasmrt: their machine code runs as it is.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_deserialize(
    engine: *const wasm_engine_t,
    bytes: *const u8,
    bytes_len: usize,
    ret: *mut *mut wasmrt_module_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (engine, bytes, ret) = unsafe {
            (
                non_null(engine, "engine")?,
                slice(bytes, bytes_len, "bytes")?,
                non_null_mut(ret, "ret")?,
            )
        };
        // SAFETY: the bytes are wasmrt's, as the caller guarantees; their
        // header, tables and code are checked.
        let module = unsafe { Module::deserialize(&engine.engine, bytes) }?;
        *ret = Box::into_raw(Box::new(wasmrt_module_t { module }));
        Ok(())
    })
}

/// As `wasmrt_module_deserialize`, for the file at `path` (a
/// NUL-terminated path): its code and memory-image pages are mapped and
/// used in place. A missing or unreadable file is an error naming it.
///
/// # Safety
/// As for `wasmrt_module_deserialize`; `path` must be a NUL-terminated
/// string or null, and the file must not change while the module lives.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_module_deserialize_file(
    engine: *const wasm_engine_t,
    path: *const c_char,
    ret: *mut *mut wasmrt_module_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (engine, ret) = unsafe { (non_null(engine, "engine")?, non_null_mut(ret, "ret")?) };
        // SAFETY: a NUL-terminated string or null, as the caller guarantees.
        let path = unsafe { super::c_str(path, "path") }?;
        // SAFETY: as the caller guarantees.
        let module = unsafe { Module::deserialize_file(&engine.engine, path) }?;
        *ret = Box::into_raw(Box::new(wasmrt_module_t { module }));
        Ok(())
    })
}
