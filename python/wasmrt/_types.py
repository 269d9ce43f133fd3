"""Type objects: `ValType`, `FuncType`, `GlobalType`, `TableType`,
`MemoryType`, `Limits`, `ImportType`, `ExportType`.

They are plain Python values. C type objects are built from them only for
the duration of a C call, and types read from C are copied into them and
the C objects freed, so no Python type object can dangle.
"""

import ctypes
from typing import Any, Dict, List, Optional, Sequence, Union

from . import _ffi as ffi
from ._error import WasmrtError, check, type_error


class ValType:
    """A value type; use `ValType.i32()`, `ValType.externref()`, ..."""

    __slots__ = ("_code", "_name")
    _code: int
    _name: str
    _by_code: Dict[int, "ValType"] = {}

    def __init__(self) -> None:
        raise WasmrtError("cannot construct directly: use ValType.i32() etc.")

    @classmethod
    def _make(cls, code: int, name: str) -> "ValType":
        ty = object.__new__(cls)
        ty._code = code
        ty._name = name
        cls._by_code[code] = ty
        return ty

    @classmethod
    def _from_code(cls, code: int) -> "ValType":
        ty = cls._by_code.get(code)
        if ty is None:
            raise WasmrtError("unknown value type kind %d" % code)
        return ty

    @classmethod
    def i32(cls) -> "ValType":
        return _I32

    @classmethod
    def i64(cls) -> "ValType":
        return _I64

    @classmethod
    def f32(cls) -> "ValType":
        return _F32

    @classmethod
    def f64(cls) -> "ValType":
        return _F64

    @classmethod
    def v128(cls) -> "ValType":
        return _V128

    @classmethod
    def externref(cls) -> "ValType":
        return _EXTERNREF

    @classmethod
    def funcref(cls) -> "ValType":
        return _FUNCREF

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ValType) and other._code == self._code

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self._code)

    def __str__(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return self._name

    def _new_c(self) -> int:
        return ffi.wasm_valtype_new(self._code)


_I32 = ValType._make(ffi.WASM_I32, "i32")
_I64 = ValType._make(ffi.WASM_I64, "i64")
_F32 = ValType._make(ffi.WASM_F32, "f32")
_F64 = ValType._make(ffi.WASM_F64, "f64")
_V128 = ValType._make(ffi.WASM_V128, "v128")
_EXTERNREF = ValType._make(ffi.WASM_EXTERNREF, "externref")
_FUNCREF = ValType._make(ffi.WASM_FUNCREF, "funcref")


def _check_valtypes(items: Sequence[Any], what: str) -> List[ValType]:
    if isinstance(items, (str, bytes)) or not hasattr(items, "__iter__"):
        raise type_error("a list of ValType for %s" % what, items)
    out = list(items)
    for ty in out:
        if not isinstance(ty, ValType):
            raise type_error("ValType in %s" % what, ty)
    return out


def _valtype_vec(types: List[ValType]) -> ffi.PtrVec:
    vec = ffi.PtrVec()
    arr = (ctypes.c_void_p * len(types))(*[t._new_c() for t in types])
    ffi.wasm_valtype_vec_new(ctypes.byref(vec), len(types), arr)
    return vec


def _valtypes_from_vec(vec: "ctypes._Pointer[ffi.PtrVec]") -> List[ValType]:
    v = vec.contents
    return [ValType._from_code(ffi.wasm_valtype_kind(v.data[i])) for i in range(v.size)]


class FuncType:
    """A function type: `FuncType([ValType.i32()], [ValType.i64()])`."""

    __slots__ = ("_params", "_results")

    def __init__(self, params: Sequence[ValType], results: Sequence[ValType]) -> None:
        self._params = _check_valtypes(params, "params")
        self._results = _check_valtypes(results, "results")

    @property
    def params(self) -> List[ValType]:
        """The parameter types."""
        return list(self._params)

    @property
    def results(self) -> List[ValType]:
        """The result types."""
        return list(self._results)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, FuncType) and other._params == self._params
                and other._results == self._results)

    def __hash__(self) -> int:
        return hash((tuple(self._params), tuple(self._results)))

    def __repr__(self) -> str:
        return "FuncType(%r, %r)" % (self._params, self._results)

    def _new_c(self) -> int:
        """A new `wasm_functype_t *`, owned by the caller."""
        params = _valtype_vec(self._params)
        results = _valtype_vec(self._results)
        return ffi.wasm_functype_new(ctypes.byref(params), ctypes.byref(results))

    @classmethod
    def _from_c(cls, ptr: int) -> "FuncType":
        ty = object.__new__(cls)
        ty._params = _valtypes_from_vec(ffi.wasm_functype_params(ptr))
        ty._results = _valtypes_from_vec(ffi.wasm_functype_results(ptr))
        return ty


