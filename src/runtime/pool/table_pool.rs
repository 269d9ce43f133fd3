//! The table pool: `total_tables` slots of `table_elements` words in one
//! mapping. A released slot is zeroed: its first `table_keep_resident`
//! bytes in place, the rest by returning the pages to the OS.

use super::PoolConcurrencyLimitError;
use super::PoolLimits;
use super::reset::{reset_written_pages, whole_pages};
use super::slots::SlotChooser;
use crate::runtime::code_memory::page_size;
use anyhow::{Result, bail};
use std::sync::{Arc, Mutex};

pub struct TablePool {
    base: *mut usize,
    /// Bytes per slot (a multiple of the host page).
    slot_bytes: usize,
    elements: usize,
    total: u32,
    /// `table_keep_resident`, rounded up to whole host pages.
    keep_resident: usize,
    chooser: Mutex<SlotChooser<()>>,
}

// SAFETY: the mapping is owned by the pool; each slot is used by one table
// at a time, handed out and taken back under the mutex.
unsafe impl Send for TablePool {}
// SAFETY: as above.
unsafe impl Sync for TablePool {}

impl TablePool {
    pub fn new(limits: &PoolLimits) -> Result<TablePool> {
        let elements = limits.table_elements;
        let total = limits.total_tables;
        let slot_bytes = elements
            .checked_mul(size_of::<usize>())
            .map(|b| b.next_multiple_of(page_size()));
        let Some((slot_bytes, bytes)) =
            slot_bytes.and_then(|s| Some((s, s.checked_mul(total as usize)?)))
        else {
            bail!("{total} table slots of {elements} elements do not fit in the address space");
        };
        let base = if bytes == 0 {
            std::ptr::null_mut()
        } else {
            // SAFETY: a fresh anonymous mapping, committed only as touched.
            let base = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    bytes,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if base == libc::MAP_FAILED {
                bail!(
                    "failed to reserve {total} table slots of {elements} elements for the \
                     pooling allocator: {}",
                    std::io::Error::last_os_error()
                );
            }
            base.cast()
        };
        Ok(TablePool {
            base,
            slot_bytes,
            elements,
            total,
            keep_resident: whole_pages(limits.table_keep_resident),
            chooser: Mutex::new(SlotChooser::new(total, u32::MAX)),
        })
    }

    /// Most elements a pooled table may have.
    pub fn elements(&self) -> usize {
        self.elements
    }

    /// A zeroed slot.
    pub fn allocate(self: &Arc<Self>) -> Result<TableSlot> {
        let taken = self
            .chooser
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take(());
        let Some((index, _)) = taken else {
            return Err(PoolConcurrencyLimitError::new(self.total as usize, "tables").into());
        };
        Ok(TableSlot {
            pool: self.clone(),
            index,
        })
    }
}

impl Drop for TablePool {
    fn drop(&mut self) {
        if !self.base.is_null() {
            // SAFETY: unmapping our own mapping; every slot's table holds an
            // `Arc` to the pool, so none is in use.
            unsafe { libc::munmap(self.base.cast(), self.slot_bytes * self.total as usize) };
        }
    }
}

/// A table's slot in the pool; the table gives it back when dropped.
pub struct TableSlot {
    pool: Arc<TablePool>,
    index: u32,
}

impl std::fmt::Debug for TableSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TableSlot({})", self.index)
    }
}

impl TableSlot {
    /// The slot's elements (`TablePool::elements` of them, zeroed when
    /// handed out).
    pub fn base(&self) -> *mut usize {
        // SAFETY: `index < total`, so the slot lies inside the mapping.
        unsafe {
            self.pool
                .base
                .byte_add(self.index as usize * self.pool.slot_bytes)
        }
    }

    /// Zeroes the first `used` elements and returns the slot to the pool.
    pub fn release(self, used: usize) {
        let base = self.base().cast::<u8>();
        let len = (used * size_of::<usize>()).next_multiple_of(page_size());
        if !reset_written_pages(base, len, self.pool.keep_resident, (0, 0)) {
            // SAFETY: the first `used` elements lie inside the slot, and no
            // table uses them any more.
            unsafe { std::ptr::write_bytes(base, 0, used * size_of::<usize>()) };
        }
        self.pool
            .chooser
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .put(self.index, ());
    }
}
