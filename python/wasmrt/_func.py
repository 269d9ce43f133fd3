"""`Func` (calling wasm functions and making host functions) and `Caller`.

Calls go through `wasmrt_func_call_unchecked`. The first call of a `Func`
prepares its plan once: a raw value buffer reused by every call, and, when
every parameter and result is a number, one precompiled `struct.Struct`
that writes all arguments (and one that reads all results) in a single
step. Anything else (references, v128, `Val` objects, integers that must
wrap, wrong arity) takes the general path, which checks and converts each
value.
"""

import ctypes
import struct
from typing import TYPE_CHECKING, Any, Callable, List, Optional, Sequence

from . import _ffi as ffi
from ._error import ClosedError, WasmrtError, type_error
from ._store import context_of, core_of_context, get_ident
from ._trap import raise_failure
from ._types import FuncType, ValType
from ._value import RAW_FORMATS, read_raw, unroot_all, write_raw

if TYPE_CHECKING:
    from ._extern import AsExtern
    from ._store import Storelike

_CALL = ffi.wasmrt_func_call_unchecked
_RAW = ffi.RAW_SIZE


def numeric_struct(types: Sequence[ValType]) -> Optional[struct.Struct]:
    """One Struct for raw slots of these types, or None if one is not a
    number."""
    fmts = []
    for ty in types:
        fmt = RAW_FORMATS.get(ty._code)
        if fmt is None:
            return None
        fmts.append(fmt)
    return struct.Struct("<" + "".join(fmts))


class _Plan:
    """What every call of one function reuses."""

    __slots__ = ("params", "results", "np", "nr", "n", "buf", "buf_addr", "trap",
                 "trap_addr", "pack", "unpack", "fast")
    pack: Any
    unpack: Any

    def __init__(self, ty: FuncType) -> None:
        self.params = ty._params
        self.results = ty._results
        self.np = len(self.params)
        self.nr = len(self.results)
        self.n = max(self.np, self.nr)
        self.buf = (ctypes.c_char * (_RAW * max(self.n, 1)))()
        self.buf_addr = ctypes.addressof(self.buf)
        self.trap = ctypes.c_void_p()
        self.trap_addr = ctypes.addressof(self.trap)
        pack = numeric_struct(self.params)
        unpack = numeric_struct(self.results)
        self.fast = pack is not None and unpack is not None
        self.pack = pack.pack_into if pack is not None else None
        self.unpack = unpack.unpack_from if unpack is not None else None


def _other_thread() -> WasmrtError:
    return WasmrtError("the store is running wasm on another thread")


