//! Stores own everything wasm creates or uses at run time — instances,
//! functions, memories, tables, globals — plus the embedder's data `T`.
//! Handles into a store are `Copy` values checked against its id.

use crate::call_hook::CallHookFn;
use crate::engine::Engine;
use crate::extern_ref::ExternTable;
use crate::func::{Caller, FuncData};
use crate::global::GlobalData;
use crate::instance::InstanceData;
use crate::interrupt::{EpochCallback, InterruptState, epoch_reached_hook};
use crate::limits::{LimiterAccessor, memory_growing_hook, table_growing_hook};
use crate::runtime::memory::LinearMemory;
use crate::runtime::table::TableStorage;
use crate::runtime::vmcontext::StoreHooks;
use crate::runtime::vmcontext::VMStoreContext;
use crate::store_type_cache::TypeCache;
use anyhow::{Result, bail};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_STORE_ID: AtomicU64 = AtomicU64::new(1);

/// The part of a store that does not depend on `T`.
pub struct StoreOpaque {
    pub(crate) id: u64,
    pub(crate) engine: Engine,
    pub(crate) vm: Box<VMStoreContext>,
    pub(crate) instances: Vec<InstanceData>,
    pub(crate) funcs: Vec<FuncData>,
    // Boxed: generated code holds pointers to these, so they must not move.
    #[allow(clippy::vec_box)]
    pub(crate) memories: Vec<Box<LinearMemory>>,
    #[allow(clippy::vec_box)]
    pub(crate) tables: Vec<Box<TableStorage>>,
    pub(crate) globals: Vec<GlobalData>,
    /// `VMFuncRef` address → index in `funcs`.
    pub(crate) funcref_index: HashMap<usize, usize>,
    /// Host values referenced by externrefs.
    pub(crate) externs: ExternTable,
    /// Host→wasm calls of this store currently running.
    pub(crate) active_calls: u32,
    /// Total fuel ever given to the store.
    pub(crate) fuel_added: u64,
    /// Epoch deadline, and the state interrupt handles share.
    pub(crate) epoch_deadline: u64,
    pub(crate) interrupt: Arc<InterruptState>,
    pub(crate) epoch_callback: Option<EpochCallback>,
    pub(crate) limiter: Option<LimiterAccessor>,
    pub(crate) call_hook: Option<CallHookFn>,
    /// An error raised inside a runtime callback (limiter, epoch callback)
    /// that the trap it caused should be reported as.
    pub(crate) pending_error: Option<anyhow::Error>,
    /// A panic caught in embedder code that ran below wasm frames (a host
    /// function, a limiter, an epoch callback, a call hook). Wasm is
    /// unwound with a trap, and the call that entered wasm resumes it.
    pub(crate) pending_panic: Option<Box<dyn std::any::Any + Send>>,
    /// Function types and host→wasm trampolines by type id.
    types: TypeCache,
}

/// The callbacks the runtime's builtins use to consult a store.
static STORE_HOOKS: StoreHooks = StoreHooks {
    epoch_reached: epoch_reached_hook,
    memory_growing: memory_growing_hook,
    table_growing: table_growing_hook,
};

/// A store with its data; `opaque` comes first so the runtime's untyped
/// store pointer can be cast back.
#[repr(C)]
pub struct StoreInner<T> {
    pub(crate) opaque: StoreOpaque,
    pub(crate) data: T,
}

/// A collection of wasm instances and host state.
pub struct Store<T> {
    pub(crate) inner: Box<StoreInner<T>>,
}

