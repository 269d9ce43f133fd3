"""WASI output handed to Python callables (`WasiConfig.stdout_custom`,
`stderr_custom`), as wasmtime-py offers it.

One ctypes callback serves every configuration: the data pointer C hands
it is a key into `_OUTPUTS`, which holds the callable. The C finalizer
removes the entry when the configuration, or the store's WASI context that
took it, is dropped. The callable gets the bytes of one write and returns
how many it took (`None`: all of them) or a negated errno. If it raises,
the guest's write fails with EIO and the exception's traceback is printed
to `sys.stderr` (it cannot be raised through the guest's write).
"""

import ctypes
import errno
import sys
import traceback
from typing import Callable, Optional, Union

from . import _ffi as ffi
from ._keyed import Keyed

CustomOutput = Callable[[bytes], Union[int, None]]

_OUTPUTS: Keyed[CustomOutput] = Keyed()


def _call(key: Optional[int], data: Optional[int], size: int) -> int:
    try:
        chunk = ctypes.string_at(data, size) if size else b""
        taken = _OUTPUTS.items[key or 0](chunk)
        if taken is None:
            return size
        if not isinstance(taken, int) or isinstance(taken, bool):
            raise TypeError("a WASI output callback must return an int or None, "
                            "not %s" % type(taken).__name__)
        return taken
    except BaseException as exc:  # never unwind into C
        _report(exc)
        return -errno.EIO


def _report(exc: BaseException) -> None:
    try:
        print("Exception ignored in a WASI output callback (the guest's write "
              "fails with EIO):", file=sys.stderr)
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    except Exception:  # interpreter shutting down
        pass


CALL = ffi.OUTPUT_CALLBACK(_call)


def set_custom(config: int, stream: str, callback: CustomOutput) -> None:
    """Sends the configuration's `stream` ("stdout" or "stderr") to
    `callback`."""
    if not callable(callback):
        raise TypeError("a WASI output callback must be callable, not %s"
                        % type(callback).__name__)
    setter = (ffi.wasi_config_set_stdout_custom if stream == "stdout"
              else ffi.wasi_config_set_stderr_custom)
    setter(config, CALL, _OUTPUTS.add(callback), _OUTPUTS.finalizer)


def live_outputs() -> int:
    """How many output callables C still holds (for leak tests)."""
    return len(_OUTPUTS.items)
