//! Functions: host functions written in C (`wasmrt_func_new`), calls
//! (`wasmrt_func_call`), function types, and the caller a host function
//! receives.

use super::env::CEnv;
use super::error::{guard_error, wasmrt_error_t};
use super::extern_::wasmrt_extern_t;
use super::store::{StoreData, live_context, wasmrt_context_t};
use super::trap::{returned_trap, split_trap};
use super::val::{wasmrt_func_t, wasmrt_val_raw_t, wasmrt_val_t, with_scratch_vals};
use super::wasm::trap::wasm_trap_t;
use super::wasm::types::wasm_functype_t;
use super::{non_null, slice, slice_mut, utf8};
use crate::values::with_scratch;
use crate::{AsContextMut, Caller, Func, StoreContextMut, Val, ValRaw};
use std::ffi::c_void;

/// What a host function receives about its caller: the calling instance's
/// exports and the store's context. Valid only during the call.
pub struct wasmrt_caller_t {
    caller: Caller<'static, StoreData>,
    context: wasmrt_context_t,
}

/// A host function: `env` as given to `wasmrt_func_new`, the caller, the
/// arguments and room for the results (both already of the function's
/// types and counts). Returning a trap (owned by wasmrt from then on) makes
/// the call fail with it; NULL means success.
pub type wasmrt_func_callback_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        caller: *mut wasmrt_caller_t,
        args: *const wasmrt_val_t,
        nargs: usize,
        results: *mut wasmrt_val_t,
        nresults: usize,
    ) -> *mut wasm_trap_t,
>;

/// The C callback of a host function.
pub(crate) type Callback = unsafe extern "C" fn(
    *mut c_void,
    *mut wasmrt_caller_t,
    *const wasmrt_val_t,
    usize,
    *mut wasmrt_val_t,
    usize,
) -> *mut wasm_trap_t;

/// Runs `f` with the C view of `caller`, valid for `f`'s duration only.
fn with_c_caller<R>(caller: Caller<'_, StoreData>, f: impl FnOnce(&mut wasmrt_caller_t) -> R) -> R {
    // SAFETY: only the lifetime changes: the caller lives for this call,
    // and C is told it may use it only during the call.
    let mut caller: Caller<'static, StoreData> = unsafe { std::mem::transmute(caller) };
    let context = caller.as_context_mut();
    // SAFETY: as above, for the context borrowed from the caller.
    let context: StoreContextMut<'static, StoreData> = unsafe { std::mem::transmute(context) };
    f(&mut wasmrt_caller_t {
        caller,
        context: wasmrt_context_t(context),
    })
}

/// Runs the C callback for one call of a host function.
pub(crate) fn call_c(
    callback: Callback,
    env: &CEnv,
    caller: Caller<'_, StoreData>,
    params: &[Val],
    results: &mut [Val],
) -> anyhow::Result<()> {
    with_c_caller(caller, |c_caller| {
        let store_id = c_caller.context.0.store_id();
        let zero = wasmrt_val_t::i32(0);
        with_scratch(params.len(), zero, |args| {
            with_scratch(results.len(), zero, |out| {
                // The arguments' externref roots last for the call only.
                let converted =
                    to_c(params, args, store_id).and_then(|()| to_c(results, out, store_id));
                if let Err(e) = converted {
                    args.iter_mut()
                        .chain(out.iter_mut())
                        .for_each(wasmrt_val_t::unroot);
                    return Err(e);
                }
                // SAFETY: the callback gets valid buffers of the stated lengths.
                let trap = unsafe {
                    callback(
                        env.ptr(),
                        c_caller,
                        args.as_ptr(),
                        args.len(),
                        out.as_mut_ptr(),
                        out.len(),
                    )
                };
                args.iter_mut().for_each(wasmrt_val_t::unroot);
                // The results' roots pass to wasmrt, which releases them once read.
                let read = returned_trap(trap).and_then(|()| {
                    results.iter_mut().zip(out.iter()).enumerate().try_for_each(
                        |(i, (slot, value))| {
                            *slot = value
                                .to_val()
                                .map_err(|e| e.context(format!("result {i} of host function")))?;
                            Ok(())
                        },
                    )
                });
                out.iter_mut().for_each(wasmrt_val_t::unroot);
                read
            })
        })
    })
}

/// Writes the C form of each of `values` to `slots` (as long).
fn to_c(values: &[Val], slots: &mut [wasmrt_val_t], store_id: u64) -> anyhow::Result<()> {
    for (slot, v) in slots.iter_mut().zip(values) {
        *slot = wasmrt_val_t::from_val(v, store_id)?;
    }
    Ok(())
}

/// What `wasmrt_func_new` and `wasmrt_func_new_unchecked` share: checks
/// the arguments and writes the function `make` creates to `ret`.
///
/// # Safety
/// `context`, `ty` and `ret` must be live or null.
unsafe fn new_func(
    context: *mut wasmrt_context_t,
    ty: *const wasm_functype_t,
    ret: *mut wasmrt_func_t,
    make: impl FnOnce(&mut wasmrt_context_t, crate::FuncType) -> Func,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(ty), Some(ret)) = (
        unsafe { context.as_mut() },
        unsafe { ty.as_ref() },
        unsafe { ret.as_mut() },
    ) else {
        return;
    };
    super::guard(|_| (), || *ret = make(c, ty.ty().clone()).into())
}

