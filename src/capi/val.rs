//! `wasmrt_val_t` and the store handles values and externs carry
//! (`wasmrt_func_t`, ...): plain structs passed by value, with the layout of
//! the Rust handles (`{ uint64_t store_id; size_t __private; }`), asserted.

use super::externref::{root, rooted, wasmrt_externref_t};
use crate::{Func, Global, Instance, Memory, Table, Val};
use anyhow::{Result, bail};

// The C handles are written out (cbindgen does not expand macros); the
// conversions to and from the Rust handles of the same layout are not.
/// A function in a store (a null funcref has `store_id == 0`).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct wasmrt_func_t {
    /// The store the item belongs to.
    pub store_id: u64,
    /// Internal to wasmrt.
    pub __private: usize,
}

/// A global in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct wasmrt_global_t {
    /// The store the item belongs to.
    pub store_id: u64,
    /// Internal to wasmrt.
    pub __private: usize,
}

/// A table in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct wasmrt_table_t {
    /// The store the item belongs to.
    pub store_id: u64,
    /// Internal to wasmrt.
    pub __private: usize,
}

/// A linear memory in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct wasmrt_memory_t {
    /// The store the item belongs to.
    pub store_id: u64,
    /// Internal to wasmrt.
    pub __private: usize,
}

/// An instance in a store.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct wasmrt_instance_t {
    /// The store the item belongs to.
    pub store_id: u64,
    /// Internal to wasmrt.
    pub __private: usize,
}

/// Converts between a C handle and the Rust handle of the same layout.
macro_rules! same_layout {
    ($($c:ident <=> $rust:ty),*) => {$(
        const _: () = {
            assert!(size_of::<$c>() == size_of::<$rust>());
            assert!(align_of::<$c>() == align_of::<$rust>());
        };

        impl From<$rust> for $c {
            fn from(item: $rust) -> $c {
                // SAFETY: both are `repr(C)` `{ u64, usize }` (asserted above).
                unsafe { std::mem::transmute::<$rust, $c>(item) }
            }
        }

        impl From<$c> for $rust {
            fn from(item: $c) -> $rust {
                // SAFETY: as above; a forged handle is caught by the store
                // check every use of it makes.
                unsafe { std::mem::transmute::<$c, $rust>(item) }
            }
        }
    )*};
}

same_layout!(
    wasmrt_func_t <=> Func,
    wasmrt_global_t <=> Global,
    wasmrt_table_t <=> Table,
    wasmrt_memory_t <=> Memory,
    wasmrt_instance_t <=> Instance
);

/// A value without its kind, as `wasmrt_func_call_unchecked` and
/// `wasmrt_func_new_unchecked` exchange them: every field little-endian at
/// offset 0 (the layout of Rust's `ValRaw`, asserted).
#[repr(C)]
#[derive(Clone, Copy)]
pub union wasmrt_val_raw_t {
    pub i32: i32,
    pub i64: i64,
    pub f32: f32,
    pub f64: f64,
    pub v128: wasmrt_v128,
    /// From `wasmrt_externref_to_raw` (0: null).
    pub externref: u32,
    /// From `wasmrt_func_to_raw` (null: null).
    pub funcref: *mut std::ffi::c_void,
}

const _: () = {
    assert!(size_of::<wasmrt_val_raw_t>() == size_of::<crate::ValRaw>());
    assert!(align_of::<wasmrt_val_raw_t>() == align_of::<crate::ValRaw>());
};

/// The kind of a `wasmrt_val_t` (`WASMRT_I32`, ...).
pub type wasmrt_valkind_t = u8;
pub const WASMRT_I32: wasmrt_valkind_t = 0;
pub const WASMRT_I64: wasmrt_valkind_t = 1;
pub const WASMRT_F32: wasmrt_valkind_t = 2;
pub const WASMRT_F64: wasmrt_valkind_t = 3;
pub const WASMRT_V128: wasmrt_valkind_t = 4;
pub const WASMRT_FUNCREF: wasmrt_valkind_t = 5;
pub const WASMRT_EXTERNREF: wasmrt_valkind_t = 6;

/// A `v128` value: 16 bytes, little-endian.
pub type wasmrt_v128 = [u8; 16];

/// The payload of a `wasmrt_val_t`, selected by its kind.
#[repr(C)]
#[derive(Clone, Copy)]
pub union wasmrt_valunion_t {
    pub i32: i32,
    pub i64: i64,
    pub f32: f32,
    pub f64: f64,
    /// A null funcref has `store_id == 0`.
    pub funcref: wasmrt_func_t,
    /// A null externref has `store_id == 0`.
    pub externref: wasmrt_externref_t,
    pub v128: wasmrt_v128,
}

/// A value with its kind.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct wasmrt_val_t {
    pub kind: wasmrt_valkind_t,
    pub of: wasmrt_valunion_t,
}

