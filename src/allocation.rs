//! How a store's instances get their memories and tables: made on demand
//! (the default), or taken from pools the engine reserves once
//! ([`PoolingAllocationConfig`]), as wasmtime's `InstanceAllocationStrategy`.

use crate::runtime::pool::PoolLimits;

/// Where instances' memories and tables come from.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum InstanceAllocationStrategy {
    /// Each memory and table is allocated when its instance is made and
    /// freed when its store is dropped.
    #[default]
    OnDemand,
    /// Memories and tables come from slots the engine reserves when it is
    /// created; a dropped store's slots are reset and reused.
    Pooling(PoolingAllocationConfig),
}

impl InstanceAllocationStrategy {
    /// Pooling with the default [`PoolingAllocationConfig`].
    pub fn pooling() -> InstanceAllocationStrategy {
        InstanceAllocationStrategy::Pooling(PoolingAllocationConfig::default())
    }
}

impl From<PoolingAllocationConfig> for InstanceAllocationStrategy {
    fn from(config: PoolingAllocationConfig) -> InstanceAllocationStrategy {
        InstanceAllocationStrategy::Pooling(config)
    }
}

/// The sizes of the pooling allocator's pools. Every linear-memory slot
/// reserves as much address space as an on-demand memory (8 GiB, so that
/// generated code needs no bounds checks), so `total_memories` slots
/// reserve `total_memories` × 8 GiB of address space, none of it
/// committed until used.
#[derive(Debug, Clone, Default)]
pub struct PoolingAllocationConfig {
    pub(crate) limits: PoolLimits,
}

impl PoolingAllocationConfig {
    /// The defaults: 1000 instances, memories and tables; one memory and
    /// one table per module; memories up to 4 GiB; tables up to 20,000
    /// elements; VMContexts up to 1 MiB; nothing kept resident.
    pub fn new() -> PoolingAllocationConfig {
        PoolingAllocationConfig::default()
    }

    /// Most instances alive at once, in all stores of the engine.
    pub fn total_core_instances(&mut self, count: u32) -> &mut Self {
        self.limits.total_core_instances = count;
        self
    }

    /// Most linear memories alive at once (the number of memory slots).
    pub fn total_memories(&mut self, count: u32) -> &mut Self {
        self.limits.total_memories = count;
        self
    }

    /// Most tables alive at once (the number of table slots).
    pub fn total_tables(&mut self, count: u32) -> &mut Self {
        self.limits.total_tables = count;
        self
    }

    /// Most memories a module may define.
    pub fn max_memories_per_module(&mut self, count: u32) -> &mut Self {
        self.limits.max_memories_per_module = count;
        self
    }

    /// Most tables a module may define.
    pub fn max_tables_per_module(&mut self, count: u32) -> &mut Self {
        self.limits.max_tables_per_module = count;
        self
    }

    /// Largest size, in bytes, a pooled memory may have or grow to
    /// (rounded down to whole wasm pages).
    pub fn max_memory_size(&mut self, bytes: usize) -> &mut Self {
        self.limits.max_memory_size = bytes;
        self
    }

    /// Most elements a pooled table may have or grow to.
    pub fn table_elements(&mut self, elements: usize) -> &mut Self {
        self.limits.table_elements = elements;
        self
    }

    /// Largest VMContext, in bytes, a module's instances may need.
    pub fn max_core_instance_size(&mut self, bytes: usize) -> &mut Self {
        self.limits.max_core_instance_size = bytes;
        self
    }

    /// Bytes at the start of each released memory slot that are zeroed in
    /// place and stay resident, instead of being returned to the OS.
    pub fn linear_memory_keep_resident(&mut self, bytes: usize) -> &mut Self {
        self.limits.linear_memory_keep_resident = bytes;
        self
    }

    /// As `linear_memory_keep_resident`, for table slots.
    pub fn table_keep_resident(&mut self, bytes: usize) -> &mut Self {
        self.limits.table_keep_resident = bytes;
        self
    }

    /// How many released memory slots that still hold another module's
    /// image are kept before such slots are reused ahead of fresh ones.
    pub fn max_unused_warm_slots(&mut self, count: u32) -> &mut Self {
        self.limits.max_unused_warm_slots = count;
        self
    }

    pub fn get_total_core_instances(&self) -> u32 {
        self.limits.total_core_instances
    }

    pub fn get_total_memories(&self) -> u32 {
        self.limits.total_memories
    }

    pub fn get_total_tables(&self) -> u32 {
        self.limits.total_tables
    }

    pub fn get_max_memories_per_module(&self) -> u32 {
        self.limits.max_memories_per_module
    }

    pub fn get_max_tables_per_module(&self) -> u32 {
        self.limits.max_tables_per_module
    }

    pub fn get_max_memory_size(&self) -> usize {
        self.limits.max_memory_size
    }

    pub fn get_table_elements(&self) -> usize {
        self.limits.table_elements
    }

    pub fn get_max_core_instance_size(&self) -> usize {
        self.limits.max_core_instance_size
    }

    pub fn get_memory_keep_resident(&self) -> usize {
        self.limits.linear_memory_keep_resident
    }

    pub fn get_table_keep_resident(&self) -> usize {
        self.limits.table_keep_resident
    }

    pub fn get_max_unused_warm_slots(&self) -> u32 {
        self.limits.max_unused_warm_slots
    }
}
