//! Host functions (`Func::new`, `Func::wrap`) called from wasm, `Caller`
//! access to store data and the caller's exports, error and panic
//! propagation, and the checks on calls made from the host.

use std::fmt;

use wasmrt::{
    Caller, Engine, Extern, Func, FuncType, Instance, Module, Store, Trap, Val, ValType,
    WasmBacktrace,
};

fn instantiate<T>(store: &mut Store<T>, wat: &str, imports: &[Extern]) -> Instance {
    let module = Module::new(store.engine(), wat).unwrap();
    Instance::new(store, &module, imports).unwrap()
}

#[test]
fn wrap_with_args_and_result() {
    let mut store = Store::new(&Engine::default(), ());
    let sub = Func::wrap(&mut store, |a: i32, b: i32| a.wrapping_sub(b));
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "sub" (func $sub (param i32 i32) (result i32)))
             (func (export "run") (param i32) (result i32)
               local.get 0 i32.const 10 call $sub
               i32.const 3 call $sub))"#,
        &[sub.into()],
    );
    let run = instance
        .get_typed_func::<i32, i32>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, 100).unwrap(), 87);
    assert_eq!(
        run.call(&mut store, i32::MIN).unwrap(),
        i32::MIN.wrapping_sub(13)
    );
}

#[test]
fn wrap_with_every_number_type() {
    let mut store = Store::new(&Engine::default(), ());
    let mix = Func::wrap(&mut store, |a: i32, b: i64, c: f32, d: f64| -> f64 {
        a as f64 + b as f64 + c as f64 + d
    });
    let ty = mix.ty(&store);
    assert_eq!(
        ty.params().collect::<Vec<_>>(),
        [ValType::I32, ValType::I64, ValType::F32, ValType::F64]
    );
    assert_eq!(ty.results().collect::<Vec<_>>(), [ValType::F64]);
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "mix" (func $mix (param i32 i64 f32 f64) (result f64)))
             (func (export "run") (result f64)
               i32.const -1 i64.const 1000000000000 f32.const 0.5 f64.const 0.25
               call $mix))"#,
        &[mix.into()],
    );
    let run = instance
        .get_typed_func::<(), f64>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), 999999999999.75);
}

#[test]
fn func_new_with_dynamic_values() {
    let mut store = Store::new(&Engine::default(), ());
    let ty = FuncType::new(store.engine(), [ValType::I64, ValType::F64], [ValType::F64]);
    let scale = Func::new(&mut store, ty, |_caller, params, results| {
        let n = params[0].unwrap_i64();
        let x = params[1].unwrap_f64();
        results[0] = Val::F64((n as f64 * x).to_bits());
        Ok(())
    });
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "scale" (func $scale (param i64 f64) (result f64)))
             (func (export "run") (param i64) (result f64)
               local.get 0 f64.const 1.5 call $scale))"#,
        &[scale.into()],
    );
    let run = instance
        .get_typed_func::<i64, f64>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, 4).unwrap(), 6.0);
    assert_eq!(run.call(&mut store, -3).unwrap(), -4.5);

    // The host function can be called from the host too.
    let mut results = [Val::F64(0)];
    scale
        .call(
            &mut store,
            &[Val::I64(2), Val::F64(10.0f64.to_bits())],
            &mut results,
        )
        .unwrap();
    assert_eq!(results[0].unwrap_f64(), 20.0);
}

#[test]
fn caller_data_and_data_mut() {
    #[derive(Default)]
    struct Counter {
        calls: u32,
        seen: Vec<i32>,
    }
    let mut store = Store::new(&Engine::default(), Counter::default());
    let record = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, Counter>, x: i32| -> u32 {
            let before = caller.data().calls;
            let data = caller.data_mut();
            data.calls += 1;
            data.seen.push(x);
            before
        },
    );
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "record" (func $record (param i32) (result i32)))
             (func (export "run") (result i32)
               i32.const 5 call $record drop
               i32.const 6 call $record drop
               i32.const 7 call $record))"#,
        &[record.into()],
    );
    let run = instance
        .get_typed_func::<(), i32>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), 2);
    assert_eq!(store.data().calls, 3);
    assert_eq!(store.data().seen, [5, 6, 7]);
    store.data_mut().calls = 100;
    assert_eq!(run.call(&mut store, ()).unwrap(), 102);
    assert_eq!(store.into_data().seen, [5, 6, 7, 5, 6, 7]);
}

