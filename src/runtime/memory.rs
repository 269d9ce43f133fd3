//! Linear memories: a 32-bit memory reserves its whole reachable address
//! range plus a guard region up front, inaccessible; growing makes pages
//! accessible, so generated code needs no bounds checks. A memory's initial
//! contents can come from a `MemoryImage`, mapped copy-on-write. A memory
//! may instead be the embedder's (`MemoryCreator`), asked for the same
//! reservation and guard.

use super::code_memory::page_size;
use super::pool::{MemoryPool, MemorySlot};
use super::vmcontext::VMMemoryDefinition;
use anyhow::{Result, bail};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Wasm page size.
pub const WASM_PAGE: usize = 65536;
/// Largest number of pages of a 32-bit memory.
pub const MAX_PAGES: u64 = 65536;
/// Reserved bytes: 4 GiB reachable by an i32 index plus 4 GiB for the
/// largest static offset, plus slack for the widest access.
pub const RESERVATION: usize = (8 << 30) + (64 << 10);

/// One linear memory. Its `VMMemoryDefinition` is first, so a pointer to it
/// is also a pointer to the memory.
#[repr(C)]
#[derive(Debug)]
pub struct LinearMemory {
    pub def: VMMemoryDefinition,
    maximum_pages: u64,
    declared_maximum: Option<u64>,
    /// The pool slot the memory lives in, if pooled.
    slot: Option<MemorySlot>,
    /// The embedder's memory, if a `MemoryCreator` made it. (With neither
    /// a slot nor this, the memory owns its reservation.)
    host: Option<HostMade>,
}

/// A memory the embedder made.
struct HostMade(Box<dyn crate::LinearMemory>);

impl std::fmt::Debug for HostMade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostMade")
            .field("base", &self.0.as_ptr())
            .field("byte_size", &self.0.byte_size())
            .finish()
    }
}

/// Runs the embedder's `f`, or `None` if it panicked: it is called from
/// libcalls that generated code makes, which must not unwind.
fn guard_host<R>(f: impl FnOnce() -> R) -> Option<R> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

/// The bytes a host-made memory is asked to reserve: all an i32 index
/// reaches. The rest of `RESERVATION` is its guard.
const HOST_RESERVED: usize = 4 << 30;

// SAFETY: a memory owns its mapping; the raw base pointer is not shared
// with other threads except through the owning store.
unsafe impl Send for LinearMemory {}
// SAFETY: shared access only reads through `&self`.
unsafe impl Sync for LinearMemory {}

impl LinearMemory {
    /// A memory made on demand: the embedder's when it gave a creator,
    /// else one with its own reservation.
    pub fn on_demand(
        creator: Option<&dyn crate::MemoryCreator>,
        minimum_pages: u64,
        declared_maximum: Option<u64>,
    ) -> Result<Box<LinearMemory>> {
        match creator {
            Some(creator) => LinearMemory::from_host(creator, minimum_pages, declared_maximum),
            None => LinearMemory::new(minimum_pages, declared_maximum),
        }
    }

    /// The most pages a memory of these limits may have, or why the limits
    /// are impossible.
    fn checked_maximum_pages(minimum_pages: u64, declared_maximum: Option<u64>) -> Result<u64> {
        let maximum_pages = declared_maximum.unwrap_or(MAX_PAGES).min(MAX_PAGES);
        if minimum_pages > maximum_pages {
            bail!("memory minimum of {minimum_pages} pages exceeds the maximum of {maximum_pages}");
        }
        Ok(maximum_pages)
    }

    fn new(minimum_pages: u64, declared_maximum: Option<u64>) -> Result<Box<LinearMemory>> {
        let maximum_pages = LinearMemory::checked_maximum_pages(minimum_pages, declared_maximum)?;
        let base = reserve(RESERVATION)
            .map_err(|e| anyhow::anyhow!("failed to reserve linear memory: {e}"))?;
        let mut mem = Box::new(LinearMemory {
            def: VMMemoryDefinition {
                base: base.cast(),
                current_length: 0,
            },
            maximum_pages,
            declared_maximum,
            slot: None,
            host: None,
        });
        if mem.grow(minimum_pages).is_none() {
            bail!("failed to allocate {minimum_pages} pages of linear memory");
        }
        Ok(mem)
    }

    /// A memory in a slot of `pool`, with `image` (if any) mapped in.
    pub fn from_pool(
        pool: &Arc<MemoryPool>,
        minimum_pages: u64,
        declared_maximum: Option<u64>,
        image: Option<&MemoryImage>,
    ) -> Result<Box<LinearMemory>> {
        let maximum_pages = declared_maximum.unwrap_or(MAX_PAGES).min(pool.max_pages());
        if minimum_pages > maximum_pages {
            bail!(
                "memory minimum of {minimum_pages} pages exceeds the pooled maximum of \
                 {maximum_pages} pages"
            );
        }
        let initial = minimum_pages as usize * WASM_PAGE;
        let (slot, base) = pool.allocate(initial, image)?;
        Ok(Box::new(LinearMemory {
            def: VMMemoryDefinition {
                base,
                current_length: initial,
            },
            maximum_pages,
            declared_maximum,
            slot: Some(slot),
            host: None,
        }))
    }

