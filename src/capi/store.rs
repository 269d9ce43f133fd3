//! `wasmrt_store_t` and `wasmrt_context_t`: a store owning a C `void *data`
//! with an optional finalizer, and the context every store operation takes.
//! A store and everything in it belong to one thread at a time.

use super::env::CEnv;
use super::error::{guard_error, wasmrt_error_t};
use super::non_null_mut;
use super::wasi::wasi_config_t;
use super::wasm::engine::wasm_engine_t;
use crate::{AsContextMut, Store, StoreContextMut};
use std::ffi::c_void;

/// The store data of a C store: the embedder's pointer with its finalizer
/// (run when the store is deleted), the store's limiter and its WASI
/// context.
pub(crate) struct StoreData {
    pub(crate) data: CEnv,
    /// The limiter set with `wasmrt_store_limiter` or
    /// `wasmrt_store_limiter_callback`.
    pub(crate) limiter: Option<Box<dyn crate::ResourceLimiter>>,
    /// The WASI context set with `wasmrt_context_set_wasi`, which the
    /// imports of `wasmrt_linker_define_wasi` use.
    pub(crate) wasi: Option<crate::wasi::WasiCtx>,
}

impl StoreData {
    /// Data holding `data` and nothing else.
    pub(crate) fn new(data: CEnv) -> StoreData {
        StoreData {
            data,
            limiter: None,
            wasi: None,
        }
    }
}

/// A store's context: what every operation on the store takes. Points into
/// its store (or, inside a host function, into the caller's store).
pub struct wasmrt_context_t(pub(crate) StoreContextMut<'static, StoreData>);

/// A store, owned by the caller of `wasmrt_store_new` (`wasmrt_store_delete`).
pub struct wasmrt_store_t {
    // Declared first so that it is dropped before the store it points into.
    context: wasmrt_context_t,
    store: Store<StoreData>,
}

impl wasmrt_store_t {
    /// The store itself, for the settings that only a `Store` has.
    pub(crate) fn store_mut(&mut self) -> &mut Store<StoreData> {
        &mut self.store
    }
}

/// A new store in `engine` holding `data`; `finalizer` (if not null) is
/// called with `data` when the store is deleted. Null for a null engine.
///
/// # Safety
/// `engine` must be a live engine or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_new(
    engine: *const wasm_engine_t,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) -> *mut wasmrt_store_t {
    // SAFETY: live when not null.
    let Some(engine) = (unsafe { engine.as_ref() }) else {
        return std::ptr::null_mut();
    };
    super::guard(
        |_| std::ptr::null_mut(),
        || {
            let data = StoreData::new(CEnv::new(data, finalizer));
            let mut store = Store::new(&engine.engine, data);
            let context = store.as_context_mut();
            // SAFETY: the context points into the store's heap allocation,
            // which does not move with `store` and outlives the context
            // (dropped first); C reaches the store only through it.
            let context: StoreContextMut<'static, StoreData> =
                unsafe { std::mem::transmute(context) };
            Box::into_raw(Box::new(wasmrt_store_t {
                context: wasmrt_context_t(context),
                store,
            }))
        },
    )
}

/// The store's context, valid until the store is deleted (null for a null
/// store).
///
/// # Safety
/// `store` must be a live store or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_context(store: *mut wasmrt_store_t) -> *mut wasmrt_context_t {
    // SAFETY: live when not null.
    unsafe { store.as_mut() }.map_or(std::ptr::null_mut(), |s| &mut s.context)
}

/// Deletes a store: everything in it, then the data's finalizer (null is
/// ignored).
///
/// # Safety
/// `store` must be owned by the caller and not deleted twice; nothing of
/// the store may be used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_delete(store: *mut wasmrt_store_t) {
    if !store.is_null() {
        // SAFETY: an owned store.
        let store = unsafe { Box::from_raw(store) };
        super::guard(
            |_| (),
            move || {
                // The roots C still holds go with the store (as in wasmtime);
                // they used to stay in the process-wide table, leaking their
                // values and never running their finalizers.
                super::externref::unroot_store(store.context.0.store_id());
                drop(store);
            },
        );
    }
}

/// The store's data pointer (null for a null context).
///
/// # Safety
/// `context` must be a live context or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_get_data(context: *const wasmrt_context_t) -> *mut c_void {
    // SAFETY: live when not null.
    unsafe { context.as_ref() }.map_or(std::ptr::null_mut(), |c| c.0.data().data.ptr())
}

