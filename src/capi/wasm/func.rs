//! Functions of the standard API: host functions written in C
//! (`wasm_func_new`, `wasm_func_new_with_env`), calls (`wasm_func_call`),
//! and a function's type and arity.

use super::extern_::wasm_func_t;
use super::store::{StorePtr, wasm_store_t};
use super::trap::wasm_trap_t;
use super::types::wasm_functype_t;
use super::val::{wasm_val_t, wasm_val_vec_t};
use crate::capi::env::CEnv;
use crate::capi::trap::returned_trap;
use crate::{Extern, Func, Val};
use std::ffi::c_void;

/// A host function: the arguments (of the function's types) and room for
/// its results, which it writes. Returning a trap (owned by wasmrt from
/// then on) makes the call fail with it; NULL means success.
pub type wasm_func_callback_t = Option<
    unsafe extern "C" fn(
        args: *const wasm_val_vec_t,
        results: *mut wasm_val_vec_t,
    ) -> *mut wasm_trap_t,
>;

/// As `wasm_func_callback_t`, with the `env` given to
/// `wasm_func_new_with_env` first.
pub type wasm_func_callback_with_env_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        args: *const wasm_val_vec_t,
        results: *mut wasm_val_vec_t,
    ) -> *mut wasm_trap_t,
>;

/// Runs a C callback for one call of a host function: `call` gets the
/// arguments and the results to fill, both as C vectors.
fn call_c(
    store: StorePtr,
    params: &[Val],
    results: &mut [Val],
    call: impl FnOnce(*const wasm_val_vec_t, *mut wasm_val_vec_t) -> *mut wasm_trap_t,
) -> anyhow::Result<()> {
    let args = params
        .iter()
        .map(|v| wasm_val_t::from_val(v, store))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut args = wasm_val_vec_t::from_vals(args);
    let mut out = wasm_val_vec_t::from_vals(vec![wasm_val_t::default(); results.len()]);
    let trap = call(&args, &mut out);
    let read = returned_trap(trap).and_then(|()| {
        if out.size != results.len() {
            anyhow::bail!(
                "host function returned {} results instead of {} (it replaced its results vector)",
                out.size,
                results.len()
            );
        }
        for (i, (slot, value)) in results.iter_mut().zip(out.as_slice()).enumerate() {
            *slot = value
                .to_val()
                .map_err(|e| e.context(format!("result {i} of host function")))?;
        }
        Ok(())
    });
    // SAFETY: both vectors were made above; they own their references.
    unsafe {
        super::val::wasm_val_vec_delete(&mut args);
        super::val::wasm_val_vec_delete(&mut out);
    }
    read
}

/// What both constructors share: a host function of type `ty` in `store`
/// running `call` on each call; null for a null store or type.
///
/// # Safety
/// `store` and `ty` must be live or null.
unsafe fn new_func(
    store: *mut wasm_store_t,
    ty: *const wasm_functype_t,
    call: impl Fn(*const wasm_val_vec_t, *mut wasm_val_vec_t) -> *mut wasm_trap_t
    + Send
    + Sync
    + 'static,
) -> *mut wasm_func_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        super::items::new_item(store, ty, |store, ptr, ty: &wasm_functype_t| {
            let func = Func::new(store, ty.ty().clone(), move |_, params, results| {
                call_c(ptr, params, results, &call)
            });
            Ok(Extern::Func(func))
        })
    }
}

/// A new host function of type `ty` in `store`, owned by the caller
/// (`wasm_func_delete`); `callback` runs on each call. Null if an argument
/// is null.
///
/// # Safety
/// `store` and `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_new(
    store: *mut wasm_store_t,
    ty: *const wasm_functype_t,
    callback: wasm_func_callback_t,
) -> *mut wasm_func_t {
    let Some(callback) = callback else {
        return std::ptr::null_mut();
    };
    // SAFETY: as the caller guarantees; the callback gets valid vectors.
    unsafe { new_func(store, ty, move |args, results| callback(args, results)) }
}

