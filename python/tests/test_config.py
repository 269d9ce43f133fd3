"""Config: feature switches change what compiles; bad values are refused;
options wasmrt lacks accept only their "off" value."""

import doctest

import pytest

import wasmrt
from wasmrt import Config, Engine, Instance, Module, Store, Trap, TrapCode, WasmrtError

TWO_MEMORIES = "(module (memory 1) (memory 1))"
SIMD = "(module (func (result v128) v128.const i64x2 0 0))"


def engine_with(**options) -> Engine:  # type: ignore[no-untyped-def]
    config = Config()
    for name, value in options.items():
        setattr(config, name, value)
    return Engine(config)


def test_feature_switches() -> None:
    with pytest.raises(WasmrtError):
        Module(Engine(), TWO_MEMORIES)
    Module(engine_with(wasm_multi_memory=True), TWO_MEMORIES)
    Module(Engine(), SIMD)
    with pytest.raises(WasmrtError):
        Module(engine_with(wasm_simd=False), SIMD)
    with pytest.raises(WasmrtError):
        Module(engine_with(wasm_reference_types=False),
               "(module (func (param externref)))")


def test_other_options_are_accepted() -> None:
    engine = engine_with(parallel_compilation=False, cranelift_opt_level="none",
                         strategy="cranelift", wasm_bulk_memory=True, wasm_multi_value=True,
                         debug_info=False, wasm_threads=False, cache=False)
    store = Store(engine)
    f = Instance(store, Module(engine, '(module (func (export "f") (result i32 i32) '
                                       'i32.const 1 i32.const 2))'), []).exports(store)["f"]
    assert f(store) == [1, 2]


def test_max_wasm_stack() -> None:
    store = Store(engine_with(max_wasm_stack=64 * 1024))
    module = Module(store.engine, '(module (func $r (export "r") (param i32) (result i32) '
                                  'local.get 0 i32.eqz if (result i32) i32.const 0 else '
                                  'local.get 0 i32.const 1 i32.sub call $r i32.const 1 i32.add end))')
    r = Instance(store, module, []).exports(store)["r"]
    assert r(store, 100) == 100
    with pytest.raises(Trap) as info:
        r(store, 1_000_000)
    assert info.value.trap_code == TrapCode.STACK_OVERFLOW


def test_bad_values() -> None:
    config = Config()
    with pytest.raises(TypeError):
        config.consume_fuel = 1  # type: ignore[assignment]
    with pytest.raises(TypeError):
        config.max_wasm_stack = "big"  # type: ignore[assignment]
    with pytest.raises(WasmrtError):
        config.max_wasm_stack = 0
    with pytest.raises(WasmrtError):
        config.cranelift_opt_level = "fastest"
    with pytest.raises(WasmrtError):
        config.wasm_threads = True
    with pytest.raises(WasmrtError):
        config.cache = True
    with pytest.raises(AttributeError):
        config.consume_fuel  # write-only, as in wasmtime-py
    with pytest.raises(TypeError):
        Engine("config")  # type: ignore[arg-type]


def test_package_docstring_example() -> None:
    result = doctest.testmod(wasmrt)
    assert result.attempted > 0 and result.failed == 0
