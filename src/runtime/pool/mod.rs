//! The pooling allocator: memory and table slots reserved once per engine
//! and reused, and a count of live instances. A released slot is reset
//! (memory: pages returned to the OS, or back to the copy-on-write image
//! it still maps; table: zeroed) and remembers what it holds, so the next
//! instance of the same module needs almost no system calls.

mod dirty_pages;
mod memory_pool;
mod reset;
mod slots;
mod table_pool;

pub use memory_pool::{MemoryPool, MemorySlot};
pub use table_pool::{TablePool, TableSlot};

use anyhow::{Result, bail};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// The pools' sizes (see the public `PoolingAllocationConfig`).
#[derive(Debug, Clone)]
pub struct PoolLimits {
    pub total_core_instances: u32,
    pub total_memories: u32,
    pub total_tables: u32,
    pub max_memories_per_module: u32,
    pub max_tables_per_module: u32,
    pub max_memory_size: usize,
    pub table_elements: usize,
    pub max_core_instance_size: usize,
    pub linear_memory_keep_resident: usize,
    pub table_keep_resident: usize,
    pub max_unused_warm_slots: u32,
}

impl Default for PoolLimits {
    fn default() -> PoolLimits {
        PoolLimits {
            total_core_instances: 1000,
            total_memories: 1000,
            total_tables: 1000,
            max_memories_per_module: 1,
            max_tables_per_module: 1,
            max_memory_size: 1 << 32,
            table_elements: 20_000,
            max_core_instance_size: 1 << 20,
            linear_memory_keep_resident: 0,
            table_keep_resident: 0,
            max_unused_warm_slots: 100,
        }
    }
}

/// A pool ran out of slots: too many instances, memories or tables alive
/// at once.
#[derive(Debug)]
pub struct PoolConcurrencyLimitError {
    limit: usize,
    kind: &'static str,
}

impl PoolConcurrencyLimitError {
    pub(crate) fn new(limit: usize, kind: &'static str) -> PoolConcurrencyLimitError {
        PoolConcurrencyLimitError { limit, kind }
    }
}

impl std::fmt::Display for PoolConcurrencyLimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "maximum concurrent limit of {} for {} reached",
            self.limit, self.kind
        )
    }
}

impl std::error::Error for PoolConcurrencyLimitError {}

/// What a module's instances take from the pools, checked once per module.
pub struct ModuleNeeds<'a> {
    pub defined_memories: &'a [u64],
    pub defined_tables: &'a [u64],
    pub vmctx_bytes: usize,
}

/// An engine's pools.
pub struct InstancePool {
    limits: PoolLimits,
    live_instances: AtomicU32,
    pub memories: Arc<MemoryPool>,
    pub tables: Arc<TablePool>,
}

impl std::fmt::Debug for InstancePool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstancePool")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl InstancePool {
    pub fn new(limits: &PoolLimits) -> Result<InstancePool> {
        Ok(InstancePool {
            memories: Arc::new(MemoryPool::new(limits)?),
            tables: Arc::new(TablePool::new(limits)?),
            live_instances: AtomicU32::new(0),
            limits: limits.clone(),
        })
    }

    /// Whether instances of a module with `needs` fit the pools; the
    /// error says which limit a module exceeds, as wasmtime's does.
    pub fn validate_module(&self, needs: &ModuleNeeds) -> Result<()> {
        let l = &self.limits;
        let memories = needs.defined_memories.len();
        if memories > l.max_memories_per_module as usize {
            bail!(
                "module memory does not fit in pooling allocator requirements: defined memories \
                 count of {memories} exceeds the per-instance limit of {}",
                l.max_memories_per_module
            );
        }
        let max_pages = self.memories.max_pages();
        for (i, &pages) in needs.defined_memories.iter().enumerate() {
            if pages > max_pages {
                bail!(
                    "module memory does not fit in pooling allocator requirements: memory index \
                     {i} has a minimum byte size of {} which exceeds the limit of {} bytes",
                    pages * 65536,
                    max_pages * 65536
                );
            }
        }
        let tables = needs.defined_tables.len();
        if tables > l.max_tables_per_module as usize {
            bail!(
                "module table does not fit in pooling allocator requirements: defined tables \
                 count of {tables} exceeds the per-instance limit of {}",
                l.max_tables_per_module
            );
        }
        for (i, &min) in needs.defined_tables.iter().enumerate() {
            if min > l.table_elements as u64 {
                bail!(
                    "module table does not fit in pooling allocator requirements: table index \
                     {i} has a minimum element size of {min} which exceeds the limit of {}",
                    l.table_elements
                );
            }
        }
        if needs.vmctx_bytes > l.max_core_instance_size {
            bail!(
                "module instance size does not fit in pooling allocator requirements: instance \
                 allocation for this module requires {} bytes which exceeds the configured \
                 maximum of {} bytes",
                needs.vmctx_bytes,
                l.max_core_instance_size
            );
        }
        Ok(())
    }

    /// Counts one more live instance, or fails if `total_core_instances`
    /// are alive; the count drops with the returned guard.
    pub fn live_instance(self: &Arc<Self>) -> Result<LiveInstance> {
        let old = self.live_instances.fetch_add(1, Ordering::AcqRel);
        if old >= self.limits.total_core_instances {
            self.live_instances.fetch_sub(1, Ordering::AcqRel);
            return Err(PoolConcurrencyLimitError::new(
                self.limits.total_core_instances as usize,
                "core instances",
            )
            .into());
        }
        Ok(LiveInstance { pool: self.clone() })
    }
}

/// One live instance counted against `total_core_instances`.
pub struct LiveInstance {
    pool: Arc<InstancePool>,
}

impl Drop for LiveInstance {
    fn drop(&mut self) {
        self.pool.live_instances.fetch_sub(1, Ordering::AcqRel);
    }
}