/// As `wasm_func_new`, with `env` passed to each call of `callback`;
/// `finalizer` (if not null) runs with `env` once, when the store is
/// deleted. (With a null argument, nothing is made and the finalizer runs
/// at once.)
///
/// # Safety
/// `store` and `ty` must be live or null; `env` is the embedder's.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_new_with_env(
    store: *mut wasm_store_t,
    ty: *const wasm_functype_t,
    callback: wasm_func_callback_with_env_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) -> *mut wasm_func_t {
    let env = CEnv::new(env, finalizer);
    let Some(callback) = callback else {
        return std::ptr::null_mut();
    };
    // SAFETY: as the caller guarantees; the callback gets valid vectors.
    unsafe {
        new_func(store, ty, move |args, results| {
            callback(env.ptr(), args, results)
        })
    }
}

/// The function as a Rust function with its store, or an error for null.
///
/// # Safety
/// `func` must be a live function (of a live store) or null.
unsafe fn live_func<'a>(
    func: *const wasm_func_t,
) -> anyhow::Result<(
    &'a mut crate::Store<crate::capi::store::StoreData>,
    Func,
    StorePtr,
)> {
    // SAFETY: as the caller guarantees.
    let f = unsafe { crate::capi::non_null(func, "func") }?;
    let Extern::Func(which) = f.ext.which else {
        anyhow::bail!("func is not a function");
    };
    // SAFETY: the store outlives its objects.
    Ok((unsafe { f.ext.store.get() }, which, f.ext.store))
}

/// Calls `func` with `args`, writing its results to `results`, which must
/// hold as many values as the function has results (their old contents
/// are overwritten, not freed). Returns NULL on success; a trap (owned by
/// the caller, `wasm_trap_delete`) when the function traps or the call is
/// wrong: a null function, wrong counts or types of values (the message
/// says what was expected and found). A null `args` counts as empty.
///
/// # Safety
/// `func` must be live (or null); `args` and `results` live vectors (or
/// null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_call(
    func: *const wasm_func_t,
    args: *const wasm_val_vec_t,
    results: *mut wasm_val_vec_t,
) -> *mut wasm_trap_t {
    let outcome = crate::capi::guard(
        |panic| {
            Err(anyhow::anyhow!(
                "internal error in wasmrt (please report it): {panic}"
            ))
        },
        || {
            // SAFETY: as the caller guarantees.
            let (store, func, ptr) = unsafe { live_func(func) }?;
            // SAFETY: live vectors or null (null: empty).
            let args = match unsafe { args.as_ref() } {
                Some(v) => unsafe { crate::capi::slice(v.data, v.size, "args") }?,
                None => &[],
            };
            // SAFETY: as above.
            let results = match unsafe { results.as_mut() } {
                Some(v) => unsafe { crate::capi::slice_mut(v.data, v.size, "results") }?,
                None => &mut [],
            };
            let params = args
                .iter()
                .enumerate()
                .map(|(i, a)| a.to_val().map_err(|e| e.context(format!("argument {i}"))))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let mut out: Vec<Val> = (0..results.len()).map(|_| Val::I32(0)).collect();
            func.call(&mut *store, &params, &mut out)?;
            let values = out
                .iter()
                .map(|v| wasm_val_t::from_val(v, ptr))
                .collect::<anyhow::Result<Vec<_>>>()?;
            results.copy_from_slice(&values);
            Ok(())
        },
    );
    match outcome {
        Ok(()) => std::ptr::null_mut(),
        Err(error) => {
            // SAFETY: live when not null.
            let store = unsafe { func.as_ref() }.map(|f| f.ext.store);
            wasm_trap_t::boxed_in(error, store)
        }
    }
}

/// The function's type, owned by the caller (`wasm_functype_delete`); null
/// for null.
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_type(func: *const wasm_func_t) -> *mut wasm_functype_t {
    // SAFETY: as the caller guarantees.
    let Ok((store, func, _)) = (unsafe { live_func(func) }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || Box::into_raw(Box::new(wasm_functype_t::new(func.ty(&*store)))),
    )
}

/// How many parameters the function takes (0 for null).
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_param_arity(func: *const wasm_func_t) -> usize {
    // SAFETY: as the caller guarantees.
    let Ok((store, func, _)) = (unsafe { live_func(func) }) else {
        return 0;
    };
    crate::capi::guard(|_| 0, || func.ty(&*store).params().len())
}

/// How many results the function returns (0 for null).
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_result_arity(func: *const wasm_func_t) -> usize {
    // SAFETY: as the caller guarantees.
    let Ok((store, func, _)) = (unsafe { live_func(func) }) else {
        return 0;
    };
    crate::capi::guard(|_| 0, || func.ty(&*store).results().len())
}
