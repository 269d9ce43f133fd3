//! Stopping running wasm: interrupt handles from another thread, epoch
//! deadlines, and deadline callbacks.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use wasmrt::*;

const WAT: &str = r#"(module
  (func (export "run") (loop br 0))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))"#;

fn setup(epochs: bool) -> (Engine, Store<()>, Instance) {
    let mut config = Config::new();
    config.epoch_interruption(epochs);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    (engine, store, instance)
}

fn assert_interrupted(err: &Error) {
    assert!(err.to_string().contains("wasm trap: interrupt"), "{err}");
    assert_eq!(
        err.downcast_ref::<Trap>().unwrap().code(),
        TrapCode::Interrupt
    );
}

#[test]
fn interrupt_handle_stops_an_infinite_loop_from_another_thread() {
    let (_engine, mut store, instance) = setup(true);
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let add = instance
        .get_typed_func::<(i32, i32), i32>(&mut store, "add")
        .unwrap();
    for _ in 0..2 {
        let handle = store.interrupt_handle().unwrap();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(1));
            handle.interrupt();
        });
        let err = run.call(&mut store, ()).unwrap_err();
        assert_interrupted(&err);
        t.join().unwrap();
        // The interrupt was consumed: the store runs normally afterwards.
        assert_eq!(add.call(&mut store, (2, 3)).unwrap(), 5);
    }
}

#[test]
fn interrupt_handle_requires_epoch_interruption() {
    let (_engine, store, _instance) = setup(false);
    let err = store.interrupt_handle().unwrap_err();
    assert!(err.to_string().contains("epoch interruption"), "{err}");
}

#[test]
fn epoch_deadline_stops_an_infinite_loop() {
    let (engine, mut store, instance) = setup(true);
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let add = instance
        .get_typed_func::<(i32, i32), i32>(&mut store, "add")
        .unwrap();
    store.set_epoch_deadline(1);
    let e = engine.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        e.increment_epoch();
    });
    let err = run.call(&mut store, ()).unwrap_err();
    assert_interrupted(&err);
    t.join().unwrap();
    // The deadline is still in the past: the next call stops at entry...
    assert_interrupted(&add.call(&mut store, (1, 1)).unwrap_err());
    // ...until it is moved.
    store.set_epoch_deadline(1);
    assert_eq!(add.call(&mut store, (1, 1)).unwrap(), 2);
}

#[test]
fn epoch_deadline_callback_extends_then_fails() {
    let (engine, mut store, instance) = setup(true);
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let ticker = {
        let (engine, stop) = (engine.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                engine.increment_epoch();
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let mut calls = 0u32;
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(move |_ctx| {
        calls += 1;
        if calls < 3 {
            Ok(UpdateDeadline::Continue(1))
        } else {
            Err(anyhow::anyhow!("gave up after {calls} deadlines"))
        }
    });
    let err = run.call(&mut store, ()).unwrap_err();
    stop.store(true, Ordering::SeqCst);
    ticker.join().unwrap();
    assert_eq!(err.root_cause().to_string(), "gave up after 3 deadlines");
    // As in wasmtime, the error has the backtrace of the wasm it stopped.
    let trace = err
        .downcast_ref::<wasmrt::WasmBacktrace>()
        .unwrap_or_else(|| panic!("{err:?}"));
    assert!(!trace.frames().is_empty(), "{err:?}");
}

#[test]
fn interrupt_handle_is_send_sync() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<InterruptHandle>();
}
