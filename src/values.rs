//! Runtime values passed between the host and wasm.

use crate::extern_ref::ExternRef;
use crate::func::Func;
use crate::runtime::vmcontext::ValRaw;
use crate::store::StoreOpaque;
use crate::types::ValType;
use anyhow::{Result, bail};

/// Runs `f` with `n` scratch values, each `zero` until written: on the
/// stack for up to eight (nearly every call), so that passing values
/// between the host and wasm allocates nothing.
pub(crate) fn with_scratch<V: Clone, R>(n: usize, zero: V, f: impl FnOnce(&mut [V]) -> R) -> R {
    const ON_STACK: usize = 8;
    if n == 0 {
        f(&mut [])
    } else if n <= ON_STACK {
        let mut values: [V; ON_STACK] = std::array::from_fn(|_| zero.clone());
        f(&mut values[..n])
    } else {
        let mut values = vec![zero; n];
        f(&mut values)
    }
}

/// A wasm value.
#[derive(Debug, Clone)]
pub enum Val {
    I32(i32),
    I64(i64),
    /// An f32 as its bits.
    F32(u32),
    /// An f64 as its bits.
    F64(u64),
    /// A 128-bit vector (as wasmtime's `Val::V128(V128)`).
    V128(V128),
    FuncRef(Option<Func>),
    ExternRef(Option<ExternRef>),
}

/// A 128-bit SIMD value (`v128`), usable as a parameter or result of
/// [`TypedFunc`](crate::TypedFunc) and [`Func::wrap`](crate::Func::wrap).
///
/// The `u128` holds the vector's 16 bytes in little-endian order: lane 0 of
/// an `i32x4` is `as_u128() as u32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct V128(u128);

impl V128 {
    /// The vector's bits.
    pub fn as_u128(&self) -> u128 {
        self.0
    }
}

impl From<u128> for V128 {
    fn from(v: u128) -> V128 {
        V128(v)
    }
}

impl From<V128> for u128 {
    fn from(v: V128) -> u128 {
        v.0
    }
}

/// A table element.
#[derive(Debug, Clone)]
pub enum Ref {
    Func(Option<Func>),
    Extern(Option<ExternRef>),
}

impl Ref {
    pub fn as_func(&self) -> Option<Option<&Func>> {
        match self {
            Ref::Func(f) => Some(f.as_ref()),
            Ref::Extern(_) => None,
        }
    }
    pub fn as_extern(&self) -> Option<Option<&ExternRef>> {
        match self {
            Ref::Extern(e) => Some(e.as_ref()),
            Ref::Func(_) => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Ref::Func(None) | Ref::Extern(None))
    }
    /// The value type of this reference.
    pub fn ty(&self) -> ValType {
        match self {
            Ref::Func(_) => ValType::FuncRef,
            Ref::Extern(_) => ValType::ExternRef,
        }
    }
}

impl From<Func> for Ref {
    fn from(f: Func) -> Ref {
        Ref::Func(Some(f))
    }
}

impl From<ExternRef> for Ref {
    fn from(e: ExternRef) -> Ref {
        Ref::Extern(Some(e))
    }
}

