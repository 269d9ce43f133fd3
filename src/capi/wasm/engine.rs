//! `wasm_engine_t`: an `Engine`, shareable between threads.

use super::config::wasm_config_t;
use crate::Engine;
use crate::capi::guard;

/// An engine (thread-safe: it may be shared by stores on any thread).
pub struct wasm_engine_t {
    pub(crate) engine: Engine,
}

/// A new engine with the default configuration; free it with
/// `wasm_engine_delete`. Null if this host cannot run wasmrt.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_engine_new() -> *mut wasm_engine_t {
    guard(
        |_| std::ptr::null_mut(),
        || match Engine::new(&crate::Config::default()) {
            Ok(engine) => Box::into_raw(Box::new(wasm_engine_t { engine })),
            Err(_) => std::ptr::null_mut(),
        },
    )
}

/// The engine `config` describes, or why there is none.
pub(crate) fn engine_from(config: &wasm_config_t) -> anyhow::Result<Engine> {
    if let Some(refused) = &config.refused {
        anyhow::bail!("{refused}");
    }
    Engine::new(&config.config)
}

/// A new engine configured by `config`, which this call takes ownership of
/// (and frees). Null if `config` is null or the configuration cannot make
/// an engine (an unsupported setting, say); the reason is then printed to
/// stderr, where wasmtime would abort the process with it.
/// `wasmrt_engine_new_with_config` returns the reason instead.
///
/// # Safety
/// `config` must come from `wasm_config_new` and not be used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_engine_new_with_config(
    config: *mut wasm_config_t,
) -> *mut wasm_engine_t {
    if config.is_null() {
        eprintln!("wasmrt: wasm_engine_new_with_config: config is null");
        return std::ptr::null_mut();
    }
    // SAFETY: an owned config from `wasm_config_new`.
    let config = unsafe { Box::from_raw(config) };
    guard(
        |panic| {
            eprintln!("wasmrt: wasm_engine_new_with_config: internal error: {panic}");
            std::ptr::null_mut()
        },
        || match engine_from(&config) {
            Ok(engine) => Box::into_raw(Box::new(wasm_engine_t { engine })),
            Err(e) => {
                eprintln!(
                    "wasmrt: wasm_engine_new_with_config: {}",
                    crate::capi::error::describe(&e)
                );
                std::ptr::null_mut()
            }
        },
    )
}

/// Frees an engine (null is ignored). Stores and modules made with it keep
/// what they need of it alive.
///
/// # Safety
/// `engine` must come from wasmrt and not be freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_engine_delete(engine: *mut wasm_engine_t) {
    if !engine.is_null() {
        // SAFETY: an owned engine.
        drop(unsafe { Box::from_raw(engine) });
    }
}
