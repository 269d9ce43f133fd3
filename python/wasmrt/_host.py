"""Host functions written in Python, called from wasm.

One ctypes callback (`_TRAMPOLINE`) serves every host function: the env
pointer C hands it is a key into `_HOST`, which holds the Python callable
and its prepared conversions. The C finalizer removes the entry when the
store (or, for `Linker.define_func`, the linker and every store that used
it) is deleted, so the callable is released with its store. An exception
from the callable is parked and a trap returned; the wasm call that reached
the host function then raises that same exception.
"""

import ctypes
import struct
from typing import Any, Callable, Optional

from . import _ffi as ffi
from ._keyed import Keyed
from ._error import WasmrtError, type_error
from ._func import Caller, numeric_struct
from ._trap import new_host_trap
from ._types import FuncType
from ._value import read_raw, unroot_all, write_raw

_RAW = ffi.RAW_SIZE


class _Entry:
    __slots__ = ("fn", "access_caller", "params", "results", "np", "nr", "array",
                 "unpack", "pack", "fast")
    unpack: Any
    pack: Any

    def __init__(self, ty: FuncType, fn: Callable[..., Any], access_caller: bool) -> None:
        self.fn = fn
        self.access_caller = access_caller
        self.params = ty._params
        self.results = ty._results
        self.np = len(self.params)
        self.nr = len(self.results)
        self.array = ctypes.c_char * (_RAW * max(self.np, self.nr, 1))
        unpack = numeric_struct(self.params)
        pack = numeric_struct(self.results)
        self.fast = unpack is not None and pack is not None
        self.unpack = unpack.unpack_from if unpack is not None else None
        self.pack = pack.pack_into if pack is not None else None


_HOST: Keyed[_Entry] = Keyed()
# The trampoline's lookup, without the attribute access.
_ENTRIES = _HOST.items


def _write_results(ctx: int, e: _Entry, buf: Any, result: Any) -> None:
    nr = e.nr
    if nr == 0:
        if result is not None:
            raise WasmrtError("callback produced results when it shouldn't")
        return
    if nr == 1:
        values = [result]
    else:
        try:
            values = list(result)
        except TypeError:
            raise type_error("a sequence of %d results" % nr, result) from None
        if len(values) != nr:
            raise WasmrtError("callback produced wrong number of results: "
                              "given %d, expected %d" % (len(values), nr))
    roots: list = []
    for i, (ty, v) in enumerate(zip(e.results, values)):
        write_raw(ctx, ty, v, buf, i * _RAW, roots)
    # Results leave Python here: the references now live in wasm.
    unroot_all(roots)


def _trampoline(env: int, caller: int, ar: int, n: int) -> Optional[int]:
    try:
        e = _ENTRIES[env]
        buf = e.array.from_address(ar)
        if e.fast:
            args = e.unpack(buf) if e.np else ()
        else:
            ctx = ffi.wasmrt_caller_context(caller)
            args = tuple(read_raw(ctx, ty, buf, i * _RAW) for i, ty in enumerate(e.params))
        if e.access_caller:
            c = Caller(caller)
            try:
                result = e.fn(c, *args)
            finally:
                c._invalidate()
        else:
            result = e.fn(*args)
        if e.nr == 1 and e.fast:
            try:
                e.pack(buf, 0, result)
                return None
            except (struct.error, OverflowError):
                pass
        _write_results(ffi.wasmrt_caller_context(caller), e, buf, result)
        return None
    except BaseException as exc:
        return new_host_trap(exc)


TRAMPOLINE = ffi.UNCHECKED_CALLBACK(_trampoline)
FINALIZER = _HOST.finalizer


def register(ty: FuncType, fn: Callable[..., Any], access_caller: bool) -> int:
    """Keeps `fn` under a new key for the trampoline."""
    return _HOST.add(_Entry(ty, fn, access_caller))


def new_host_func(ctx: int, ty: FuncType, fn: Callable[..., Any],
                  access_caller: bool) -> ffi.Handle:
    key = register(ty, fn, access_caller)
    cty = ty._new_c()
    handle = ffi.Handle()
    try:
        ffi.wasmrt_func_new_unchecked(ctx, cty, TRAMPOLINE, key, FINALIZER,
                                      ctypes.byref(handle))
    finally:
        ffi.wasm_functype_delete(cty)
    if handle.store_id == 0:
        _HOST.discard(key)
        raise WasmrtError("failed to create a host function")
    return handle


def live_host_functions() -> int:
    """How many Python host functions C still holds (for leak tests)."""
    return len(_ENTRIES)