impl wasmrt_val_t {
    /// An `i32` value.
    pub(crate) fn i32(v: i32) -> wasmrt_val_t {
        wasmrt_val_t {
            kind: WASMRT_I32,
            of: wasmrt_valunion_t { i32: v },
        }
    }

    /// The Rust value, or an error for an unknown or unsupported kind.
    pub(crate) fn to_val(self) -> Result<Val> {
        // SAFETY: the union field read is the one `kind` selects.
        Ok(unsafe {
            match self.kind {
                WASMRT_I32 => Val::I32(self.of.i32),
                WASMRT_I64 => Val::I64(self.of.i64),
                WASMRT_F32 => Val::F32(self.of.f32.to_bits()),
                WASMRT_F64 => Val::F64(self.of.f64.to_bits()),
                WASMRT_V128 => Val::V128(u128::from_le_bytes(self.of.v128).into()),
                WASMRT_FUNCREF if self.of.funcref.store_id == 0 => Val::FuncRef(None),
                WASMRT_FUNCREF => Val::FuncRef(Some(self.of.funcref.into())),
                WASMRT_EXTERNREF if self.of.externref.store_id == 0 => Val::ExternRef(None),
                WASMRT_EXTERNREF => match rooted(&self.of.externref) {
                    Some(e) => Val::ExternRef(Some(e)),
                    None => bail!(
                        "externref is not rooted: it was unrooted already, or not made by wasmrt"
                    ),
                },
                kind => {
                    bail!("unknown value kind {kind} (expected WASMRT_I32 ... WASMRT_EXTERNREF)")
                }
            }
        })
    }

    /// The C value for `val` of the store `store_id`; an externref is
    /// rooted (the receiver unroots it with `wasmrt_val_unroot`).
    pub(crate) fn from_val(val: &Val, store_id: u64) -> Result<wasmrt_val_t> {
        let (kind, of) = match val {
            Val::I32(v) => (WASMRT_I32, wasmrt_valunion_t { i32: *v }),
            Val::I64(v) => (WASMRT_I64, wasmrt_valunion_t { i64: *v }),
            Val::F32(bits) => (
                WASMRT_F32,
                wasmrt_valunion_t {
                    f32: f32::from_bits(*bits),
                },
            ),
            Val::F64(bits) => (
                WASMRT_F64,
                wasmrt_valunion_t {
                    f64: f64::from_bits(*bits),
                },
            ),
            Val::V128(v) => (
                WASMRT_V128,
                wasmrt_valunion_t {
                    v128: v.as_u128().to_le_bytes(),
                },
            ),
            Val::FuncRef(f) => {
                let funcref = match f {
                    Some(f) => (*f).into(),
                    None => wasmrt_func_t {
                        store_id: 0,
                        __private: 0,
                    },
                };
                (WASMRT_FUNCREF, wasmrt_valunion_t { funcref })
            }
            Val::ExternRef(e) => {
                let externref = match e {
                    Some(e) => root(store_id, e.clone()),
                    None => wasmrt_externref_t::NULL,
                };
                (WASMRT_EXTERNREF, wasmrt_valunion_t { externref })
            }
        };
        Ok(wasmrt_val_t { kind, of })
    }
}

impl wasmrt_val_t {
    /// Releases the externref root this value holds, if any.
    pub(crate) fn unroot(&mut self) {
        if self.kind == WASMRT_EXTERNREF {
            // SAFETY: `kind` selects the externref field.
            unsafe { super::externref::wasmrt_externref_unroot(&mut self.of.externref) };
        }
    }
}

/// Releases what `val` holds (an externref root) and leaves it null-like;
/// other kinds hold nothing (null is ignored).
///
/// # Safety
/// `val` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_val_unroot(val: *mut wasmrt_val_t) {
    // SAFETY: live when not null.
    if let Some(v) = unsafe { val.as_mut() } {
        v.unroot();
    }
}

/// Copies `src` to `dst`, with a new root for an externref.
///
/// # Safety
/// `src` must be live or null; `dst` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_val_clone(src: *const wasmrt_val_t, dst: *mut wasmrt_val_t) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(src), Some(dst)) = (unsafe { src.as_ref() }, unsafe { dst.as_mut() }) else {
        return;
    };
    *dst = *src;
    if src.kind == WASMRT_EXTERNREF {
        // SAFETY: `kind` selects the externref field of both.
        unsafe {
            super::externref::wasmrt_externref_clone(&src.of.externref, &mut dst.of.externref)
        };
    }
}

/// Runs `f` with `n` scratch values: on the stack for up to eight (nearly
/// every call), so that a call through the C API allocates nothing.
pub(crate) fn with_scratch_vals<R>(n: usize, f: impl FnOnce(&mut [Val]) -> R) -> R {
    crate::values::with_scratch(n, Val::I32(0), f)
}
