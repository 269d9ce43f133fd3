"""ctypes declarations of the parts of wasm.h, wasmrt.h and wasi.h used here.

Pointers to opaque C objects are passed as `c_void_p` (plain integers on
the Python side); the handle structs (`wasmrt_func_t`, ...), values and
vectors are declared as ctypes structures with the header's layout.
"""

import ctypes
from typing import Any
from ctypes import (CFUNCTYPE, POINTER, Structure, Union, c_bool, c_char_p,
                    c_double, c_float, c_int32, c_int64, c_size_t, c_uint8,
                    c_uint32, c_uint64, c_void_p)

from ._lib import load_library

lib = load_library()

# ---- structures ---------------------------------------------------------


class Handle(Structure):
    """`wasmrt_func_t`, `wasmrt_memory_t`, ...: `{ store_id, __private }`."""
    _fields_ = [("store_id", c_uint64), ("private", c_size_t)]


class ExternRef(Structure):
    """`wasmrt_externref_t`."""
    _fields_ = [("store_id", c_uint64), ("p1", c_uint32), ("p2", c_uint32),
                ("p3", c_void_p)]


class Extern(Structure):
    """`wasmrt_extern_t`: a kind and a handle (all four kinds share a layout)."""
    _fields_ = [("kind", c_uint8), ("of", Handle)]


class ValUnion(Union):
    _fields_ = [("i32", c_int32), ("i64", c_int64), ("f32", c_float),
                ("f64", c_double), ("funcref", Handle),
                ("externref", ExternRef), ("v128", c_uint8 * 16)]


class Val(Structure):
    """`wasmrt_val_t`."""
    _fields_ = [("kind", c_uint8), ("of", ValUnion)]


class ByteVec(Structure):
    """`wasm_byte_vec_t` (also `wasm_name_t`, `wasm_message_t`)."""
    _fields_ = [("size", c_size_t), ("data", POINTER(ctypes.c_char))]


class PtrVec(Structure):
    """Any vector of owned pointers (`wasm_valtype_vec_t`, ...)."""
    _fields_ = [("size", c_size_t), ("data", POINTER(c_void_p))]


class Limits(Structure):
    """`wasm_limits_t`."""
    _fields_ = [("min", c_uint32), ("max", c_uint32)]


assert ctypes.sizeof(Handle) == 16
assert ctypes.sizeof(Extern) == 24
assert ctypes.sizeof(Val) == 32
RAW_SIZE = 16  # sizeof(wasmrt_val_raw_t)

# ---- constants ----------------------------------------------------------

# wasm.h value kinds
WASM_I32, WASM_I64, WASM_F32, WASM_F64, WASM_V128 = 0, 1, 2, 3, 4
WASM_EXTERNREF, WASM_FUNCREF = 128, 129
# wasmrt.h value kinds
WASMRT_I32, WASMRT_I64, WASMRT_F32, WASMRT_F64 = 0, 1, 2, 3
WASMRT_V128, WASMRT_FUNCREF, WASMRT_EXTERNREF = 4, 5, 6
# extern kinds (the same numbers in both headers)
EXTERN_FUNC, EXTERN_GLOBAL, EXTERN_TABLE, EXTERN_MEMORY = 0, 1, 2, 3

# ---- callback types -----------------------------------------------------

UNCHECKED_CALLBACK = CFUNCTYPE(c_void_p, c_void_p, c_void_p, c_void_p, c_size_t)
FINALIZER = CFUNCTYPE(None, c_void_p)
CALL_HOOK_CALLBACK = CFUNCTYPE(c_void_p, c_void_p, c_void_p, c_uint8)
GROWING_CALLBACK = CFUNCTYPE(c_void_p, c_void_p, c_size_t, c_size_t, c_size_t,
                             POINTER(c_bool))
COUNT_CALLBACK = CFUNCTYPE(c_size_t, c_void_p)
OUTPUT_CALLBACK = CFUNCTYPE(ctypes.c_ssize_t, c_void_p, c_void_p, c_size_t)
EPOCH_CALLBACK = CFUNCTYPE(c_void_p, c_void_p, c_void_p, POINTER(c_uint64),
                           POINTER(c_uint8))

