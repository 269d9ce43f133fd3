//! `wasm_foreign_t`: a host object of a store that wasm can hold as a
//! host reference (`externref`) but not look into. It is an `ExternRef`
//! whose value carries the object's host info, so the info lives exactly
//! as long as the reference: until nothing refers to it (no handle, value,
//! table or global) and the store collects it, or the store is deleted.

use super::host_info::{HostInfo, InfoSlot};
use super::ref_::{RefCache, Referenced};
use super::store::{StorePtr, wasm_store_t};
use crate::ExternRef;

/// A foreign object, owned by its holder (`wasm_foreign_delete`).
pub struct wasm_foreign_t {
    pub(crate) store: StorePtr,
    pub(crate) r: ExternRef,
    as_ref: RefCache,
}

/// What the `ExternRef` of a foreign object holds.
#[derive(Default)]
struct ForeignData {
    info: HostInfo,
}

impl wasm_foreign_t {
    /// A handle to the host reference `r` of `store`.
    pub(crate) fn new(store: StorePtr, r: ExternRef) -> wasm_foreign_t {
        wasm_foreign_t {
            store,
            r,
            as_ref: RefCache::new(),
        }
    }
}

impl Referenced for wasm_foreign_t {
    fn duplicate(&self) -> wasm_foreign_t {
        wasm_foreign_t::new(self.store, self.r.clone())
    }

    fn same(&self, other: &wasm_foreign_t) -> bool {
        ExternRef::ptr_eq(&self.r, &other.r)
    }

    /// A host reference made through `wasmrt.h` has no room for host
    /// info: info set on it is dropped at once.
    fn info_slot(&self) -> InfoSlot<'_> {
        match self.r.data().downcast_ref::<ForeignData>() {
            Some(data) => InfoSlot::Object(&data.info),
            None => InfoSlot::None,
        }
    }
}

super::ref_::convertible!(wasm_foreign_t, Foreign);

/// A new foreign object in `store`, owned by the caller
/// (`wasm_foreign_delete`), without host info; null for a null store.
///
/// # Safety
/// `store` must be a live store or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_new(store: *mut wasm_store_t) -> *mut wasm_foreign_t {
    // SAFETY: live when not null.
    let Some(store) = (unsafe { store.as_mut() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || {
            let ptr = StorePtr::new(store);
            match ExternRef::new(&mut store.store, ForeignData::default()) {
                Ok(r) => Box::into_raw(Box::new(wasm_foreign_t::new(ptr, r))),
                Err(_) => std::ptr::null_mut(),
            }
        },
    )
}

/// A new handle to the same foreign object, owned by the caller; null for
/// null.
///
/// # Safety
/// `foreign` must be a live foreign object or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_copy(foreign: *const wasm_foreign_t) -> *mut wasm_foreign_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(foreign) }
}

/// Frees a foreign object handle (null is ignored); the object lives on
/// while anything refers to it.
///
/// # Safety
/// `foreign` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_delete(foreign: *mut wasm_foreign_t) {
    if !foreign.is_null() {
        // SAFETY: an owned handle.
        let foreign = unsafe { Box::from_raw(foreign) };
        crate::capi::guard(|_| (), move || drop(foreign));
    }
}
