"""`PoolingAllocationConfig`: the pooling allocator's settings.

Given to `Config.allocation_strategy`, they make the engine allocate
instances, memories and tables from pools reserved when the engine is
made, and give a store's slots back, reset, when the store goes. As
elsewhere, every option is a write-only property named like the Rust
method (`pooling.total_memories = 4`). Each memory slot reserves 8 GiB of
address space, so `total_memories` (default 1000) decides how much the
engine reserves. The settings are copied into the `Config`: this object
stays the caller's, and changing it later changes no engine.
"""

import ctypes
from typing import Callable

from . import _ffi as ffi
from ._error import WasmrtError, type_error
from ._owned import Owned

_U32_MAX = (1 << 32) - 1
_SIZE_MAX = (1 << (8 * ctypes.sizeof(ctypes.c_size_t))) - 1


def _int_setter(name: str, most: int, doc: str) -> property:
    cfunc: Callable[[int, int], None] = getattr(
        ffi, "wasmrt_pooling_allocation_config_%s_set" % name)

    def fset(self: "PoolingAllocationConfig", value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise type_error("an int for %s" % name, value)
        if value < 0:
            raise WasmrtError("%s may not be negative" % name)
        if value > most:
            raise WasmrtError("%s out of range: %d (at most %d)" % (name, value, most))
        cfunc(self.ptr(), value)
    fset.__doc__ = doc
    return property(fset=fset, doc=doc)


class PoolingAllocationConfig(Owned):
    """Settings of the pooling allocator (wasmtime's
    `PoolingAllocationConfig`), for `Config.allocation_strategy`."""

    def __init__(self) -> None:
        self._set_ptr(ffi.wasmrt_pooling_allocation_config_new())

    def _delete(self, ptr: int) -> None:
        ffi.wasmrt_pooling_allocation_config_delete(ptr)

    total_core_instances = _int_setter(
        "total_core_instances", _U32_MAX,
        "Most instances alive at once in the engine's stores (default 1000).")
    total_memories = _int_setter(
        "total_memories", _U32_MAX,
        "Memory slots: most linear memories alive at once (default 1000); "
        "each reserves 8 GiB of address space.")
    total_tables = _int_setter(
        "total_tables", _U32_MAX, "Table slots: most tables alive at once (default 1000).")
    max_memories_per_module = _int_setter(
        "max_memories_per_module", _U32_MAX, "Most memories a module may define (default 1).")
    max_tables_per_module = _int_setter(
        "max_tables_per_module", _U32_MAX, "Most tables a module may define (default 1).")
    max_memory_size = _int_setter(
        "max_memory_size", _SIZE_MAX,
        "Largest size in bytes a pooled memory may reach (default 4 GiB); a "
        "module whose memory starts larger is refused when compiled.")
    table_elements = _int_setter(
        "table_elements", _SIZE_MAX, "Most elements a pooled table may hold (default 20,000).")
    max_core_instance_size = _int_setter(
        "max_core_instance_size", _SIZE_MAX,
        "Largest instance state (VMContext) in bytes (default 1 MiB).")
    linear_memory_keep_resident = _int_setter(
        "linear_memory_keep_resident", _SIZE_MAX,
        "Bytes of each released memory slot zeroed in place and kept resident "
        "(default 0).")
    table_keep_resident = _int_setter(
        "table_keep_resident", _SIZE_MAX,
        "Bytes of each released table slot zeroed in place and kept resident (default 0).")
    max_unused_warm_slots = _int_setter(
        "max_unused_warm_slots", _U32_MAX,
        "Released memory slots still holding another module's image that are "
        "kept before they are reused ahead of fresh slots (default 100).")

