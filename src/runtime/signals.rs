//! Process-wide signal handlers that turn faults in wasm code into traps,
//! and a per-thread alternate signal stack. Faults anywhere else go to the
//! handler that was installed before wasmrt's.

use super::code_memory::with_code;
use super::traps::record_wasm_trap;
use super::unwind::wasmrt_longjmp;
use std::cell::{RefCell, UnsafeCell};
use std::mem::MaybeUninit;
use std::sync::Once;

const SIGNALS: [libc::c_int; 4] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE];

/// The handlers that were installed before ours, by position in `SIGNALS`.
struct Previous(UnsafeCell<[MaybeUninit<libc::sigaction>; 4]>);

// SAFETY: written once inside `INSTALL` before any handler of ours can run,
// read-only afterwards.
unsafe impl Sync for Previous {}

static PREVIOUS: Previous = Previous(UnsafeCell::new([MaybeUninit::uninit(); 4]));
static INSTALL: Once = Once::new();

/// Installs the handlers once per process.
pub fn install() {
    INSTALL.call_once(|| {
        for (i, &sig) in SIGNALS.iter().enumerate() {
            // SAFETY: sigaction with a fully initialised struct; PREVIOUS is
            // written only here, inside `Once`, before our handler can run.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = handler as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut action.sa_mask);
                let prev = (*PREVIOUS.0.get())[i].as_mut_ptr();
                if libc::sigaction(sig, &action, prev) != 0 {
                    panic!("failed to install handler for signal {sig}");
                }
            }
        }
    });
}

unsafe extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext for SA_SIGINFO handlers.
    let uc = unsafe { &mut *ctx.cast::<libc::ucontext_t>() };
    let gregs = &mut uc.uc_mcontext.gregs;
    let pc = gregs[libc::REG_RIP as usize] as usize;
    let fp = gregs[libc::REG_RBP as usize] as usize;
    if let Some(Some(code)) = with_code(pc, |c| c.trap_at(pc)) {
        // SAFETY: the fault happened in wasm code on this thread.
        if let Some(buf) = unsafe { record_wasm_trap(code, pc, fp) } {
            // Resume in `wasmrt_longjmp(buf)` once the handler returns.
            gregs[libc::REG_RIP as usize] = wasmrt_longjmp as *const () as usize as i64;
            gregs[libc::REG_RDI as usize] = buf as usize as i64;
            return;
        }
    }
    // SAFETY: forwarding to the previous handler as the kernel would.
    unsafe { forward(sig, info, ctx) }
}

/// Hands a signal that is not a wasm trap to the previously installed handler.
unsafe fn forward(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let Some(i) = SIGNALS.iter().position(|&s| s == sig) else {
        return;
    };
    // SAFETY: PREVIOUS[i] was initialised by `install` before our handler.
    let prev = unsafe { (*PREVIOUS.0.get())[i].assume_init_ref() };
    let action = prev.sa_sigaction;
    if action == libc::SIG_DFL || action == libc::SIG_IGN {
        if action == libc::SIG_DFL {
            // Restore the default action; the faulting instruction runs again
            // and the process ends as it would have without wasmrt.
            // SAFETY: reinstalling the saved action for this signal.
            unsafe { libc::sigaction(sig, prev, std::ptr::null_mut()) };
        }
        return;
    }
    if prev.sa_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: the previous handler was registered with this signature.
        let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
            unsafe { std::mem::transmute(action) };
        f(sig, info, ctx);
    } else {
        // SAFETY: the previous handler was registered with this signature.
        let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(action) };
        f(sig);
    }
}

/// An alternate signal stack owned by this thread.
struct AltStack {
    ptr: *mut libc::c_void,
    len: usize,
}

impl Drop for AltStack {
    fn drop(&mut self) {
        // SAFETY: disable the alternate stack before unmapping it.
        unsafe {
            let mut ss: libc::stack_t = std::mem::zeroed();
            ss.ss_flags = libc::SS_DISABLE;
            libc::sigaltstack(&ss, std::ptr::null_mut());
            libc::munmap(self.ptr, self.len);
        }
    }
}

thread_local! {
    static ALT_STACK: RefCell<Option<AltStack>> = const { RefCell::new(None) };
}

const ALT_STACK_SIZE: usize = 64 * 1024;

/// Makes sure this thread can take wasm traps: handlers installed and an
/// alternate signal stack present.
pub fn prepare_thread() {
    install();
    ALT_STACK.with(|cell| {
        if cell.borrow().is_some() {
            return;
        }
        // SAFETY: querying the current alternate stack.
        let mut old: libc::stack_t = unsafe { std::mem::zeroed() };
        unsafe { libc::sigaltstack(std::ptr::null(), &mut old) };
        if old.ss_flags & libc::SS_DISABLE == 0 && old.ss_size >= ALT_STACK_SIZE {
            return;
        }
        let page = super::code_memory::page_size();
        let len = ALT_STACK_SIZE + page;
        // SAFETY: a fresh anonymous mapping whose lowest page is a guard.
        unsafe {
            let ptr = libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            );
            if ptr == libc::MAP_FAILED {
                return;
            }
            let stack = ptr.cast::<u8>().add(page).cast::<libc::c_void>();
            libc::mprotect(stack, ALT_STACK_SIZE, libc::PROT_READ | libc::PROT_WRITE);
            let ss = libc::stack_t {
                ss_sp: stack,
                ss_flags: 0,
                ss_size: ALT_STACK_SIZE,
            };
            libc::sigaltstack(&ss, std::ptr::null_mut());
            *cell.borrow_mut() = Some(AltStack { ptr, len });
        }
    });
}
