//! `Linker` and `InstancePre`: linking modules through instances, host
//! functions defined once for every store, shadowing, errors that name the
//! missing or mistyped import, WASI command and reactor semantics, default
//! exports, unknown imports as traps, and instantiating one `InstancePre`
//! into many stores.

use wasmrt::{
    Caller, Engine, Extern, Func, FuncType, Global, GlobalType, InstancePre, Linker, Memory,
    MemoryType, Module, Mutability, Store, Val, ValType,
};

/// The whole error chain on one line.
fn text(err: &anyhow::Error) -> String {
    format!("{err:#}")
}

fn module(engine: &Engine, wat: &str) -> Module {
    Module::new(engine, wat).unwrap()
}

#[test]
fn links_two_modules_through_an_instance() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);

    let lib = module(
        &engine,
        r#"(module
             (memory (export "mem") 1)
             (global (export "base") i32 (i32.const 16))
             (global $n (export "count") (mut i32) (i32.const 0))
             (func (export "double") (param i32) (result i32)
               global.get $n i32.const 1 i32.add global.set $n
               local.get 0 i32.const 2 i32.mul))"#,
    );
    let lib_instance = linker.instantiate(&mut store, &lib).unwrap();
    linker.instance(&mut store, "lib", lib_instance).unwrap();

    let app = module(
        &engine,
        r#"(module
             (import "lib" "double" (func $double (param i32) (result i32)))
             (import "lib" "mem" (memory 1))
             (import "lib" "base" (global $base i32))
             (func (export "run") (param i32) (result i32)
               ;; store double(x) at mem[base], then read it back + 1
               global.get $base
               local.get 0 call $double
               i32.store
               global.get $base i32.load
               i32.const 1 i32.add))"#,
    );
    let app_instance = linker.instantiate(&mut store, &app).unwrap();
    let run = app_instance
        .get_typed_func::<i32, i32>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, 21).unwrap(), 43);
    assert_eq!(run.call(&mut store, -5).unwrap(), -9);

    // The app wrote into the library's memory and bumped its counter.
    let mem = lib_instance.get_memory(&mut store, "mem").unwrap();
    assert_eq!(&mem.data(&store)[16..20], &(-10i32).to_le_bytes());
    let count = lib_instance.get_global(&mut store, "count").unwrap();
    assert_eq!(count.get(&mut store).unwrap_i32(), 2);

    // `get` sees the same items.
    let got = linker.get(&mut store, "lib", "mem").unwrap().into_memory();
    assert_eq!(got, Some(mem));
    assert!(linker.get(&mut store, "lib", "nope").is_none());
    assert!(linker.get(&mut store, "nope", "mem").is_none());
}

#[test]
fn host_functions_from_func_wrap_and_func_new() {
    let engine = Engine::default();
    let mut linker: Linker<Vec<i64>> = Linker::new(&engine);
    linker
        .func_wrap("host", "add", |a: i32, b: i32| a.wrapping_add(b))
        .unwrap()
        .func_wrap("host", "log", |mut caller: Caller<'_, Vec<i64>>, v: i64| {
            caller.data_mut().push(v);
        })
        .unwrap()
        .func_new(
            "host",
            "scale",
            FuncType::new(&engine, [ValType::F64, ValType::I32], [ValType::F64]),
            |caller, params, results| {
                let factor = caller.data().len() as f64;
                let x = params[0].unwrap_f64() * params[1].unwrap_i32() as f64 * factor;
                results[0] = Val::F64(x.to_bits());
                Ok(())
            },
        )
        .unwrap();

    let m = module(
        &engine,
        r#"(module
             (import "host" "add" (func $add (param i32 i32) (result i32)))
             (import "host" "log" (func $log (param i64)))
             (import "host" "scale" (func $scale (param f64 i32) (result f64)))
             (func (export "run") (param i32) (result f64)
               local.get 0 i32.const 1 call $add i64.extend_i32_s call $log
               i64.const 7 call $log
               f64.const 1.5 local.get 0 call $scale))"#,
    );

    // The same linker serves several stores; each gets its own functions
    // and sees its own data.
    for (k, start) in [(10, vec![]), (3, vec![100, 200])] {
        let mut store = Store::new(&engine, start.clone());
        let instance = linker.instantiate(&mut store, &m).unwrap();
        let run = instance
            .get_typed_func::<i32, f64>(&mut store, "run")
            .unwrap();
        let factor = (start.len() + 2) as f64;
        assert_eq!(run.call(&mut store, k).unwrap(), 1.5 * k as f64 * factor);
        let mut expected = start;
        expected.extend([k as i64 + 1, 7]);
        assert_eq!(store.data(), &expected);
    }

    // `get` creates the host function in the given store.
    let mut store = Store::new(&engine, vec![]);
    let add = linker.get(&mut store, "host", "add").unwrap().into_func();
    let add = add.unwrap().typed::<(i32, i32), i32>(&store).unwrap();
    assert_eq!(add.call(&mut store, (40, 2)).unwrap(), 42);
}

