"""Lifetimes and misuse: closing, use after close, objects of another store,
other threads, and no leak over many stores with host functions."""

import gc
import threading
import weakref

import pytest

from wasmrt import (Config, Engine, Func, FuncType, Global, GlobalType, Instance, Linker,
                    Module, Store, Table, TableType, Limits, ValType, WasmrtError)
from wasmrt import _host, _store

I32 = ValType.i32()
WAT = """(module (import "" "f" (func $f (result i32)))
  (memory (export "mem") 1)
  (func (export "run") (result i32) call $f))"""


def test_use_after_close_raises() -> None:
    engine = Engine()
    module = Module(engine, WAT)
    store = Store(engine)
    f = Func(store, FuncType([], [I32]), lambda: 1)
    e = Instance(store, module, [f]).exports(store)
    store.close()
    store.close()
    for action in (lambda: e["run"](store), lambda: f(store), lambda: e["mem"].read(store),
                   lambda: store.gc(), lambda: store.data(), lambda: Instance(store, module, [f]),
                   lambda: Func(store, FuncType([], []), lambda: None)):
        with pytest.raises(WasmrtError):
            action()
        with pytest.raises(ValueError):  # as wasmtime-py raises
            action()


def test_context_managers_close() -> None:
    with Store() as store:
        g = Global(store, GlobalType(I32, True), 1)
    with pytest.raises(WasmrtError):
        g.value(store)
    config = Config()
    Engine(config)
    with pytest.raises(WasmrtError):
        Engine(config)  # consumed
    with pytest.raises(WasmrtError):
        config.consume_fuel = True
    with Linker(Engine()) as linker:
        pass
    with pytest.raises(WasmrtError):
        linker.define_wasi()


def test_objects_of_another_store_are_refused() -> None:
    engine = Engine()
    a, b = Store(engine), Store(engine)
    fa = Func(a, FuncType([], [I32]), lambda: 1)
    ea = Instance(a, Module(engine, WAT), [fa]).exports(a)
    with pytest.raises(WasmrtError):
        fa(b)
    with pytest.raises(WasmrtError):
        ea["run"](b)
    with pytest.raises(WasmrtError):
        ea["mem"].read(b, 0, 1)
    with pytest.raises(WasmrtError):
        ea["mem"].grow(b, 1)
    with pytest.raises(WasmrtError):
        Instance(b, Module(engine, WAT), [fa])
    g = Global(a, GlobalType(I32, True), 1)
    with pytest.raises(WasmrtError):
        g.value(b)
    with pytest.raises(WasmrtError):
        g.set_value(b, 2)
    t = Table(a, TableType(ValType.funcref(), Limits(1, None)), None)
    with pytest.raises(WasmrtError):
        t.get(b, 0)
    with pytest.raises(WasmrtError):
        Linker(engine).define(b, "", "f", fa)
    assert ea["run"](a) == 1


def test_no_close_while_wasm_runs() -> None:
    store = Store()
    caught = []

    def close_it() -> int:
        try:
            store.close()
        except WasmrtError as e:
            caught.append(e)
        return 5
    e = Instance(store, Module(store.engine, WAT), [Func(store, FuncType([], [I32]), close_it)])
    assert e.exports(store)["run"](store) == 5
    assert len(caught) == 1
    store.close()


def test_another_thread_cannot_use_a_running_store() -> None:
    store = Store()
    entered, release = threading.Event(), threading.Event()
    errors = []

    def wait_in_host() -> int:
        entered.set()
        release.wait(10)
        return 1
    run = Instance(store, Module(store.engine, WAT),
                   [Func(store, FuncType([], [I32]), wait_in_host)]).exports(store)["run"]

    def other() -> None:
        entered.wait(10)
        for action in (lambda: run(store), lambda: store.gc(), lambda: store.close()):
            try:
                action()
            except WasmrtError as e:
                errors.append(str(e))
        release.set()
    t = threading.Thread(target=other)
    t.start()
    assert run(store) == 1
    t.join()
    assert len(errors) == 3 and all("thread" in m or "runs" in m for m in errors)
    assert run(store) == 1  # and from its own thread it works again


def test_host_closure_is_released_with_its_store() -> None:
    class Closure:
        def __call__(self) -> int:
            return 3
    closure = Closure()
    ref = weakref.ref(closure)
    store = Store()
    f = Func(store, FuncType([], [I32]), closure)
    del closure
    assert f(store) == 3
    assert ref() is not None
    store.close()
    gc.collect()
    assert ref() is None


def test_store_freed_by_the_garbage_collector() -> None:
    before = len(_store._CORES)
    store = Store()
    Func(store, FuncType([], []), lambda: None)
    assert len(_store._CORES) == before + 1
    del store
    gc.collect()
    assert len(_store._CORES) == before


def test_memory_view_defers_the_stores_deletion() -> None:
    before = len(_store._CORES)
    store = Store()
    mem = Instance(store, Module(store.engine, WAT),
                   [Func(store, FuncType([], [I32]), lambda: 0)]).exports(store)["mem"]
    view = mem.memoryview(store)
    store.close()
    assert len(_store._CORES) == before + 1
    view.release()
    del view
    gc.collect()
    assert len(_store._CORES) == before


def _rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4


def test_no_leak_over_10000_stores_with_host_functions() -> None:
    engine = Engine()
    module = Module(engine, WAT)
    ty = FuncType([], [I32])

    def cycle(i: int) -> None:
        store = Store(engine)
        f = Func(store, ty, lambda: i)
        assert Instance(store, module, [f]).exports(store)["run"](store) == i
    for i in range(500):  # warm up allocators and caches
        cycle(i)
    gc.collect()
    hosts, cores, rss = _host.live_host_functions(), len(_store._CORES), _rss_kib()
    for i in range(10_000):
        cycle(i)
    gc.collect()
    assert _host.live_host_functions() == hosts
    assert len(_store._CORES) == cores
    growth = _rss_kib() - rss
    assert growth < 20_000, "RSS grew by %d KiB over 10,000 stores" % growth
