//! `wasmrt_externref_t`: a host value wasm can hold, as C sees it. Each C
//! externref is a root: an entry in a process-wide table of rooted
//! references, found by index and generation, so a stale or forged
//! externref is reported (or ignored) rather than followed. Roots are
//! released with `wasmrt_externref_unroot` (or `wasmrt_val_unroot`); the
//! host data's finalizer runs when the last reference to it is gone.

use super::env::CEnv;
use super::store::wasmrt_context_t;
use crate::ExternRef;
use std::ffi::c_void;
use std::sync::{LazyLock, Mutex};

/// A rooted reference to a host value (`store_id == 0`: null).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct wasmrt_externref_t {
    /// The store the value belongs to.
    pub store_id: u64,
    /// Internal to wasmrt.
    pub __private1: u32,
    /// Internal to wasmrt.
    pub __private2: u32,
    /// Internal to wasmrt.
    pub __private3: *mut c_void,
}

impl wasmrt_externref_t {
    pub(crate) const NULL: wasmrt_externref_t = wasmrt_externref_t {
        store_id: 0,
        __private1: 0,
        __private2: 0,
        __private3: std::ptr::null_mut(),
    };
}

/// Rooted references: slots with a generation that changes on every reuse,
/// each holding its value with the id of the store it was rooted for.
#[derive(Default)]
struct Roots {
    slots: Vec<(u32, Option<(u64, ExternRef)>)>,
    free: Vec<u32>,
}

static ROOTS: LazyLock<Mutex<Roots>> = LazyLock::new(|| Mutex::new(Roots::default()));

fn roots() -> std::sync::MutexGuard<'static, Roots> {
    ROOTS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Roots `value` for C.
pub(crate) fn root(store_id: u64, value: ExternRef) -> wasmrt_externref_t {
    let mut roots = roots();
    let index = match roots.free.pop() {
        Some(i) => i,
        None => {
            roots.slots.push((0, None));
            (roots.slots.len() - 1) as u32
        }
    };
    let slot = &mut roots.slots[index as usize];
    slot.0 = slot.0.wrapping_add(1);
    slot.1 = Some((store_id, value));
    wasmrt_externref_t {
        store_id,
        __private1: index,
        __private2: slot.0,
        __private3: std::ptr::null_mut(),
    }
}

/// The reference a C externref roots, or `None` if it is stale or forged.
pub(crate) fn rooted(r: &wasmrt_externref_t) -> Option<ExternRef> {
    let roots = roots();
    match roots.slots.get(r.__private1 as usize) {
        Some((generation, Some((_, value)))) if *generation == r.__private2 => Some(value.clone()),
        _ => None,
    }
}

/// Releases a root (stale or forged ones are ignored).
fn unroot(r: &wasmrt_externref_t) {
    let released = {
        let mut roots = roots();
        let index = r.__private1;
        match roots.slots.get_mut(index as usize) {
            Some((generation, value @ Some(_))) if *generation == r.__private2 => {
                let released = value.take();
                roots.free.push(index);
                released
            }
            _ => None,
        }
    };
    // Dropped unlocked: it may run the embedder's finalizer.
    drop(released);
}

/// Releases every root of the store `store_id`: the store is being
/// deleted, and its roots can no longer be released by the embedder (who
/// may not use anything of a deleted store), so their finalizers run now.
pub(crate) fn unroot_store(store_id: u64) {
    let released: Vec<ExternRef> = {
        let mut roots = roots();
        let Roots { slots, free } = &mut *roots;
        slots
            .iter_mut()
            .enumerate()
            .filter(|(_, (_, value))| matches!(value, Some((id, _)) if *id == store_id))
            .filter_map(|(index, (_, value))| {
                free.push(index as u32);
                value.take().map(|(_, v)| v)
            })
            .collect()
    };
    // Dropped unlocked: they may run the embedder's finalizers.
    drop(released);
}

/// Makes an externref for `data` in the store of `context` and writes it
/// to `out`, rooted (release it with `wasmrt_externref_unroot`).
/// `finalizer` (if not null) runs with `data` when the last reference is
/// gone. False (and `out` untouched) for null arguments.
///
/// # Safety
/// `context` must be live or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_externref_new(
    context: *mut wasmrt_context_t,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
    out: *mut wasmrt_externref_t,
) -> bool {
    let host = CEnv::new(data, finalizer);
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(out)) = (unsafe { context.as_mut() }, unsafe { out.as_mut() }) else {
        return false;
    };
    super::guard(
        |_| false,
        || match ExternRef::new(&mut c.0, host) {
            Ok(value) => {
                *out = root(c.0.store_id(), value);
                true
            }
            Err(_) => false,
        },
    )
}

/// The data an externref made in C holds (null for a null, stale or
/// forged reference, or one made by wasm's host in Rust).
///
/// # Safety
/// `context` and `r` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_externref_data(
    context: *mut wasmrt_context_t,
    r: *const wasmrt_externref_t,
) -> *mut c_void {
    let _ = context;
    // SAFETY: live when not null.
    let Some(r) = (unsafe { r.as_ref() }) else {
        return std::ptr::null_mut();
    };
    rooted(r)
        .and_then(|v| v.data().downcast_ref::<CEnv>().map(CEnv::ptr))
        .unwrap_or(std::ptr::null_mut())
}

/// Writes a new root of the same value to `out` (null if `r` is null or
/// stale).
///
/// # Safety
/// `r` must be live or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_externref_clone(
    r: *const wasmrt_externref_t,
    out: *mut wasmrt_externref_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(r), Some(out)) = (unsafe { r.as_ref() }, unsafe { out.as_mut() }) else {
        return;
    };
    *out = match rooted(r) {
        Some(value) => root(r.store_id, value),
        None => wasmrt_externref_t::NULL,
    };
}

/// Releases the root `r` holds and makes `r` null (null, stale and forged
/// references are ignored).
///
/// # Safety
/// `r` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_externref_unroot(r: *mut wasmrt_externref_t) {
    // SAFETY: live when not null.
    if let Some(r) = unsafe { r.as_mut() } {
        if r.store_id != 0 {
            unroot(r);
        }
        *r = wasmrt_externref_t::NULL;
    }
}

/// The externref as the raw value wasm carries (0 for null, stale, forged
/// or foreign references).
///
/// # Safety
/// `context` and `r` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_externref_to_raw(
    context: *mut wasmrt_context_t,
    r: *const wasmrt_externref_t,
) -> u32 {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(r)) = (unsafe { context.as_ref() }, unsafe { r.as_ref() }) else {
        return 0;
    };
    rooted(r).and_then(|v| v.to_raw(&c.0).ok()).unwrap_or(0)
}

/// The externref a raw value stands for in the store of `context`, rooted
/// and written to `out` (null for 0 or a value naming no live reference).
///
/// # Safety
/// `context` must be live or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_externref_from_raw(
    context: *mut wasmrt_context_t,
    raw: u32,
    out: *mut wasmrt_externref_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(out)) = (unsafe { context.as_ref() }, unsafe { out.as_mut() }) else {
        return;
    };
    *out = match ExternRef::from_raw(&c.0, raw) {
        Some(v) => root(c.0.store_id(), v),
        None => wasmrt_externref_t::NULL,
    };
}
