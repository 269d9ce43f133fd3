//! The standard vectors of type objects: `wasm_functype_vec_t`,
//! `wasm_globaltype_vec_t`, `wasm_tabletype_vec_t`,
//! `wasm_memorytype_vec_t`, `wasm_externtype_vec_t` and `wasm_tagtype_vec_t`, each owning the
//! types it holds (null elements allowed).

use super::extern_types::{
    wasm_externtype_copy, wasm_externtype_delete, wasm_externtype_t, wasm_globaltype_copy,
    wasm_globaltype_delete, wasm_globaltype_t, wasm_memorytype_copy, wasm_memorytype_delete,
    wasm_memorytype_t, wasm_tabletype_copy, wasm_tabletype_delete, wasm_tabletype_t,
};
use super::tagtype::{wasm_tagtype_copy, wasm_tagtype_delete, wasm_tagtype_t};
use super::types::{wasm_functype_copy, wasm_functype_delete, wasm_functype_t};
use super::vec::{
    ptr_vec, ptr_vec_copy, ptr_vec_delete, ptr_vec_new, ptr_vec_new_empty,
    ptr_vec_new_uninitialized,
};

/// A vector of owned function types.
#[repr(C)]
pub struct wasm_functype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_functype_t,
}

ptr_vec!(
    wasm_functype_vec_t,
    wasm_functype_t,
    wasm_functype_copy,
    wasm_functype_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_vec_new_empty(out: *mut wasm_functype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null function types, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_vec_new_uninitialized(
    out: *mut wasm_functype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` function types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_vec_new(
    out: *mut wasm_functype_vec_t,
    size: usize,
    data: *const *mut wasm_functype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_vec_copy(
    out: *mut wasm_functype_vec_t,
    src: *const wasm_functype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every function type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_vec_delete(v: *mut wasm_functype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// A vector of owned global types.
#[repr(C)]
pub struct wasm_globaltype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_globaltype_t,
}

ptr_vec!(
    wasm_globaltype_vec_t,
    wasm_globaltype_t,
    wasm_globaltype_copy,
    wasm_globaltype_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_vec_new_empty(out: *mut wasm_globaltype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null global types, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_vec_new_uninitialized(
    out: *mut wasm_globaltype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` global types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_vec_new(
    out: *mut wasm_globaltype_vec_t,
    size: usize,
    data: *const *mut wasm_globaltype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_vec_copy(
    out: *mut wasm_globaltype_vec_t,
    src: *const wasm_globaltype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every global type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_vec_delete(v: *mut wasm_globaltype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// A vector of owned table types.
#[repr(C)]
pub struct wasm_tabletype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_tabletype_t,
}

ptr_vec!(
    wasm_tabletype_vec_t,
    wasm_tabletype_t,
    wasm_tabletype_copy,
    wasm_tabletype_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_vec_new_empty(out: *mut wasm_tabletype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null table types, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_vec_new_uninitialized(
    out: *mut wasm_tabletype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` table types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_vec_new(
    out: *mut wasm_tabletype_vec_t,
    size: usize,
    data: *const *mut wasm_tabletype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_vec_copy(
    out: *mut wasm_tabletype_vec_t,
    src: *const wasm_tabletype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every table type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_vec_delete(v: *mut wasm_tabletype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// A vector of owned memory types.
#[repr(C)]
pub struct wasm_memorytype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_memorytype_t,
}

ptr_vec!(
    wasm_memorytype_vec_t,
    wasm_memorytype_t,
    wasm_memorytype_copy,
    wasm_memorytype_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_vec_new_empty(out: *mut wasm_memorytype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null memory types, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_vec_new_uninitialized(
    out: *mut wasm_memorytype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` memory types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_vec_new(
    out: *mut wasm_memorytype_vec_t,
    size: usize,
    data: *const *mut wasm_memorytype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_vec_copy(
    out: *mut wasm_memorytype_vec_t,
    src: *const wasm_memorytype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every memory type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_vec_delete(v: *mut wasm_memorytype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// A vector of owned external types.
#[repr(C)]
pub struct wasm_externtype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_externtype_t,
}

ptr_vec!(
    wasm_externtype_vec_t,
    wasm_externtype_t,
    wasm_externtype_copy,
    wasm_externtype_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_vec_new_empty(out: *mut wasm_externtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null external types, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_vec_new_uninitialized(
    out: *mut wasm_externtype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` external types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_vec_new(
    out: *mut wasm_externtype_vec_t,
    size: usize,
    data: *const *mut wasm_externtype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_vec_copy(
    out: *mut wasm_externtype_vec_t,
    src: *const wasm_externtype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every external type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_vec_delete(v: *mut wasm_externtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// A vector of owned tag types.
#[repr(C)]
pub struct wasm_tagtype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_tagtype_t,
}

ptr_vec!(
    wasm_tagtype_vec_t,
    wasm_tagtype_t,
    wasm_tagtype_copy,
    wasm_tagtype_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_vec_new_empty(out: *mut wasm_tagtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null tag types, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_vec_new_uninitialized(
    out: *mut wasm_tagtype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` tag types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_vec_new(
    out: *mut wasm_tagtype_vec_t,
    size: usize,
    data: *const *mut wasm_tagtype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_vec_copy(
    out: *mut wasm_tagtype_vec_t,
    src: *const wasm_tagtype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every tag type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_vec_delete(v: *mut wasm_tagtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}
