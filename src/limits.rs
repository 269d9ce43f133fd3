//! Resource limits: a store's `ResourceLimiter` decides how far memories
//! and tables may grow and how many instances, memories and tables it may
//! hold (10,000 each by default).

use crate::runtime::vmcontext::GrowDecision;
use crate::store::{Store, StoreInner, StoreOpaque};
use anyhow::{Result, bail};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};

/// The default bound on instances, memories and tables in one store.
pub const DEFAULT_INSTANCE_LIMIT: usize = 10_000;
pub const DEFAULT_TABLE_LIMIT: usize = 10_000;
pub const DEFAULT_MEMORY_LIMIT: usize = 10_000;

/// Decides on resource use in a store.
pub trait ResourceLimiter: Send {
    /// A memory wants to grow from `current` to `desired` bytes (`maximum`
    /// is its declared maximum). `Ok(false)` denies the growth
    /// (`memory.grow` returns -1); an error traps the running wasm.
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool>;
    /// A table wants to grow from `current` to `desired` elements.
    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> Result<bool>;
    /// Most instances the store may hold.
    fn instances(&self) -> usize {
        DEFAULT_INSTANCE_LIMIT
    }
    /// Most tables the store may hold.
    fn tables(&self) -> usize {
        DEFAULT_TABLE_LIMIT
    }
    /// Most memories the store may hold.
    fn memories(&self) -> usize {
        DEFAULT_MEMORY_LIMIT
    }
}

/// A ready-made limiter built with [`StoreLimitsBuilder`].
#[derive(Debug, Clone)]
pub struct StoreLimits {
    memory_size: Option<usize>,
    table_elements: Option<usize>,
    instances: usize,
    tables: usize,
    memories: usize,
    trap_on_grow_failure: bool,
}

/// Builds [`StoreLimits`].
#[derive(Debug, Clone)]
pub struct StoreLimitsBuilder(StoreLimits);

impl Default for StoreLimitsBuilder {
    fn default() -> Self {
        StoreLimitsBuilder(StoreLimits {
            memory_size: None,
            table_elements: None,
            instances: DEFAULT_INSTANCE_LIMIT,
            tables: DEFAULT_TABLE_LIMIT,
            memories: DEFAULT_MEMORY_LIMIT,
            trap_on_grow_failure: false,
        })
    }
}

impl StoreLimitsBuilder {
    pub fn new() -> Self {
        Self::default()
    }
    /// Most bytes any one memory may have.
    pub fn memory_size(mut self, bytes: usize) -> Self {
        self.0.memory_size = Some(bytes);
        self
    }
    /// Most elements any one table may have.
    pub fn table_elements(mut self, elements: usize) -> Self {
        self.0.table_elements = Some(elements);
        self
    }
    pub fn instances(mut self, n: usize) -> Self {
        self.0.instances = n;
        self
    }
    pub fn tables(mut self, n: usize) -> Self {
        self.0.tables = n;
        self
    }
    pub fn memories(mut self, n: usize) -> Self {
        self.0.memories = n;
        self
    }
    /// Trap instead of returning -1 when a growth is denied.
    pub fn trap_on_grow_failure(mut self, trap: bool) -> Self {
        self.0.trap_on_grow_failure = trap;
        self
    }
    pub fn build(self) -> StoreLimits {
        self.0
    }
}

impl StoreLimits {
    fn decide(&self, what: &str, desired: usize, limit: Option<usize>) -> Result<bool> {
        match limit {
            Some(limit) if desired > limit => {
                if self.trap_on_grow_failure {
                    bail!("forcing trap when growing {what} to {desired}: limit is {limit}");
                }
                Ok(false)
            }
            _ => Ok(true),
        }
    }
}

impl ResourceLimiter for StoreLimits {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        self.decide("memory", desired, self.memory_size)
    }
    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        self.decide("table", desired, self.table_elements)
    }
    fn instances(&self) -> usize {
        self.instances
    }
    fn tables(&self) -> usize {
        self.tables
    }
    fn memories(&self) -> usize {
        self.memories
    }
}