class GlobalType:
    """A global's type: its content type and whether it is mutable."""

    __slots__ = ("_content", "_mutable")

    def __init__(self, valtype: ValType, mutable: bool) -> None:
        if not isinstance(valtype, ValType):
            raise type_error("a ValType", valtype)
        self._content = valtype
        self._mutable = bool(mutable)

    @property
    def content(self) -> ValType:
        """The type of the global's value."""
        return self._content

    @property
    def mutable(self) -> bool:
        """Whether the global may be set."""
        return self._mutable

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, GlobalType) and other._content == self._content
                and other._mutable == self._mutable)

    def __hash__(self) -> int:
        return hash((self._content, self._mutable))

    def __repr__(self) -> str:
        return "GlobalType(%r, mutable=%r)" % (self._content, self._mutable)

    def _new_c(self) -> int:
        return ffi.wasm_globaltype_new(self._content._new_c(), 1 if self._mutable else 0)

    @classmethod
    def _from_c(cls, ptr: int) -> "GlobalType":
        return cls(ValType._from_code(ffi.wasm_valtype_kind(ffi.wasm_globaltype_content(ptr))),
                   ffi.wasm_globaltype_mutability(ptr) == 1)


class Limits:
    """Sizes: `min` and an optional `max` (pages or elements)."""

    def __init__(self, min: int, max: Optional[int]) -> None:
        if not isinstance(min, int) or (max is not None and not isinstance(max, int)):
            raise type_error("integer limits", min if not isinstance(min, int) else max)
        self.min = min
        self.max = max

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Limits) and (self.min, self.max) == (other.min, other.max)

    def __hash__(self) -> int:
        return hash((self.min, self.max))

    def __repr__(self) -> str:
        return "Limits(%r, %r)" % (self.min, self.max)

    def _to_c(self) -> ffi.Limits:
        if not 0 <= self.min <= 0xffffffff or (
                self.max is not None and not 0 <= self.max < 0xffffffff):
            raise WasmrtError("limits out of range: %r" % self)
        return ffi.Limits(self.min, 0xffffffff if self.max is None else self.max)


class TableType:
    """A table's type: its element type and limits."""

    __slots__ = ("_element", "_limits")

    def __init__(self, valtype: ValType, limits: Limits) -> None:
        if not isinstance(valtype, ValType):
            raise type_error("a ValType", valtype)
        if not isinstance(limits, Limits):
            raise type_error("Limits", limits)
        self._element = valtype
        self._limits = limits

    @property
    def element(self) -> ValType:
        """The type of the table's elements."""
        return self._element

    @property
    def limits(self) -> Limits:
        """The table's size limits."""
        return self._limits

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, TableType) and other._element == self._element
                and other._limits == self._limits)

    def __repr__(self) -> str:
        return "TableType(%r, %r)" % (self._element, self._limits)

    def _new_c(self) -> int:
        limits = self._limits._to_c()
        return ffi.wasm_tabletype_new(self._element._new_c(), ctypes.byref(limits))

    @classmethod
    def _from_c(cls, ptr: int) -> "TableType":
        lim = ffi.wasm_tabletype_limits(ptr).contents
        return cls(ValType._from_code(ffi.wasm_valtype_kind(ffi.wasm_tabletype_element(ptr))),
                   Limits(lim.min, None if lim.max == 0xffffffff else lim.max))


