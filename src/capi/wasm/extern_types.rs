//! External types: `wasm_externtype_t` and the types it generalises
//! (`wasm_globaltype_t`, `wasm_tabletype_t`, `wasm_memorytype_t`, and
//! `wasm_functype_t` in `types`), limits, mutability, and the types of
//! imports and exports. Each specific type is a `wasm_externtype_t`
//! underneath, so the `as_*` conversions are pointer conversions.

use super::tagtype::TagTypeData;
use super::types::{FuncTypeData, wasm_functype_t, wasm_valtype_t};
use super::vec::{
    PtrVec, ptr_vec_copy, ptr_vec_delete, ptr_vec_new, ptr_vec_new_empty, ptr_vec_new_uninitialized,
};
use super::vec::{wasm_byte_vec_delete, wasm_byte_vec_t, wasm_name_t};
use crate::{ExternType, GlobalType, MemoryType, Mutability, TableType};

/// Minimum and maximum size (pages or elements); `max` is
/// `wasm_limits_max_default` (0xffffffff) when there is none.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct wasm_limits_t {
    pub min: u32,
    pub max: u32,
}

const NO_MAX: u32 = u32::MAX;

fn limits(min: u64, max: Option<u64>) -> wasm_limits_t {
    wasm_limits_t {
        min: min as u32,
        max: max.map_or(NO_MAX, |m| m as u32),
    }
}

fn max_of(limits: &wasm_limits_t) -> Option<u32> {
    (limits.max != NO_MAX).then_some(limits.max)
}

/// Whether a global may be set (`WASM_CONST`, `WASM_VAR`).
pub type wasm_mutability_t = u8;
pub const WASM_CONST: wasm_mutability_t = 0;
pub const WASM_VAR: wasm_mutability_t = 1;

/// The kind of an external type (`WASM_EXTERN_FUNC`, ...).
pub type wasm_externkind_t = u8;
pub const WASM_EXTERN_FUNC: wasm_externkind_t = 0;
pub const WASM_EXTERN_GLOBAL: wasm_externkind_t = 1;
pub const WASM_EXTERN_TABLE: wasm_externkind_t = 2;
pub const WASM_EXTERN_MEMORY: wasm_externkind_t = 3;
/// A tag (exception handling; wasmtime's addition to the standard). No
/// wasmrt module or extern has one: only tag type objects exist.
pub const WASM_EXTERN_TAG: wasm_externkind_t = 4;

pub(crate) struct GlobalTypeData {
    pub(crate) ty: GlobalType,
    content: wasm_valtype_t,
}

pub(crate) struct TableTypeData {
    pub(crate) ty: TableType,
    element: wasm_valtype_t,
    limits: wasm_limits_t,
}

pub(crate) struct MemoryTypeData {
    pub(crate) ty: MemoryType,
    limits: wasm_limits_t,
}

/// What an external type holds.
pub(crate) enum ExternTypeData {
    Func(FuncTypeData),
    Global(GlobalTypeData),
    Table(TableTypeData),
    Memory(MemoryTypeData),
    Tag(TagTypeData),
}

/// An external type.
///
/// cbindgen:ignore
pub struct wasm_externtype_t {
    pub(crate) which: ExternTypeData,
}

impl wasm_externtype_t {
    pub(crate) fn new(which: ExternTypeData) -> wasm_externtype_t {
        wasm_externtype_t { which }
    }

    /// The C type for a Rust external type.
    pub(crate) fn from_extern_type(ty: ExternType) -> wasm_externtype_t {
        match ty {
            ExternType::Func(f) => wasm_functype_t::new(f).ext,
            ExternType::Global(g) => wasm_globaltype_t::new(g).ext,
            ExternType::Table(t) => wasm_tabletype_t::new(t).ext,
            ExternType::Memory(m) => wasm_memorytype_t::new(m).ext,
        }
    }

    fn copy(&self) -> wasm_externtype_t {
        match &self.which {
            ExternTypeData::Func(f) => wasm_functype_t::new(f.ty.clone()).ext,
            ExternTypeData::Global(g) => wasm_globaltype_t::new(g.ty).ext,
            ExternTypeData::Table(t) => wasm_tabletype_t::new(t.ty).ext,
            ExternTypeData::Memory(m) => wasm_memorytype_t::new(m.ty).ext,
            ExternTypeData::Tag(t) => t.copy().ext,
        }
    }
}

/// A global's type.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_globaltype_t {
    pub(crate) ext: wasm_externtype_t,
}

/// A table's type.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_tabletype_t {
    pub(crate) ext: wasm_externtype_t,
}

