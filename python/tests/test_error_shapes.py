"""The exception classes wasmrt raises for misuse, in the shapes a
wasmtime-py program catches: a wrong-type argument is both a TypeError and
an AttributeError (wasmtime-py raises one or the other depending on the
place), always a WasmrtError, and Val.f32/Val.f64 want floats."""

import pytest

from wasmrt import (Func, FuncType, Global, GlobalType, Instance, Limits, Linker,
                    Memory, MemoryType, Module, Store, Val, ValType, WasmrtError)


@pytest.mark.parametrize("make", [
    lambda s: Memory(1, MemoryType(Limits(1, None))),  # type: ignore[arg-type]
    lambda s: Memory(s, 1),  # type: ignore[arg-type]
    lambda s: Global(7, GlobalType(ValType.i32(), True), 1),  # type: ignore[arg-type]
    lambda s: Global(s, 1, Val.i32(1)),  # type: ignore[arg-type]
    lambda s: Instance(s, 1, []),  # type: ignore[arg-type]
    lambda s: Linker(2),  # type: ignore[arg-type]
    lambda s: Linker(s.engine).instantiate(s, 3),  # type: ignore[arg-type]
    lambda s: Linker(s.engine).define(s, 2, "", Func(s, FuncType([], []), lambda: None)),
    lambda s: Module.validate(1, b""),  # type: ignore[arg-type]
    lambda s: Module(1, b""),  # type: ignore[arg-type]
])
def test_wrong_type_is_type_and_attribute_error(make) -> None:  # type: ignore[no-untyped-def]
    store = Store()
    with pytest.raises(WasmrtError) as info:
        make(store)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, AttributeError)
    assert str(info.value).startswith("expected ")


def test_val_float_constructors_want_floats() -> None:
    for make in (Val.f32, Val.f64):
        for bad in (1, "", None, True):
            with pytest.raises(TypeError):
                make(bad)  # type: ignore[arg-type]
    assert Val.f32(0.1).value == pytest.approx(0.1) and Val.f32(0.1).value != 0.1
    assert Val.f64(0.1).value == 0.1
    # Calls and globals still take an int where a float is wanted.
    store = Store()
    assert Global(store, GlobalType(ValType.f64(), False), 3).value(store) == 3.0
    e = Instance(store, Module(store.engine, """(module (func (export "h") (param f32) (result f32)
        local.get 0 f32.const 0.5 f32.mul))"""), []).exports(store)
    assert e["h"](store, 3) == 1.5
