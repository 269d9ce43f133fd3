//! The conversions between `wasm_ref_t` and every other referenced type
//! (`wasm_X_as_ref`, `wasm_ref_as_X` and their const variants). They
//! return borrowed pointers: the reference `wasm_X_as_ref` gives is owned
//! by the handle it was asked of, the object `wasm_ref_as_X` gives by the
//! reference, each valid while its owner is; `wasm_ref_copy` /
//! `wasm_X_copy` make owned ones. `wasm_func_as_ref` is how C writes a
//! function into a table; a function, global, table or memory is also an
//! extern (`wasm_ref_as_extern`), and an extern a function when it is one.

use super::extern_::{wasm_extern_t, wasm_func_t, wasm_global_t, wasm_memory_t, wasm_table_t};
use super::foreign::wasm_foreign_t;
use super::instance::wasm_instance_t;
use super::module::wasm_module_t;
use super::ref_::{as_ref, ref_as, wasm_ref_t};
use super::trap::wasm_trap_t;

/// The function as a reference, owned by `func` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_as_ref(func: *mut wasm_func_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(func.cast_const()) }
}

/// As `wasm_func_as_ref`, for a const function.
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_as_ref_const(func: *const wasm_func_t) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(func) }
}

/// The function `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_func_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_func(r: *mut wasm_ref_t) -> *mut wasm_func_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_func`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_func_const(r: *const wasm_ref_t) -> *const wasm_func_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_func_t>(r) }
}

/// The global as a reference, owned by `global` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_as_ref(global: *mut wasm_global_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(global.cast_const()) }
}

/// As `wasm_global_as_ref`, for a const global.
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_as_ref_const(
    global: *const wasm_global_t,
) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(global) }
}

/// The global `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_global_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_global(r: *mut wasm_ref_t) -> *mut wasm_global_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_global`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_global_const(r: *const wasm_ref_t) -> *const wasm_global_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_global_t>(r) }
}

/// The table as a reference, owned by `table` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_as_ref(table: *mut wasm_table_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(table.cast_const()) }
}

/// As `wasm_table_as_ref`, for a const table.
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_as_ref_const(table: *const wasm_table_t) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(table) }
}

/// The table `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_table_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_table(r: *mut wasm_ref_t) -> *mut wasm_table_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_table`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_table_const(r: *const wasm_ref_t) -> *const wasm_table_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_table_t>(r) }
}

/// The memory as a reference, owned by `memory` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_as_ref(memory: *mut wasm_memory_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(memory.cast_const()) }
}

/// As `wasm_memory_as_ref`, for a const memory.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_as_ref_const(
    memory: *const wasm_memory_t,
) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(memory) }
}

/// The memory `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_memory_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_memory(r: *mut wasm_ref_t) -> *mut wasm_memory_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_memory`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_memory_const(r: *const wasm_ref_t) -> *const wasm_memory_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_memory_t>(r) }
}

/// The extern as a reference, owned by `ext` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_ref(ext: *mut wasm_extern_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(ext.cast_const()) }
}

/// As `wasm_extern_as_ref`, for a const extern.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_ref_const(ext: *const wasm_extern_t) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(ext) }
}

/// The extern `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_extern_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_extern(r: *mut wasm_ref_t) -> *mut wasm_extern_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_extern`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_extern_const(r: *const wasm_ref_t) -> *const wasm_extern_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_extern_t>(r) }
}

/// The foreign object as a reference, owned by `foreign` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `foreign` must be a live foreign object or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_as_ref(foreign: *mut wasm_foreign_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(foreign.cast_const()) }
}

/// As `wasm_foreign_as_ref`, for a const foreign object.
///
/// # Safety
/// `foreign` must be a live foreign object or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_foreign_as_ref_const(
    foreign: *const wasm_foreign_t,
) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(foreign) }
}

/// The foreign object `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_foreign_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_foreign(r: *mut wasm_ref_t) -> *mut wasm_foreign_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_foreign`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_foreign_const(r: *const wasm_ref_t) -> *const wasm_foreign_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_foreign_t>(r) }
}

/// The instance as a reference, owned by `instance` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `instance` must be a live instance or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_as_ref(instance: *mut wasm_instance_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(instance.cast_const()) }
}

/// As `wasm_instance_as_ref`, for a const instance.
///
/// # Safety
/// `instance` must be a live instance or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_instance_as_ref_const(
    instance: *const wasm_instance_t,
) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(instance) }
}

/// The instance `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_instance_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_instance(r: *mut wasm_ref_t) -> *mut wasm_instance_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_instance`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_instance_const(
    r: *const wasm_ref_t,
) -> *const wasm_instance_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_instance_t>(r) }
}

/// The module as a reference, owned by `module` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_as_ref(module: *mut wasm_module_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(module.cast_const()) }
}

/// As `wasm_module_as_ref`, for a const module.
///
/// # Safety
/// `module` must be a live module or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_as_ref_const(
    module: *const wasm_module_t,
) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(module) }
}

/// The module `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_module_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_module(r: *mut wasm_ref_t) -> *mut wasm_module_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_module`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_module_const(r: *const wasm_ref_t) -> *const wasm_module_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_module_t>(r) }
}

/// The trap as a reference, owned by `trap` and valid while it
/// is (not to be deleted; `wasm_ref_copy` gives one to keep); null for null.
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_as_ref(trap: *mut wasm_trap_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(trap.cast_const()) }
}

/// As `wasm_trap_as_ref`, for a const trap.
///
/// # Safety
/// `trap` must be a live trap or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_trap_as_ref_const(trap: *const wasm_trap_t) -> *const wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { as_ref(trap) }
}

/// The trap `r` refers to, owned by `r` and valid while it is (not
/// to be deleted; `wasm_trap_copy` gives one to keep); null for null or a
/// reference to something else.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_trap(r: *mut wasm_ref_t) -> *mut wasm_trap_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as(r) }
}

/// As `wasm_ref_as_trap`, for a const reference.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_as_trap_const(r: *const wasm_ref_t) -> *const wasm_trap_t {
    // SAFETY: as the caller guarantees.
    unsafe { ref_as::<wasm_trap_t>(r) }
}
