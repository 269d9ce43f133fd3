"""`WasiConfig`: what a WASI program sees (arguments, environment, stdio,
preopened directories). `Store.set_wasi` consumes it."""

import ctypes
import os
from enum import Enum
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from . import _ffi as ffi
from ._config import setter_property
from ._error import WasmrtError, type_error
from ._owned import Owned
from ._wasi_output import CustomOutput, set_custom

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


class DirPerms(Enum):
    """What the guest may do with a preopened directory (wasmtime-py's)."""
    READ_ONLY = 1
    WRITE_ONLY = 2
    READ_WRITE = 3


class FilePerms(Enum):
    """What the guest may do with files in a preopened directory."""
    READ_ONLY = 1
    WRITE_ONLY = 2
    READ_WRITE = 3


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

    @setter_property
    def stdout_custom(self, callback: CustomOutput) -> None:
        """Sends stdout to `callback`, called with the bytes of each write;
        it returns how many it took (`None`: all), or a negated errno. An
        exception it raises is printed and the write fails with EIO."""
        set_custom(self.ptr(), "stdout", callback)

    @setter_property
    def stderr_custom(self, callback: CustomOutput) -> None:
        """Sends stderr to `callback` (see `stdout_custom`)."""
        set_custom(self.ptr(), "stderr", callback)

    def inherit_stderr(self) -> None:
        ffi.wasi_config_inherit_stderr(self.ptr())

    def preopen_dir(self, path: PathType, guest_path: str,
                    dir_perms: "Union[DirPerms, bool, None]" = None,
                    file_perms: "Optional[FilePerms]" = None,
                    fs_mutable: Optional[bool] = None) -> None:
        """Gives the program the host directory `path` as `guest_path`.

        wasmtime-py's form: `dir_perms` and `file_perms` (default
        `READ_WRITE` both). wasmrt gives either full access or read-only
        access, so the two must agree: both `READ_WRITE`, or both
        `READ_ONLY`; other combinations raise `WasmrtError` rather than
        grant more than was asked. wasmrt's own form: `fs_mutable=False`
        for read-only (also accepted as a bool third argument)."""
        if isinstance(dir_perms, bool):
            if fs_mutable is not None or file_perms is not None:
                raise WasmrtError("preopen_dir: give fs_mutable or the permissions, not both")
            fs_mutable, dir_perms = dir_perms, None
        if fs_mutable is not None:
            if dir_perms is not None or file_perms is not None:
                raise WasmrtError("preopen_dir: give fs_mutable or the permissions, not both")
            if not isinstance(fs_mutable, bool):
                raise type_error("a bool for fs_mutable", fs_mutable)
            mutable = fs_mutable
        else:
            dp = DirPerms.READ_WRITE if dir_perms is None else dir_perms
            fp = FilePerms.READ_WRITE if file_perms is None else file_perms
            if not isinstance(dp, DirPerms):
                raise type_error("a DirPerms", dp)
            if not isinstance(fp, FilePerms):
                raise type_error("a FilePerms", fp)
            if dp.name != fp.name or dp is DirPerms.WRITE_ONLY:
                raise WasmrtError(
                    "wasmrt preopens a directory either read-write or read-only: "
                    "%s with %s is not supported" % (dp, fp))
            mutable = dp is DirPerms.READ_WRITE
        if not ffi.wasi_config_preopen_dir(self.ptr(), _path(path), _text(guest_path, "guest_path"),
                                           mutable):
            raise WasmrtError("failed to add preopen dir: %r" % (path,))