/// The store's erased limiter accessor: given the store, the limiter.
pub(crate) type LimiterAccessor =
    Box<dyn FnMut(*mut u8) -> *mut (dyn ResourceLimiter + 'static) + Send + Sync>;

impl<T> Store<T> {
    /// Installs a limiter, found in the store's data by `limiter`.
    pub fn limiter(
        &mut self,
        mut limiter: impl FnMut(&mut T) -> &mut (dyn ResourceLimiter + 'static) + Send + Sync + 'static,
    ) {
        self.inner.opaque.limiter = Some(Box::new(move |store: *mut u8| {
            // SAFETY: the store passes its own `StoreOpaque`, the first field
            // of its `StoreInner<T>`.
            let inner = unsafe { &mut *store.cast::<StoreInner<T>>() };
            limiter(&mut inner.data) as *mut (dyn ResourceLimiter + 'static)
        }));
    }
}

/// What the limiter asks for.
pub(crate) enum Limit {
    Instances,
    Tables,
    Memories,
}

impl StoreOpaque {
    /// Runs `f` with the store's limiter, if one is installed.
    fn with_limiter<R>(&mut self, f: impl FnOnce(&mut dyn ResourceLimiter) -> R) -> Option<R> {
        let mut accessor = self.limiter.take()?;
        let store: *mut StoreOpaque = self;
        // SAFETY: the accessor returns a limiter inside the store's data,
        // which stays live and is not otherwise borrowed during `f`.
        let result = catch_unwind(AssertUnwindSafe(|| {
            f(unsafe { &mut *accessor(store.cast()) })
        }));
        self.limiter = Some(accessor);
        Some(result.unwrap_or_else(|panic| resume_unwind(panic)))
    }

    /// The count limit of a kind of store object.
    pub(crate) fn limit(&mut self, what: Limit) -> usize {
        let default = match what {
            Limit::Instances => DEFAULT_INSTANCE_LIMIT,
            Limit::Tables => DEFAULT_TABLE_LIMIT,
            Limit::Memories => DEFAULT_MEMORY_LIMIT,
        };
        self.with_limiter(|l| match what {
            Limit::Instances => l.instances(),
            Limit::Tables => l.tables(),
            Limit::Memories => l.memories(),
        })
        .unwrap_or(default)
    }

    /// Fails if adding `adding` objects would exceed the store's bound.
    pub(crate) fn check_count(&mut self, what: Limit, adding: usize) -> Result<()> {
        let (name, have) = match what {
            Limit::Instances => ("instance", self.instances.len()),
            Limit::Tables => ("table", self.tables.len()),
            Limit::Memories => ("memory", self.memories.len()),
        };
        let limit = self.limit(what);
        if have + adding > limit {
            bail!(
                "resource limit exceeded: {name} count too high at {}",
                have + adding
            );
        }
        Ok(())
    }

    /// Asks the limiter about a growth; an error is kept for the caller.
    pub(crate) fn growing(
        &mut self,
        memory: bool,
        current: usize,
        desired: usize,
        max: Option<usize>,
    ) -> Result<bool> {
        self.with_limiter(|l| {
            if memory {
                l.memory_growing(current, desired, max)
            } else {
                l.table_growing(current, desired, max)
            }
        })
        .unwrap_or(Ok(true))
    }
}

fn decision(
    store: *mut u8,
    memory: bool,
    current: usize,
    desired: usize,
    max: Option<usize>,
) -> GrowDecision {
    // SAFETY: the runtime passes the live `StoreOpaque` the hooks belong to.
    let store = unsafe { &mut *store.cast::<StoreOpaque>() };
    store.catch_callback_panic(GrowDecision::Error, |store| {
        match store.growing(memory, current, desired, max) {
            Ok(true) => GrowDecision::Allow,
            Ok(false) => GrowDecision::Deny,
            Err(e) => {
                store.pending_error = Some(e);
                GrowDecision::Error
            }
        }
    })
}

/// Runtime hook: a memory of the store at `store` wants to grow.
///
/// # Safety
/// `store` must be the live `StoreOpaque` the hook was installed for.
pub(crate) unsafe fn memory_growing_hook(
    store: *mut u8,
    current: usize,
    desired: usize,
    max: Option<usize>,
) -> GrowDecision {
    decision(store, true, current, desired, max)
}

/// Runtime hook: a table of the store at `store` wants to grow.
///
/// # Safety
/// `store` must be the live `StoreOpaque` the hook was installed for.
pub(crate) unsafe fn table_growing_hook(
    store: *mut u8,
    current: usize,
    desired: usize,
    max: Option<usize>,
) -> GrowDecision {
    decision(store, false, current, desired, max)
}
