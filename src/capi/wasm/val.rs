//! `wasm_val_t` (a value with its kind) and `wasm_val_vec_t`.

use super::ref_::wasm_ref_t;
use super::store::StorePtr;
use super::types::wasm_valkind_t;
use super::types::{WASM_EXTERNREF, WASM_F32, WASM_F64, WASM_FUNCREF, WASM_I32, WASM_I64};
use super::vec::{filled, from_raw_parts, into_raw_parts};
use crate::{Ref, Val};
use anyhow::{Result, bail};

/// The payload of a `wasm_val_t`, selected by its kind: a number, or for
/// `WASM_FUNCREF` and `WASM_EXTERNREF` a reference (null: the null
/// reference) owned by the value.
#[repr(C)]
#[derive(Clone, Copy)]
pub union wasm_val_union_t {
    pub i32: i32,
    pub i64: i64,
    pub f32: f32,
    pub f64: f64,
    pub r#ref: *mut wasm_ref_t,
}

/// A value with its kind; `wasm_val_delete` frees the reference it may own.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct wasm_val_t {
    pub kind: wasm_valkind_t,
    pub of: wasm_val_union_t,
}

impl Default for wasm_val_t {
    fn default() -> wasm_val_t {
        wasm_val_t {
            kind: WASM_I32,
            of: wasm_val_union_t { i32: 0 },
        }
    }
}

impl wasm_val_t {
    /// The C value of `val` in `store`; a reference becomes a new
    /// `wasm_ref_t` the value owns. `v128` values have no standard form.
    pub(crate) fn from_val(val: &Val, store: StorePtr) -> Result<wasm_val_t> {
        let (kind, of) = match val {
            Val::I32(v) => (WASM_I32, wasm_val_union_t { i32: *v }),
            Val::I64(v) => (WASM_I64, wasm_val_union_t { i64: *v }),
            Val::F32(bits) => (
                WASM_F32,
                wasm_val_union_t {
                    f32: f32::from_bits(*bits),
                },
            ),
            Val::F64(bits) => (
                WASM_F64,
                wasm_val_union_t {
                    f64: f64::from_bits(*bits),
                },
            ),
            Val::FuncRef(f) => (
                WASM_FUNCREF,
                wasm_val_union_t {
                    r#ref: wasm_ref_t::boxed(store, Ref::Func(*f)),
                },
            ),
            Val::ExternRef(e) => (
                WASM_EXTERNREF,
                wasm_val_union_t {
                    r#ref: wasm_ref_t::boxed(store, Ref::Extern(e.clone())),
                },
            ),
            Val::V128(_) => {
                bail!(
                    "a v128 value cannot be passed through the standard wasm.h API (use wasmrt.h)"
                )
            }
        };
        Ok(wasm_val_t { kind, of })
    }

    /// The Rust value (the reference, if any, stays owned by `self`).
    pub(crate) fn to_val(self) -> Result<Val> {
        // SAFETY: the union field read is the one `kind` selects; a
        // reference is live or null while its value is.
        Ok(unsafe {
            match self.kind {
                WASM_I32 => Val::I32(self.of.i32),
                WASM_I64 => Val::I64(self.of.i64),
                WASM_F32 => Val::F32(self.of.f32.to_bits()),
                WASM_F64 => Val::F64(self.of.f64.to_bits()),
                WASM_FUNCREF => match self.of.r#ref.as_ref().map(wasm_ref_t::value) {
                    None => Val::FuncRef(None),
                    Some(Ok(Ref::Func(f))) => Val::FuncRef(f),
                    Some(Ok(Ref::Extern(_))) => {
                        bail!("a WASM_FUNCREF value holds a host reference (expected a function)")
                    }
                    Some(Err(e)) => return Err(e.context("a WASM_FUNCREF value")),
                },
                WASM_EXTERNREF => match self.of.r#ref.as_ref().map(wasm_ref_t::value) {
                    None => Val::ExternRef(None),
                    Some(Ok(Ref::Extern(e))) => Val::ExternRef(e),
                    Some(Ok(Ref::Func(_))) => bail!(
                        "a WASM_EXTERNREF value holds a function reference (expected a host reference)"
                    ),
                    Some(Err(e)) => return Err(e.context("a WASM_EXTERNREF value")),
                },
                kind => bail!(
                    "unknown value kind {kind} (expected WASM_I32, WASM_I64, WASM_F32, WASM_F64, \
                     WASM_EXTERNREF or WASM_FUNCREF)"
                ),
            }
        })
    }

    /// Whether the value owns a reference (one it frees when deleted).
    fn owned_ref(&self) -> Option<*mut wasm_ref_t> {
        if self.kind == WASM_FUNCREF || self.kind == WASM_EXTERNREF {
            // SAFETY: the field `kind` selects.
            let r = unsafe { self.of.r#ref };
            (!r.is_null()).then_some(r)
        } else {
            None
        }
    }

    /// A copy owning a copy of the reference, if any.
    fn deep_copy(&self) -> wasm_val_t {
        let mut copy = *self;
        if let Some(r) = self.owned_ref() {
            // SAFETY: a value's reference is live.
            copy.of.r#ref = unsafe { super::ref_::wasm_ref_copy(r) };
        }
        copy
    }
}