/// A memory's type.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_memorytype_t {
    pub(crate) ext: wasm_externtype_t,
}

impl wasm_globaltype_t {
    pub(crate) fn new(ty: GlobalType) -> wasm_globaltype_t {
        let content = wasm_valtype_t { ty: *ty.content() };
        wasm_globaltype_t {
            ext: wasm_externtype_t::new(ExternTypeData::Global(GlobalTypeData { ty, content })),
        }
    }

    pub(crate) fn data(&self) -> &GlobalTypeData {
        match &self.ext.which {
            ExternTypeData::Global(g) => g,
            _ => unreachable!("a global type holds a global type"),
        }
    }
}

impl wasm_tabletype_t {
    pub(crate) fn new(ty: TableType) -> wasm_tabletype_t {
        let element = wasm_valtype_t { ty: ty.element() };
        let limits = limits(ty.minimum(), ty.maximum());
        wasm_tabletype_t {
            ext: wasm_externtype_t::new(ExternTypeData::Table(TableTypeData {
                ty,
                element,
                limits,
            })),
        }
    }

    pub(crate) fn data(&self) -> &TableTypeData {
        match &self.ext.which {
            ExternTypeData::Table(t) => t,
            _ => unreachable!("a table type holds a table type"),
        }
    }
}

impl wasm_memorytype_t {
    pub(crate) fn new(ty: MemoryType) -> wasm_memorytype_t {
        let limits = limits(ty.minimum(), ty.maximum());
        wasm_memorytype_t {
            ext: wasm_externtype_t::new(ExternTypeData::Memory(MemoryTypeData { ty, limits })),
        }
    }

    pub(crate) fn data(&self) -> &MemoryTypeData {
        match &self.ext.which {
            ExternTypeData::Memory(m) => m,
            _ => unreachable!("a memory type holds a memory type"),
        }
    }
}

/// Boxes `value` for C.
fn boxed<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Frees what `ptr` owns (null is ignored).
///
/// # Safety
/// `ptr` must be owned by the caller and not freed twice.
unsafe fn delete<T>(ptr: *mut T) {
    if !ptr.is_null() {
        // SAFETY: guaranteed by the caller.
        drop(unsafe { Box::from_raw(ptr) });
    }
}

/// A global type holding `content` (taken: the type is owned by the new
/// global type) with `mutability`; null for null content or an unknown
/// mutability.
///
/// # Safety
/// `content` must be an owned value type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_new(
    content: *mut wasm_valtype_t,
    mutability: wasm_mutability_t,
) -> *mut wasm_globaltype_t {
    if content.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: an owned value type.
    let content = unsafe { Box::from_raw(content) }.ty;
    let mutability = match mutability {
        WASM_CONST => Mutability::Const,
        WASM_VAR => Mutability::Var,
        _ => return std::ptr::null_mut(),
    };
    boxed(wasm_globaltype_t::new(GlobalType::new(content, mutability)))
}

/// The global type's content type, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_content(
    ty: *const wasm_globaltype_t,
) -> *const wasm_valtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.data().content)
}

/// Whether the global may be set (`WASM_CONST` for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_mutability(
    ty: *const wasm_globaltype_t,
) -> wasm_mutability_t {
    // SAFETY: live when not null.
    match unsafe { ty.as_ref() }.map(|t| t.data().ty.mutability()) {
        Some(Mutability::Var) => WASM_VAR,
        _ => WASM_CONST,
    }
}

/// A copy, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_copy(
    ty: *const wasm_globaltype_t,
) -> *mut wasm_globaltype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| {
        boxed(wasm_globaltype_t::new(t.data().ty))
    })
}

/// Frees a global type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_globaltype_delete(ty: *mut wasm_globaltype_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete(ty) }
}

/// A table type of `element` references (taken) within `limits`; null for
/// a null or non-reference element type or null limits.
///
/// # Safety
/// `element` must be an owned value type or null; `limits` live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_new(
    element: *mut wasm_valtype_t,
    limits: *const wasm_limits_t,
) -> *mut wasm_tabletype_t {
    if element.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: an owned value type.
    let element = unsafe { Box::from_raw(element) }.ty;
    // SAFETY: live when not null.
    let Some(limits) = (unsafe { limits.as_ref() }) else {
        return std::ptr::null_mut();
    };
    if !matches!(element, crate::ValType::FuncRef | crate::ValType::ExternRef) {
        return std::ptr::null_mut();
    }
    boxed(wasm_tabletype_t::new(TableType::new(
        element,
        limits.min,
        max_of(limits),
    )))
}

/// The table type's element type, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_element(
    ty: *const wasm_tabletype_t,
) -> *const wasm_valtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.data().element)
}

