"""A program written for wasmtime-py runs unchanged under
`import wasmrt as wasmtime` (with WasmtimeError renamed), and prints what
it prints under PyPI's wasmtime when that is installed."""

import importlib
import io
import types
from contextlib import redirect_stdout

import pytest

PROGRAM = '''
from wasmtime import (Config, Engine, Store, Module, Linker, Instance, Func, FuncType, ValType,
                      Memory, MemoryType, Limits, Global, GlobalType, Table, TableType, Trap,
                      Val, WasiConfig, wat2wasm, TrapCode)

config = Config()
config.consume_fuel = True
config.wasm_multi_value = True
engine = Engine(config)
store = Store(engine)
store.set_fuel(1_000_000)

wat = """
(module $prog
  (import "host" "log" (func $log (param i32)))
  (import "host" "peek" (func $peek (param i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 8) "wasm!")
  (func (export "run") (param i32) (result i32)
    local.get 0 call $log
    i32.const 8 call $peek)
  (func (export "pair") (param i64) (result i64 f64)
    local.get 0 local.get 0 f64.convert_i64_s)
  (func $fail (export "fail") unreachable))
"""
module = Module(engine, wat)
print([(i.module, i.name, str(i.type.params)) for i in module.imports])
print([e.name for e in module.exports])

linker = Linker(engine)
logged = []
linker.define_func("host", "log", FuncType([ValType.i32()], []), lambda x: logged.append(x))

def peek(caller, addr):
    return caller["memory"].read(caller, addr, addr + 1)[0]
linker.define_func("host", "peek", FuncType([ValType.i32()], [ValType.i32()]), peek,
                   access_caller=True)
instance = linker.instantiate(store, module)
exports = instance.exports(store)
print(exports["run"](store, 41), logged)
print(exports["pair"](store, 5))
mem = exports["memory"]
print(mem.data_len(store), mem.size(store), bytes(mem.read(store, 8, 13)))
mem.write(store, b"ABC", 8)
print(exports["run"](store, 1))
try:
    exports["fail"](store)
except Trap as trap:
    print("trap", trap.trap_code, [f.func_name for f in trap.frames])

g = Global(store, GlobalType(ValType.i32(), True), Val.i32(5))
g.set_value(store, 6)
print(g.value(store), g.type(store).mutable)
t = Table(store, TableType(ValType.funcref(), Limits(1, 3)), None)
print(t.size(store), t.grow(store, 1, None), t.size(store))
m2 = Memory(store, MemoryType(Limits(1, 2)))
print(m2.grow(store, 1), m2.size(store))
f = Func(store, FuncType([ValType.f64()], [ValType.f64()]), lambda x: x * 2)
print(f(store, 1.25), f.type(store).results)
print(store.get_fuel() < 1_000_000)
try:
    Module(engine, "(module (func (result i32)))")
except WasmtimeError as e:
    print("error", "type mismatch" in str(e))
'''


def run_program(module: types.ModuleType) -> str:
    out = io.StringIO()
    names = {"__name__": "program", "WasmtimeError": getattr(module, "WasmtimeError", None)
             or module.WasmrtError}
    code = PROGRAM.replace("from wasmtime import", "from %s import" % module.__name__)
    with redirect_stdout(out):
        exec(compile(code, "<program>", "exec"), names)
    return out.getvalue()


def test_runs_under_wasmrt() -> None:
    import wasmrt
    out = run_program(wasmrt).splitlines()
    assert out[2] == "119 [41]"
    assert out[3] == "[5, 5.0]"
    assert out[5] == "65"
    assert out[6] == "trap TrapCode.UNREACHABLE ['fail']"
    assert out[-1] == "error True"


def test_same_output_as_wasmtime_py() -> None:
    try:
        wasmtime = importlib.import_module("wasmtime")
    except ImportError:
        pytest.skip("PyPI's wasmtime is not installed")
    import wasmrt
    assert run_program(wasmrt) == run_program(wasmtime)
