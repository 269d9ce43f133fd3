//! `wasmrt_linker_t`: names for imports (items of a store, host functions
//! written in C, whole instances and modules) and instantiation by name;
//! `wasmrt_instance_pre_t`, a module with its imports resolved.

use super::env::CEnv;
use super::error::{guard_error, wasmrt_error_t};
use super::extern_::wasmrt_extern_t;
use super::func::{
    call_c, call_c_unchecked, raw_len, wasmrt_func_callback_t, wasmrt_func_unchecked_callback_t,
};
use super::module::wasmrt_module_t;
use super::store::{StoreData, live_context, wasmrt_context_t};
use super::trap::split_trap;
use super::val::{wasmrt_func_t, wasmrt_instance_t};
use super::wasm::engine::wasm_engine_t;
use super::wasm::trap::wasm_trap_t;
use super::wasm::types::wasm_functype_t;
use super::{non_null, non_null_mut, utf8};
use crate::{Instance, InstancePre, Linker};
use std::ffi::{c_char, c_void};

/// A linker, owned by the caller (`wasmrt_linker_delete`). Like a store, it
/// belongs to one thread at a time.
pub struct wasmrt_linker_t {
    linker: Linker<StoreData>,
}

/// A module whose imports a linker resolved, owned by the caller
/// (`wasmrt_instance_pre_delete`).
pub struct wasmrt_instance_pre_t {
    pre: InstancePre<StoreData>,
}

/// The linker behind `linker`, or an error for null.
///
/// # Safety
/// `linker` must be live or null.
unsafe fn live_linker<'a>(
    linker: *mut wasmrt_linker_t,
) -> anyhow::Result<&'a mut Linker<StoreData>> {
    // SAFETY: guaranteed by the caller.
    Ok(&mut unsafe { non_null_mut(linker, "linker") }?.linker)
}

/// A name of `len` UTF-8 bytes at `ptr`, or an error naming `what`.
///
/// # Safety
/// `ptr` must be readable for `len` bytes.
unsafe fn name<'a>(ptr: *const c_char, len: usize, what: &str) -> anyhow::Result<&'a str> {
    // SAFETY: guaranteed by the caller.
    unsafe { utf8(ptr.cast(), len, what) }
}

/// A new, empty linker for `engine` (null for a null engine).
///
/// # Safety
/// `engine` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_new(engine: *const wasm_engine_t) -> *mut wasmrt_linker_t {
    // SAFETY: live when not null.
    match unsafe { engine.as_ref() } {
        Some(e) => Box::into_raw(Box::new(wasmrt_linker_t {
            linker: Linker::new(&e.engine),
        })),
        None => std::ptr::null_mut(),
    }
}

/// A copy of `linker` with the same definitions, owned by the caller (null
/// for a null linker).
///
/// # Safety
/// `linker` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_clone(
    linker: *const wasmrt_linker_t,
) -> *mut wasmrt_linker_t {
    // SAFETY: live when not null.
    match unsafe { linker.as_ref() } {
        Some(l) => Box::into_raw(Box::new(wasmrt_linker_t {
            linker: l.linker.clone(),
        })),
        None => std::ptr::null_mut(),
    }
}

/// Frees a linker (null is ignored).
///
/// # Safety
/// `linker` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_delete(linker: *mut wasmrt_linker_t) {
    if !linker.is_null() {
        // SAFETY: an owned linker.
        let linker = unsafe { Box::from_raw(linker) };
        super::guard(|_| (), move || drop(linker));
    }
}

/// Whether a later definition of a name replaces an earlier one (default:
/// it is an error). Null is ignored.
///
/// # Safety
/// `linker` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_allow_shadowing(linker: *mut wasmrt_linker_t, allow: bool) {
    // SAFETY: live when not null.
    if let Some(l) = unsafe { linker.as_mut() } {
        l.linker.allow_shadowing(allow);
    }
}