class MemoryType:
    """A memory's type: limits in 64 KiB pages (64-bit and shared memories
    are not supported by wasmrt)."""

    __slots__ = ("_limits", "_is_64", "_shared", "_page_size_log2")

    def __init__(self, limits: Limits, is_64: bool = False, shared: bool = False,
                 page_size_log2: int = 16) -> None:
        if not isinstance(limits, Limits):
            raise type_error("Limits", limits)
        self._limits = limits
        self._is_64 = bool(is_64)
        self._shared = bool(shared)
        self._page_size_log2 = page_size_log2
        # Let the C API judge what wasmrt supports.
        ptr = self._new_c()
        ffi.wasm_memorytype_delete(ptr)

    @property
    def limits(self) -> Limits:
        """The memory's size limits in pages."""
        return self._limits

    @property
    def is_64(self) -> bool:
        return self._is_64

    @property
    def is_shared(self) -> bool:
        return self._shared

    @property
    def page_size(self) -> int:
        return 1 << self._page_size_log2

    @property
    def page_size_log2(self) -> int:
        return self._page_size_log2

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MemoryType) and other._limits == self._limits

    def __repr__(self) -> str:
        return "MemoryType(%r)" % (self._limits,)

    def _new_c(self) -> int:
        lim = self._limits
        if lim.min < 0 or (lim.max is not None and lim.max < 0):
            raise WasmrtError("limits out of range: %r" % lim)
        if not 0 <= self._page_size_log2 < 256:
            raise WasmrtError("bad page size")
        ret = ctypes.c_void_p()
        try:
            err = ffi.wasmrt_memorytype_new(lim.min, lim.max is not None, lim.max or 0,
                                            self._is_64, self._shared,
                                            self._page_size_log2, ctypes.byref(ret))
        except ctypes.ArgumentError:
            raise WasmrtError("limits out of range: %r" % lim) from None
        check(err)
        return ret.value or 0

    @classmethod
    def _from_c(cls, ptr: int) -> "MemoryType":
        mx = ctypes.c_uint64(0)
        has_max = ffi.wasmrt_memorytype_maximum(ptr, ctypes.byref(mx))
        ty = object.__new__(cls)
        ty._limits = Limits(ffi.wasmrt_memorytype_minimum(ptr), mx.value if has_max else None)
        ty._is_64 = False
        ty._shared = False
        ty._page_size_log2 = 16
        return ty


AsExternType = Union[FuncType, GlobalType, TableType, MemoryType]


def externtype_from_c(ptr: int) -> AsExternType:
    """Copies a borrowed `wasm_externtype_t *` into a Python type."""
    kind = ffi.wasm_externtype_kind(ptr)
    if kind == ffi.EXTERN_FUNC:
        return FuncType._from_c(ffi.wasm_externtype_as_functype_const(ptr))
    if kind == ffi.EXTERN_GLOBAL:
        return GlobalType._from_c(ffi.wasm_externtype_as_globaltype_const(ptr))
    if kind == ffi.EXTERN_TABLE:
        return TableType._from_c(ffi.wasm_externtype_as_tabletype_const(ptr))
    if kind == ffi.EXTERN_MEMORY:
        return MemoryType._from_c(ffi.wasm_externtype_as_memorytype_const(ptr))
    raise WasmrtError("unknown extern type kind %d" % kind)


class ImportType:
    """An import of a module: `module`, `name` and `type`."""

    __slots__ = ("_module", "_name", "_type")

    def __init__(self, module: str, name: str, ty: AsExternType) -> None:
        self._module = module
        self._name = name
        self._type = ty

    @property
    def module(self) -> str:
        return self._module

    @property
    def name(self) -> str:
        return self._name

    @property
    def type(self) -> AsExternType:
        return self._type

    def __repr__(self) -> str:
        return "ImportType(%r, %r, %r)" % (self._module, self._name, self._type)


class ExportType:
    """An export of a module: `name` and `type`."""

    __slots__ = ("_name", "_type")

    def __init__(self, name: str, ty: AsExternType) -> None:
        self._name = name
        self._type = ty

    @property
    def name(self) -> str:
        return self._name

    @property
    def type(self) -> AsExternType:
        return self._type

    def __repr__(self) -> str:
        return "ExportType(%r, %r)" % (self._name, self._type)