/// Replaces the store's data pointer (the finalizer stays).
///
/// # Safety
/// `context` must be a live context or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_set_data(
    context: *mut wasmrt_context_t,
    data: *mut c_void,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { context.as_mut() } {
        c.0.data_mut().data.set_ptr(data);
    }
}

/// The context behind `context`, or an error for null.
///
/// # Safety
/// `context` must be a live context or null.
pub(crate) unsafe fn live_context<'a>(
    context: *mut wasmrt_context_t,
) -> anyhow::Result<&'a mut wasmrt_context_t> {
    // SAFETY: guaranteed by the caller.
    unsafe { non_null_mut(context, "context") }
}

/// Gives the store the WASI context `wasi` describes, replacing any it
/// had; the imports of `wasmrt_linker_define_wasi` use it. Takes `wasi`,
/// even when it fails (for a null context); a null `wasi` is an error.
///
/// # Safety
/// `context` must be a live context or null; `wasi` a configuration owned
/// by the caller, or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_set_wasi(
    context: *mut wasmrt_context_t,
    wasi: *mut wasi_config_t,
) -> *mut wasmrt_error_t {
    // SAFETY: an owned configuration when not null.
    let config = (!wasi.is_null()).then(|| unsafe { Box::from_raw(wasi) });
    guard_error(move || {
        // SAFETY: as the caller guarantees.
        let context = unsafe { live_context(context) }?;
        let mut config = config.ok_or_else(|| anyhow::anyhow!("WASI configuration is null"))?;
        context.0.data_mut().wasi = Some(config.builder.build());
        Ok(())
    })
}

/// Reclaims `externref` values nothing can reach any more.
///
/// # Safety
/// `context` must be a live context or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_gc(context: *mut wasmrt_context_t) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        unsafe { live_context(context) }?.0.gc();
        Ok(())
    })
}

/// Sets the fuel left; fails unless the engine consumes fuel.
///
/// # Safety
/// `context` must be a live context or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_set_fuel(
    context: *mut wasmrt_context_t,
    fuel: u64,
) -> *mut wasmrt_error_t {
    // SAFETY: as the caller guarantees.
    guard_error(|| unsafe { live_context(context) }?.0.set_fuel(fuel))
}

/// Writes the fuel left to `fuel`; fails unless the engine consumes fuel.
///
/// # Safety
/// `context` must be a live context or null; `fuel` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_get_fuel(
    context: *const wasmrt_context_t,
    fuel: *mut u64,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let c = unsafe { super::non_null(context, "context") }?;
        // SAFETY: as the caller guarantees.
        let out = unsafe { non_null_mut(fuel, "fuel") }?;
        *out = c.0.get_fuel()?;
        Ok(())
    })
}

/// Adds `fuel` to what is left; fails unless the engine consumes fuel.
///
/// # Safety
/// `context` must be a live context or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_add_fuel(
    context: *mut wasmrt_context_t,
    fuel: u64,
) -> *mut wasmrt_error_t {
    // SAFETY: as the caller guarantees.
    guard_error(|| unsafe { live_context(context) }?.0.add_fuel(fuel))
}

/// Uses `fuel` from the host and writes what is left to `remaining`; fails
/// (using nothing) when less is left, or unless the engine consumes fuel.
///
/// # Safety
/// `context` must be a live context or null; `remaining` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_consume_fuel(
    context: *mut wasmrt_context_t,
    fuel: u64,
    remaining: *mut u64,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let c = unsafe { live_context(context) }?;
        // SAFETY: as the caller guarantees.
        let out = unsafe { non_null_mut(remaining, "remaining") }?;
        *out = c.0.consume_fuel(fuel)?;
        Ok(())
    })
}

/// Writes the fuel used so far to `consumed`; false unless the engine
/// consumes fuel (or for null arguments).
///
/// # Safety
/// `context` must be a live context or null; `consumed` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_fuel_consumed(
    context: *const wasmrt_context_t,
    consumed: *mut u64,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(out)) = (unsafe { context.as_ref() }, unsafe { consumed.as_mut() }) else {
        return false;
    };
    match c.0.fuel_consumed() {
        Some(n) => {
            *out = n;
            true
        }
        None => false,
    }
}

/// Sets the epoch deadline `ticks_beyond_current` epochs after the engine's
/// current one (null is ignored).
///
/// # Safety
/// `context` must be a live context or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_context_set_epoch_deadline(
    context: *mut wasmrt_context_t,
    ticks_beyond_current: u64,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { context.as_mut() } {
        c.0.set_epoch_deadline(ticks_beyond_current);
    }
}
