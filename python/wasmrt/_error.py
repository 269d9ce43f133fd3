"""Exceptions: `WasmrtError`, `ExitTrap`, and how C errors become them.

`WasmrtError` is raised for misuse and bad input, with the C API's message.
Two private subclasses also derive from the built-in exceptions
wasmtime-py raises in the same places, so that code catching those keeps
working: `TypeError` (and `AttributeError`) for values of the wrong type
and `ValueError` for objects that are already closed. wasmtime-py raises
`AttributeError` for some wrong types (an int where a `Store`, `Engine` or
name is expected: it calls a method the int lacks) and `TypeError` for
others, so a wrong-type error here is an instance of both.
"""

import ctypes
from typing import TYPE_CHECKING, List, Optional

from . import _ffi as ffi

if TYPE_CHECKING:
    from ._trap import Frame


class WasmrtError(Exception):
    """An error from wasmrt: bad input, a failed link, a host trap with a
    message, a closed object, ... (wasmtime-py's `WasmtimeError`)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self._message = message
        self._frames: "List[Frame]" = []

    @classmethod
    def _from_ptr(cls, ptr: int) -> "WasmrtError":
        """Takes an owned `wasmrt_error_t *` and frees it."""
        from ._trap import frames_from_vec
        try:
            vec = ffi.ByteVec()
            ffi.wasmrt_error_message(ptr, ctypes.byref(vec))
            message = ffi.take_bytes(vec).decode("utf-8", "replace")
            status = ctypes.c_int32(0)
            err: WasmrtError
            if ffi.wasmrt_error_exit_status(ptr, ctypes.byref(status)):
                err = ExitTrap(message, status.value)
            else:
                err = cls(message)
            frames = ffi.PtrVec()
            ffi.wasmrt_error_wasm_trace(ptr, ctypes.byref(frames))
            err._frames = frames_from_vec(frames)
        finally:
            ffi.wasmrt_error_delete(ptr)
        return err

    @property
    def message(self) -> str:
        """The error's message."""
        return self._message

    @property
    def frames(self) -> "List[Frame]":
        """The wasm backtrace the error carries (often empty)."""
        return list(self._frames)

    def __str__(self) -> str:
        return self._message


class ExitTrap(WasmrtError):
    """Raised when a WASI program calls `proc_exit`; `code` is its status."""

    code: int

    def __init__(self, message: str, code: int = 0) -> None:
        super().__init__(message)
        self.code = code


class ClosedError(WasmrtError, ValueError):
    """An object was used after `close()` (a `ValueError` too)."""


class WasmrtTypeError(WasmrtError, TypeError, AttributeError):
    """A value of the wrong type was given (a `TypeError` and an
    `AttributeError` too)."""


def check(err: Optional[int]) -> None:
    """Raises the error a C function returned, if any."""
    if err:
        raise WasmrtError._from_ptr(err)


def type_error(what: str, value: object) -> WasmrtTypeError:
    """An error saying `value` is not the `what` expected."""
    return WasmrtTypeError("expected %s, got %s" % (what, type(value).__name__))
