//! Fuel metering: exact costs, exhaustion, and the host-side fuel API.

use wasmrt::*;

/// Each iteration runs `local.get, i32.const, i32.sub, local.set, local.get,
/// br_if`: 6 fuel; `loop` and `end` are free. So `count(n)` costs 6n.
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
        let cost = 6 * n as u64;
        store.set_fuel(cost).unwrap();
        let before = store.fuel_consumed().unwrap();
        count.call(&mut store, n).unwrap();
        assert_eq!(store.get_fuel().unwrap(), 0, "n = {n}");
        assert_eq!(store.fuel_consumed().unwrap() - before, cost, "n = {n}");
    }
}

#[test]
fn less_fuel_than_predicted_traps_out_of_fuel() {
    let (mut store, count) = setup(true);
    for n in [1, 10, 1000] {
        store.set_fuel(6 * n as u64 - 1).unwrap();
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
    store.add_fuel(6).unwrap();
    assert_eq!(store.get_fuel().unwrap(), 12);
    count.call(&mut store, 2).unwrap();
    assert_eq!(store.get_fuel().unwrap(), 0);
    assert_eq!(store.fuel_consumed(), Some(16));
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
