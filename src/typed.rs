//! Statically typed calls: `TypedFunc` for host→wasm calls and `IntoFunc`
//! for host functions written as ordinary Rust closures.

use crate::func::{Caller, Func, HostFn};
use crate::runtime::vmcontext::ValRaw;
use crate::store::AsContextMut;
use crate::types::{FuncType, ValType};
use crate::values::V128;
use anyhow::{Result, bail};
use std::marker::PhantomData;

/// A Rust type that maps to one wasm value type.
pub trait WasmTy: Copy + Send + Sync + 'static {
    fn valtype() -> ValType;
    #[doc(hidden)]
    fn load(raw: &ValRaw) -> Self;
    #[doc(hidden)]
    fn store(self) -> ValRaw;
}

macro_rules! wasm_ty {
    ($t:ty, $vt:ident, |$r:ident| $load:expr, |$s:ident| $store:expr) => {
        impl WasmTy for $t {
            fn valtype() -> ValType {
                ValType::$vt
            }
            fn load($r: &ValRaw) -> Self {
                $load
            }
            fn store(self) -> ValRaw {
                let $s = self;
                $store
            }
        }
    };
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
    #[doc(hidden)]
    fn store(self, out: &mut [ValRaw]);
}

/// Results of a typed call: `()`, one `WasmTy`, or a tuple of them.
pub trait WasmResults: Sized {
    fn valtypes() -> Vec<ValType>;
    #[doc(hidden)]
    fn load(raw: &[ValRaw]) -> Self;
}

/// What a host closure may return: results, or `Result` of results.
pub trait WasmRet {
    fn valtypes() -> Vec<ValType>;
    #[doc(hidden)]
    fn store(self, out: &mut [ValRaw]) -> Result<()>;
}

impl<A: WasmTy> WasmParams for A {
    fn valtypes() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn store(self, out: &mut [ValRaw]) {
        out[0] = WasmTy::store(self);
    }
}

impl<A: WasmTy> WasmResults for A {
    fn valtypes() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn load(raw: &[ValRaw]) -> Self {
        A::load(&raw[0])
    }
}

impl<A: WasmTy> WasmRet for A {
    fn valtypes() -> Vec<ValType> {
        vec![A::valtype()]
    }
    fn store(self, out: &mut [ValRaw]) -> Result<()> {
        out[0] = WasmTy::store(self);
        Ok(())
    }
}

impl<R: WasmRet> WasmRet for Result<R> {
    fn valtypes() -> Vec<ValType> {
        R::valtypes()
    }
    fn store(self, out: &mut [ValRaw]) -> Result<()> {
        self?.store(out)
    }
}

macro_rules! tuples {
    ($($t:ident)*) => {
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
        impl<$($t: WasmTy),*> WasmParams for ($($t,)*) {
            fn valtypes() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn store(self, out: &mut [ValRaw]) {
                let ($($t,)*) = self;
                let mut i = 0;
                $( out[i] = WasmTy::store($t); i += 1; )*
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
        impl<$($t: WasmTy),*> WasmResults for ($($t,)*) {
            fn valtypes() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn load(raw: &[ValRaw]) -> Self {
                let mut i = 0;
                ($({ let v = $t::load(&raw[i]); i += 1; v },)*)
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments)]
        impl<$($t: WasmTy),*> WasmRet for ($($t,)*) {
            fn valtypes() -> Vec<ValType> {
                vec![$($t::valtype()),*]
            }
            fn store(self, out: &mut [ValRaw]) -> Result<()> {
                let ($($t,)*) = self;
                let mut i = 0;
                $( out[i] = WasmTy::store($t); i += 1; )*
                Ok(())
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments)]
        impl<T, F, $($t: WasmTy,)* R: WasmRet> IntoFunc<T, ($($t,)*), R> for F
        where
            F: Fn($($t),*) -> R + Send + Sync + 'static,
        {
            fn into_func(self) -> (FuncType, HostFn<T>) {
                let ty = FuncType::new(vec![$($t::valtype()),*], R::valtypes());
                let f: HostFn<T> = Box::new(move |_caller, values| {
                    let mut i = 0;
                    $( let $t = $t::load(&values[i]); i += 1; )*
                    (self)($($t),*).store(values)
                });
                (ty, f)
            }
        }
        #[allow(non_snake_case, unused_variables, unused_mut, unused_assignments)]
        impl<T, F, $($t: WasmTy,)* R: WasmRet> IntoFunc<T, (Caller<'_, T>, $($t,)*), R> for F
        where
            F: Fn(Caller<'_, T>, $($t),*) -> R + Send + Sync + 'static,
        {
            fn into_func(self) -> (FuncType, HostFn<T>) {
                let ty = FuncType::new(vec![$($t::valtype()),*], R::valtypes());
                let f: HostFn<T> = Box::new(move |caller, values| {
                    let mut i = 0;
                    $( let $t = $t::load(&values[i]); i += 1; )*
                    (self)(caller, $($t),*).store(values)
                });
                (ty, f)
            }
        }
    };
}

tuples!();
tuples!(A1);
tuples!(A1 A2);
tuples!(A1 A2 A3);
tuples!(A1 A2 A3 A4);
tuples!(A1 A2 A3 A4 A5);
tuples!(A1 A2 A3 A4 A5 A6);
tuples!(A1 A2 A3 A4 A5 A6 A7);
tuples!(A1 A2 A3 A4 A5 A6 A7 A8);

/// A Rust closure usable as a host function.
pub trait IntoFunc<T, Params, Results>: Send + Sync + 'static {
    #[doc(hidden)]
    fn into_func(self) -> (FuncType, HostFn<T>);
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
                FuncType::new(p, r)
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
        let n = Params::valtypes().len().max(Results::valtypes().len());
        let mut raw = [ValRaw::default(); 8];
        let mut heap;
        let values: &mut [ValRaw] = if n <= raw.len() {
            &mut raw[..n]
        } else {
            heap = vec![ValRaw::default(); n];
            &mut heap
        };
        params.store(values);
        self.func.call_raw(store, values)?;
        Ok(Results::load(values))
    }
}
