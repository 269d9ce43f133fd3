//! `wasm_ref_t`: a non-null reference (a function or a host value) held by
//! C, as the standard's values, tables and globals carry them; a null
//! reference is a null pointer.

use super::store::StorePtr;
use crate::Ref;

/// A reference owned by its holder (`wasm_ref_delete`).
pub struct wasm_ref_t {
    pub(crate) store: StorePtr,
    pub(crate) r: Ref,
}

impl wasm_ref_t {
    /// `r` for C: null for a null reference, else a new reference owned
    /// by the caller.
    pub(crate) fn boxed(store: StorePtr, r: Ref) -> *mut wasm_ref_t {
        if r.is_null() {
            return std::ptr::null_mut();
        }
        Box::into_raw(Box::new(wasm_ref_t { store, r }))
    }

    /// The reference at `ptr` (live or null) as a Rust reference of a
    /// table or global whose elements are `ty`; null is the null
    /// reference of `ty`.
    ///
    /// # Safety
    /// `ptr` must be a live reference or null.
    pub(crate) unsafe fn read(ptr: *const wasm_ref_t, ty: &crate::ValType) -> anyhow::Result<Ref> {
        // SAFETY: guaranteed by the caller.
        match unsafe { ptr.as_ref() } {
            Some(r) => Ok(r.r.clone()),
            None => match ty {
                crate::ValType::FuncRef => Ok(Ref::Func(None)),
                crate::ValType::ExternRef => Ok(Ref::Extern(None)),
                other => anyhow::bail!("a null reference is not a value of type {other}"),
            },
        }
    }
}

/// A copy of `r` (the same reference), owned by the caller; null for null.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_copy(r: *const wasm_ref_t) -> *mut wasm_ref_t {
    // SAFETY: live when not null.
    match unsafe { r.as_ref() } {
        Some(r) => wasm_ref_t::boxed(r.store, r.r.clone()),
        None => std::ptr::null_mut(),
    }
}

/// Frees a reference (null is ignored); what it refers to lives on while
/// anything else refers to it.
///
/// # Safety
/// `r` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_delete(r: *mut wasm_ref_t) {
    if !r.is_null() {
        // SAFETY: an owned reference.
        drop(unsafe { Box::from_raw(r) });
    }
}
