//! `wasm_trap_t` and its frames: `wasm_frame_t`, `wasm_frame_vec_t`.

use super::host_info::{Identity, InfoSlot, new_identity};
use super::ref_::{RefCache, Referenced};
use super::vec::{
    PtrVec, ptr_vec_copy, ptr_vec_delete, ptr_vec_new, ptr_vec_new_empty, ptr_vec_new_uninitialized,
};
use super::vec::{
    into_raw_parts, wasm_byte_vec_delete, wasm_byte_vec_t, wasm_message_t, wasm_name_t,
};
use crate::capi::error::{describe, layout, wasm_backtrace};
use crate::capi::trap::{CodeTrap, HostTrap};
use crate::{FrameInfo, Trap};
use std::sync::Arc;

/// A trap: a wasm trap, or an error a host function raised as one.
pub struct wasm_trap_t {
    pub(crate) error: anyhow::Error,
    /// Shared by the handles `wasm_trap_copy` makes.
    identity: Identity,
    as_ref: RefCache,
}

impl wasm_trap_t {
    /// A new trap for `error`, owned by the caller (`wasm_trap_delete`).
    pub(crate) fn boxed(error: anyhow::Error) -> *mut wasm_trap_t {
        Box::into_raw(Box::new(wasm_trap_t {
            error,
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
        wasm_backtrace(&self.error).map_or(&[], |t| t.frames())
    }
}

impl Referenced for wasm_trap_t {
    fn duplicate(&self) -> wasm_trap_t {
        wasm_trap_t {
            error: duplicate_error(&self.error),
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

/// One frame of a trap's wasm backtrace.
pub struct wasm_frame_t {
    func_index: u32,
    func_offset: usize,
    module_offset: usize,
    func_name: Option<wasm_name_t>,
    module_name: Option<wasm_name_t>,
}

impl wasm_frame_t {
    fn boxed(frame: &FrameInfo) -> *mut wasm_frame_t {
        let name = |n: Option<&str>| n.map(|n| wasm_byte_vec_t::from_vec(n.as_bytes().to_vec()));
        Box::into_raw(Box::new(wasm_frame_t {
            func_index: frame.func_index(),
            func_offset: frame.func_offset().unwrap_or(usize::MAX),
            module_offset: frame.module_offset().unwrap_or(usize::MAX),
            func_name: name(frame.func_name()),
            module_name: name(frame.module_name()),
        }))
    }
}

impl wasm_frame_t {
    pub(crate) fn func_name(&self) -> Option<&wasm_name_t> {
        self.func_name.as_ref()
    }

    pub(crate) fn module_name(&self) -> Option<&wasm_name_t> {
        self.module_name.as_ref()
    }
}

impl Drop for wasm_frame_t {
    fn drop(&mut self) {
        for name in [&mut self.func_name, &mut self.module_name]
            .into_iter()
            .flatten()
        {
            // SAFETY: the names are owned by the frame.
            unsafe { wasm_byte_vec_delete(name) };
        }
    }
}

/// The innermost frame of the trap's backtrace, owned by the caller
/// (`wasm_frame_delete`); null if it has none.
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_origin(trap: *const wasm_trap_t) -> *mut wasm_frame_t {
    // SAFETY: live when not null.
    match unsafe { trap.as_ref() }.and_then(|t| t.frames().first()) {
        Some(frame) => wasm_frame_t::boxed(frame),
        None => std::ptr::null_mut(),
    }
}

/// Sets `out` to every frame of the trap's backtrace, innermost first,
/// owned by the caller (`wasm_frame_vec_delete`).
///
/// # Safety
/// `trap` must be a live trap or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_trace(trap: *const wasm_trap_t, out: *mut wasm_frame_vec_t) {
    // SAFETY: live when not null.
    let frames = unsafe { trap.as_ref() }.map_or(&[][..], |t| t.frames());
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_frame_vec_t::from_frames(frames);
    }
}

/// The frame's function index in its module (0 for a null frame).
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_func_index(frame: *const wasm_frame_t) -> u32 {
    // SAFETY: live when not null.
    unsafe { frame.as_ref() }.map_or(0, |f| f.func_index)
}

/// The byte offset of the frame's instruction from its function's start
/// (`SIZE_MAX` when unknown).
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_func_offset(frame: *const wasm_frame_t) -> usize {
    // SAFETY: live when not null.
    unsafe { frame.as_ref() }.map_or(usize::MAX, |f| f.func_offset)
}

/// The byte offset of the frame's instruction in the module binary
/// (`SIZE_MAX` when unknown).
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_module_offset(frame: *const wasm_frame_t) -> usize {
    // SAFETY: live when not null.
    unsafe { frame.as_ref() }.map_or(usize::MAX, |f| f.module_offset)
}

/// A copy of `frame`, owned by the caller (null for a null frame).
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_copy(frame: *const wasm_frame_t) -> *mut wasm_frame_t {
    // SAFETY: live when not null.
    let Some(f) = (unsafe { frame.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let copy = |n: &Option<wasm_name_t>| {
        n.as_ref()
            .map(|n| wasm_byte_vec_t::from_vec(n.as_slice().to_vec()))
    };
    Box::into_raw(Box::new(wasm_frame_t {
        func_index: f.func_index,
        func_offset: f.func_offset,
        module_offset: f.module_offset,
        func_name: copy(&f.func_name),
        module_name: copy(&f.module_name),
    }))
}

/// Frees a frame (null is ignored).
///
/// # Safety
/// `frame` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_delete(frame: *mut wasm_frame_t) {
    if !frame.is_null() {
        // SAFETY: an owned frame.
        drop(unsafe { Box::from_raw(frame) });
    }
}

/// A vector of owned frames.
#[repr(C)]
pub struct wasm_frame_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_frame_t,
}

impl wasm_frame_vec_t {
    pub(crate) fn from_frames(frames: &[FrameInfo]) -> wasm_frame_vec_t {
        let (size, data) = into_raw_parts(frames.iter().map(wasm_frame_t::boxed).collect());
        wasm_frame_vec_t { size, data }
    }
}

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_vec_new_empty(out: *mut wasm_frame_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Frees the vector and every frame in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose frames it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_vec_delete(v: *mut wasm_frame_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// Sets `out` to `size` null frames, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_vec_new_uninitialized(out: *mut wasm_frame_vec_t, size: usize) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` frames at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_vec_new(
    out: *mut wasm_frame_vec_t,
    size: usize,
    data: *const *mut wasm_frame_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null frames stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_vec_copy(
    out: *mut wasm_frame_vec_t,
    src: *const wasm_frame_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

impl PtrVec for wasm_frame_vec_t {
    type Item = wasm_frame_t;
    fn from_parts(size: usize, data: *mut *mut wasm_frame_t) -> Self {
        wasm_frame_vec_t { size, data }
    }
    fn size(&self) -> usize {
        self.size
    }
    fn data(&self) -> *mut *mut wasm_frame_t {
        self.data
    }
    unsafe fn copy_item(item: *const wasm_frame_t) -> *mut wasm_frame_t {
        // SAFETY: as the caller guarantees.
        unsafe { wasm_frame_copy(item) }
    }
    unsafe fn delete_item(item: *mut wasm_frame_t) {
        // SAFETY: as the caller guarantees.
        unsafe { wasm_frame_delete(item) }
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
