"""`Val`, and converting Python values to and from wasm values.

Numbers convert as in wasmtime-py (integers wrap to the type's width).
`externref` values may be any Python object: the object is kept in a table
here, the C side holds its key, and the C finalizer removes it again when
wasm holds no reference any more. `funcref` values are `Func` or None;
`v128` values are non-negative integers below 2**128.
"""

import ctypes
import struct
from typing import TYPE_CHECKING, Any, List, Optional

from . import _ffi as ffi
from ._keyed import Keyed
from ._error import WasmrtError, WasmrtTypeError, type_error
from ._types import ValType

if TYPE_CHECKING:
    from ._func import Func

# ---- externref objects --------------------------------------------------

_EXTERN_OBJECTS: Keyed[Any] = Keyed()
_EXTERNS = _EXTERN_OBJECTS.items
EXTERN_FINALIZER = _EXTERN_OBJECTS.finalizer


def new_externref(ctx: int, obj: Any) -> ffi.ExternRef:
    """A rooted externref holding `obj` (the caller unroots it)."""
    ref = ffi.ExternRef()
    key = _EXTERN_OBJECTS.add(obj)
    if not ffi.wasmrt_externref_new(ctx, key, EXTERN_FINALIZER, ctypes.byref(ref)):
        _EXTERN_OBJECTS.discard(key)
        raise WasmrtError("failed to create an externref")
    return ref


def externref_value(ctx: int, ref: ffi.ExternRef) -> Any:
    """The object a (rooted) externref holds; None for null."""
    if ref.store_id == 0:
        return None
    key = ffi.wasmrt_externref_data(ctx, ctypes.byref(ref))
    return _EXTERNS.get(key) if key else None


# ---- Val ----------------------------------------------------------------


class Val:
    """A wasm value with its type (`Val.i32(3)`, `Val.externref(obj)`, ...)."""

    __slots__ = ("_kind", "_val")

    def __init__(self, kind: ValType, val: Any) -> None:
        if not isinstance(kind, ValType):
            raise type_error("a ValType", kind)
        self._kind = kind
        self._val = coerce(kind, val)

    @classmethod
    def i32(cls, val: int) -> "Val":
        return cls(ValType.i32(), val)

    @classmethod
    def i64(cls, val: int) -> "Val":
        return cls(ValType.i64(), val)

    @classmethod
    def f32(cls, val: float) -> "Val":
        """An f32; `val` must be a float, as in wasmtime-py (an int is a
        type error here, though arguments to calls may be ints)."""
        if not isinstance(val, float):
            raise type_error("a float for f32", val)
        return cls(ValType.f32(), val)

    @classmethod
    def f64(cls, val: float) -> "Val":
        """An f64; `val` must be a float (see `f32`)."""
        if not isinstance(val, float):
            raise type_error("a float for f64", val)
        return cls(ValType.f64(), val)

    @classmethod
    def v128(cls, val: int) -> "Val":
        return cls(ValType.v128(), val)

    @classmethod
    def externref(cls, extern: Optional[Any]) -> "Val":
        return cls(ValType.externref(), extern)

    @classmethod
    def funcref(cls, f: "Optional[Func]") -> "Val":
        return cls(ValType.funcref(), f)

    @classmethod
    def ref_null(cls, ty: ValType) -> "Val":
        """The null reference of `ty` (externref or funcref)."""
        if ty == ValType.externref() or ty == ValType.funcref():
            return cls(ty, None)
        raise WasmrtError("invalid reference type for ref_null: %s" % ty)

    @property
    def value(self) -> Any:
        """The Python value."""
        return self._val

    @property
    def type(self) -> ValType:
        """The value's type."""
        return self._kind

    def _as(self, ty: ValType) -> Any:
        return self._val if self._kind == ty else None

    def as_i32(self) -> Optional[int]:
        return self._as(ValType.i32())

    def as_i64(self) -> Optional[int]:
        return self._as(ValType.i64())

    def as_f32(self) -> Optional[float]:
        return self._as(ValType.f32())

    def as_f64(self) -> Optional[float]:
        return self._as(ValType.f64())

    def as_v128(self) -> Optional[int]:
        return self._as(ValType.v128())

    def as_externref(self) -> Optional[Any]:
        return self._as(ValType.externref())

    def as_funcref(self) -> "Optional[Func]":
        return self._as(ValType.funcref())

    def __eq__(self, rhs: object) -> bool:
        if isinstance(rhs, Val):
            return self._kind == rhs._kind and self._val == rhs._val
        return bool(self._val == rhs)

    def __hash__(self) -> int:
        return hash((self._kind, id(self._val)))

    def __repr__(self) -> str:
        return "Val.%s(%r)" % (self._kind, self._val)


