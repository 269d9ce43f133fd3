//! `wasmrt_engine_*`: what wasmrt adds to `wasm_engine_t`.

use super::error::{guard_error, wasmrt_error_t};
use super::non_null_mut;
use super::wasm::config::wasm_config_t;
use super::wasm::engine::{engine_from, wasm_engine_t};

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

/// Whether the engine interprets wasm with Pulley, wasmtime's portable
/// interpreter: never in wasmrt, which compiles to native code (false for
/// a null engine too).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_engine_is_pulley(engine: *const wasm_engine_t) -> bool {
    let _ = engine;
    false
}

/// A wasmrt extension: as `wasm_engine_new_with_config`, which takes
/// ownership of `config` and frees it whatever happens, but the reason a
/// configuration cannot make an engine is returned as an error (then
/// `*engine_out` is set to null) instead of printed. Returns null and
/// stores the new engine in `*engine_out` on success.
///
/// # Safety
/// `config` must come from `wasm_config_new` (or be null) and not be used
/// afterwards; `engine_out` must be valid for a write or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_engine_new_with_config(
    config: *mut wasm_config_t,
    engine_out: *mut *mut wasm_engine_t,
) -> *mut wasmrt_error_t {
    // SAFETY: an owned config when not null, as the caller guarantees; it
    // is freed on every path.
    let config = (!config.is_null()).then(|| unsafe { Box::from_raw(config) });
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let out = unsafe { non_null_mut(engine_out, "engine_out")? };
        *out = std::ptr::null_mut();
        let config = config.ok_or_else(|| anyhow::anyhow!("config is null"))?;
        let engine = engine_from(&config)?;
        *out = Box::into_raw(Box::new(wasm_engine_t { engine }));
        Ok(())
    })
}
