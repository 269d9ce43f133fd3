"""`Instance`: an instantiated module, and its exports."""

import ctypes
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional, Sequence, Union

from . import _ffi as ffi
from ._error import type_error
from ._extern import AsExtern, extern_of, wrap_extern
from ._module import Module
from ._store import context_of, run_in
from ._trap import raise_failure

if TYPE_CHECKING:
    from ._store import Storelike


def instantiate_with(store: "Storelike", call: Any) -> "Instance":
    """Runs `call(ctx, instance_ptr, trap_ptr)` (a C instantiation, which
    may run a start function) and wraps the instance it makes."""
    handle = ffi.Handle()
    trap = ctypes.c_void_p()

    def go(ctx: int) -> Optional[int]:
        return call(ctx, ctypes.byref(handle), ctypes.byref(trap))
    err = run_in(store, go)
    if err or trap.value:
        raise_failure(err, trap.value)
    return Instance._from_handle(handle)


class Instance:
    """`Instance(store, module, imports)` instantiates `module` with the
    imports given in the module's import order."""

    __slots__ = ("_instance", "_exports")
    _instance: ffi.Handle

    def __init__(self, store: "Storelike", module: Module, imports: Sequence[AsExtern]) -> None:
        if not isinstance(module, Module):
            raise type_error("a Module", module)
        if isinstance(imports, (str, bytes)) or not hasattr(imports, "__iter__"):
            raise type_error("a sequence of imports", imports)
        items = [extern_of(i) for i in imports]
        arr = (ffi.Extern * max(len(items), 1))(*items)
        mod = module.ptr()
        made = instantiate_with(store, lambda ctx, out, trap: ffi.wasmrt_instance_new(
            ctx, mod, arr, len(items), out, trap))
        self._instance = made._instance
        self._exports: Optional[InstanceExports] = None

    @classmethod
    def _from_handle(cls, handle: ffi.Handle) -> "Instance":
        inst = cls.__new__(cls)
        inst._instance = ffi.Handle(handle.store_id, handle.private)
        inst._exports = None
        return inst

    def exports(self, store: "Storelike") -> "InstanceExports":
        """The exports, by name (`exports["f"]`) and by index
        (`exports[0]`, `exports.by_index`)."""
        if self._exports is None:
            self._exports = InstanceExports(store, self)
        else:
            context_of(store)
        return self._exports


class InstanceExports(Mapping[str, AsExtern]):
    """An instance's exports: a mapping by name, also indexable by position."""

    def __init__(self, store: "Storelike", instance: Instance) -> None:
        ctx = context_of(store)
        self._by_name: Dict[str, AsExtern] = {}
        seq: List[AsExtern] = []
        name = ctypes.c_void_p()
        name_len = ctypes.c_size_t(0)
        item = ffi.Extern()
        i = 0
        while ffi.wasmrt_instance_export_nth(ctx, ctypes.byref(instance._instance), i,
                                             ctypes.byref(name), ctypes.byref(name_len),
                                             ctypes.byref(item)):
            text = ctypes.string_at(name.value or 0, name_len.value).decode("utf-8", "replace") \
                if name_len.value else ""
            ext = wrap_extern(item)
            seq.append(ext)
            self._by_name[text] = ext
            i += 1
        self._seq = tuple(seq)

    @property
    def by_index(self) -> Sequence[AsExtern]:
        """The exports in the module's order."""
        return self._seq

    def __getitem__(self, key: Union[str, int]) -> AsExtern:  # type: ignore[override]
        if isinstance(key, int) and not isinstance(key, bool):
            return self._seq[key]
        return self._by_name[key]  # type: ignore[index]

    def __len__(self) -> int:
        return len(self._seq)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)