/// Defines `module::name` as `item`, an item of the store of `context`.
///
/// # Safety
/// Pointers must be live (null is reported); names readable for their
/// lengths.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define(
    linker: *mut wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    module: *const c_char,
    module_len: usize,
    name_ptr: *const c_char,
    name_len: usize,
    item: *const wasmrt_extern_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, c, m, n, item) = unsafe {
            (
                live_linker(linker)?,
                live_context(context)?,
                name(module, module_len, "module")?,
                name(name_ptr, name_len, "name")?,
                non_null(item, "item")?,
            )
        };
        l.define(&c.0, m, n, item.to_extern()?)?;
        Ok(())
    })
}

/// Defines every WASI preview 1 function (`wasi_snapshot_preview1`) in the
/// linker. They use the WASI context of the store they are called in
/// (`wasmrt_context_set_wasi`); called in a store without one, they end
/// the call with an error saying so.
///
/// # Safety
/// `linker` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define_wasi(
    linker: *mut wasmrt_linker_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let linker = unsafe { live_linker(linker) }?;
        crate::wasi::link::try_add_to_linker(linker, |data: &mut StoreData| {
            data.wasi.as_mut().ok_or_else(|| {
                anyhow::anyhow!(
                    "a WASI function was called in a store without WASI: \
                     call wasmrt_context_set_wasi before running it"
                )
            })
        })
    })
}

/// Defines `module::name` as a host function of type `ty` written in C,
/// made in each store that instantiates with it. `finalizer` (if not null)
/// runs with `env` when the linker and every store using it are gone.
///
/// # Safety
/// Pointers must be live (null is reported); names readable for their
/// lengths.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define_func(
    linker: *mut wasmrt_linker_t,
    module: *const c_char,
    module_len: usize,
    name_ptr: *const c_char,
    name_len: usize,
    ty: *const wasm_functype_t,
    callback: wasmrt_func_callback_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) -> *mut wasmrt_error_t {
    let env = CEnv::new(env, finalizer);
    // SAFETY: as the caller guarantees.
    unsafe {
        define_c_func(
            linker,
            (module, module_len),
            (name_ptr, name_len),
            ty,
            |l, m, n, ty| {
                let callback = callback.ok_or_else(|| anyhow::anyhow!("callback is null"))?;
                l.func_new(m, n, ty, move |caller, params, results| {
                    call_c(callback, &env, caller, params, results)
                })?;
                Ok(())
            },
        )
    }
}

/// What `wasmrt_linker_define_func` and its unchecked twin share: checks
/// the arguments and lets `define` add the function.
///
/// # Safety
/// Pointers must be live (null is reported); names readable for their
/// lengths.
unsafe fn define_c_func(
    linker: *mut wasmrt_linker_t,
    module: (*const c_char, usize),
    name_of: (*const c_char, usize),
    ty: *const wasm_functype_t,
    define: impl FnOnce(&mut Linker<StoreData>, &str, &str, crate::FuncType) -> anyhow::Result<()>,
) -> *mut wasmrt_error_t {
    guard_error(move || {
        // SAFETY: as the caller guarantees.
        let (l, m, n, ty) = unsafe {
            (
                live_linker(linker)?,
                name(module.0, module.1, "module")?,
                name(name_of.0, name_of.1, "name")?,
                non_null(ty, "ty")?,
            )
        };
        define(l, m, n, ty.ty().clone())
    })
}

