//! Host info: a pointer, with an optional finalizer, that the embedder
//! attaches to a referenced object (`wasm_X_set_host_info*`) and reads
//! back (`wasm_X_get_host_info`).
//!
//! As in the standard's reference implementation (wasm-c-api on V8, which
//! keeps host info in a weak map keyed by the object), host info belongs
//! to the object, not to a handle: every handle to the object sees it
//! (copies, `wasm_X_as_ref` / `wasm_ref_as_X` conversions, the same
//! export fetched again, a function read back from a table). Setting it
//! again replaces it; the replaced finalizer runs at once. Each finalizer
//! runs exactly once, when its info is replaced or the object goes away:
//! - items of a store (functions, globals, tables, memories, externs,
//!   instances) live as long as their store: when the store is deleted;
//! - a foreign object: when nothing refers to it any more (no handle,
//!   value, table or global) and its store collects it, at the latest
//!   when the store is deleted;
//! - a module or a trap: when its last handle is deleted.

use crate::capi::env::CEnv;
use crate::{Extern, Instance};
use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::{Arc, Mutex};

/// A finalizer as the standard declares it.
pub(crate) type Finalizer = Option<unsafe extern "C" fn(*mut c_void)>;

/// The host info of one object (none at first).
#[derive(Default)]
pub(crate) struct HostInfo(Mutex<Option<CEnv>>);

impl HostInfo {
    /// The info last set (null if none).
    pub(crate) fn get(&self) -> *mut c_void {
        let info = self.0.lock().unwrap_or_else(|e| e.into_inner());
        info.as_ref().map_or(std::ptr::null_mut(), CEnv::ptr)
    }

    /// Sets the info; the replaced finalizer runs after the lock is
    /// released (it may set host info itself).
    pub(crate) fn set(&self, info: CEnv) {
        let old = self
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .replace(info);
        drop(old);
    }
}

/// The identity of an object outside a store (a module, a trap): shared
/// by its handles, compared by address, holding the object's host info.
pub(crate) type Identity = Arc<HostInfo>;

/// A new identity.
pub(crate) fn new_identity() -> Identity {
    Arc::new(HostInfo::default())
}

/// An item of a store that may carry host info.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ItemKey {
    Extern(Extern),
    Instance(Instance),
}

/// The host info of a store's items, kept until the store is deleted.
#[derive(Default)]
pub(crate) struct ItemHostInfo(Mutex<HashMap<ItemKey, CEnv>>);

impl ItemHostInfo {
    /// The info last set on `item` (null if none).
    pub(crate) fn get(&self, item: ItemKey) -> *mut c_void {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&item).map_or(std::ptr::null_mut(), CEnv::ptr)
    }

    /// Sets the info of `item`; the replaced finalizer runs after the lock
    /// is released.
    pub(crate) fn set(&self, item: ItemKey, info: CEnv) {
        let old = self
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(item, info);
        drop(old);
    }
}

/// Where an object keeps its host info.
pub(crate) enum InfoSlot<'a> {
    /// In the object itself (modules, traps, foreign objects).
    Object(&'a HostInfo),
    /// In its store, under its key (a store's items).
    Item(&'a ItemHostInfo, ItemKey),
    /// Nowhere (a host reference made through `wasmrt.h`): it has none,
    /// and info set on it is dropped at once.
    None,
}

impl InfoSlot<'_> {
    /// The info last set (null if none).
    pub(crate) fn get(&self) -> *mut c_void {
        match self {
            InfoSlot::Object(info) => info.get(),
            InfoSlot::Item(items, key) => items.get(*key),
            InfoSlot::None => std::ptr::null_mut(),
        }
    }

    /// Replaces the info.
    pub(crate) fn set(&self, info: CEnv) {
        match self {
            InfoSlot::Object(slot) => slot.set(info),
            InfoSlot::Item(items, key) => items.set(*key, info),
            InfoSlot::None => drop(info),
        }
    }
}
