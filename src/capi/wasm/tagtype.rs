//! `wasm_tagtype_t`: the type of an exception tag, its function type. Tags
//! are wasmtime's addition to the standard header (exception handling);
//! wasmrt does not run exception handling, so no module, import or extern
//! of wasmrt has a tag type, but the type objects exist for programs
//! written against wasmtime's `wasm.h`. A tag type is an external type
//! underneath (kind `WASM_EXTERN_TAG`), as the other types are.

use super::extern_types::{ExternTypeData, WASM_EXTERN_TAG, downcast, wasm_externtype_t};
use super::types::wasm_functype_t;

/// A tag's type.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_tagtype_t {
    pub(crate) ext: wasm_externtype_t,
}

/// What a tag type holds: its function type, owned by it.
pub(crate) struct TagTypeData {
    functype: Box<wasm_functype_t>,
}

impl TagTypeData {
    /// A new tag type of the same function type.
    pub(crate) fn copy(&self) -> wasm_tagtype_t {
        wasm_tagtype_t::new(Box::new(wasm_functype_t::new(self.functype.ty().clone())))
    }
}

impl wasm_tagtype_t {
    fn new(functype: Box<wasm_functype_t>) -> wasm_tagtype_t {
        wasm_tagtype_t {
            ext: wasm_externtype_t::new(ExternTypeData::Tag(TagTypeData { functype })),
        }
    }

    fn data(&self) -> &TagTypeData {
        match &self.ext.which {
            ExternTypeData::Tag(t) => t,
            _ => unreachable!("a tag type holds a tag type"),
        }
    }
}

/// A tag type of `functype` (taken: owned by the new tag type from now
/// on), owned by the caller (`wasm_tagtype_delete`); null for null.
///
/// # Safety
/// `functype` must be an owned function type or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_new(functype: *mut wasm_functype_t) -> *mut wasm_tagtype_t {
    if functype.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: an owned function type.
    let functype = unsafe { Box::from_raw(functype) };
    Box::into_raw(Box::new(wasm_tagtype_t::new(functype)))
}

/// The tag type's function type, owned by it (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_functype(
    ty: *const wasm_tagtype_t,
) -> *const wasm_functype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null(), |t| &*t.data().functype)
}

/// A copy, owned by the caller (null for null).
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_copy(ty: *const wasm_tagtype_t) -> *mut wasm_tagtype_t {
    // SAFETY: live when not null.
    unsafe { ty.as_ref() }.map_or(std::ptr::null_mut(), |t| {
        Box::into_raw(Box::new(t.data().copy()))
    })
}

/// Frees a tag type (null is ignored).
///
/// # Safety
/// `ty` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_tagtype_delete(ty: *mut wasm_tagtype_t) {
    if !ty.is_null() {
        // SAFETY: an owned tag type.
        drop(unsafe { Box::from_raw(ty) });
    }
}

/// The tag type as an external type (the same object; null for null).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_tagtype_as_externtype(ty: *mut wasm_tagtype_t) -> *mut wasm_externtype_t {
    ty.cast()
}

/// As `wasm_tagtype_as_externtype`, for a const tag type.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_tagtype_as_externtype_const(
    ty: *const wasm_tagtype_t,
) -> *const wasm_externtype_t {
    ty.cast()
}

/// The tag type `ty` is, or null if it is not one.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_tagtype(
    ty: *mut wasm_externtype_t,
) -> *mut wasm_tagtype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast::<wasm_tagtype_t>(ty, WASM_EXTERN_TAG) }.cast_mut()
}

/// As `wasm_externtype_as_tagtype`, for a const external type.
///
/// # Safety
/// `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_externtype_as_tagtype_const(
    ty: *const wasm_externtype_t,
) -> *const wasm_tagtype_t {
    // SAFETY: as the caller guarantees.
    unsafe { downcast(ty, WASM_EXTERN_TAG) }
}
