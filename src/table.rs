//! Tables as seen from the host.

use crate::func::Func;
use crate::runtime::table::TableStorage;
use crate::runtime::vmcontext::VMFuncRef;
use crate::store::{AsContextMut, StoreOpaque};
use crate::types::{TableType, ValType};
use crate::values::Ref;
use anyhow::{Result, bail};

/// A table in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Table {
    pub(crate) store_id: u64,
    pub(crate) index: usize,
}

fn ref_to_raw(store: &StoreOpaque, r: Ref) -> Result<*const VMFuncRef> {
    match r {
        Ref::Func(None) => Ok(std::ptr::null()),
        Ref::Func(Some(f)) => f.funcref(store),
    }
}

impl Table {
    /// Creates a table owned by the store, filled with `init`.
    pub fn new(mut store: impl AsContextMut, ty: TableType, init: Ref) -> Result<Table> {
        let store = &mut store.as_context_mut().0.opaque;
        if ty.element() != ValType::FuncRef {
            bail!("tables of {} are not supported yet", ty.element());
        }
        let init = ref_to_raw(store, init)?;
        Table::create(store, ty.minimum(), ty.maximum(), init)
    }

    pub(crate) fn create(
        store: &mut StoreOpaque,
        min: u64,
        max: Option<u64>,
        init: *const VMFuncRef,
    ) -> Result<Table> {
        let Some(t) = TableStorage::new(min, max, init) else {
            bail!("table of {min} elements exceeds the limits (maximum {max:?})");
        };
        store.tables.push(t);
        Ok(Table {
            store_id: store.id,
            index: store.tables.len() - 1,
        })
    }

    pub(crate) fn storage<'a>(&self, store: &'a mut StoreOpaque) -> Result<&'a mut TableStorage> {
        store.check(self.store_id, "table")?;
        Ok(&mut store.tables[self.index])
    }

    pub fn ty(&self, mut store: impl AsContextMut) -> TableType {
        let t = self
            .storage(&mut store.as_context_mut().0.opaque)
            .expect("table used with the wrong store");
        TableType::new(
            ValType::FuncRef,
            t.size() as u32,
            t.declared_maximum().map(|m| m as u32),
        )
    }

    pub fn size(&self, mut store: impl AsContextMut) -> u64 {
        self.storage(&mut store.as_context_mut().0.opaque)
            .map(|t| t.size())
            .unwrap_or(0)
    }

    /// The element at `index`, or `None` if out of bounds.
    pub fn get(&self, mut store: impl AsContextMut, index: u64) -> Option<Ref> {
        let store = &mut store.as_context_mut().0.opaque;
        let raw = self.storage(store).ok()?.get(index)?;
        // SAFETY: table elements are null or funcrefs of this store.
        Some(Ref::Func(unsafe { Func::from_funcref(store, raw) }))
    }

    pub fn set(&self, mut store: impl AsContextMut, index: u64, value: Ref) -> Result<()> {
        let store = &mut store.as_context_mut().0.opaque;
        let raw = ref_to_raw(store, value)?;
        let t = self.storage(store)?;
        if !t.set(index, raw) {
            bail!("table index {index} out of bounds (size {})", t.size());
        }
        Ok(())
    }

    /// Grows by `delta` elements set to `init`; returns the previous size.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64, init: Ref) -> Result<u64> {
        let store = &mut store.as_context_mut().0.opaque;
        let raw = ref_to_raw(store, init)?;
        let t = self.storage(store)?;
        match t.grow(delta, raw) {
            Some(old) => Ok(old),
            None => bail!(
                "failed to grow table by {delta}: size {}, maximum {}",
                t.size(),
                t.maximum()
            ),
        }
    }
}