/// A host function of one engine's linker, taken with `get` into a store
/// of another engine, has its type there and runs (found by the C-API
/// fuzzer: the function once carried the linker engine's type id).
#[test]
fn linker_functions_in_a_store_of_another_engine() {
    let (engine, other) = (Engine::default(), Engine::default());
    let mut linker: Linker<()> = Linker::new(&engine);
    linker
        .func_wrap("host", "mul", |a: i64, b: i64| a.wrapping_mul(b))
        .unwrap();
    // Another engine registers a type of its own first, so that the
    // linker engine's id for `(i64, i64) -> i64` names something else here.
    let mut store = Store::new(&other, ());
    let _first = Func::wrap(&mut store, |_: f32| {});
    let mul = linker
        .get(&mut store, "host", "mul")
        .unwrap()
        .into_func()
        .unwrap();
    let ty = mul.ty(&store);
    assert_eq!(
        ty.params().collect::<Vec<_>>(),
        [ValType::I64, ValType::I64]
    );
    assert_eq!(ty.results().collect::<Vec<_>>(), [ValType::I64]);
    let mul = mul.typed::<(i64, i64), i64>(&store).unwrap();
    assert_eq!(mul.call(&mut store, (6, 7)).unwrap(), 42);
}

#[test]
fn defining_a_name_twice_is_an_error_unless_shadowing_is_allowed() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    linker.func_wrap("env", "f", || 1i32).unwrap();

    let err = linker.func_wrap("env", "f", || 2i32).unwrap_err();
    assert!(text(&err).contains("defined twice"), "{err:#}");
    assert!(text(&err).contains("`env::f`"), "{err:#}");

    let g = Global::new(
        &mut store,
        GlobalType::new(ValType::I32, Mutability::Const),
        Val::I32(5),
    )
    .unwrap();
    let err = linker.define(&store, "env", "f", g).unwrap_err();
    assert!(text(&err).contains("`env::f` defined twice"), "{err:#}");

    // `instance` defines all or nothing.
    let other = module(
        &engine,
        r#"(module (func (export "g") (result i32) i32.const 9)
                   (func (export "f") (result i32) i32.const 3))"#,
    );
    let other = linker.instantiate(&mut store, &other).unwrap();
    let err = linker.instance(&mut store, "env", other).unwrap_err();
    assert!(text(&err).contains("`env::f` defined twice"), "{err:#}");
    assert!(linker.get(&mut store, "env", "g").is_none());

    let user = module(
        &engine,
        r#"(module (import "env" "f" (func $f (result i32)))
                   (func (export "run") (result i32) call $f))"#,
    );
    let call = |linker: &Linker<()>, store: &mut Store<()>| {
        let i = linker.instantiate(&mut *store, &user).unwrap();
        let run = i.get_typed_func::<(), i32>(&mut *store, "run").unwrap();
        run.call(&mut *store, ()).unwrap()
    };
    assert_eq!(call(&linker, &mut store), 1);

    // With shadowing, the later definition wins.
    linker.allow_shadowing(true);
    linker.func_wrap("env", "f", || 2i32).unwrap();
    assert_eq!(call(&linker, &mut store), 2);
    linker.instance(&mut store, "env", other).unwrap();
    assert_eq!(call(&linker, &mut store), 3);

    // And turning it off again makes duplicates errors again.
    linker.allow_shadowing(false);
    assert!(linker.func_wrap("env", "f", || 4i32).is_err());
    assert_eq!(call(&linker, &mut store), 3);
}

