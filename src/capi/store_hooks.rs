//! Store callbacks written in C: the epoch deadline callback, resource
//! limits (as numbers, or as callbacks: beyond wasmtime) and call hooks
//! (beyond wasmtime). Each callback may fail; its failure traps the wasm
//! that was running.

use super::env::CEnv;
use super::error::wasmrt_error_t;
use super::store::{StoreData, wasmrt_context_t, wasmrt_store_t};
use super::wasm::trap::wasm_trap_t;
use crate::{CallHook, ResourceLimiter, StoreContextMut, StoreLimitsBuilder, UpdateDeadline};
use std::ffi::c_void;

/// A C error returned by a callback, as a Rust error (NULL: none).
fn from_c_error(error: *mut wasmrt_error_t) -> anyhow::Result<()> {
    if error.is_null() {
        return Ok(());
    }
    // SAFETY: the callback hands an owned error to wasmrt.
    Err(unsafe { Box::from_raw(error) }.error)
}

/// A context for a callback running on `store`.
fn callback_context(store: StoreContextMut<'_, StoreData>) -> wasmrt_context_t {
    // SAFETY: only the lifetime changes; the context is used for the
    // callback's duration only.
    wasmrt_context_t(unsafe {
        std::mem::transmute::<StoreContextMut<'_, StoreData>, StoreContextMut<'static, StoreData>>(
            store,
        )
    })
}

/// What an epoch deadline callback asks for (`WASMRT_UPDATE_DEADLINE_*`).
pub type wasmrt_update_deadline_kind_t = u8;
/// Keep running, with the deadline moved `*epoch_deadline_delta` epochs on.
pub const WASMRT_UPDATE_DEADLINE_CONTINUE: wasmrt_update_deadline_kind_t = 0;
/// Yield to the async executor: wasmrt has no async support, so this fails.
pub const WASMRT_UPDATE_DEADLINE_YIELD: wasmrt_update_deadline_kind_t = 1;

/// An epoch deadline callback: may set the new deadline (as a delta) and
/// the kind of update, or fail (the running wasm then fails with it).
pub type wasmrt_epoch_deadline_callback_t = Option<
    unsafe extern "C" fn(
        context: *mut wasmrt_context_t,
        data: *mut c_void,
        epoch_deadline_delta: *mut u64,
        update_kind: *mut wasmrt_update_deadline_kind_t,
    ) -> *mut wasmrt_error_t,
>;

/// Runs `func` with `data` whenever the store's epoch deadline is reached,
/// instead of trapping; a null `func` restores trapping. `finalizer` (if
/// not null) runs with `data` when the callback is replaced or the store
/// deleted. Null `store` is ignored.
///
/// # Safety
/// `store` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_epoch_deadline_callback(
    store: *mut wasmrt_store_t,
    func: wasmrt_epoch_deadline_callback_t,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    let env = CEnv::new(data, finalizer);
    // SAFETY: live when not null.
    let Some(store) = (unsafe { store.as_mut() }) else {
        return;
    };
    let Some(func) = func else {
        store.store_mut().epoch_deadline_trap();
        return;
    };
    store.store_mut().epoch_deadline_callback(move |ctx| {
        let mut context = callback_context(ctx);
        let (mut delta, mut kind) = (0u64, WASMRT_UPDATE_DEADLINE_CONTINUE);
        // SAFETY: the callback gets valid pointers for its duration.
        let error = unsafe { func(&mut context, env.ptr(), &mut delta, &mut kind) };
        from_c_error(error)?;
        match kind {
            WASMRT_UPDATE_DEADLINE_CONTINUE => Ok(UpdateDeadline::Continue(delta)),
            WASMRT_UPDATE_DEADLINE_YIELD => {
                anyhow::bail!("the epoch deadline callback asked to yield, which needs async support wasmrt does not have")
            }
            other => anyhow::bail!("the epoch deadline callback gave an unknown update kind {other}"),
        }
    });
}

/// Limits the store: memories to `memory_size` bytes, tables to
/// `table_elements` elements, and the numbers of instances, tables and
/// memories. A negative value leaves that limit at its default (none for
/// sizes, 10,000 for counts). Null `store` is ignored.
///
/// # Safety
/// `store` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_limiter(
    store: *mut wasmrt_store_t,
    memory_size: i64,
    table_elements: i64,
    instances: i64,
    tables: i64,
    memories: i64,
) {
    // SAFETY: live when not null.
    let Some(store) = (unsafe { store.as_mut() }) else {
        return;
    };
    let mut limits = StoreLimitsBuilder::new();
    let set = |v: i64| usize::try_from(v).ok();
    if let Some(v) = set(memory_size) {
        limits = limits.memory_size(v);
    }
    if let Some(v) = set(table_elements) {
        limits = limits.table_elements(v);
    }
    if let Some(v) = set(instances) {
        limits = limits.instances(v);
    }
    if let Some(v) = set(tables) {
        limits = limits.tables(v);
    }
    if let Some(v) = set(memories) {
        limits = limits.memories(v);
    }
    install_limiter(store, Box::new(limits.build()));
}

fn install_limiter(store: &mut wasmrt_store_t, limiter: Box<dyn ResourceLimiter>) {
    let s = store.store_mut();
    s.data_mut().limiter = Some(limiter);
    s.limiter(|data| {
        data.limiter
            .as_deref_mut()
            .expect("a limiter is installed before it is used")
    });
}

