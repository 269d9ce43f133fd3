"""`wat2wasm`: the WebAssembly text format to binary."""

import ctypes
from typing import Union

from . import _ffi as ffi
from ._error import check, type_error


def wat2wasm(wat: Union[str, bytes]) -> bytearray:
    """Converts WebAssembly text to a binary module (WasmrtError with the
    parser's message if it does not parse)."""
    if isinstance(wat, str):
        wat = wat.encode("utf-8")
    if not isinstance(wat, (bytes, bytearray)):
        raise type_error("a str or bytes of WebAssembly text", wat)
    out = ffi.ByteVec()
    check(ffi.wasmrt_wat2wasm(bytes(wat), len(wat), ctypes.byref(out)))
    return bytearray(ffi.take_bytes(out))


def to_wasm(wasm: Union[str, bytes, bytearray]) -> bytes:
    """Binary wasm from binary wasm or text (as wasmtime-py decides: text
    unless it starts with a NUL byte)."""
    if isinstance(wasm, str):
        if wasm and wasm[0] == "\0":
            return wasm.encode("latin-1")
        return bytes(wat2wasm(wasm))
    if isinstance(wasm, (bytes, bytearray, memoryview)):
        data = bytes(wasm)
        if data and data[0] != 0:
            return bytes(wat2wasm(data))
        return data
    raise type_error("wasm bytes or WebAssembly text", wasm)
