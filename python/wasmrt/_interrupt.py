"""`InterruptHandle`: stops wasm running in a store, from any thread."""

from . import _ffi as ffi
from ._error import WasmrtError, check, type_error
from ._owned import Owned
from ._store import Store, context_of


class InterruptHandle(Owned):
    """`InterruptHandle(store)` (or `store.interrupt_handle()`); needs
    `Config.epoch_interruption`. `interrupt()` makes the wasm running in
    the store (or the next to run) trap with `TrapCode.INTERRUPT`."""

    def __init__(self, store: Store) -> None:
        if not isinstance(store, Store):
            raise type_error("a Store", store)
        ptr = ffi.wasmrt_interrupt_handle_new(context_of(store))
        if not ptr:
            raise WasmrtError("interrupt handles need Config.epoch_interruption = True")
        self._set_ptr(ptr)

    def _delete(self, ptr: int) -> None:
        ffi.wasmrt_interrupt_handle_delete(ptr)

    def interrupt(self) -> None:
        """Interrupts the store's wasm; safe from any thread."""
        check(ffi.wasmrt_interrupt_handle_interrupt(self.ptr()))
