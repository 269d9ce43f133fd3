//! Linear memories: data, sizes and growth.

use super::error::{guard_error, wasmrt_error_t};
use super::store::{live_context, wasmrt_context_t};
use super::val::wasmrt_memory_t;
use super::{non_null, non_null_mut};
use crate::Memory;

/// The memory behind `memory` if it belongs to the store of `context`.
fn owned(context: &wasmrt_context_t, memory: &wasmrt_memory_t) -> Option<Memory> {
    let memory: Memory = (*memory).into();
    memory.comes_from_same_store(&context.0).then_some(memory)
}

/// The memory's bytes (valid until it grows or its store is deleted); null
/// for a null or foreign argument.
///
/// # Safety
/// `context` and `memory` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memory_data(
    context: *mut wasmrt_context_t,
    memory: *const wasmrt_memory_t,
) -> *mut u8 {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(memory)) = (unsafe { context.as_mut() }, unsafe { memory.as_ref() }) else {
        return std::ptr::null_mut();
    };
    match owned(c, memory) {
        Some(m) => m.data_mut(&mut c.0).as_mut_ptr(),
        None => std::ptr::null_mut(),
    }
}

/// The memory's size in bytes (0 for a null or foreign argument).
///
/// # Safety
/// `context` and `memory` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memory_data_size(
    context: *const wasmrt_context_t,
    memory: *const wasmrt_memory_t,
) -> usize {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(memory)) = (unsafe { context.as_ref() }, unsafe { memory.as_ref() }) else {
        return 0;
    };
    owned(c, memory).map_or(0, |m| m.data_size(&c.0))
}

/// The memory's size in 64 KiB pages (0 for a null or foreign argument).
///
/// # Safety
/// `context` and `memory` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memory_size(
    context: *const wasmrt_context_t,
    memory: *const wasmrt_memory_t,
) -> u64 {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(memory)) = (unsafe { context.as_ref() }, unsafe { memory.as_ref() }) else {
        return 0;
    };
    owned(c, memory).map_or(0, |m| m.size(&c.0))
}

/// Grows the memory by `delta` pages and writes its previous size in pages
/// to `prev_size`; an error if it cannot grow (limits, the store's limiter)
/// or for a null or foreign argument.
///
/// # Safety
/// Pointers must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memory_grow(
    context: *mut wasmrt_context_t,
    memory: *const wasmrt_memory_t,
    delta: u64,
    prev_size: *mut u64,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, memory, out) = unsafe {
            (
                live_context(context)?,
                non_null(memory, "memory")?,
                non_null_mut(prev_size, "prev_size")?,
            )
        };
        let memory: Memory = (*memory).into();
        *out = memory.grow(&mut c.0, delta)?;
        Ok(())
    })
}
