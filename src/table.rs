//! Tables as seen from the host.

use crate::extern_ref::ExternRef;
use crate::func::Func;
use crate::limits::Limit;
use crate::runtime::table::TableStorage;
use crate::store::{AsContext, AsContextMut, StoreOpaque};
use crate::types::{TableType, ValType};
use crate::values::Ref;
use anyhow::{Result, anyhow, bail};

/// A table in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Table {
    pub(crate) store_id: u64,
    pub(crate) index: usize,
}

/// The raw table word for `r`, checked against the table's element type.
fn ref_to_raw(store: &StoreOpaque, r: &Ref, extern_elems: bool) -> Result<usize> {
    if extern_elems != (r.ty() == ValType::ExternRef) {
        let expected = if extern_elems {
            ValType::ExternRef
        } else {
            ValType::FuncRef
        };
        bail!("type mismatch: table holds {expected}, value is {}", r.ty());
    }
    Ok(match r {
        Ref::Func(None) | Ref::Extern(None) => 0,
        Ref::Func(Some(f)) => f.funcref(store)? as usize,
        Ref::Extern(Some(e)) => e.to_wasm(store)? as usize,
    })
}

impl Table {
    /// Creates a table owned by the store, filled with `init`.
    pub fn new(mut store: impl AsContextMut, ty: TableType, init: Ref) -> Result<Table> {
        let store = &mut store.as_context_mut().0.opaque;
        let extern_elems = match ty.element() {
            ValType::FuncRef => false,
            ValType::ExternRef => true,
            other => bail!("tables cannot hold {other}"),
        };
        let init = ref_to_raw(store, &init, extern_elems)?;
        Table::create(store, ty.minimum(), ty.maximum(), init, extern_elems)
    }

    pub(crate) fn create(
        store: &mut StoreOpaque,
        min: u64,
        max: Option<u64>,
        init: usize,
        extern_elems: bool,
    ) -> Result<Table> {
        Table::create_with(store, min, max, || {
            TableStorage::new(min, max, init, extern_elems).ok_or_else(|| {
                anyhow!("table of {min} elements exceeds the limits (maximum {max:?})")
            })
        })
    }

    /// A table of an instance: from the engine's pool if it has one
    /// (its elements null), else made on demand.
    pub(crate) fn create_for_instance(
        store: &mut StoreOpaque,
        min: u64,
        max: Option<u64>,
        extern_elems: bool,
    ) -> Result<Table> {
        match store.engine.pool().map(|p| p.tables.clone()) {
            Some(pool) => Table::create_with(store, min, max, || {
                TableStorage::from_pool(&pool, min, max, extern_elems)
            }),
            None => Table::create(store, min, max, 0, extern_elems),
        }
    }

    /// A table made by `make` once the store's limits allow it.
    fn create_with(
        store: &mut StoreOpaque,
        min: u64,
        max: Option<u64>,
        make: impl FnOnce() -> Result<Box<TableStorage>>,
    ) -> Result<Table> {
        store.check_count(Limit::Tables, 1)?;
        if !store.growing(false, 0, min as usize, max.map(|m| m as usize))? {
            bail!("table minimum size of {min} elements exceeds table limits");
        }
        store.tables.push(make()?);
        Ok(Table {
            store_id: store.id,
            index: store.tables.len() - 1,
        })
    }

    pub(crate) fn storage<'a>(&self, store: &'a mut StoreOpaque) -> Result<&'a mut TableStorage> {
        store.check(self.store_id, "table")?;
        Ok(&mut store.tables[self.index])
    }

    pub fn ty(&self, store: impl AsContext) -> TableType {
        let store = &store.as_context().0.opaque;
        store.assert_owns(self.store_id, "table");
        self.ty_in(store).expect("checked above")
    }

    /// The table's type, with its current size as the minimum.
    pub(crate) fn ty_in(&self, store: &StoreOpaque) -> Result<TableType> {
        store.check(self.store_id, "table")?;
        let t = &store.tables[self.index];
        let element = if t.extern_elems {
            ValType::ExternRef
        } else {
            ValType::FuncRef
        };
        Ok(TableType::new(
            element,
            t.size() as u32,
            t.declared_maximum().map(|m| m as u32),
        ))
    }

    pub fn size(&self, store: impl AsContext) -> u64 {
        let store = &store.as_context().0.opaque;
        store.assert_owns(self.store_id, "table");
        store.tables[self.index].size()
    }

    /// The element at `index`, or `None` if out of bounds.
    pub fn get(&self, mut store: impl AsContextMut, index: u64) -> Option<Ref> {
        let store = &mut store.as_context_mut().0.opaque;
        store.assert_owns(self.store_id, "table");
        let t = &store.tables[self.index];
        let raw = t.get(index)?;
        if t.extern_elems {
            return Some(Ref::Extern(ExternRef::from_wasm(store, raw as u64)));
        }
        // SAFETY: funcref table elements are null or funcrefs of this store.
        Some(Ref::Func(unsafe {
            Func::from_funcref(store, raw as *const _)
        }))
    }

    pub fn set(&self, mut store: impl AsContextMut, index: u64, value: Ref) -> Result<()> {
        let store = &mut store.as_context_mut().0.opaque;
        let extern_elems = self.storage(store)?.extern_elems;
        let raw = ref_to_raw(store, &value, extern_elems)?;
        let t = self.storage(store)?;
        if !t.set(index, raw) {
            bail!("table index {index} out of bounds (size {})", t.size());
        }
        Ok(())
    }

    /// Grows by `delta` elements set to `init`; returns the previous size.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64, init: Ref) -> Result<u64> {
        let store = &mut store.as_context_mut().0.opaque;
        let extern_elems = self.storage(store)?.extern_elems;
        let raw = ref_to_raw(store, &init, extern_elems)?;
        let t = self.storage(store)?;
        let (current, max) = (t.size() as usize, t.declared_maximum().map(|m| m as usize));
        // A growth the table cannot take (past its maximum, or a delta
        // that overflows) fails below without asking the limiter.
        let new_size = t.size().checked_add(delta).filter(|&s| s <= t.maximum());
        if let Some(new_size) = new_size
            && delta > 0
            && !store.growing(false, current, new_size as usize, max)?
        {
            bail!("failed to grow table by {delta}: denied by the store's resource limiter");
        }
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
