//! The current thread's own stack bounds, so that wasm's stack limit never
//! lies below the thread's stack: a `max_wasm_stack` larger than the stack
//! the thread has left then ends in "call stack exhausted", not in a
//! process-killing overflow.

/// Stack kept free below wasm for the host code wasm calls (host
/// functions, builtins, trap handling) and for the stack's guard page.
const HOST_RESERVE: usize = 256 * 1024;

/// The lowest stack address wasm may use on this thread, or 0 when the
/// thread's stack bounds are unknown. (A system call: the caller keeps
/// the answer per thread.)
pub fn wasm_stack_floor() -> usize {
    stack_low().map_or(0, |low| low + HOST_RESERVE)
}

/// The lowest address of the current thread's stack.
#[cfg(target_os = "linux")]
fn stack_low() -> Option<usize> {
    // SAFETY: `attr` is initialised by `pthread_getattr_np` before it is
    // read, and destroyed once; the out-pointers are valid locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        ok.then_some(addr as usize)
    }
}

#[cfg(not(target_os = "linux"))]
fn stack_low() -> Option<usize> {
    None
}