/// The table type's limits, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_limits(
    ty: *const wasm_tabletype_t,
) -> *const wasm_limits_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.data().limits)
}

/// A copy, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_copy(ty: *const wasm_tabletype_t) -> *mut wasm_tabletype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| {
        boxed(wasm_tabletype_t::new(t.data().ty))
    })
}

/// Frees a table type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tabletype_delete(ty: *mut wasm_tabletype_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete(ty) }
}

/// A memory type within `limits` (in 64 KiB pages); null for null limits.
///
/// # Safety
/// `limits` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_new(
    limits: *const wasm_limits_t,
) -> *mut wasm_memorytype_t {
    // SAFETY: live when not null.
    match unsafe { limits.as_ref() } {
        Some(l) => boxed(wasm_memorytype_t::new(MemoryType::new(l.min, max_of(l)))),
        None => std::ptr::null_mut(),
    }
}

/// The memory type's limits, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_limits(
    ty: *const wasm_memorytype_t,
) -> *const wasm_limits_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.data().limits)
}

/// A copy, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_copy(
    ty: *const wasm_memorytype_t,
) -> *mut wasm_memorytype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| {
        boxed(wasm_memorytype_t::new(t.data().ty))
    })
}

/// Frees a memory type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memorytype_delete(ty: *mut wasm_memorytype_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete(ty) }
}

/// The kind of an external type (`WASM_EXTERN_FUNC` for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_kind(ty: *const wasm_externtype_t) -> wasm_externkind_t {
    // SAFETY: live when not null.
    match unsafe { ty.as_ref() }.map(|t| &t.which) {
        Some(ExternTypeData::Global(_)) => WASM_EXTERN_GLOBAL,
        Some(ExternTypeData::Table(_)) => WASM_EXTERN_TABLE,
        Some(ExternTypeData::Memory(_)) => WASM_EXTERN_MEMORY,
        Some(ExternTypeData::Tag(_)) => WASM_EXTERN_TAG,
        _ => WASM_EXTERN_FUNC,
    }
}

/// A copy, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_copy(
    ty: *const wasm_externtype_t,
) -> *mut wasm_externtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| boxed(t.copy()))
}

/// Frees an external type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_delete(ty: *mut wasm_externtype_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete(ty) }
}

/// The external type a function type is (the same object).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_functype_as_externtype(ty: *mut wasm_functype_t) -> *mut wasm_externtype_t {
    ty.cast()
}

/// The external type a global type is (the same object).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_globaltype_as_externtype(
    ty: *mut wasm_globaltype_t,
) -> *mut wasm_externtype_t {
    ty.cast()
}

/// The external type a table type is (the same object).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_tabletype_as_externtype(
    ty: *mut wasm_tabletype_t,
) -> *mut wasm_externtype_t {
    ty.cast()
}

/// The external type a memory type is (the same object).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_memorytype_as_externtype(
    ty: *mut wasm_memorytype_t,
) -> *mut wasm_externtype_t {
    ty.cast()
}

/// As `wasm_functype_as_externtype`, for a const pointer.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_functype_as_externtype_const(
    ty: *const wasm_functype_t,
) -> *const wasm_externtype_t {
    ty.cast()
}

/// As `wasm_globaltype_as_externtype`, for a const pointer.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_globaltype_as_externtype_const(
    ty: *const wasm_globaltype_t,
) -> *const wasm_externtype_t {
    ty.cast()
}

/// As `wasm_tabletype_as_externtype`, for a const pointer.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_tabletype_as_externtype_const(
    ty: *const wasm_tabletype_t,
) -> *const wasm_externtype_t {
    ty.cast()
}

/// As `wasm_memorytype_as_externtype`, for a const pointer.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_memorytype_as_externtype_const(
    ty: *const wasm_memorytype_t,
) -> *const wasm_externtype_t {
    ty.cast()
}

/// `ty` as a type of `kind`, or null if it is another kind (or null).
///
/// # Safety
/// `ty` must be live or null.
pub(crate) unsafe fn downcast<T>(
    ty: *const wasm_externtype_t,
    kind: wasm_externkind_t,
) -> *const T {
    // SAFETY: as the caller guarantees.
    if ty.is_null() || unsafe { wasm_externtype_kind(ty) } != kind {
        return std::ptr::null();
    }
    ty.cast()
}

/// The function type `ty` is, or null if it is not one.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_functype(
    ty: *mut wasm_externtype_t,
) -> *mut wasm_functype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast::<wasm_functype_t>(ty, WASM_EXTERN_FUNC) }.cast_mut()
}