/// Creates a host function of type `ty` in the store of `context`, writing
/// it to `ret`. `callback` runs with `env` on each call; `finalizer` (if
/// not null) runs with `env` when the store is deleted. Does nothing if an
/// argument is null.
///
/// # Safety
/// `context`, `ty` and `ret` must be live (or null); `env` is the
/// embedder's.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_new(
    context: *mut wasmrt_context_t,
    ty: *const wasm_functype_t,
    callback: wasmrt_func_callback_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
    ret: *mut wasmrt_func_t,
) {
    let env = CEnv::new(env, finalizer);
    let Some(callback) = callback else {
        return;
    };
    // SAFETY: as the caller guarantees.
    unsafe {
        new_func(context, ty, ret, |c, ty| {
            Func::new(&mut c.0, ty, move |caller, params, results| {
                call_c(callback, &env, caller, params, results)
            })
        })
    }
}

/// Calls `func` with the `nargs` values at `args`, writing its `nresults`
/// results to `results`. A trap with a code (a wasm trap, or one a host
/// function made with `wasmrt_trap_new_code`) sets `*trap` (owned by the
/// caller, `wasm_trap_delete`) and returns NULL; any other failure (a host
/// trap made from a message, an error from a callback, a null or foreign
/// argument, wrong counts or types) returns an error, as in wasmtime.
///
/// # Safety
/// Pointers must be live for their stated lengths (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_call(
    context: *mut wasmrt_context_t,
    func: *const wasmrt_func_t,
    args: *const wasmrt_val_t,
    nargs: usize,
    results: *mut wasmrt_val_t,
    nresults: usize,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, func, args, results) = unsafe {
            (
                live_context(context)?,
                non_null(func, "func")?,
                slice(args, nargs, "args")?,
                slice_mut(results, nresults, "results")?,
            )
        };
        let func: Func = (*func).into();
        with_scratch_vals(nargs, |params| {
            for (i, (slot, arg)) in params.iter_mut().zip(args).enumerate() {
                *slot = arg
                    .to_val()
                    .map_err(|e| e.context(format!("argument {i}")))?;
            }
            with_scratch_vals(nresults, |out| {
                if split_trap(func.call(&mut c.0, params, out), trap)?.is_some() {
                    // Externref results are rooted for the caller to unroot.
                    let store_id = c.0.store_id();
                    for (slot, value) in results.iter_mut().zip(out.iter()) {
                        *slot = wasmrt_val_t::from_val(value, store_id)?;
                    }
                }
                Ok(())
            })
        })
    })
}

/// The function's type, owned by the caller (`wasm_functype_delete`); null
/// for a null argument or a function of another store.
///
/// # Safety
/// `context` and `func` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_type(
    context: *const wasmrt_context_t,
    func: *const wasmrt_func_t,
) -> *mut wasm_functype_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(func)) = (unsafe { context.as_ref() }, unsafe { func.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let func: Func = (*func).into();
    if !func.comes_from_same_store(&c.0) {
        return std::ptr::null_mut();
    }
    super::guard(
        |_| std::ptr::null_mut(),
        || Box::into_raw(Box::new(wasm_functype_t::new(func.ty(&c.0)))),
    )
}

/// Looks up export `name` (`name_len` UTF-8 bytes) of the calling instance
/// and writes it to `item`; false if there is none (or for bad arguments).
///
/// # Safety
/// `caller` must be the live caller of a running host function; `name`
/// readable for `name_len` bytes; `item` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_caller_export_get(
    caller: *mut wasmrt_caller_t,
    name: *const std::ffi::c_char,
    name_len: usize,
    item: *mut wasmrt_extern_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(caller), Some(item)) = (unsafe { caller.as_mut() }, unsafe { item.as_mut() }) else {
        return false;
    };
    // SAFETY: as the caller guarantees.
    let Ok(name) = (unsafe { utf8(name.cast(), name_len, "name") }) else {
        return false;
    };
    super::guard(
        |_| false,
        || match caller.caller.get_export(name) {
            Some(found) => {
                *item = wasmrt_extern_t::from_extern(found);
                true
            }
            None => false,
        },
    )
}

/// The context of the caller's store, valid during the host call (null for
/// a null caller).
///
/// # Safety
/// `caller` must be the live caller of a running host function, or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_caller_context(
    caller: *mut wasmrt_caller_t,
) -> *mut wasmrt_context_t {
    // SAFETY: live when not null.
    unsafe { caller.as_mut() }.map_or(std::ptr::null_mut(), |c| &mut c.context)
}

/// A host function on raw values: the arguments in `args_and_results`,
/// which receives the results (`num_args_and_results` is the larger of the
/// two counts). Nothing checks the values' types.
pub type wasmrt_func_unchecked_callback_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        caller: *mut wasmrt_caller_t,
        args_and_results: *mut wasmrt_val_raw_t,
        num_args_and_results: usize,
    ) -> *mut wasm_trap_t,
