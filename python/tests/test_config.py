"""Config: feature switches change what compiles; bad values are refused;
compiler settings and the perf-map profiler take effect; tuning and
debugging options are accepted and ignored; features wasmrt lacks accept
only their "off" value."""

import ctypes
import doctest
import os
import platform
import struct

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
    with pytest.raises(TypeError):
        config.cache = 1  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        config.consume_fuel  # write-only, as in wasmtime-py
    with pytest.raises(TypeError):
        Engine("config")  # type: ignore[arg-type]


def test_package_docstring_example() -> None:
    result = doctest.testmod(wasmrt)
    assert result.attempted > 0 and result.failed == 0


def test_tuning_and_debug_options_are_accepted_and_ignored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    toml = tmp_path / "cache.toml"
    toml.write_text("[cache]\n")
    engine = engine_with(debug_info=True, cache=True, cranelift_debug_verifier=True,
                         native_unwind_info=False, macos_use_mach_ports=True, gc_support=True,
                         memory_may_move=False, memory_reservation=1 << 20,
                         memory_guard_size=1 << 16, memory_reservation_for_growth=0,
                         memory_init_cow=False, signals_based_traps=True, profiler="none",
                         wasm_threads=False, wasm_tail_call=False)
    store = Store(engine)
    e = Instance(store, Module(engine, """(module (memory (export "m") 1)
        (func (export "grow") (result i32) i32.const 1 memory.grow))"""), []).exports(store)
    base = e["m"].data_ptr(store)
    assert e["grow"](store) == 1
    # memory_may_move=False holds: growing leaves the base where it was.
    assert ctypes.addressof(e["m"].data_ptr(store).contents) == ctypes.addressof(base.contents)
    config = Config()
    config.cache = str(toml)
    config.cranelift_flag_enable("preserve_frame_pointers")
    config.cranelift_flag_set("opt_level", "speed_and_size")
    config.target = "%s-unknown-linux-gnu" % platform.machine()


@pytest.mark.parametrize("name, value", [
    ("wasm_threads", True), ("wasm_tail_call", True), ("wasm_memory64", True),
    ("wasm_gc", True), ("wasm_exceptions", True), ("wasm_component_model", True),
    ("wasm_wide_arithmetic", True), ("wasm_custom_page_sizes", True),
    ("wasm_stack_switching", True), ("signals_based_traps", False),
    ("profiler", "vtune"),
    ("target", "riscv64gc-unknown-linux-gnu"), ("target", "not a triple"),
    ("cache", "/nonexistent/cache.toml"), ("strategy", "pulley"), ("strategy", "winch"),
])
def test_what_wasmrt_cannot_do_is_refused(name: str, value: object) -> None:
    config = Config()
    with pytest.raises(WasmrtError):
        setattr(config, name, value)


def test_bad_cranelift_flags_stop_the_engine() -> None:
    for flags, expected in [
        ([("enable", "no_such_flag")], "unknown Cranelift setting `no_such_flag`"),
        ([("set", "opt_level", "fastest")], "bad value `fastest` for the Cranelift setting"),
        ([("set", "preserve_frame_pointers", "false")], "must stay `true`"),
    ]:
        config = Config()
        for how, *args in flags:
            getattr(config, "cranelift_flag_" + how)(*args)
        with pytest.raises(WasmrtError) as info:
            Engine(config)
        assert expected in str(info.value)
    # Good flags make an engine that runs code.
    config = Config()
    config.cranelift_flag_enable("enable_alias_analysis")
    config.cranelift_flag_set("opt_level", "none")
    engine = Engine(config)
    store = Store(engine)
    add = Instance(store, Module(engine, """(module (func (export "add")
        (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))"""),
        []).exports(store)["add"]
    assert add(store, 40, 2) == 42
    with pytest.raises(TypeError):
        Config().cranelift_flag_enable(3)  # type: ignore[arg-type]


NAN = """(module (func (export "add") (param f32) (result f32)
    (f32.add (local.get 0) (f32.const 0))))"""


def _nan_bits(engine: Engine) -> int:
    store = Store(engine)
    add = Instance(store, Module(engine, NAN), []).exports(store)["add"]
    signalling = struct.unpack("<f", struct.pack("<I", 0x7FA00001))[0]
    return int(struct.unpack("<I", struct.pack("<f", add(store, signalling)))[0])


def test_nan_canonicalization() -> None:
    assert _nan_bits(engine_with(cranelift_nan_canonicalization=True)) == 0x7FC00000
    assert _nan_bits(engine_with(cranelift_nan_canonicalization=False)) != 0x7FC00000


def test_perfmap_profiler_lists_functions() -> None:
    # The map is appended to: drop an earlier process's lines (this is the
    # only test that opens it).
    path = "/tmp/perf-%d.map" % os.getpid()
    if os.path.exists(path):
        os.remove(path)
    engine = engine_with(profiler="perfmap")
    Module(engine, '(module $pyprof (func $hot (export "hot")))')
    with open(path) as f:
        lines = f.read().splitlines()
    assert any(line.endswith(" pyprof::function[0]::hot") for line in lines), lines


def test_bad_option_types_are_refused() -> None:
    config = Config()
    with pytest.raises(TypeError):
        config.memory_guard_size = "big"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        config.debug_info = 1  # type: ignore[assignment]
