"""Converting between `wasmrt_extern_t` and `Func`/`Global`/`Table`/`Memory`."""

from typing import Any, Union

from . import _ffi as ffi
from ._error import WasmrtError, type_error
from ._func import Func
from ._global import Global
from ._memory import Memory
from ._table import Table

AsExtern = Union[Func, Global, Table, Memory]


def wrap_extern(item: ffi.Extern) -> AsExtern:
    """The Python object for an extern C returned."""
    kind = item.kind
    if kind == ffi.EXTERN_FUNC:
        return Func._from_handle(item.of)
    if kind == ffi.EXTERN_GLOBAL:
        return Global._from_handle(item.of)
    if kind == ffi.EXTERN_TABLE:
        return Table._from_handle(item.of)
    if kind == ffi.EXTERN_MEMORY:
        return Memory._from_handle(item.of)
    raise WasmrtError("unknown extern kind %d" % kind)


def extern_of(item: Any) -> ffi.Extern:
    """The `wasmrt_extern_t` of a Func, Global, Table or Memory."""
    if isinstance(item, (Func, Global, Table, Memory)):
        return item._as_extern()
    raise type_error("a Func, Global, Table or Memory", item)
