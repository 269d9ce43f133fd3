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

type Handler = extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void);

/// Installs `handler` as this process's SIGSEGV handler (as an embedder would).
fn install_sigsegv_handler(handler: Handler) {
    // SAFETY: a fully initialised sigaction for a valid handler function.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO;
        libc::sigemptyset(&mut action.sa_mask);
        assert_eq!(
            libc::sigaction(libc::SIGSEGV, &action, std::ptr::null_mut()),
            0
        );
    }
}

#[test]
fn embedder_sigsegv_handler_still_runs() {
    install_sigsegv_handler(on_sigsegv);

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

/// Exit code the child's own SIGSEGV handler ends the process with.
const CHILD_HANDLER_EXIT: i32 = 42;

extern "C" fn exit_on_sigsegv(_: libc::c_int, _: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // SAFETY: `_exit` is async-signal-safe.
    unsafe { libc::_exit(CHILD_HANDLER_EXIT) }
}

/// Run only as a child of `real_fault_outside_wasm_reaches_embedder_handler`:
/// installs a handler that exits with a known code, takes a wasm trap, then
/// reads through a null pointer in plain Rust code.
#[test]
#[ignore = "run as a child process by real_fault_outside_wasm_reaches_embedder_handler"]
fn real_fault_child() {
    install_sigsegv_handler(exit_on_sigsegv);
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (memory 1)
             (func (export "load") (param i32) (result i32) local.get 0 i32.load))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let load = instance
        .get_typed_func::<i32, i32>(&mut store, "load")
        .unwrap();
    let err = load.call(&mut store, -1).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>().map(Trap::code),
        Some(TrapCode::MemoryOutOfBounds)
    );
    let null = std::hint::black_box(std::ptr::null::<u64>());
    // SAFETY: deliberately faults; the handler above ends the process.
    let v = unsafe { std::ptr::read_volatile(null) };
    println!("unreachable: read {v}");
    std::process::exit(1);
}

#[test]
fn real_fault_outside_wasm_reaches_embedder_handler() {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--ignored",
            "--exact",
            "real_fault_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(CHILD_HANDLER_EXIT),
        "child did not end in its own handler: {:?}\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Run only as a child: no handler of its own, so after a wasm trap a real
/// fault outside wasm must still end the process with SIGSEGV.
#[test]
#[ignore = "run as a child process by real_fault_without_handler_still_crashes"]
fn default_fault_child() {
    let engine = Engine::default();
    let module = Module::new(&engine, r#"(module (func (export "u") unreachable))"#).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let u = instance.get_typed_func::<(), ()>(&mut store, "u").unwrap();
    assert!(u.call(&mut store, ()).is_err());
    let null = std::hint::black_box(std::ptr::null::<u64>());
    // SAFETY: deliberately faults; the default action ends the process.
    let v = unsafe { std::ptr::read_volatile(null) };
    println!("unreachable: read {v}");
    std::process::exit(1);
}

#[test]
fn real_fault_without_handler_still_crashes() {
    use std::os::unix::process::ExitStatusExt;
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--ignored",
            "--exact",
            "default_fault_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGSEGV),
        "child was not killed by SIGSEGV: {:?}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}
