"""`Memory`: a linear memory in a store, with copying `read`/`write` and
zero-copy access (`get_buffer_ptr`, `memoryview`).

A zero-copy buffer keeps the store's C object alive (see `_store`), so
using it after `Store.close()` reads valid memory instead of crashing.
wasmrt never moves a memory when it grows; a buffer covers the size the
memory had when the buffer was made.
"""

import builtins
import ctypes
from typing import TYPE_CHECKING, Optional, Union

from . import _ffi as ffi
from ._error import WasmrtError, check, type_error
from ._store import context_of
from ._types import MemoryType

if TYPE_CHECKING:
    from ._store import Storelike


class Memory:
    """`Memory(store, MemoryType)`, or an export of an instance."""

    __slots__ = ("_memory",)

    def __init__(self, store: "Storelike", ty: MemoryType) -> None:
        if not isinstance(ty, MemoryType):
            raise type_error("a MemoryType", ty)
        ctx = context_of(store)
        cty = ty._new_c()
        handle = ffi.Handle()
        try:
            err = ffi.wasmrt_memory_new(ctx, cty, ctypes.byref(handle))
        finally:
            ffi.wasm_memorytype_delete(cty)
        check(err)
        self._memory = handle

    @classmethod
    def _from_handle(cls, handle: ffi.Handle) -> "Memory":
        m = cls.__new__(cls)
        m._memory = ffi.Handle(handle.store_id, handle.private)
        return m

    def _ctx(self, store: "Storelike") -> int:
        ctx = context_of(store)
        if self._memory.store_id != _store_id(ctx, self):
            raise WasmrtError("the memory does not belong to this store")
        return ctx

    def type(self, store: "Storelike") -> MemoryType:
        """The memory's type (its current size as the minimum)."""
        ptr = ffi.wasmrt_memory_type(context_of(store), ctypes.byref(self._memory))
        if not ptr:
            raise WasmrtError("the memory does not belong to this store")
        try:
            return MemoryType._from_c(ptr)
        finally:
            ffi.wasm_memorytype_delete(ptr)

    def grow(self, store: "Storelike", delta: int) -> int:
        """Grows by `delta` pages; returns the previous size in pages."""
        if not isinstance(delta, int) or isinstance(delta, bool):
            raise type_error("an int", delta)
        if delta < 0:
            raise WasmrtError("cannot grow by negative amount")
        if delta >= 1 << 64:
            raise WasmrtError("cannot grow by %d pages" % delta)
        prev = ctypes.c_uint64(0)
        check(ffi.wasmrt_memory_grow(context_of(store), ctypes.byref(self._memory), delta,
                                     ctypes.byref(prev)))
        return prev.value

    def size(self, store: "Storelike") -> int:
        """The size in 64 KiB pages."""
        return ffi.wasmrt_memory_size(self._ctx(store), ctypes.byref(self._memory))

    def data_len(self, store: "Storelike") -> int:
        """The size in bytes."""
        return ffi.wasmrt_memory_data_size(self._ctx(store), ctypes.byref(self._memory))

    def page_size(self, store: "Storelike") -> int:
        self._ctx(store)
        return 65536

    def page_size_log2(self, store: "Storelike") -> int:
        self._ctx(store)
        return 16

    def data_ptr(self, store: "Storelike") -> "ctypes._Pointer[ctypes.c_ubyte]":
        """A raw pointer to the bytes (unchecked: stay within `data_len`)."""
        addr = ffi.wasmrt_memory_data(self._ctx(store), ctypes.byref(self._memory))
        return ctypes.cast(addr, ctypes.POINTER(ctypes.c_ubyte))

    def get_buffer_ptr(self, store: "Storelike", size: Optional[int] = None,
                       offset: int = 0) -> ctypes.Array:
        """A zero-copy, writable ctypes array over `size` bytes from
        `offset` (default: to the end), usable with the buffer protocol
        (`memoryview`, `numpy.frombuffer`)."""
        ctx = self._ctx(store)
        length = ffi.wasmrt_memory_data_size(ctx, ctypes.byref(self._memory))
        if size is None:
            size = length - offset if isinstance(offset, int) else 0
        if (not isinstance(offset, int) or not isinstance(size, int)
                or offset < 0 or size < 0 or offset + size > length):
            raise IndexError("buffer [%r, +%r) out of range of memory size %d"
                             % (offset, size, length))
        base = ffi.wasmrt_memory_data(ctx, ctypes.byref(self._memory)) or 0
        arr = (ctypes.c_ubyte * size).from_address(base + offset)
        arr._wasmrt_keep = store._core  # type: ignore[attr-defined, union-attr]
        return arr

    def memoryview(self, store: "Storelike") -> "builtins.memoryview":
        """A zero-copy, writable `memoryview` (format "B") of the memory."""
        return builtins.memoryview(self.get_buffer_ptr(store)).cast("B")

    def read(self, store: "Storelike", start: Optional[int] = 0,
             stop: Optional[int] = None) -> bytearray:
        """A copy of bytes `[start:stop]` (slice semantics)."""
        size = self.data_len(store)
        begin, end, _ = slice(start, stop).indices(size)
        if end <= begin:
            return bytearray()
        return bytearray(self.get_buffer_ptr(store, end - begin, begin))

    def write(self, store: "Storelike", value: Union[bytes, bytearray, "builtins.memoryview"],
              start: Optional[int] = None) -> int:
        """Copies `value` in at `start` (negative counts from the end);
        returns the bytes written. IndexError if it does not fit."""
        if not isinstance(value, (bytes, bytearray, builtins.memoryview)):
            raise type_error("bytes", value)
        data = bytes(value)
        size = self.data_len(store)
        begin = slice(start, None).indices(size)[0]
        if begin >= size and data:
            raise IndexError("index out of range")
        if begin + len(data) > size:
            raise IndexError("index out of range")
        if data:
            ctypes.memmove(self.get_buffer_ptr(store, len(data), begin), data, len(data))
        return len(data)

    def _as_extern(self) -> ffi.Extern:
        return ffi.Extern(ffi.EXTERN_MEMORY, self._memory)


def _store_id(ctx: int, memory: Memory) -> int:
    """The store id of `ctx` if `memory` belongs to it (checked through the
    C API, which answers null for a foreign memory)."""
    ptr = ffi.wasmrt_memory_type(ctx, ctypes.byref(memory._memory))
    if not ptr:
        return -1
    ffi.wasm_memorytype_delete(ptr)
    return memory._memory.store_id