#[test]
fn missing_import_error_names_it() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    linker.func_wrap("env", "present", || {}).unwrap();
    let m = module(
        &engine,
        r#"(module (import "env" "present" (func))
                   (import "env" "absent" (func (param i32))))"#,
    );
    let err = linker.instantiate(&mut store, &m).unwrap_err();
    assert_eq!(
        text(&err),
        "unknown import: `env::absent` has not been defined"
    );
    let err = linker.instantiate_pre(&m).unwrap_err();
    assert!(text(&err).contains("`env::absent`"), "{err:#}");

    // A missing module name is reported the same way.
    let m = module(&engine, r#"(module (import "nowhere" "x" (memory 1)))"#);
    let err = linker.instantiate(&mut store, &m).unwrap_err();
    assert_eq!(
        text(&err),
        "unknown import: `nowhere::x` has not been defined"
    );
}

#[test]
fn mistyped_import_error_names_it_with_both_types() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    linker.func_wrap("env", "f", |x: i64| x).unwrap();
    let mem = Memory::new(&mut store, MemoryType::new(1, Some(2))).unwrap();
    linker.define(&store, "env", "mem", mem).unwrap();

    let m = module(
        &engine,
        r#"(module (import "env" "f" (func (param i32) (result i32))))"#,
    );
    let err = linker.instantiate(&mut store, &m).unwrap_err();
    assert_eq!(
        text(&err),
        "incompatible import type for `env::f`: expected function (func (param i32) (result i32)), \
         found function (func (param i64) (result i64))"
    );

    // Wrong kind.
    let m = module(&engine, r#"(module (import "env" "f" (global i32)))"#);
    let err = linker.instantiate(&mut store, &m).unwrap_err();
    let msg = text(&err);
    assert!(msg.contains("`env::f`"), "{msg}");
    assert!(msg.contains("expected global (global i32)"), "{msg}");
    assert!(msg.contains("found function"), "{msg}");

    // Memory limits: the defined memory has at most 2 pages.
    let m = module(&engine, r#"(module (import "env" "mem" (memory 1 1)))"#);
    let err = linker.instantiate_pre(&m).unwrap_err();
    let msg = text(&err);
    assert!(msg.contains("`env::mem`"), "{msg}");
    assert!(msg.contains("expected memory (memory 1 1)"), "{msg}");
    assert!(msg.contains("found memory (memory 1 2)"), "{msg}");
    let ok = module(&engine, r#"(module (import "env" "mem" (memory 1 4)))"#);
    linker.instantiate(&mut store, &ok).unwrap();
}

#[test]
fn command_exports_get_a_fresh_instance_per_call() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, 0u32);
    let mut linker: Linker<u32> = Linker::new(&engine);
    // Counts how many times the command's start function ran.
    linker
        .func_wrap("host", "started", |mut c: Caller<'_, u32>| {
            *c.data_mut() += 1;
        })
        .unwrap();
    let cmd = module(
        &engine,
        r#"(module
             (import "host" "started" (func $started))
             (memory (export "memory") 1)
             (global $g (mut i32) (i32.const 0))
             (func $init call $started)
             (start $init)
             (func (export "_start"))
             (func (export "bump") (param i32) (result i32)
               global.get $g local.get 0 i32.add global.set $g
               global.get $g))"#,
    );
    linker.module(&mut store, "cmd", &cmd).unwrap();
    assert_eq!(*store.data(), 0, "a command is not instantiated up front");
    assert!(
        linker.get(&mut store, "cmd", "memory").is_none(),
        "only functions of a command are defined"
    );

    let bump = linker
        .get(&mut store, "cmd", "bump")
        .unwrap()
        .into_func()
        .unwrap()
        .typed::<i32, i32>(&store)
        .unwrap();
    for _ in 0..3 {
        // The global starts at 0 every time: each call is a new instance.
        assert_eq!(bump.call(&mut store, 5).unwrap(), 5);
    }
    assert_eq!(*store.data(), 3);

    // Through wasm as well: two calls in one run, two fresh instances.
    let user = module(
        &engine,
        r#"(module
             (import "cmd" "bump" (func $bump (param i32) (result i32)))
             (func (export "run") (result i32)
               i32.const 2 call $bump
               i32.const 3 call $bump
               i32.add))"#,
    );
    let user = linker.instantiate(&mut store, &user).unwrap();
    let run = user.get_typed_func::<(), i32>(&mut store, "run").unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), 5);
    assert_eq!(*store.data(), 5);

    // The command's `_start` is its default export.
    let start = linker.get_default(&mut store, "cmd").unwrap();
    start.call(&mut store, &[], &mut []).unwrap();
    assert_eq!(*store.data(), 6);

    // A command exporting something that is not a function is refused...
    let odd = r#"(module (func (export "_start")) (global (export "g") i32 (i32.const 1)))"#;
    let odd = module(&engine, odd);
    let err = linker.module(&mut store, "odd", &odd).unwrap_err();
    assert!(
        text(&err).contains("command export `g` is not a function"),
        "{err:#}"
    );
    // ...unless unknown exports are allowed.
    linker.allow_unknown_exports(true);
    linker.module(&mut store, "odd", &odd).unwrap();
}

