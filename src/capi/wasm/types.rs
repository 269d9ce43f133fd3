//! Value and function types: `wasm_valtype_t`, `wasm_valtype_vec_t`,
//! `wasm_functype_t`.

use super::extern_types::{ExternTypeData, wasm_externtype_t};
use super::vec::into_raw_parts;
use super::vec::{
    ptr_vec_copy, ptr_vec_delete, ptr_vec_new, ptr_vec_new_empty, ptr_vec_new_uninitialized,
};
use crate::{FuncType, ValType};

/// The kind of a value type (`WASM_I32`, ..., `WASM_FUNCREF`).
pub type wasm_valkind_t = u8;

pub const WASM_I32: wasm_valkind_t = 0;
pub const WASM_I64: wasm_valkind_t = 1;
pub const WASM_F32: wasm_valkind_t = 2;
pub const WASM_F64: wasm_valkind_t = 3;
/// `v128`, as in wasmtime (not in the standard enumeration).
pub const WASM_V128: wasm_valkind_t = 4;
pub const WASM_EXTERNREF: wasm_valkind_t = 128;
pub const WASM_FUNCREF: wasm_valkind_t = 129;

/// A value type.
pub struct wasm_valtype_t {
    pub(crate) ty: ValType,
}

pub(crate) fn valkind(ty: ValType) -> wasm_valkind_t {
    match ty {
        ValType::I32 => WASM_I32,
        ValType::I64 => WASM_I64,
        ValType::F32 => WASM_F32,
        ValType::F64 => WASM_F64,
        ValType::V128 => WASM_V128,
        ValType::ExternRef => WASM_EXTERNREF,
        ValType::FuncRef => WASM_FUNCREF,
    }
}

pub(crate) fn valtype(kind: wasm_valkind_t) -> Option<ValType> {
    Some(match kind {
        WASM_I32 => ValType::I32,
        WASM_I64 => ValType::I64,
        WASM_F32 => ValType::F32,
        WASM_F64 => ValType::F64,
        WASM_V128 => ValType::V128,
        WASM_EXTERNREF => ValType::ExternRef,
        WASM_FUNCREF => ValType::FuncRef,
        _ => return None,
    })
}

/// A new value type of `kind`, owned by the caller (`wasm_valtype_delete`);
/// null for an unknown kind.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_valtype_new(kind: wasm_valkind_t) -> *mut wasm_valtype_t {
    match valtype(kind) {
        Some(ty) => Box::into_raw(Box::new(wasm_valtype_t { ty })),
        None => std::ptr::null_mut(),
    }
}

/// The kind of `ty` (`WASM_I32` for a null `ty`).
///
/// # Safety
/// `ty` must be a live value type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_kind(ty: *const wasm_valtype_t) -> wasm_valkind_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(WASM_I32, |t| valkind(t.ty))
}

/// A copy of `ty`, owned by the caller (null for a null `ty`).
///
/// # Safety
/// `ty` must be a live value type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_copy(ty: *const wasm_valtype_t) -> *mut wasm_valtype_t {
    // SAFETY: live when not null.
    match unsafe { ty.as_ref() } {
        Some(t) => Box::into_raw(Box::new(wasm_valtype_t { ty: t.ty })),
        None => std::ptr::null_mut(),
    }
}

/// Frees a value type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_delete(ty: *mut wasm_valtype_t) {
    if !ty.is_null() {
        // SAFETY: an owned value type.
        drop(unsafe { Box::from_raw(ty) });
    }
}

/// A vector of owned value types.
#[repr(C)]
pub struct wasm_valtype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_valtype_t,
}

impl wasm_valtype_vec_t {
    pub(crate) fn from_types(types: impl Iterator<Item = ValType>) -> wasm_valtype_vec_t {
        let items = types
            .map(|ty| Box::into_raw(Box::new(wasm_valtype_t { ty })))
            .collect();
        let (size, data) = into_raw_parts(items);
        wasm_valtype_vec_t { size, data }
    }

