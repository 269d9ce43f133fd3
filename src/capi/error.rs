//! `wasmrt_error_t`: what a fallible C function returns (NULL = success).

use super::wasm::frame::wasm_frame_vec_t;
use super::wasm::vec::{wasm_byte_vec_t, wasm_name_t};
use crate::trap::backtrace_of;

/// An error, owned by the caller of the function that returned it
/// (`wasmrt_error_delete`).
pub struct wasmrt_error_t {
    pub(crate) error: anyhow::Error,
}

/// An error with its causes, laid out as anyhow's `{:?}` (which wasmtime's
/// C API prints) but never with a Rust stack backtrace:
/// "error\n\nCaused by:\n    cause" (numbered when there are several).
/// An error that carries a wasm backtrace (a host function's error that
/// passed through wasm) starts with it and ends with a newline, as in
/// wasmtime.
pub(crate) fn describe(error: &anyhow::Error) -> String {
    let causes: Vec<String> = error.chain().skip(1).map(|c| c.to_string()).collect();
    let text = layout(&error.to_string(), &causes);
    if error.downcast_ref::<crate::WasmBacktrace>().is_some() {
        text + "\n"
    } else {
        text
    }
}

/// `top` (without a trailing newline) and the "Caused by:" lines of
/// `causes`, as anyhow lays them out.
pub(crate) fn layout(top: &str, causes: &[String]) -> String {
    let mut text = top.trim_end_matches('\n').to_string();
    if !causes.is_empty() {
        text.push_str("\n\nCaused by:");
        for (i, cause) in causes.iter().enumerate() {
            if causes.len() == 1 {
                text.push_str(&format!("\n    {cause}"));
            } else {
                text.push_str(&format!("\n    {i}: {cause}"));
            }
        }
    }
    text
}

/// `Ok` as NULL, an error as a new `wasmrt_error_t`.
#[inline]
pub(crate) fn to_c(result: anyhow::Result<()>) -> *mut wasmrt_error_t {
    match result {
        Ok(()) => std::ptr::null_mut(),
        Err(error) => Box::into_raw(Box::new(wasmrt_error_t { error })),
    }
}

/// Runs `f` under the panic guard and returns its outcome as a C error.
#[inline]
pub(crate) fn guard_error(f: impl FnOnce() -> anyhow::Result<()>) -> *mut wasmrt_error_t {
    super::guard(
        |panic| {
            to_c(Err(anyhow::anyhow!(
                "internal error in wasmrt (please report it): {panic}"
            )))
        },
        || to_c(f()),
    )
}

/// A new error with the NUL-terminated `message` (copied), owned by the
/// caller. A null or non-UTF-8 message gives an error saying so.
///
/// # Safety
/// `message` must be a NUL-terminated string or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_error_new(message: *const std::ffi::c_char) -> *mut wasmrt_error_t {
    let text = if message.is_null() {
        "(null error message)".to_string()
    } else {
        // SAFETY: a NUL-terminated string, as the caller guarantees.
        unsafe { std::ffi::CStr::from_ptr(message) }
            .to_string_lossy()
            .into_owned()
    };
    to_c(Err(anyhow::Error::msg(text)))
}

/// Sets `message` to the error's text with its causes, worded as wasmtime
/// words it ("...\n\nCaused by:\n    ..."; not NUL-terminated), owned by
/// the caller (`wasm_byte_vec_delete`).
///
/// # Safety
/// `error` must be a live error or null; `message` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_error_message(
    error: *const wasmrt_error_t,
    message: *mut wasm_name_t,
) {
    // SAFETY: live when not null.
    let text = unsafe { error.as_ref() }
        .map_or_else(|| "(null error)".to_string(), |e| describe(&e.error));
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { message.as_mut() } {
        *out = wasm_byte_vec_t::from_vec(text.into_bytes());
    }
}

/// Whether the error is a WASI exit (the guest called `proc_exit`); if so
/// (and `status` is not null) writes its exit status to `status`. False
/// for any other error and for a null `error`.
///
/// # Safety
/// `error` must be a live error or null; `status` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_error_exit_status(
    error: *const wasmrt_error_t,
    status: *mut i32,
) -> bool {
    // SAFETY: live when not null.
    let Some(error) = (unsafe { error.as_ref() }) else {
        return false;
    };
    super::guard(
        |_| false,
        || match error.error.downcast_ref::<crate::wasi::I32Exit>() {
            Some(exit) => {
                // SAFETY: writable when not null.
                if let Some(out) = unsafe { status.as_mut() } {
                    *out = exit.exit_status();
                }
                true
            }
            None => false,
        },
    )
}

/// Sets `out` to the wasm backtrace the error carries (empty if none),
/// owned by the caller (`wasm_frame_vec_delete`).
///
/// # Safety
/// `error` must be a live error or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_error_wasm_trace(
    error: *const wasmrt_error_t,
    out: *mut wasm_frame_vec_t,
) {
    // SAFETY: live when not null.
    let frames = unsafe { error.as_ref() }
        .and_then(|e| backtrace_of(&e.error))
        .map_or(&[][..], |t| t.frames());
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        // SAFETY: no store, so nothing is dereferenced.
        *out = unsafe { wasm_frame_vec_t::from_frames(frames, None) };
    }
}

/// Frees an error (null is ignored).
///
/// # Safety
/// `error` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_error_delete(error: *mut wasmrt_error_t) {
    if !error.is_null() {
        // SAFETY: an owned error.
        drop(unsafe { Box::from_raw(error) });
    }
}
