//! `wasm_trap_t`: a trap, its message and its frames (`frame`).

use super::frame::{wasm_frame_t, wasm_frame_vec_t};
use super::host_info::{Identity, InfoSlot, new_identity};
use super::ref_::{RefCache, Referenced};
use super::store::StorePtr;
use super::vec::{wasm_byte_vec_t, wasm_message_t};
use crate::capi::error::{describe, layout};
use crate::capi::trap::{CodeTrap, HostTrap};
use crate::trap::backtrace_of;
use crate::{FrameInfo, Trap};
use std::sync::Arc;

/// A trap: a wasm trap, or an error a host function raised as one.
pub struct wasm_trap_t {
    pub(crate) error: anyhow::Error,
    /// The store whose call raised it (to tell its frames' instances).
    store: Option<StorePtr>,
    /// Shared by the handles `wasm_trap_copy` makes.
    identity: Identity,
    as_ref: RefCache,
}

impl wasm_trap_t {
    /// A new trap for `error`, owned by the caller (`wasm_trap_delete`).
    pub(crate) fn boxed(error: anyhow::Error) -> *mut wasm_trap_t {
        wasm_trap_t::boxed_in(error, None)
    }

    /// As `boxed`, for a trap raised by a call in `store`.
    pub(crate) fn boxed_in(error: anyhow::Error, store: Option<StorePtr>) -> *mut wasm_trap_t {
        Box::into_raw(Box::new(wasm_trap_t {
            error,
            store,
            identity: new_identity(),
            as_ref: RefCache::new(),
        }))
    }

    /// The trap's message, worded as wasmtime words it: for a wasm trap
    /// with a backtrace, the backtrace first and the trap as its cause;
    /// otherwise the error with its causes (a host error that passed
    /// through wasm starts with its backtrace).
    fn message(&self) -> String {
        match self.error.downcast_ref::<Trap>() {
            Some(trap) if !trap.trace().frames().is_empty() => {
                let cause = format!("wasm trap: {}", trap.message());
                layout(&trap.trace().to_string(), &[cause]) + "\n"
            }
            _ => describe(&self.error),
        }
    }

    fn frames(&self) -> &[FrameInfo] {
        backtrace_of(&self.error).map_or(&[], |t| t.frames())
    }
}

impl Referenced for wasm_trap_t {
    fn duplicate(&self) -> wasm_trap_t {
        wasm_trap_t {
            error: duplicate_error(&self.error),
            store: self.store,
            identity: self.identity.clone(),
            as_ref: RefCache::new(),
        }
    }

    fn same(&self, other: &wasm_trap_t) -> bool {
        Arc::ptr_eq(&self.identity, &other.identity)
    }

    fn info_slot(&self) -> InfoSlot<'_> {
        InfoSlot::Object(&self.identity)
    }
}

super::ref_::convertible!(wasm_trap_t, Trap);

/// An error that says and carries what `error` does (its message, its
/// causes, its trap code and wasm backtrace), for a second handle to the
/// same trap; errors cannot be cloned.
fn duplicate_error(error: &anyhow::Error) -> anyhow::Error {
    let root = error.root_cause();
    let mut copy = if let Some(t) = root.downcast_ref::<Trap>() {
        anyhow::Error::new(t.clone())
    } else if let Some(t) = root.downcast_ref::<HostTrap>() {
        anyhow::Error::new(t.clone())
    } else if let Some(t) = root.downcast_ref::<CodeTrap>() {
        anyhow::Error::new(t.clone())
    } else {
        anyhow::anyhow!("{root}")
    };
    let backtrace = error.downcast_ref::<crate::WasmBacktrace>();
    let layers: Vec<String> = error.chain().map(|l| l.to_string()).collect();
    for layer in layers.iter().rev().skip(1) {
        copy = match backtrace {
            Some(bt) if *layer == bt.to_string() => copy.context(bt.clone()),
            _ => copy.context(layer.clone()),
        };
    }
    copy
}

/// A new handle to the same trap (with the same host info), owned by the
/// caller (`wasm_trap_delete`); null for null.
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_copy(trap: *const wasm_trap_t) -> *mut wasm_trap_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(trap) }
}

/// Frees a trap (null is ignored).
///
/// # Safety
/// `trap` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_delete(trap: *mut wasm_trap_t) {
    if !trap.is_null() {
        // SAFETY: an owned trap.
        drop(unsafe { Box::from_raw(trap) });
    }
}

/// Sets `out` to the trap's message (NUL-terminated, the NUL counted in
/// `size`), owned by the caller (`wasm_byte_vec_delete`).
///
/// # Safety
/// `trap` must be a live trap or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_message(trap: *const wasm_trap_t, out: *mut wasm_message_t) {
    // SAFETY: live when not null.
    let text =
        unsafe { trap.as_ref() }.map_or_else(|| "(null trap)".to_string(), wasm_trap_t::message);
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_byte_vec_t::message(&text);
    }
}

/// The innermost frame of the trap's backtrace, owned by the caller
/// (`wasm_frame_delete`); null if it has none.
///
/// # Safety
/// `trap` must be a live trap (of a live store) or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_origin(trap: *const wasm_trap_t) -> *mut wasm_frame_t {
    // SAFETY: live when not null.
    let Some(t) = (unsafe { trap.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        // SAFETY: the trap's store is live.
        || unsafe { wasm_frame_t::origin(t.frames(), t.store) },
    )
}

/// Sets `out` to every frame of the trap's backtrace, innermost first,
/// owned by the caller (`wasm_frame_vec_delete`).
///
/// # Safety
/// `trap` must be a live trap (of a live store) or null; `out` writable
/// or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_trace(trap: *const wasm_trap_t, out: *mut wasm_frame_vec_t) {
    // SAFETY: live when not null.
    let trap = unsafe { trap.as_ref() };
    let (frames, store) = trap.map_or((&[][..], None), |t| (t.frames(), t.store));
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        crate::capi::guard(
            |_| (),
            // SAFETY: the trap's store is live.
            || *out = unsafe { wasm_frame_vec_t::from_frames(frames, store) },
        );
    }
}

/// A new trap with `message` (a NUL-terminated message, as the standard
/// says; a missing NUL is tolerated) in `store`, owned by the caller
/// (`wasm_trap_delete`), e.g. to return from a host function. Null for a
/// null store or message.
///
/// # Safety
/// `store` must be a live store or null; `message` a live vector or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_new(
    store: *mut super::store::wasm_store_t,
    message: *const wasm_message_t,
) -> *mut wasm_trap_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(_), Some(message)) = (unsafe { store.as_ref() }, unsafe { message.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let bytes = message.as_slice();
    let bytes = bytes.strip_suffix(&[0]).unwrap_or(bytes);
    let text = String::from_utf8_lossy(bytes).into_owned();
    wasm_trap_t::boxed(crate::capi::trap::HostTrap(text).into())
}