/// The global type `ty` is, or null if it is not one.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_globaltype(
    ty: *mut wasm_externtype_t,
) -> *mut wasm_globaltype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast::<wasm_globaltype_t>(ty, WASM_EXTERN_GLOBAL) }.cast_mut()
}

/// The table type `ty` is, or null if it is not one.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_tabletype(
    ty: *mut wasm_externtype_t,
) -> *mut wasm_tabletype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast::<wasm_tabletype_t>(ty, WASM_EXTERN_TABLE) }.cast_mut()
}

/// The memory type `ty` is, or null if it is not one.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_memorytype(
    ty: *mut wasm_externtype_t,
) -> *mut wasm_memorytype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast::<wasm_memorytype_t>(ty, WASM_EXTERN_MEMORY) }.cast_mut()
}

/// As `wasm_externtype_as_functype`, for a const pointer.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_functype_const(
    ty: *const wasm_externtype_t,
) -> *const wasm_functype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast(ty, WASM_EXTERN_FUNC) }
}

/// As `wasm_externtype_as_globaltype`, for a const pointer.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_globaltype_const(
    ty: *const wasm_externtype_t,
) -> *const wasm_globaltype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast(ty, WASM_EXTERN_GLOBAL) }
}

/// As `wasm_externtype_as_tabletype`, for a const pointer.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_tabletype_const(
    ty: *const wasm_externtype_t,
) -> *const wasm_tabletype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast(ty, WASM_EXTERN_TABLE) }
}

/// As `wasm_externtype_as_memorytype`, for a const pointer.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_memorytype_const(
    ty: *const wasm_externtype_t,
) -> *const wasm_memorytype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast(ty, WASM_EXTERN_MEMORY) }
}

/// The type of an import: module and field names and the external type.
pub struct wasm_importtype_t {
    module: wasm_name_t,
    name: wasm_name_t,
    ty: wasm_externtype_t,
}

/// The type of an export: its name and external type.
pub struct wasm_exporttype_t {
    name: wasm_name_t,
    ty: wasm_externtype_t,
}

fn name_of(text: &str) -> wasm_name_t {
    wasm_byte_vec_t::from_vec(text.as_bytes().to_vec())
}

impl wasm_importtype_t {
    pub(crate) fn new(module: &str, name: &str, ty: ExternType) -> wasm_importtype_t {
        wasm_importtype_t {
            module: name_of(module),
            name: name_of(name),
            ty: wasm_externtype_t::from_extern_type(ty),
        }
    }
}

impl wasm_exporttype_t {
    pub(crate) fn new(name: &str, ty: ExternType) -> wasm_exporttype_t {
        wasm_exporttype_t {
            name: name_of(name),
            ty: wasm_externtype_t::from_extern_type(ty),
        }
    }
}

impl Drop for wasm_importtype_t {
    fn drop(&mut self) {
        // SAFETY: the names are owned by the import type.
        unsafe {
            wasm_byte_vec_delete(&mut self.module);
            wasm_byte_vec_delete(&mut self.name);
        }
    }
}

impl Drop for wasm_exporttype_t {
    fn drop(&mut self) {
        // SAFETY: the name is owned by the export type.
        unsafe { wasm_byte_vec_delete(&mut self.name) };
    }
}

/// Takes the name in `v` (an owned vector) and leaves `v` empty.
///
/// # Safety
/// `v` must be a live vector made by wasmrt, or null.
unsafe fn take_name(v: *mut wasm_name_t) -> Option<wasm_name_t> {
    // SAFETY: live when not null.
    let v = unsafe { v.as_mut() }?;
    let taken = wasm_byte_vec_t {
        size: v.size,
        data: v.data,
    };
    v.size = 0;
    v.data = std::ptr::null_mut();
    Some(taken)
}

/// The external type behind an owned pointer, taken.
///
/// # Safety
/// `ty` must be an owned external type or null.
unsafe fn take_type(ty: *mut wasm_externtype_t) -> Option<wasm_externtype_t> {
    // SAFETY: an owned external type when not null.
    (!ty.is_null()).then(|| *unsafe { Box::from_raw(ty) })
}

/// An import type, taking the names' contents and `ty`; null if one is
/// null.
///
/// # Safety
/// The names must be live vectors (or null) and `ty` owned (or null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_new(
    module: *mut wasm_name_t,
    name: *mut wasm_name_t,
    ty: *mut wasm_externtype_t,
) -> *mut wasm_importtype_t {
    // SAFETY: as the caller guarantees.
    let (module, name, ty) = unsafe { (take_name(module), take_name(name), take_type(ty)) };
    match (module, name, ty) {
        (Some(module), Some(name), Some(ty)) => boxed(wasm_importtype_t { module, name, ty }),
        (module, name, _) => {
            for mut n in [module, name].into_iter().flatten() {
                // SAFETY: taken, owned names.
                unsafe { wasm_byte_vec_delete(&mut n) };
            }
            std::ptr::null_mut()
        }
    }
}