#[test]
fn caller_reads_the_callers_memory() {
    let mut store = Store::new(&Engine::default(), Vec::<String>::new());
    let log = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, Vec<String>>, ptr: i32, len: i32| -> anyhow::Result<()> {
            let memory = match caller.get_export("memory") {
                Some(Extern::Memory(memory)) => memory,
                _ => anyhow::bail!("caller exports no memory"),
            };
            let mut bytes = vec![0; len as usize];
            memory.read(&mut caller, ptr as usize, &mut bytes)?;
            let text = String::from_utf8(bytes)?;
            caller.data_mut().push(text);
            Ok(())
        },
    );
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "env" "log" (func $log (param i32 i32)))
             (memory (export "memory") 1)
             (data (i32.const 8) "hello, wasm")
             (func (export "run")
               i32.const 8 i32.const 11 call $log
               ;; change the memory, then log a slice of it
               i32.const 8 i32.const 0x4a (; J ;) i32.store8
               i32.const 8 i32.const 5 call $log))"#,
        &[log.into()],
    );
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    run.call(&mut store, ()).unwrap();
    assert_eq!(store.data(), &["hello, wasm", "Jello"]);
    // `get_export` on an export the caller lacks.
    let missing = Func::wrap(&mut store, |mut caller: Caller<'_, Vec<String>>| -> i32 {
        caller.get_export("no-such-export").is_none() as i32
    });
    let probe = instantiate(
        &mut store,
        r#"(module
             (import "env" "missing" (func $m (result i32)))
             (func (export "run") (result i32) call $m))"#,
        &[missing.into()],
    );
    let run = probe.get_typed_func::<(), i32>(&mut store, "run").unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), 1);
}

#[derive(Debug, PartialEq)]
struct QuotaExceeded {
    requested: i32,
}

impl fmt::Display for QuotaExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "quota exceeded: {} requested", self.requested)
    }
}

impl std::error::Error for QuotaExceeded {}

#[test]
fn host_error_propagates_unchanged() {
    let mut store = Store::new(&Engine::default(), ());
    let allocate = Func::wrap(&mut store, |n: i32| -> anyhow::Result<i32> {
        if n > 10 {
            Err(QuotaExceeded { requested: n }.into())
        } else {
            Ok(n * 2)
        }
    });
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "allocate" (func $allocate (param i32) (result i32)))
             (func $middle (param i32) (result i32) local.get 0 call $allocate)
             (func (export "run") (param i32) (result i32) local.get 0 call $middle))"#,
        &[allocate.into()],
    );
    let run = instance
        .get_typed_func::<i32, i32>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, 4).unwrap(), 8);

    let err = run.call(&mut store, 11).unwrap_err();
    assert_eq!(
        err.downcast_ref::<QuotaExceeded>(),
        Some(&QuotaExceeded { requested: 11 }),
        "{err:?}"
    );
    assert!(err.downcast_ref::<Trap>().is_none(), "{err:?}");
    assert!(format!("{err:#}").contains("quota exceeded: 11 requested"));
    assert_eq!(err.root_cause().to_string(), "quota exceeded: 11 requested");
    // As in wasmtime, the error gains the wasm frames that called the host,
    // innermost first, as its context.
    let trace = err
        .downcast_ref::<WasmBacktrace>()
        .expect("a wasm backtrace");
    let names: Vec<u32> = trace.frames().iter().map(|f| f.func_index()).collect();
    assert_eq!(names, [1, 2], "{err:?}");
    assert!(
        err.to_string()
            .starts_with("error while executing at wasm backtrace:"),
        "{err}"
    );

    // The dynamic API sees the same error, and the store still works.
    let mut results = [Val::I32(0)];
    let func = instance.get_func(&mut store, "run").unwrap();
    let err = func
        .call(&mut store, &[Val::I32(50)], &mut results)
        .unwrap_err();
    assert_eq!(
        err.downcast::<QuotaExceeded>().unwrap(),
        QuotaExceeded { requested: 50 }
    );
    assert_eq!(run.call(&mut store, 5).unwrap(), 10);
}

