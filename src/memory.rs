//! Linear memories as seen from the host.

use crate::limits::Limit;
use crate::runtime::memory::{LinearMemory, MAX_PAGES, MemoryImage, WASM_PAGE};
use crate::store::{AsContext, AsContextMut, StoreContext, StoreContextMut, StoreOpaque};
use crate::types::MemoryType;
use anyhow::{Result, bail};

/// A linear memory in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Memory {
    pub(crate) store_id: u64,
    pub(crate) index: usize,
}

/// An out-of-bounds host access to memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryAccessError {
    _private: (),
}

impl std::fmt::Display for MemoryAccessError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("out of bounds memory access")
    }
}

impl std::error::Error for MemoryAccessError {}

impl Memory {
    /// Creates a memory owned by the store.
    pub fn new(mut store: impl AsContextMut, ty: MemoryType) -> Result<Memory> {
        let store = &mut store.as_context_mut().0.opaque;
        Memory::create(store, ty.minimum(), ty.maximum())
    }

    pub(crate) fn create(store: &mut StoreOpaque, min: u64, max: Option<u64>) -> Result<Memory> {
        let host = store.engine.config().host_memory.clone();
        Memory::create_with(store, min, max, || {
            LinearMemory::on_demand(host.as_ref().map(|h| &*h.0), min, max)
        })
    }

    /// A memory of an instance, holding `image`: from the engine's pool if
    /// it has one, else made on demand.
    pub(crate) fn create_for_instance(
        store: &mut StoreOpaque,
        min: u64,
        max: Option<u64>,
        image: Option<&MemoryImage>,
    ) -> Result<Memory> {
        let host = store.engine.config().host_memory.clone();
        match store.engine.pool().map(|p| p.memories.clone()) {
            Some(pool) => Memory::create_with(store, min, max, || {
                LinearMemory::from_pool(&pool, min, max, image)
            }),
            None => Memory::create_with(store, min, max, || {
                let mut mem = LinearMemory::on_demand(host.as_ref().map(|h| &*h.0), min, max)?;
                if let Some(image) = image {
                    mem.map_image(image)?;
                }
                Ok(mem)
            }),
        }
    }

    /// A memory made by `make` once the store's limits allow it.
    fn create_with(
        store: &mut StoreOpaque,
        min: u64,
        max: Option<u64>,
        make: impl FnOnce() -> Result<Box<LinearMemory>>,
    ) -> Result<Memory> {
        // A 32-bit memory has at most 2^16 pages (WebAssembly 2.0 §3.2.4);
        // a host-made type may say more, and must be refused before its
        // sizes reach the limiter (found by the API-sequence fuzzer).
        if min > MAX_PAGES {
            bail!("memory minimum of {min} pages exceeds the {MAX_PAGES} pages of a 32-bit memory");
        }
        if let Some(max) = max.filter(|&max| max > MAX_PAGES) {
            bail!("memory maximum of {max} pages exceeds the {MAX_PAGES} pages of a 32-bit memory");
        }
        store.check_count(Limit::Memories, 1)?;
        let bytes = min as usize * WASM_PAGE;
        let max_bytes = max.map(|m| m as usize * WASM_PAGE);
        if !store.growing(true, 0, bytes, max_bytes)? {
            bail!("memory minimum size of {min} pages exceeds memory limits");
        }
        store.memories.push(make()?);
        Ok(Memory {
            store_id: store.id,
            index: store.memories.len() - 1,
        })
    }

    #[track_caller]
    pub(crate) fn get<'a>(&self, store: &'a StoreOpaque) -> &'a LinearMemory {
        store.assert_owns(self.store_id, "memory");
        &store.memories[self.index]
    }

    #[track_caller]
    pub(crate) fn get_mut<'a>(&self, store: &'a mut StoreOpaque) -> &'a mut LinearMemory {
        store.assert_owns(self.store_id, "memory");
        &mut store.memories[self.index]
    }

    pub(crate) fn raw(&self, store: &mut StoreOpaque) -> Result<*mut LinearMemory> {
        store.check(self.store_id, "memory")?;
        Ok(&mut *store.memories[self.index])
    }

    /// The memory's type, with its current size as the minimum.
    pub fn ty(&self, store: impl AsContext) -> MemoryType {
        let store = &store.as_context().0.opaque;
        store.assert_owns(self.store_id, "memory");
        self.ty_in(store).expect("checked above")
    }

    /// The memory's type, with its current size as the minimum.
    pub(crate) fn ty_in(&self, store: &StoreOpaque) -> Result<MemoryType> {
        store.check(self.store_id, "memory")?;
        let m = &store.memories[self.index];
        Ok(MemoryType::new(
            m.pages() as u32,
            m.declared_maximum().map(|x| x as u32),
        ))
    }

    /// The memory's bytes.
    pub fn data<'a, T: 'a>(&self, store: impl Into<StoreContext<'a, T>>) -> &'a [u8] {
        self.get(&store.into().0.opaque).data()
    }

    /// The memory's bytes, writable.
    pub fn data_mut<'a, T: 'a>(&self, store: impl Into<StoreContextMut<'a, T>>) -> &'a mut [u8] {
        self.get_mut(&mut store.into().0.opaque).data_mut()
    }

    /// Size in bytes.
    pub fn data_size(&self, store: impl AsContext) -> usize {
        self.get(&store.as_context().0.opaque).data().len()
    }

    /// Size in pages.
    pub fn size(&self, store: impl AsContext) -> u64 {
        self.get(&store.as_context().0.opaque).pages()
    }

    /// Grows by `delta` pages, returning the previous size in pages.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64) -> Result<u64> {
        let store = &mut store.as_context_mut().0.opaque;
        store.check(self.store_id, "memory")?;
        let m = self.get(store);
        let current = m.data().len();
        let max = m.declared_maximum().map(|p| p as usize * WASM_PAGE);
        // A growth the memory cannot take (past its maximum, or a delta
        // that overflows) fails below without asking the limiter.
        let new_pages = m
            .pages()
            .checked_add(delta)
            .filter(|&p| p <= m.maximum_pages());
        if let Some(new_pages) = new_pages
            && delta > 0
            && !store.growing(true, current, new_pages as usize * WASM_PAGE, max)?
        {
            bail!("failed to grow memory by {delta} pages: denied by the store's resource limiter");
        }
        let m = self.get_mut(store);
        match m.grow(delta) {
            Some(old) => Ok(old),
            None => bail!(
                "failed to grow memory by {delta} pages: {} pages now, at most {}",
                m.pages(),
                m.maximum_pages()
            ),
        }
    }

    /// Copies bytes out of memory at `offset`.
    pub fn read(
        &self,
        store: impl AsContext,
        offset: usize,
        buf: &mut [u8],
    ) -> Result<(), MemoryAccessError> {
        let data = self.get(&store.as_context().0.opaque).data();
        let src = offset
            .checked_add(buf.len())
            .and_then(|end| data.get(offset..end))
            .ok_or(MemoryAccessError { _private: () })?;
        buf.copy_from_slice(src);
        Ok(())
    }

    /// Copies bytes into memory at `offset`.
    pub fn write(
        &self,
        mut store: impl AsContextMut,
        offset: usize,
        buf: &[u8],
    ) -> Result<(), MemoryAccessError> {
        let data = self
            .get_mut(&mut store.as_context_mut().0.opaque)
            .data_mut();
        let dst = offset
            .checked_add(buf.len())
            .and_then(|end| data.get_mut(offset..end))
            .ok_or(MemoryAccessError { _private: () })?;
        dst.copy_from_slice(buf);
        Ok(())
    }
}
