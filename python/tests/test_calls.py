"""Calling wasm functions from Python: numbers, multiple results, wrapping,
`Val` arguments, wrong arity and wrong types."""

import math

import pytest

from wasmrt import (Engine, Func, FuncType, Instance, Module, Store, Val, ValType, WasmrtError)

WAT = """
(module
  (func (export "nop"))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "add64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.add)
  (func (export "mulf") (param f32 f32) (result f32) local.get 0 local.get 1 f32.mul)
  (func (export "divd") (param f64 f64) (result f64) local.get 0 local.get 1 f64.div)
  (func (export "swap") (param i32 i64) (result i64 i32) local.get 1 local.get 0)
  (func (export "three") (result i32 f64 i64) i32.const 1 f64.const 2.5 i64.const 3)
  (func (export "mixed") (param i32 i64 f32 f64) (result f64)
    local.get 0 f64.convert_i32_s local.get 1 f64.convert_i64_s f64.add
    local.get 2 f64.promote_f32 f64.add local.get 3 f64.add))
"""


@pytest.fixture
def env():  # type: ignore[no-untyped-def]
    store = Store()
    exports = Instance(store, Module(store.engine, WAT), []).exports(store)
    return store, exports


def test_numbers(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    assert e["nop"](store) is None
    assert e["add"](store, 2, 3) == 5
    assert e["add64"](store, 1 << 40, 1) == (1 << 40) + 1
    assert e["mulf"](store, 1.5, 2.0) == 3.0
    assert e["divd"](store, 1.0, 4.0) == 0.25
    assert math.isinf(e["divd"](store, 1.0, 0.0))
    assert e["mixed"](store, 1, 2, 0.5, 0.25) == 3.75


def test_multiple_results_come_back_as_a_list(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    assert e["swap"](store, 7, -8) == [-8, 7]
    assert e["three"](store) == [1, 2.5, 3]


def test_integers_wrap_like_wasmtime_py(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    assert e["add"](store, 0x7fffffff, 1) == -0x80000000
    assert e["add"](store, 0xffffffff, 0) == -1
    assert e["add64"](store, 0xffffffffffffffff, 2) == 1
    assert e["add"](store, True, True) == 2


def test_val_arguments(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    assert e["add"](store, Val.i32(4), 5) == 9
    assert e["mulf"](store, Val.f32(2.0), Val.f32(0.5)) == 1.0
    with pytest.raises(TypeError):
        e["add"](store, Val.i64(4), 5)


def test_ints_are_accepted_for_floats(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    assert e["divd"](store, 1, 2) == 0.5
    assert math.isinf(e["mulf"](store, 1e300, 1.0))


def test_wrong_arity(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    with pytest.raises(WasmrtError) as info:
        e["add"](store, 1)
    assert "too few parameters provided: given 1, expected 2" in str(info.value)
    with pytest.raises(WasmrtError) as info:
        e["add"](store, 1, 2, 3)
    assert "too many parameters provided: given 3, expected 2" in str(info.value)
    with pytest.raises(WasmrtError):
        e["nop"](store, 1)
    assert e["add"](store, 1, 2) == 3


def test_wrong_types(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    for bad in ("1", 1.5, None, [1], object()):
        with pytest.raises(TypeError):
            e["add"](store, bad, 1)
        with pytest.raises(WasmrtError):
            e["add"](store, 1, bad)
    with pytest.raises(TypeError):
        e["divd"](store, "x", 1.0)
    assert e["add"](store, 1, 2) == 3


def test_bad_store_arguments(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    for bad in (None, 1, "store", e):
        with pytest.raises(TypeError):
            e["add"](bad, 1, 2)
    assert e["add"](store, 1, 2) == 3


def test_function_type(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    ty = e["swap"].type(store)
    assert ty.params == [ValType.i32(), ValType.i64()]
    assert ty.results == [ValType.i64(), ValType.i32()]


def test_host_function_called_directly_from_python() -> None:
    store = Store(Engine())
    f = Func(store, FuncType([ValType.i32(), ValType.f64()], [ValType.f64()]),
             lambda a, b: a * b)
    assert f(store, 3, 0.5) == 1.5