/// Asked before a memory or table grows: `current` and `desired` sizes
/// (bytes for memories, elements for tables) and the declared `maximum`
/// (`SIZE_MAX` when there is none). Set `*allow` to false to deny the
/// growth (`memory.grow` returns -1), or return an error to trap.
pub type wasmrt_growing_callback_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        current: usize,
        desired: usize,
        maximum: usize,
        allow: *mut bool,
    ) -> *mut wasmrt_error_t,
>;

/// Asked for the most instances, tables or memories the store may hold.
pub type wasmrt_count_callback_t = Option<unsafe extern "C" fn(env: *mut c_void) -> usize>;

/// A limiter made of C callbacks.
struct CallbackLimiter {
    env: CEnv,
    memory_growing: wasmrt_growing_callback_t,
    table_growing: wasmrt_growing_callback_t,
    instances: wasmrt_count_callback_t,
    tables: wasmrt_count_callback_t,
    memories: wasmrt_count_callback_t,
}

impl CallbackLimiter {
    fn growing(
        &self,
        f: wasmrt_growing_callback_t,
        current: usize,
        desired: usize,
        max: Option<usize>,
    ) -> anyhow::Result<bool> {
        let Some(f) = f else {
            return Ok(true);
        };
        let mut allow = true;
        // SAFETY: the callback gets a valid `allow` for its duration.
        let error = unsafe {
            f(
                self.env.ptr(),
                current,
                desired,
                max.unwrap_or(usize::MAX),
                &mut allow,
            )
        };
        from_c_error(error)?;
        Ok(allow)
    }

    fn count(&self, f: wasmrt_count_callback_t) -> usize {
        // SAFETY: the embedder's callback with its env.
        f.map_or(crate::limits::DEFAULT_INSTANCE_LIMIT, |f| unsafe {
            f(self.env.ptr())
        })
    }
}

impl ResourceLimiter for CallbackLimiter {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> anyhow::Result<bool> {
        self.growing(self.memory_growing, current, desired, maximum)
    }
    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> anyhow::Result<bool> {
        self.growing(self.table_growing, current, desired, maximum)
    }
    fn instances(&self) -> usize {
        self.count(self.instances)
    }
    fn tables(&self) -> usize {
        self.count(self.tables)
    }
    fn memories(&self) -> usize {
        self.count(self.memories)
    }
}

/// Limits the store with C callbacks (beyond wasmtime's C API). A null
/// growing callback allows every growth; a null count callback keeps the
/// default of 10,000. `finalizer` (if not null) runs with `env` when the
/// limiter is replaced or the store deleted. Null `store` is ignored.
///
/// # Safety
/// `store` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_limiter_callback(
    store: *mut wasmrt_store_t,
    memory_growing: wasmrt_growing_callback_t,
    table_growing: wasmrt_growing_callback_t,
    instances: wasmrt_count_callback_t,
    tables: wasmrt_count_callback_t,
    memories: wasmrt_count_callback_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    let limiter = CallbackLimiter {
        env: CEnv::new(env, finalizer),
        memory_growing,
        table_growing,
        instances,
        tables,
        memories,
    };
    // SAFETY: live when not null.
    if let Some(store) = unsafe { store.as_mut() } {
        install_limiter(store, Box::new(limiter));
    }
}

/// A transition a call hook sees (`WASMRT_CALL_HOOK_*`).
pub type wasmrt_call_hook_t = u8;
/// The host is about to call wasm.
pub const WASMRT_CALL_HOOK_CALLING_WASM: wasmrt_call_hook_t = 0;
/// Wasm returned (or trapped) to the host.
pub const WASMRT_CALL_HOOK_RETURNING_FROM_WASM: wasmrt_call_hook_t = 1;
/// A host function is about to run.
pub const WASMRT_CALL_HOOK_CALLING_HOST: wasmrt_call_hook_t = 2;
/// A host function returned.
pub const WASMRT_CALL_HOOK_RETURNING_FROM_HOST: wasmrt_call_hook_t = 3;

/// A call hook: sees each transition; returning a trap (owned by wasmrt
/// from then on) stops the call with it.
pub type wasmrt_call_hook_callback_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        context: *mut wasmrt_context_t,
        hook: wasmrt_call_hook_t,
    ) -> *mut wasm_trap_t,
>;

/// Runs `callback` with `env` on every host↔wasm transition of the store
/// (beyond wasmtime's C API); a null `callback` removes the hook.
/// `finalizer` (if not null) runs with `env` when the hook is replaced or
/// the store deleted. Null `store` is ignored.
///
/// # Safety
/// `store` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_store_call_hook(
    store: *mut wasmrt_store_t,
    callback: wasmrt_call_hook_callback_t,
    env: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    let env = CEnv::new(env, finalizer);
    // SAFETY: live when not null.
    let Some(store) = (unsafe { store.as_mut() }) else {
        return;
    };
    let Some(callback) = callback else {
        store.store_mut().call_hook(|_, _| Ok(()));
        return;
    };
    store.store_mut().call_hook(move |ctx, hook| {
        let kind = match hook {
            CallHook::CallingWasm => WASMRT_CALL_HOOK_CALLING_WASM,
            CallHook::ReturningFromWasm => WASMRT_CALL_HOOK_RETURNING_FROM_WASM,
            CallHook::CallingHost => WASMRT_CALL_HOOK_CALLING_HOST,
            CallHook::ReturningFromHost => WASMRT_CALL_HOOK_RETURNING_FROM_HOST,
        };
        let mut context = callback_context(ctx);
        // SAFETY: the callback gets a valid context for its duration.
        let trap = unsafe { callback(env.ptr(), &mut context, kind) };
        if trap.is_null() {
            return Ok(());
        }
        // SAFETY: a trap handed to wasmrt by the callback.
        Err(unsafe { Box::from_raw(trap) }.error)
    });
}
