"""Globals and tables: creating, reading, writing, growing, errors."""

import pytest

from wasmrt import (Func, FuncType, Global, GlobalType, Instance, Limits, Module, Store, Table,
                    TableType, Val, ValType, WasmrtError)

I32 = ValType.i32()


def test_globals() -> None:
    store = Store()
    g = Global(store, GlobalType(ValType.i64(), True), 5)
    assert g.value(store) == 5
    g.set_value(store, -7)
    assert g.value(store) == -7
    assert g.type(store) == GlobalType(ValType.i64(), True)
    f = Global(store, GlobalType(ValType.f32(), False), Val.f32(1.5))
    assert f.value(store) == 1.5
    with pytest.raises(WasmrtError):
        f.set_value(store, 2.0)
    with pytest.raises(TypeError):
        g.set_value(store, "x")
    with pytest.raises(TypeError):
        Global(store, ValType.i32(), 1)  # type: ignore[arg-type]


def test_exported_global_shared_with_wasm() -> None:
    store = Store()
    module = Module(store.engine, """(module (global $g (export "g") (mut i32) (i32.const 3))
        (func (export "get") (result i32) global.get $g))""")
    e = Instance(store, module, []).exports(store)
    e["g"].set_value(store, 40)
    assert e["get"](store) == 40


def test_funcref_tables() -> None:
    store = Store()
    t = Table(store, TableType(ValType.funcref(), Limits(2, 10)), None)
    assert t.size(store) == 2
    assert t.get(store, 0) is None
    f = Func(store, FuncType([], [I32]), lambda: 11)
    t.set(store, 1, f)
    got = t.get(store, 1)
    assert isinstance(got, Func) and got(store) == 11
    assert t.grow(store, 3, f) == 2
    assert t.size(store) == 5
    assert t.get(store, 4)(store) == 11
    assert t.get(store, 99) is None
    with pytest.raises(WasmrtError):
        t.set(store, 99, None)
    with pytest.raises(WasmrtError):
        t.grow(store, 100, None)
    with pytest.raises(TypeError):
        t.set(store, 0, 5)
    assert t.type(store).element == ValType.funcref()


def test_externref_tables_hold_python_objects() -> None:
    store = Store()
    t = Table(store, TableType(ValType.externref(), Limits(1, None)), None)
    obj = {"key": [1, 2]}
    t.set(store, 0, obj)
    assert t.get(store, 0) is obj
    t.grow(store, 1, "text")
    assert t.get(store, 1) == "text"


def test_table_used_by_wasm() -> None:
    store = Store()
    module = Module(store.engine, """(module (table (export "t") 1 funcref)
        (type $t (func (result i32)))
        (func (export "call0") (result i32) i32.const 0 call_indirect (type $t)))""")
    e = Instance(store, module, []).exports(store)
    e["t"].set(store, 0, Func(store, FuncType([], [I32]), lambda: 99))
    assert e["call0"](store) == 99