    /// A memory `creator` makes: asked for `HOST_RESERVED` bytes and the
    /// rest of `RESERVATION` as guard, as wasmrt's own memories have.
    fn from_host(
        creator: &dyn crate::MemoryCreator,
        minimum_pages: u64,
        declared_maximum: Option<u64>,
    ) -> Result<Box<LinearMemory>> {
        let maximum_pages = LinearMemory::checked_maximum_pages(minimum_pages, declared_maximum)?;
        let minimum = minimum_pages as usize * WASM_PAGE;
        let ty = crate::MemoryType::new(
            minimum_pages as u32,
            declared_maximum.map(|m| m.min(MAX_PAGES) as u32),
        );
        let host = creator
            .new_memory(
                ty,
                minimum,
                declared_maximum.map(|m| m.min(MAX_PAGES) as usize * WASM_PAGE),
                Some(HOST_RESERVED),
                RESERVATION - HOST_RESERVED,
            )
            .map_err(|e| anyhow::anyhow!("the host's memory creator failed: {e}"))?;
        let (base, size) = guard_host(|| (host.as_ptr(), host.byte_size()))
            .ok_or_else(|| anyhow::anyhow!("the host's memory panicked"))?;
        if base.is_null() || !(base as usize).is_multiple_of(page_size()) {
            bail!("the host's memory creator gave a memory at {base:?}, not at a page boundary");
        }
        // The memory is as large as the host made it (as in wasmtime):
        // every accessible byte is the guest's.
        let maximum = maximum_pages as usize * WASM_PAGE;
        if size < minimum || size > maximum || !size.is_multiple_of(WASM_PAGE) {
            bail!(
                "the host's memory creator made {size} bytes accessible, not a whole number \
                 of wasm pages from {minimum} to {maximum} bytes"
            );
        }
        Ok(Box::new(LinearMemory {
            def: VMMemoryDefinition {
                base,
                current_length: size,
            },
            maximum_pages,
            declared_maximum,
            slot: None,
            host: Some(HostMade(host)),
        }))
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
        if let Some(HostMade(host)) = self.host.as_mut() {
            let base = self.def.base;
            // Instances keep the base in their VMContexts, so the memory
            // must not move: growth past its capacity is refused. A panic
            // in the embedder's code fails the growth.
            let grown = guard_host(|| {
                new_len <= host.byte_capacity()
                    && host.grow_to(new_len).is_ok()
                    && host.byte_size() >= new_len
            });
            if grown != Some(true) {
                return None;
            }
            if guard_host(|| host.as_ptr()) != Some(base) {
                // Code already running holds the old base, which the
                // embedder may have freed: there is no safe way on.
                eprintln!(
                    "wasmrt: a host-made linear memory moved while growing; \
                     a LinearMemory must not move (aborting)"
                );
                std::process::abort();
            }
            self.def.current_length = new_len;
            return Some(old);
        }
        debug_assert_eq!(old_len % page_size(), 0);
        if !set_accessible(self.def.base, old_len, new_len) {
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

impl LinearMemory {
    /// Maps `image` over the memory's initial contents, copy-on-write:
    /// pages are shared with every other instance until written.
    /// (A host-made memory gets a copy: its pages are the embedder's.)
    pub fn map_image(&mut self, image: &MemoryImage) -> Result<()> {
        if self.host.is_some() {
            let bytes = image.read()?;
            let (offset, len) = image.placement();
            self.data_mut()[offset..offset + len].copy_from_slice(&bytes);
            return Ok(());
        }
        map_image_at(self.def.base, self.def.current_length, image)
    }
}

/// Reserves `len` bytes of inaccessible address space, committing nothing.
pub fn reserve(len: usize) -> std::io::Result<*mut u8> {
    // SAFETY: a fresh, inaccessible, unreserved anonymous mapping.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if base == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error());
    }
    Ok(base.cast())
}

/// Replaces the `len` bytes at `base`, inside a reservation its caller
/// owns, with fresh inaccessible memory (zero once made accessible again),
/// dropping whatever was mapped there. `false` if `mmap` fails.
pub fn reset_to_reserved(base: *mut u8, len: usize) -> bool {
    // SAFETY: the caller owns the range and nothing uses it.
    let r = unsafe {
        libc::mmap(
            base.cast(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_FIXED,
            -1,
            0,
        )
    };
    r != libc::MAP_FAILED
}

/// Makes the bytes of a reservation at `base` accessible up to `to`
/// instead of `from` (both multiples of the host page): read/write when
/// growing, inaccessible when shrinking. `false` if `mprotect` fails.
pub fn set_accessible(base: *mut u8, from: usize, to: usize) -> bool {
    let (start, len, prot) = match from.cmp(&to) {
        std::cmp::Ordering::Equal => return true,
        std::cmp::Ordering::Less => (from, to - from, libc::PROT_READ | libc::PROT_WRITE),
        std::cmp::Ordering::Greater => (to, from - to, libc::PROT_NONE),
    };
    // SAFETY: the caller passes a range inside its own reservation, which
    // only it uses.
    unsafe { libc::mprotect(base.add(start).cast(), len, prot) == 0 }
}

/// Maps `image` copy-on-write into the memory at `base`, whose first
/// `accessible` bytes are read/write.
pub fn map_image_at(base: *mut u8, accessible: usize, image: &MemoryImage) -> Result<()> {
    assert!(
        image.offset + image.len <= accessible,
        "a memory image lies inside the initial memory"
    );
    // SAFETY: the range lies inside the memory's reservation and is
    // replaced by a private mapping of the image file with the same
    // protection.
    let addr = unsafe {
        libc::mmap(
            base.add(image.offset).cast(),
            image.len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_FIXED,
            image.fd.as_raw_fd(),
            image.file_offset as libc::off_t,
        )
    };
    if addr == libc::MAP_FAILED {
        bail!(
            "failed to map a memory image: {}",
            std::io::Error::last_os_error()
        );
    }
    Ok(())
}

/// The initial contents of a linear memory (its active data segments) in
/// an in-memory file, made once per module and mapped copy-on-write into
/// each new instance's memory: instantiation copies nothing, and instances
/// share the pages they only read.
#[derive(Debug)]
pub struct MemoryImage {
    /// Unique among all images the process ever makes: what a pool slot
    /// remembers it still maps.
    id: u64,
    fd: OwnedFd,
    /// Where the image starts in the file (a multiple of the host page).
    file_offset: u64,
    /// Where the image starts in linear memory (a multiple of the host page).
    offset: usize,
    /// Its length (a multiple of the host page).
    len: usize,
}

impl MemoryImage {
    /// An image holding `segments` (offset in memory, bytes), applied in
    /// order. `None` when they hold no bytes or no in-memory file can be
    /// made (the caller then copies the segments at instantiation).
    pub fn new(segments: &[(usize, &[u8])]) -> Option<MemoryImage> {
        let page = page_size();
        let filled = || segments.iter().filter(|(_, bytes)| !bytes.is_empty());
        let start = filled().map(|(o, _)| *o).min()? / page * page;
        let end = filled()
            .map(|(o, b)| o + b.len())
            .max()?
            .next_multiple_of(page);
        // SAFETY: the name is a valid C string; the flags are valid.
        let fd = unsafe { libc::memfd_create(c"wasmrt-memory-image".as_ptr(), libc::MFD_CLOEXEC) };
        if fd < 0 {
            return None;
        }
        // SAFETY: `fd` is a fresh descriptor we own.
        let file = std::fs::File::from(unsafe { OwnedFd::from_raw_fd(fd) });
        // Unwritten ranges stay holes, so sparse images cost no memory.
        file.set_len((end - start) as u64).ok()?;
        for (offset, bytes) in filled() {
            file.write_all_at(bytes, (offset - start) as u64).ok()?;
        }
        Some(MemoryImage {
            id: next_image_id(),
            fd: file.into(),
            file_offset: 0,
            offset: start,
            len: end - start,
        })
    }

    /// An image of `len` bytes at `file_offset` in `file` (a precompiled
    /// module's), for linear memory from `offset` on. `None` unless all
    /// three are multiples of the host page.
    pub fn from_file(
        file: OwnedFd,
        file_offset: u64,
        offset: usize,
        len: usize,
    ) -> Option<MemoryImage> {
        let page = page_size();
        let aligned = file_offset.is_multiple_of(page as u64)
            && offset.is_multiple_of(page)
            && len.is_multiple_of(page)
            && len > 0;
        aligned.then(|| MemoryImage {
            id: next_image_id(),
            fd: file,
            file_offset,
            offset,
            len,
        })
    }

    /// The image's process-wide unique id.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Where the image starts in linear memory, and its length.
    pub fn placement(&self) -> (usize, usize) {
        (self.offset, self.len)
    }

    /// The image's bytes.
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        let file = std::fs::File::from(self.fd.try_clone()?);
        let mut bytes = vec![0; self.len];
        file.read_exact_at(&mut bytes, self.file_offset)?;
        Ok(bytes)
    }
}

fn next_image_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Drop for LinearMemory {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            slot.release(self.def.current_length);
        } else if self.host.take().is_none() {
            // SAFETY: unmapping our own reservation.
            unsafe {
                libc::munmap(self.def.base.cast(), RESERVATION);
            }
        }
    }
}
