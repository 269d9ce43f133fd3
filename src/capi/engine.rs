//! `wasmrt_engine_*`: what wasmrt adds to `wasm_engine_t`.

use super::wasm::engine::wasm_engine_t;

/// A new reference to the same engine, owned by the caller
/// (`wasm_engine_delete`); null for a null engine. Thread-safe.
///
/// # Safety
/// `engine` must be a live engine or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_engine_clone(engine: *const wasm_engine_t) -> *mut wasm_engine_t {
    // SAFETY: live when not null.
    match unsafe { engine.as_ref() } {
        Some(e) => Box::into_raw(Box::new(wasm_engine_t {
            engine: e.engine.clone(),
        })),
        None => std::ptr::null_mut(),
    }
}

/// Advances the engine's epoch by one (null is ignored). Thread-safe: may
/// be called from any thread while wasm runs.
///
/// # Safety
/// `engine` must be a live engine or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_engine_increment_epoch(engine: *const wasm_engine_t) {
    // SAFETY: live when not null.
    if let Some(e) = unsafe { engine.as_ref() } {
        e.engine.increment_epoch();
    }
}
