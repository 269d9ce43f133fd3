//! Entering wasm with traps armed, and leaving it early: a trap (from a
//! signal, a trap instruction or a host function) unwinds straight back to
//! the most recent host→wasm entry on this thread.

use super::backtrace::{RawFrame, walk};
use super::signals;
use super::thread_stack::wasm_stack_floor;
use super::unwind::{JmpBuf, call_with_jmpbuf, wasmrt_longjmp};
use super::vmcontext::VMStoreContext;
use crate::environ::TrapCode;
use std::any::Any;
use std::cell::Cell;

/// Why wasm execution stopped early.
pub enum UnwindReason {
    /// A trap in wasm code.
    Wasm(TrapCode),
    /// A host function returned an error.
    Host(anyhow::Error),
    /// A host function panicked.
    Panic(Box<dyn Any + Send>),
}

/// An early exit with its captured frames: those of a wasm trap, or of
/// the wasm that called a host function whose error carried no backtrace
/// yet (an error passed up through nested host levels keeps the one it
/// has, so re-raising it costs nothing per level).
pub struct Unwound {
    pub reason: UnwindReason,
    pub frames: Vec<RawFrame>,
}

/// State of one host→wasm activation on this thread.
pub struct CallThreadState {
    jmpbuf: JmpBuf,
    unwound: Option<Unwound>,
    prev: *mut CallThreadState,
    /// The store's last wasm exit point when this activation began.
    saved_exit: (usize, usize),
}

/// What this thread knows about running wasm, in one thread-local so that
/// entering wasm reads it once.
struct ThreadState {
    /// The innermost activation (null if none).
    current: Cell<*mut CallThreadState>,
    /// Whether the thread is ready to take traps (`signals::prepare_thread`).
    prepared: Cell<bool>,
    /// The lowest stack address wasm may use (`wasm_stack_floor`), known
    /// once `prepared` is set.
    stack_floor: Cell<usize>,
}

thread_local! {
    static THREAD: ThreadState = const {
        ThreadState {
            current: Cell::new(std::ptr::null_mut()),
            prepared: Cell::new(false),
            stack_floor: Cell::new(0),
        }
    };
}

/// This thread's state, found once per entry into wasm.
#[inline]
fn this_thread() -> &'static ThreadState {
    // SAFETY: the thread-local has no destructor, so it lives (at a fixed
    // address) as long as the thread, and only this thread sees it.
    THREAD.with(|t| unsafe { &*(t as *const ThreadState) })
}

/// The innermost activation on this thread (null if none).
pub fn current() -> *mut CallThreadState {
    this_thread().current.get()
}

fn approximate_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Runs `f` (which calls into wasm) so that traps return here as `Err`.
///
/// # Safety
/// `store` must be the live store context of the store `f` runs in.
#[inline]
pub unsafe fn catch_traps<F: FnOnce()>(
    store: *mut VMStoreContext,
    max_wasm_stack: usize,
    f: F,
) -> Result<(), Unwound> {
    let thread = this_thread();
    if !thread.prepared.get() {
        signals::prepare_thread();
        thread.stack_floor.set(wasm_stack_floor());
        thread.prepared.set(true);
    }
    // SAFETY: the caller guarantees `store` is live for this call.
    let store_ref = unsafe { &mut *store };
    let old_limit = store_ref.stack_limit;
    if old_limit == usize::MAX {
        let wanted = approximate_sp().saturating_sub(max_wasm_stack);
        store_ref.stack_limit = wanted.max(thread.stack_floor.get());
    }
    let saved_exit = (store_ref.last_exit_pc, store_ref.last_exit_fp);
    store_ref.last_exit_pc = 0;
    store_ref.last_exit_fp = 0;
    let mut state = CallThreadState {
        jmpbuf: JmpBuf::default(),
        unwound: None,
        prev: thread.current.get(),
        saved_exit,
    };
    thread.current.set(&raw mut state);
    let ok = call_with_jmpbuf(&raw mut state.jmpbuf, f);
    thread.current.set(state.prev);
    // SAFETY: as above.
    let store_ref = unsafe { &mut *store };
    store_ref.stack_limit = old_limit;
    store_ref.last_exit_pc = saved_exit.0;
    store_ref.last_exit_fp = saved_exit.1;
    if ok {
        Ok(())
    } else {
        Err(state.unwound.take().unwrap_or(Unwound {
            reason: UnwindReason::Wasm(TrapCode::UnreachableCodeReached),
            frames: Vec::new(),
        }))
    }
}

/// Captures the wasm frames of every activation, starting at `(pc, fp)` in
/// the innermost one.
///
/// # Safety
/// `state` must be the current activation and `(pc, fp)` a live frame of it.
unsafe fn capture(state: *mut CallThreadState, pc: usize, fp: usize, exact: bool) -> Vec<RawFrame> {
    let mut frames = Vec::new();
    let (mut pc, mut fp, mut exact) = (pc, fp, exact);
    let mut st = state;
    while !st.is_null() {
        // SAFETY: frames of live activations are intact.
        unsafe { walk(pc, fp, exact, &mut frames) };
        // SAFETY: activations form a valid linked list while they run.
        let s = unsafe { &*st };
        (pc, fp) = s.saved_exit;
        exact = false;
        if pc == 0 {
            break;
        }
        st = s.prev;
    }
    frames
}

/// Records a trap at `(pc, fp)` in the current activation and returns the
/// jump buffer to resume at. Called from the signal handler.
///
/// # Safety
/// Must be called on the thread running the wasm code at `pc`.
pub unsafe fn record_wasm_trap(code: TrapCode, pc: usize, fp: usize) -> Option<*const JmpBuf> {
    let state = current();
    if state.is_null() {
        return None;
    }
    // SAFETY: the activation is live; the fault happened inside it.
    let frames = unsafe { capture(state, pc, fp, true) };
    // SAFETY: as above; nothing else touches `unwound` while wasm runs.
    let s = unsafe { &mut *state };
    s.unwound = Some(Unwound {
        reason: UnwindReason::Wasm(code),
        frames,
    });
    Some(&raw const s.jmpbuf)
}

/// Unwinds from a host function called by wasm back to the activation's
/// entry, reporting `reason`. With `backtrace_from` (the store's exit
/// point into the host, `(pc, fp)`), the wasm frames below it are captured
/// for the error; without, none are (the error has its own, or is a
/// panic).
///
/// # Safety
/// Must be called from a host frame entered from wasm of the current
/// activation, with no live values needing drop in any frame it skips;
/// `backtrace_from` must be that activation's recorded exit point.
pub unsafe fn raise(reason: UnwindReason, backtrace_from: Option<(usize, usize)>) -> ! {
    let state = current();
    assert!(!state.is_null(), "raise outside of wasm");
    let frames = match backtrace_from {
        // SAFETY: the exit point is a live frame of this activation.
        Some((pc, fp)) if pc != 0 => unsafe { capture(state, pc, fp, false) },
        _ => Vec::new(),
    };
    // SAFETY: the activation is live while wasm runs.
    let s = unsafe { &mut *state };
    s.unwound = Some(Unwound { reason, frames });
    let buf = &raw const s.jmpbuf;
    // SAFETY: `buf` was armed by `catch_traps` of this live activation.
    unsafe { wasmrt_longjmp(buf) }
}
