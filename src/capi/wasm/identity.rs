//! Identity and host info of every referenced type but `wasm_ref_t`
//! itself (in `ref_`): `wasm_X_same` and `wasm_X_get_host_info`,
//! `wasm_X_set_host_info`, `wasm_X_set_host_info_with_finalizer`. Host
//! info belongs to the object, whichever handle sets or reads it; see
//! `host_info` for when finalizers run.

use super::extern_::{wasm_extern_t, wasm_func_t, wasm_global_t, wasm_memory_t, wasm_table_t};
use super::foreign::wasm_foreign_t;
use super::instance::wasm_instance_t;
use super::module::wasm_module_t;
use super::ref_::{get_host_info, same, set_host_info};
use super::trap::wasm_trap_t;
use std::ffi::c_void;

/// Whether both are the same function (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_same(a: *const wasm_func_t, b: *const wasm_func_t) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the function (null for none or null).
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_get_host_info(func: *const wasm_func_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(func) }
}

/// Sets the host info of the function, without a finalizer.
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_set_host_info(func: *mut wasm_func_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(func.cast_const(), info, None) }
}

/// Sets the host info of the function; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the function goes away
/// (at once for a null function).
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_set_host_info_with_finalizer(
    func: *mut wasm_func_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(func.cast_const(), info, finalizer) }
}

/// Whether both are the same global (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_same(
    a: *const wasm_global_t,
    b: *const wasm_global_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the global (null for none or null).
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_get_host_info(global: *const wasm_global_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(global) }
}

/// Sets the host info of the global, without a finalizer.
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_set_host_info(global: *mut wasm_global_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(global.cast_const(), info, None) }
}

/// Sets the host info of the global; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the global goes away
/// (at once for a null global).
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_set_host_info_with_finalizer(
    global: *mut wasm_global_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(global.cast_const(), info, finalizer) }
}

/// Whether both are the same table (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_same(a: *const wasm_table_t, b: *const wasm_table_t) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the table (null for none or null).
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_get_host_info(table: *const wasm_table_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(table) }
}

/// Sets the host info of the table, without a finalizer.
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_set_host_info(table: *mut wasm_table_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(table.cast_const(), info, None) }
}

/// Sets the host info of the table; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the table goes away
/// (at once for a null table).
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_set_host_info_with_finalizer(
    table: *mut wasm_table_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(table.cast_const(), info, finalizer) }
}

/// Whether both are the same memory (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_same(
    a: *const wasm_memory_t,
    b: *const wasm_memory_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the memory (null for none or null).
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_get_host_info(memory: *const wasm_memory_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(memory) }
}

/// Sets the host info of the memory, without a finalizer.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_set_host_info(memory: *mut wasm_memory_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(memory.cast_const(), info, None) }
}

/// Sets the host info of the memory; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the memory goes away
/// (at once for a null memory).
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_set_host_info_with_finalizer(
    memory: *mut wasm_memory_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(memory.cast_const(), info, finalizer) }
}

/// Whether both are the same extern (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_same(
    a: *const wasm_extern_t,
    b: *const wasm_extern_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the extern (null for none or null).
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_get_host_info(ext: *const wasm_extern_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(ext) }
}

/// Sets the host info of the extern, without a finalizer.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_set_host_info(ext: *mut wasm_extern_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(ext.cast_const(), info, None) }
}

/// Sets the host info of the extern; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the extern goes away
/// (at once for a null extern).
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_set_host_info_with_finalizer(
    ext: *mut wasm_extern_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(ext.cast_const(), info, finalizer) }
}

/// Whether both are the same foreign object (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_same(
    a: *const wasm_foreign_t,
    b: *const wasm_foreign_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the foreign object (null for none or null).
///
/// # Safety
/// `foreign` must be a live foreign object or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_get_host_info(foreign: *const wasm_foreign_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(foreign) }
}

/// Sets the host info of the foreign object, without a finalizer.
///
/// # Safety
/// `foreign` must be a live foreign object or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_set_host_info(
    foreign: *mut wasm_foreign_t,
    info: *mut c_void,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(foreign.cast_const(), info, None) }
}

/// Sets the host info of the foreign object; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the foreign object goes away
/// (at once for a null foreign object).
///
/// # Safety
/// `foreign` must be a live foreign object or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_set_host_info_with_finalizer(
    foreign: *mut wasm_foreign_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(foreign.cast_const(), info, finalizer) }
}

/// Whether both are the same instance (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_same(
    a: *const wasm_instance_t,
    b: *const wasm_instance_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the instance (null for none or null).
///
/// # Safety
/// `instance` must be a live instance or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_get_host_info(
    instance: *const wasm_instance_t,
) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(instance) }
}

/// Sets the host info of the instance, without a finalizer.
///
/// # Safety
/// `instance` must be a live instance or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_set_host_info(
    instance: *mut wasm_instance_t,
    info: *mut c_void,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(instance.cast_const(), info, None) }
}

/// Sets the host info of the instance; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the instance goes away
/// (at once for a null instance).
///
/// # Safety
/// `instance` must be a live instance or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_set_host_info_with_finalizer(
    instance: *mut wasm_instance_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(instance.cast_const(), info, finalizer) }
}

/// Whether both are the same module (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_same(
    a: *const wasm_module_t,
    b: *const wasm_module_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the module (null for none or null).
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_get_host_info(module: *const wasm_module_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(module) }
}

/// Sets the host info of the module, without a finalizer.
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_set_host_info(module: *mut wasm_module_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(module.cast_const(), info, None) }
}

/// Sets the host info of the module; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the module goes away
/// (at once for a null module).
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_set_host_info_with_finalizer(
    module: *mut wasm_module_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(module.cast_const(), info, finalizer) }
}

/// Whether both are the same trap (two nulls are the same).
///
/// # Safety
/// `a` and `b` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_same(a: *const wasm_trap_t, b: *const wasm_trap_t) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the trap (null for none or null).
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_get_host_info(trap: *const wasm_trap_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(trap) }
}

/// Sets the host info of the trap, without a finalizer.
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_set_host_info(trap: *mut wasm_trap_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(trap.cast_const(), info, None) }
}

/// Sets the host info of the trap; `finalizer` (if not null) runs with
/// `info` exactly once, when the info is replaced or the trap goes away
/// (at once for a null trap).
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_set_host_info_with_finalizer(
    trap: *mut wasm_trap_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(trap.cast_const(), info, finalizer) }
}
