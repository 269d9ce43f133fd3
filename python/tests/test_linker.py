"""Linkers: definitions, instances, shadowing, defaults, import errors."""

import pytest

from wasmrt import (Func, FuncType, Global, GlobalType, Instance, Linker, Module, Store, ValType,
                    WasmrtError)

I32 = ValType.i32()

PROVIDER = '(module (func (export "seven") (result i32) i32.const 7) (global (export "g") i32 (i32.const 3)))'
CONSUMER = """(module
  (import "p" "seven" (func $seven (result i32)))
  (import "p" "g" (global $g i32))
  (func (export "sum") (result i32) call $seven global.get $g i32.add))"""


def test_define_instance_and_instantiate() -> None:
    store = Store()
    linker = Linker(store.engine)
    provider = Instance(store, Module(store.engine, PROVIDER), [])
    linker.define_instance(store, "p", provider)
    consumer = linker.instantiate(store, Module(store.engine, CONSUMER))
    assert consumer.exports(store)["sum"](store) == 10
    assert linker.get(store, "p", "seven")(store) == 7


def test_define_items() -> None:
    store = Store()
    linker = Linker(store.engine)
    linker.define(store, "p", "seven", Func(store, FuncType([], [I32]), lambda: 70))
    linker.define(store, "p", "g", Global(store, GlobalType(I32, False), 5))
    consumer = linker.instantiate(store, Module(store.engine, CONSUMER))
    assert consumer.exports(store)["sum"](store) == 75
    with pytest.raises(TypeError):
        linker.define(store, "p", "x", "not an item")  # type: ignore[arg-type]


def test_missing_import_names_it() -> None:
    store = Store()
    linker = Linker(store.engine)
    with pytest.raises(WasmrtError) as info:
        linker.instantiate(store, Module(store.engine, CONSUMER))
    assert "p" in str(info.value) and "seven" in str(info.value)


def test_import_type_mismatch() -> None:
    store = Store()
    module = Module(store.engine, CONSUMER)
    wrong = Func(store, FuncType([I32], [I32]), lambda x: x)
    g = Global(store, GlobalType(I32, False), 1)
    with pytest.raises(WasmrtError) as info:
        Instance(store, module, [wrong, g])
    assert "seven" in str(info.value) or "type" in str(info.value)
    with pytest.raises(WasmrtError):
        Instance(store, module, [g])
    with pytest.raises(WasmrtError):
        Instance(store, module, [g, wrong])


def test_shadowing() -> None:
    store = Store()
    linker = Linker(store.engine)
    f = Func(store, FuncType([], [I32]), lambda: 1)
    linker.define(store, "m", "f", f)
    with pytest.raises(WasmrtError):
        linker.define(store, "m", "f", f)
    linker.allow_shadowing = True
    linker.define(store, "m", "f", Func(store, FuncType([], [I32]), lambda: 2))
    assert linker.get(store, "m", "f")(store) == 2
    with pytest.raises(WasmrtError):
        linker.get(store, "m", "nothing")


def test_get_default_and_define_module() -> None:
    store = Store()
    linker = Linker(store.engine)
    linker.define_module(store, "p", Module(store.engine, PROVIDER))
    consumer = linker.instantiate(store, Module(store.engine, CONSUMER))
    assert consumer.exports(store)["sum"](store) == 10
    cmd = Module(store.engine, '(module (func (export "_start")))')
    linker.define_module(store, "cmd", cmd)
    assert linker.get_default(store, "cmd")(store) is None
    # As in wasmtime, a module without a default gives a function doing nothing.
    assert linker.get_default(store, "nothing")(store) is None


def test_unknown_imports_as_traps() -> None:
    store = Store()
    linker = Linker(store.engine)
    module = Module(store.engine, '(module (import "x" "y" (func $y)) (func (export "run") call $y))')
    linker.define_unknown_imports_as_traps(module)
    with pytest.raises(WasmrtError) as info:  # a host trap made from a message
        linker.instantiate(store, module).exports(store)["run"](store)
    assert "x::y" in str(info.value)


def test_unknown_imports_as_default_values() -> None:
    store = Store()
    linker = Linker(store.engine)
    linker.define_func("env", "known", FuncType([], [I32]), lambda: 41)
    module = Module(store.engine, """(module
      (import "env" "known" (func $known (result i32)))
      (import "env" "i" (func $i (param i32 f64) (result i32)))
      (import "env" "many" (func $many (result i64 f32 f64 externref funcref)))
      (import "env" "none" (func $none (param i32)))
      (import "env" "many" (func $again (result i64 f32 f64 externref funcref)))
      (func (export "known") (result i32) call $known)
      (func (export "i") (result i32) i32.const 5 f64.const 2 call $i)
      (func (export "many") (result i64 f32 f64 externref funcref) call $many)
      (func (export "none") i32.const 1 call $none))""")
    linker.define_unknown_imports_as_default_values(store, module)
    e = linker.instantiate(store, module).exports(store)
    assert e["known"](store) == 41  # an existing definition is kept
    assert e["i"](store) == 0
    assert e["many"](store) == [0, 0.0, 0.0, None, None]
    assert e["none"](store) is None
    # Globals, tables and memories get defaults too, as in wasmtime.
    other = Module(store.engine, """(module
      (import "env" "g" (global $g i64))
      (import "env" "t" (table $t 4 funcref))
      (import "env" "m" (memory 2))
      (func (export "g") (result i64) global.get $g)
      (func (export "t") (result i32) table.size $t)
      (func (export "m") (result i32) memory.size))""")
    linker.define_unknown_imports_as_default_values(store, other)
    e = linker.instantiate(store, other).exports(store)
    assert (e["g"](store), e["t"](store), e["m"](store)) == (0, 4, 2)
    with pytest.raises(TypeError):
        linker.define_unknown_imports_as_default_values(store, "(module)")  # type: ignore[arg-type]


def test_instance_pre() -> None:
    store = Store()
    linker = Linker(store.engine)
    linker.define_func("p", "seven", FuncType([], [I32]), lambda: 1)
    linker.define_func("p", "g", FuncType([], []), lambda: None)
    module = Module(store.engine, CONSUMER)
    with pytest.raises(WasmrtError):
        linker.instantiate_pre(module)  # "g" is a function, not a global
    linker.allow_shadowing = True
    store2 = Store(store.engine)
    linker.define(store2, "p", "g", Global(store2, GlobalType(I32, False), 2))
    pre = linker.instantiate_pre(module)
    assert pre.module() is module
    assert pre.instantiate(store2).exports(store2)["sum"](store2) == 3


def test_exports_by_name_and_index() -> None:
    store = Store()
    e = Instance(store, Module(store.engine, PROVIDER), []).exports(store)
    assert list(e) == ["seven", "g"]
    assert len(e) == 2
    assert e[0] is e["seven"] and e.by_index[1] is e["g"]
    assert e.get("missing") is None and "g" in e
    with pytest.raises(KeyError):
        e["missing"]
    with pytest.raises(IndexError):
        e[5]
