"""`WasiConfig`: what a WASI program sees (arguments, environment, stdio,
preopened directories). `Store.set_wasi` consumes it."""

import ctypes
import os
from typing import Iterable, List, Sequence, Tuple, Union

from . import _ffi as ffi
from ._config import setter_property
from ._error import WasmrtError, type_error
from ._owned import Owned

PathType = Union[str, bytes, "os.PathLike[str]"]


def _path(path: PathType) -> bytes:
    p = os.fspath(path)
    return p.encode("utf-8") if isinstance(p, str) else p


def _c_strings(items: Sequence[bytes]) -> "ctypes.Array[ctypes.c_char_p]":
    return (ctypes.c_char_p * max(len(items), 1))(*items)


def _text(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise type_error("a str in %s" % what, value)
    if "\0" in value:
        raise WasmrtError("%s may not contain NUL characters" % what)
    return value.encode("utf-8")


class WasiConfig(Owned):
    """A WASI configuration: nothing inherited unless asked for."""

    def __init__(self) -> None:
        self._set_ptr(ffi.wasi_config_new())

    def _delete(self, ptr: int) -> None:
        ffi.wasi_config_delete(ptr)

    @setter_property
    def argv(self, argv: List[str]) -> None:
        """The program's arguments (argv[0] first)."""
        items = [_text(a, "argv") for a in argv]
        if not ffi.wasi_config_set_argv(self.ptr(), len(items), _c_strings(items)):
            raise WasmrtError("failed to configure argv")

    def inherit_argv(self) -> None:
        """Passes this process's arguments."""
        ffi.wasi_config_inherit_argv(self.ptr())

    @setter_property
    def env(self, pairs: Iterable[Tuple[str, str]]) -> None:
        """The environment, as (name, value) pairs."""
        names: List[bytes] = []
        values: List[bytes] = []
        for pair in pairs:
            name, value = pair
            names.append(_text(name, "env"))
            values.append(_text(value, "env"))
        if not ffi.wasi_config_set_env(self.ptr(), len(names), _c_strings(names),
                                       _c_strings(values)):
            raise WasmrtError("failed to configure environment")

    def inherit_env(self) -> None:
        """Passes this process's environment."""
        ffi.wasi_config_inherit_env(self.ptr())

    @setter_property
    def stdin_file(self, path: PathType) -> None:
        """Reads stdin from the file at `path`."""
        if not ffi.wasi_config_set_stdin_file(self.ptr(), _path(path)):
            raise WasmrtError("failed to set stdin file: %r" % (path,))

    @setter_property
    def stdin_bytes(self, data: bytes) -> None:
        """Reads stdin from these bytes."""
        if not isinstance(data, (bytes, bytearray)):
            raise type_error("bytes", data)
        vec = ffi.ByteVec()
        ffi.wasm_byte_vec_new(ctypes.byref(vec), len(data), bytes(data))
        ffi.wasi_config_set_stdin_bytes(self.ptr(), ctypes.byref(vec))

    def inherit_stdin(self) -> None:
        ffi.wasi_config_inherit_stdin(self.ptr())

    @setter_property
    def stdout_file(self, path: PathType) -> None:
        """Writes stdout to the file at `path` (created or truncated)."""
        if not ffi.wasi_config_set_stdout_file(self.ptr(), _path(path)):
            raise WasmrtError("failed to set stdout file: %r" % (path,))

    def inherit_stdout(self) -> None:
        ffi.wasi_config_inherit_stdout(self.ptr())

    @setter_property
    def stderr_file(self, path: PathType) -> None:
        """Writes stderr to the file at `path` (created or truncated)."""
        if not ffi.wasi_config_set_stderr_file(self.ptr(), _path(path)):
            raise WasmrtError("failed to set stderr file: %r" % (path,))

    def inherit_stderr(self) -> None:
        ffi.wasi_config_inherit_stderr(self.ptr())

    def preopen_dir(self, path: PathType, guest_path: str, fs_mutable: bool = True) -> None:
        """Gives the program the host directory `path` as `guest_path`
        (read-only unless `fs_mutable`)."""
        if not ffi.wasi_config_preopen_dir(self.ptr(), _path(path), _text(guest_path, "guest_path"),
                                           bool(fs_mutable)):
            raise WasmrtError("failed to add preopen dir: %r" % (path,))
