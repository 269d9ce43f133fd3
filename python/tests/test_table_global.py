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
    null = t.get(store, 0)
    assert isinstance(null, Val) and null.value is None
    assert null.type == ValType.funcref() and null == Val.funcref(None)
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


def test_null_references_read_back_as_vals_holding_none() -> None:
    store = Store()
    ext = Table(store, TableType(ValType.externref(), Limits(3, None)), None)
    empty = ext.get(store, 0)
    assert isinstance(empty, Val)
    assert empty.type == ValType.externref() and empty.value is None
    assert empty.as_externref() is None and empty == None  # noqa: E711
    # A falsy externref object comes back wrapped, a truthy one bare.
    ext.set(store, 1, 0)
    ext.set(store, 2, [5])
    zero = ext.get(store, 1)
    assert isinstance(zero, Val) and zero.value == 0 and zero.type == ValType.externref()
    assert ext.get(store, 2) == [5] and not isinstance(ext.get(store, 2), Val)
    # Out of bounds is still plain None.
    assert ext.get(store, 3) is None

    g = Global(store, GlobalType(ValType.funcref(), True), None)
    got = g.value(store)
    assert isinstance(got, Val) and got.type == ValType.funcref() and got.value is None
    f = Func(store, FuncType([], [I32]), lambda: 4)
    g.set_value(store, f)
    assert isinstance(g.value(store), Func) and g.value(store)(store) == 4
    g.set_value(store, got)  # the Val goes back in as a null funcref
    assert g.value(store).value is None
    h = Global(store, GlobalType(ValType.externref(), False), None)
    assert h.value(store) == Val.externref(None)
    # Numbers are never wrapped, zero included.
    assert Global(store, GlobalType(I32, False), 0).value(store) == 0
    assert type(Global(store, GlobalType(I32, False), 0).value(store)) is int
