//! Statically typed calls: `TypedFunc` for host→wasm calls and `IntoFunc`
//! for host functions written as ordinary Rust closures.

use crate::extern_ref::ExternRef;
use crate::func::{Caller, Func};
use crate::runtime::vmcontext::ValRaw;
use crate::store::{AsContextMut, StoreInner, StoreOpaque};
use crate::types::{FuncType, ValType};
use crate::values::V128;
use anyhow::{Result, bail};
use std::marker::PhantomData;

/// A Rust type that maps to one wasm value type.
pub trait WasmTy: Send + Sync + 'static {
    fn valtype() -> ValType;
    #[doc(hidden)]
    fn load(store: &mut StoreOpaque, raw: &ValRaw) -> Self;
    #[doc(hidden)]
    fn store(self, store: &StoreOpaque) -> Result<ValRaw>;
}

macro_rules! wasm_ty {
    ($t:ty, $vt:ident, |$r:ident| $load:expr, |$s:ident| $store:expr) => {
        impl WasmTy for $t {
            fn valtype() -> ValType {
                ValType::$vt
            }
            fn load(_: &mut StoreOpaque, $r: &ValRaw) -> Self {
                $load
            }
            fn store(self, _: &StoreOpaque) -> Result<ValRaw> {
                let $s = self;
                Ok($store)
            }
        }
    };
}

impl WasmTy for Option<Func> {
    fn valtype() -> ValType {
        ValType::FuncRef
    }
    fn load(store: &mut StoreOpaque, raw: &ValRaw) -> Self {
        // SAFETY: raw funcrefs from wasm are null or live funcrefs of `store`.
        unsafe { Func::from_funcref(store, raw.get_u64() as usize as *const _) }
    }
    fn store(self, store: &StoreOpaque) -> Result<ValRaw> {
        Ok(match self {
            Some(f) => ValRaw::from_u64(f.funcref(store)? as u64),
            None => ValRaw::from_u64(0),
        })
    }
}

impl WasmTy for Option<ExternRef> {
    fn valtype() -> ValType {
        ValType::ExternRef
    }
    fn load(store: &mut StoreOpaque, raw: &ValRaw) -> Self {
        ExternRef::from_wasm(store, raw.get_u64())
    }
    fn store(self, store: &StoreOpaque) -> Result<ValRaw> {
        Ok(match self {
            Some(e) => ValRaw::from_u64(e.to_wasm(store)?),
            None => ValRaw::from_u64(0),
        })
    }
}

wasm_ty!(i32, I32, |r| r.get_u32() as i32, |s| ValRaw::from_u32(
    s as u32
));
wasm_ty!(u32, I32, |r| r.get_u32(), |s| ValRaw::from_u32(s));
wasm_ty!(i64, I64, |r| r.get_u64() as i64, |s| ValRaw::from_u64(
    s as u64
));
wasm_ty!(u64, I64, |r| r.get_u64(), |s| ValRaw::from_u64(s));
wasm_ty!(f32, F32, |r| f32::from_bits(r.get_u32()), |s| {
    ValRaw::from_u32(s.to_bits())
});
wasm_ty!(f64, F64, |r| f64::from_bits(r.get_u64()), |s| {
    ValRaw::from_u64(s.to_bits())
});

wasm_ty!(V128, V128, |r| V128::from(r.get_u128()), |s| {
    ValRaw::from_u128(s.as_u128())
});

/// Parameters of a typed call: `()`, one `WasmTy`, or a tuple of them.
pub trait WasmParams: Send {
    fn valtypes() -> Vec<ValType>;
    /// How many values (`valtypes().len()`, without allocating).
    #[doc(hidden)]
    const COUNT: usize;
    #[doc(hidden)]
    fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()>;
}

/// Results of a typed call: `()`, one `WasmTy`, or a tuple of them.
pub trait WasmResults: Sized {
    fn valtypes() -> Vec<ValType>;
    /// How many values (`valtypes().len()`, without allocating).
    #[doc(hidden)]
    const COUNT: usize;
    #[doc(hidden)]
    fn load(store: &mut StoreOpaque, raw: &[ValRaw]) -> Self;
}

/// What a host closure may return: results, or `Result` of results.
pub trait WasmRet {
    fn valtypes() -> Vec<ValType>;
    #[doc(hidden)]
    fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()>;
}

impl<A: WasmTy> WasmParams for A {
    const COUNT: usize = 1;
    fn valtypes() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()> {
        out[0] = WasmTy::store(self, store)?;
        Ok(())
    }
}

impl<A: WasmTy> WasmResults for A {
    const COUNT: usize = 1;
    fn valtypes() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn load(store: &mut StoreOpaque, raw: &[ValRaw]) -> Self {
        A::load(store, &raw[0])
    }
}

impl<A: WasmTy> WasmRet for A {
    fn valtypes() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()> {
        out[0] = WasmTy::store(self, store)?;
        Ok(())
    }
}

impl<R: WasmRet> WasmRet for Result<R> {
    fn valtypes() -> Vec<ValType> {
        R::valtypes()
    }
    fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()> {
        self?.store(store, out)
    }
}

