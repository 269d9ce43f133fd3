//! `wasm_config_t`: an engine's configuration before the engine exists.

use crate::Config;

/// A configuration, consumed by `wasm_engine_new_with_config`.
pub struct wasm_config_t {
    pub(crate) config: Config,
    /// The first setting a `void` setter had to refuse (a null or
    /// non-UTF-8 argument); making an engine from this configuration fails
    /// with it.
    pub(crate) refused: Option<String>,
}

/// A new default configuration, owned by the caller until it is passed to
/// `wasm_engine_new_with_config` or freed with `wasm_config_delete`.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_config_new() -> *mut wasm_config_t {
    Box::into_raw(Box::new(wasm_config_t {
        config: Config::default(),
        refused: None,
    }))
}

/// Frees a configuration that was not passed to an engine (null is ignored).
///
/// # Safety
/// `config` must come from `wasm_config_new` and not be freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_config_delete(config: *mut wasm_config_t) {
    if !config.is_null() {
        // SAFETY: an owned configuration.
        drop(unsafe { Box::from_raw(config) });
    }
}
