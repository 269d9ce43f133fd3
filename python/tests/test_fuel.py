"""Fuel: running out, and the store's fuel methods."""

import pytest

from wasmrt import Config, Engine, Instance, Module, Store, Trap, TrapCode, WasmrtError

LOOP = '(module (func (export "spin") (loop br 0)) (func (export "ten") (result i32) i32.const 10))'


def fuel_store() -> Store:
    config = Config()
    config.consume_fuel = True
    return Store(Engine(config))


def test_out_of_fuel_traps() -> None:
    store = fuel_store()
    e = Instance(store, Module(store.engine, LOOP), []).exports(store)
    store.set_fuel(10_000)
    with pytest.raises(Trap) as info:
        e["spin"](store)
    assert info.value.trap_code == TrapCode.OUT_OF_FUEL
    assert store.get_fuel() == 0
    store.set_fuel(100)
    assert e["ten"](store) == 10
    assert store.get_fuel() < 100


def test_fuel_methods() -> None:
    store = fuel_store()
    assert store.get_fuel() == 0
    store.set_fuel(50)
    store.add_fuel(25)
    assert store.get_fuel() == 75
    assert store.consume_fuel(5) == 70
    with pytest.raises(WasmrtError):
        store.consume_fuel(1000)
    assert store.get_fuel() == 70
    consumed = store.fuel_consumed()
    assert isinstance(consumed, int)


def test_fuel_needs_the_config() -> None:
    store = Store()
    with pytest.raises(WasmrtError):
        store.set_fuel(1)
    with pytest.raises(WasmrtError):
        store.get_fuel()
    assert store.fuel_consumed() is None


def test_bad_fuel_values() -> None:
    store = fuel_store()
    for bad in (-1, 1 << 64, "5", None):
        with pytest.raises(TypeError):
            store.set_fuel(bad)  # type: ignore[arg-type]
