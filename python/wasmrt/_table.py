"""`Table`: a table of references in a store."""

import ctypes
from typing import TYPE_CHECKING, Any

from . import _ffi as ffi
from ._error import WasmrtError, check, type_error
from ._store import context_of
from ._types import TableType
from ._value import Val, from_val, to_val

if TYPE_CHECKING:
    from ._store import Storelike


def _index(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1 << 64:
        raise type_error("a non-negative int for %s" % what, value)
    return value


class Table:
    """`Table(store, TableType, init)`; `size`, `grow`, `get`, `set`."""

    __slots__ = ("_table",)

    def __init__(self, store: "Storelike", ty: TableType, init: Any) -> None:
        if not isinstance(ty, TableType):
            raise type_error("a TableType", ty)
        ctx = context_of(store)
        raw = to_val(ctx, ty.element, init)
        cty = ty._new_c()
        handle = ffi.Handle()
        try:
            err = ffi.wasmrt_table_new(ctx, cty, ctypes.byref(raw), ctypes.byref(handle))
        finally:
            ffi.wasmrt_val_unroot(ctypes.byref(raw))
            ffi.wasm_tabletype_delete(cty)
        check(err)
        self._table = handle

    @classmethod
    def _from_handle(cls, handle: ffi.Handle) -> "Table":
        t = cls.__new__(cls)
        t._table = ffi.Handle(handle.store_id, handle.private)
        return t

    def type(self, store: "Storelike") -> TableType:
        """The table's type (its current size as the minimum)."""
        ptr = ffi.wasmrt_table_type(context_of(store), ctypes.byref(self._table))
        if not ptr:
            raise WasmrtError("the table does not belong to this store")
        try:
            return TableType._from_c(ptr)
        finally:
            ffi.wasm_tabletype_delete(ptr)

    def size(self, store: "Storelike") -> int:
        """The number of elements."""
        self.type(store)
        return ffi.wasmrt_table_size(context_of(store), ctypes.byref(self._table))

    def grow(self, store: "Storelike", amt: int, init: Any) -> int:
        """Adds `amt` elements set to `init`; returns the previous size."""
        ctx = context_of(store)
        raw = to_val(ctx, self.type(store).element, init)
        prev = ctypes.c_uint64(0)
        try:
            err = ffi.wasmrt_table_grow(ctx, ctypes.byref(self._table), _index(amt, "amt"),
                                        ctypes.byref(raw), ctypes.byref(prev))
        finally:
            ffi.wasmrt_val_unroot(ctypes.byref(raw))
        check(err)
        return prev.value

    def get(self, store: "Storelike", idx: int) -> Any:
        """Element `idx`: a Func, or an externref's object; None if `idx` is
        out of bounds.

        As in wasmtime-py, a null reference comes back as a `Val` holding
        None (`Val.funcref(None)` or `Val.externref(None)`), and so does an
        externref whose object is falsy (0, "", ...: a `Val` holding it).
        A `Val` compares equal to the value it holds."""
        ctx = context_of(store)
        element = self.type(store).element
        out = ffi.Val()
        if not ffi.wasmrt_table_get(ctx, ctypes.byref(self._table), _index(idx, "idx"),
                                    ctypes.byref(out)):
            return None
        value = from_val(ctx, out)
        return value if value else Val(element, value)

    def set(self, store: "Storelike", idx: int, val: Any) -> None:
        """Sets element `idx` (WasmrtError if out of bounds)."""
        ctx = context_of(store)
        raw = to_val(ctx, self.type(store).element, val)
        try:
            err = ffi.wasmrt_table_set(ctx, ctypes.byref(self._table), _index(idx, "idx"),
                                       ctypes.byref(raw))
        finally:
            ffi.wasmrt_val_unroot(ctypes.byref(raw))
        check(err)

    def _as_extern(self) -> ffi.Extern:
        return ffi.Extern(ffi.EXTERN_TABLE, self._table)
