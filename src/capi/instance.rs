//! Instances: `wasmrt_instance_new` and export lookups.

use super::error::{guard_error, wasmrt_error_t};
use super::extern_::wasmrt_extern_t;
use super::module::wasmrt_module_t;
use super::store::{live_context, wasmrt_context_t};
use super::trap::split_trap;
use super::val::wasmrt_instance_t;
use super::wasm::trap::wasm_trap_t;
use super::{non_null, non_null_mut, slice, utf8};
use crate::{Extern, Instance};

/// Instantiates `module` in the store of `context` with the `nimports`
/// items at `imports` (in the module's import order) and writes the
/// instance to `instance`. A trap in the start function sets `*trap`
/// (owned by the caller) and returns NULL; anything else that is wrong
/// (null or foreign arguments, import count or types) returns an error.
///
/// # Safety
/// Pointers must be live for their stated lengths (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_instance_new(
    context: *mut wasmrt_context_t,
    module: *const wasmrt_module_t,
    imports: *const wasmrt_extern_t,
    nimports: usize,
    instance: *mut wasmrt_instance_t,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, module, imports, out) = unsafe {
            (
                live_context(context)?,
                non_null(module, "module")?,
                slice(imports, nimports, "imports")?,
                non_null_mut(instance, "instance")?,
            )
        };
        let imports = imports
            .iter()
            .enumerate()
            .map(|(i, item)| {
                item.to_extern()
                    .map_err(|e| e.context(format!("import {i}")))
            })
            .collect::<anyhow::Result<Vec<Extern>>>()?;
        if let Some(new) = split_trap(Instance::new(&mut c.0, &module.module, &imports), trap)? {
            *out = new.into();
        }
        Ok(())
    })
}

/// The instance behind `instance` if it belongs to the store of `context`.
fn owned(context: &wasmrt_context_t, instance: &wasmrt_instance_t) -> Option<Instance> {
    let instance: Instance = (*instance).into();
    instance
        .comes_from_same_store(&context.0)
        .then_some(instance)
}

/// Looks up export `name` (`name_len` UTF-8 bytes) and writes it to
/// `item`; false if there is none, or for a null, foreign or invalid
/// argument.
///
/// # Safety
/// Pointers must be live (or null); `name` readable for `name_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_instance_export_get(
    context: *mut wasmrt_context_t,
    instance: *const wasmrt_instance_t,
    name: *const std::ffi::c_char,
    name_len: usize,
    item: *mut wasmrt_extern_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(instance), Some(item)) = (
        unsafe { context.as_mut() },
        unsafe { instance.as_ref() },
        unsafe { item.as_mut() },
    ) else {
        return false;
    };
    // SAFETY: as the caller guarantees.
    let Ok(name) = (unsafe { utf8(name.cast(), name_len, "name") }) else {
        return false;
    };
    let Some(instance) = owned(c, instance) else {
        return false;
    };
    super::guard(
        |_| false,
        || match instance.get_export(&mut c.0, name) {
            Some(found) => {
                *item = wasmrt_extern_t::from_extern(found);
                true
            }
            None => false,
        },
    )
}

/// Writes export number `index` (in the module's order) to `item` and its
/// name to `name`/`name_len` (owned by the module: valid while the store
/// lives; not NUL-terminated); false if `index` is out of range, or for a
/// null or foreign argument.
///
/// # Safety
/// Pointers must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_instance_export_nth(
    context: *mut wasmrt_context_t,
    instance: *const wasmrt_instance_t,
    index: usize,
    name: *mut *mut std::ffi::c_char,
    name_len: *mut usize,
    item: *mut wasmrt_extern_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(instance), Some(name), Some(name_len), Some(item)) = (
        unsafe { context.as_mut() },
        unsafe { instance.as_ref() },
        unsafe { name.as_mut() },
        unsafe { name_len.as_mut() },
        unsafe { item.as_mut() },
    ) else {
        return false;
    };
    let Some(instance) = owned(c, instance) else {
        return false;
    };
    super::guard(
        |_| false,
        || {
            let module = instance.module(&c.0).clone();
            let Some(export) = module.exports().nth(index) else {
                return false;
            };
            let Some(found) = instance.get_export(&mut c.0, export.name()) else {
                return false;
            };
            // The name lives in the module, which the instance (and so the
            // store) keeps alive.
            // C must not write through it (wasmtime's signature is `char **`).
            *name = export.name().as_ptr().cast_mut().cast();
            *name_len = export.name().len();
            *item = wasmrt_extern_t::from_extern(found);
            true
        },
    )
}