impl Val {
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FuncRef,
            Val::ExternRef(_) => ValType::ExternRef,
        }
    }

    /// The default (zero or null) value of a type.
    pub fn default_for(ty: ValType) -> Val {
        match ty {
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::V128 => Val::V128(V128(0)),
            ValType::FuncRef => Val::FuncRef(None),
            ValType::ExternRef => Val::ExternRef(None),
        }
    }

    pub fn i32(&self) -> Option<i32> {
        match self {
            Val::I32(v) => Some(*v),
            _ => None,
        }
    }
    pub fn i64(&self) -> Option<i64> {
        match self {
            Val::I64(v) => Some(*v),
            _ => None,
        }
    }
    pub fn f32(&self) -> Option<f32> {
        match self {
            Val::F32(v) => Some(f32::from_bits(*v)),
            _ => None,
        }
    }
    pub fn f64(&self) -> Option<f64> {
        match self {
            Val::F64(v) => Some(f64::from_bits(*v)),
            _ => None,
        }
    }
    pub fn v128(&self) -> Option<V128> {
        match self {
            Val::V128(v) => Some(*v),
            _ => None,
        }
    }
    pub fn funcref(&self) -> Option<Option<&Func>> {
        match self {
            Val::FuncRef(f) => Some(f.as_ref()),
            _ => None,
        }
    }
    pub fn externref(&self) -> Option<Option<&ExternRef>> {
        match self {
            Val::ExternRef(e) => Some(e.as_ref()),
            _ => None,
        }
    }
    /// This value as a table element, if it is a reference.
    pub fn into_ref(self) -> Option<Ref> {
        match self {
            Val::FuncRef(f) => Some(Ref::Func(f)),
            Val::ExternRef(e) => Some(Ref::Extern(e)),
            _ => None,
        }
    }
    pub fn unwrap_i32(&self) -> i32 {
        self.i32().expect("expected i32")
    }
    pub fn unwrap_i64(&self) -> i64 {
        self.i64().expect("expected i64")
    }
    pub fn unwrap_f32(&self) -> f32 {
        self.f32().expect("expected f32")
    }
    pub fn unwrap_f64(&self) -> f64 {
        self.f64().expect("expected f64")
    }
    pub fn unwrap_v128(&self) -> V128 {
        self.v128().expect("expected v128")
    }

    /// Converts to the raw form, checking that references belong to `store`.
    pub(crate) fn to_raw(&self, store: &StoreOpaque) -> Result<ValRaw> {
        Ok(match self {
            Val::I32(v) => ValRaw::from_u32(*v as u32),
            Val::I64(v) => ValRaw::from_u64(*v as u64),
            Val::F32(v) => ValRaw::from_u32(*v),
            Val::F64(v) => ValRaw::from_u64(*v),
            Val::V128(v) => ValRaw::from_u128(v.0),
            Val::FuncRef(None) | Val::ExternRef(None) => ValRaw::from_u64(0),
            Val::FuncRef(Some(f)) => ValRaw::from_u64(f.funcref(store)? as u64),
            Val::ExternRef(Some(e)) => ValRaw::from_u64(e.to_wasm(store)?),
        })
    }

    /// Reads a raw value of type `ty`.
    pub(crate) fn from_raw(store: &mut StoreOpaque, raw: ValRaw, ty: ValType) -> Val {
        match ty {
            ValType::I32 => Val::I32(raw.get_u32() as i32),
            ValType::I64 => Val::I64(raw.get_u64() as i64),
            ValType::F32 => Val::F32(raw.get_u32()),
            ValType::F64 => Val::F64(raw.get_u64()),
            ValType::V128 => Val::V128(V128(raw.get_u128())),
            ValType::FuncRef => {
                // SAFETY: raw funcref values come from wasm or this store and
                // point at live `VMFuncRef`s.
                Val::FuncRef(unsafe {
                    Func::from_funcref(store, raw.get_u64() as usize as *const _)
                })
            }
            ValType::ExternRef => Val::ExternRef(ExternRef::from_wasm(store, raw.get_u64())),
        }
    }

    /// Fails unless this value has type `ty`.
    pub(crate) fn check_type(&self, ty: ValType, what: impl FnOnce() -> String) -> Result<()> {
        if self.ty() != ty {
            bail!(
                "type mismatch for {}: expected {ty}, found {}",
                what(),
                self.ty()
            );
        }
        Ok(())
    }
}

impl From<i32> for Val {
    fn from(v: i32) -> Val {
        Val::I32(v)
    }
}
impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::I64(v)
    }
}
impl From<f32> for Val {
    fn from(v: f32) -> Val {
        Val::F32(v.to_bits())
    }
}
impl From<f64> for Val {
    fn from(v: f64) -> Val {
        Val::F64(v.to_bits())
    }
}
impl From<V128> for Val {
    fn from(v: V128) -> Val {
        Val::V128(v)
    }
}
impl From<Func> for Val {
    fn from(f: Func) -> Val {
        Val::FuncRef(Some(f))
    }
}
