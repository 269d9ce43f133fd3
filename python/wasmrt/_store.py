"""`Store`, and the rules every store operation follows.

A store's C object belongs to a `StoreCore`, which deletes it when the
last Python reference goes: the `Store` holds one, and so does every zero-
copy memory buffer handed out, so that a buffer never outlives the memory
it shows. `Store.close()` makes the store unusable at once and frees it as
soon as no buffer needs it any more.

While wasm runs in a store, the thread running it is recorded: another
thread using the store then gets a `WasmrtError` instead of a data race,
and the store cannot be closed from inside its own host functions.
"""

import atexit
import ctypes
import itertools
import threading
import weakref
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from . import _ffi as ffi
from ._engine import Engine
from ._error import ClosedError, WasmrtError, check, type_error

if TYPE_CHECKING:
    from ._func import Caller
    from ._hooks import CallHook
    from ._interrupt import InterruptHandle
    from ._wasi import WasiConfig

get_ident = threading.get_ident


class StoreCore:
    """Owns the C store; see the module's docstring."""

    __slots__ = ("ptr", "ctx", "thread", "key", "store_ref", "__weakref__")

    def __init__(self, ptr: int, key: int) -> None:
        self.ptr: Optional[int] = ptr
        self.ctx: Optional[int] = ffi.wasmrt_store_context(ptr)
        self.thread: Optional[int] = None
        self.key = key
        self.store_ref: "Optional[weakref.ref[Store]]" = None

    def destroy(self) -> None:
        ptr = self.ptr
        if ptr is not None:
            self.ptr = None
            self.ctx = None
            ffi.wasmrt_store_delete(ptr)

    def __del__(self) -> None:
        try:
            self.destroy()
        except Exception:
            pass


_CORES: "weakref.WeakValueDictionary[int, StoreCore]" = weakref.WeakValueDictionary()
_core_keys = itertools.count(1)


def core_of_context(ctx: int) -> Optional[StoreCore]:
    """The core of the store a context (e.g. a caller's) belongs to."""
    key = ffi.wasmrt_context_get_data(ctx)
    return _CORES.get(key) if key else None


def context_of(store: Any) -> int:
    """The context of a `Store`, `Caller` or `StoreContext`, checked: open,
    and not running wasm on another thread."""
    try:
        ctx = store._ctx
        core = store._core
    except AttributeError:
        raise type_error("a Store or Caller", store) from None
    if ctx is None:
        raise ClosedError("the store is closed (or the caller is no longer valid)")
    t = core.thread
    if t is not None and t != get_ident():
        raise WasmrtError("the store is running wasm on another thread")
    return ctx