impl<T> Store<T> {
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        let interrupt = StoreOpaque::new_interrupt_state();
        let mut inner = Box::new(StoreInner {
            opaque: StoreOpaque {
                id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
                engine: engine.clone(),
                vm: Box::new(VMStoreContext {
                    epoch_ptr: engine.inner.epoch.as_ptr(),
                    epoch_deadline: &interrupt.deadline,
                    hooks: &STORE_HOOKS,
                    ..VMStoreContext::default()
                }),
                instances: Vec::new(),
                funcs: Vec::new(),
                memories: Vec::new(),
                tables: Vec::new(),
                globals: Vec::new(),
                funcref_index: HashMap::new(),
                externs: ExternTable::default(),
                active_calls: 0,
                fuel_added: 0,
                epoch_deadline: u64::MAX,
                interrupt,
                epoch_callback: None,
                limiter: None,
                call_hook: None,
                pending_error: None,
                pending_panic: None,
                types: TypeCache::default(),
            },
            data,
        });
        let opaque: *mut StoreOpaque = &mut inner.opaque;
        inner.opaque.vm.store = opaque.cast();
        Store { inner }
    }

    pub fn data(&self) -> &T {
        &self.inner.data
    }

    pub fn data_mut(&mut self) -> &mut T {
        &mut self.inner.data
    }

    pub fn into_data(self) -> T {
        let inner = *self.inner;
        inner.data
    }

    pub fn engine(&self) -> &Engine {
        &self.inner.opaque.engine
    }

    /// Reclaims `externref` host values that neither wasm (globals, tables)
    /// nor the host (`ExternRef` handles) can reach any more. Does nothing
    /// when called while wasm of this store is running.
    pub fn gc(&mut self) {
        self.inner.opaque.gc();
    }
}

impl<T: Default> Default for Store<T> {
    fn default() -> Store<T> {
        Store::new(&Engine::default(), T::default())
    }
}

impl<T> std::fmt::Debug for Store<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("id", &self.inner.opaque.id)
            .finish_non_exhaustive()
    }
}

impl StoreOpaque {
    /// The entry point of the host→wasm trampoline for function type
    /// `type_id` (a type of a function of this store).
    #[inline]
    pub(crate) fn entry_trampoline(&mut self, type_id: u32) -> Result<*const u8> {
        self.types.entry_trampoline(&self.engine, type_id)
    }

    /// How many raw value slots a call of a function of type `type_id`
    /// needs: the larger of its parameter and result counts.
    #[inline]
    pub(crate) fn value_slots(&mut self, type_id: u32) -> usize {
        self.types.value_slots(&self.engine, type_id)
    }

    /// The function type with id `type_id` (a type of a function of this
    /// store).
    #[inline]
    pub(crate) fn func_type(&mut self, type_id: u32) -> Arc<wasmparser::FuncType> {
        self.types.func_type(&self.engine, type_id)
    }

    /// Runs embedder code called by a runtime builtin, below wasm frames,
    /// where no panic may unwind: a panic is kept for the call that entered
    /// wasm to resume, and `on_panic` (which makes the wasm trap) is
    /// returned instead.
    pub(crate) fn catch_callback_panic<R>(
        &mut self,
        on_panic: R,
        f: impl FnOnce(&mut StoreOpaque) -> R,
    ) -> R {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(r) => r,
            Err(panic) => {
                self.pending_panic = Some(panic);
                on_panic
            }
        }
    }

    /// Panics unless a handle with `store_id` belongs to this store: for
    /// methods that cannot return an error (wasmtime panics there too).
    /// Embedders that must not panic check `comes_from_same_store` first.
    #[track_caller]
    pub(crate) fn assert_owns(&self, store_id: u64, what: &str) {
        if let Err(e) = self.check(store_id, what) {
            panic!("{e}");
        }
    }

    /// Fails unless a handle with `store_id` belongs to this store.
    pub(crate) fn check(&self, store_id: u64, what: &str) -> Result<()> {
        if store_id != self.id {
            bail!(
                "{what} used with the wrong store (it belongs to store {store_id}, this is store {})",
                self.id
            );
        }
        Ok(())
    }
}

/// A shared borrow of a store.
pub struct StoreContext<'a, T>(pub(crate) &'a StoreInner<T>);

/// An exclusive borrow of a store.
pub struct StoreContextMut<'a, T>(pub(crate) &'a mut StoreInner<T>);

impl<T> StoreContext<'_, T> {
    pub fn data(&self) -> &T {
        &self.0.data
    }
    pub fn engine(&self) -> &Engine {
        &self.0.opaque.engine
    }
}

impl<T> StoreContextMut<'_, T> {
    pub fn data(&self) -> &T {
        &self.0.data
    }
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.0.data
    }
    pub fn engine(&self) -> &Engine {
        &self.0.opaque.engine
    }
    /// As [`Store::gc`].
    pub fn gc(&mut self) {
        self.0.opaque.gc();
    }

    /// The store's id, as its handles carry it (for the C layer, whose
    /// externrefs name their store).
    pub(crate) fn store_id(&self) -> u64 {
        self.0.opaque.id
    }
}

