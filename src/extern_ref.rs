//! Host references (`externref`). Inside wasm an externref is a slot in its
//! store's table of host values (slot + 1; 0 is null). A slot is reclaimed
//! by `Store::gc` once no global or table refers to it and the host holds no
//! `ExternRef` handle to it; the store collects automatically when the
//! table has grown since the last collection and no wasm is running.

use crate::store::{AsContext, AsContextMut, StoreOpaque};
use anyhow::{Result, bail};
use std::any::Any;
use std::sync::Arc;

/// A reference to a host value that wasm can hold but not inspect.
#[derive(Clone)]
pub struct ExternRef {
    inner: Arc<ExternData>,
}

struct ExternData {
    store_id: u64,
    slot: u32,
    value: Box<dyn Any + Send + Sync>,
}

impl std::fmt::Debug for ExternRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExternRef")
            .field("slot", &self.inner.slot)
            .finish_non_exhaustive()
    }
}

/// The store's table of host values referenced from wasm.
#[derive(Default)]
pub(crate) struct ExternTable {
    slots: Vec<Option<Arc<ExternData>>>,
    free: Vec<u32>,
    live: usize,
    /// Live count at which the next automatic collection runs.
    next_gc: usize,
}

const MIN_GC_THRESHOLD: usize = 1024;

impl ExternRef {
    /// Wraps `value` so it can be passed to wasm in `store`.
    pub fn new(mut store: impl AsContextMut, value: impl Any + Send + Sync) -> Result<ExternRef> {
        let store = &mut store.as_context_mut().0.opaque;
        let id = store.id;
        let table = &mut store.externs;
        let slot = match table.free.pop() {
            Some(s) => s,
            None => {
                if table.slots.len() >= u32::MAX as usize - 1 {
                    bail!("too many live externrefs in one store");
                }
                table.slots.push(None);
                (table.slots.len() - 1) as u32
            }
        };
        let inner = Arc::new(ExternData {
            store_id: id,
            slot,
            value: Box::new(value),
        });
        table.slots[slot as usize] = Some(inner.clone());
        table.live += 1;
        Ok(ExternRef { inner })
    }

    /// The host value.
    pub fn data(&self) -> &(dyn Any + Send + Sync) {
        &*self.inner.value
    }

    /// Whether two handles refer to the same host value.
    pub fn ptr_eq(a: &ExternRef, b: &ExternRef) -> bool {
        Arc::ptr_eq(&a.inner, &b.inner)
    }

    /// The raw wasm value of this reference, checked against `store`.
    pub(crate) fn to_wasm(&self, store: &StoreOpaque) -> Result<u64> {
        store.check(self.inner.store_id, "externref")?;
        Ok(u64::from(self.inner.slot) + 1)
    }

    /// The reference a raw wasm value stands for.
    pub(crate) fn from_wasm(store: &StoreOpaque, raw: u64) -> Option<ExternRef> {
        let slot = raw.checked_sub(1)? as usize;
        let inner = store.externs.slots.get(slot)?.clone()?;
        Some(ExternRef { inner })
    }

    /// This reference as the raw value wasm and [`ValRaw`] carry (never 0,
    /// which is null); an error for a reference of another store.
    ///
    /// [`ValRaw`]: crate::ValRaw
    pub fn to_raw(&self, store: impl AsContext) -> Result<u32> {
        let raw = self.to_wasm(&store.as_context().0.opaque)?;
        u32::try_from(raw)
            .map_err(|_| anyhow::anyhow!("externref slot {raw} does not fit a raw value"))
    }

    /// The reference a raw value stands for in `store`; `None` for 0 (null)
    /// or a value that names no live reference.
    pub fn from_raw(store: impl AsContext, raw: u32) -> Option<ExternRef> {
        ExternRef::from_wasm(&store.as_context().0.opaque, u64::from(raw))
    }
}

impl StoreOpaque {
    /// Reclaims host values no longer reachable from wasm or the host.
    /// Does nothing while wasm of this store is running (its stack may hold
    /// references that cannot be seen from here).
    pub(crate) fn gc(&mut self) {
        if self.active_calls > 0 {
            return;
        }
        let mut marked = vec![false; self.externs.slots.len()];
        let mut mark = |raw: u64| {
            if let Some(m) = raw.checked_sub(1).and_then(|s| marked.get_mut(s as usize)) {
                *m = true;
            }
        };
        for g in &self.globals {
            if *g.ty.content() == crate::ValType::ExternRef {
                // SAFETY: global storage is live while its store is.
                let bytes = unsafe { (*g.ptr).bytes };
                mark(u64::from_le_bytes(bytes[..8].try_into().unwrap()));
            }
        }
        for t in self.tables.iter().filter(|t| t.extern_elems) {
            for &e in t.elements() {
                mark(e as u64);
            }
        }
        let table = &mut self.externs;
        for (i, slot) in table.slots.iter_mut().enumerate() {
            let unreachable = slot
                .as_ref()
                .is_some_and(|d| !marked[i] && Arc::strong_count(d) == 1);
            if unreachable {
                *slot = None;
                table.free.push(i as u32);
                table.live -= 1;
            }
        }
        table.next_gc = (table.live * 2).max(MIN_GC_THRESHOLD);
    }

    /// Collects if enough host values were created since the last collection.
    pub(crate) fn maybe_gc(&mut self) {
        if self.externs.live >= self.externs.next_gc.max(MIN_GC_THRESHOLD) {
            self.gc();
        }
    }
}
