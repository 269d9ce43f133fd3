//! Handles used with a store they do not belong to. The rule: methods that
//! return a `Result` fail with an error naming the object and both stores;
//! the others panic with the same message (as wasmtime panics); nothing
//! ever answers silently as if the handle were the other store's.
//! `comes_from_same_store` asks without either.

use std::panic::{AssertUnwindSafe, catch_unwind};

use wasmrt::{Engine, Extern, Func, Instance, Module, Ref, Store, Val};

const WAT: &str = r#"(module
  (func (export "f") (param i32) (result i32) local.get 0)
  (memory (export "m") 1)
  (table (export "t") 2 funcref)
  (global (export "g") (mut i32) (i32.const 7)))"#;

struct Setup {
    home: Store<()>,
    other: Store<()>,
    instance: Instance,
}

fn setup() -> Setup {
    let engine = Engine::default();
    let module = Module::new(&engine, WAT).unwrap();
    let mut home = Store::new(&engine, ());
    let instance = Instance::new(&mut home, &module, &[]).unwrap();
    // The other store has an instance of its own, so that indices that
    // exist in both stores would give a plausible wrong answer.
    let mut other = Store::new(&engine, ());
    Instance::new(&mut other, &module, &[]).unwrap();
    Setup {
        home,
        other,
        instance,
    }
}

/// Asserts that `f` panics saying `what` was used with the wrong store.
fn assert_panics<R>(what: &str, f: impl FnOnce() -> R) {
    let payload = match catch_unwind(AssertUnwindSafe(f)) {
        Ok(_) => panic!("{what}: expected a wrong-store panic"),
        Err(payload) => payload,
    };
    let message = payload
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(
        message.starts_with(&format!(
            "{what} used with the wrong store (it belongs to store "
        )),
        "{message}"
    );
}

/// Asserts that `result` is the wrong-store error for `what`.
fn assert_error<T>(what: &str, result: wasmrt::Result<T>) {
    let message = match result {
        Ok(_) => panic!("{what}: expected a wrong-store error"),
        Err(e) => e.to_string(),
    };
    assert!(
        message.starts_with(&format!(
            "{what} used with the wrong store (it belongs to store "
        )),
        "{message}"
    );
}

#[test]
fn functions() {
    let Setup {
        mut home,
        mut other,
        instance,
    } = setup();
    let f = instance.get_func(&mut home, "f").unwrap();
    assert!(f.comes_from_same_store(&home));
    assert!(!f.comes_from_same_store(&other));
    assert_error(
        "function",
        f.call(&mut other, &[Val::I32(1)], &mut [Val::I32(0)]),
    );
    assert_error("function", f.typed::<i32, i32>(&other));
    let typed = f.typed::<i32, i32>(&home).unwrap();
    assert_error("function", typed.call(&mut other, 1));
    assert_panics("function", || f.ty(&other));
    // A host function too.
    let host = Func::wrap(&mut home, |x: i32| x);
    assert!(!host.comes_from_same_store(&other));
    assert_error(
        "function",
        host.call(&mut other, &[Val::I32(1)], &mut [Val::I32(0)]),
    );
    assert_panics("function", || host.ty(&other));
    // The home store is unaffected.
    assert_eq!(typed.call(&mut home, 5).unwrap(), 5);
}

#[test]
fn memories() {
    let Setup {
        mut home,
        mut other,
        instance,
    } = setup();
    let m = instance.get_memory(&mut home, "m").unwrap();
    assert!(m.comes_from_same_store(&home));
    assert!(!m.comes_from_same_store(&other));
    assert_error("memory", m.grow(&mut other, 1));
    assert_panics("memory", || m.ty(&other));
    assert_panics("memory", || m.size(&other));
    assert_panics("memory", || m.data_size(&other));
    assert_panics("memory", || m.data(&other).len());
    assert_panics("memory", || m.data_mut(&mut other).len());
    assert_panics("memory", || m.read(&other, 0, &mut [0; 4]));
    assert_panics("memory", || m.write(&mut other, 0, &[1; 4]));
    assert_eq!(m.size(&home), 1);
}

#[test]
fn tables() {
    let Setup {
        mut home,
        mut other,
        instance,
    } = setup();
    let t = instance.get_table(&mut home, "t").unwrap();
    assert!(t.comes_from_same_store(&home));
    assert!(!t.comes_from_same_store(&other));
    assert_error("table", t.set(&mut other, 0, Ref::Func(None)));
    assert_error("table", t.grow(&mut other, 1, Ref::Func(None)));
    assert_panics("table", || t.ty(&other));
    assert_panics("table", || t.size(&other));
    assert_panics("table", || t.get(&mut other, 0));
    assert_eq!(t.size(&home), 2);
}

#[test]
fn globals() {
    let Setup {
        mut home,
        mut other,
        instance,
    } = setup();
    let g = instance.get_global(&mut home, "g").unwrap();
    assert!(g.comes_from_same_store(&home));
    assert!(!g.comes_from_same_store(&other));
    assert_error("global", g.set(&mut other, Val::I32(1)));
    assert_panics("global", || g.ty(&other));
    assert_panics("global", || g.get(&mut other));
    assert_eq!(g.get(&mut home).i32(), Some(7));
}

#[test]
fn instances() {
    let Setup {
        mut home,
        mut other,
        instance,
    } = setup();
    assert!(instance.comes_from_same_store(&home));
    assert!(!instance.comes_from_same_store(&other));
    assert_error(
        "instance",
        instance.get_typed_func::<i32, i32>(&mut other, "f"),
    );
    assert_panics("instance", || instance.module(&other).name().is_some());
    assert_panics("instance", || instance.exports(&mut other).len());
    assert_panics("instance", || instance.get_export(&mut other, "f"));
    assert_panics("instance", || instance.get_func(&mut other, "f"));
    assert_panics("instance", || instance.get_memory(&mut other, "m"));
    assert_panics("instance", || instance.get_table(&mut other, "t"));
    assert_panics("instance", || instance.get_global(&mut other, "g"));
    // Externs answer for the item they hold.
    for export in instance.exports(&mut home) {
        let item: Extern = export.into_extern();
        assert!(item.comes_from_same_store(&home));
        assert!(!item.comes_from_same_store(&other));
    }
}
