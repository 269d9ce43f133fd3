//! Globals: new, type, get, set.

use super::error::{guard_error, wasmrt_error_t};
use super::store::{live_context, wasmrt_context_t};
use super::val::{wasmrt_global_t, wasmrt_val_t};
use super::wasm::extern_types::wasm_globaltype_t;
use super::{non_null, non_null_mut};
use crate::Global;

/// The global behind `global` if it belongs to the store of `context`.
fn owned(context: &wasmrt_context_t, global: &wasmrt_global_t) -> Option<Global> {
    let global: Global = (*global).into();
    global.comes_from_same_store(&context.0).then_some(global)
}

/// A new global of type `ty` holding `val` in the store of `context`,
/// written to `ret`; an error for a value of the wrong type or null
/// arguments.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_global_new(
    context: *mut wasmrt_context_t,
    ty: *const wasm_globaltype_t,
    val: *const wasmrt_val_t,
    ret: *mut wasmrt_global_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, ty, val, ret) = unsafe {
            (
                live_context(context)?,
                non_null(ty, "ty")?,
                non_null(val, "val")?,
                non_null_mut(ret, "ret")?,
            )
        };
        *ret = Global::new(&mut c.0, ty.data().ty, val.to_val()?)?.into();
        Ok(())
    })
}

/// The global's type, owned by the caller (`wasm_globaltype_delete`); null
/// for a null or foreign argument.
///
/// # Safety
/// `context` and `global` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_global_type(
    context: *const wasmrt_context_t,
    global: *const wasmrt_global_t,
) -> *mut wasm_globaltype_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(global)) = (unsafe { context.as_ref() }, unsafe { global.as_ref() }) else {
        return std::ptr::null_mut();
    };
    // Guarded: a handle whose index names no global panics in the api.
    super::guard(
        |_| std::ptr::null_mut(),
        || match owned(c, global) {
            Some(g) => Box::into_raw(Box::new(wasm_globaltype_t::new(g.ty(&c.0)))),
            None => std::ptr::null_mut(),
        },
    )
}

/// Writes the global's value to `out` (an externref rooted, for the caller
/// to unroot); leaves `out` alone for a null or foreign argument.
///
/// # Safety
/// Pointers must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_global_get(
    context: *mut wasmrt_context_t,
    global: *const wasmrt_global_t,
    out: *mut wasmrt_val_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(global), Some(out)) = (
        unsafe { context.as_mut() },
        unsafe { global.as_ref() },
        unsafe { out.as_mut() },
    ) else {
        return;
    };
    super::guard(
        |_| (),
        || {
            if let Some(g) = owned(c, global)
                && let Ok(v) = wasmrt_val_t::from_val(&g.get(&mut c.0), c.0.store_id())
            {
                *out = v;
            }
        },
    )
}

/// Sets the global to `val`; an error for an immutable global, a value of
/// the wrong type, or a null or foreign argument.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_global_set(
    context: *mut wasmrt_context_t,
    global: *const wasmrt_global_t,
    val: *const wasmrt_val_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, global, val) = unsafe {
            (
                live_context(context)?,
                non_null(global, "global")?,
                non_null(val, "val")?,
            )
        };
        let global: Global = (*global).into();
        global.set(&mut c.0, val.to_val()?)
    })
}
