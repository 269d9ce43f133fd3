//! `wasm_module_t`: a compiled module of the standard API (thread-safe:
//! it may be used with any store of its engine, on any thread).

use super::extern_types::{
    wasm_exporttype_t, wasm_exporttype_vec_t, wasm_importtype_t, wasm_importtype_vec_t,
};
use super::host_info::{Identity, InfoSlot, new_identity};
use super::ref_::{RefCache, Referenced};
use super::store::wasm_store_t;
use super::vec::wasm_byte_vec_t;
use crate::Module;
use std::sync::Arc;

/// A compiled module, owned by the caller of `wasm_module_new`
/// (`wasm_module_delete`).
pub struct wasm_module_t {
    pub(crate) module: Module,
    /// Shared by the handles `wasm_module_copy` makes.
    identity: Identity,
    as_ref: RefCache,
}

impl wasm_module_t {
    /// A new module object for `module`.
    pub(crate) fn new(module: Module) -> wasm_module_t {
        wasm_module_t {
            module,
            identity: new_identity(),
            as_ref: RefCache::new(),
        }
    }

    /// A new module object compiled from `wasm` for `engine`; null if it
    /// is not a valid module.
    pub(crate) fn compile(engine: &crate::Engine, wasm: &[u8]) -> *mut wasm_module_t {
        match Module::from_binary(engine, wasm) {
            Ok(module) => Box::into_raw(Box::new(wasm_module_t::new(module))),
            Err(_) => std::ptr::null_mut(),
        }
    }
}

impl Referenced for wasm_module_t {
    fn duplicate(&self) -> wasm_module_t {
        wasm_module_t {
            module: self.module.clone(),
            identity: self.identity.clone(),
            as_ref: RefCache::new(),
        }
    }

    fn same(&self, other: &wasm_module_t) -> bool {
        Arc::ptr_eq(&self.identity, &other.identity)
    }

    fn info_slot(&self) -> InfoSlot<'_> {
        InfoSlot::Object(&self.identity)
    }
}

super::ref_::convertible!(wasm_module_t, Module);

/// The module's imports as C import types, in the module's order.
pub(crate) fn import_types(module: &Module) -> wasm_importtype_vec_t {
    let items = module
        .imports()
        .map(|i| wasm_importtype_t::new(i.module(), i.name(), i.ty()))
        .collect();
    wasm_importtype_vec_t::from_owned(items)
}

/// The module's exports as C export types, in the module's order.
pub(crate) fn export_types(module: &Module) -> wasm_exporttype_vec_t {
    let items = module
        .exports()
        .map(|e| wasm_exporttype_t::new(e.name(), e.ty()))
        .collect();
    wasm_exporttype_vec_t::from_owned(items)
}

/// Compiles the wasm binary `binary` for the engine of `store`; the
/// module is owned by the caller (`wasm_module_delete`). Null for a null
/// argument or bytes that are not a valid module (`wasmrt_module_new`
/// says why).
///
/// # Safety
/// `store` must be live or null; `binary` a live vector or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_new(
    store: *mut wasm_store_t,
    binary: *const wasm_byte_vec_t,
) -> *mut wasm_module_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(store), Some(binary)) = (unsafe { store.as_ref() }, unsafe { binary.as_ref() })
    else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || wasm_module_t::compile(store.store.engine(), binary.as_slice()),
    )
}

/// Whether `binary` is a valid wasm module for the engine of `store`
/// (false for null arguments).
///
/// # Safety
/// `store` must be live or null; `binary` a live vector or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_validate(
    store: *mut wasm_store_t,
    binary: *const wasm_byte_vec_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(store), Some(binary)) = (unsafe { store.as_ref() }, unsafe { binary.as_ref() })
    else {
        return false;
    };
    crate::capi::guard(
        |_| false,
        || Module::validate(store.store.engine(), binary.as_slice()).is_ok(),
    )
}

/// Frees a module handle (null is ignored); instances made from it keep
/// what they need of it. Deleting the last handle runs the finalizer of
/// its host info.
///
/// # Safety
/// `module` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_delete(module: *mut wasm_module_t) {
    if !module.is_null() {
        // SAFETY: an owned module.
        drop(unsafe { Box::from_raw(module) });
    }
}

/// A new handle to the same module (with the same host info), owned by
/// the caller; null for null.
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_copy(module: *const wasm_module_t) -> *mut wasm_module_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(module) }
}

/// Sets `out` to the module's imports in order, owned by the caller
/// (`wasm_importtype_vec_delete`); nothing is written for null arguments.
///
/// # Safety
/// `module` must be a live module or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_imports(
    module: *const wasm_module_t,
    out: *mut wasm_importtype_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    if let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { out.as_mut() }) {
        *out = import_types(&m.module);
    }
}

/// Sets `out` to the module's exports in order, owned by the caller
/// (`wasm_exporttype_vec_delete`); nothing is written for null arguments.
///
/// # Safety
/// `module` must be a live module or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_exports(
    module: *const wasm_module_t,
    out: *mut wasm_exporttype_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    if let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { out.as_mut() }) {
        *out = export_types(&m.module);
    }
}
