"""Store callbacks written in Python: call hooks, a resource limiter and the
epoch deadline callback.

Each registration keeps its Python callables in `_ENVS` under a key that
the C side holds; the C finalizer removes them when the callback is
replaced or the store is deleted. An exception raised by a callable is
parked (see `_trap`) and re-raised, as the same object, by the wasm call
it stopped.
"""

import ctypes
import sys
from enum import Enum
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import _ffi as ffi
from ._keyed import Keyed
from ._error import type_error
from ._store import context_of
from ._trap import new_host_error, new_host_trap

if TYPE_CHECKING:
    from ._store import Store


class CallHook(Enum):
    """A transition a call hook sees."""
    CALLING_WASM = 0
    RETURNING_FROM_WASM = 1
    CALLING_HOST = 2
    RETURNING_FROM_HOST = 3


_REGISTERED: Keyed[Any] = Keyed()
# The callbacks' lookup, without the attribute access.
_ENVS = _REGISTERED.items
_register = _REGISTERED.add
_FINALIZER = _REGISTERED.finalizer
_HOOK_KINDS = list(CallHook)
_SIZE_MAX = sys.maxsize * 2 + 1



def _store_ptr(store: "Store") -> int:
    from ._store import Store
    if not isinstance(store, Store):
        raise type_error("a Store", store)
    context_of(store)
    return store._core.ptr  # type: ignore[union-attr, return-value]


# ---- call hooks ---------------------------------------------------------


def _call_hook(env: int, ctx: int, kind: int) -> int:
    try:
        _ENVS[env](_HOOK_KINDS[kind])
        return 0
    except BaseException as e:
        return new_host_trap(e)


_CALL_HOOK = ffi.CALL_HOOK_CALLBACK(_call_hook)


def set_call_hook(store: "Store", hook: Optional[Callable[[CallHook], None]]) -> None:
    ptr = _store_ptr(store)
    if hook is None:
        ffi.wasmrt_store_call_hook(ptr, ffi.CALL_HOOK_CALLBACK(), None,
                                   ffi.FINALIZER())
        return
    if not callable(hook):
        raise type_error("a callable", hook)
    ffi.wasmrt_store_call_hook(ptr, _CALL_HOOK, _register(hook), _FINALIZER)


# ---- limiter ------------------------------------------------------------


def _growing(which: int) -> Any:
    def growing(env: int, current: int, desired: int, maximum: int,
                allow: "ctypes._Pointer[ctypes.c_bool]") -> int:
        try:
            fn = _ENVS[env][which]
            allow[0] = bool(fn(current, desired, None if maximum == _SIZE_MAX else maximum))
            return 0
        except BaseException as e:
            return new_host_error(e)
    return ffi.GROWING_CALLBACK(growing)


def _count(which: int) -> Any:
    def count(env: int) -> int:
        try:
            return int(_ENVS[env][which])
        except BaseException:
            return 10000
    return ffi.COUNT_CALLBACK(count)


_MEMORY_GROWING = _growing(0)
_TABLE_GROWING = _growing(1)
_INSTANCES = _count(2)
_TABLES = _count(3)
_MEMORIES = _count(4)


def set_limiter(store: "Store", memory_growing: Any, table_growing: Any,
                instances: Optional[int], tables: Optional[int],
                memories: Optional[int]) -> None:
    ptr = _store_ptr(store)
    for fn in (memory_growing, table_growing):
        if fn is not None and not callable(fn):
            raise type_error("a callable or None", fn)
    for n in (instances, tables, memories):
        if n is not None and (not isinstance(n, int) or not 0 <= n < 1 << 63):
            raise type_error("a non-negative int or None", n)
    null_grow = ffi.GROWING_CALLBACK()
    null_count = ffi.COUNT_CALLBACK()
    key = _register((memory_growing, table_growing, instances, tables, memories))
    ffi.wasmrt_store_limiter_callback(
        ptr,
        _MEMORY_GROWING if memory_growing is not None else null_grow,
        _TABLE_GROWING if table_growing is not None else null_grow,
        _INSTANCES if instances is not None else null_count,
        _TABLES if tables is not None else null_count,
        _MEMORIES if memories is not None else null_count,
        key, _FINALIZER)


# ---- epoch deadline callback --------------------------------------------


def _epoch(ctx: int, env: int, delta: "ctypes._Pointer[ctypes.c_uint64]",
           kind: "ctypes._Pointer[ctypes.c_uint8]") -> int:
    try:
        ticks = _ENVS[env]()
        if not isinstance(ticks, int) or not 0 <= ticks < 1 << 64:
            raise type_error("a non-negative int of ticks from the epoch callback", ticks)
        delta[0] = ticks
        kind[0] = 0  # continue
        return 0
    except BaseException as e:
        return new_host_error(e)


_EPOCH = ffi.EPOCH_CALLBACK(_epoch)


def set_epoch_callback(store: "Store", callback: Optional[Callable[[], int]]) -> None:
    ptr = _store_ptr(store)
    if callback is None:
        ffi.wasmrt_store_epoch_deadline_callback(ptr, ffi.EPOCH_CALLBACK(),
                                                 None, ffi.FINALIZER())
        return
    if not callable(callback):
        raise type_error("a callable", callback)
    ffi.wasmrt_store_epoch_deadline_callback(ptr, _EPOCH, _register(callback), _FINALIZER)
