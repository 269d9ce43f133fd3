//! Interrupt handles (beyond wasmtime's C API): stop the wasm running in a
//! store from any thread. Live handles are registered, so a handle used
//! after `wasmrt_interrupt_handle_delete` is reported, not followed.

use super::error::{guard_error, wasmrt_error_t};
use super::store::wasmrt_context_t;
use crate::InterruptHandle;
use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

/// An interrupt handle, owned by the caller
/// (`wasmrt_interrupt_handle_delete`). Thread-safe.
pub struct wasmrt_interrupt_handle_t {
    handle: InterruptHandle,
}

/// Addresses of the live handles.
static LIVE: LazyLock<Mutex<HashSet<usize>>> = LazyLock::new(|| Mutex::new(HashSet::new()));

/// A handle that interrupts wasm running in the store of `context`, owned
/// by the caller; null if the engine does not have epoch interruption
/// enabled (`wasmrt_config_epoch_interruption_set`) or `context` is null.
///
/// # Safety
/// `context` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_interrupt_handle_new(
    context: *const wasmrt_context_t,
) -> *mut wasmrt_interrupt_handle_t {
    // SAFETY: live when not null.
    let Some(c) = (unsafe { context.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let Ok(handle) = c.0.interrupt_handle() else {
        return std::ptr::null_mut();
    };
    let ptr = Box::into_raw(Box::new(wasmrt_interrupt_handle_t { handle }));
    LIVE.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(ptr as usize);
    ptr
}

/// Interrupts the wasm running in the handle's store (or the next wasm to
/// run there), which traps with `WASMRT_TRAP_CODE_INTERRUPT`. May be called
/// from any thread. An error for a null or deleted handle.
///
/// # Safety
/// `handle` may be anything: only registered (live) handles are followed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_interrupt_handle_interrupt(
    handle: *const wasmrt_interrupt_handle_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        let live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
        if handle.is_null() {
            anyhow::bail!("interrupt handle is null");
        }
        if !live.contains(&(handle as usize)) {
            anyhow::bail!(
                "interrupt handle {handle:p} was deleted (or never made by wasmrt_interrupt_handle_new)"
            );
        }
        // SAFETY: registered handles are live; deletion waits for `LIVE`.
        unsafe { &*handle }.handle.interrupt();
        Ok(())
    })
}

/// Frees an interrupt handle; null, deleted or unknown handles are ignored.
///
/// # Safety
/// `handle` may be anything: only registered (live) handles are freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_interrupt_handle_delete(handle: *mut wasmrt_interrupt_handle_t) {
    let removed = LIVE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&(handle as usize));
    if removed {
        // SAFETY: a live handle made by `wasmrt_interrupt_handle_new`, now
        // unregistered, so this is the only free.
        drop(unsafe { Box::from_raw(handle) });
    }
}