/// As `wasmrt_linker_define_func`, for a callback on raw values.
///
/// # Safety
/// As for `wasmrt_linker_define_func`; the callback must read and write
/// only values of the types `ty` states.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define_func_unchecked(
    linker: *mut wasmrt_linker_t,
    module: *const c_char,
    module_len: usize,
    name_ptr: *const c_char,
    name_len: usize,
    ty: *const wasm_functype_t,
    callback: wasmrt_func_unchecked_callback_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) -> *mut wasmrt_error_t {
    let env = CEnv::new(env, finalizer);
    // SAFETY: as the caller guarantees; the embedder's callback promises
    // the types of `ty`.
    unsafe {
        define_c_func(
            linker,
            (module, module_len),
            (name_ptr, name_len),
            ty,
            |l, m, n, ty| {
                let callback = callback.ok_or_else(|| anyhow::anyhow!("callback is null"))?;
                let len = raw_len(&ty);
                l.func_new_unchecked(m, n, ty, move |caller, values| {
                    call_c_unchecked(callback, &env, caller, values, len)
                })?;
                Ok(())
            },
        )
    }
}

/// Defines every export of `instance` (of the store of `context`) under
/// `name`.
///
/// # Safety
/// Pointers must be live (null is reported); `name` readable for
/// `name_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define_instance(
    linker: *mut wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    name_ptr: *const c_char,
    name_len: usize,
    instance: *const wasmrt_instance_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, c, n, instance) = unsafe {
            (
                live_linker(linker)?,
                live_context(context)?,
                name(name_ptr, name_len, "name")?,
                non_null(instance, "instance")?,
            )
        };
        let instance: Instance = (*instance).into();
        l.instance(&mut c.0, n, instance)?;
        Ok(())
    })
}

/// Defines every function import of `module` that the linker cannot
/// resolve as a function that traps when called.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define_unknown_imports_as_traps(
    linker: *mut wasmrt_linker_t,
    module: *const wasmrt_module_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, m) = unsafe { (live_linker(linker)?, non_null(module, "module")?) };
        l.define_unknown_imports_as_traps(&m.module)
    })
}

/// Defines every import of `module` that the linker cannot resolve as its
/// type's default, made in the store of `context`: a function returning
/// zeros and null references, a global of zero or null, a table of null
/// elements and a memory, each of its minimum size.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_define_unknown_imports_as_default_values(
    linker: *mut wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    module: *const wasmrt_module_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, c, m) = unsafe {
            (
                live_linker(linker)?,
                live_context(context)?,
                non_null(module, "module")?,
            )
        };
        l.define_unknown_imports_as_default_values(&mut c.0, &m.module)
    })
}

/// Instantiates `module` with the linker's definitions in the store of
/// `context`. A trap in the start function sets `*trap` (owned by the
/// caller) and returns NULL; anything else returns an error.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_instantiate(
    linker: *const wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    module: *const wasmrt_module_t,
    instance: *mut wasmrt_instance_t,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, c, m, out) = unsafe {
            (
                non_null(linker, "linker")?,
                live_context(context)?,
                non_null(module, "module")?,
                non_null_mut(instance, "instance")?,
            )
        };
        let result = l.linker.instantiate(&mut c.0, &m.module);
        finish_instantiation(result, out, trap)
    })
}

/// Writes a new instance to `out`, or a start-function trap to `trap`.
fn finish_instantiation(
    result: anyhow::Result<Instance>,
    out: &mut wasmrt_instance_t,
    trap: *mut *mut wasm_trap_t,
) -> anyhow::Result<()> {
    if let Some(instance) = split_trap(result, trap)? {
        *out = instance.into();
    }
    Ok(())
}

/// Instantiates `module` in the store of `context` and defines its exports
/// under `name` (a command module: its `_start` runs in a fresh instance on
/// each call instead).
///
/// # Safety
/// Pointers must be live (null is reported); `name` readable for
/// `name_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_module(
    linker: *mut wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    name_ptr: *const c_char,
    name_len: usize,
    module: *const wasmrt_module_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, c, n, m) = unsafe {
            (
                live_linker(linker)?,
                live_context(context)?,
                name(name_ptr, name_len, "name")?,
                non_null(module, "module")?,
            )
        };
        l.module(&mut c.0, n, &m.module)?;
        Ok(())
    })
}

