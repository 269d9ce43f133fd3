//! Functions: wasm exports and host functions behind one `Copy` handle,
//! calls from the host into wasm, and host functions called by wasm.

use crate::Extern;
use crate::call_hook::CallHook;
use crate::engine::{Engine, RegisteredTypes};
use crate::environ::HOST_MAGIC;
use crate::instance::Instance;
use crate::runtime::code_memory::PublishedCode;
use crate::runtime::instance::VmInstance;
use crate::runtime::traps::{UnwindReason, catch_traps, raise};
use crate::runtime::vmcontext::{VMFuncRef, VMHostFuncContext, ValRaw};
use crate::store::{AsContext, AsContextMut, StoreInner, StoreOpaque};
use crate::trap::from_unwound;
use crate::typed::{IntoFunc, TypedFunc, WasmParams, WasmResults};
use crate::types::{FuncType, ValType};
use crate::values::{Val, with_scratch};
use anyhow::{Result, bail};
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

/// A function in a store: a wasm function or a host function.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Func {
    pub(crate) store_id: u64,
    pub(crate) index: usize,
}

/// What a host function's context points at: its body. Generic over the
/// body so that `Func::wrap` closures are called directly, not through a
/// `dyn` pointer.
struct HostFuncState<F> {
    func: F,
}

/// What a `Func` handle refers to.
pub(crate) enum FuncData {
    /// A function reference owned by an instance (or a host function).
    Ref { funcref: *const VMFuncRef },
    /// A host function owned by this store.
    Host {
        ctx: Box<VMHostFuncContext>,
        _state: Box<dyn Any + Send + Sync>,
        /// Keeps the function's type id registered and its trampoline.
        _registration: HostRegistration,
    },
}

/// What keeps a host function's type id and wasm→host trampoline alive:
/// its own registration, or (for a `Linker` function, created in every
/// store that uses it) the definition's, which holds both.
pub(crate) enum HostRegistration {
    Own {
        _trampoline: Arc<PublishedCode>,
        _type: RegisteredTypes,
    },
    Shared {
        _definition: Arc<dyn Any + Send + Sync>,
    },
}

// SAFETY: the pointers refer to data owned by the same store, which moves
// between threads as a whole.
unsafe impl Send for FuncData {}
// SAFETY: as above.
unsafe impl Sync for FuncData {}

impl FuncData {
    fn funcref(&self) -> *const VMFuncRef {
        match self {
            FuncData::Ref { funcref } => *funcref,
            FuncData::Host { ctx, .. } => &ctx.funcref,
        }
    }
}

/// The context a host function runs in: the store and the calling instance.
pub struct Caller<'a, T> {
    pub(crate) store: &'a mut StoreInner<T>,
    pub(crate) caller: Option<Instance>,
}

impl<T> Caller<'_, T> {
    pub fn data(&self) -> &T {
        &self.store.data
    }
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.store.data
    }
    pub fn engine(&self) -> &Engine {
        &self.store.opaque.engine
    }
    /// An export of the calling instance.
    pub fn get_export(&mut self, name: &str) -> Option<Extern> {
        let instance = self.caller?;
        instance.get_export(&mut *self, name)
    }
}

/// Calls a host function's closure; raises a trap on error or panic.
///
/// With no call hook at entry (nearly always), the closure runs without the
/// `CallingHost` hook and the hook's slow path is a tail call away, so a
/// small closure needs no stack frame here.
///
/// # Safety
/// Called by the wasm→host trampoline (or `Func::call`) with the callee's
/// `VMHostFuncContext`, the caller's vmctx or null, and `len` value slots.
unsafe extern "C" fn host_array_call<T: 'static, F>(
    callee: *mut u8,
    caller_vmctx: *mut u8,
    values: *mut ValRaw,
    len: usize,
) where
    F: Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
{
    // SAFETY: as this function requires.
    unsafe { run_host_call::<T, F, false>(callee, caller_vmctx, values, len) }
}

/// `host_array_call` when the store has a call hook: the hooks run before
/// and after the closure.
///
/// # Safety
/// As for `host_array_call`.
#[cold]
#[inline(never)]
unsafe extern "C" fn host_array_call_hooked<T: 'static, F>(
    callee: *mut u8,
    caller_vmctx: *mut u8,
    values: *mut ValRaw,
    len: usize,
) where
    F: Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
{
    // SAFETY: as this function requires.
    unsafe { run_host_call::<T, F, true>(callee, caller_vmctx, values, len) }
}

