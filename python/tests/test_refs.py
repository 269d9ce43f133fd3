"""Reference values crossing the boundary: externref objects and funcrefs,
as arguments, results and host function values."""

import gc

import pytest

from wasmrt import Func, FuncType, Instance, Module, Store, Val, ValType, WasmrtError

EXT = ValType.externref()
FUN = ValType.funcref()
I32 = ValType.i32()

WAT = """
(module
  (import "" "host" (func $host (param externref) (result externref)))
  (func (export "id") (param externref) (result externref) local.get 0)
  (func (export "via_host") (param externref) (result externref) local.get 0 call $host)
  (func (export "fid") (param funcref) (result funcref) local.get 0)
  (func (export "is_null") (param externref) (result i32) local.get 0 ref.is_null))
"""


def env(host=lambda x: x):  # type: ignore[no-untyped-def]
    store = Store()
    f = Func(store, FuncType([EXT], [EXT]), host)
    return store, Instance(store, Module(store.engine, WAT), [f]).exports(store)


def test_externref_round_trip_keeps_identity() -> None:
    store, e = env()
    obj = object()
    assert e["id"](store, obj) is obj
    assert e["id"](store, None) is None
    assert e["is_null"](store, None) == 1
    assert e["is_null"](store, obj) == 0
    assert e["id"](store, Val.externref(42)) == 42


def test_externref_through_a_host_function() -> None:
    seen = []

    def host(x):  # type: ignore[no-untyped-def]
        seen.append(x)
        return [x, "wrapped"]
    store, e = env(host)
    obj = ("a", 1)
    assert e["via_host"](store, obj) == [obj, "wrapped"]
    assert seen == [obj]


def test_funcref_round_trip() -> None:
    store, e = env()
    f = Func(store, FuncType([], [I32]), lambda: 5)
    back = e["fid"](store, f)
    assert isinstance(back, Func) and back(store) == 5
    assert e["fid"](store, None) is None
    with pytest.raises(TypeError):
        e["fid"](store, 5)


def test_funcref_of_another_store_is_refused() -> None:
    store, e = env()
    other = Store(store.engine)
    f = Func(other, FuncType([], []), lambda: None)
    with pytest.raises(WasmrtError):
        e["fid"](store, f)


def test_externref_objects_are_released() -> None:
    from wasmrt import _value
    store, e = env()
    before = len(_value._EXTERNS)
    for i in range(100):
        e["id"](store, [i])
    store.gc()
    gc.collect()
    assert len(_value._EXTERNS) <= before + 1
    store.close()
    assert len(_value._EXTERNS) <= before


def test_val_helpers() -> None:
    assert Val.i32(0xffffffff).value == -1
    assert Val.i64(1).as_i64() == 1 and Val.i64(1).as_i32() is None
    assert Val.f64(2.5).type == ValType.f64()
    assert Val.ref_null(EXT).value is None
    with pytest.raises(WasmrtError):
        Val.ref_null(I32)
    with pytest.raises(TypeError):
        Val.i32("1")  # type: ignore[arg-type]
    assert Val.i32(3) == Val.i32(3) and Val.i32(3) == 3
    assert Val.v128(1 << 100).as_v128() == 1 << 100
