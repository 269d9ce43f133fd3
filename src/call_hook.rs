//! Call hooks: a store callback run on every host↔wasm transition.

use crate::store::{Store, StoreContextMut, StoreInner, StoreOpaque};
use anyhow::Result;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};

/// A transition between the host and wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallHook {
    /// The host is about to call wasm.
    CallingWasm,
    /// Wasm returned (or trapped) to the host.
    ReturningFromWasm,
    /// Wasm (or the host) is about to call a host function.
    CallingHost,
    /// A host function returned.
    ReturningFromHost,
}

/// The store's erased call hook.
pub(crate) type CallHookFn = Box<dyn FnMut(*mut u8, CallHook) -> Result<()> + Send + Sync>;

impl<T> Store<T> {
    /// Runs `hook` on every transition; an error it returns stops the call
    /// at that point (as a trap when wasm is on the stack).
    pub fn call_hook(
        &mut self,
        mut hook: impl FnMut(StoreContextMut<'_, T>, CallHook) -> Result<()> + Send + Sync + 'static,
    ) {
        self.inner.opaque.call_hook = Some(Box::new(move |store: *mut u8, kind| {
            // SAFETY: the store passes its own `StoreOpaque`, the first field
            // of its `StoreInner<T>`.
            let inner = unsafe { &mut *store.cast::<StoreInner<T>>() };
            hook(StoreContextMut(inner), kind)
        }));
    }
}

impl StoreOpaque {
    /// Whether the store has a call hook.
    #[inline]
    pub(crate) fn has_call_hook(&self) -> bool {
        self.call_hook.is_some()
    }

    /// Runs the call hook, if any, for `kind`. Inlined: every host↔wasm
    /// transition checks for a hook, and most stores have none.
    #[inline]
    pub(crate) fn call_hook(&mut self, kind: CallHook) -> Result<()> {
        if self.call_hook.is_none() {
            return Ok(());
        }
        self.run_call_hook(kind)
    }

    #[cold]
    fn run_call_hook(&mut self, kind: CallHook) -> Result<()> {
        let Some(mut hook) = self.call_hook.take() else {
            return Ok(());
        };
        let store: *mut StoreOpaque = self;
        let result = catch_unwind(AssertUnwindSafe(|| hook(store.cast(), kind)));
        self.call_hook = Some(hook);
        result.unwrap_or_else(|panic| resume_unwind(panic))
    }
}