/// Frees the reference `v` owns, if any (null is ignored).
///
/// # Safety
/// `v` must be a live value or null; its reference is not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_delete(v: *mut wasm_val_t) {
    // SAFETY: live when not null.
    if let Some(r) = unsafe { v.as_ref() }.and_then(wasm_val_t::owned_ref) {
        // SAFETY: the value owns its reference.
        unsafe { super::ref_::wasm_ref_delete(r) };
    }
}

/// Sets `out` to a copy of `v` (a reference is copied too; `out` owns it).
///
/// # Safety
/// `out` must be writable and `v` a live value (null arguments are
/// ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_copy(out: *mut wasm_val_t, v: *const wasm_val_t) {
    // SAFETY: live or null, as the caller guarantees.
    if let (Some(out), Some(v)) = (unsafe { out.as_mut() }, unsafe { v.as_ref() }) {
        *out = v.deep_copy();
    }
}

/// A vector of values, owned by its holder (`wasm_val_vec_delete` frees
/// the vector and every reference its values own).
#[repr(C)]
pub struct wasm_val_vec_t {
    pub size: usize,
    pub data: *mut wasm_val_t,
}

impl wasm_val_vec_t {
    pub(crate) fn from_vals(values: Vec<wasm_val_t>) -> wasm_val_vec_t {
        let (size, data) = into_raw_parts(values);
        wasm_val_vec_t { size, data }
    }

    /// The values (empty for a vector without data).
    pub(crate) fn as_slice(&self) -> &[wasm_val_t] {
        if self.size == 0 || self.data.is_null() {
            return &[];
        }
        // SAFETY: a vector's data holds `size` values while it lives.
        unsafe { std::slice::from_raw_parts(self.data, self.size) }
    }
}

/// Sets `out` to an empty vector (null is ignored).
///
/// # Safety
/// `out` must be writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_vec_new_empty(out: *mut wasm_val_vec_t) {
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_val_vec_t::from_vals(Vec::new());
    }
}

/// Sets `out` to `size` values, each the i32 0, to be overwritten (empty
/// if that much memory cannot be had).
///
/// # Safety
/// `out` must be writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_vec_new_uninitialized(out: *mut wasm_val_vec_t, size: usize) {
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_val_vec_t::from_vals(filled(size, wasm_val_t::default()));
    }
}

/// Sets `out` to the `size` values at `data`, taking ownership of their
/// references.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_vec_new(
    out: *mut wasm_val_vec_t,
    size: usize,
    data: *const wasm_val_t,
) {
    // SAFETY: as the caller guarantees; a null `data` gives an empty vector.
    let values = unsafe { crate::capi::slice(data, size, "data") }.unwrap_or(&[]);
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_val_vec_t::from_vals(values.to_vec());
    }
}

/// Sets `out` to a deep copy of `src` (references are copied).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_vec_copy(out: *mut wasm_val_vec_t, src: *const wasm_val_vec_t) {
    // SAFETY: live when not null.
    let values: Vec<wasm_val_t> = unsafe { src.as_ref() }
        .map_or(&[][..], |v| v.as_slice())
        .iter()
        .map(wasm_val_t::deep_copy)
        .collect();
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_val_vec_t::from_vals(values);
    }
}

/// Frees the vector and the references its values own, and leaves it
/// empty (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt, not freed since.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_val_vec_delete(v: *mut wasm_val_vec_t) {
    // SAFETY: live when not null.
    if let Some(v) = unsafe { v.as_mut() } {
        // SAFETY: storage from `into_raw_parts`.
        for mut value in unsafe { from_raw_parts(v.size, v.data) } {
            // SAFETY: each value owns its reference.
            unsafe { wasm_val_delete(&mut value) };
        }
        *v = wasm_val_vec_t::from_vals(Vec::new());
    }
}