    /// The types, or `None` if an element is null.
    pub(crate) fn types(&self) -> Option<Vec<ValType>> {
        if self.size == 0 {
            return Some(Vec::new());
        }
        // SAFETY: a vector's data holds `size` element pointers.
        let items = unsafe { std::slice::from_raw_parts(self.data, self.size) };
        // SAFETY: non-null elements are live value types.
        items
            .iter()
            .map(|p| unsafe { p.as_ref() }.map(|t| t.ty))
            .collect()
    }
}

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_vec_new_empty(out: *mut wasm_valtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null elements, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_vec_new_uninitialized(
    out: *mut wasm_valtype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` value types at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_vec_new(
    out: *mut wasm_valtype_vec_t,
    size: usize,
    data: *const *mut wasm_valtype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src`.
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_vec_copy(
    out: *mut wasm_valtype_vec_t,
    src: *const wasm_valtype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every value type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_valtype_vec_delete(v: *mut wasm_valtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// A function type: an external type underneath (see `extern_types`), so
/// that `wasm_functype_as_externtype` is a pointer conversion.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_functype_t {
    pub(crate) ext: wasm_externtype_t,
}

/// What a function type holds: the type, and its parameter and result
/// types as the vectors C reads.
pub(crate) struct FuncTypeData {
    pub(crate) ty: FuncType,
    params: wasm_valtype_vec_t,
    results: wasm_valtype_vec_t,
}

impl FuncTypeData {
    pub(crate) fn new(ty: FuncType) -> FuncTypeData {
        FuncTypeData {
            params: wasm_valtype_vec_t::from_types(ty.params()),
            results: wasm_valtype_vec_t::from_types(ty.results()),
            ty,
        }
    }
}

impl Drop for FuncTypeData {
    fn drop(&mut self) {
        // SAFETY: both vectors are owned by this type.
        unsafe {
            wasm_valtype_vec_delete(&mut self.params);
            wasm_valtype_vec_delete(&mut self.results);
        }
    }
}

impl wasm_functype_t {
    pub(crate) fn new(ty: FuncType) -> wasm_functype_t {
        wasm_functype_t {
            ext: wasm_externtype_t::new(ExternTypeData::Func(FuncTypeData::new(ty))),
        }
    }

    fn data(&self) -> &FuncTypeData {
        match &self.ext.which {
            ExternTypeData::Func(f) => f,
            _ => unreachable!("a function type holds a function type"),
        }
    }

    /// The Rust function type.
    pub(crate) fn ty(&self) -> &FuncType {
        &self.data().ty
    }
}

/// A function type taking the value types of `params` and returning those
/// of `results`; takes ownership of both vectors' contents. Null if either
/// is null or holds a null element.
///
/// # Safety
/// `params` and `results` must be live vectors (or null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_new(
    params: *mut wasm_valtype_vec_t,
    results: *mut wasm_valtype_vec_t,
) -> *mut wasm_functype_t {
    // SAFETY: live when not null.
    let (p, r) = unsafe { (params.as_mut(), results.as_mut()) };
    let (Some(p), Some(r)) = (p, r) else {
        return std::ptr::null_mut();
    };
    let (pt, rt) = (p.types(), r.types());
    // SAFETY: the vectors' contents are owned by this call.
    unsafe {
        wasm_valtype_vec_delete(p);
        wasm_valtype_vec_delete(r);
    }
    match (pt, rt) {
        (Some(pt), Some(rt)) => {
            Box::into_raw(Box::new(wasm_functype_t::new(FuncType::from_parts(pt, rt))))
        }
        _ => std::ptr::null_mut(),
    }
}

/// The parameter types of `ty`, owned by `ty` (null for a null `ty`).
///
/// # Safety
/// `ty` must be a live function type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_params(
    ty: *const wasm_functype_t,
) -> *const wasm_valtype_vec_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.data().params)
}

/// The result types of `ty`, owned by `ty` (null for a null `ty`).
///
/// # Safety
/// `ty` must be a live function type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_results(
    ty: *const wasm_functype_t,
) -> *const wasm_valtype_vec_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.data().results)
}

/// A copy of `ty`, owned by the caller (null for a null `ty`).
///
/// # Safety
/// `ty` must be a live function type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_copy(ty: *const wasm_functype_t) -> *mut wasm_functype_t {
    // SAFETY: live when not null.
    match unsafe { ty.as_ref() } {
        Some(t) => Box::into_raw(Box::new(wasm_functype_t::new(t.ty().clone()))),
        None => std::ptr::null_mut(),
    }
}

/// Frees a function type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_functype_delete(ty: *mut wasm_functype_t) {
    if !ty.is_null() {
        // SAFETY: an owned function type.
        drop(unsafe { Box::from_raw(ty) });
    }
}

super::vec::ptr_vec!(
    wasm_valtype_vec_t,
    wasm_valtype_t,
    wasm_valtype_copy,
    wasm_valtype_delete
);