#[test]
fn reactor_is_instantiated_once_and_initialized_once() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, 0u32);
    let mut linker: Linker<u32> = Linker::new(&engine);
    linker
        .func_wrap("host", "initialized", |mut c: Caller<'_, u32>| {
            *c.data_mut() += 1;
        })
        .unwrap();
    let reactor = module(
        &engine,
        r#"(module
             (import "host" "initialized" (func $initialized))
             (global $g (mut i32) (i32.const 0))
             (func (export "_initialize")
               i32.const 100 global.set $g
               call $initialized)
             (func (export "bump") (param i32) (result i32)
               global.get $g local.get 0 i32.add global.set $g
               global.get $g))"#,
    );
    linker.module(&mut store, "lib", &reactor).unwrap();
    assert_eq!(*store.data(), 1, "`_initialize` ran once");

    let bump = linker
        .get(&mut store, "lib", "bump")
        .unwrap()
        .into_func()
        .unwrap()
        .typed::<i32, i32>(&store)
        .unwrap();
    // State persists across calls and starts from what `_initialize` set.
    assert_eq!(bump.call(&mut store, 1).unwrap(), 101);
    assert_eq!(bump.call(&mut store, 1).unwrap(), 102);

    let user = module(
        &engine,
        r#"(module
             (import "lib" "bump" (func $bump (param i32) (result i32)))
             (func (export "run") (result i32) i32.const 10 call $bump))"#,
    );
    let user = linker.instantiate(&mut store, &user).unwrap();
    let run = user.get_typed_func::<(), i32>(&mut store, "run").unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), 112);
    assert_eq!(bump.call(&mut store, 0).unwrap(), 112);
    assert_eq!(*store.data(), 1, "`_initialize` never ran again");

    // A reactor without `_initialize` is fine too.
    let plain = module(
        &engine,
        r#"(module (func (export "f") (result i32) i32.const 7))"#,
    );
    linker.module(&mut store, "plain", &plain).unwrap();
    let f = linker.get(&mut store, "plain", "f").unwrap().into_func();
    let f = f.unwrap().typed::<(), i32>(&store).unwrap();
    assert_eq!(f.call(&mut store, ()).unwrap(), 7);

    // Both `_start` and `_initialize`: neither command nor reactor.
    let both = module(
        &engine,
        r#"(module (func (export "_start")) (func (export "_initialize")))"#,
    );
    let err = linker.module(&mut store, "both", &both).unwrap_err();
    assert!(text(&err).contains("both a command"), "{err:#}");

    // An `_initialize` that traps fails `module` and defines nothing.
    let bad = module(
        &engine,
        r#"(module (func (export "_initialize") unreachable) (func (export "x")))"#,
    );
    let err = linker.module(&mut store, "bad", &bad).unwrap_err();
    assert!(text(&err).contains("_initialize"), "{err:#}");
    assert!(linker.get(&mut store, "bad", "x").is_none());
}

#[test]
fn get_default_finds_the_empty_name_then_start_then_a_no_op() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);

    let m = module(
        &engine,
        r#"(module (func (export "") (result i32) i32.const 1)
                   (func (export "_start") (result i32) i32.const 2))"#,
    );
    let i = linker.instantiate(&mut store, &m).unwrap();
    linker.instance(&mut store, "both", i).unwrap();
    let f = linker.get_default(&mut store, "both").unwrap();
    assert_eq!(
        f.typed::<(), i32>(&store)
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        1
    );

    let m = module(
        &engine,
        r#"(module (func (export "_start") (result i32) i32.const 2))"#,
    );
    let i = linker.instantiate(&mut store, &m).unwrap();
    linker.instance(&mut store, "start", i).unwrap();
    let f = linker.get_default(&mut store, "start").unwrap();
    assert_eq!(
        f.typed::<(), i32>(&store)
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        2
    );

    // Nothing defined: a function that does nothing.
    let f = linker.get_default(&mut store, "nothing").unwrap();
    assert!(f.ty(&store).params().len() == 0 && f.ty(&store).results().len() == 0);
    f.call(&mut store, &[], &mut []).unwrap();

    // A default export that is not a function is an error.
    let m = module(&engine, r#"(module (memory (export "") 1))"#);
    let i = linker.instantiate(&mut store, &m).unwrap();
    linker.instance(&mut store, "mem", i).unwrap();
    let err = linker.get_default(&mut store, "mem").unwrap_err();
    assert!(text(&err).contains("not a function"), "{err:#}");
}