#[test]
fn func_new_error_propagates() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let fail = Func::new(
        &mut store,
        FuncType::new(&engine, [], []),
        |_caller, _params, _results| Err(QuotaExceeded { requested: -1 }.into()),
    );
    let instance = instantiate(
        &mut store,
        r#"(module (import "m" "fail" (func $f)) (func (export "run") call $f))"#,
        &[fail.into()],
    );
    let run = instance
        .get_typed_func::<(), ()>(&mut store, "run")
        .unwrap();
    let err = run.call(&mut store, ()).unwrap_err();
    assert_eq!(
        err.downcast_ref::<QuotaExceeded>(),
        Some(&QuotaExceeded { requested: -1 })
    );
}

#[test]
fn host_panic_reaches_the_caller_and_the_store_keeps_working() {
    let mut store = Store::new(&Engine::default(), 0u32);
    let explode = Func::wrap(&mut store, |mut caller: Caller<'_, u32>, x: i32| -> i32 {
        *caller.data_mut() += 1;
        if x == 13 {
            panic!("unlucky number {x}");
        }
        x + 1
    });
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "explode" (func $explode (param i32) (result i32)))
             (func $middle (param i32) (result i32) local.get 0 call $explode)
             (func (export "run") (param i32) (result i32) local.get 0 call $middle)
             (func (export "ok") (result i32) i32.const 1))"#,
        &[explode.into()],
    );
    let run = instance
        .get_typed_func::<i32, i32>(&mut store, "run")
        .unwrap();
    let ok = instance
        .get_typed_func::<(), i32>(&mut store, "ok")
        .unwrap();
    let panic_message = |payload: Box<dyn std::any::Any + Send>| {
        payload
            .downcast::<String>()
            .map(|s| *s)
            .unwrap_or_else(|_| "(not a String)".into())
    };

    for round in 1..=2 {
        // The panic unwinds the wasm frames and continues in the caller.
        let payload =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run.call(&mut store, 13)))
                .unwrap_err();
        assert_eq!(panic_message(payload), "unlucky number 13");

        // The same store keeps working.
        assert_eq!(run.call(&mut store, 1).unwrap(), 2);
        assert_eq!(ok.call(&mut store, ()).unwrap(), 1);
        assert_eq!(*store.data(), round * 2);
    }

    // A panic in a host function called directly from the host too.
    let explode = explode.typed::<i32, i32>(&store).unwrap();
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        explode.call(&mut store, 13)
    }))
    .unwrap_err();
    assert_eq!(panic_message(payload), "unlucky number 13");
    assert_eq!(explode.call(&mut store, 2).unwrap(), 3);
}

#[test]
fn typed_func_calls_and_type_checks() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (func (export "add") (param i32 i32) (result i32)
               local.get 0 local.get 1 i32.add)
             (func (export "widen") (param i32) (result i64)
               local.get 0 i64.extend_i32_u)
             (func (export "nothing")))"#,
        &[],
    );
    let add = instance
        .get_typed_func::<(i32, i32), i32>(&mut store, "add")
        .unwrap();
    assert_eq!(add.call(&mut store, (40, 2)).unwrap(), 42);
    assert_eq!(add.call(&mut store, (i32::MAX, 1)).unwrap(), i32::MIN);

    // Unsigned Rust types map to the same wasm types.
    let widen = instance
        .get_typed_func::<u32, u64>(&mut store, "widen")
        .unwrap();
    assert_eq!(widen.call(&mut store, u32::MAX).unwrap(), u32::MAX as u64);

    let nothing = instance
        .get_typed_func::<(), ()>(&mut store, "nothing")
        .unwrap();
    nothing.call(&mut store, ()).unwrap();

    // Wrong types are errors.
    assert!(
        instance
            .get_typed_func::<i64, i64>(&mut store, "widen")
            .is_err()
    );
    assert!(
        instance
            .get_typed_func::<(i32, i32), i64>(&mut store, "add")
            .is_err()
    );
    assert!(
        instance
            .get_typed_func::<i32, i32>(&mut store, "add")
            .is_err()
    );
    assert!(
        instance
            .get_typed_func::<(), ()>(&mut store, "missing")
            .is_err()
    );
    let add_func = instance.get_func(&mut store, "add").unwrap();
    assert!(add_func.typed::<(i32, i32), i32>(&store).is_ok());
    assert!(add_func.typed::<(i32, i32), ()>(&store).is_err());
}