macro_rules! tuples {
    ($($t:ident)*) => {
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
        impl<$($t: WasmTy),*> WasmParams for ($($t,)*) {
            const COUNT: usize = <[&str]>::len(&[$(stringify!($t)),*]);
            fn valtypes() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()> {
                let ($($t,)*) = self;
                let mut i = 0;
                $( out[i] = WasmTy::store($t, store)?; i += 1; )*
                Ok(())
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
        impl<$($t: WasmTy),*> WasmResults for ($($t,)*) {
            const COUNT: usize = <[&str]>::len(&[$(stringify!($t)),*]);
            fn valtypes() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn load(store: &mut StoreOpaque, raw: &[ValRaw]) -> Self {
                let mut i = 0;
                ($({ let v = $t::load(store, &raw[i]); i += 1; v },)*)
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments)]
        impl<$($t: WasmTy),*> WasmRet for ($($t,)*) {
            fn valtypes() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn store(self, store: &StoreOpaque, out: &mut [ValRaw]) -> Result<()> {
                let ($($t,)*) = self;
                let mut i = 0;
                $( out[i] = WasmTy::store($t, store)?; i += 1; )*
                Ok(())
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments)]
        impl<T, F, $($t: WasmTy,)* R: WasmRet> IntoFunc<T, ($($t,)*), R> for F
        where
            F: Fn($($t),*) -> R + Send + Sync + 'static,
        {
            fn into_raw(
                self,
            ) -> (
                FuncType,
                impl Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
            ) {
                let ty = FuncType::from_parts(vec![$($t::valtype()),*], R::valtypes());
                let f = move |caller: Caller<'_, T>, values: &mut [ValRaw]| {
                    let store = &mut caller.store.opaque;
                    let mut i = 0;
                    $( let $t = $t::load(store, &values[i]); i += 1; )*
                    (self)($($t),*).store(store, values)
                };
                (ty, f)
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments)]
        impl<T, F, $($t: WasmTy,)* R: WasmRet> IntoFunc<T, (Caller<'_, T>, $($t,)*), R> for F
        where
            F: Fn(Caller<'_, T>, $($t),*) -> R + Send + Sync + 'static,
        {
            fn into_raw(
                self,
            ) -> (
                FuncType,
                impl Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
            ) {
                let ty = FuncType::from_parts(vec![$($t::valtype()),*], R::valtypes());
                let f = move |caller: Caller<'_, T>, values: &mut [ValRaw]| {
                    let store: *mut StoreInner<T> = &mut *caller.store;
                    // SAFETY: `store` is the caller's live store; the
                    // borrow through `caller` is not used at the same time.
                    let opaque = unsafe { &mut (*store).opaque };
                    let mut i = 0;
                    $( let $t = $t::load(opaque, &values[i]); i += 1; )*
                    let result = (self)(caller, $($t),*);
                    // SAFETY: `caller` was consumed by the call; the store is live.
                    result.store(unsafe { &(*store).opaque }, values)
                };
                (ty, f)
            }
        }
    };
}

// Up to 17 values, as wasmtime offers.
tuples!();
tuples!(A1);
tuples!(A1 A2);
tuples!(A1 A2 A3);
tuples!(A1 A2 A3 A4);
tuples!(A1 A2 A3 A4 A5);
tuples!(A1 A2 A3 A4 A5 A6);
tuples!(A1 A2 A3 A4 A5 A6 A7);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 A16);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 A16 A17);

/// A Rust closure usable as a host function.
pub trait IntoFunc<T, Params, Results>: Send + Sync + 'static {
    /// The function's type and its body on raw values, as a concrete type
    /// so that calls from wasm reach it without a `dyn` call.
    #[doc(hidden)]
    fn into_raw(
        self,
    ) -> (
        FuncType,
        impl Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
    );
}

/// A function with a statically known signature.
pub struct TypedFunc<Params, Results> {
    func: Func,
    _marker: PhantomData<fn(Params) -> Results>,
}

impl<P, R> Clone for TypedFunc<P, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P, R> Copy for TypedFunc<P, R> {}

impl<Params: WasmParams, Results: WasmResults> TypedFunc<Params, Results> {
    pub(crate) fn new(func: Func, ty: &FuncType) -> Result<Self> {
        let (p, r) = (Params::valtypes(), Results::valtypes());
        if ty.param_slice() != p.as_slice() || ty.result_slice() != r.as_slice() {
            bail!(
                "type mismatch: the function has type {ty}, but was used as {}",
                FuncType::from_parts(p, r)
            );
        }
        Ok(TypedFunc {
            func,
            _marker: PhantomData,
        })
    }

    /// The untyped function.
    pub fn func(&self) -> &Func {
        &self.func
    }

    /// Calls the function.
    pub fn call(&self, mut store: impl AsContextMut, params: Params) -> Result<Results> {
        let store = &mut store.as_context_mut().0.opaque;
        let n = Params::COUNT.max(Results::COUNT);
        let mut raw = [ValRaw::default(); 8];
        let mut heap;
        let values: &mut [ValRaw] = if n <= raw.len() {
            &mut raw[..n]
        } else {
            heap = vec![ValRaw::default(); n];
            &mut heap
        };
        params.store(store, values)?;
        self.func.call_raw(store, values)?;
        Ok(Results::load(store, values))
    }
}
