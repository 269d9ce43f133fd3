//! Memories the embedder makes (`Config::with_host_memory`): instances'
//! memories and `Memory::new`'s live in the creator's mappings, hold their
//! data segments, grow within the creator's capacity and no further, trap
//! on out-of-bounds accesses through the guard the creator was asked for,
//! and are given back when their store drops. A creator's failure is an
//! instantiation error.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasmrt::*;

/// An mmap'd reservation with a guard, as wasmrt asks for.
struct Mapped {
    base: *mut u8,
    reserved: usize,
    size: usize,
    capacity: usize,
    live: Arc<AtomicUsize>,
    panic_on_grow: bool,
}

// SAFETY: the mapping is plain memory owned by this value.
unsafe impl Send for Mapped {}
// SAFETY: as above; `&self` methods only read fields.
unsafe impl Sync for Mapped {}

// SAFETY: the first `size` bytes are read/write, the rest of the
// reservation and guard inaccessible, and the base never moves.
unsafe impl LinearMemory for Mapped {
    fn byte_size(&self) -> usize {
        self.size
    }
    fn byte_capacity(&self) -> usize {
        self.capacity
    }
    fn grow_to(&mut self, new_size: usize) -> anyhow::Result<()> {
        if self.panic_on_grow && self.size > 0 {
            panic!("the embedder's grow_to panics");
        }
        anyhow::ensure!(new_size <= self.capacity, "past the capacity");
        // SAFETY: the range lies inside our own reservation.
        let r = unsafe {
            libc::mprotect(
                self.base.cast(),
                new_size,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        };
        anyhow::ensure!(r == 0, "mprotect failed");
        self.size = new_size;
        Ok(())
    }
    fn as_ptr(&self) -> *mut u8 {
        self.base
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: unmapping our own mapping.
        unsafe { libc::munmap(self.base.cast(), self.reserved) };
        self.live.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Makes `Mapped` memories of at most `capacity_pages` pages.
struct Creator {
    capacity_pages: usize,
    made: AtomicUsize,
    live: Arc<AtomicUsize>,
    fail: bool,
    /// Extra bytes made accessible beyond the minimum.
    extra: usize,
    panic_on_grow: bool,
}

// SAFETY: its memories keep `LinearMemory`'s promises.
unsafe impl MemoryCreator for Creator {
    fn new_memory(
        &self,
        ty: MemoryType,
        minimum: usize,
        maximum: Option<usize>,
        reserved: Option<usize>,
        guard: usize,
    ) -> Result<Box<dyn LinearMemory>, String> {
        if self.fail {
            return Err("no memory today".to_string());
        }
        assert_eq!(minimum as u64, ty.minimum() * 65536);
        assert_eq!(maximum.map(|m| m as u64), ty.maximum().map(|m| m * 65536));
        let reserved = reserved.expect("wasmrt asks for a reservation") + guard;
        // SAFETY: a fresh inaccessible anonymous mapping.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                reserved,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err("mmap failed".to_string());
        }
        let mut memory = Mapped {
            base: base.cast(),
            reserved,
            size: 0,
            capacity: self.capacity_pages * 65536,
            live: self.live.clone(),
            panic_on_grow: self.panic_on_grow,
        };
        self.live.fetch_add(1, Ordering::SeqCst);
        memory
            .grow_to(minimum + self.extra)
            .map_err(|e| e.to_string())?;
        self.made.fetch_add(1, Ordering::SeqCst);
        Ok(Box::new(memory))
    }
}

fn creator(capacity_pages: usize, fail: bool) -> Arc<Creator> {
    Arc::new(Creator {
        capacity_pages,
        made: AtomicUsize::new(0),
        live: Arc::new(AtomicUsize::new(0)),
        fail,
        extra: 0,
        panic_on_grow: false,
    })
}

const WAT: &str = r#"(module
  (memory (export "memory") 1)
  (data (i32.const 100) "from the host")
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#;

#[test]
fn instance_memories_live_in_the_creators_mappings() {
    let host = creator(3, false);
    let engine = Engine::new(Config::new().with_host_memory(host.clone())).unwrap();
    let module = Module::new(&engine, WAT).unwrap();
    {
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        assert_eq!(host.made.load(Ordering::SeqCst), 1);
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        assert_eq!(&memory.data(&store)[100..113], b"from the host");
        let base = memory.data(&store).as_ptr();
        let grow = instance
            .get_typed_func::<i32, i32>(&mut store, "grow")
            .unwrap();
        let load = instance
            .get_typed_func::<i32, i32>(&mut store, "load")
            .unwrap();
        assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
        assert_eq!(memory.data_size(&store), 3 * 65536);
        assert_eq!(
            memory.data(&store).as_ptr(),
            base,
            "the memory did not move"
        );
        // Past the creator's capacity, growth fails as wasm sees it.
        assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
        assert_eq!(memory.size(&store), 3);
        // The guard the creator left inaccessible catches what is beyond.
        assert_eq!(load.call(&mut store, 3 * 65536 - 1).unwrap(), 0);
        let trap = load.call(&mut store, 3 * 65536).unwrap_err();
        assert_eq!(
            trap.downcast_ref::<Trap>().map(Trap::code),
            Some(TrapCode::MemoryOutOfBounds)
        );

        // Host-made memories come from the creator too.
        let own = Memory::new(&mut store, MemoryType::new(2, Some(3))).unwrap();
        assert_eq!(host.made.load(Ordering::SeqCst), 2);
        assert_eq!(own.data_size(&store), 2 * 65536);
        assert_eq!(host.live.load(Ordering::SeqCst), 2);
    }
    // The store gave both memories back.
    assert_eq!(host.live.load(Ordering::SeqCst), 0);
}

#[test]
fn a_failing_creator_fails_instantiation() {
    let engine = Engine::new(Config::new().with_host_memory(creator(1, true))).unwrap();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, ());
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains("the host's memory creator failed: no memory today"),
        "{message}"
    );
    let err = Memory::new(&mut store, MemoryType::new(1, None)).unwrap_err();
    assert!(format!("{err:#}").contains("no memory today"), "{err:#}");
}

#[test]
fn a_memory_is_as_large_as_the_host_made_it() {
    let mut host = creator(4, false);
    Arc::get_mut(&mut host).unwrap().extra = 65536;
    let engine = Engine::new(Config::new().with_host_memory(host.clone())).unwrap();
    let mut store = Store::new(&engine, ());
    let memory = Memory::new(&mut store, MemoryType::new(1, None)).unwrap();
    assert_eq!(memory.size(&store), 2);

    // Not a whole number of wasm pages: refused.
    let mut odd = creator(4, false);
    Arc::get_mut(&mut odd).unwrap().extra = 4096;
    let engine = Engine::new(Config::new().with_host_memory(odd)).unwrap();
    let mut store = Store::new(&engine, ());
    let err = Memory::new(&mut store, MemoryType::new(1, None)).unwrap_err();
    assert!(
        format!("{err:#}").contains("not a whole number of wasm pages"),
        "{err:#}"
    );
}

#[test]
fn a_panic_in_the_hosts_growth_fails_the_growth() {
    let mut host = creator(4, false);
    Arc::get_mut(&mut host).unwrap().panic_on_grow = true;
    let engine = Engine::new(Config::new().with_host_memory(host)).unwrap();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert_eq!(memory.size(&store), 1);
}
