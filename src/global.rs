//! Globals as seen from the host.

use crate::runtime::vmcontext::{VMGlobalDefinition, ValRaw};
use crate::store::{AsContext, AsContextMut, StoreOpaque};
use crate::types::{GlobalType, Mutability};
use crate::values::Val;
use anyhow::{Result, bail};

/// A global in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Global {
    pub(crate) store_id: u64,
    pub(crate) index: usize,
}

/// A global's type and storage (owned here, or inside an instance).
pub(crate) struct GlobalData {
    pub ty: GlobalType,
    pub ptr: *mut VMGlobalDefinition,
    _owned: Option<Box<VMGlobalDefinition>>,
}

// SAFETY: the storage belongs to the same store as this data.
unsafe impl Send for GlobalData {}
// SAFETY: as above.
unsafe impl Sync for GlobalData {}

impl Global {
    /// Creates a global owned by the store.
    pub fn new(mut store: impl AsContextMut, ty: GlobalType, value: Val) -> Result<Global> {
        let store = &mut store.as_context_mut().0.opaque;
        value.check_type(*ty.content(), || "global initial value".to_string())?;
        let raw = value.to_raw(store)?;
        let mut owned = Box::new(VMGlobalDefinition { bytes: raw.0 });
        let ptr: *mut VMGlobalDefinition = &mut *owned;
        Ok(Global::register(store, ty, ptr, Some(owned)))
    }

    pub(crate) fn register(
        store: &mut StoreOpaque,
        ty: GlobalType,
        ptr: *mut VMGlobalDefinition,
        owned: Option<Box<VMGlobalDefinition>>,
    ) -> Global {
        store.globals.push(GlobalData {
            ty,
            ptr,
            _owned: owned,
        });
        Global {
            store_id: store.id,
            index: store.globals.len() - 1,
        }
    }

    pub(crate) fn data<'a>(&self, store: &'a StoreOpaque) -> Result<&'a GlobalData> {
        store.check(self.store_id, "global")?;
        Ok(&store.globals[self.index])
    }

    pub fn ty(&self, store: impl AsContext) -> GlobalType {
        let store = &store.as_context().0.opaque;
        store.assert_owns(self.store_id, "global");
        store.globals[self.index].ty
    }

    pub fn get(&self, mut store: impl AsContextMut) -> Val {
        let store = &mut store.as_context_mut().0.opaque;
        store.assert_owns(self.store_id, "global");
        let d = &store.globals[self.index];
        // SAFETY: the storage is live while its store is.
        let raw = ValRaw(unsafe { (*d.ptr).bytes });
        let ty = *d.ty.content();
        Val::from_raw(store, raw, ty)
    }

    pub fn set(&self, mut store: impl AsContextMut, value: Val) -> Result<()> {
        let store = &mut store.as_context_mut().0.opaque;
        let d = self.data(store)?;
        if d.ty.mutability() == Mutability::Const {
            bail!("immutable global cannot be set");
        }
        value.check_type(*d.ty.content(), || "global value".to_string())?;
        let raw = value.to_raw(store)?;
        // SAFETY: the storage is live while its store is.
        unsafe { (*d.ptr).bytes = raw.0 };
        Ok(())
    }

    pub(crate) fn raw_ptr(&self, store: &StoreOpaque) -> Result<*mut VMGlobalDefinition> {
        Ok(self.data(store)?.ptr)
    }
}
