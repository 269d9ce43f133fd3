"""`Config`: how an `Engine` compiles and runs wasm.

As in wasmtime-py every option is a write-only property
(`config.consume_fuel = True`). Of the options wasmtime has and wasmrt
lacks:

- those that only tune compilation, memory reservation or debugging aids,
  with no effect on what a program computes (`debug_info`, `cache`,
  `cranelift_debug_verifier`, `native_unwind_info`, `memory_reservation`,
  `memory_guard_size`, ...), accept any value of the right type and are
  ignored;
- the others (wasm proposals wasmrt does not implement, profilers, other
  targets, guarantees wasmrt does not give) accept only the value wasmrt
  behaves with and raise `WasmrtError` for any other.
"""

import os
import platform
from typing import Any, Callable, Union

from . import _ffi as ffi
from ._error import WasmrtError, type_error
from ._owned import Owned
from ._pooling import PoolingAllocationConfig


def setter_property(fset: Callable[[Any, Any], None]) -> property:
    """A property that can only be set."""
    return property(fset=fset, doc=fset.__doc__)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise type_error("a bool", value)
    return value


def _bool_setter(cfunc_name: str, doc: str) -> property:
    def fset(self: "Config", value: bool) -> None:
        getattr(ffi, cfunc_name)(self.ptr(), _bool(value))
    fset.__doc__ = doc
    return setter_property(fset)


def _unsupported(name: str, works: Any) -> property:
    def fset(self: "Config", value: Any) -> None:
        self.ptr()
        if value != works or type(value) is not type(works):
            raise WasmrtError("wasmrt does not support %s = %r" % (name, value))
    fset.__doc__ = "Not supported by wasmrt: only %r is accepted." % (works,)
    return setter_property(fset)


def _ignored(name: str, kind: type) -> property:
    def fset(self: "Config", value: Any) -> None:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise type_error("a %s for %s" % (kind.__name__, name), value)
        if kind is int and value < 0:
            raise WasmrtError("%s may not be negative" % name)
        self.ptr()
    fset.__doc__ = "Accepted for wasmtime-py programs; no effect in wasmrt."
    return setter_property(fset)


