//! Fuel of bulk operators, found by the differential fuzzer (`fuzz/`):
//! wasmtime 48 charges one fuel per byte of `memory.copy`/`fill`/`init`
//! and per element of `table.copy`/`fill`/`init`/`grow` on top of the
//! operator's own 1, and checks fuel before an operation whose length is
//! not a constant of at most 128. wasmrt charged only the 1. The expected
//! numbers are wasmtime 48.0.8's for this module.

use wasmrt::*;

const WAT: &str = r#"(module (memory (export "mem") 1) (table 10 funcref) (data $d "abcdefgh") (elem $e func $f $f $f)
  (func $f)
  (func (export "fill") (memory.fill (i32.const 0) (i32.const 1) (i32.const 100)))
  (func (export "fillbig") (memory.fill (i32.const 0) (i32.const 1) (i32.const 1000)))
  (func (export "copy") (memory.copy (i32.const 0) (i32.const 10) (i32.const 7)))
  (func (export "init") (memory.init $d (i32.const 0) (i32.const 2) (i32.const 5)))
  (func (export "tfill") (table.fill (i32.const 0) (ref.null func) (i32.const 4)))
  (func (export "tcopy") (table.copy (i32.const 0) (i32.const 3) (i32.const 2)))
  (func (export "tinit") (table.init $e (i32.const 0) (i32.const 0) (i32.const 3)))
  (func (export "tgrow") (drop (table.grow (ref.null func) (i32.const 5))))
  (func (export "mgrow") (drop (memory.grow (i32.const 2))))
  (func (export "fill0") (memory.fill (i32.const 0) (i32.const 1) (i32.const 0)))
  (func (export "mgrowdyn") (drop (memory.grow (memory.size))))
  (func (export "filldyn") (memory.fill (i32.const 0) (i32.const 1) (i32.add (i32.const 100) (i32.const 1))))
)"#;

fn setup() -> (Store<()>, Instance) {
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, ());
    store.set_fuel(1 << 40).unwrap();
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    (store, instance)
}

#[test]
fn bulk_operators_cost_their_length_as_in_wasmtime() {
    let (mut store, instance) = setup();
    for (name, cost) in [
        ("fill", 105),
        ("fillbig", 1005),
        ("copy", 12),
        ("init", 10),
        ("tfill", 9),
        ("tcopy", 7),
        ("tinit", 8),
        ("tgrow", 9),
        ("mgrow", 3),
        ("fill0", 5),
        ("filldyn", 108),
        ("mgrowdyn", 3),
    ] {
        let f = instance.get_func(&mut store, name).unwrap();
        store.set_fuel(1 << 40).unwrap();
        f.call(&mut store, &[], &mut []).unwrap();
        assert_eq!((1 << 40) - store.get_fuel().unwrap(), cost, "{name}");
    }
}

/// `memory.grow` with a delta known only at run time checks fuel before
/// growing (costing nothing per page), as wasmtime 48 does: with exactly
/// the fuel its operators cost, it traps there instead of returning.
#[test]
fn a_dynamic_memory_grow_checks_fuel() {
    let (mut store, instance) = setup();
    let f = instance.get_func(&mut store, "mgrowdyn").unwrap();
    // Entry 1 + memory.size 1 + memory.grow 1 = 3 before the check.
    store.set_fuel(3).unwrap();
    let err = f.call(&mut store, &[], &mut []).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>().unwrap().code(),
        TrapCode::OutOfFuel
    );
    let memory = instance.get_memory(&mut store, "mem").unwrap();
    assert_eq!(memory.size(&store), 1, "the memory did not grow");
}

#[test]
fn a_large_fill_runs_out_of_fuel_before_writing() {
    let (mut store, instance) = setup();
    let f = instance.get_func(&mut store, "fillbig").unwrap();
    store.set_fuel(300).unwrap();
    let err = f.call(&mut store, &[], &mut []).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>().unwrap().code(),
        TrapCode::OutOfFuel
    );
    let memory = instance.get_memory(&mut store, "mem").unwrap();
    assert_eq!(
        memory.data(&store)[..1000],
        [0; 1000],
        "nothing was written"
    );
}

#[test]
fn an_immutable_global_is_a_constant_delta() {
    // wasmtime 48 reads an immutable, constant-initialised global as its
    // constant, so a `memory.grow` by it has a constant delta and no fuel
    // check (0 fuel a page), and the function runs on to its
    // `unreachable`; wasmrt checked there and ran out of fuel (found by the
    // differential fuzzer, SIMD seed 198091).
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(
        &engine,
        r#"(module (memory 1) (global $pages i32 (i32.const 1000))
             (func (export "grow")
               i32.const 0 drop i32.const 0 drop i32.const 0 drop i32.const 0 drop
               i32.const 0 drop i32.const 0 drop i32.const 0 drop i32.const 0 drop
               (drop (memory.grow (global.get $pages)))
               unreachable))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let f = instance.get_func(&mut store, "grow").unwrap();
    store.set_fuel(5).unwrap();
    let err = f.call(&mut store, &[], &mut []).unwrap_err();
    assert_eq!(
        err.downcast_ref::<Trap>().unwrap().code(),
        TrapCode::UnreachableCodeReached
    );
    // As wasmtime: the fuel stored at `unreachable`.
    assert_eq!(store.get_fuel().unwrap(), 0);
}