#[test]
fn unknown_imports_as_traps() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    linker.func_wrap("env", "known", || 11i32).unwrap();
    let m = module(
        &engine,
        r#"(module
             (import "env" "known" (func $known (result i32)))
             (import "env" "unknown" (func $unknown (param i32) (result i32)))
             (func (export "ok") (result i32) call $known)
             (func (export "bad") (result i32) i32.const 1 call $unknown))"#,
    );
    assert!(linker.instantiate(&mut store, &m).is_err());

    linker.define_unknown_imports_as_traps(&m).unwrap();
    let i = linker.instantiate(&mut store, &m).unwrap();
    let ok = i.get_typed_func::<(), i32>(&mut store, "ok").unwrap();
    assert_eq!(ok.call(&mut store, ()).unwrap(), 11);
    let bad = i.get_typed_func::<(), i32>(&mut store, "bad").unwrap();
    let err = bad.call(&mut store, ()).unwrap_err();
    assert!(
        text(&err).contains("unknown import: `env::unknown` has not been defined"),
        "{err:#}"
    );
    // The store is still usable after the trap.
    assert_eq!(ok.call(&mut store, ()).unwrap(), 11);

    // The stub has the import's type and the known import was kept.
    let stub = linker.get(&mut store, "env", "unknown").unwrap();
    let ty = stub.into_func().unwrap().ty(&store);
    assert_eq!(ty, FuncType::new(&engine, [ValType::I32], [ValType::I32]));
    // Running it again defines nothing new (no "defined twice").
    linker.define_unknown_imports_as_traps(&m).unwrap();
}

#[test]
fn unknown_imports_as_default_values_of_every_kind() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker: Linker<()> = Linker::new(&engine);
    let m = Module::new(
        &engine,
        r#"(module
             (import "env" "f" (func $f (result f32 f64 externref i64)))
             (import "env" "g" (global $g f64))
             (import "env" "t" (table $t 2 externref))
             (import "env" "m" (memory 2 3))
             (func (export "f") (result f32 f64 externref i64) call $f)
             (func (export "rest") (result f64 i32 i32 i32)
               global.get $g
               table.size $t
               (ref.is_null (table.get $t (i32.const 1)))
               memory.size))"#,
    )
    .unwrap();
    linker
        .define_unknown_imports_as_default_values(&mut store, &m)
        .unwrap();
    let i = linker.instantiate(&mut store, &m).unwrap();
    let f = i.get_func(&mut store, "f").unwrap();
    let mut out = vec![Val::I32(9); 4];
    f.call(&mut store, &[], &mut out).unwrap();
    assert_eq!(out[0].f32(), Some(0.0));
    assert_eq!(out[1].f64(), Some(0.0));
    assert!(out[2].externref().is_some_and(|r| r.is_none()));
    assert_eq!(out[3].i64(), Some(0));
    let rest = i
        .get_typed_func::<(), (f64, i32, i32, i32)>(&mut store, "rest")
        .unwrap();
    assert_eq!(rest.call(&mut store, ()).unwrap(), (0.0, 2, 1, 2));
    // Everything is now defined: running it again changes nothing.
    linker
        .define_unknown_imports_as_default_values(&mut store, &m)
        .unwrap();
}

#[test]
fn instance_pre_instantiates_a_thousand_times_into_fresh_stores() {
    let engine = Engine::default();
    let mut linker: Linker<u64> = Linker::new(&engine);
    linker
        .func_wrap("host", "acc", |mut c: Caller<'_, u64>, v: i32| {
            *c.data_mut() += v as u64;
        })
        .unwrap();
    let m = module(
        &engine,
        r#"(module $counted
             (import "host" "acc" (func $acc (param i32)))
             (memory (export "mem") 1)
             (data (i32.const 8) "\2a\00\00\00")
             (global $g (mut i32) (i32.const 0))
             (func (export "run") (param i32) (result i32)
               local.get 0 call $acc
               global.get $g i32.const 1 i32.add global.set $g
               i32.const 8 i32.load local.get 0 i32.add global.get $g i32.add))"#,
    );
    let pre: InstancePre<u64> = linker.instantiate_pre(&m).unwrap();
    let pre2 = pre.clone();
    assert_eq!(pre2.module().name(), Some("counted"));

    for n in 0..1000 {
        let mut store = Store::new(&engine, 0);
        let p = if n % 2 == 0 { &pre } else { &pre2 };
        let i = p.instantiate(&mut store).unwrap();
        let run = i.get_typed_func::<i32, i32>(&mut store, "run").unwrap();
        assert_eq!(run.call(&mut store, n).unwrap(), 42 + n + 1);
        assert_eq!(run.call(&mut store, n).unwrap(), 42 + n + 2);
        assert_eq!(*store.data(), 2 * n as u64);
    }
}