_F32 = struct.Struct("<f")


def coerce(ty: ValType, value: Any) -> Any:
    """`value` as the Python value of type `ty`, or a type error."""
    if isinstance(value, Val):
        if value._kind != ty:
            raise WasmrtTypeError("wrong type of Val: expected %s, got %s" % (ty, value._kind))
        return value._val
    code = ty._code
    if code == ffi.WASM_I32:
        if not isinstance(value, int):
            raise type_error("an int for i32", value)
        value &= 0xffffffff
        return value - (1 << 32) if value >= 1 << 31 else value
    if code == ffi.WASM_I64:
        if not isinstance(value, int):
            raise type_error("an int for i64", value)
        value &= 0xffffffffffffffff
        return value - (1 << 64) if value >= 1 << 63 else value
    if code == ffi.WASM_F32 or code == ffi.WASM_F64:
        if not isinstance(value, (int, float)):
            raise type_error("a float for %s" % ty, value)
        value = float(value)
        if code == ffi.WASM_F32:
            try:
                value = _F32.unpack(_F32.pack(value))[0]
            except OverflowError:
                value = float("inf") if value > 0 else float("-inf")
        return value
    if code == ffi.WASM_V128:
        if not isinstance(value, int) or not 0 <= value < 1 << 128:
            raise type_error("an int in [0, 2**128) for v128", value)
        return value
    if code == ffi.WASM_FUNCREF:
        from ._func import Func
        if value is not None and not isinstance(value, Func):
            raise type_error("a Func or None for funcref", value)
        return value
    return value  # externref: any object


# ---- wasmrt_val_t -------------------------------------------------------

_KIND_TO_WASMRT = {ffi.WASM_I32: ffi.WASMRT_I32, ffi.WASM_I64: ffi.WASMRT_I64,
                   ffi.WASM_F32: ffi.WASMRT_F32, ffi.WASM_F64: ffi.WASMRT_F64,
                   ffi.WASM_V128: ffi.WASMRT_V128, ffi.WASM_FUNCREF: ffi.WASMRT_FUNCREF,
                   ffi.WASM_EXTERNREF: ffi.WASMRT_EXTERNREF}


def to_val(ctx: int, ty: ValType, value: Any) -> ffi.Val:
    """A `wasmrt_val_t` for `value` (unroot it with `wasmrt_val_unroot`)."""
    value = coerce(ty, value)
    out = ffi.Val()
    out.kind = _KIND_TO_WASMRT[ty._code]
    code = ty._code
    if code == ffi.WASM_I32:
        out.of.i32 = value
    elif code == ffi.WASM_I64:
        out.of.i64 = value
    elif code == ffi.WASM_F32:
        out.of.f32 = value
    elif code == ffi.WASM_F64:
        out.of.f64 = value
    elif code == ffi.WASM_V128:
        out.of.v128[:] = list(value.to_bytes(16, "little"))
    elif code == ffi.WASM_FUNCREF:
        if value is not None:
            out.of.funcref = value._func
    elif value is not None:
        out.of.externref = new_externref(ctx, value)
    return out