class Func:
    """A wasm or host function. `Func(store, FuncType, callable,
    access_caller=False)` makes a host function; `func(store, *args)`
    calls it and returns None, one value, or a list of values."""

    __slots__ = ("_func", "_addr", "_plan", "__weakref__")

    def __init__(self, store: "Storelike", ty: FuncType, func: Callable[..., Any],
                 access_caller: bool = False) -> None:
        from ._host import new_host_func
        if not isinstance(ty, FuncType):
            raise type_error("a FuncType", ty)
        if not callable(func):
            raise type_error("a callable", func)
        self._func = new_host_func(context_of(store), ty, func, bool(access_caller))
        self._addr = ctypes.addressof(self._func)
        self._plan: Optional[_Plan] = None

    @classmethod
    def _from_handle(cls, handle: ffi.Handle) -> "Func":
        f = cls.__new__(cls)
        f._func = ffi.Handle(handle.store_id, handle.private)
        f._addr = ctypes.addressof(f._func)
        f._plan = None
        return f

    def type(self, store: "Storelike") -> FuncType:
        """The function's type."""
        ptr = ffi.wasmrt_func_type(context_of(store), ctypes.byref(self._func))
        if not ptr:
            raise WasmrtError("the function does not belong to this store")
        try:
            return FuncType._from_c(ptr)
        finally:
            ffi.wasm_functype_delete(ptr)

    def _prepare(self, store: "Storelike") -> _Plan:
        plan = _Plan(self.type(store))
        self._plan = plan
        return plan

    def __call__(self, store: "Storelike", *params: Any) -> Any:
        try:
            ctx = store._ctx  # type: ignore[union-attr]
            core: Any = store._core  # type: ignore[union-attr]
        except AttributeError:
            raise type_error("a Store or Caller", store) from None
        if ctx is None:
            raise ClosedError("the store is closed (or the caller is no longer valid)")
        plan = self._plan
        if plan is None:
            plan = self._prepare(store)
        me = get_ident()
        prev = core.thread
        if prev is not None and prev != me:
            raise _other_thread()
        if not plan.fast or len(params) != plan.np:
            return self._call_general(ctx, core, plan, params)
        if params:
            try:
                plan.pack(plan.buf, 0, *params)
            except (struct.error, OverflowError):
                return self._call_general(ctx, core, plan, params)
        core.thread = me
        try:
            err = _CALL(ctx, self._addr, plan.buf_addr, plan.n, plan.trap_addr)
        finally:
            core.thread = prev
        if err or plan.trap.value:
            self._fail(err, plan)
        nr = plan.nr
        if nr == 1:
            return plan.unpack(plan.buf)[0]
        if nr == 0:
            return None
        return list(plan.unpack(plan.buf))

    @staticmethod
    def _fail(err: Optional[int], plan: _Plan) -> None:
        trap = plan.trap.value
        plan.trap.value = None
        raise_failure(err, trap)

    def _call_general(self, ctx: int, core: Any, plan: _Plan,
                      params: Sequence[Any]) -> Any:
        if len(params) != plan.np:
            raise WasmrtError("too %s parameters provided: given %d, expected %d" % (
                "many" if len(params) > plan.np else "few", len(params), plan.np))
        roots: List[ffi.ExternRef] = []
        try:
            for i, (ty, value) in enumerate(zip(plan.params, params)):
                write_raw(ctx, ty, value, plan.buf, i * _RAW, roots)
            prev = core.thread
            core.thread = get_ident()
            try:
                err = _CALL(ctx, self._addr, plan.buf_addr, plan.n, plan.trap_addr)
            finally:
                core.thread = prev
        finally:
            unroot_all(roots)
        if err or plan.trap.value:
            self._fail(err, plan)
        results = [read_raw(ctx, ty, plan.buf, i * _RAW) for i, ty in enumerate(plan.results)]
        if plan.nr == 0:
            return None
        if plan.nr == 1:
            return results[0]
        return results

    def _as_extern(self) -> ffi.Extern:
        return ffi.Extern(ffi.EXTERN_FUNC, self._func)

    def __repr__(self) -> str:
        return "<wasmrt.Func store=%d>" % self._func.store_id


class _Detached:
    """Stands in for the core of a store Python does not know."""
    thread: Optional[int] = None


class Caller:
    """What a host function made with `access_caller=True` receives first:
    the calling instance's exports (`caller["memory"]`, `caller.get(...)`)
    and its store, usable wherever a store is. Valid only during the call."""

    __slots__ = ("_ptr", "_ctx", "_core")

    def __init__(self, ptr: int) -> None:
        self._ptr: Optional[int] = ptr
        self._ctx: Optional[int] = ffi.wasmrt_caller_context(ptr)
        self._core: Any = core_of_context(self._ctx) if self._ctx else None
        if self._core is None:
            self._core = _Detached()

    def _invalidate(self) -> None:
        self._ptr = None
        self._ctx = None

    def _context(self) -> int:
        return context_of(self)

    def get(self, name: str) -> "Optional[AsExtern]":
        """The caller's export `name`, or None if there is none (or the
        caller is no longer valid)."""
        from ._extern import wrap_extern
        if not isinstance(name, str):
            raise type_error("a str", name)
        if self._ptr is None:
            return None
        data = name.encode("utf-8")
        item = ffi.Extern()
        if ffi.wasmrt_caller_export_get(self._ptr, data, len(data), ctypes.byref(item)):
            return wrap_extern(item)
        return None

    def __getitem__(self, name: str) -> "AsExtern":
        item = self.get(name)
        if item is None:
            raise KeyError("failed to find export {}".format(name))
        return item

    def data(self) -> Any:
        """The data of the caller's store."""
        context_of(self)
        ref = getattr(self._core, "store_ref", None)
        store = ref() if ref is not None else None
        return store.data() if store is not None else None
