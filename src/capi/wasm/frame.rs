//! `wasm_frame_t`: one frame of a trap's wasm backtrace (its function,
//! offsets, names and instance), and `wasm_frame_vec_t`.

use super::instance::wasm_instance_t;
use super::ref_::Referenced;
use super::store::StorePtr;
use super::vec::{into_raw_parts, wasm_byte_vec_delete, wasm_byte_vec_t, wasm_name_t};
use super::vec::{
    ptr_vec_copy, ptr_vec_delete, ptr_vec_new, ptr_vec_new_empty, ptr_vec_new_uninitialized,
};
use crate::FrameInfo;

/// One frame of a trap's wasm backtrace.
pub struct wasm_frame_t {
    func_index: u32,
    func_offset: usize,
    module_offset: usize,
    func_name: Option<wasm_name_t>,
    module_name: Option<wasm_name_t>,
    /// The instance the frame ran in, when it can be told.
    instance: Option<wasm_instance_t>,
}

/// The instance of `store` that `frame` ran in: the one whose
/// `VMContext` the frame recorded. `None` when the frame did not record
/// one (it overflowed the stack on entry) or the instance is not in the
/// store's list (a start function that trapped: its instance was never
/// made).
///
/// # Safety
/// The store must be live.
unsafe fn instance_of(frame: &FrameInfo, store: StorePtr) -> Option<wasm_instance_t> {
    // SAFETY: as the caller guarantees.
    let (instances, rust_store) = unsafe { (store.instances(), store.get()) };
    let instance = instances.into_iter().find(|i| i.ran(&*rust_store, frame))?;
    Some(wasm_instance_t::new(store, instance))
}

impl wasm_frame_t {
    /// The C frame for `frame` of a trap in `store` (if known).
    ///
    /// # Safety
    /// The store must be live.
    unsafe fn boxed(frame: &FrameInfo, store: Option<StorePtr>) -> *mut wasm_frame_t {
        let name = |n: Option<&str>| n.map(|n| wasm_byte_vec_t::from_vec(n.as_bytes().to_vec()));
        Box::into_raw(Box::new(wasm_frame_t {
            func_index: frame.func_index(),
            func_offset: frame.func_offset().unwrap_or(usize::MAX),
            module_offset: frame.module_offset().unwrap_or(usize::MAX),
            func_name: name(frame.func_name()),
            module_name: name(frame.module_name()),
            // SAFETY: as the caller guarantees.
            instance: store.and_then(|s| unsafe { instance_of(frame, s) }),
        }))
    }

    /// The innermost of `frames` of a trap in `store`, owned by the
    /// caller; null if there are none.
    ///
    /// # Safety
    /// The store must be live.
    pub(crate) unsafe fn origin(frames: &[FrameInfo], store: Option<StorePtr>) -> *mut Self {
        match frames.first() {
            // SAFETY: as the caller guarantees.
            Some(frame) => unsafe { wasm_frame_t::boxed(frame, store) },
            None => std::ptr::null_mut(),
        }
    }

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
        instance: f.instance.as_ref().map(Referenced::duplicate),
    }))
}

/// The instance the frame ran in, owned by the frame (valid while it
/// is); null for a null frame, and when there is none to give: the
/// instance was never made (a trapping start function), the frame
/// overflowed the stack on entry (before it recorded its instance), or
/// the trap came through `wasmrt.h`. (wasmtime panics here.)
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_frame_instance(frame: *const wasm_frame_t) -> *mut wasm_instance_t {
    // SAFETY: live when not null.
    match unsafe { frame.as_ref() }.and_then(|f| f.instance.as_ref()) {
        Some(instance) => std::ptr::from_ref(instance).cast_mut(),
        None => std::ptr::null_mut(),
    }
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
    /// The C frames for `frames` of a trap in `store` (if known).
    ///
    /// # Safety
    /// The store must be live.
    pub(crate) unsafe fn from_frames(
        frames: &[FrameInfo],
        store: Option<StorePtr>,
    ) -> wasm_frame_vec_t {
        let items = frames
            .iter()
            // SAFETY: as the caller guarantees.
            .map(|f| unsafe { wasm_frame_t::boxed(f, store) })
            .collect();
        let (size, data) = into_raw_parts(items);
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

super::vec::ptr_vec!(
    wasm_frame_vec_t,
    wasm_frame_t,
    wasm_frame_copy,
    wasm_frame_delete
);