# ---- functions ----------------------------------------------------------

P = c_void_p
_SIGNATURES = {
    # vectors, types
    "wasm_byte_vec_delete": ([P], None),
    "wasm_valtype_new": ([c_uint8], P),
    "wasm_valtype_kind": ([P], c_uint8),
    "wasm_valtype_vec_new": ([P, c_size_t, P], None),
    "wasm_functype_new": ([P, P], P),
    "wasm_functype_delete": ([P], None),
    "wasm_functype_params": ([P], POINTER(PtrVec)),
    "wasm_functype_results": ([P], POINTER(PtrVec)),
    "wasm_globaltype_new": ([P, c_uint8], P),
    "wasm_globaltype_delete": ([P], None),
    "wasm_globaltype_content": ([P], P),
    "wasm_globaltype_mutability": ([P], c_uint8),
    "wasm_tabletype_new": ([P, P], P),
    "wasm_tabletype_delete": ([P], None),
    "wasm_tabletype_element": ([P], P),
    "wasm_tabletype_limits": ([P], POINTER(Limits)),
    "wasm_memorytype_delete": ([P], None),
    "wasmrt_memorytype_new": ([c_uint64, c_bool, c_uint64, c_bool, c_bool, c_uint8, P], P),
    "wasmrt_memorytype_minimum": ([P], c_uint64),
    "wasmrt_memorytype_maximum": ([P, P], c_bool),
    "wasm_externtype_kind": ([P], c_uint8),
    "wasm_externtype_delete": ([P], None),
    "wasm_externtype_as_functype_const": ([P], P),
    "wasm_externtype_as_globaltype_const": ([P], P),
    "wasm_externtype_as_tabletype_const": ([P], P),
    "wasm_externtype_as_memorytype_const": ([P], P),
    "wasm_importtype_module": ([P], POINTER(ByteVec)),
    "wasm_importtype_name": ([P], POINTER(ByteVec)),
    "wasm_importtype_type": ([P], P),
    "wasm_importtype_vec_delete": ([P], None),
    "wasm_exporttype_name": ([P], POINTER(ByteVec)),
    "wasm_exporttype_type": ([P], P),
    "wasm_exporttype_vec_delete": ([P], None),
    # config and engine
    "wasm_config_new": ([], P),
    "wasm_config_delete": ([P], None),
    "wasmrt_config_consume_fuel_set": ([P, c_bool], None),
    "wasmrt_config_epoch_interruption_set": ([P, c_bool], None),
    "wasmrt_config_max_wasm_stack_set": ([P, c_size_t], None),
    "wasmrt_config_parallel_compilation_set": ([P, c_bool], None),
    "wasmrt_config_wasm_multi_value_set": ([P, c_bool], None),
    "wasmrt_config_wasm_simd_set": ([P, c_bool], None),
    "wasmrt_config_wasm_reference_types_set": ([P, c_bool], None),
    "wasmrt_config_wasm_bulk_memory_set": ([P, c_bool], None),
    "wasmrt_config_wasm_multi_memory_set": ([P, c_bool], None),
    "wasmrt_config_cranelift_opt_level_set": ([P, c_uint8], None),
    "wasmrt_config_strategy_set": ([P, c_uint8], None),
    "wasmrt_config_profiler_set": ([P, c_uint8], None),
    "wasmrt_config_cranelift_flag_enable": ([P, c_char_p], None),
    "wasmrt_config_cranelift_flag_set": ([P, c_char_p, c_char_p], None),
    "wasmrt_config_target_set": ([P, c_char_p], P),
    "wasmrt_config_cache_config_load": ([P, c_char_p], P),
    "wasmrt_config_cranelift_debug_verifier_set": ([P, c_bool], None),
    "wasmrt_config_cranelift_nan_canonicalization_set": ([P, c_bool], None),
    "wasmrt_config_debug_info_set": ([P, c_bool], None),
    "wasmrt_config_native_unwind_info_set": ([P, c_bool], None),
    "wasmrt_config_macos_use_mach_ports_set": ([P, c_bool], None),
    "wasmrt_config_memory_init_cow_set": ([P, c_bool], None),
    "wasmrt_config_memory_may_move_set": ([P, c_bool], None),
    "wasmrt_config_gc_support_set": ([P, c_bool], None),
    "wasmrt_config_wasm_relaxed_simd_deterministic_set": ([P, c_bool], None),
    "wasmrt_config_wasm_branch_hinting_set": ([P, c_bool], None),
    "wasmrt_config_memory_reservation_set": ([P, c_uint64], None),
    "wasmrt_config_memory_guard_size_set": ([P, c_uint64], None),
    "wasmrt_config_memory_reservation_for_growth_set": ([P, c_uint64], None),
    "wasmrt_pooling_allocation_strategy_set": ([P, P], None),
    "wasm_engine_new": ([], P),
    "wasm_engine_new_with_config": ([P], P),
    "wasmrt_engine_new_with_config": ([P, P], P),
    "wasm_engine_delete": ([P], None),
    "wasmrt_engine_increment_epoch": ([P], None),
    # pooling allocator settings
    "wasmrt_pooling_allocation_config_new": ([], P),
    "wasmrt_pooling_allocation_config_delete": ([P], None),
    "wasmrt_pooling_allocation_config_total_core_instances_set": ([P, c_uint32], None),
    "wasmrt_pooling_allocation_config_total_memories_set": ([P, c_uint32], None),
    "wasmrt_pooling_allocation_config_total_tables_set": ([P, c_uint32], None),
    "wasmrt_pooling_allocation_config_max_memories_per_module_set": ([P, c_uint32], None),
    "wasmrt_pooling_allocation_config_max_tables_per_module_set": ([P, c_uint32], None),
    "wasmrt_pooling_allocation_config_max_memory_size_set": ([P, c_size_t], None),
    "wasmrt_pooling_allocation_config_table_elements_set": ([P, c_size_t], None),
    "wasmrt_pooling_allocation_config_max_core_instance_size_set": ([P, c_size_t], None),
    "wasmrt_pooling_allocation_config_linear_memory_keep_resident_set": ([P, c_size_t], None),
    "wasmrt_pooling_allocation_config_table_keep_resident_set": ([P, c_size_t], None),
    "wasmrt_pooling_allocation_config_max_unused_warm_slots_set": ([P, c_uint32], None),
    # errors and traps
    "wasmrt_error_new": ([c_char_p], P),
    "wasmrt_error_message": ([P, P], None),
    "wasmrt_error_exit_status": ([P, P], c_bool),
    "wasmrt_error_wasm_trace": ([P, P], None),
    "wasmrt_error_delete": ([P], None),
    "wasm_trap_delete": ([P], None),
    "wasm_trap_message": ([P, P], None),
    "wasm_trap_trace": ([P, P], None),
    "wasmrt_trap_new": ([c_char_p, c_size_t], P),
    "wasmrt_trap_code": ([P, P], c_bool),
    "wasm_frame_vec_delete": ([P], None),
    "wasm_frame_func_index": ([P], c_uint32),
    "wasm_frame_func_offset": ([P], c_size_t),
    "wasm_frame_module_offset": ([P], c_size_t),
    "wasmrt_frame_func_name": ([P], POINTER(ByteVec)),
    "wasmrt_frame_module_name": ([P], POINTER(ByteVec)),
    # modules
    "wasmrt_wat2wasm": ([c_char_p, c_size_t, P], P),
    "wasmrt_module_new": ([P, c_char_p, c_size_t, P], P),
    "wasmrt_module_validate": ([P, c_char_p, c_size_t], P),
    "wasmrt_module_delete": ([P], None),
    "wasmrt_module_imports": ([P, P], None),
    "wasmrt_module_exports": ([P, P], None),
    "wasmrt_module_name": ([P, P], c_bool),
    "wasmrt_module_serialize": ([P, P], P),
    "wasmrt_module_deserialize": ([P, c_char_p, c_size_t, P], P),
    "wasmrt_module_deserialize_file": ([P, c_char_p, P], P),
    # stores
    "wasmrt_store_new": ([P, P, FINALIZER], P),
    "wasmrt_store_context": ([P], P),
    "wasmrt_store_delete": ([P], None),
    "wasmrt_context_get_data": ([P], P),
    "wasmrt_context_set_wasi": ([P, P], P),
    "wasmrt_context_gc": ([P], P),
    "wasmrt_context_set_fuel": ([P, c_uint64], P),
    "wasmrt_context_get_fuel": ([P, P], P),
    "wasmrt_context_add_fuel": ([P, c_uint64], P),
    "wasmrt_context_consume_fuel": ([P, c_uint64, P], P),
    "wasmrt_context_fuel_consumed": ([P, P], c_bool),
    "wasmrt_context_set_epoch_deadline": ([P, c_uint64], None),
    "wasmrt_store_epoch_deadline_callback": ([P, EPOCH_CALLBACK, P, FINALIZER], None),
    "wasmrt_store_limiter": ([P, c_int64, c_int64, c_int64, c_int64, c_int64], None),
    "wasmrt_store_limiter_callback": ([P, GROWING_CALLBACK, GROWING_CALLBACK, COUNT_CALLBACK,
                                       COUNT_CALLBACK, COUNT_CALLBACK, P, FINALIZER], None),
    "wasmrt_store_call_hook": ([P, CALL_HOOK_CALLBACK, P, FINALIZER], None),
    "wasmrt_interrupt_handle_new": ([P], P),
    "wasmrt_interrupt_handle_interrupt": ([P], P),
    "wasmrt_interrupt_handle_delete": ([P], None),
    # externrefs and values
    "wasmrt_externref_new": ([P, P, FINALIZER, P], c_bool),
    "wasmrt_externref_data": ([P, P], P),
    "wasmrt_externref_unroot": ([P], None),
    "wasmrt_externref_to_raw": ([P, P], c_uint32),
    "wasmrt_externref_from_raw": ([P, c_uint32, P], None),
    "wasmrt_val_unroot": ([P], None),
    # functions
    "wasmrt_func_new_unchecked": ([P, P, UNCHECKED_CALLBACK, P, FINALIZER, P], None),
    "wasmrt_func_call_unchecked": ([P, P, P, c_size_t, P], P),
    "wasmrt_func_type": ([P, P], P),
    "wasmrt_func_to_raw": ([P, P], P),
    "wasmrt_func_from_raw": ([P, P, P], None),
    "wasmrt_caller_context": ([P], P),
    "wasmrt_caller_export_get": ([P, c_char_p, c_size_t, P], c_bool),
    # globals, tables, memories
    "wasmrt_global_new": ([P, P, P, P], P),
    "wasmrt_global_type": ([P, P], P),
    "wasmrt_global_get": ([P, P, P], None),
    "wasmrt_global_set": ([P, P, P], P),
    "wasmrt_table_new": ([P, P, P, P], P),
    "wasmrt_table_type": ([P, P], P),
    "wasmrt_table_get": ([P, P, c_uint64, P], c_bool),
    "wasmrt_table_set": ([P, P, c_uint64, P], P),
    "wasmrt_table_size": ([P, P], c_uint64),
    "wasmrt_table_grow": ([P, P, c_uint64, P, P], P),
    "wasmrt_memory_new": ([P, P, P], P),
    "wasmrt_memory_type": ([P, P], P),
    "wasmrt_memory_data": ([P, P], P),
    "wasmrt_memory_data_size": ([P, P], c_size_t),
    "wasmrt_memory_size": ([P, P], c_uint64),
    "wasmrt_memory_grow": ([P, P, c_uint64, P], P),
    # instances and linkers
    "wasmrt_instance_new": ([P, P, P, c_size_t, P, P], P),
    "wasmrt_instance_export_get": ([P, P, c_char_p, c_size_t, P], c_bool),
    "wasmrt_instance_export_nth": ([P, P, c_size_t, P, P, P], c_bool),
    "wasmrt_linker_new": ([P], P),
    "wasmrt_linker_delete": ([P], None),
    "wasmrt_linker_allow_shadowing": ([P, c_bool], None),
    "wasmrt_linker_define": ([P, P, c_char_p, c_size_t, c_char_p, c_size_t, P], P),
    "wasmrt_linker_define_wasi": ([P], P),
    "wasmrt_linker_define_func_unchecked": ([P, c_char_p, c_size_t, c_char_p, c_size_t, P,
                                             UNCHECKED_CALLBACK, P, FINALIZER], P),
    "wasmrt_linker_define_instance": ([P, P, c_char_p, c_size_t, P], P),
    "wasmrt_linker_define_unknown_imports_as_traps": ([P, P], P),
    "wasmrt_linker_define_unknown_imports_as_default_values": ([P, P, P], P),
    "wasmrt_linker_instantiate": ([P, P, P, P, P], P),
    "wasmrt_linker_module": ([P, P, c_char_p, c_size_t, P], P),
    "wasmrt_linker_get": ([P, P, c_char_p, c_size_t, c_char_p, c_size_t, P], c_bool),
    "wasmrt_linker_get_default": ([P, P, c_char_p, c_size_t, P], P),
    "wasmrt_linker_instantiate_pre": ([P, P, P], P),
    "wasmrt_instance_pre_instantiate": ([P, P, P, P], P),
    "wasmrt_instance_pre_module": ([P], P),
    "wasmrt_instance_pre_delete": ([P], None),
    # WASI
    "wasi_config_new": ([], P),
    "wasi_config_delete": ([P], None),
    "wasi_config_set_argv": ([P, c_size_t, P], c_bool),
    "wasi_config_inherit_argv": ([P], None),
    "wasi_config_set_env": ([P, c_size_t, P, P], c_bool),
    "wasi_config_inherit_env": ([P], None),
    "wasi_config_set_stdin_file": ([P, c_char_p], c_bool),
    "wasi_config_set_stdin_bytes": ([P, P], None),
    "wasi_config_inherit_stdin": ([P], None),
    "wasi_config_set_stdout_file": ([P, c_char_p], c_bool),
    "wasi_config_inherit_stdout": ([P], None),
    "wasi_config_set_stdout_custom": ([P, OUTPUT_CALLBACK, P, FINALIZER], None),
    "wasi_config_set_stderr_custom": ([P, OUTPUT_CALLBACK, P, FINALIZER], None),
    "wasi_config_set_stderr_file": ([P, c_char_p], c_bool),
    "wasi_config_inherit_stderr": ([P], None),
    "wasi_config_preopen_dir": ([P, c_char_p, c_char_p, c_bool], c_bool),
    "wasm_byte_vec_new": ([P, c_size_t, c_char_p], None),
}

for _name, (_args, _res) in _SIGNATURES.items():
    _f = getattr(lib, _name)
    _f.argtypes = _args
    _f.restype = _res
    globals()[_name] = _f
del _name, _args, _res, _f


def name_to_str(vec: "ctypes._Pointer[ByteVec]") -> str:
    """The text of a borrowed `wasm_name_t` (not NUL-terminated)."""
    v = vec.contents
    return ctypes.string_at(v.data, v.size).decode("utf-8", "replace")


def take_bytes(vec: ByteVec) -> bytes:
    """The bytes of an owned `wasm_byte_vec_t`, which is then freed."""
    data = ctypes.string_at(vec.data, vec.size) if vec.size else b""
    lib.wasm_byte_vec_delete(ctypes.byref(vec))
    return data


def __getattr__(name: str) -> Any:
    """Only reached for names not declared above (tells type checkers that
    the declared functions, set through `globals()`, exist)."""
    raise AttributeError("wasmrt._ffi has no %r" % name)