/// The import's module name, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_module(
    ty: *const wasm_importtype_t,
) -> *const wasm_name_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.module)
}

/// The import's field name, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_name(ty: *const wasm_importtype_t) -> *const wasm_name_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.name)
}

/// The import's external type, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_type(
    ty: *const wasm_importtype_t,
) -> *const wasm_externtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.ty)
}

/// Frees an import type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_delete(ty: *mut wasm_importtype_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete(ty) }
}

/// An export type, taking the name's contents and `ty`; null if one is null.
///
/// # Safety
/// `name` must be a live vector (or null) and `ty` owned (or null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_new(
    name: *mut wasm_name_t,
    ty: *mut wasm_externtype_t,
) -> *mut wasm_exporttype_t {
    // SAFETY: as the caller guarantees.
    let (name, ty) = unsafe { (take_name(name), take_type(ty)) };
    match (name, ty) {
        (Some(name), Some(ty)) => boxed(wasm_exporttype_t { name, ty }),
        (name, _) => {
            if let Some(mut n) = name {
                // SAFETY: a taken, owned name.
                unsafe { wasm_byte_vec_delete(&mut n) };
            }
            std::ptr::null_mut()
        }
    }
}

/// The export's name, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_name(ty: *const wasm_exporttype_t) -> *const wasm_name_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.name)
}

/// The export's external type, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_type(
    ty: *const wasm_exporttype_t,
) -> *const wasm_externtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &t.ty)
}

/// Frees an export type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_delete(ty: *mut wasm_exporttype_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete(ty) }
}

/// A vector of owned import types.
#[repr(C)]
pub struct wasm_importtype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_importtype_t,
}

/// A vector of owned export types.
#[repr(C)]
pub struct wasm_exporttype_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_exporttype_t,
}

impl wasm_importtype_vec_t {
    pub(crate) fn from_owned(items: Vec<wasm_importtype_t>) -> wasm_importtype_vec_t {
        Self::from_items(items.into_iter().map(boxed).collect())
    }
}

impl wasm_exporttype_vec_t {
    pub(crate) fn from_owned(items: Vec<wasm_exporttype_t>) -> wasm_exporttype_vec_t {
        Self::from_items(items.into_iter().map(boxed).collect())
    }
}

/// Frees the vector and every import type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_vec_delete(v: *mut wasm_importtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// Frees the vector and every export type in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_vec_delete(v: *mut wasm_exporttype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_vec_new_empty(out: *mut wasm_importtype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null elements, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_vec_new_uninitialized(
    out: *mut wasm_importtype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` elements at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_vec_new(
    out: *mut wasm_importtype_vec_t,
    size: usize,
    data: *const *mut wasm_importtype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_vec_copy(
    out: *mut wasm_importtype_vec_t,
    src: *const wasm_importtype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_vec_new_empty(out: *mut wasm_exporttype_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null elements, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_vec_new_uninitialized(
    out: *mut wasm_exporttype_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` elements at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_vec_new(
    out: *mut wasm_exporttype_vec_t,
    size: usize,
    data: *const *mut wasm_exporttype_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null elements stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_vec_copy(
    out: *mut wasm_exporttype_vec_t,
    src: *const wasm_exporttype_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// A copy of an import type, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_importtype_copy(
    ty: *const wasm_importtype_t,
) -> *mut wasm_importtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| {
        boxed(wasm_importtype_t {
            module: wasm_byte_vec_t::from_vec(t.module.as_slice().to_vec()),
            name: wasm_byte_vec_t::from_vec(t.name.as_slice().to_vec()),
            ty: t.ty.copy(),
        })
    })
}

/// A copy of an export type, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_exporttype_copy(
    ty: *const wasm_exporttype_t,
) -> *mut wasm_exporttype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| {
        boxed(wasm_exporttype_t {
            name: wasm_byte_vec_t::from_vec(t.name.as_slice().to_vec()),
            ty: t.ty.copy(),
        })
    })
}

super::vec::ptr_vec!(
    wasm_importtype_vec_t,
    wasm_importtype_t,
    wasm_importtype_copy,
    wasm_importtype_delete
);

super::vec::ptr_vec!(
    wasm_exporttype_vec_t,
    wasm_exporttype_t,
    wasm_exporttype_copy,
    wasm_exporttype_delete
);
