"""Traps (`Trap`, `Frame`, `TrapCode`) and turning a failed call into the
right Python exception.

A trap's message, code and frames are read when it reaches Python and the C
object is freed at once. When a Python host function (or hook) raised, the
exception was parked per thread and a trap returned to wasm; the failed
call then raises that same exception object instead.
"""

import ctypes
import threading
from enum import Enum
from typing import List, Optional

from . import _ffi as ffi
from ._error import WasmrtError


class TrapCode(Enum):
    """Why wasm trapped (numbered as in wasmtime)."""
    STACK_OVERFLOW = 0
    MEMORY_OUT_OF_BOUNDS = 1
    HEAP_MISALIGNED = 2
    TABLE_OUT_OF_BOUNDS = 3
    INDIRECT_CALL_TO_NULL = 4
    BAD_SIGNATURE = 5
    INTEGER_OVERFLOW = 6
    INTEGER_DIVISION_BY_ZERO = 7
    BAD_CONVERSION_TO_INTEGER = 8
    UNREACHABLE = 9
    INTERRUPT = 10
    OUT_OF_FUEL = 11


class Frame:
    """One frame of a wasm backtrace."""

    __slots__ = ("_func_index", "_func_name", "_module_name", "_func_offset",
                 "_module_offset")

    def __init__(self, func_index: int, func_name: Optional[str],
                 module_name: Optional[str], func_offset: int,
                 module_offset: int) -> None:
        self._func_index = func_index
        self._func_name = func_name
        self._module_name = module_name
        self._func_offset = func_offset
        self._module_offset = module_offset

    @property
    def func_index(self) -> int:
        """The index of the frame's function in its module."""
        return self._func_index

    @property
    def func_name(self) -> Optional[str]:
        """The function's name from the name section, if any."""
        return self._func_name

    @property
    def module_name(self) -> Optional[str]:
        """The module's name from the name section, if any."""
        return self._module_name

    @property
    def func_offset(self) -> int:
        """The byte offset of the pc within the function's body."""
        return self._func_offset

    @property
    def module_offset(self) -> int:
        """The byte offset of the pc within the module."""
        return self._module_offset

    def __repr__(self) -> str:
        return "Frame(func_index=%d, func_name=%r, module_offset=%#x)" % (
            self._func_index, self._func_name, self._module_offset)


def _opt_name(ptr: "ctypes._Pointer[ffi.ByteVec]") -> Optional[str]:
    return ffi.name_to_str(ptr) if ptr else None


def frames_from_vec(vec: ffi.PtrVec) -> List[Frame]:
    """Reads an owned `wasm_frame_vec_t` into `Frame`s and frees it."""
    frames = []
    try:
        for i in range(vec.size):
            f = vec.data[i]
            frames.append(Frame(ffi.wasm_frame_func_index(f),
                                _opt_name(ffi.wasmrt_frame_func_name(f)),
                                _opt_name(ffi.wasmrt_frame_module_name(f)),
                                ffi.wasm_frame_func_offset(f),
                                ffi.wasm_frame_module_offset(f)))
    finally:
        ffi.wasm_frame_vec_delete(ctypes.byref(vec))
    return frames


class Trap(Exception):
    """A wasm trap: `message`, `trap_code` (None for host traps made from a
    message) and `frames`, the wasm backtrace."""

    def __init__(self, message: str) -> None:
        if not isinstance(message, str):
            from ._error import type_error
            raise type_error("a str", message)
        super().__init__(message)
        self._message = message
        self._code: Optional[TrapCode] = None
        self._frames: List[Frame] = []

    @classmethod
    def _from_ptr(cls, ptr: int) -> "Trap":
        """Takes an owned `wasm_trap_t *` and frees it."""
        try:
            vec = ffi.ByteVec()
            ffi.wasm_trap_message(ptr, ctypes.byref(vec))
            message = ffi.take_bytes(vec).rstrip(b"\0").decode("utf-8", "replace")
            trap = cls(message)
            code = ctypes.c_uint8(0)
            if ffi.wasmrt_trap_code(ptr, ctypes.byref(code)):
                try:
                    trap._code = TrapCode(code.value)
                except ValueError:
                    trap._code = None
            frames = ffi.PtrVec()
            ffi.wasm_trap_trace(ptr, ctypes.byref(frames))
            trap._frames = frames_from_vec(frames)
        finally:
            ffi.wasm_trap_delete(ptr)
        return trap

    @property
    def message(self) -> str:
        """The trap's message."""
        return self._message

    @property
    def trap_code(self) -> Optional[TrapCode]:
        """Why wasm trapped, or None for a trap made from a message."""
        return self._code

    @property
    def frames(self) -> List[Frame]:
        """The wasm backtrace, innermost frame first."""
        return list(self._frames)

    def __str__(self) -> str:
        return self._message


# ---- exceptions parked by host callbacks --------------------------------

_parked = threading.local()


def park(exc: BaseException) -> None:
    """Keeps `exc` for the failing call on this thread to raise."""
    _parked.exc = exc


def take_parked() -> Optional[BaseException]:
    """The parked exception of this thread, if any (cleared)."""
    exc = getattr(_parked, "exc", None)
    if exc is not None:
        _parked.exc = None
    return exc


_TRAP_TEXT = b"a Python host function raised an exception"


def new_host_trap(exc: BaseException) -> int:
    """Parks `exc` and returns a fresh `wasm_trap_t *` for wasm."""
    park(exc)
    return ffi.wasmrt_trap_new(_TRAP_TEXT, len(_TRAP_TEXT)) or 0


def new_host_error(exc: BaseException) -> int:
    """Parks `exc` and returns a fresh `wasmrt_error_t *` for wasm."""
    park(exc)
    return ffi.wasmrt_error_new(_TRAP_TEXT) or 0


def raise_failure(err: Optional[int], trap: Optional[int]) -> None:
    """Raises what a failed call returned (an error or a trap pointer, each
    owned), preferring an exception a host function parked."""
    exc: BaseException
    if err:
        exc = WasmrtError._from_ptr(err)
    elif trap:
        exc = Trap._from_ptr(trap)
    else:
        exc = WasmrtError("call failed")
    parked = take_parked()
    if parked is not None:
        raise parked
    raise exc
