//! wasmrt's signal handlers chain to the handler that was installed before
//! them: a fault in wasm is a trap, any other SIGSEGV still reaches the
//! embedder's own handler.
//!
//! This is its own test binary with a single test, so that the handler below
//! is installed before any `Engine` exists in the process.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use wasmrt::{Engine, Instance, Module, Store, Trap, TrapCode};

static HANDLER_RAN: AtomicBool = AtomicBool::new(false);
static HANDLER_SIGNAL: AtomicUsize = AtomicUsize::new(0);

extern "C" fn on_sigsegv(
    signal: libc::c_int,
    _info: *mut libc::siginfo_t,
    _context: *mut libc::c_void,
) {
    HANDLER_SIGNAL.store(signal as usize, Ordering::SeqCst);
    HANDLER_RAN.store(true, Ordering::SeqCst);
}

#[test]
fn embedder_sigsegv_handler_still_runs() {
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigsegv as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO;
        libc::sigemptyset(&mut action.sa_mask);
        assert_eq!(
            libc::sigaction(libc::SIGSEGV, &action, std::ptr::null_mut()),
            0
        );
    }

    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
             (memory 1)
             (func (export "load") (param i32) (result i32) local.get 0 i32.load))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let load = instance
        .get_typed_func::<i32, i32>(&mut store, "load")
        .unwrap();

    // A fault inside wasm is wasmrt's: a trap, not the embedder's handler.
    for _ in 0..2 {
        let err = load.call(&mut store, 0x10_0000).unwrap_err();
        let trap = err
            .downcast_ref::<Trap>()
            .unwrap_or_else(|| panic!("expected a trap, got {err:?}"));
        assert_eq!(trap.code(), TrapCode::MemoryOutOfBounds);
        assert!(!HANDLER_RAN.load(Ordering::SeqCst));
        assert_eq!(load.call(&mut store, 0).unwrap(), 0);
    }

    // A SIGSEGV outside wasm goes on to the handler that was there before.
    assert_eq!(unsafe { libc::raise(libc::SIGSEGV) }, 0);
    assert!(HANDLER_RAN.load(Ordering::SeqCst));
    assert_eq!(
        HANDLER_SIGNAL.load(Ordering::SeqCst),
        libc::SIGSEGV as usize
    );

    // And wasm traps still work after that.
    let err = load.call(&mut store, -4).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>().map(Trap::code),
        Some(TrapCode::MemoryOutOfBounds)
    );
}
