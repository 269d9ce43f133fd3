"""`Engine`: compiles modules; shared by stores and threads."""

import ctypes
from typing import Optional

from . import _ffi as ffi
from ._config import Config
from ._error import WasmrtError, check, type_error
from ._owned import Owned


class Engine(Owned):
    """A compilation environment, made from a `Config` (which it consumes)."""

    def __init__(self, config: Optional[Config] = None) -> None:
        if config is None:
            ptr = ffi.wasm_engine_new()
            if not ptr:
                raise WasmrtError("failed to create an engine on this host")
        elif isinstance(config, Config):
            out = ctypes.c_void_p()
            # Says why a configuration cannot make an engine (a Cranelift
            # flag that does not exist, say).
            check(ffi.wasmrt_engine_new_with_config(config._consume(), ctypes.byref(out)))
            ptr = out.value
        else:
            raise type_error("a Config", config)
        self._set_ptr(ptr)

    def _delete(self, ptr: int) -> None:
        ffi.wasm_engine_delete(ptr)

    def increment_epoch(self) -> None:
        """Advances the epoch by one; may be called from any thread."""
        ffi.wasmrt_engine_increment_epoch(self.ptr())

    def is_pulley(self) -> bool:
        """Whether wasm is interpreted: never, in wasmrt."""
        return False
