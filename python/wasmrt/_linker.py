"""`Linker` (instantiating by import names) and `InstancePre`."""

import ctypes
from typing import TYPE_CHECKING, Any, Callable

from . import _ffi as ffi
from ._engine import Engine
from ._error import WasmrtError, check, type_error
from ._extern import AsExtern, extern_of, wrap_extern
from ._func import Func
from ._host import FINALIZER, TRAMPOLINE, register
from ._instance import Instance, instantiate_with
from ._module import Module
from ._owned import Owned
from ._store import close_at_exit, context_of, run_in
from ._config import setter_property
from ._types import FuncType

if TYPE_CHECKING:
    from ._store import Storelike


def _name(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise type_error("a str for %s" % what, value)
    return value.encode("utf-8")


class Linker(Owned):
    """Defines items by `module::name` and instantiates modules with them."""

    def __init__(self, engine: Engine) -> None:
        if not isinstance(engine, Engine):
            raise type_error("an Engine", engine)
        self._set_ptr(ffi.wasmrt_linker_new(engine.ptr()))
        self.engine = engine
        close_at_exit(self)

    def _delete(self, ptr: int) -> None:
        ffi.wasmrt_linker_delete(ptr)

    @setter_property
    def allow_shadowing(self, allow: bool) -> None:
        """Whether a later definition of a name replaces an earlier one."""
        ffi.wasmrt_linker_allow_shadowing(self.ptr(), bool(allow))

    def define(self, store: "Storelike", module: str, name: str, item: AsExtern) -> None:
        """Defines `module::name` as `item` (of `store`)."""
        m, n = _name(module, "module"), _name(name, "name")
        ext = extern_of(item)
        check(ffi.wasmrt_linker_define(self.ptr(), context_of(store), m, len(m), n, len(n),
                                       ctypes.byref(ext)))

    def define_func(self, module: str, name: str, ty: FuncType, func: Callable[..., Any],
                    access_caller: bool = False) -> None:
        """Defines `module::name` as a Python host function usable in any
        store."""
        m, n = _name(module, "module"), _name(name, "name")
        if not isinstance(ty, FuncType):
            raise type_error("a FuncType", ty)
        if not callable(func):
            raise type_error("a callable", func)
        ptr = self.ptr()
        key = register(ty, func, bool(access_caller))
        cty = ty._new_c()
        try:
            err = ffi.wasmrt_linker_define_func_unchecked(ptr, m, len(m), n, len(n), cty,
                                                          TRAMPOLINE, key, FINALIZER)
        finally:
            ffi.wasm_functype_delete(cty)
        check(err)

    def define_instance(self, store: "Storelike", name: str, instance: Instance) -> None:
        """Defines every export of `instance` under the module name `name`."""
        if not isinstance(instance, Instance):
            raise type_error("an Instance", instance)
        n = _name(name, "name")
        check(ffi.wasmrt_linker_define_instance(self.ptr(), context_of(store), n, len(n),
                                                ctypes.byref(instance._instance)))

    def define_wasi(self) -> None:
        """Defines the WASI preview 1 functions (`wasi_snapshot_preview1`);
        they use the WASI context of the store they run in (`set_wasi`)."""
        check(ffi.wasmrt_linker_define_wasi(self.ptr()))

    def define_module(self, store: "Storelike", name: str, module: Module) -> None:
        """Instantiates `module` and defines its exports under `name`."""
        if not isinstance(module, Module):
            raise type_error("a Module", module)
        n = _name(name, "name")
        ptr, mod = self.ptr(), module.ptr()
        err = run_in(store, lambda ctx: ffi.wasmrt_linker_module(ptr, ctx, n, len(n), mod))
        if err:
            from ._trap import raise_failure
            raise_failure(err, None)

    def define_unknown_imports_as_traps(self, module: Module) -> None:
        """Defines each function import of `module` the linker lacks as a
        function that traps."""
        if not isinstance(module, Module):
            raise type_error("a Module", module)
        check(ffi.wasmrt_linker_define_unknown_imports_as_traps(self.ptr(), module.ptr()))

    def define_unknown_imports_as_default_values(self, store: "Storelike",
                                                 module: Module) -> None:
        """Defines each import of `module` the linker lacks as its type's
        default, made in `store`: a function that returns zeros (0, 0.0,
        or a null reference for each result), a global of zero or null, a
        table of null elements and a memory, each of its minimum size."""
        if not isinstance(module, Module):
            raise type_error("a Module", module)
        check(ffi.wasmrt_linker_define_unknown_imports_as_default_values(
            self.ptr(), context_of(store), module.ptr()))

    def instantiate(self, store: "Storelike", module: Module) -> Instance:
        """Instantiates `module` with the linker's definitions."""
        if not isinstance(module, Module):
            raise type_error("a Module", module)
        ptr, mod = self.ptr(), module.ptr()
        return instantiate_with(store, lambda ctx, out, trap: ffi.wasmrt_linker_instantiate(
            ptr, ctx, mod, out, trap))

    def instantiate_pre(self, module: Module) -> "InstancePre":
        """Resolves the imports of `module` now, for fast instantiation."""
        if not isinstance(module, Module):
            raise type_error("a Module", module)
        out = ctypes.c_void_p()
        check(ffi.wasmrt_linker_instantiate_pre(self.ptr(), module.ptr(), ctypes.byref(out)))
        pre = InstancePre.__new__(InstancePre)
        pre._set_ptr(out.value)
        pre._module = module
        close_at_exit(pre)
        return pre

    def get_default(self, store: "Storelike", name: str) -> Func:
        """The default function of module `name` (its "" or `_start` export)."""
        n = _name(name, "name")
        handle = ffi.Handle()
        check(ffi.wasmrt_linker_get_default(self.ptr(), context_of(store), n, len(n),
                                            ctypes.byref(handle)))
        return Func._from_handle(handle)

    def get(self, store: "Storelike", module: str, name: str) -> AsExtern:
        """The item defined as `module::name`."""
        m, n = _name(module, "module"), _name(name, "name")
        item = ffi.Extern()
        if not ffi.wasmrt_linker_get(self.ptr(), context_of(store), m, len(m), n, len(n),
                                     ctypes.byref(item)):
            raise WasmrtError("item not defined in linker: %s::%s" % (module, name))
        return wrap_extern(item)


class InstancePre(Owned):
    """A module whose imports a linker resolved; `instantiate(store)`."""

    _module: Module

    def __init__(self) -> None:
        raise WasmrtError("use Linker.instantiate_pre")

    def _delete(self, ptr: int) -> None:
        ffi.wasmrt_instance_pre_delete(ptr)

    def instantiate(self, store: "Storelike") -> Instance:
        """A new instance in `store`."""
        ptr = self.ptr()
        return instantiate_with(store, lambda ctx, out, trap: ffi.wasmrt_instance_pre_instantiate(
            ptr, ctx, out, trap))

    def module(self) -> Module:
        """The module."""
        self.ptr()
        return self._module