/// The body of both: `HOOKED` runs the `CallingHost` hook; without it, a
/// hook found on entry sends the call to `host_array_call_hooked`. The
/// `ReturningFromHost` check runs in both, since the closure may set a
/// hook (the C API allows it).
///
/// # Safety
/// As for `host_array_call`.
#[inline(always)]
unsafe fn run_host_call<T: 'static, F, const HOOKED: bool>(
    callee: *mut u8,
    caller_vmctx: *mut u8,
    values: *mut ValRaw,
    len: usize,
) where
    F: Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
{
    // SAFETY: as this function requires.
    let (state, store, caller, slots) =
        unsafe { host_call_parts::<T, F>(callee, caller_vmctx, values, len) };
    if !HOOKED && store.opaque.has_call_hook() {
        // SAFETY: as this function requires.
        return unsafe { host_array_call_hooked::<T, F>(callee, caller_vmctx, values, len) };
    }
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if HOOKED {
            store.opaque.call_hook(CallHook::CallingHost)?;
        }
        let result = (state.func)(
            Caller {
                store: &mut *store,
                caller,
            },
            slots,
        );
        let after = store.opaque.call_hook(CallHook::ReturningFromHost);
        result.and(after)
    }));
    // SAFETY: `callee` is this call's context.
    unsafe { finish_host_call(callee, outcome) }
}

/// What a host call works on: the closure's state, the store, the calling
/// instance and the value slots.
///
/// # Safety
/// As for `host_array_call`; the references live for the call.
#[inline(always)]
unsafe fn host_call_parts<'a, T: 'static, F>(
    callee: *mut u8,
    caller_vmctx: *mut u8,
    values: *mut ValRaw,
    len: usize,
) -> (
    &'a HostFuncState<F>,
    &'a mut StoreInner<T>,
    Option<Instance>,
    &'a mut [ValRaw],
) {
    // SAFETY: `callee` is the `VMHostFuncContext` the shim was stored in,
    // its state is a `HostFuncState<F>`, and its store is a live
    // `StoreInner<T>` (`opaque` is the first field).
    let (state, store) = unsafe {
        let ctx = &*callee.cast::<VMHostFuncContext>();
        let state = &*ctx.host_state.cast::<HostFuncState<F>>();
        let store = &mut *(*ctx.store).store.cast::<StoreInner<T>>();
        (state, store)
    };
    let caller = if caller_vmctx.is_null() {
        None
    } else {
        // SAFETY: a non-null caller vmctx is a live instance's VMContext.
        let index = unsafe { VmInstance::from_vmctx(caller_vmctx).store_index };
        Some(Instance {
            store_id: store.opaque.id,
            index,
        })
    };
    // SAFETY: the caller passes `len` valid slots.
    let values = unsafe { std::slice::from_raw_parts_mut(values, len) };
    (state, store, caller, values)
}

/// Ends a host call: returns on success, or raises the error (with the
/// wasm frames that called, when it has no backtrace yet, as in wasmtime)
/// or the panic as a trap.
///
/// # Safety
/// `callee` is the context of the host call that is ending, below wasm.
#[inline(always)]
unsafe fn finish_host_call(callee: *mut u8, outcome: std::thread::Result<Result<()>>) {
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            let from = crate::trap::backtrace_of(&e).is_none().then(|| {
                // SAFETY: the store context outlives its host functions;
                // its exit point is the one into this call (nested calls
                // restored it).
                unsafe {
                    let ctx = &*callee.cast::<VMHostFuncContext>();
                    ((*ctx.store).last_exit_pc, (*ctx.store).last_exit_fp)
                }
            });
            // SAFETY: no values needing drop remain in this frame; `from`
            // is this activation's exit point.
            unsafe { raise(UnwindReason::Host(e), from) }
        }
        // SAFETY: as above.
        Err(panic) => unsafe { raise(UnwindReason::Panic(panic), None) },
    }
}

/// An error from embedder code the runtime called below wasm (a limiter
/// asked by `memory.grow`, an epoch deadline callback) replaces the trap
/// that stopped wasm, and takes the trap's backtrace unless it has one, as
/// in wasmtime.
fn with_backtrace_of(parked: anyhow::Error, trap: &anyhow::Error) -> anyhow::Error {
    match trap.downcast_ref::<crate::Trap>() {
        Some(t)
            if !t.trace().frames().is_empty() && crate::trap::backtrace_of(&parked).is_none() =>
        {
            parked.context(t.trace().clone())
        }
        _ => parked,
    }
}

