//! `wasmrt_config_*_set`: the settings of `Config` that wasmrt has. A
//! wasmtime setting wasmrt lacks is absent from the header, never a silent
//! no-op.

use super::wasm::config::wasm_config_t;

/// Applies `f` to the configuration behind `config` (null is ignored).
fn with(config: *mut wasm_config_t, f: impl FnOnce(&mut crate::Config)) {
    // SAFETY: C passes a live configuration or null.
    if let Some(c) = unsafe { config.as_mut() } {
        f(&mut c.config);
    }
}

/// Meter fuel in generated code (default off).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_consume_fuel_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.consume_fuel(enable);
    });
}

/// Check the epoch deadline in generated code (default off).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_epoch_interruption_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.epoch_interruption(enable);
    });
}

/// Most stack wasm may use, in bytes (default 512 KiB); the calling
/// thread's stack must be larger.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_max_wasm_stack_set(config: *mut wasm_config_t, size: usize) {
    with(config, |c| {
        c.max_wasm_stack(size);
    });
}

/// Compile function bodies on several threads (default on).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_parallel_compilation_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.parallel_compilation(enable);
    });
}

/// Enable the multi-value proposal (default on).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_multi_value_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_multi_value(enable);
    });
}

/// Enable 128-bit SIMD (default on).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_simd_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_simd(enable);
    });
}

/// Enable reference types (default on).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_reference_types_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_reference_types(enable);
    });
}

/// Enable bulk memory operations (default on).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_bulk_memory_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_bulk_memory(enable);
    });
}

/// Enable multiple memories (default off).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_multi_memory_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_multi_memory(enable);
    });
}

/// How much Cranelift optimises (`WASMRT_OPT_LEVEL_*`).
pub type wasmrt_opt_level_t = u8;
/// No optimisation.
pub const WASMRT_OPT_LEVEL_NONE: wasmrt_opt_level_t = 0;
/// Optimise for speed (the default).
pub const WASMRT_OPT_LEVEL_SPEED: wasmrt_opt_level_t = 1;
/// Optimise for speed, without optimisations that grow the code a lot.
pub const WASMRT_OPT_LEVEL_SPEED_AND_SIZE: wasmrt_opt_level_t = 2;

/// Sets Cranelift's optimisation level; an unknown level is ignored.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_cranelift_opt_level_set(
    config: *mut wasm_config_t,
    level: wasmrt_opt_level_t,
) {
    let level = match level {
        WASMRT_OPT_LEVEL_NONE => crate::OptLevel::None,
        WASMRT_OPT_LEVEL_SPEED => crate::OptLevel::Speed,
        WASMRT_OPT_LEVEL_SPEED_AND_SIZE => crate::OptLevel::SpeedAndSize,
        _ => return,
    };
    with(config, |c| {
        c.cranelift_opt_level(level);
    });
}
