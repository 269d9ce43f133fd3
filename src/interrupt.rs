//! Epoch-based interruption: the store's deadline, what happens when it is
//! reached, and `InterruptHandle`s that stop running wasm from any thread.

use crate::store::{Store, StoreContextMut, StoreInner, StoreOpaque};
use anyhow::{Result, bail};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// What an epoch-deadline callback asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateDeadline {
    /// Keep running; the new deadline is this many epochs from now.
    Continue(u64),
}

/// State shared between a store and its interrupt handles.
#[derive(Debug)]
pub(crate) struct InterruptState {
    /// The deadline generated code compares with (0 while an interrupt is pending).
    pub deadline: AtomicU64,
    pub requested: AtomicBool,
}

/// The store's erased epoch callback.
pub(crate) type EpochCallback = Box<dyn FnMut(*mut u8) -> Result<UpdateDeadline> + Send + Sync>;

/// Makes wasm running in a store trap with "interrupt" at its next function
/// entry or loop header. `Send + Sync`: use it from any thread.
#[derive(Debug, Clone)]
pub struct InterruptHandle {
    state: Arc<InterruptState>,
}

impl InterruptHandle {
    /// Requests an interrupt; it is delivered (and consumed) once.
    pub fn interrupt(&self) {
        self.state.requested.store(true, Ordering::SeqCst);
        self.state.deadline.store(0, Ordering::SeqCst);
    }
}

impl StoreOpaque {
    pub(crate) fn new_interrupt_state() -> Arc<InterruptState> {
        Arc::new(InterruptState {
            deadline: AtomicU64::new(u64::MAX),
            requested: AtomicBool::new(false),
        })
    }

    fn set_deadline_after(&mut self, delta: u64) {
        let now = self.engine.inner.epoch.load(Ordering::SeqCst);
        self.set_deadline(now.saturating_add(delta));
    }

    fn set_deadline(&mut self, deadline: u64) {
        self.epoch_deadline = deadline;
        if !self.interrupt.requested.load(Ordering::SeqCst) {
            self.interrupt.deadline.store(deadline, Ordering::SeqCst);
        }
    }

    /// Called by generated code (through the runtime) when the deadline was
    /// reached; returns true to trap.
    fn epoch_reached(&mut self) -> bool {
        // Restore the real deadline first, then consume a pending interrupt,
        // so an interrupt arriving in between is not lost.
        self.interrupt
            .deadline
            .store(self.epoch_deadline, Ordering::SeqCst);
        if self.interrupt.requested.swap(false, Ordering::SeqCst) {
            return true;
        }
        let Some(mut callback) = self.epoch_callback.take() else {
            return true;
        };
        let store: *mut StoreOpaque = self;
        let result = catch_unwind(AssertUnwindSafe(|| callback(store.cast())));
        self.epoch_callback = Some(callback);
        let result = result.unwrap_or_else(|panic| resume_unwind(panic));
        match result {
            Ok(UpdateDeadline::Continue(delta)) => {
                self.set_deadline_after(delta);
                false
            }
            Err(e) => {
                self.pending_error = Some(e);
                true
            }
        }
    }
}

/// Runtime hook: the epoch deadline of the store at `store` was reached.
///
/// # Safety
/// `store` must be the live `StoreOpaque` the hook was installed for.
pub(crate) unsafe fn epoch_reached_hook(store: *mut u8) -> bool {
    // SAFETY: guaranteed by the caller.
    let store = unsafe { &mut *store.cast::<StoreOpaque>() };
    store.catch_callback_panic(true, StoreOpaque::epoch_reached)
}

impl StoreOpaque {
    fn interrupt_handle(&self) -> Result<InterruptHandle> {
        if !self.engine.config().epoch_interruption {
            bail!(
                "epoch interruption is not enabled in this store's engine (Config::epoch_interruption)"
            );
        }
        Ok(InterruptHandle {
            state: self.interrupt.clone(),
        })
    }
}

impl<T> Store<T> {
    /// Sets the deadline to `delta` epochs after the engine's current one.
    /// Until a deadline is set, wasm runs without one.
    pub fn set_epoch_deadline(&mut self, delta: u64) {
        self.inner.opaque.set_deadline_after(delta);
    }

    /// Reaching the deadline traps with "interrupt" (the default).
    pub fn epoch_deadline_trap(&mut self) {
        self.inner.opaque.epoch_callback = None;
    }

    /// Reaching the deadline calls `callback`, which may extend the
    /// deadline or return an error (the running wasm then fails with it).
    pub fn epoch_deadline_callback(
        &mut self,
        mut callback: impl FnMut(StoreContextMut<'_, T>) -> Result<UpdateDeadline>
        + Send
        + Sync
        + 'static,
    ) {
        self.inner.opaque.epoch_callback = Some(Box::new(move |store: *mut u8| {
            // SAFETY: the runtime passes this store's `StoreOpaque`, the
            // first field of its `StoreInner<T>`.
            let inner = unsafe { &mut *store.cast::<StoreInner<T>>() };
            callback(StoreContextMut(inner))
        }));
    }

    /// A handle that interrupts wasm running in this store from any thread.
    /// Errors unless the engine has epoch interruption enabled.
    pub fn interrupt_handle(&self) -> Result<InterruptHandle> {
        self.inner.opaque.interrupt_handle()
    }
}

impl<T> StoreContextMut<'_, T> {
    /// Sets the deadline to `delta` epochs after the engine's current one
    /// (as [`Store::set_epoch_deadline`]; usable inside callbacks).
    pub fn set_epoch_deadline(&mut self, delta: u64) {
        self.0.opaque.set_deadline_after(delta);
    }

    /// As [`Store::interrupt_handle`].
    pub fn interrupt_handle(&self) -> Result<InterruptHandle> {
        self.0.opaque.interrupt_handle()
    }
}
