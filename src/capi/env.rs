//! An embedder's pointer handed to wasmrt with a finalizer: a store's data,
//! a host function's or callback's environment, an externref's data. The
//! finalizer runs with the pointer once, when wasmrt drops it.

use std::ffi::c_void;

/// The embedder's pointer and its finalizer.
pub(crate) struct CEnv {
    ptr: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
}

// SAFETY: wasmrt only hands the pointer back to the embedder and runs the
// finalizer once; using it from one thread at a time is the C API's
// contract for everything in a store.
unsafe impl Send for CEnv {}
// SAFETY: as above.
unsafe impl Sync for CEnv {}

impl CEnv {
    pub(crate) fn new(
        ptr: *mut c_void,
        finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
    ) -> CEnv {
        CEnv { ptr, finalizer }
    }

    /// The embedder's pointer. (A method, so that closures capture the
    /// whole `Send` wrapper rather than the raw pointer field.)
    pub(crate) fn ptr(&self) -> *mut c_void {
        self.ptr
    }

    /// Replaces the pointer; the finalizer stays.
    pub(crate) fn set_ptr(&mut self, ptr: *mut c_void) {
        self.ptr = ptr;
    }
}

impl Drop for CEnv {
    fn drop(&mut self) {
        if let Some(finalizer) = self.finalizer {
            // SAFETY: the embedder's finalizer for its own pointer, run once.
            unsafe { finalizer(self.ptr) };
        }
    }
}
