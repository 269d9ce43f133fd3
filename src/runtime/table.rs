//! Tables of references: raw words, a `VMFuncRef` pointer for funcref
//! tables or an externref slot for externref tables (0 is null in both).
//! Its `VMTableDefinition` is first, so a pointer to it is also a pointer
//! to the table.

use super::vmcontext::VMTableDefinition;

#[repr(C)]
#[derive(Debug)]
pub struct TableStorage {
    pub def: VMTableDefinition,
    elements: Vec<usize>,
    maximum: u64,
    declared_maximum: Option<u64>,
    /// Whether the elements are externrefs (otherwise funcrefs).
    pub extern_elems: bool,
}

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
            elements: vec![init; minimum as usize],
            maximum,
            declared_maximum,
            extern_elems,
        });
        t.sync();
        Some(t)
    }

    fn sync(&mut self) {
        self.def.base = self.elements.as_mut_ptr();
        self.def.current_elements = self.elements.len();
    }

    pub fn size(&self) -> u64 {
        self.elements.len() as u64
    }

    pub fn maximum(&self) -> u64 {
        self.maximum
    }

    /// The maximum the table was declared with, if any.
    pub fn declared_maximum(&self) -> Option<u64> {
        self.declared_maximum
    }

    pub fn elements(&self) -> &[usize] {
        &self.elements
    }

    pub fn elements_mut(&mut self) -> &mut [usize] {
        &mut self.elements
    }

    pub fn get(&self, i: u64) -> Option<usize> {
        self.elements.get(usize::try_from(i).ok()?).copied()
    }

    pub fn set(&mut self, i: u64, v: usize) -> bool {
        match usize::try_from(i)
            .ok()
            .and_then(|i| self.elements.get_mut(i))
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
        self.elements.resize(new as usize, init);
        self.sync();
        Some(old)
    }
}
