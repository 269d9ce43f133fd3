"""`Config`: how an `Engine` compiles and runs wasm.

As in wasmtime-py every option is a write-only property
(`config.consume_fuel = True`); those wasmrt has are passed to the C
API's setting of the same name. Of the options wasmtime has and wasmrt
lacks:

- those that only tune wasmtime, with no effect on what a program computes
  (`debug_info`, `cache`, `native_unwind_info`, `memory_reservation`,
  `memory_guard_size`, ...), accept any value of the right type and change
  nothing;
- the others (wasm proposals wasmrt does not implement, the VTune
  profiler, the Winch compiler, other targets, guarantees wasmrt
  does not give) accept only the value wasmrt behaves with and raise
  `WasmrtError` for any other.

Cranelift flags (`cranelift_flag_enable`, `cranelift_flag_set`) are
checked when the `Engine` is made, which raises `WasmrtError` for one that
does not exist, has a bad value, asks for a CPU feature the host lacks or
would change a setting wasmrt relies on.
"""

from typing import Any, Callable, Union

from . import _ffi as ffi
from ._error import WasmrtError, check, type_error
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
    cfunc = getattr(ffi, "wasmrt_config_%s_set" % name)

    def fset(self: "Config", value: Any) -> None:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise type_error("a %s for %s" % (kind.__name__, name), value)
        if kind is int and not 0 <= value < 1 << 64:
            raise WasmrtError("%s out of range: %d" % (name, value))
        cfunc(self.ptr(), value)
    fset.__doc__ = "Accepted for wasmtime-py programs; no effect in wasmrt."
    return setter_property(fset)


def _text(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise type_error("a str for %s" % what, value)
    return value.encode("utf-8")


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
        strategies = {"auto": 0, "cranelift": 1}
        if strategy == "winch":
            raise WasmrtError("wasmrt compiles with Cranelift only: the Winch strategy "
                              "is not available")
        if strategy not in strategies:
            raise WasmrtError("unknown strategy: " + str(strategy))
        ffi.wasmrt_config_strategy_set(self.ptr(), strategies[strategy])

    @setter_property
    def profiler(self, profiler: str) -> None:
        """"none", "perfmap" (every module's functions are listed in
        /tmp/perf-<pid>.map, which Linux perf reads to name JIT code) or
        "jitdump" (their code too, in /tmp/jit-<pid>.dump)."""
        profilers = {"none": 0, "jitdump": 1, "perfmap": 3}
        if profiler == "vtune":
            raise WasmrtError("wasmrt has no VTune profiler (\"perfmap\" and \"jitdump\" "
                              "name JIT code for perf)")
        if profiler not in profilers:
            raise WasmrtError("unknown profiler: " + str(profiler))
        ffi.wasmrt_config_profiler_set(self.ptr(), profilers[profiler])

    @setter_property
    def cache(self, enabled: Union[bool, str]) -> None:
        """wasmrt has no compilation cache: True and False are accepted and
        change nothing; a path must name a readable file (it is not read)."""
        ptr = self.ptr()
        if isinstance(enabled, bool):
            if enabled:
                check(ffi.wasmrt_config_cache_config_load(ptr, None))
            return
        check(ffi.wasmrt_config_cache_config_load(ptr, _text(enabled, "cache")))

    @setter_property
    def target(self, triple: str) -> None:
        """wasmrt compiles for the host only: its architecture and operating
        system are accepted (x86_64-unknown-linux-gnu, x86_64-linux)."""
        check(ffi.wasmrt_config_target_set(self.ptr(), _text(triple, "target")))

    def cranelift_flag_enable(self, flag: str) -> None:
        """Enables a boolean Cranelift setting (checked by `Engine`)."""
        ffi.wasmrt_config_cranelift_flag_enable(self.ptr(), _text(flag, "flag"))

    def cranelift_flag_set(self, key: str, value: str) -> None:
        """Sets a Cranelift setting (checked by `Engine`)."""
        key_bytes, value_bytes = _text(key, "key"), _text(value, "value")
        ffi.wasmrt_config_cranelift_flag_set(self.ptr(), key_bytes, value_bytes)

    cranelift_debug_verifier = _bool_setter(
        "wasmrt_config_cranelift_debug_verifier_set",
        "Run Cranelift's IR verifier on every function (slow).")
    cranelift_nan_canonicalization = _bool_setter(
        "wasmrt_config_cranelift_nan_canonicalization_set",
        "Replace every NaN float arithmetic produces with the canonical NaN.")

    # Tuning and debugging aids of wasmtime: accepted, no effect on results.
    debug_info = _ignored("debug_info", bool)
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
    # Meaningful only with relaxed SIMD, which wasmrt does not implement.
    wasm_relaxed_simd_deterministic = _ignored("wasm_relaxed_simd_deterministic", bool)

    # Features and guarantees wasmrt lacks: only the value it behaves with.
    wasm_threads = _unsupported("wasm_threads", False)
    wasm_tail_call = _unsupported("wasm_tail_call", False)
    wasm_memory64 = _unsupported("wasm_memory64", False)
    wasm_relaxed_simd = _unsupported("wasm_relaxed_simd", False)
    wasm_exceptions = _unsupported("wasm_exceptions", False)
    wasm_gc = _unsupported("wasm_gc", False)
    wasm_function_references = _unsupported("wasm_function_references", False)
    wasm_component_model = _unsupported("wasm_component_model", False)
    wasm_component_model_map = _unsupported("wasm_component_model_map", False)
    wasm_wide_arithmetic = _unsupported("wasm_wide_arithmetic", False)
    wasm_custom_page_sizes = _unsupported("wasm_custom_page_sizes", False)
    wasm_stack_switching = _unsupported("wasm_stack_switching", False)
    shared_memory = _unsupported("shared_memory", False)
    # Traps come from signals (a 32-bit memory reserves its whole range).
    signals_based_traps = _unsupported("signals_based_traps", True)