class Config(Owned):
    """Options for an `Engine`; consumed by the engine made from it."""

    _pooling = False  # whether allocation_strategy has turned pooling on

    def __init__(self) -> None:
        self._set_ptr(ffi.wasm_config_new())

    def _delete(self, ptr: int) -> None:
        ffi.wasm_config_delete(ptr)

    consume_fuel = _bool_setter("wasmrt_config_consume_fuel_set",
                                "Count fuel in generated code (stores start with none).")
    epoch_interruption = _bool_setter("wasmrt_config_epoch_interruption_set",
                                      "Check epoch deadlines in generated code.")
    parallel_compilation = _bool_setter("wasmrt_config_parallel_compilation_set",
                                        "Compile functions on several threads.")
    wasm_multi_value = _bool_setter("wasmrt_config_wasm_multi_value_set",
                                    "Enable multi-value (default on).")
    wasm_simd = _bool_setter("wasmrt_config_wasm_simd_set", "Enable 128-bit SIMD (default on).")
    wasm_reference_types = _bool_setter("wasmrt_config_wasm_reference_types_set",
                                        "Enable reference types (default on).")
    wasm_bulk_memory = _bool_setter("wasmrt_config_wasm_bulk_memory_set",
                                    "Enable bulk memory (default on).")
    wasm_multi_memory = _bool_setter("wasmrt_config_wasm_multi_memory_set",
                                     "Enable multiple memories (default off).")

    @setter_property
    def max_wasm_stack(self, size: int) -> None:
        """The most stack wasm may use, in bytes."""
        if not isinstance(size, int) or isinstance(size, bool):
            raise type_error("an int", size)
        if size <= 0 or size >= 1 << 63:
            raise WasmrtError("max_wasm_stack out of range: %d" % size)
        ffi.wasmrt_config_max_wasm_stack_set(self.ptr(), size)

    @setter_property
    def cranelift_opt_level(self, opt_level: str) -> None:
        """"none", "speed" or "speed_and_size"."""
        levels = {"none": 0, "speed": 1, "speed_and_size": 2}
        if opt_level not in levels:
            raise WasmrtError("unknown opt level: " + str(opt_level))
        ffi.wasmrt_config_cranelift_opt_level_set(self.ptr(), levels[opt_level])

    @setter_property
    def allocation_strategy(self, strategy: Union[str, PoolingAllocationConfig]) -> None:
        """How instances get their memories and tables: "on_demand" (the
        default: each is allocated when needed and freed with its store),
        "pooling" (from pools with the default `PoolingAllocationConfig`,
        which reserves 8 TiB of address space for its 1000 memory slots) or
        a `PoolingAllocationConfig` (its settings are copied; it stays
        yours). Pooling cannot be undone on the same `Config`."""
        if isinstance(strategy, PoolingAllocationConfig):
            ffi.wasmrt_pooling_allocation_strategy_set(self.ptr(), strategy.ptr())
            self._pooling = True
            return
        if not isinstance(strategy, str):
            raise type_error("a PoolingAllocationConfig or a str", strategy)
        if strategy == "pooling":
            ptr = self.ptr()
            with PoolingAllocationConfig() as defaults:
                ffi.wasmrt_pooling_allocation_strategy_set(ptr, defaults.ptr())
            self._pooling = True
        elif strategy == "on_demand":
            self.ptr()
            if self._pooling:
                raise WasmrtError("wasmrt cannot switch a Config back to on_demand "
                                  "allocation once pooling is set")
        else:
            raise WasmrtError("unknown allocation strategy: %s (expected \"on_demand\", "
                              "\"pooling\" or a PoolingAllocationConfig)" % strategy)

    @setter_property
    def strategy(self, strategy: str) -> None:
        """"auto" or "cranelift" (the same thing in wasmrt)."""
        if strategy not in ("auto", "cranelift"):
            raise WasmrtError("unknown strategy: " + str(strategy))
        self.ptr()

    @setter_property
    def cache(self, enabled: Union[bool, str]) -> None:
        """wasmrt has no compilation cache: True and False are accepted and
        change nothing; a path must name an existing file (it is not read)."""
        self.ptr()
        if isinstance(enabled, bool):
            return
        if not isinstance(enabled, str):
            raise type_error("a bool or a str", enabled)
        if not os.path.isfile(enabled):
            raise WasmrtError("cache configuration file not found: %s" % enabled)

    @setter_property
    def target(self, triple: str) -> None:
        """wasmrt compiles for the host only: its triple is accepted."""
        if not isinstance(triple, str):
            raise type_error("a str", triple)
        self.ptr()
        if triple not in _host_triples():
            raise WasmrtError("wasmrt compiles only for the host (%s), not %s"
                              % (_host_triples()[0], triple))

    def cranelift_flag_enable(self, flag: str) -> None:
        """Only "preserve_frame_pointers" (no effect on results) is accepted."""
        if not isinstance(flag, str):
            raise type_error("a str", flag)
        self.ptr()
        if flag != "preserve_frame_pointers":
            raise WasmrtError("wasmrt does not support the Cranelift flag %s" % flag)

    def cranelift_flag_set(self, key: str, value: str) -> None:
        """Only "opt_level" (as `cranelift_opt_level`) is accepted."""
        if not isinstance(key, str):
            raise type_error("a str for key", key)
        if not isinstance(value, str):
            raise type_error("a str for value", value)
        if key != "opt_level":
            raise WasmrtError("wasmrt does not support the Cranelift flag %s" % key)
        self.cranelift_opt_level = value

    # Tuning and debugging aids: accepted, no effect on results.
    debug_info = _ignored("debug_info", bool)
    cranelift_debug_verifier = _ignored("cranelift_debug_verifier", bool)
    gc_support = _ignored("gc_support", bool)
    native_unwind_info = _ignored("native_unwind_info", bool)
    macos_use_mach_ports = _ignored("macos_use_mach_ports", bool)
    memory_init_cow = _ignored("memory_init_cow", bool)
    # A memory reserves its whole range up front and never moves, so
    # False (a promise that it does not) holds too.
    memory_may_move = _ignored("memory_may_move", bool)
    memory_reservation = _ignored("memory_reservation", int)
    memory_guard_size = _ignored("memory_guard_size", int)
    memory_reservation_for_growth = _ignored("memory_reservation_for_growth", int)

    # Features and guarantees wasmrt lacks: only the value it behaves with.
    wasm_threads = _unsupported("wasm_threads", False)
    wasm_tail_call = _unsupported("wasm_tail_call", False)
    wasm_memory64 = _unsupported("wasm_memory64", False)
    wasm_relaxed_simd = _unsupported("wasm_relaxed_simd", False)
    wasm_relaxed_simd_deterministic = _unsupported("wasm_relaxed_simd_deterministic", False)
    wasm_exceptions = _unsupported("wasm_exceptions", False)
    wasm_gc = _unsupported("wasm_gc", False)
    wasm_function_references = _unsupported("wasm_function_references", False)
    wasm_component_model = _unsupported("wasm_component_model", False)
    wasm_component_model_map = _unsupported("wasm_component_model_map", False)
    wasm_wide_arithmetic = _unsupported("wasm_wide_arithmetic", False)
    wasm_custom_page_sizes = _unsupported("wasm_custom_page_sizes", False)
    wasm_stack_switching = _unsupported("wasm_stack_switching", False)
    shared_memory = _unsupported("shared_memory", False)
    cranelift_nan_canonicalization = _unsupported("cranelift_nan_canonicalization", False)
    # Traps come from signals (a 32-bit memory reserves its whole range).
    signals_based_traps = _unsupported("signals_based_traps", True)
    profiler = _unsupported("profiler", "none")


def _host_triples() -> "list[str]":
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    system = platform.system().lower()
    if system == "linux":
        return ["%s-unknown-linux-gnu" % machine, "%s-linux" % machine]
    if system == "darwin":
        return ["%s-apple-darwin" % machine]
    return ["%s-%s" % (machine, system)]
