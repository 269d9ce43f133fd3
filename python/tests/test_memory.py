"""Memories: size, growth, copying reads and writes, and zero-copy access."""

import ctypes

import pytest

from wasmrt import Instance, Limits, Memory, MemoryType, Module, Store, WasmrtError

WAT = """
(module
  (memory (export "mem") 1 3)
  (data (i32.const 0) "\\01\\02\\03\\04")
  (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8))
"""


@pytest.fixture
def env():  # type: ignore[no-untyped-def]
    store = Store()
    return store, Instance(store, Module(store.engine, WAT), []).exports(store)


def test_sizes_and_growth(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    mem = e["mem"]
    assert isinstance(mem, Memory)
    assert mem.size(store) == 1
    assert mem.data_len(store) == 65536
    assert mem.grow(store, 1) == 1
    assert mem.size(store) == 2
    assert mem.type(store).limits == Limits(2, 3)
    with pytest.raises(WasmrtError):
        mem.grow(store, 5)
    with pytest.raises(WasmrtError):
        mem.grow(store, -1)
    assert mem.page_size(store) == 65536 and mem.page_size_log2(store) == 16


def test_read_and_write(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    mem = e["mem"]
    assert mem.read(store, 0, 4) == bytearray(b"\1\2\3\4")
    assert mem.read(store, -2) == bytearray(2)
    assert mem.read(store, 10, 5) == bytearray()
    assert mem.write(store, b"xyz", 100) == 3
    assert e["load"](store, 101) == ord("y")
    e["store"](store, 200, 77)
    assert mem.read(store, 200, 201) == bytearray([77])
    with pytest.raises(IndexError):
        mem.write(store, b"ab", 65535)
    with pytest.raises(IndexError):
        mem.write(store, b"a", 65536)
    with pytest.raises(TypeError):
        mem.write(store, "text", 0)  # type: ignore[arg-type]


def test_memoryview_is_zero_copy(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    mem = e["mem"]
    view = mem.memoryview(store)
    assert len(view) == 65536 and view.format == "B" and not view.readonly
    assert bytes(view[0:4]) == b"\1\2\3\4"
    view[300] = 9
    assert e["load"](store, 300) == 9
    e["store"](store, 301, 8)
    assert view[301] == 8


def test_buffer_pointer_and_data_ptr(env) -> None:  # type: ignore[no-untyped-def]
    store, e = env
    mem = e["mem"]
    buf = mem.get_buffer_ptr(store, 4, 1)
    assert bytes(buf) == b"\2\3\4\0"
    buf[0] = 42
    assert e["load"](store, 1) == 42
    assert mem.data_ptr(store)[1] == 42
    with pytest.raises(IndexError):
        mem.get_buffer_ptr(store, 10, 65530)
    with pytest.raises(IndexError):
        mem.get_buffer_ptr(store, -1)


def test_a_buffer_outlives_a_closed_store() -> None:
    store = Store()
    mem = Instance(store, Module(store.engine, WAT), []).exports(store)["mem"]
    view = mem.memoryview(store)
    store.close()
    with pytest.raises(WasmrtError):
        mem.read(store, 0, 1)
    # Still the memory's bytes: the C store waits for the view to go.
    assert bytes(view[0:4]) == b"\1\2\3\4"
    view[0] = 5
    del view


def test_new_memory_and_bad_types() -> None:
    store = Store()
    mem = Memory(store, MemoryType(Limits(1, None)))
    assert mem.size(store) == 1
    with pytest.raises(WasmrtError):
        MemoryType(Limits(1, 2), is_64=True)
    with pytest.raises(WasmrtError):
        MemoryType(Limits(1, 2), shared=True)
    with pytest.raises(TypeError):
        MemoryType((1, 2))  # type: ignore[arg-type]
    with pytest.raises(WasmrtError):
        Memory(store, MemoryType(Limits(70000, None)))
    with pytest.raises(TypeError):
        Memory(store, Limits(1, None))  # type: ignore[arg-type]
    assert ctypes.sizeof(mem.get_buffer_ptr(store)) == 65536
