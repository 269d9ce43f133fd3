"""`Global`: a global variable in a store."""

import ctypes
from typing import TYPE_CHECKING, Any

from . import _ffi as ffi
from ._error import WasmrtError, check, type_error
from ._store import context_of
from ._types import GlobalType
from ._value import Val, from_val, to_val

if TYPE_CHECKING:
    from ._store import Storelike


class Global:
    """`Global(store, GlobalType, value)`; `value(store)`, `set_value(store, v)`."""

    __slots__ = ("_global",)

    def __init__(self, store: "Storelike", ty: GlobalType, val: Any) -> None:
        if not isinstance(ty, GlobalType):
            raise type_error("a GlobalType", ty)
        ctx = context_of(store)
        raw = to_val(ctx, ty.content, val)
        cty = ty._new_c()
        handle = ffi.Handle()
        try:
            err = ffi.wasmrt_global_new(ctx, cty, ctypes.byref(raw), ctypes.byref(handle))
        finally:
            ffi.wasmrt_val_unroot(ctypes.byref(raw))
            ffi.wasm_globaltype_delete(cty)
        check(err)
        self._global = handle

    @classmethod
    def _from_handle(cls, handle: ffi.Handle) -> "Global":
        g = cls.__new__(cls)
        g._global = ffi.Handle(handle.store_id, handle.private)
        return g

    def type(self, store: "Storelike") -> GlobalType:
        """The global's type."""
        ptr = ffi.wasmrt_global_type(context_of(store), ctypes.byref(self._global))
        if not ptr:
            raise WasmrtError("the global does not belong to this store")
        try:
            return GlobalType._from_c(ptr)
        finally:
            ffi.wasm_globaltype_delete(ptr)

    def value(self, store: "Storelike") -> Any:
        """The global's current value as a Python value; a null reference
        comes back as a `Val` holding None (`Val.funcref(None)` or
        `Val.externref(None)`), as in wasmtime-py."""
        ctx = context_of(store)
        content = self.type(store).content  # also checks the store
        out = ffi.Val()
        ffi.wasmrt_global_get(ctx, ctypes.byref(self._global), ctypes.byref(out))
        value = from_val(ctx, out)
        return Val(content, None) if value is None else value

    def set_value(self, store: "Storelike", val: Any) -> None:
        """Sets the global (it must be mutable)."""
        ctx = context_of(store)
        raw = to_val(ctx, self.type(store).content, val)
        try:
            err = ffi.wasmrt_global_set(ctx, ctypes.byref(self._global), ctypes.byref(raw))
        finally:
            ffi.wasmrt_val_unroot(ctypes.byref(raw))
        check(err)

    def _as_extern(self) -> ffi.Extern:
        return ffi.Extern(ffi.EXTERN_GLOBAL, self._global)