/// Looks up `module::name` and writes it to `item` (a host function is made
/// in the store of `context`); false if it is not defined, or for bad
/// arguments.
///
/// # Safety
/// Pointers must be live or null; names readable for their lengths.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_get(
    linker: *const wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    module: *const c_char,
    module_len: usize,
    name_ptr: *const c_char,
    name_len: usize,
    item: *mut wasmrt_extern_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(l), Some(c), Some(item)) = (
        unsafe { linker.as_ref() },
        unsafe { context.as_mut() },
        unsafe { item.as_mut() },
    ) else {
        return false;
    };
    // SAFETY: as the caller guarantees.
    let (Ok(m), Ok(n)) = (unsafe {
        (
            name(module, module_len, "module"),
            name(name_ptr, name_len, "name"),
        )
    }) else {
        return false;
    };
    super::guard(
        |_| false,
        || match l.linker.get(&mut c.0, m, n) {
            Some(found) => {
                *item = wasmrt_extern_t::from_extern(found);
                true
            }
            None => false,
        },
    )
}

/// The default function of `name` (its export "" or `_start`), written to
/// `func`.
///
/// # Safety
/// Pointers must be live (null is reported); `name` readable for
/// `name_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_get_default(
    linker: *const wasmrt_linker_t,
    context: *mut wasmrt_context_t,
    name_ptr: *const c_char,
    name_len: usize,
    func: *mut wasmrt_func_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, c, n, out) = unsafe {
            (
                non_null(linker, "linker")?,
                live_context(context)?,
                name(name_ptr, name_len, "name")?,
                non_null_mut(func, "func")?,
            )
        };
        *out = l.linker.get_default(&mut c.0, n)?.into();
        Ok(())
    })
}

/// Resolves the imports of `module` now and writes the result to
/// `instance_pre`, owned by the caller (`wasmrt_instance_pre_delete`).
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_linker_instantiate_pre(
    linker: *const wasmrt_linker_t,
    module: *const wasmrt_module_t,
    instance_pre: *mut *mut wasmrt_instance_pre_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (l, m, out) = unsafe {
            (
                non_null(linker, "linker")?,
                non_null(module, "module")?,
                non_null_mut(instance_pre, "instance_pre")?,
            )
        };
        let pre = l.linker.instantiate_pre(&m.module)?;
        *out = Box::into_raw(Box::new(wasmrt_instance_pre_t { pre }));
        Ok(())
    })
}

/// Instantiates the resolved module in the store of `context`; a trap in
/// the start function sets `*trap` and returns NULL.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_instance_pre_instantiate(
    instance_pre: *const wasmrt_instance_pre_t,
    context: *mut wasmrt_context_t,
    instance: *mut wasmrt_instance_t,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (pre, c, out) = unsafe {
            (
                non_null(instance_pre, "instance_pre")?,
                live_context(context)?,
                non_null_mut(instance, "instance")?,
            )
        };
        let result = pre.pre.instantiate(&mut c.0);
        finish_instantiation(result, out, trap)
    })
}

/// The module of `instance_pre`, owned by the caller
/// (`wasmrt_module_delete`); null for null.
///
/// # Safety
/// `instance_pre` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_instance_pre_module(
    instance_pre: *const wasmrt_instance_pre_t,
) -> *mut wasmrt_module_t {
    // SAFETY: live when not null.
    match unsafe { instance_pre.as_ref() } {
        Some(p) => Box::into_raw(Box::new(wasmrt_module_t {
            module: p.pre.module().clone(),
        })),
        None => std::ptr::null_mut(),
    }
}

/// Frees an instance-pre (null is ignored).
///
/// # Safety
/// `instance_pre` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_instance_pre_delete(instance_pre: *mut wasmrt_instance_pre_t) {
    if !instance_pre.is_null() {
        // SAFETY: an owned instance-pre.
        drop(unsafe { Box::from_raw(instance_pre) });
    }
}
