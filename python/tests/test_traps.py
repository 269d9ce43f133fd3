"""Traps: codes, messages and wasm backtraces with names and offsets."""

import pytest

from wasmrt import (Frame, Instance, Module, Store, Trap, TrapCode, WasmrtError)

WAT = """
(module $traps
  (memory 1)
  (func $inner (export "unreachable") unreachable)
  (func $middle (export "nested") call $inner)
  (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "oob") (result i32) i32.const 70000 i32.load)
  (func $rec (export "recurse") call $rec)
  (func (export "indirect") i32.const 0 call_indirect)
  (table 1 funcref))
"""


def exports(store: Store):  # type: ignore[no-untyped-def]
    return Instance(store, Module(store.engine, WAT), []).exports(store)


def trap_of(fn, *args) -> Trap:  # type: ignore[no-untyped-def]
    with pytest.raises(Trap) as info:
        fn(*args)
    return info.value


def test_trap_codes() -> None:
    store = Store()
    e = exports(store)
    assert trap_of(e["unreachable"], store).trap_code == TrapCode.UNREACHABLE
    assert trap_of(e["div"], store, 1, 0).trap_code == TrapCode.INTEGER_DIVISION_BY_ZERO
    assert trap_of(e["div"], store, -0x80000000, -1).trap_code == TrapCode.INTEGER_OVERFLOW
    assert trap_of(e["oob"], store).trap_code == TrapCode.MEMORY_OUT_OF_BOUNDS
    assert trap_of(e["recurse"], store).trap_code == TrapCode.STACK_OVERFLOW
    assert trap_of(e["indirect"], store).trap_code == TrapCode.INDIRECT_CALL_TO_NULL
    # The store works after every trap.
    assert e["div"](store, 7, 2) == 3


def test_trap_message() -> None:
    store = Store()
    trap = trap_of(exports(store)["unreachable"], store)
    assert "unreachable" in trap.message
    assert str(trap) == trap.message


def test_frames_have_names_and_offsets() -> None:
    store = Store()
    trap = trap_of(exports(store)["nested"], store)
    frames = trap.frames
    assert all(isinstance(f, Frame) for f in frames)
    assert [f.func_name for f in frames] == ["inner", "middle"]
    assert [f.func_index for f in frames] == [0, 1]
    assert frames[0].module_name == "traps"
    assert frames[0].module_offset > 0 and frames[1].module_offset > frames[0].module_offset
    assert frames[0].func_offset >= 0


def test_start_function_trap() -> None:
    store = Store()
    module = Module(store.engine, "(module (func $s unreachable) (start $s))")
    trap = trap_of(Instance, store, module, [])
    assert trap.trap_code == TrapCode.UNREACHABLE


def test_a_trap_made_in_python() -> None:
    trap = Trap("made here")
    assert trap.message == "made here"
    assert trap.trap_code is None
    assert trap.frames == []
    with pytest.raises(TypeError):
        Trap(5)  # type: ignore[arg-type]
    assert issubclass(Trap, Exception) and not issubclass(Trap, WasmrtError)
