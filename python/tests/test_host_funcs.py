"""Python host functions called from wasm: arguments and results, the
caller, and exceptions propagating as the same object."""

import traceback

import pytest

from wasmrt import (Caller, Func, FuncType, Instance, Linker, Memory, Module, Store, Trap,
                    ValType, WasmrtError)

I32 = ValType.i32()

WAT = """
(module
  (import "" "f" (func $f (param i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello")
  (func (export "run") (param i32) (result i32) local.get 0 call $f))
"""


def instance_with(store: Store, fn, access_caller: bool = False):  # type: ignore[no-untyped-def]
    f = Func(store, FuncType([I32], [I32]), fn, access_caller)
    return Instance(store, Module(store.engine, WAT), [f]).exports(store)


def test_arguments_and_results() -> None:
    store = Store()
    seen = []

    def double(x: int) -> int:
        seen.append(x)
        return x * 2
    run = instance_with(store, double)["run"]
    assert run(store, 21) == 42
    assert run(store, -5) == -10
    assert seen == [21, -5]


def test_caller_sees_the_callers_exports_and_store() -> None:
    store = Store(data="the data")
    out = []

    def peek(caller: Caller, n: int) -> int:
        mem = caller["memory"]
        assert isinstance(mem, Memory)
        out.append(bytes(mem.read(caller, 16, 16 + n)))
        out.append(caller.data())
        assert caller.get("missing") is None
        with pytest.raises(KeyError):
            caller["missing"]
        return mem.data_len(caller)
    run = instance_with(store, peek, access_caller=True)["run"]
    assert run(store, 5) == 65536
    assert out == [b"hello", "the data"]


def test_caller_is_invalid_after_the_call() -> None:
    store = Store()
    kept = []

    def keep(caller: Caller, x: int) -> int:
        kept.append(caller)
        return x
    run = instance_with(store, keep, access_caller=True)["run"]
    run(store, 1)
    caller = kept[0]
    assert caller.get("memory") is None
    mem = instance_with(store, keep)["memory"]
    with pytest.raises(WasmrtError):
        mem.data_len(caller)


class Boom(Exception):
    pass


def test_exception_propagates_as_the_same_object_with_its_traceback() -> None:
    store = Store()
    raised = []

    def fail(x: int) -> int:
        exc = Boom("from the host %d" % x)
        raised.append(exc)
        raise exc
    run = instance_with(store, fail)["run"]
    with pytest.raises(Boom) as info:
        run(store, 7)
    assert info.value is raised[0]
    frames = [f.name for f in traceback.extract_tb(info.value.__traceback__)]
    assert "fail" in frames
    # The store stays usable.
    run2 = instance_with(store, lambda x: x + 1)["run"]
    assert run2(store, 1) == 2


def test_exception_crosses_nested_wasm_calls() -> None:
    store = Store()
    inner_exc = KeyError("inner")
    inner_run = instance_with(store, lambda x: (_ for _ in ()).throw(inner_exc))["run"]

    def outer(x: int) -> int:
        return inner_run(store, x)
    outer_run = instance_with(store, outer)["run"]
    with pytest.raises(KeyError) as info:
        outer_run(store, 1)
    assert info.value is inner_exc


def test_host_can_raise_a_trap() -> None:
    store = Store()
    trap = Trap("custom trap")

    def fail(x: int) -> int:
        raise trap
    with pytest.raises(Trap) as info:
        instance_with(store, fail)["run"](store, 0)
    assert info.value is trap
    assert info.value.message == "custom trap"


def test_wrong_results_from_the_host() -> None:
    store = Store()
    with pytest.raises(TypeError):
        instance_with(store, lambda x: "nope")["run"](store, 1)
    with pytest.raises(TypeError):
        instance_with(store, lambda x: None)["run"](store, 1)
    with pytest.raises(TypeError):
        instance_with(store, lambda: 1)["run"](store, 1)
    noresult = Func(store, FuncType([], []), lambda: 5)
    with pytest.raises(WasmrtError) as info:
        noresult(store)
    assert "results" in str(info.value)


def test_multiple_results_and_wrong_counts() -> None:
    store = Store()
    ty = FuncType([I32], [I32, ValType.f64()])
    f = Func(store, ty, lambda x: (x + 1, x / 2))
    assert f(store, 3) == [4, 1.5]
    g = Func(store, ty, lambda x: (x,))
    with pytest.raises(WasmrtError) as info:
        g(store, 3)
    assert "wrong number of results" in str(info.value)


def test_linker_define_func_works_in_several_stores() -> None:
    store1 = Store()
    linker = Linker(store1.engine)
    calls = []
    linker.define_func("", "f", FuncType([I32], [I32]), lambda x: calls.append(x) or x + 100)
    module = Module(store1.engine, WAT)
    store2 = Store(store1.engine)
    for store in (store1, store2):
        run = linker.instantiate(store, module).exports(store)["run"]
        assert run(store, 1) == 101
    assert calls == [1, 1]


def test_linker_func_with_caller() -> None:
    store = Store()
    linker = Linker(store.engine)
    linker.define_func("", "f", FuncType([I32], [I32]),
                       lambda caller, x: caller["memory"].read(caller, 16, 17)[0] + x,
                       access_caller=True)
    run = linker.instantiate(store, Module(store.engine, WAT)).exports(store)["run"]
    assert run(store, 1) == ord("h") + 1


def test_func_arguments_are_checked() -> None:
    store = Store()
    with pytest.raises(TypeError):
        Func(store, "not a type", lambda: None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Func(store, FuncType([], []), 42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Func(None, FuncType([], []), lambda: None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        FuncType([I32, "i64"], [])  # type: ignore[list-item]


def test_a_host_start_function_sees_the_instance_it_starts() -> None:
    store = Store()
    module = Module(store.engine, """
        (module
          (import "" "start" (func $start))
          (memory (export "mem") 1)
          (data (i32.const 0) "foo")
          (start $start))""")
    seen = []

    def start(caller: Caller) -> None:
        memory = caller.get("mem")
        assert isinstance(memory, Memory)
        seen.append(bytes(memory.read(caller, 0, 3)))
        seen.append(caller.get("nothing"))

    Instance(store, module, [Func(store, FuncType([], []), start, access_caller=True)])
    assert seen == [b"foo", None]