/// Anything that gives shared access to a store.
pub trait AsContext {
    type Data;
    fn as_context(&self) -> StoreContext<'_, Self::Data>;
}

/// Anything that gives exclusive access to a store.
pub trait AsContextMut: AsContext {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, Self::Data>;
}

impl<T> AsContext for Store<T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(&self.inner)
    }
}

impl<T> AsContextMut for Store<T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut(&mut self.inner)
    }
}

impl<T> AsContext for StoreContext<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(self.0)
    }
}

impl<T> AsContext for StoreContextMut<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(self.0)
    }
}

impl<T> AsContextMut for StoreContextMut<'_, T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut(self.0)
    }
}

impl<T> AsContext for Caller<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(self.store)
    }
}

impl<T> AsContextMut for Caller<'_, T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut(self.store)
    }
}

impl<C: AsContext + ?Sized> AsContext for &C {
    type Data = C::Data;
    fn as_context(&self) -> StoreContext<'_, C::Data> {
        (**self).as_context()
    }
}

impl<C: AsContext + ?Sized> AsContext for &mut C {
    type Data = C::Data;
    fn as_context(&self) -> StoreContext<'_, C::Data> {
        (**self).as_context()
    }
}

impl<C: AsContextMut + ?Sized> AsContextMut for &mut C {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, C::Data> {
        (**self).as_context_mut()
    }
}

impl<'a, T> From<&'a Store<T>> for StoreContext<'a, T> {
    fn from(s: &'a Store<T>) -> Self {
        StoreContext(&s.inner)
    }
}

impl<'a, T> From<&'a mut Store<T>> for StoreContext<'a, T> {
    fn from(s: &'a mut Store<T>) -> Self {
        StoreContext(&s.inner)
    }
}

impl<'a, T> From<&'a mut Store<T>> for StoreContextMut<'a, T> {
    fn from(s: &'a mut Store<T>) -> Self {
        StoreContextMut(&mut s.inner)
    }
}

impl<'a, T> From<StoreContextMut<'a, T>> for StoreContext<'a, T> {
    fn from(s: StoreContextMut<'a, T>) -> Self {
        StoreContext(s.0)
    }
}

impl<'a, T> From<&'a Caller<'_, T>> for StoreContext<'a, T> {
    fn from(c: &'a Caller<'_, T>) -> Self {
        StoreContext(c.store)
    }
}

impl<'a, T> From<&'a mut Caller<'_, T>> for StoreContext<'a, T> {
    fn from(c: &'a mut Caller<'_, T>) -> Self {
        StoreContext(c.store)
    }
}

impl<'a, T> From<&'a mut Caller<'_, T>> for StoreContextMut<'a, T> {
    fn from(c: &'a mut Caller<'_, T>) -> Self {
        StoreContextMut(c.store)
    }
}

impl<'a, T> From<&'a StoreContextMut<'_, T>> for StoreContext<'a, T> {
    fn from(c: &'a StoreContextMut<'_, T>) -> Self {
        StoreContext(c.0)
    }
}

impl<'a, T> From<&'a mut StoreContextMut<'_, T>> for StoreContextMut<'a, T> {
    fn from(c: &'a mut StoreContextMut<'_, T>) -> Self {
        StoreContextMut(c.0)
    }
}

/// `comes_from_same_store` for every store handle type.
macro_rules! comes_from_same_store {
    ($($ty:ty),*) => {$(
        impl $ty {
            /// Whether this handle belongs to `store`. Used with another
            /// store, methods that return a `Result` fail and the others
            /// panic; this asks without either.
            pub fn comes_from_same_store(&self, store: impl AsContext) -> bool {
                store.as_context().0.opaque.id == self.store_id
            }
        }
    )*};
}

comes_from_same_store!(
    crate::Func,
    crate::Memory,
    crate::Table,
    crate::Global,
    crate::Instance
);

impl crate::Extern {
    /// Whether this item belongs to `store` (see `Func::comes_from_same_store`).
    pub fn comes_from_same_store(&self, store: impl AsContext) -> bool {
        match self {
            crate::Extern::Func(f) => f.comes_from_same_store(store),
            crate::Extern::Memory(m) => m.comes_from_same_store(store),
            crate::Extern::Table(t) => t.comes_from_same_store(store),
            crate::Extern::Global(g) => g.comes_from_same_store(store),
        }
    }
}