#[test]
fn func_call_checks_arity_and_types() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module (func (export "add") (param i32 i32) (result i32)
             local.get 0 local.get 1 i32.add))"#,
        &[],
    );
    let add = instance.get_func(&mut store, "add").unwrap();
    let mut one = [Val::I32(0)];

    add.call(&mut store, &[Val::I32(1), Val::I32(2)], &mut one)
        .unwrap();
    assert_eq!(one[0].unwrap_i32(), 3);

    // Too few and too many arguments.
    assert!(add.call(&mut store, &[Val::I32(1)], &mut one).is_err());
    assert!(
        add.call(
            &mut store,
            &[Val::I32(1), Val::I32(2), Val::I32(3)],
            &mut one
        )
        .is_err()
    );
    // Wrong argument type.
    let err = add
        .call(&mut store, &[Val::I32(1), Val::I64(2)], &mut one)
        .unwrap_err();
    assert!(err.downcast_ref::<Trap>().is_none(), "not a trap: {err:?}");
    // Wrong number of result slots.
    assert!(
        add.call(&mut store, &[Val::I32(1), Val::I32(2)], &mut [])
            .is_err()
    );
    let mut two = [Val::I32(0), Val::I32(0)];
    assert!(
        add.call(&mut store, &[Val::I32(1), Val::I32(2)], &mut two)
            .is_err()
    );

    // Host functions check their arguments the same way.
    let host = Func::wrap(&mut store, |x: i64| x);
    let mut result = [Val::I64(0)];
    assert!(host.call(&mut store, &[Val::I32(1)], &mut result).is_err());
    assert!(host.call(&mut store, &[], &mut result).is_err());
    host.call(&mut store, &[Val::I64(-9)], &mut result).unwrap();
    assert_eq!(result[0].unwrap_i64(), -9);

    // And the store is fine afterwards.
    add.call(&mut store, &[Val::I32(20), Val::I32(22)], &mut one)
        .unwrap();
    assert_eq!(one[0].unwrap_i32(), 42);
}

#[test]
fn a_host_start_function_sees_the_instance_it_starts() {
    // The start function is the imported host function itself; as in
    // wasmtime, its `Caller` is the instance being instantiated, whose
    // memory (with its data segment applied) it can read.
    let mut store = Store::new(&Engine::default(), Vec::<u8>::new());
    let start = Func::wrap(&mut store, |mut caller: Caller<'_, Vec<u8>>| {
        let memory = match caller.get_export("mem") {
            Some(Extern::Memory(memory)) => memory,
            other => panic!("expected the starting instance's memory, got {other:?}"),
        };
        let bytes = memory.data(&caller)[..3].to_vec();
        *caller.data_mut() = bytes;
        assert!(caller.get_export("nothing").is_none());
    });
    instantiate(
        &mut store,
        r#"(module
             (import "" "start" (func $start))
             (memory (export "mem") 1)
             (data (i32.const 0) "foo")
             (start $start))"#,
        &[start.into()],
    );
    assert_eq!(store.data(), b"foo");

    // Called from the host, a host function has no calling instance.
    let probe = Func::wrap(&mut store, |mut caller: Caller<'_, Vec<u8>>| {
        let found = caller.get_export("mem").is_some();
        caller.data_mut().push(u8::from(found));
    });
    probe.call(&mut store, &[], &mut []).unwrap();
    assert_eq!(store.data(), b"foo\0");
}
