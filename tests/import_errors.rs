//! Instantiation with the wrong imports fails with an error that says what
//! is wrong: the count, the import `module::name` and both types, or a value
//! from another store or a module from another engine.

use wasmrt::{
    Engine, Extern, ExternType, Func, FuncType, Global, GlobalType, Instance, Memory, MemoryType,
    Module, Mutability, Store, Val, ValType,
};

/// The whole error chain on one line.
fn text(err: &anyhow::Error) -> String {
    format!("{err:#}")
}

#[test]
fn wrong_number_of_imports() {
    let engine = Engine::default();
    let module = Module::new(&engine, r#"(module (import "m" "f" (func)))"#).unwrap();
    let mut store = Store::new(&engine, ());

    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(
        text(&err).contains("expected 1 imports, found 0"),
        "{err:#}"
    );

    let f = Func::wrap(&mut store, || {});
    let err = Instance::new(&mut store, &module, &[f.into(), f.into()]).unwrap_err();
    assert!(
        text(&err).contains("expected 1 imports, found 2"),
        "{err:#}"
    );

    // The right count instantiates.
    Instance::new(&mut store, &module, &[f.into()]).unwrap();
}

#[test]
fn incompatible_function_type() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (import "m" "f" (func (param i32) (result i32))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let wrong = Func::wrap(&mut store, |x: i64| x);

    let err = Instance::new(&mut store, &module, &[wrong.into()]).unwrap_err();
    let message = text(&err);
    assert!(
        message.contains("incompatible import type for `m::f`"),
        "{message}"
    );
    let expected = FuncType::new(&engine, [ValType::I32], [ValType::I32]).to_string();
    let found = FuncType::new(&engine, [ValType::I64], [ValType::I64]).to_string();
    assert_ne!(expected, found);
    let at_expected = message
        .find(&expected)
        .unwrap_or_else(|| panic!("expected type `{expected}` not in: {message}"));
    let at_found = message
        .find(&found)
        .unwrap_or_else(|| panic!("found type `{found}` not in: {message}"));
    assert!(at_expected < at_found, "{message}");
    assert!(message.contains("expected"), "{message}");
    assert!(message.contains("found"), "{message}");

    // The import's own type, as the module reports it, is the expected one.
    let import = module.imports().next().unwrap();
    assert_eq!((import.module(), import.name()), ("m", "f"));
    match import.ty() {
        ExternType::Func(ty) => assert_eq!(ty.to_string(), expected),
        other => panic!("import type is {other}"),
    }
}

#[test]
fn incompatible_kinds_and_limits() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
             (import "env" "f" (func))
             (import "env" "mem" (memory 2))
             (import "env" "g" (global (mut i32))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let f = Func::wrap(&mut store, || {});
    let big = Memory::new(&mut store, MemoryType::new(2, None)).unwrap();
    let small = Memory::new(&mut store, MemoryType::new(1, None)).unwrap();
    let var = Global::new(
        &mut store,
        GlobalType::new(ValType::I32, Mutability::Var),
        Val::I32(0),
    )
    .unwrap();
    let constant = Global::new(
        &mut store,
        GlobalType::new(ValType::I32, Mutability::Const),
        Val::I32(0),
    )
    .unwrap();
    let var_i64 = Global::new(
        &mut store,
        GlobalType::new(ValType::I64, Mutability::Var),
        Val::I64(0),
    )
    .unwrap();

    let cases: [(&str, [Extern; 3]); 5] = [
        ("env::f", [big.into(), big.into(), var.into()]),
        ("env::mem", [f.into(), f.into(), var.into()]),
        ("env::mem", [f.into(), small.into(), var.into()]),
        ("env::g", [f.into(), big.into(), constant.into()]),
        ("env::g", [f.into(), big.into(), var_i64.into()]),
    ];
    for (name, imports) in cases {
        let err = Instance::new(&mut store, &module, &imports).unwrap_err();
        assert!(
            text(&err).contains(&format!("incompatible import type for `{name}`")),
            "{err:#}"
        );
    }
    Instance::new(&mut store, &module, &[f.into(), big.into(), var.into()]).unwrap();
}

#[test]
fn import_from_another_store() {
    let engine = Engine::default();
    let module = Module::new(&engine, r#"(module (import "m" "f" (func)))"#).unwrap();
    let mut store = Store::new(&engine, ());
    let mut other = Store::new(&engine, ());
    let foreign = Func::wrap(&mut other, || {});

    let err = Instance::new(&mut store, &module, &[foreign.into()]).unwrap_err();
    assert!(
        text(&err).contains("cross-`Store` instantiation is not currently supported"),
        "{err:#}"
    );

    // The same function works in its own store.
    Instance::new(&mut other, &module, &[foreign.into()]).unwrap();
}

#[test]
fn module_from_another_engine() {
    let engine = Engine::default();
    let other_engine = Engine::default();
    assert!(!Engine::same(&engine, &other_engine));
    assert!(Engine::same(&engine, &engine.clone()));

    let module = Module::new(&other_engine, "(module (func (export \"f\")))").unwrap();
    let mut store = Store::new(&engine, ());
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(
        text(&err).contains("cross-`Engine` instantiation is not currently supported"),
        "{err:#}"
    );

    let mut right_store = Store::new(&other_engine, ());
    Instance::new(&mut right_store, &module, &[]).unwrap();
}

#[test]
fn module_validate_reports_errors_without_compiling() {
    let engine = wasmrt::Engine::default();
    let good = wat::parse_str("(module (func (result i32) i32.const 1))").unwrap();
    wasmrt::Module::validate(&engine, &good).unwrap();
    let bad = wat::parse_str("(module (func (result i32) i64.const 1))").unwrap();
    let err = wasmrt::Module::validate(&engine, &bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("type mismatch"), "{err}");
    assert!(err.contains("offset"), "{err}");
    let garbage = wasmrt::Module::validate(&engine, b"\0asm\x01\0\0\0\x05").unwrap_err();
    assert!(
        garbage.to_string().contains("invalid WebAssembly module"),
        "{garbage}"
    );
}

#[test]
fn engine_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<wasmrt::Engine>();
    check::<wasmrt::Module>();
}

#[test]
fn store_moves_between_threads() {
    fn check<T: Send + 'static>() {}
    check::<wasmrt::Store<()>>();
    check::<wasmrt::Linker<()>>();
    let engine = wasmrt::Engine::default();
    let module = wasmrt::Module::new(
        &engine,
        r#"(module (func (export "f") (result i32) i32.const 5))"#,
    )
    .unwrap();
    let mut store = wasmrt::Store::new(&engine, ());
    let instance = wasmrt::Instance::new(&mut store, &module, &[]).unwrap();
    let handle = std::thread::spawn(move || {
        let f = instance.get_typed_func::<(), i32>(&mut store, "f").unwrap();
        f.call(&mut store, ()).unwrap()
    });
    assert_eq!(handle.join().unwrap(), 5);
}
