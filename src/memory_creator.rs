//! Host-made linear memories (wasmtime's `MemoryCreator` and
//! `LinearMemory`): with [`Config::with_host_memory`](crate::Config::with_host_memory)
//! the embedder allocates every memory made on demand (instances' and
//! [`Memory::new`](crate::Memory::new)'s; pooled memories come from the
//! pool), for example in memory it shares with another process.

use crate::types::MemoryType;
use anyhow::Result;

/// One linear memory the embedder made for wasmrt.
///
/// # Safety
/// wasmrt's code accesses the memory without bounds checks, relying on
/// the reservation [`MemoryCreator::new_memory`] is asked for: the first
/// `byte_size()` bytes from `as_ptr()` must be readable and writable, and
/// the rest of the reservation and its guard region must stay
/// inaccessible (so that an out-of-bounds access faults and traps). The
/// memory must never move: wasmrt refuses growth past `byte_capacity()`
/// (`memory.grow` returns -1; wasmtime may move the memory instead), and
/// stops the process if `as_ptr()` changes, since running code holds the
/// old base. A panic in these methods fails the growth.
pub unsafe trait LinearMemory: Send + Sync + 'static {
    /// The bytes now accessible.
    fn byte_size(&self) -> usize;
    /// The most bytes the memory can grow to without moving.
    fn byte_capacity(&self) -> usize;
    /// Makes the first `new_size` bytes accessible (zero-filled beyond the
    /// old size), or fails.
    fn grow_to(&mut self, new_size: usize) -> Result<()>;
    /// Where the memory starts.
    fn as_ptr(&self) -> *mut u8;
}

/// Makes the embedder's linear memories.
///
/// # Safety
/// The memories it returns must keep [`LinearMemory`]'s promises.
pub unsafe trait MemoryCreator: Send + Sync {
    /// A new zero-filled memory of type `ty`, `minimum` bytes accessible,
    /// growable to `maximum` bytes (`None`: 4 GiB). wasmrt always asks for
    /// a reservation (`reserved_size_in_bytes`, 4 GiB) followed by
    /// `guard_size_in_bytes` of inaccessible guard, both multiples of the
    /// host page; the memory must not move within them.
    fn new_memory(
        &self,
        ty: MemoryType,
        minimum: usize,
        maximum: Option<usize>,
        reserved_size_in_bytes: Option<usize>,
        guard_size_in_bytes: usize,
    ) -> Result<Box<dyn LinearMemory>, String>;
}
