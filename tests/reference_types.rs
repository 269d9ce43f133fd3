//! funcref and externref values crossing the host/wasm boundary through
//! every path (Func::call, TypedFunc, host functions, globals, tables), and
//! externref host values being reclaimed once unreachable.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasmrt::*;

const WAT: &str = r#"
(module
  (import "host" "ext_id" (func $ext_id (param externref) (result externref)))
  (import "host" "func_id" (func $func_id (param funcref) (result funcref)))
  (table $ft (export "ftable") 4 funcref)
  (table $et (export "etable") 4 externref)
  (global $eg (export "eglobal") (mut externref) (ref.null extern))
  (global $fg (export "fglobal") (mut funcref) (ref.null func))
  (func $seven (export "seven") (result i32) i32.const 7)
  (func (export "ext_roundtrip") (param externref) (result externref)
    (call $ext_id (local.get 0)))
  (func (export "func_roundtrip") (param funcref) (result funcref)
    (call $func_id (local.get 0)))
  (func (export "seven_ref") (result funcref) (ref.func $seven))
  (func (export "store_ext") (param i32 externref) (table.set $et (local.get 0) (local.get 1)))
  (func (export "load_ext") (param i32) (result externref) (table.get $et (local.get 0)))
  (func (export "set_eglobal") (param externref) (global.set $eg (local.get 0)))
  (func (export "is_null") (param externref) (result i32) (ref.is_null (local.get 0)))
  (func (export "call_slot") (param i32) (result i32)
    (call_indirect $ft (result i32) (local.get 0)))
  (elem declare func $seven)
)"#;

/// A host value that counts its drops.
struct Tracked(Arc<AtomicUsize>);

impl Drop for Tracked {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

fn setup() -> (Store<()>, Instance) {
    let engine = Engine::default();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, ());
    let ext_id = Func::wrap(&mut store, |e: Option<ExternRef>| e);
    let func_id = Func::new(
        &mut store,
        FuncType::new(&engine, [ValType::FuncRef], [ValType::FuncRef]),
        |_, params, results| {
            results[0] = params[0].clone();
            Ok(())
        },
    );
    let instance = Instance::new(&mut store, &module, &[ext_id.into(), func_id.into()]).unwrap();
    (store, instance)
}

#[test]
fn externref_through_func_call_and_host_function() {
    let (mut store, instance) = setup();
    let f = instance.get_func(&mut store, "ext_roundtrip").unwrap();
    let e = ExternRef::new(&mut store, String::from("hello")).unwrap();
    let mut results = [Val::I32(0)];
    f.call(&mut store, &[Val::ExternRef(Some(e.clone()))], &mut results)
        .unwrap();
    let back = results[0].externref().unwrap().unwrap();
    assert!(ExternRef::ptr_eq(back, &e));
    assert_eq!(back.data().downcast_ref::<String>().unwrap(), "hello");
    f.call(&mut store, &[Val::ExternRef(None)], &mut results)
        .unwrap();
    assert!(results[0].externref().unwrap().is_none());
}

#[test]
fn externref_through_typed_func_table_and_global() {
    let (mut store, instance) = setup();
    let e = ExternRef::new(&mut store, 41u64).unwrap();
    let store_ext = instance
        .get_typed_func::<(i32, Option<ExternRef>), ()>(&mut store, "store_ext")
        .unwrap();
    let load_ext = instance
        .get_typed_func::<i32, Option<ExternRef>>(&mut store, "load_ext")
        .unwrap();
    store_ext.call(&mut store, (2, Some(e.clone()))).unwrap();
    let got = load_ext.call(&mut store, 2).unwrap().unwrap();
    assert_eq!(got.data().downcast_ref::<u64>(), Some(&41));
    // The table seen from the host holds the same reference.
    let table = instance.get_table(&mut store, "etable").unwrap();
    assert_eq!(table.ty(&mut store).element(), ValType::ExternRef);
    let from_table = table.get(&mut store, 2).unwrap();
    assert!(ExternRef::ptr_eq(
        from_table.as_extern().unwrap().unwrap(),
        &e
    ));
    // Host writes into the table, wasm reads it.
    let other = ExternRef::new(&mut store, 9u8).unwrap();
    table
        .set(&mut store, 0, Ref::Extern(Some(other.clone())))
        .unwrap();
    assert!(ExternRef::ptr_eq(
        &load_ext.call(&mut store, 0).unwrap().unwrap(),
        &other
    ));
    // A funcref does not fit an externref table.
    let seven = instance.get_func(&mut store, "seven").unwrap();
    assert!(table.set(&mut store, 1, Ref::Func(Some(seven))).is_err());
    // Globals.
    let global = instance.get_global(&mut store, "eglobal").unwrap();
    assert!(global.get(&mut store).externref().unwrap().is_none());
    let set = instance
        .get_typed_func::<Option<ExternRef>, ()>(&mut store, "set_eglobal")
        .unwrap();
    set.call(&mut store, Some(e.clone())).unwrap();
    assert!(ExternRef::ptr_eq(
        global.get(&mut store).externref().unwrap().unwrap(),
        &e
    ));
    global.set(&mut store, Val::ExternRef(None)).unwrap();
    let is_null = instance
        .get_typed_func::<Option<ExternRef>, i32>(&mut store, "is_null")
        .unwrap();
    assert_eq!(is_null.call(&mut store, None).unwrap(), 1);
    assert_eq!(is_null.call(&mut store, Some(e)).unwrap(), 0);
}