impl Func {
    /// A host function with a dynamic signature.
    pub fn new<T: 'static>(
        mut store: impl AsContextMut<Data = T>,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Func {
        let raw = Func::dynamic_body(ty.clone(), func);
        Func::new_raw(store.as_context_mut().0, ty, raw)
    }

    /// The body on raw values of a host function of type `ty` on
    /// dynamically typed values (`Func::new`, `Linker::func_new`): called
    /// directly (not through a `dyn Fn`), with the values on the stack for
    /// up to eight each way.
    pub(crate) fn dynamic_body<T: 'static>(
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> impl Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static {
        move |caller: Caller<'_, T>, values: &mut [ValRaw]| {
            with_scratch(ty.params().len(), Val::I32(0), |params| {
                for ((slot, raw), t) in params.iter_mut().zip(values.iter()).zip(ty.params()) {
                    *slot = Val::from_raw(&mut caller.store.opaque, *raw, t);
                }
                with_scratch(ty.results().len(), Val::I32(0), |results| {
                    for (slot, t) in results.iter_mut().zip(ty.results()) {
                        *slot = Val::default_for(t);
                    }
                    func(
                        Caller {
                            store: caller.store,
                            caller: caller.caller,
                        },
                        params,
                        results,
                    )?;
                    for (i, (r, t)) in results.iter().zip(ty.results()).enumerate() {
                        r.check_type(t, || format!("result {i} of host function"))?;
                        values[i] = r.to_raw(&caller.store.opaque)?;
                    }
                    Ok(())
                })
            })
        }
    }

    /// A host function from a Rust closure with typed params and results.
    pub fn wrap<T: 'static, Params, Results>(
        mut store: impl AsContextMut<Data = T>,
        func: impl IntoFunc<T, Params, Results>,
    ) -> Func {
        let (ty, raw) = func.into_raw();
        Func::new_raw(store.as_context_mut().0, ty, raw)
    }

    pub(crate) fn new_raw<T: 'static, F>(store: &mut StoreInner<T>, ty: FuncType, func: F) -> Func
    where
        F: Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
    {
        let engine = store.opaque.engine.clone();
        let registered = engine.register_types([&ty.to_wasm()]);
        let type_id = registered.ids()[0];
        let trampoline = engine
            .trampoline(type_id, false)
            .expect("compiling a host-call trampoline cannot fail for a valid type");
        let wasm_call = trampoline.func_ptr(0);
        let registration = HostRegistration::Own {
            _trampoline: trampoline,
            _type: registered,
        };
        Func::new_host(store, type_id, wasm_call, registration, func)
    }

    /// A host function of type `type_id`, called from wasm through the
    /// trampoline at `wasm_call`, both kept alive by `registration`.
    pub(crate) fn new_host<T: 'static, F>(
        store: &mut StoreInner<T>,
        type_id: u32,
        wasm_call: *const u8,
        registration: HostRegistration,
        func: F,
    ) -> Func
    where
        F: Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
    {
        let state: Box<HostFuncState<F>> = Box::new(HostFuncState { func });
        let mut ctx = Box::new(VMHostFuncContext {
            magic: HOST_MAGIC,
            array_call: host_array_call::<T, F>,
            funcref: VMFuncRef {
                wasm_call,
                vmctx: std::ptr::null_mut(),
                type_id,
            },
            store: &mut *store.opaque.vm,
            host_state: (&*state as *const HostFuncState<F>).cast(),
        });
        ctx.funcref.vmctx = (&mut *ctx as *mut VMHostFuncContext).cast();
        let funcref = &ctx.funcref as *const VMFuncRef as usize;
        let opaque = &mut store.opaque;
        let index = opaque.funcs.len();
        opaque.funcs.push(FuncData::Host {
            ctx,
            _state: state,
            _registration: registration,
        });
        opaque.funcref_index.insert(funcref, index);
        Func {
            store_id: opaque.id,
            index,
        }
    }

    /// The `Func` for a raw funcref (null → `None`), registering it if new.
    ///
    /// # Safety
    /// `funcref` must be null or point at a live `VMFuncRef` of this store.
    pub(crate) unsafe fn from_funcref(
        store: &mut StoreOpaque,
        funcref: *const VMFuncRef,
    ) -> Option<Func> {
        if funcref.is_null() {
            return None;
        }
        let index = *store
            .funcref_index
            .entry(funcref as usize)
            .or_insert_with(|| {
                store.funcs.push(FuncData::Ref { funcref });
                store.funcs.len() - 1
            });
        Some(Func {
            store_id: store.id,
            index,
        })
    }

    /// The raw funcref of this function, checked against `store`.
    pub(crate) fn funcref(&self, store: &StoreOpaque) -> Result<*const VMFuncRef> {
        store.check(self.store_id, "function")?;
        Ok(store.funcs[self.index].funcref())
    }

    pub(crate) fn type_id(&self, store: &StoreOpaque) -> Result<u32> {
        // SAFETY: funcrefs of a store stay valid while the store lives.
        Ok(unsafe { (*self.funcref(store)?).type_id })
    }

    /// The function's type.
    pub fn ty(&self, store: impl AsContext) -> FuncType {
        let store = &store.as_context().0.opaque;
        store.assert_owns(self.store_id, "function");
        let id = self.type_id(store).expect("checked above");
        FuncType::from_wasm(&store.engine.type_of(id))
    }

    /// Calls the function with dynamically typed values.
    pub fn call(
        &self,
        mut store: impl AsContextMut,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<()> {
        let store = &mut store.as_context_mut().0.opaque;
        let type_id = self.type_id(store)?;
        // The store's cached type: checking against it allocates nothing.
        let ty = store.func_type(type_id);
        if params.len() != ty.params().len() {
            bail!(
                "expected {} arguments, got {}",
                ty.params().len(),
                params.len()
            );
        }
        if results.len() != ty.results().len() {
            bail!(
                "expected {} results, got {}",
                ty.results().len(),
                results.len()
            );
        }
        // Up to eight values (nearly every call) live on the stack.
        let slots = params.len().max(results.len());
        let mut on_stack = [ValRaw::default(); 8];
        let mut on_heap = Vec::new();
        let raw: &mut [ValRaw] = if slots <= on_stack.len() {
            &mut on_stack[..slots]
        } else {
            on_heap.resize(slots, ValRaw::default());
            &mut on_heap
        };
        for (i, (p, t)) in params.iter().zip(ty.params()).enumerate() {
            p.check_type(ValType::from_wasm(*t), || format!("argument {i}"))?;
            raw[i] = p.to_raw(store)?;
        }
        self.call_raw(store, raw)?;
        for (i, t) in ty.results().iter().enumerate() {
            results[i] = Val::from_raw(store, raw[i], ValType::from_wasm(*t));
        }
        Ok(())
    }

    /// Calls with raw values (params in, results out; `values` is long
    /// enough for both and already type-checked).
    pub(crate) fn call_raw(&self, store: &mut StoreOpaque, values: &mut [ValRaw]) -> Result<()> {
        let funcref = self.funcref(store)?;
        Self::call_funcref(store, funcref, values, std::ptr::null_mut())
    }

    /// As `call_raw`, as if called from the instance whose VMContext is
    /// `caller_vmctx`: a start function that is an imported host function
    /// sees the instantiating instance as its `Caller` (its exports
    /// included), as in wasmtime.
    pub(crate) fn call_raw_from(
        &self,
        store: &mut StoreOpaque,
        values: &mut [ValRaw],
        caller_vmctx: *mut u8,
    ) -> Result<()> {
        let funcref = self.funcref(store)?;
        Self::call_funcref(store, funcref, values, caller_vmctx)
    }

    /// As `call_raw`, for the function's funcref (already checked against
    /// `store`).
    fn call_funcref(
        store: &mut StoreOpaque,
        funcref: *const VMFuncRef,
        values: &mut [ValRaw],
        caller_vmctx: *mut u8,
    ) -> Result<()> {
        if store.active_calls == 0 {
            store.maybe_gc();
        }
        // SAFETY: funcrefs of a store stay valid while it lives, and their
        // vmctx starts with a magic number telling host from wasm.
        let is_host = unsafe { *(*funcref).vmctx.cast::<u32>() == HOST_MAGIC };
        // A host function's shim runs the host hooks itself, whoever calls it.
        if !is_host {
            store.call_hook(CallHook::CallingWasm)?;
        }
        store.active_calls += 1;
        let result = Self::call_raw_inner(store, funcref, is_host, values, caller_vmctx);
        store.active_calls -= 1;
        if let Some(panic) = store.pending_panic.take() {
            // Embedder code below the wasm frames panicked; wasm has been
            // unwound, so the panic continues in the caller, as in wasmtime.
            std::panic::resume_unwind(panic);
        }
        if !is_host {
            let after = store.call_hook(CallHook::ReturningFromWasm);
            result?;
            return after;
        }
        result
    }

    fn call_raw_inner(
        store: &mut StoreOpaque,
        funcref: *const VMFuncRef,
        is_host: bool,
        values: &mut [ValRaw],
        caller_vmctx: *mut u8,
    ) -> Result<()> {
        // SAFETY: funcrefs of a store stay valid while the store lives.
        let f = unsafe { *funcref };
        let max_stack = store.engine.config().max_wasm_stack;
        let vm: *mut _ = &mut *store.vm;
        let values_ptr = values.as_mut_ptr();
        let len = values.len();
        let result = if is_host {
            // SAFETY: a host function context of this store.
            let array_call = unsafe { (*f.vmctx.cast::<VMHostFuncContext>()).array_call };
            // SAFETY: `vm` is this store's live context; the host shim gets
            // valid pointers for `len` values and a caller vmctx that is
            // null or a live instance's of this store.
            unsafe {
                catch_traps(vm, max_stack, || {
                    array_call(f.vmctx, caller_vmctx, values_ptr, len)
                })
            }
        } else {
            let trampoline = store.entry_trampoline(f.type_id)?;
            // SAFETY: the trampoline was compiled for this signature:
            // `fn(callee_vmctx, caller_vmctx, wasm_fn, values, len)`.
            let entry: unsafe extern "C" fn(*mut u8, *mut u8, *const u8, *mut ValRaw, usize) =
                unsafe { std::mem::transmute(trampoline) };
            // SAFETY: all pointers are live for the call; traps return here.
            unsafe {
                catch_traps(vm, max_stack, || {
                    entry(f.vmctx, f.vmctx, f.wasm_call, values_ptr, len)
                })
            }
        };
        result.map_err(|unwound| {
            let parked = store.pending_error.take();
            match from_unwound(unwound) {
                Ok(error) => match parked {
                    Some(parked) => with_backtrace_of(parked, &error),
                    None => error,
                },
                Err(panic) => {
                    // `call_raw` resumes it once the call's state is restored.
                    store.pending_panic = Some(panic);
                    anyhow::anyhow!("embedder code called by wasm panicked")
                }
            }
        })
    }

    /// A host function on raw values: `func` gets the arguments in
    /// `values[..params]` and writes the results to `values[..results]`
    /// (the slice is as long as the larger count).
    ///
    /// # Safety
    /// `func` must read and write only values of the types `ty` states:
    /// nothing checks them.
    pub unsafe fn new_unchecked<T: 'static>(
        mut store: impl AsContextMut<Data = T>,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
    ) -> Func {
        Func::new_raw(store.as_context_mut().0, ty, func)
    }

    /// Calls with raw values: the arguments in `params_and_returns`, which
    /// receives the results. Its length is checked (at least the larger of
    /// the parameter and result counts); the values' types are not.
    ///
    /// # Safety
    /// Every argument must be a valid value of its parameter's type (a
    /// funcref or externref of this store, or null).
    pub unsafe fn call_unchecked(
        &self,
        mut store: impl AsContextMut,
        params_and_returns: &mut [ValRaw],
    ) -> Result<()> {
        let store = &mut store.as_context_mut().0.opaque;
        let funcref = self.funcref(store)?;
        // SAFETY: funcrefs of a store stay valid while the store lives.
        let needed = store.value_slots(unsafe { (*funcref).type_id });
        if params_and_returns.len() < needed {
            bail!(
                "{} raw values given, but the function needs room for {needed}",
                params_and_returns.len()
            );
        }
        Self::call_funcref(store, funcref, params_and_returns, std::ptr::null_mut())
    }

    /// This function as the raw value a funcref `ValRaw` carries.
    /// Panics if the function belongs to another store.
    pub fn to_raw(&self, store: impl AsContext) -> *mut std::ffi::c_void {
        let store = &store.as_context().0.opaque;
        store.assert_owns(self.store_id, "function");
        self.funcref(store)
            .expect("checked above")
            .cast_mut()
            .cast()
    }

    /// The function a raw funcref value stands for (`None` for null).
    ///
    /// # Safety
    /// `raw` must be null or come from `to_raw` (or wasm) in this store.
    pub unsafe fn from_raw(
        mut store: impl AsContextMut,
        raw: *mut std::ffi::c_void,
    ) -> Option<Func> {
        // SAFETY: guaranteed by the caller.
        unsafe { Func::from_funcref(&mut store.as_context_mut().0.opaque, raw.cast()) }
    }

    /// A statically typed view of this function.
    pub fn typed<Params: WasmParams, Results: WasmResults>(
        &self,
        store: impl AsContext,
    ) -> Result<TypedFunc<Params, Results>> {
        store
            .as_context()
            .0
            .opaque
            .check(self.store_id, "function")?;
        let ty = self.ty(&store);
        TypedFunc::new(*self, &ty)
    }
}
