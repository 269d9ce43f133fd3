//! Tables of references: raw words, a `VMFuncRef` pointer for funcref
//! tables or an externref slot for externref tables (0 is null in both).
//! Its `VMTableDefinition` is first, so a pointer to it is also a pointer
//! to the table.

use super::pool::{TablePool, TableSlot};
use super::vmcontext::VMTableDefinition;
use std::sync::Arc;

#[repr(C)]
#[derive(Debug)]
pub struct TableStorage {
    pub def: VMTableDefinition,
    elements: Elements,
    maximum: u64,
    declared_maximum: Option<u64>,
    /// Whether the elements are externrefs (otherwise funcrefs).
    pub extern_elems: bool,
}

/// Where a table's elements live.
#[derive(Debug)]
enum Elements {
    /// In a vector of its own, which grows by reallocating.
    Owned(Vec<usize>),
    /// In a pool slot, which holds the most elements the pool allows.
    Pooled { slot: TableSlot, capacity: usize },
    /// In a vector of its own, the pool slot held only to count the table
    /// against the pool's limit: a small table, whose one page in a slot
    /// would cost a page fault per instantiation and a resident page per
    /// live instance.
    Counted {
        elements: Vec<usize>,
        slot: TableSlot,
    },
}

/// Initial sizes, in elements, of pooled tables kept in a vector of their
/// own rather than in their slot's pages (one 4 KiB page of elements).
const SMALL_POOLED_TABLE: u64 = 512;

// SAFETY: a table owns its elements; `def.base` points into them.
unsafe impl Send for TableStorage {}
// SAFETY: shared access only reads through `&self`.
unsafe impl Sync for TableStorage {}

/// Most elements a table may hold.
pub const MAX_TABLE_ELEMENTS: u64 = 10_000_000;

impl TableStorage {
    pub fn new(
        minimum: u64,
        declared_maximum: Option<u64>,
        init: usize,
        extern_elems: bool,
    ) -> Option<Box<TableStorage>> {
        let maximum = declared_maximum
            .unwrap_or(u64::from(u32::MAX))
            .min(u64::from(u32::MAX));
        if minimum > MAX_TABLE_ELEMENTS || minimum > maximum {
            return None;
        }
        let mut t = Box::new(TableStorage {
            def: VMTableDefinition {
                base: std::ptr::null_mut(),
                current_elements: 0,
            },
            elements: Elements::Owned(vec![init; minimum as usize]),
            maximum,
            declared_maximum,
            extern_elems,
        });
        t.sync();
        Some(t)
    }

    /// A table in a slot of `pool`, its `minimum` elements all null.
    pub fn from_pool(
        pool: &Arc<TablePool>,
        minimum: u64,
        declared_maximum: Option<u64>,
        extern_elems: bool,
    ) -> anyhow::Result<Box<TableStorage>> {
        let capacity = pool.elements();
        let maximum = declared_maximum
            .unwrap_or(u64::from(u32::MAX))
            .min(capacity as u64);
        if minimum > maximum {
            anyhow::bail!(
                "table minimum of {minimum} elements exceeds the pooled maximum of {maximum} \
                 elements"
            );
        }
        let slot = pool.allocate()?;
        let mut table = Box::new(TableStorage {
            def: VMTableDefinition {
                base: slot.base(),
                current_elements: minimum as usize,
            },
            elements: if minimum <= SMALL_POOLED_TABLE {
                Elements::Counted {
                    elements: vec![0; minimum as usize],
                    slot,
                }
            } else {
                Elements::Pooled { slot, capacity }
            },
            maximum,
            declared_maximum,
            extern_elems,
        });
        table.sync();
        Ok(table)
    }

    /// Points `def` at a vector's elements after it changed.
    fn sync(&mut self) {
        if let Elements::Owned(v) | Elements::Counted { elements: v, .. } = &mut self.elements {
            self.def.base = v.as_mut_ptr();
            self.def.current_elements = v.len();
        }
    }

    pub fn size(&self) -> u64 {
        self.def.current_elements as u64
    }

    pub fn maximum(&self) -> u64 {
        self.maximum
    }

    /// The maximum the table was declared with, if any.
    pub fn declared_maximum(&self) -> Option<u64> {
        self.declared_maximum
    }

    pub fn elements(&self) -> &[usize] {
        // SAFETY: `def` describes the table's initialised elements (a
        // vector's, or the used part of a pool slot).
        unsafe { std::slice::from_raw_parts(self.def.base, self.def.current_elements) }
    }

    pub fn elements_mut(&mut self) -> &mut [usize] {
        // SAFETY: as in `elements`, and we hold the only mutable borrow.
        unsafe { std::slice::from_raw_parts_mut(self.def.base, self.def.current_elements) }
    }

    pub fn get(&self, i: u64) -> Option<usize> {
        self.elements().get(usize::try_from(i).ok()?).copied()
    }

    pub fn set(&mut self, i: u64, v: usize) -> bool {
        match usize::try_from(i)
            .ok()
            .and_then(|i| self.elements_mut().get_mut(i))
        {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }

    /// Grows by `delta`; returns the old size or `None`.
    pub fn grow(&mut self, delta: u64, init: usize) -> Option<u64> {
        let old = self.size();
        let new = old.checked_add(delta)?;
        if new > self.maximum || new > MAX_TABLE_ELEMENTS {
            return None;
        }
        match &mut self.elements {
            Elements::Owned(v) | Elements::Counted { elements: v, .. } => {
                v.resize(new as usize, init)
            }
            Elements::Pooled { capacity, .. } => {
                if new > *capacity as u64 {
                    return None;
                }
                let old_len = self.def.current_elements;
                self.def.current_elements = new as usize;
                self.elements_mut()[old_len..].fill(init);
            }
        }
        self.sync();
        Some(old)
    }
}

impl Drop for TableStorage {
    fn drop(&mut self) {
        let used = self.def.current_elements;
        let owned = Elements::Owned(Vec::new());
        match std::mem::replace(&mut self.elements, owned) {
            Elements::Pooled { slot, .. } => slot.release(used),
            // The slot's pages were never written.
            Elements::Counted { slot, .. } => slot.release(0),
            Elements::Owned(_) => {}
        }
    }
}
