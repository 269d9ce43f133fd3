//! Linear memories: data, sizes and growth.

use super::error::{guard_error, wasmrt_error_t};
use super::store::{live_context, wasmrt_context_t};
use super::val::wasmrt_memory_t;
use super::wasm::extern_types::wasm_memorytype_t;
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
    // Guarded: a handle whose index names no memory panics in the api.
    super::guard(
        |_| std::ptr::null_mut(),
        || match owned(c, memory) {
            Some(m) => m.data_mut(&mut c.0).as_mut_ptr(),
            None => std::ptr::null_mut(),
        },
    )
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
    super::guard(|_| 0, || owned(c, memory).map_or(0, |m| m.data_size(&c.0)))
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
    super::guard(|_| 0, || owned(c, memory).map_or(0, |m| m.size(&c.0)))
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

/// A new memory of type `ty` in the store of `context`, written to `ret`.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memory_new(
    context: *mut wasmrt_context_t,
    ty: *const wasm_memorytype_t,
    ret: *mut wasmrt_memory_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, ty, ret) = unsafe {
            (
                live_context(context)?,
                non_null(ty, "ty")?,
                non_null_mut(ret, "ret")?,
            )
        };
        *ret = Memory::new(&mut c.0, ty.data().ty)?.into();
        Ok(())
    })
}

/// The memory's type (its current size as the minimum), owned by the
/// caller (`wasm_memorytype_delete`); null for a null or foreign argument.
///
/// # Safety
/// `context` and `memory` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memory_type(
    context: *const wasmrt_context_t,
    memory: *const wasmrt_memory_t,
) -> *mut wasm_memorytype_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(memory)) = (unsafe { context.as_ref() }, unsafe { memory.as_ref() }) else {
        return std::ptr::null_mut();
    };
    super::guard(
        |_| std::ptr::null_mut(),
        || match owned(c, memory) {
            Some(m) => Box::into_raw(Box::new(wasm_memorytype_t::new(m.ty(&c.0)))),
            None => std::ptr::null_mut(),
        },
    )
}

/// The memory's page size in bytes: 65536 (wasmrt has no custom page
/// sizes).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_memory_page_size(
    context: *const wasmrt_context_t,
    memory: *const wasmrt_memory_t,
) -> u64 {
    let _ = (context, memory);
    WASM_PAGE_SIZE
}

/// The base-2 logarithm of the memory's page size: 16.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_memory_page_size_log2(
    context: *const wasmrt_context_t,
    memory: *const wasmrt_memory_t,
) -> u8 {
    let _ = (context, memory);
    WASM_PAGE_SIZE_LOG2
}

const WASM_PAGE_SIZE_LOG2: u8 = 16;
const WASM_PAGE_SIZE: u64 = 1 << WASM_PAGE_SIZE_LOG2;

/// A memory type of `min` pages, at most `max` if `max_present`, written to
/// `ret` (owned by the caller). 64-bit, shared and custom-page-size
/// memories are not supported by wasmrt and give an error saying so.
///
/// # Safety
/// `ret` must be writable (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memorytype_new(
    min: u64,
    max_present: bool,
    max: u64,
    is_64: bool,
    shared: bool,
    page_size_log2: u8,
    ret: *mut *mut wasm_memorytype_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let ret = unsafe { non_null_mut(ret, "ret") }?;
        if is_64 {
            anyhow::bail!("64-bit memories are not supported by wasmrt");
        }
        if shared {
            anyhow::bail!("shared memories are not supported by wasmrt");
        }
        if page_size_log2 != WASM_PAGE_SIZE_LOG2 {
            anyhow::bail!("page size 2^{page_size_log2} is not supported by wasmrt (only 2^16)");
        }
        let pages = |n: u64, what: &str| {
            u32::try_from(n)
                .ok()
                .filter(|n| *n <= 65536)
                .ok_or_else(|| anyhow::anyhow!("{what} of {n} pages is more than 65536"))
        };
        let min = pages(min, "minimum")?;
        let max = if max_present {
            Some(pages(max, "maximum")?)
        } else {
            None
        };
        if max.is_some_and(|m| m < min) {
            anyhow::bail!(
                "maximum {} pages is less than the minimum {min}",
                max.unwrap_or(0)
            );
        }
        *ret = Box::into_raw(Box::new(wasm_memorytype_t::new(crate::MemoryType::new(
            min, max,
        ))));
        Ok(())
    })
}

/// The type's minimum size in pages (0 for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memorytype_minimum(ty: *const wasm_memorytype_t) -> u64 {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(0, |t| t.data().ty.minimum())
}

/// Writes the type's maximum size in pages to `max` and returns true, or
/// false if it has none (or for null arguments).
///
/// # Safety
/// `ty` must be live or null; `max` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_memorytype_maximum(
    ty: *const wasm_memorytype_t,
    max: *mut u64,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(t), Some(out)) = (unsafe { ty.as_ref() }, unsafe { max.as_mut() }) else {
        return false;
    };
    match t.data().ty.maximum() {
        Some(m) => {
            *out = m;
            true
        }
        None => false,
    }
}

/// Whether the type is of a 64-bit memory: never, in wasmrt.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_memorytype_is64(ty: *const wasm_memorytype_t) -> bool {
    let _ = ty;
    false
}

/// Whether the type is of a shared memory: never, in wasmrt.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_memorytype_isshared(ty: *const wasm_memorytype_t) -> bool {
    let _ = ty;
    false
}

/// The type's page size in bytes: 65536.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_memorytype_page_size(ty: *const wasm_memorytype_t) -> u64 {
    let _ = ty;
    WASM_PAGE_SIZE
}

/// The base-2 logarithm of the type's page size: 16.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_memorytype_page_size_log2(ty: *const wasm_memorytype_t) -> u8 {
    let _ = ty;
    WASM_PAGE_SIZE_LOG2
}