def from_val(ctx: int, val: ffi.Val) -> Any:
    """The Python value of a `wasmrt_val_t`, whose root is then released."""
    kind = val.kind
    if kind == ffi.WASMRT_I32:
        return val.of.i32
    if kind == ffi.WASMRT_I64:
        return val.of.i64
    if kind == ffi.WASMRT_F32:
        return val.of.f32
    if kind == ffi.WASMRT_F64:
        return val.of.f64
    if kind == ffi.WASMRT_V128:
        return int.from_bytes(bytes(val.of.v128), "little")
    if kind == ffi.WASMRT_FUNCREF:
        if val.of.funcref.store_id == 0:
            return None
        from ._func import Func
        return Func._from_handle(val.of.funcref)
    if kind == ffi.WASMRT_EXTERNREF:
        try:
            return externref_value(ctx, val.of.externref)
        finally:
            ffi.wasmrt_val_unroot(ctypes.byref(val))
    raise WasmrtError("unknown value kind %d" % kind)


# ---- raw values (wasmrt_val_raw_t) --------------------------------------

RAW_FORMATS = {ffi.WASM_I32: "i12x", ffi.WASM_I64: "q8x",
               ffi.WASM_F32: "f12x", ffi.WASM_F64: "d8x"}
_RAW = {code: struct.Struct("<" + fmt) for code, fmt in RAW_FORMATS.items()}
_PTR = struct.Struct("<Q8x")
_U32 = struct.Struct("<I12x")


def write_raw(ctx: int, ty: ValType, value: Any, buf: Any, offset: int,
              roots: List[ffi.ExternRef]) -> None:
    """Writes `value` as a raw value of type `ty` at `buf[offset:]`;
    externref roots made for it go to `roots` (unroot after the call)."""
    value = coerce(ty, value)
    code = ty._code
    if code in _RAW:
        _RAW[code].pack_into(buf, offset, value)
    elif code == ffi.WASM_V128:
        buf[offset:offset + 16] = value.to_bytes(16, "little")
    elif code == ffi.WASM_FUNCREF:
        raw = 0
        if value is not None:
            raw = ffi.wasmrt_func_to_raw(ctx, ctypes.byref(value._func)) or 0
            if not raw:
                raise WasmrtError("the funcref belongs to another store")
        _PTR.pack_into(buf, offset, raw)
    else:
        raw = 0
        if value is not None:
            ref = new_externref(ctx, value)
            roots.append(ref)
            raw = ffi.wasmrt_externref_to_raw(ctx, ctypes.byref(ref))
        _U32.pack_into(buf, offset, raw)


def read_raw(ctx: int, ty: ValType, buf: Any, offset: int) -> Any:
    """The Python value of the raw value of type `ty` at `buf[offset:]`."""
    code = ty._code
    if code in _RAW:
        return _RAW[code].unpack_from(buf, offset)[0]
    if code == ffi.WASM_V128:
        return int.from_bytes(bytes(buf[offset:offset + 16]), "little")
    if code == ffi.WASM_FUNCREF:
        raw = _PTR.unpack_from(buf, offset)[0]
        if not raw:
            return None
        handle = ffi.Handle()
        ffi.wasmrt_func_from_raw(ctx, raw, ctypes.byref(handle))
        if handle.store_id == 0:
            return None
        from ._func import Func
        return Func._from_handle(handle)
    raw = _U32.unpack_from(buf, offset)[0]
    if not raw:
        return None
    ref = ffi.ExternRef()
    ffi.wasmrt_externref_from_raw(ctx, raw, ctypes.byref(ref))
    try:
        return externref_value(ctx, ref)
    finally:
        ffi.wasmrt_externref_unroot(ctypes.byref(ref))


def unroot_all(roots: List[ffi.ExternRef]) -> None:
    for ref in roots:
        ffi.wasmrt_externref_unroot(ctypes.byref(ref))
