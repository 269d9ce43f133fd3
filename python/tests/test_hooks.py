"""Call hooks and limiters written in Python."""

import pytest

from wasmrt import (CallHook, Func, FuncType, Instance, Module, Store, Trap, ValType,
                    WasmrtError)

I32 = ValType.i32()
WAT = """(module (import "" "f" (func $f))
  (memory (export "mem") 1)
  (table (export "tab") 1 funcref)
  (func (export "run") call $f)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"""


def instance(store: Store):  # type: ignore[no-untyped-def]
    f = Func(store, FuncType([], []), lambda: None)
    return Instance(store, Module(store.engine, WAT), [f]).exports(store)


def test_call_hook_sees_every_transition() -> None:
    store = Store()
    e = instance(store)
    seen = []
    store.call_hook(seen.append)
    e["run"](store)
    assert seen == [CallHook.CALLING_WASM, CallHook.CALLING_HOST,
                    CallHook.RETURNING_FROM_HOST, CallHook.RETURNING_FROM_WASM]
    store.call_hook(None)
    e["run"](store)
    assert len(seen) == 4


def test_call_hook_exception_stops_the_call() -> None:
    store = Store()
    e = instance(store)
    exc = RuntimeError("no host calls")

    def hook(kind: CallHook) -> None:
        if kind == CallHook.CALLING_HOST:
            raise exc
    store.call_hook(hook)
    with pytest.raises(RuntimeError) as info:
        e["run"](store)
    assert info.value is exc
    assert e["grow"](store, 0) == 1
    with pytest.raises(TypeError):
        store.call_hook(5)  # type: ignore[arg-type]


def test_limiter_callables() -> None:
    store = Store()
    asked = []

    def memory_growing(current: int, desired: int, maximum) -> bool:  # type: ignore[no-untyped-def]
        asked.append((current, desired, maximum))
        return desired <= 3 * 65536
    store.set_limiter(memory_growing=memory_growing)
    e = instance(store)
    assert e["grow"](store, 1) == 1
    assert e["grow"](store, 5) == -1
    assert (2 * 65536, 7 * 65536, None) in asked
    with pytest.raises(WasmrtError):
        e["mem"].grow(store, 5)


def test_limiter_exception_propagates() -> None:
    store = Store()
    exc = MemoryError("limiter says no")

    def memory_growing(current: int, desired: int, maximum) -> bool:  # type: ignore[no-untyped-def]
        if desired > 65536:
            raise exc
        return True
    store.set_limiter(memory_growing=memory_growing)
    e = instance(store)
    with pytest.raises(MemoryError) as info:
        e["grow"](store, 1)
    assert info.value is exc


def test_limiter_counts_and_set_limits() -> None:
    store = Store()
    store.set_limiter(instances=1)
    instance(store)
    with pytest.raises((WasmrtError, Trap)):
        instance(store)
    other = Store()
    other.set_limits(memory_size=2 * 65536)
    e = instance(other)
    assert e["grow"](other, 1) == 1
    assert e["grow"](other, 1) == -1
    with pytest.raises(TypeError):
        other.set_limiter(memory_growing=3)  # type: ignore[arg-type]