#[test]
fn instance_pre_is_shareable_across_threads() {
    fn assert_send_sync<X: Send + Sync>() {}
    assert_send_sync::<Linker<()>>();
    assert_send_sync::<InstancePre<()>>();

    let engine = Engine::default();
    let mut linker: Linker<i32> = Linker::new(&engine);
    linker
        .func_wrap("host", "id", |c: Caller<'_, i32>| *c.data())
        .unwrap();
    let m = module(
        &engine,
        r#"(module (import "host" "id" (func $id (result i32)))
                   (func (export "run") (result i32) call $id))"#,
    );
    let pre = linker.instantiate_pre(&m).unwrap();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let pre = pre.clone();
            let engine = engine.clone();
            std::thread::spawn(move || {
                for k in 0..25 {
                    let id = t * 100 + k;
                    let mut store = Store::new(&engine, id);
                    let i = pre.instantiate(&mut store).unwrap();
                    let run = i.get_typed_func::<(), i32>(&mut store, "run").unwrap();
                    assert_eq!(run.call(&mut store, ()).unwrap(), id);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn store_bound_definitions_cannot_instantiate_into_another_store() {
    let engine = Engine::default();
    let mut first = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    let g = Global::new(
        &mut first,
        GlobalType::new(ValType::I32, Mutability::Const),
        Val::I32(77),
    )
    .unwrap();
    linker.define(&first, "env", "g", g).unwrap();
    let m = module(
        &engine,
        r#"(module (import "env" "g" (global $g i32))
                   (func (export "get") (result i32) global.get $g))"#,
    );
    let pre = linker.instantiate_pre(&m).unwrap();

    let i = pre.instantiate(&mut first).unwrap();
    let get = i.get_typed_func::<(), i32>(&mut first, "get").unwrap();
    assert_eq!(get.call(&mut first, ()).unwrap(), 77);

    let mut second = Store::new(&engine, ());
    let err = pre.instantiate(&mut second).unwrap_err();
    let msg = text(&err);
    assert!(msg.contains("`env::g`"), "{msg}");
    assert!(msg.contains("another store"), "{msg}");
    let err = linker.instantiate(&mut second, &m).unwrap_err();
    assert!(text(&err).contains("another store"), "{err:#}");

    // Defining an item with the wrong store is an error, not a panic.
    let err = linker.define(&second, "env", "h", g).unwrap_err();
    assert!(text(&err).contains("wrong store"), "{err:#}");
    let other_instance = linker.instantiate(&mut first, &m).unwrap();
    let err = linker
        .instance(&mut second, "other", other_instance)
        .unwrap_err();
    assert!(text(&err).contains("wrong store"), "{err:#}");
}

#[test]
fn modules_and_stores_of_another_engine_are_refused() {
    let engine = Engine::default();
    let other = Engine::default();
    let mut linker: Linker<()> = Linker::new(&engine);
    linker.func_wrap("env", "f", || {}).unwrap();

    let foreign = module(&other, r#"(module (import "env" "f" (func)))"#);
    let err = linker.instantiate_pre(&foreign).unwrap_err();
    assert!(text(&err).contains("Engine"), "{err:#}");

    let mut foreign_store = Store::new(&other, ());
    let f = Func::wrap(&mut foreign_store, || {});
    let err = linker
        .define(&foreign_store, "env", "g", Extern::Func(f))
        .unwrap_err();
    assert!(text(&err).contains("Engine"), "{err:#}");

    let local = module(&engine, r#"(module (import "env" "f" (func)))"#);
    let pre = linker.instantiate_pre(&local).unwrap();
    let err = pre.instantiate(&mut foreign_store).unwrap_err();
    assert!(text(&err).contains("Engine"), "{err:#}");
}
