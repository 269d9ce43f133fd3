//! `wasm_shared_module_t`: a compiled module handed to another thread
//! (`wasm_module_share`), where `wasm_module_obtain` makes it a module of
//! a store there. The compiled code itself is shared, not copied or
//! compiled again.

use super::module::wasm_module_t;
use super::store::wasm_store_t;
use crate::{Engine, Module};

/// A module that may be sent to and used from any thread, owned by the
/// caller of `wasm_module_share` (`wasm_shared_module_delete`).
pub struct wasm_shared_module_t {
    module: Module,
}

/// The module as a shared module, owned by the caller
/// (`wasm_shared_module_delete`); null for null. Thread-safe.
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_share(
    module: *const wasm_module_t,
) -> *mut wasm_shared_module_t {
    // SAFETY: live when not null.
    match unsafe { module.as_ref() } {
        Some(m) => Box::into_raw(Box::new(wasm_shared_module_t {
            module: m.module.clone(),
        })),
        None => std::ptr::null_mut(),
    }
}

/// A module of `store` for the shared module (a new module object, with
/// no host info), owned by the caller (`wasm_module_delete`); null for
/// null arguments or a store of another engine than the module's (as in
/// wasmtime). `shared` may be used on any thread, by any number of
/// threads at once.
///
/// # Safety
/// `store` must be live or null; `shared` a live shared module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_obtain(
    store: *mut wasm_store_t,
    shared: *const wasm_shared_module_t,
) -> *mut wasm_module_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(store), Some(shared)) = (unsafe { store.as_ref() }, unsafe { shared.as_ref() })
    else {
        return std::ptr::null_mut();
    };
    if !Engine::same(store.store.engine(), shared.module.engine()) {
        return std::ptr::null_mut();
    }
    Box::into_raw(Box::new(wasm_module_t::new(shared.module.clone())))
}

/// Frees a shared module (null is ignored); modules obtained from it live
/// on.
///
/// # Safety
/// `shared` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_shared_module_delete(shared: *mut wasm_shared_module_t) {
    if !shared.is_null() {
        // SAFETY: an owned shared module.
        drop(unsafe { Box::from_raw(shared) });
    }
}