class Store:
    """Holds all wasm state: instances, functions, memories, ...

    `Store(engine=None, data=None)`; `data()` returns `data`.
    """

    def __init__(self, engine: Optional[Engine] = None, data: Optional[Any] = None) -> None:
        if engine is None:
            engine = Engine()
        elif not isinstance(engine, Engine):
            raise type_error("an Engine", engine)
        key = next(_core_keys)
        ptr = ffi.wasmrt_store_new(engine.ptr(), key, ffi.FINALIZER())
        if not ptr:
            raise WasmrtError("failed to create a store")
        core = StoreCore(ptr, key)
        core.store_ref = weakref.ref(self)
        _CORES[key] = core
        self._core: Optional[StoreCore] = core
        self._ctx: Optional[int] = core.ctx
        self._data = data
        self.engine = engine
        _LIVE_STORES.add(self)

    # -- lifetime --------------------------------------------------------

    def close(self) -> None:
        """Frees the store and everything in it (deferred while a memory
        buffer of it is still referenced). Later use raises `ClosedError`."""
        core = self._core
        if core is None:
            return
        if core.thread is not None:
            raise WasmrtError("cannot close a store while wasm runs in it")
        self._ctx = None
        self._core = None
        self._data = None
        del core  # the C store goes now unless a buffer still needs it

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        self._ctx = None

    def _context(self) -> int:
        return context_of(self)

    # -- data, gc, fuel, epochs ------------------------------------------

    def data(self) -> Optional[Any]:
        """The `data` this store was created with."""
        context_of(self)
        return self._data

    def gc(self) -> None:
        """Frees externref values wasm can no longer reach."""
        check(ffi.wasmrt_context_gc(context_of(self)))

    def set_fuel(self, fuel: int) -> None:
        """Sets the fuel left (needs `Config.consume_fuel`)."""
        check(ffi.wasmrt_context_set_fuel(context_of(self), _u64(fuel, "fuel")))

    def get_fuel(self) -> int:
        """The fuel left (needs `Config.consume_fuel`)."""
        out = ctypes.c_uint64(0)
        check(ffi.wasmrt_context_get_fuel(context_of(self), ctypes.byref(out)))
        return out.value

    def add_fuel(self, fuel: int) -> None:
        """Adds fuel (needs `Config.consume_fuel`)."""
        check(ffi.wasmrt_context_add_fuel(context_of(self), _u64(fuel, "fuel")))

    def consume_fuel(self, fuel: int) -> int:
        """Uses `fuel` from the host and returns what is left; fails (using
        none) if less is left."""
        out = ctypes.c_uint64(0)
        check(ffi.wasmrt_context_consume_fuel(context_of(self), _u64(fuel, "fuel"),
                                              ctypes.byref(out)))
        return out.value

    def fuel_consumed(self) -> Optional[int]:
        """The fuel used so far, or None unless fuel is consumed."""
        out = ctypes.c_uint64(0)
        if ffi.wasmrt_context_fuel_consumed(context_of(self), ctypes.byref(out)):
            return out.value
        return None

    def set_epoch_deadline(self, ticks_after_current: int) -> None:
        """Traps wasm once the engine's epoch passes the current one plus
        `ticks_after_current` (needs `Config.epoch_interruption`)."""
        ffi.wasmrt_context_set_epoch_deadline(context_of(self),
                                              _u64(ticks_after_current, "ticks"))

    def set_limits(self, memory_size: int = -1, table_elements: int = -1,
                   instances: int = -1, tables: int = -1, memories: int = -1) -> None:
        """Limits memory bytes, table elements, and the numbers of
        instances, tables and memories; a negative value leaves a limit."""
        args = [memory_size, table_elements, instances, tables, memories]
        for a in args:
            if not isinstance(a, int) or not -(1 << 63) <= a < 1 << 63:
                raise type_error("an int limit", a)
        context_of(self)
        ffi.wasmrt_store_limiter(self._core.ptr, *args)  # type: ignore[union-attr]

    # -- WASI, interruption, hooks, limiter ------------------------------

    def set_wasi(self, wasi: "WasiConfig") -> None:
        """Gives the store the WASI context `wasi` describes (consumed)."""
        from ._wasi import WasiConfig
        if not isinstance(wasi, WasiConfig):
            raise type_error("a WasiConfig", wasi)
        ctx = context_of(self)
        check(ffi.wasmrt_context_set_wasi(ctx, wasi._consume()))

    def interrupt_handle(self) -> "InterruptHandle":
        """A handle that interrupts wasm in this store from any thread."""
        from ._interrupt import InterruptHandle
        return InterruptHandle(self)

    def call_hook(self, hook: Optional[Callable[["CallHook"], None]]) -> None:
        """Calls `hook(kind)` on every host/wasm transition (a `CallHook`);
        an exception it raises stops the call. None removes the hook."""
        from ._hooks import set_call_hook
        set_call_hook(self, hook)

    def set_limiter(self,
                    memory_growing: Optional[Callable[[int, int, Optional[int]], bool]] = None,
                    table_growing: Optional[Callable[[int, int, Optional[int]], bool]] = None,
                    instances: Optional[int] = None, tables: Optional[int] = None,
                    memories: Optional[int] = None) -> None:
        """Limits the store with Python callables: `memory_growing(current,
        desired, maximum)` (bytes) and `table_growing(...)` (elements) return
        whether to allow the growth (an exception traps); `instances`,
        `tables` and `memories` cap the counts."""
        from ._hooks import set_limiter
        set_limiter(self, memory_growing, table_growing, instances, tables, memories)

    def epoch_deadline_callback(self, callback: Optional[Callable[[], int]]) -> None:
        """When the epoch deadline is reached, calls `callback()`, which
        returns how many more ticks to run (an exception traps). None
        restores trapping."""
        from ._hooks import set_epoch_callback
        set_epoch_callback(self, callback)


class StoreContext:
    """A store's context for the length of a callback (wasmtime-py's
    `StoreContext`); unusable afterwards."""

    def __init__(self, ctx: int, core: StoreCore) -> None:
        self._ctx: Optional[int] = ctx
        self._core: Optional[StoreCore] = core

    def _context(self) -> int:
        return context_of(self)

    def _invalidate(self) -> None:
        self._ctx = None
        self._core = None


Storelike = Union[Store, "Caller", StoreContext]


def _u64(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1 << 64:
        raise type_error("a non-negative 64-bit int for %s" % what, value)
    return value


# ---- interpreter exit ---------------------------------------------------

_LIVE_STORES: "weakref.WeakSet[Store]" = weakref.WeakSet()
_AT_EXIT: "weakref.WeakSet[Any]" = weakref.WeakSet()


def close_at_exit(obj: Any) -> None:
    """Registers an object whose `close()` must run before shutdown (its C
    finalizers call into Python)."""
    _AT_EXIT.add(obj)


@atexit.register
def _close_everything() -> None:
    for store in list(_LIVE_STORES):
        store._ctx = None
        store._core = None
    for core in list(_CORES.values()):
        core.destroy()
    for obj in list(_AT_EXIT):
        try:
            obj.close()
        except Exception:
            pass


def run_in(store: Any, fn: Callable[[int], Any]) -> Any:
    """Runs `fn(ctx)`, which may run wasm, with the store marked as busy on
    this thread."""
    ctx = context_of(store)
    core = store._core
    prev = core.thread
    core.thread = get_ident()
    try:
        return fn(ctx)
    finally:
        core.thread = prev
