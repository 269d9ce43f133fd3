//! A trapping start function makes `Instance::new` fail with that trap.

mod common;

use common::{as_trap, assert_frames, call_offset, op_offset};
use wasmparser::Operator;
use wasmrt::{Engine, Instance, Module, Store, TrapCode};

#[test]
fn unreachable_in_start_function() {
    let wasm = wat::parse_str(
        r#"(module
             (func $boom unreachable)
             (start $boom))"#,
    )
    .unwrap();
    let engine = Engine::default();
    let module = Module::new(&engine, &wasm).unwrap();
    let mut store = Store::new(&engine, ());

    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    let trap = as_trap(&err);
    assert_eq!(trap.code(), TrapCode::UnreachableCodeReached);
    assert_eq!(trap.message(), "wasm `unreachable` instruction executed");
    let offset = op_offset(&wasm, 0, |op| matches!(op, Operator::Unreachable));
    assert_frames(&wasm, trap, &[(0, "boom", offset)]);
}

#[test]
fn trap_deeper_in_start_function() {
    let wasm = wat::parse_str(
        r#"(module
             (global $zero (mut i32) (i32.const 0))
             (func $divide (result i32) i32.const 1 global.get $zero i32.div_s)
             (func $init call $divide drop)
             (start $init))"#,
    )
    .unwrap();
    let engine = Engine::default();
    let module = Module::new(&engine, &wasm).unwrap();
    let mut store = Store::new(&engine, ());

    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    let trap = as_trap(&err);
    assert_eq!(trap.code(), TrapCode::IntegerDivisionByZero);
    let div = op_offset(&wasm, 0, |op| matches!(op, Operator::I32DivS));
    assert_frames(
        &wasm,
        trap,
        &[(0, "divide", div), (1, "init", call_offset(&wasm, 1))],
    );
}

#[test]
fn store_is_usable_after_a_failed_start() {
    let engine = Engine::default();
    let failing = Module::new(&engine, "(module (func unreachable) (start 0))").unwrap();
    let working = Module::new(
        &engine,
        r#"(module
             (global $g (mut i32) (i32.const 0))
             (func $init i32.const 99 global.set $g)
             (start $init)
             (func (export "get") (result i32) global.get $g))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());

    for _ in 0..2 {
        let err = Instance::new(&mut store, &failing, &[]).unwrap_err();
        assert_eq!(as_trap(&err).code(), TrapCode::UnreachableCodeReached);
    }
    // The start function of a good module ran before `Instance::new` returned.
    let instance = Instance::new(&mut store, &working, &[]).unwrap();
    let get = instance
        .get_typed_func::<(), i32>(&mut store, "get")
        .unwrap();
    assert_eq!(get.call(&mut store, ()).unwrap(), 99);
}
