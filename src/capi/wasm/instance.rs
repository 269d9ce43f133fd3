//! `wasm_instance_t`: an instance of a module in a store of the standard
//! API, and its exports.

use super::extern_::{wasm_extern_t, wasm_extern_vec_t};
use super::host_info::{InfoSlot, ItemKey};
use super::module::wasm_module_t;
use super::ref_::{RefCache, Referenced};
use super::store::{StorePtr, wasm_store_t};
use super::trap::wasm_trap_t;
use super::vec::PtrVec;
use crate::{Extern, Instance};

/// An instance, owned by the caller of `wasm_instance_new`
/// (`wasm_instance_delete`; the instance itself lives as long as its
/// store).
pub struct wasm_instance_t {
    pub(crate) store: StorePtr,
    pub(crate) instance: Instance,
    as_ref: RefCache,
}

impl wasm_instance_t {
    /// A handle to `instance` of `store`.
    pub(crate) fn new(store: StorePtr, instance: Instance) -> wasm_instance_t {
        wasm_instance_t {
            store,
            instance,
            as_ref: RefCache::new(),
        }
    }
}

impl Referenced for wasm_instance_t {
    fn duplicate(&self) -> wasm_instance_t {
        wasm_instance_t::new(self.store, self.instance)
    }

    fn same(&self, other: &wasm_instance_t) -> bool {
        self.store.same(other.store) && self.instance == other.instance
    }

    fn info_slot(&self) -> InfoSlot<'_> {
        // SAFETY: the store outlives its objects.
        InfoSlot::Item(
            unsafe { self.store.host_info() },
            ItemKey::Instance(self.instance),
        )
    }
}

super::ref_::convertible!(wasm_instance_t, Instance);

/// The items of `imports` as Rust externs, each of `store`.
///
/// # Safety
/// `imports` must be a live vector of live externs (or null elements).
unsafe fn import_items(
    imports: &wasm_extern_vec_t,
    store: StorePtr,
) -> anyhow::Result<Vec<Extern>> {
    imports
        .as_slice()
        .iter()
        .enumerate()
        .map(|(i, item)| {
            // SAFETY: as the caller guarantees.
            let Some(item) = (unsafe { item.as_ref() }) else {
                anyhow::bail!("import {i} is null");
            };
            if !item.store.same(store) {
                anyhow::bail!("import {i} belongs to another store");
            }
            Ok(item.which)
        })
        .collect()
}

/// Instantiates `module` in `store` with `imports` (one per import of the
/// module, in its order); the instance is owned by the caller
/// (`wasm_instance_delete`). On failure it returns null and, if `trap` is
/// not null, sets `*trap` to a trap owned by the caller saying why: the
/// start function's trap, or what is wrong with the arguments or imports
/// (a null argument, a wrong count, an import of the wrong type or store).
///
/// # Safety
/// `store`, `module` and `imports` must be live or null; `trap` writable
/// or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_new(
    store: *mut wasm_store_t,
    module: *const wasm_module_t,
    imports: *const wasm_extern_vec_t,
    trap: *mut *mut wasm_trap_t,
) -> *mut wasm_instance_t {
    let outcome = crate::capi::guard(
        |panic| {
            Err(anyhow::anyhow!(
                "internal error in wasmrt (please report it): {panic}"
            ))
        },
        || {
            // SAFETY: as the caller guarantees.
            let (store, module) = unsafe {
                (
                    crate::capi::non_null_mut(store, "store")?,
                    crate::capi::non_null(module, "module")?,
                )
            };
            let ptr = StorePtr::new(store);
            // SAFETY: live or null, as the caller guarantees.
            let items = match unsafe { imports.as_ref() } {
                Some(imports) => unsafe { import_items(imports, ptr) }?,
                None => Vec::new(),
            };
            let instance = Instance::new(&mut store.store, &module.module, &items)?;
            // SAFETY: the store is live.
            unsafe { ptr.add_instance(instance) };
            Ok(Box::into_raw(Box::new(wasm_instance_t::new(ptr, instance))))
        },
    );
    match outcome {
        Ok(instance) => instance,
        Err(error) => {
            // SAFETY: writable when not null.
            if let Some(trap) = unsafe { trap.as_mut() } {
                // SAFETY: live when not null.
                let store = unsafe { store.as_mut() }.map(StorePtr::new);
                *trap = wasm_trap_t::boxed_in(error, store);
            }
            std::ptr::null_mut()
        }
    }
}

/// Frees an instance handle (null is ignored); the instance lives as long
/// as its store.
///
/// # Safety
/// `instance` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_delete(instance: *mut wasm_instance_t) {
    if !instance.is_null() {
        // SAFETY: an owned instance.
        drop(unsafe { Box::from_raw(instance) });
    }
}

/// A new handle to the same instance, owned by the caller; null for null.
///
/// # Safety
/// `instance` must be a live instance or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_copy(
    instance: *const wasm_instance_t,
) -> *mut wasm_instance_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(instance) }
}

/// Sets `out` to the instance's exports in the module's order, owned by
/// the caller (`wasm_extern_vec_delete`); nothing is written for null
/// arguments.
///
/// # Safety
/// `instance` must be a live instance (of a live store) or null; `out`
/// writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_exports(
    instance: *const wasm_instance_t,
    out: *mut wasm_extern_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(i), Some(out)) = (unsafe { instance.as_ref() }, unsafe { out.as_mut() }) else {
        return;
    };
    crate::capi::guard(
        |_| (),
        || {
            // SAFETY: the store outlives its objects.
            let store = unsafe { i.store.get() };
            let items = i
                .instance
                .exports(&mut *store)
                .into_iter()
                .map(|e| Box::into_raw(Box::new(wasm_extern_t::new(i.store, e.into_extern()))))
                .collect();
            *out = wasm_extern_vec_t::from_items(items);
        },
    )
}
