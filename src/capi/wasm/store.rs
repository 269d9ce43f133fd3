//! `wasm_store_t`: the standard API's store. It owns a wasmrt `Store`;
//! every object made in it (functions, globals, tables, memories,
//! instances, references) points back at it, so the standard's rule holds:
//! delete those objects before their store.

use super::engine::wasm_engine_t;
use super::host_info::ItemHostInfo;
use crate::capi::env::CEnv;
use crate::capi::store::StoreData;
use crate::{Instance, Store};
use std::sync::Mutex;

/// A store, owned by the caller of `wasm_store_new` (`wasm_store_delete`).
/// It and everything in it belong to one thread at a time.
pub struct wasm_store_t {
    pub(crate) store: Store<StoreData>,
    /// The host info of the store's items; dropped after the store, so
    /// that the finalizers run once everything in it is gone.
    host_info: ItemHostInfo,
    /// The instances made in the store, to tell which one a trap's frame
    /// ran in.
    instances: Mutex<Vec<Instance>>,
}

/// The store an object was made in, as the object holds it.
#[derive(Clone, Copy)]
pub(crate) struct StorePtr(*mut wasm_store_t);

// SAFETY: a store and its objects are used by one thread at a time (the
// C API's contract); the pointer is only followed on that thread.
unsafe impl Send for StorePtr {}
// SAFETY: as above.
unsafe impl Sync for StorePtr {}

impl StorePtr {
    /// The pointer to `store`.
    pub(crate) fn new(store: &mut wasm_store_t) -> StorePtr {
        StorePtr(store)
    }

    /// The store itself.
    ///
    /// # Safety
    /// The store must still be live (objects are deleted before their
    /// store) and not otherwise borrowed for `'a`.
    pub(crate) unsafe fn get<'a>(self) -> &'a mut Store<StoreData> {
        // SAFETY: guaranteed by the caller.
        unsafe { &mut (*self.0).store }
    }

    /// The host info of the store's items.
    ///
    /// # Safety
    /// The store must still be live for `'a`.
    pub(crate) unsafe fn host_info<'a>(self) -> &'a ItemHostInfo {
        // SAFETY: guaranteed by the caller; only this field is borrowed.
        unsafe { &(*self.0).host_info }
    }

    /// Records an instance made in the store.
    ///
    /// # Safety
    /// The store must still be live.
    pub(crate) unsafe fn add_instance(self, instance: Instance) {
        // SAFETY: guaranteed by the caller; only this field is borrowed.
        let instances = unsafe { &(*self.0).instances };
        instances
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(instance);
    }

    /// The instances made in the store, in the order they were made.
    ///
    /// # Safety
    /// The store must still be live.
    pub(crate) unsafe fn instances(self) -> Vec<Instance> {
        // SAFETY: guaranteed by the caller; only this field is borrowed.
        let instances = unsafe { &(*self.0).instances };
        instances.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Whether both are the same store.
    pub(crate) fn same(self, other: StorePtr) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// A new store in `engine`, owned by the caller (`wasm_store_delete`);
/// null for a null engine.
///
/// # Safety
/// `engine` must be a live engine or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_store_new(engine: *mut wasm_engine_t) -> *mut wasm_store_t {
    // SAFETY: live when not null.
    let Some(engine) = (unsafe { engine.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || {
            let data = StoreData::new(CEnv::new(std::ptr::null_mut(), None));
            Box::into_raw(Box::new(wasm_store_t {
                store: Store::new(&engine.engine, data),
                host_info: ItemHostInfo::default(),
                instances: Mutex::new(Vec::new()),
            }))
        },
    )
}

/// Deletes a store and everything made in it, running the finalizers of
/// its host functions, then those of its items' host info (null is
/// ignored).
///
/// # Safety
/// `store` must be owned by the caller and not deleted twice; every object
/// made in it must be deleted before (none may be used afterwards).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_store_delete(store: *mut wasm_store_t) {
    if !store.is_null() {
        // SAFETY: an owned store.
        let store = unsafe { Box::from_raw(store) };
        crate::capi::guard(|_| (), move || drop(store));
    }
}
