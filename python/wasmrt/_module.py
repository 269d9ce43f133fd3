"""`Module`: compiled wasm, usable in any store of its engine."""

import ctypes
import os
from typing import List, Optional, Union

from . import _ffi as ffi
from ._engine import Engine
from ._error import check, type_error
from ._owned import Owned
from ._types import ExportType, ImportType, externtype_from_c
from ._wat2wasm import to_wasm


class Module(Owned):
    """`Module(engine, wasm_or_wat)` compiles a module."""

    def __init__(self, engine: Engine, wasm: Union[str, bytes, bytearray]) -> None:
        if not isinstance(engine, Engine):
            raise type_error("an Engine", engine)
        binary = to_wasm(wasm)
        out = ctypes.c_void_p()
        check(ffi.wasmrt_module_new(engine.ptr(), binary, len(binary), ctypes.byref(out)))
        self._set_ptr(out.value)
        self.engine = engine
        self._imports: Optional[List[ImportType]] = None
        self._exports: Optional[List[ExportType]] = None

    def _delete(self, ptr: int) -> None:
        ffi.wasmrt_module_delete(ptr)

    @classmethod
    def from_file(cls, engine: Engine, path: Union[str, bytes, "os.PathLike[str]"]) -> "Module":
        """Compiles the module (binary or text) in the file at `path`."""
        with open(path, "rb") as f:
            return cls(engine, f.read())

    @classmethod
    def _from_ptr(cls, engine: Engine, ptr: int) -> "Module":
        module = cls.__new__(cls)
        module._set_ptr(ptr)
        module.engine = engine
        module._imports = None
        module._exports = None
        return module

    def serialize(self) -> bytearray:
        """The module precompiled: its machine code, for `Module.deserialize`
        (or `deserialize_file`) in an engine of the same wasmrt version and
        configuration."""
        out = ffi.ByteVec()
        check(ffi.wasmrt_module_serialize(self.ptr(), ctypes.byref(out)))
        return bytearray(ffi.take_bytes(out))

    @classmethod
    def deserialize(cls, engine: Engine, encoded: Union[bytes, bytearray]) -> "Module":
        """Loads a module that `serialize` (or `wasmrt compile`) wrote,
        without compiling it. Only load bytes wasmrt wrote: their machine
        code runs as it is. Another version's or configuration's bytes, or
        damaged ones, raise WasmrtError."""
        if not isinstance(engine, Engine):
            raise type_error("an Engine", engine)
        if not isinstance(encoded, (bytes, bytearray)):
            raise type_error("bytes", encoded)
        data = bytes(encoded)
        out = ctypes.c_void_p()
        check(ffi.wasmrt_module_deserialize(engine.ptr(), data, len(data), ctypes.byref(out)))
        return cls._from_ptr(engine, out.value)

    @classmethod
    def deserialize_file(cls, engine: Engine, path: Union[str, "os.PathLike[str]"]) -> "Module":
        """As `deserialize`, for a file, whose code pages are mapped in
        place; the file must not change while the module lives."""
        if not isinstance(engine, Engine):
            raise type_error("an Engine", engine)
        out = ctypes.c_void_p()
        encoded = os.fsencode(path)
        check(ffi.wasmrt_module_deserialize_file(engine.ptr(), encoded, ctypes.byref(out)))
        return cls._from_ptr(engine, out.value)

    @classmethod
    def validate(cls, engine: Engine, wasm: Union[str, bytes, bytearray]) -> None:
        """Raises WasmrtError unless `wasm` is a valid module for `engine`."""
        if not isinstance(engine, Engine):
            raise type_error("an Engine", engine)
        binary = to_wasm(wasm)
        check(ffi.wasmrt_module_validate(engine.ptr(), binary, len(binary)))

    @property
    def name(self) -> Optional[str]:
        """The module's name from its name section, if any."""
        out = ffi.ByteVec()
        if not ffi.wasmrt_module_name(self.ptr(), ctypes.byref(out)):
            return None
        return ffi.take_bytes(out).decode("utf-8", "replace")

    @property
    def imports(self) -> List[ImportType]:
        """The module's imports, in order."""
        if self._imports is None:
            vec = ffi.PtrVec()
            ffi.wasmrt_module_imports(self.ptr(), ctypes.byref(vec))
            try:
                self._imports = [
                    ImportType(ffi.name_to_str(ffi.wasm_importtype_module(vec.data[i])),
                               ffi.name_to_str(ffi.wasm_importtype_name(vec.data[i])),
                               externtype_from_c(ffi.wasm_importtype_type(vec.data[i])))
                    for i in range(vec.size)]
            finally:
                ffi.wasm_importtype_vec_delete(ctypes.byref(vec))
        return list(self._imports)

    @property
    def exports(self) -> List[ExportType]:
        """The module's exports, in order."""
        if self._exports is None:
            vec = ffi.PtrVec()
            ffi.wasmrt_module_exports(self.ptr(), ctypes.byref(vec))
            try:
                self._exports = [
                    ExportType(ffi.name_to_str(ffi.wasm_exporttype_name(vec.data[i])),
                               externtype_from_c(ffi.wasm_exporttype_type(vec.data[i])))
                    for i in range(vec.size)]
            finally:
                ffi.wasm_exporttype_vec_delete(ctypes.byref(vec))
        return list(self._exports)
