"""wasmrt: a WebAssembly runtime (Rust, Cranelift) for Python.

Pure Python over the shared library `libwasmrt` through ctypes, shaped like
wasmtime-py: a wasmtime-py program runs after `import wasmrt as wasmtime`,
with `WasmrtError` in place of `WasmtimeError`.

>>> import wasmrt
>>> store = wasmrt.Store()
>>> module = wasmrt.Module(store.engine, '(module (func (export "f") (result i32) i32.const 7))')
>>> wasmrt.Instance(store, module, []).exports(store)["f"](store)
7
"""

from ._error import ExitTrap, WasmrtError
from ._config import Config
from ._pooling import PoolingAllocationConfig
from ._engine import Engine
from ._store import Store, StoreContext, Storelike
from ._types import (ExportType, FuncType, GlobalType, ImportType, Limits, MemoryType,
                     TableType, ValType)
from ._wat2wasm import wat2wasm
from ._module import Module
from ._value import Val
from ._trap import Frame, Trap, TrapCode
from ._func import Caller, Func
from ._global import Global
from ._table import Table
from ._memory import Memory
from ._extern import AsExtern
from ._instance import Instance, InstanceExports
from ._wasi import DirPerms, FilePerms, WasiConfig
from ._linker import InstancePre, Linker
from ._interrupt import InterruptHandle
from ._hooks import CallHook

__version__ = "0.1.0"

__all__ = [
    "AsExtern", "Caller", "CallHook", "Config", "DirPerms", "Engine", "ExitTrap", "ExportType",
    "FilePerms", "Frame", "Func", "FuncType", "Global", "GlobalType", "ImportType", "Instance",
    "InstanceExports", "InstancePre", "InterruptHandle", "Limits", "Linker", "Memory",
    "MemoryType", "Module", "PoolingAllocationConfig", "Store", "StoreContext", "Storelike",
    "Table", "TableType", "Trap", "TrapCode", "Val", "ValType", "WasiConfig", "WasmrtError",
    "wat2wasm",
]
