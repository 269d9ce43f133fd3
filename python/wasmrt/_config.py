"""`Config`: how an `Engine` compiles and runs wasm.

As in wasmtime-py every option is a write-only property
(`config.consume_fuel = True`). Options wasmtime has and wasmrt lacks
accept the value wasmrt behaves with (usually False) and raise
`WasmrtError` for any other.
"""

from typing import Any, Callable, Union

from . import _ffi as ffi
from ._error import WasmrtError, type_error
from ._owned import Owned


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


class Config(Owned):
    """Options for an `Engine`; consumed by the engine made from it."""

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
    def strategy(self, strategy: str) -> None:
        """"auto" or "cranelift" (the same thing in wasmrt)."""
        if strategy not in ("auto", "cranelift"):
            raise WasmrtError("unknown strategy: " + str(strategy))
        self.ptr()

    @setter_property
    def cache(self, enabled: Union[bool, str]) -> None:
        """wasmrt has no compilation cache: only False is accepted."""
        self.ptr()
        if enabled is not False:
            raise WasmrtError("wasmrt has no compilation cache")

    debug_info = _unsupported("debug_info", False)
    wasm_threads = _unsupported("wasm_threads", False)
    wasm_tail_call = _unsupported("wasm_tail_call", False)
    wasm_memory64 = _unsupported("wasm_memory64", False)
    wasm_relaxed_simd = _unsupported("wasm_relaxed_simd", False)
    wasm_exceptions = _unsupported("wasm_exceptions", False)
    wasm_gc = _unsupported("wasm_gc", False)
    wasm_function_references = _unsupported("wasm_function_references", False)
    wasm_component_model = _unsupported("wasm_component_model", False)
    shared_memory = _unsupported("shared_memory", False)
    cranelift_debug_verifier = _unsupported("cranelift_debug_verifier", False)
    profiler = _unsupported("profiler", "none")
