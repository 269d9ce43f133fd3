//! The `extern "C"` layer (DESIGN.md, "The C layer"). `wasm/` holds the
//! standard wasm-c-api objects of `include/wasm.h`, `wasi/` the WASI
//! configuration of `include/wasi.h`; the other files hold
//! wasmtime's C API renamed `wasmrt` (`include/wasmrt.h`). Each function is a
//! thin, checked translation onto the public Rust API: it checks every
//! pointer and handle and reports what is wrong instead of crashing, and its
//! body runs under [`guard`] so that no panic crosses into C.
//!
//! The headers are generated from these files by `build.rs` (cbindgen);
//! type names follow C, hence the lint exception.
#![allow(non_camel_case_types)]

pub mod config;
pub mod config_compiler;
pub mod config_tuning;
pub mod engine;
mod env;
pub mod error;
pub mod extern_;
pub mod externref;
pub mod func;
pub mod global;
pub mod instance;
pub mod interrupt;
pub mod linker;
pub mod memory;
pub mod memory_creator;
pub mod module;
pub mod module_serialize;
pub mod pooling;
pub mod store;
pub mod store_hooks;
pub mod table;
pub mod trap;
pub mod val;
pub mod wasi;
pub mod wasm;

use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs `f`; a panic becomes `on_panic(message)` instead of unwinding into C.
#[inline]
pub(crate) fn guard<R>(on_panic: impl FnOnce(String) -> R, f: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => on_panic(panic_message(&*payload)),
    }
}

/// The message a panic was raised with.
#[cold]
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

/// `ptr` as a reference, or an error naming `what` when it is null.
///
/// # Safety
/// A non-null `ptr` must point at a live `T` for `'a`.
pub(crate) unsafe fn non_null<'a, T>(ptr: *const T, what: &str) -> anyhow::Result<&'a T> {
    // SAFETY: guaranteed by the caller for non-null pointers.
    unsafe { ptr.as_ref() }.ok_or_else(|| anyhow::anyhow!("{what} is null"))
}

/// `ptr` as a mutable reference, or an error naming `what` when it is null.
///
/// # Safety
/// A non-null `ptr` must point at a live `T`, used by no one else, for `'a`.
pub(crate) unsafe fn non_null_mut<'a, T>(ptr: *mut T, what: &str) -> anyhow::Result<&'a mut T> {
    // SAFETY: guaranteed by the caller for non-null pointers.
    unsafe { ptr.as_mut() }.ok_or_else(|| anyhow::anyhow!("{what} is null"))
}

/// `len` items at `ptr` as a slice; an empty slice for `len == 0` whatever
/// `ptr` is; an error naming `what` for a null `ptr` with `len > 0`.
///
/// # Safety
/// A non-null `ptr` must point at `len` live items for `'a`.
pub(crate) unsafe fn slice<'a, T>(
    ptr: *const T,
    len: usize,
    what: &str,
) -> anyhow::Result<&'a [T]> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        anyhow::bail!("{what} is null but its length is {len}");
    }
    check_len::<T>(len, what)?;
    // SAFETY: guaranteed by the caller.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Like [`slice`], for a mutable buffer.
///
/// # Safety
/// A non-null `ptr` must point at `len` live items, used by no one else.
pub(crate) unsafe fn slice_mut<'a, T>(
    ptr: *mut T,
    len: usize,
    what: &str,
) -> anyhow::Result<&'a mut [T]> {
    if len == 0 {
        return Ok(&mut []);
    }
    if ptr.is_null() {
        anyhow::bail!("{what} is null but its length is {len}");
    }
    check_len::<T>(len, what)?;
    // SAFETY: guaranteed by the caller.
    Ok(unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

/// Fails for a length no buffer can have (over `isize::MAX` bytes).
fn check_len<T>(len: usize, what: &str) -> anyhow::Result<()> {
    match len.checked_mul(size_of::<T>()) {
        Some(bytes) if bytes <= isize::MAX as usize => Ok(()),
        _ => anyhow::bail!("{what} has an impossible length {len}"),
    }
}

/// The NUL-terminated UTF-8 string at `s`, or an error naming `what` for
/// a null or non-UTF-8 one.
///
/// # Safety
/// `s` must be a NUL-terminated string or null.
pub(crate) unsafe fn c_str<'a>(s: *const std::ffi::c_char, what: &str) -> anyhow::Result<&'a str> {
    if s.is_null() {
        anyhow::bail!("{what} is null");
    }
    // SAFETY: a NUL-terminated string, as the caller guarantees.
    unsafe { std::ffi::CStr::from_ptr(s) }
        .to_str()
        .map_err(|e| anyhow::anyhow!("{what} is not valid UTF-8: {e}"))
}

/// `len` bytes at `ptr` as UTF-8 text, or an error naming `what`.
///
/// # Safety
/// As for [`slice`].
pub(crate) unsafe fn utf8<'a>(ptr: *const u8, len: usize, what: &str) -> anyhow::Result<&'a str> {
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { slice(ptr, len, what) }?;
    std::str::from_utf8(bytes).map_err(|e| anyhow::anyhow!("{what} is not valid UTF-8: {e}"))
}
