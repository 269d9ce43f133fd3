//! The linear-memory pool: `total_memories` slots in one reservation, each
//! as large as an on-demand memory's reservation (so the same generated
//! code, without bounds checks, runs on both). A released slot keeps its
//! pages accessible and the memory image it maps; resetting it returns
//! its pages to the OS (`MADV_DONTNEED`), which also turns copy-on-write
//! pages back into the image's, so the next instance of the same module
//! starts with no system call but an `mprotect` when sizes differ.

use super::PoolConcurrencyLimitError;
use super::PoolLimits;
use super::reset::{reset_written_pages, whole_pages};
use super::slots::SlotChooser;
use crate::runtime::code_memory::page_size;
use crate::runtime::memory::{
    MAX_PAGES, MemoryImage, RESERVATION, WASM_PAGE, map_image_at, reserve, reset_to_reserved,
    set_accessible,
};
use anyhow::{Result, bail};
use std::sync::{Arc, Mutex};

/// What a released slot still maps: the id of its memory image, if any.
type Holds = Option<u64>;

pub struct MemoryPool {
    base: *mut u8,
    stride: usize,
    total: u32,
    max_pages: u64,
    /// `linear_memory_keep_resident`, rounded up to whole host pages.
    keep_resident: usize,
    state: Mutex<PoolState>,
}

struct PoolState {
    chooser: SlotChooser<Holds>,
    /// Bytes each slot has accessible (read/write) from its start.
    accessible: Vec<usize>,
}

// SAFETY: the reservation is owned by the pool; each slot is used by one
// memory at a time, handed out and taken back under the mutex.
unsafe impl Send for MemoryPool {}
// SAFETY: as above; `&self` methods lock before touching shared state.
unsafe impl Sync for MemoryPool {}

impl MemoryPool {
    pub fn new(limits: &PoolLimits) -> Result<MemoryPool> {
        let stride = RESERVATION.next_multiple_of(page_size());
        let total = limits.total_memories;
        let Some(bytes) = stride.checked_mul(total as usize) else {
            bail!("{total} memory slots of {stride} bytes do not fit in the address space");
        };
        let base = if bytes == 0 {
            std::ptr::null_mut()
        } else {
            reserve(bytes).map_err(|e| {
                anyhow::anyhow!(
                    "failed to reserve {total} linear-memory slots of {} GiB for the pooling \
                     allocator: {e}",
                    stride >> 30
                )
            })?
        };
        Ok(MemoryPool {
            base,
            stride,
            total,
            max_pages: (limits.max_memory_size / WASM_PAGE) as u64,
            keep_resident: whole_pages(limits.linear_memory_keep_resident),
            state: Mutex::new(PoolState {
                chooser: SlotChooser::new(total, limits.max_unused_warm_slots),
                accessible: vec![0; total as usize],
            }),
        })
    }

    /// Most pages a pooled memory may have.
    pub fn max_pages(&self) -> u64 {
        self.max_pages.min(MAX_PAGES)
    }

    fn slot_base(&self, index: u32) -> *mut u8 {
        // SAFETY: `index < total`, so the slot lies inside the reservation.
        unsafe { self.base.add(index as usize * self.stride) }
    }

    /// A slot with `initial` bytes accessible and zeroed but for `image`,
    /// mapped copy-on-write; its base address.
    pub fn allocate(
        self: &Arc<Self>,
        initial: usize,
        image: Option<&MemoryImage>,
    ) -> Result<(MemorySlot, *mut u8)> {
        let want = image.map(MemoryImage::id);
        let (index, held, accessible) = {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            let Some((index, held)) = state.chooser.take(want) else {
                return Err(PoolConcurrencyLimitError::new(self.total as usize, "memories").into());
            };
            (index, held.flatten(), state.accessible[index as usize])
        };
        let slot = MemorySlot {
            pool: self.clone(),
            index,
            image: image.map(|i| {
                let (offset, len) = i.placement();
                (i.id(), (offset, offset + len))
            }),
        };
        let base = self.slot_base(index);
        // What the slot's pages hold as they are prepared: its accessible
        // length and the image still mapped.
        let (mut now, mut holds) = (accessible, held);
        if held.is_some() && held != want {
            // Another image is mapped: replace it with fresh, inaccessible
            // anonymous memory.
            if !reset_to_reserved(base, accessible) {
                slot.give_back(accessible, held);
                bail!(
                    "failed to reset a pooled memory slot: {}",
                    std::io::Error::last_os_error()
                );
            }
            (now, holds) = (0, None);
        }
        if !set_accessible(base, now, initial) {
            slot.give_back(now, holds);
            bail!(
                "failed to allocate {} pages of linear memory",
                initial / WASM_PAGE
            );
        }
        if let Some(image) = image.filter(|_| held != want)
            && let Err(e) = map_image_at(base, initial, image)
        {
            slot.give_back(initial, None);
            return Err(e);
        }
        Ok((slot, base))
    }
}

impl Drop for MemoryPool {
    fn drop(&mut self) {
        if !self.base.is_null() {
            // SAFETY: unmapping our own reservation; every slot's memory
            // holds an `Arc` to the pool, so none is in use.
            unsafe { libc::munmap(self.base.cast(), self.stride * self.total as usize) };
        }
    }
}

/// A memory's slot in the pool; the memory gives it back when dropped.
pub struct MemorySlot {
    pool: Arc<MemoryPool>,
    index: u32,
    /// The id of the image the slot maps, if any, and the range of
    /// offsets it covers.
    image: Option<(u64, (usize, usize))>,
}

impl std::fmt::Debug for MemorySlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MemorySlot({})", self.index)
    }
}

impl MemorySlot {
    /// Resets the slot's first `accessible` bytes (zero, or the image
    /// again) and returns it to the pool.
    pub fn release(self, accessible: usize) {
        let base = self.pool.slot_base(self.index);
        let keep = self.pool.keep_resident.min(accessible);
        let image_range = self.image.map_or((0, 0), |(_, range)| range);
        if reset_written_pages(base, accessible, keep, image_range) {
            self.give_back(accessible, self.image.map(|(id, _)| id));
        } else {
            // Could not reset in place: start the slot afresh instead, or
            // keep it out of the pool if even that fails.
            if !reset_to_reserved(base, accessible) {
                return;
            }
            self.give_back(0, None);
        }
    }

    fn give_back(&self, accessible: usize, holds: Holds) {
        let mut state = self.pool.state.lock().unwrap_or_else(|e| e.into_inner());
        state.accessible[self.index as usize] = accessible;
        state.chooser.put(self.index, holds);
    }
}