#[test]
fn funcref_through_every_path() {
    let (mut store, instance) = setup();
    let seven = instance.get_func(&mut store, "seven").unwrap();
    // Func::call with a funcref through a host function (Func::new).
    let roundtrip = instance.get_func(&mut store, "func_roundtrip").unwrap();
    let mut results = [Val::I32(0)];
    roundtrip
        .call(&mut store, &[Val::FuncRef(Some(seven))], &mut results)
        .unwrap();
    let back = results[0].funcref().unwrap().copied().unwrap();
    assert_eq!(
        back.typed::<(), i32>(&store)
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        7
    );
    // ref.func returned through TypedFunc.
    let seven_ref = instance
        .get_typed_func::<(), Option<Func>>(&mut store, "seven_ref")
        .unwrap();
    let f = seven_ref.call(&mut store, ()).unwrap().unwrap();
    assert_eq!(
        f.typed::<(), i32>(&store)
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        7
    );
    // Table: the host puts a wasm function and a host function in, wasm calls them.
    let table = instance.get_table(&mut store, "ftable").unwrap();
    table.set(&mut store, 1, Ref::Func(Some(seven))).unwrap();
    let host = Func::wrap(&mut store, || 99i32);
    table.set(&mut store, 3, host.into()).unwrap();
    let call_slot = instance
        .get_typed_func::<i32, i32>(&mut store, "call_slot")
        .unwrap();
    assert_eq!(call_slot.call(&mut store, 1).unwrap(), 7);
    assert_eq!(call_slot.call(&mut store, 3).unwrap(), 99);
    let err = call_slot.call(&mut store, 0).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>().unwrap().code(),
        TrapCode::IndirectCallToNull
    );
    // Global.
    let global = instance.get_global(&mut store, "fglobal").unwrap();
    global.set(&mut store, Val::FuncRef(Some(host))).unwrap();
    let g = global.get(&mut store).funcref().unwrap().copied().unwrap();
    assert_eq!(
        g.typed::<(), i32>(&store)
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        99
    );
}

#[test]
fn externref_is_dropped_once_unreachable() {
    let (mut store, instance) = setup();
    let drops = Arc::new(AtomicUsize::new(0));
    let e = ExternRef::new(&mut store, Tracked(drops.clone())).unwrap();
    let set = instance
        .get_typed_func::<Option<ExternRef>, ()>(&mut store, "set_eglobal")
        .unwrap();
    let store_ext = instance
        .get_typed_func::<(i32, Option<ExternRef>), ()>(&mut store, "store_ext")
        .unwrap();
    set.call(&mut store, Some(e.clone())).unwrap();
    store_ext.call(&mut store, (1, Some(e.clone()))).unwrap();
    drop(e);
    store.gc();
    assert_eq!(
        drops.load(Ordering::SeqCst),
        0,
        "still in a global and a table"
    );
    set.call(&mut store, None).unwrap();
    store.gc();
    assert_eq!(drops.load(Ordering::SeqCst), 0, "still in the table");
    store_ext.call(&mut store, (1, None)).unwrap();
    store.gc();
    assert_eq!(drops.load(Ordering::SeqCst), 1, "unreachable now");
}

#[test]
fn externrefs_are_collected_automatically() {
    let (mut store, instance) = setup();
    let drops = Arc::new(AtomicUsize::new(0));
    let is_null = instance
        .get_typed_func::<Option<ExternRef>, i32>(&mut store, "is_null")
        .unwrap();
    for _ in 0..5000 {
        let e = ExternRef::new(&mut store, Tracked(drops.clone())).unwrap();
        assert_eq!(is_null.call(&mut store, Some(e)).unwrap(), 0);
    }
    // No explicit gc: calls into wasm collected along the way.
    assert!(
        drops.load(Ordering::SeqCst) >= 3000,
        "only {} dropped",
        drops.load(Ordering::SeqCst)
    );
}

#[test]
fn externref_from_another_store_is_rejected() {
    let (mut store, instance) = setup();
    let mut other = Store::new(store.engine(), ());
    let foreign = ExternRef::new(&mut other, 1u8).unwrap();
    let is_null = instance
        .get_typed_func::<Option<ExternRef>, i32>(&mut store, "is_null")
        .unwrap();
    let err = is_null.call(&mut store, Some(foreign)).unwrap_err();
    assert!(err.to_string().contains("wrong store"), "{err}");
}

#[test]
fn disabled_reference_types_fail_validation_naming_the_feature() {
    let mut config = Config::new();
    config.wasm_reference_types(false);
    let engine = Engine::new(&config).unwrap();
    let err = Module::new(&engine, r#"(module (func (param externref)))"#).unwrap_err();
    assert!(err.to_string().contains("reference types"), "{err}");
    let mut config = Config::new();
    config.wasm_bulk_memory(false);
    let engine = Engine::new(&config).unwrap();
    let err = Module::new(
        &engine,
        r#"(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("bulk memory"), "{err}");
}

#[test]
fn bulk_memory_trap_has_exact_backtrace() {
    let engine = Engine::default();
    let wat = r#"(module (memory 1)
        (func $fill (export "fill") (param i32)
          (memory.fill (local.get 0) (i32.const 1) (i32.const 16))))"#;
    let wasm = wat::parse_str(wat).unwrap();
    let module = Module::new(&engine, &wasm).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let fill = instance
        .get_typed_func::<i32, ()>(&mut store, "fill")
        .unwrap();
    fill.call(&mut store, 100).unwrap();
    let err = fill.call(&mut store, 65536 - 8).unwrap_err();
    let trap = err.downcast_ref::<Trap>().unwrap();
    assert_eq!(trap.code(), TrapCode::MemoryOutOfBounds);
    let frames = trap.trace().frames();
    assert_eq!(frames.len(), 1);
    assert_eq!(frames[0].func_name(), Some("fill"));
    // memory.fill is 0xfc 0x0b: the frame points at that instruction.
    let at = frames[0].module_offset().unwrap();
    assert_eq!(&wasm[at..at + 2], &[0xfc, 0x0b]);
}
