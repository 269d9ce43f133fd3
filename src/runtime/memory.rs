//! Linear memories: a 32-bit memory reserves its whole reachable address
//! range plus a guard region up front, inaccessible; growing makes pages
//! accessible, so generated code needs no bounds checks.

use super::code_memory::page_size;
use super::vmcontext::VMMemoryDefinition;
use anyhow::{Result, bail};

/// Wasm page size.
pub const WASM_PAGE: usize = 65536;
/// Largest number of pages of a 32-bit memory.
pub const MAX_PAGES: u64 = 65536;
/// Reserved bytes: 4 GiB reachable by an i32 index plus 4 GiB for the
/// largest static offset, plus slack for the widest access.
const RESERVATION: usize = (8 << 30) + (64 << 10);

/// One linear memory. Its `VMMemoryDefinition` is first, so a pointer to it
/// is also a pointer to the memory.
#[repr(C)]
#[derive(Debug)]
pub struct LinearMemory {
    pub def: VMMemoryDefinition,
    maximum_pages: u64,
    declared_maximum: Option<u64>,
}

// SAFETY: a memory owns its mapping; the raw base pointer is not shared
// with other threads except through the owning store.
unsafe impl Send for LinearMemory {}
// SAFETY: shared access only reads through `&self`.
unsafe impl Sync for LinearMemory {}

impl LinearMemory {
    pub fn new(minimum_pages: u64, declared_maximum: Option<u64>) -> Result<Box<LinearMemory>> {
        let maximum_pages = declared_maximum.unwrap_or(MAX_PAGES).min(MAX_PAGES);
        if minimum_pages > maximum_pages {
            bail!("memory minimum of {minimum_pages} pages exceeds the maximum of {maximum_pages}");
        }
        // SAFETY: a fresh, inaccessible, unreserved anonymous mapping.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                RESERVATION,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            bail!(
                "failed to reserve linear memory: {}",
                std::io::Error::last_os_error()
            );
        }
        let mut mem = Box::new(LinearMemory {
            def: VMMemoryDefinition {
                base: base.cast(),
                current_length: 0,
            },
            maximum_pages,
            declared_maximum,
        });
        if mem.grow(minimum_pages).is_none() {
            bail!("failed to allocate {minimum_pages} pages of linear memory");
        }
        Ok(mem)
    }

    pub fn pages(&self) -> u64 {
        (self.def.current_length / WASM_PAGE) as u64
    }

    pub fn maximum_pages(&self) -> u64 {
        self.maximum_pages
    }

    /// The maximum the memory was declared with, if any.
    pub fn declared_maximum(&self) -> Option<u64> {
        self.declared_maximum
    }

    /// Grows by `delta` pages; returns the old size in pages, or `None`.
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.pages();
        let new = old.checked_add(delta)?;
        if new > self.maximum_pages {
            return None;
        }
        if delta == 0 {
            return Some(old);
        }
        let old_len = self.def.current_length;
        let new_len = new as usize * WASM_PAGE;
        debug_assert_eq!(old_len % page_size(), 0);
        // SAFETY: the range lies inside our reservation.
        let r = unsafe {
            libc::mprotect(
                self.def.base.add(old_len).cast(),
                new_len - old_len,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        };
        if r != 0 {
            return None;
        }
        self.def.current_length = new_len;
        Some(old)
    }

    /// The accessible bytes.
    pub fn data(&self) -> &[u8] {
        // SAFETY: `current_length` bytes from `base` are mapped read/write.
        unsafe { std::slice::from_raw_parts(self.def.base, self.def.current_length) }
    }

    pub fn data_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `data`, and we hold the only mutable borrow.
        unsafe { std::slice::from_raw_parts_mut(self.def.base, self.def.current_length) }
    }
}

impl Drop for LinearMemory {
    fn drop(&mut self) {
        // SAFETY: unmapping our own reservation.
        unsafe {
            libc::munmap(self.def.base.cast(), RESERVATION);
        }
    }
}
