//! Fuel metering: exact costs, exhaustion, and the host-side fuel API.

use wasmrt::*;

/// Fuel is metered as wasmtime meters it: entering a function costs 1 and
/// each iteration here runs `local.get, i32.const, i32.sub, local.set,
/// local.get, br_if`, 6 fuel (`loop` and `end` are free), so `count(n)`
/// costs 6n + 1. Fuel is checked at function entry and loop headers, where
/// some must be left: the last check (before the last iteration) needs
/// 6(n-1) + 1 < fuel, so the least fuel that runs `count(n)` is 6n - 4.
/// wasmtime 48 gives the same numbers for this module.
const WAT: &str = r#"(module
  (func (export "count") (param $n i32)
    (loop $l
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n))))
  )"#;

fn setup(fuel: bool) -> (Store<()>, TypedFunc<i32, ()>) {
    let mut config = Config::new();
    config.consume_fuel(fuel);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(&engine, WAT).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let count = instance
        .get_typed_func::<i32, ()>(&mut store, "count")
        .unwrap();
    (store, count)
}

#[test]
fn a_loop_consumes_exactly_the_predicted_fuel() {
    let (mut store, count) = setup(true);
    for n in [1, 10, 1000] {
        let cost = 6 * n as u64 + 1;
        store.set_fuel(cost + 5).unwrap();
        let before = store.fuel_consumed().unwrap();
        count.call(&mut store, n).unwrap();
        assert_eq!(store.get_fuel().unwrap(), 5, "n = {n}");
        assert_eq!(store.fuel_consumed().unwrap() - before, cost, "n = {n}");
        // The least fuel that runs it: the last iteration is not checked.
        store.set_fuel(6 * n as u64 - 4).unwrap();
        count.call(&mut store, n).unwrap();
        assert_eq!(
            store.get_fuel().unwrap(),
            0,
            "n = {n}: 5 fuel over, reported as 0 left"
        );
    }
}

#[test]
fn less_fuel_than_predicted_traps_out_of_fuel() {
    let (mut store, count) = setup(true);
    for n in [1, 10, 1000] {
        store.set_fuel(6 * n as u64 - 5).unwrap();
        let err = count.call(&mut store, n).unwrap_err();
        let trap = err
            .downcast_ref::<Trap>()
            .unwrap_or_else(|| panic!("{err:?}"));
        assert_eq!(trap.code(), TrapCode::OutOfFuel);
        assert!(err.to_string().contains("all fuel consumed"), "{err}");
    }
    // With fuel added the same store runs again.
    store.set_fuel(60).unwrap();
    count.call(&mut store, 10).unwrap();
}

#[test]
fn host_fuel_api() {
    let (mut store, count) = setup(true);
    store.set_fuel(10).unwrap();
    assert_eq!(store.get_fuel().unwrap(), 10);
    let err = store.consume_fuel(11).unwrap_err();
    assert!(err.to_string().contains("not enough fuel"), "{err}");
    assert_eq!(
        store.get_fuel().unwrap(),
        10,
        "a failed consume uses nothing"
    );
    assert_eq!(store.consume_fuel(4).unwrap(), 6);
    store.add_fuel(7).unwrap();
    assert_eq!(store.get_fuel().unwrap(), 13);
    // count(2) costs 6 * 2 + 1.
    count.call(&mut store, 2).unwrap();
    assert_eq!(store.get_fuel().unwrap(), 0);
    assert_eq!(store.fuel_consumed(), Some(4 + 13));
}

#[test]
fn fuel_calls_error_when_fuel_is_disabled() {
    let (mut store, count) = setup(false);
    for err in [
        store.set_fuel(1).unwrap_err(),
        store.get_fuel().unwrap_err(),
        store.add_fuel(1).unwrap_err(),
        store.consume_fuel(1).unwrap_err(),
    ] {
        assert!(err.to_string().contains("fuel is not configured"), "{err}");
    }
    assert_eq!(store.fuel_consumed(), None);
    count.call(&mut store, 100).unwrap();
}

/// Costs and trap points of small functions, as measured on wasmtime 48
/// (fuel used by one call from the host, and whether a call with exactly
/// that much fuel, or one less, runs).
#[test]
fn costs_match_wasmtime() {
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config).unwrap();
    let run = |body: &str, arg: i32, fuel: u64| -> (bool, u64) {
        let wat = format!(r#"(module (func (export "f") (param i32) {body}))"#);
        let module = Module::new(&engine, wat).unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let f = instance.get_typed_func::<i32, ()>(&mut store, "f").unwrap();
        store.set_fuel(fuel).unwrap();
        let ok = f.call(&mut store, arg).is_ok();
        (ok, store.get_fuel().unwrap())
    };
    let big = 1_000_000;
    for (body, arg, cost) in [
        ("", 0, 1),
        ("i32.const 1 drop", 0, 2),
        ("return", 0, 1),
        ("unreachable", 0, 1),
        ("(block (br 1))", 0, 2),
        ("(block (br_if 1 (local.get 0)))", 1, 3),
        ("(block (br_if 1 (local.get 0)))", 0, 3),
        ("(local.set 0 (i32.add (i32.const 1) (i32.const 2)))", 0, 5),
    ] {
        let (_, left) = run(body, arg, big);
        assert_eq!(big - left, cost, "cost of `{body}`");
    }
    // Entering a function checks that fuel is left after its entry cost.
    assert_eq!(run("", 0, 1), (false, 0));
    assert_eq!(run("", 0, 2), (true, 1));
    // No check at the end: a call may finish over budget (reported as 0).
    assert_eq!(
        run("(local.set 0 (i32.add (i32.const 1) (i32.const 2)))", 0, 3),
        (true, 0)
    );
}
