//! Panics in embedder code that runs below wasm frames — host functions,
//! the epoch deadline callback, a resource limiter asked by `memory.grow`
//! or `table.grow`, call hooks — never unwind through wasm and never abort:
//! wasm is unwound, the panic continues in the caller of the wasm entry
//! (as in wasmtime), and the store keeps working.

use std::panic::{AssertUnwindSafe, catch_unwind};

use wasmrt::{
    CallHook, Caller, Config, Engine, Func, Instance, Module, ResourceLimiter, Store,
    UpdateDeadline,
};

const WAT: &str = r#"(module
  (import "host" "f" (func $f (param i32) (result i32)))
  (memory 1)
  (table 1 funcref)
  (func (export "call_host") (param i32) (result i32) local.get 0 call $f)
  (func (export "spin") (loop br 0))
  (func (export "grow_memory") (result i32) i32.const 1 memory.grow)
  (func (export "grow_table") (result i32) ref.null func i32.const 1 table.grow)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))"#;

/// Runs `f`, expecting it to panic with `message`.
fn assert_panics_with<R>(message: &str, f: impl FnOnce() -> R) {
    let payload = match catch_unwind(AssertUnwindSafe(f)) {
        Ok(_) => panic!("expected a panic with {message:?}"),
        Err(payload) => payload,
    };
    let got = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .expect("a string payload");
    assert_eq!(got, message);
}

/// The store's data: a limiter that panics while `panic` is set.
#[derive(Default)]
struct Data {
    panic: bool,
}

impl ResourceLimiter for Data {
    fn memory_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> wasmrt::Result<bool> {
        if self.panic {
            panic!("memory limiter exploded");
        }
        Ok(true)
    }
    fn table_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> wasmrt::Result<bool> {
        if self.panic {
            panic!("table limiter exploded");
        }
        Ok(true)
    }
}

fn setup(config: &Config) -> (Store<Data>, Instance) {
    let engine = Engine::new(config).unwrap();
    let mut store = Store::new(&engine, Data::default());
    let f = Func::wrap(&mut store, |x: i32| -> i32 {
        if x == 13 {
            panic!("unlucky number 13");
        }
        x + 1
    });
    let module = Module::new(&engine, WAT).unwrap();
    let instance = Instance::new(&mut store, &module, &[f.into()]).unwrap();
    (store, instance)
}

/// The store still runs wasm normally.
fn assert_usable(store: &mut Store<Data>, instance: Instance) {
    let add = instance
        .get_typed_func::<(i32, i32), i32>(&mut *store, "add")
        .unwrap();
    assert_eq!(add.call(&mut *store, (2, 3)).unwrap(), 5);
    let call_host = instance
        .get_typed_func::<i32, i32>(&mut *store, "call_host")
        .unwrap();
    assert_eq!(call_host.call(&mut *store, 1).unwrap(), 2);
}

#[test]
fn host_function_panic_reaches_the_caller() {
    let (mut store, instance) = setup(&Config::new());
    let call_host = instance
        .get_typed_func::<i32, i32>(&mut store, "call_host")
        .unwrap();
    for _ in 0..2 {
        assert_panics_with("unlucky number 13", || call_host.call(&mut store, 13));
        assert_usable(&mut store, instance);
    }
}

#[test]
fn panic_several_host_levels_deep_reaches_the_outermost_caller() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    // `down(n)` calls wasm `level(n - 1)`; at 0 it panics.
    let down = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, ()>, n: i32| -> wasmrt::Result<i32> {
            if n == 0 {
                panic!("bottom reached");
            }
            let level = caller.get_export("level").unwrap().into_func().unwrap();
            let level = level.typed::<i32, i32>(&caller).unwrap();
            level.call(&mut caller, n - 1)
        },
    );
    let module = Module::new(
        &engine,
        r#"(module
             (import "host" "down" (func $down (param i32) (result i32)))
             (func (export "level") (param i32) (result i32) local.get 0 call $down)
             (func (export "id") (param i32) (result i32) local.get 0))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[down.into()]).unwrap();
    let level = instance
        .get_typed_func::<i32, i32>(&mut store, "level")
        .unwrap();
    assert_panics_with("bottom reached", || level.call(&mut store, 10));
    // The host function called directly from the host, too.
    let down = down.typed::<i32, i32>(&store).unwrap();
    assert_panics_with("bottom reached", || down.call(&mut store, 0));
    // The store still runs wasm.
    let id = instance
        .get_typed_func::<i32, i32>(&mut store, "id")
        .unwrap();
    assert_eq!(id.call(&mut store, 7).unwrap(), 7);
}

#[test]
fn epoch_callback_panic_reaches_the_caller() {
    let mut config = Config::new();
    config.epoch_interruption(true);
    let (mut store, instance) = setup(&config);
    let spin = instance
        .get_typed_func::<(), ()>(&mut store, "spin")
        .unwrap();
    store.epoch_deadline_callback(|_| -> wasmrt::Result<UpdateDeadline> {
        panic!("epoch callback exploded");
    });
    for _ in 0..2 {
        store.set_epoch_deadline(1);
        store.engine().increment_epoch();
        assert_panics_with("epoch callback exploded", || spin.call(&mut store, ()));
    }
    // The callback is still installed, and the store still works.
    store.set_epoch_deadline(1_000);
    assert_usable(&mut store, instance);
    store.set_epoch_deadline(0);
    assert_panics_with("epoch callback exploded", || spin.call(&mut store, ()));
}

#[test]
fn limiter_panic_from_memory_grow_reaches_the_caller() {
    let (mut store, instance) = setup(&Config::new());
    store.limiter(|data| data as &mut dyn ResourceLimiter);
    let grow = instance
        .get_typed_func::<(), i32>(&mut store, "grow_memory")
        .unwrap();
    store.data_mut().panic = true;
    assert_panics_with("memory limiter exploded", || grow.call(&mut store, ()));
    // The limiter is still installed: it allows growth again once calm.
    store.data_mut().panic = false;
    assert_eq!(grow.call(&mut store, ()).unwrap(), 1);
    assert_usable(&mut store, instance);
}

#[test]
fn limiter_panic_from_table_grow_reaches_the_caller() {
    let (mut store, instance) = setup(&Config::new());
    store.limiter(|data| data as &mut dyn ResourceLimiter);
    let grow = instance
        .get_typed_func::<(), i32>(&mut store, "grow_table")
        .unwrap();
    store.data_mut().panic = true;
    assert_panics_with("table limiter exploded", || grow.call(&mut store, ()));
    store.data_mut().panic = false;
    assert_eq!(grow.call(&mut store, ()).unwrap(), 1);
    assert_usable(&mut store, instance);
}

#[test]
fn call_hook_panic_reaches_the_caller() {
    let (mut store, instance) = setup(&Config::new());
    let call_host = instance
        .get_typed_func::<i32, i32>(&mut store, "call_host")
        .unwrap();
    for hook in [
        CallHook::CallingWasm,
        CallHook::CallingHost,
        CallHook::ReturningFromHost,
        CallHook::ReturningFromWasm,
    ] {
        store.call_hook(move |_, kind| {
            if kind == hook {
                panic!("hook exploded at {kind:?}");
            }
            Ok(())
        });
        assert_panics_with(&format!("hook exploded at {hook:?}"), || {
            call_host.call(&mut store, 1)
        });
        store.call_hook(|_, _| Ok(()));
        assert_usable(&mut store, instance);
    }
}
