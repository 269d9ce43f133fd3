//! Call hooks see every host/wasm transition in order, and can stop a call.

use wasmrt::*;

const WAT: &str = r#"(module
  (import "host" "h" (func $h))
  (func (export "run") (call $h))
  (func (export "inner")))"#;

#[derive(Default)]
struct Data {
    seen: Vec<CallHook>,
    host_ran: bool,
    block_host: bool,
}

fn setup() -> (Store<Data>, TypedFunc<(), ()>) {
    let engine = Engine::default();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, Data::default());
    store.call_hook(|mut ctx, kind| {
        ctx.data_mut().seen.push(kind);
        if kind == CallHook::CallingHost && ctx.data().block_host {
            anyhow::bail!("host calls are blocked");
        }
        Ok(())
    });
    let h = Func::wrap(&mut store, |mut caller: Caller<'_, Data>| -> Result<()> {
        caller.data_mut().host_ran = true;
        // Back into wasm from the host.
        let inner = caller.get_export("inner").unwrap().into_func().unwrap();
        inner.typed::<(), ()>(&caller)?.call(&mut caller, ())
    });
    let instance = Instance::new(&mut store, &module, &[h.into()]).unwrap();
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    (store, run)
}

#[test]
fn hook_sees_the_transitions_in_order() {
    let (mut store, run) = setup();
    run.call(&mut store, ()).unwrap();
    use CallHook::*;
    assert_eq!(
        store.data().seen,
        [
            CallingWasm,
            CallingHost,
            CallingWasm,
            ReturningFromWasm,
            ReturningFromHost,
            ReturningFromWasm
        ]
    );
    assert!(store.data().host_ran);
}

#[test]
fn error_on_calling_host_stops_the_call() {
    let (mut store, run) = setup();
    store.data_mut().block_host = true;
    let err = run.call(&mut store, ()).unwrap_err();
    assert_eq!(err.root_cause().to_string(), "host calls are blocked");
    assert!(!store.data().host_ran, "the host function must not run");
    use CallHook::*;
    assert_eq!(
        store.data().seen,
        [CallingWasm, CallingHost, ReturningFromWasm]
    );
}

#[test]
fn host_function_called_from_the_host_is_one_transition() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, Data::default());
    store.call_hook(|mut ctx, kind| {
        ctx.data_mut().seen.push(kind);
        Ok(())
    });
    let f = Func::wrap(&mut store, |x: i32| x + 1);
    assert_eq!(
        f.typed::<i32, i32>(&store)
            .unwrap()
            .call(&mut store, 1)
            .unwrap(),
        2
    );
    use CallHook::*;
    assert_eq!(store.data().seen, [CallingHost, ReturningFromHost]);
}