>;

/// The C callback of an unchecked host function.
pub(crate) type UncheckedCallback = unsafe extern "C" fn(
    *mut c_void,
    *mut wasmrt_caller_t,
    *mut wasmrt_val_raw_t,
    usize,
) -> *mut wasm_trap_t;

/// The number of raw values an unchecked host function of type `ty`
/// exchanges: the larger of its parameter and result counts.
pub(crate) fn raw_len(ty: &crate::FuncType) -> usize {
    ty.params().len().max(ty.results().len())
}

/// Runs the C callback for one call of an unchecked host function that
/// exchanges `len` raw values (see `raw_len`). `values` may be longer (a
/// `wasmrt_func_call_unchecked` caller's whole buffer); the callback is
/// told `len`, as the header promises.
pub(crate) fn call_c_unchecked(
    callback: UncheckedCallback,
    env: &CEnv,
    caller: Caller<'_, StoreData>,
    values: &mut [ValRaw],
    len: usize,
) -> anyhow::Result<()> {
    let len = len.min(values.len());
    let values = &mut values[..len];
    with_c_caller(caller, |c_caller| {
        // SAFETY: `ValRaw` and `wasmrt_val_raw_t` have the same layout
        // (asserted in `val.rs`).
        let trap = unsafe {
            callback(
                env.ptr(),
                c_caller,
                values.as_mut_ptr().cast(),
                values.len(),
            )
        };
        returned_trap(trap)
    })
}

/// As `wasmrt_func_new`, for a callback on raw values.
///
/// # Safety
/// As for `wasmrt_func_new`; the callback must read and write only values
/// of the types `ty` states.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_new_unchecked(
    context: *mut wasmrt_context_t,
    ty: *const wasm_functype_t,
    callback: wasmrt_func_unchecked_callback_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
    ret: *mut wasmrt_func_t,
) {
    let env = CEnv::new(env, finalizer);
    let Some(callback) = callback else {
        return;
    };
    // SAFETY: as the caller guarantees; the embedder's callback promises
    // the types of `ty`.
    unsafe {
        new_func(context, ty, ret, |c, ty| {
            let len = raw_len(&ty);
            Func::new_unchecked(&mut c.0, ty, move |caller, values| {
                call_c_unchecked(callback, &env, caller, values, len)
            })
        })
    }
}

/// Calls `func` with raw values: the arguments in `args_and_results`,
/// which receives the results. Its length must be at least the larger of
/// the parameter and result counts (checked); the types are not checked. A
/// trap with a code sets `*trap` and returns NULL; other failures return
/// an error, as for `wasmrt_func_call`.
///
/// # Safety
/// `args_and_results` must hold `args_and_results_len` values, each valid
/// for its parameter's type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_call_unchecked(
    context: *mut wasmrt_context_t,
    func: *const wasmrt_func_t,
    args_and_results: *mut wasmrt_val_raw_t,
    args_and_results_len: usize,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, func, values) = unsafe {
            (
                live_context(context)?,
                non_null(func, "func")?,
                slice_mut(args_and_results, args_and_results_len, "args_and_results")?,
            )
        };
        // SAFETY: `wasmrt_val_raw_t` and `ValRaw` have the same size,
        // alignment and little-endian layout (asserted in `val.rs`).
        let raw: &mut [ValRaw] =
            unsafe { std::slice::from_raw_parts_mut(values.as_mut_ptr().cast(), values.len()) };
        let func: Func = (*func).into();
        // SAFETY: the caller vouches for the values' types.
        split_trap(unsafe { func.call_unchecked(&mut c.0, raw) }, trap)?;
        Ok(())
    })
}

/// The function as a raw funcref value (null for a null or foreign
/// argument).
///
/// # Safety
/// `context` and `func` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_to_raw(
    context: *mut wasmrt_context_t,
    func: *const wasmrt_func_t,
) -> *mut c_void {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(func)) = (unsafe { context.as_mut() }, unsafe { func.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let func: Func = (*func).into();
    if !func.comes_from_same_store(&c.0) {
        return std::ptr::null_mut();
    }
    // Guarded: a handle whose index names no function panics in the api.
    super::guard(|_| std::ptr::null_mut(), || func.to_raw(&c.0))
}

/// The function a raw funcref value stands for, written to `ret` (a null
/// funcref for null).
///
/// # Safety
/// `raw` must be null or come from `wasmrt_func_to_raw` (or wasm) in the
/// store of `context`; `context` live and `ret` writable (or null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_func_from_raw(
    context: *mut wasmrt_context_t,
    raw: *mut c_void,
    ret: *mut wasmrt_func_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(ret)) = (unsafe { context.as_mut() }, unsafe { ret.as_mut() }) else {
        return;
    };
    // SAFETY: as the caller guarantees.
    *ret = match unsafe { Func::from_raw(&mut c.0, raw) } {
        Some(f) => f.into(),
        None => wasmrt_func_t {
            store_id: 0,
            __private: 0,
        },
    };
}
