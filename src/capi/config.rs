//! `wasmrt_config_*_set`: the runtime's settings and the WebAssembly
//! proposals. Every setting of wasmtime 48's `config.h` (those of its
//! component-model and async builds included) exists, so programs written
//! for it build: a proposal or guarantee wasmrt does not implement
//! can be set to the value wasmrt behaves with, and any other value makes
//! engine creation fail with a message saying which. (Compiler settings
//! are in `config_compiler.rs`; those that only tune wasmtime, with no
//! effect on results, in `config_tuning.rs`.)

use super::wasm::config::wasm_config_t;

/// Applies `f` to the configuration behind `config` (null is ignored).
pub(crate) fn with(config: *mut wasm_config_t, f: impl FnOnce(&mut crate::Config)) {
    with_checked(config, |c| {
        f(c);
        Ok(())
    });
}

/// As [`with`], for a setter that may refuse its argument: an `Err` from
/// `f` is recorded as the configuration's refusal (the first one is
/// kept), and making an engine from it then fails with that message.
pub(crate) fn with_checked(
    config: *mut wasm_config_t,
    f: impl FnOnce(&mut crate::Config) -> Result<(), String>,
) {
    // SAFETY: C passes a live configuration or null.
    if let Some(c) = unsafe { config.as_mut() }
        && let Err(why) = f(&mut c.config)
    {
        c.refused.get_or_insert(why);
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

/// The tail-call proposal (default off). wasmrt does not implement it:
/// `true` makes engine creation fail.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_tail_call_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_tail_call(enable);
    });
}

/// The relaxed-SIMD proposal (default off; not implemented: `true` makes
/// engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_relaxed_simd_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_relaxed_simd(enable);
    });
}

/// The memory64 proposal (default off; not implemented: `true` makes
/// engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_memory64_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_memory64(enable);
    });
}

/// The threads proposal (default off; not implemented: `true` makes
/// engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_threads_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_threads(enable);
    });
}

/// The GC proposal (default off; not implemented: `true` makes engine
/// creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_gc_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_gc(enable);
    });
}

/// The typed function references proposal (default off; not implemented:
/// `true` makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_function_references_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    with(config, |c| {
        c.wasm_function_references(enable);
    });
}

/// The exception-handling proposal (default off; not implemented: `true`
/// makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_exceptions_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_exceptions(enable);
    });
}

/// The wide-arithmetic proposal (default off; not implemented: `true`
/// makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_wide_arithmetic_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_wide_arithmetic(enable);
    });
}

/// The custom-page-sizes proposal (default off; not implemented: `true`
/// makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_custom_page_sizes_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    with(config, |c| {
        c.wasm_custom_page_sizes(enable);
    });
}

/// The stack-switching proposal (default off; not implemented: `true`
/// makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_stack_switching_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_stack_switching(enable);
    });
}

/// Whether shared memories may be created (default off). wasmrt has none:
/// `true` makes engine creation fail.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_shared_memory_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.shared_memory(enable);
    });
}

/// Whether traps come from signal handlers (default on). wasmrt's memories
/// catch out-of-bounds accesses with guard pages, so `false` makes engine
/// creation fail.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_signals_based_traps_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.signals_based_traps(enable);
    });
}

/// The component model (default off; not implemented: `true` makes engine
/// creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_component_model_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_component_model(enable);
    });
}

/// Records, when `enable` is set, that the configuration asks for
/// `what`, which wasmrt does not have: engine creation then fails.
fn refuse_if(config: *mut wasm_config_t, enable: bool, what: &str) {
    with_checked(config, |_| match enable {
        true => Err(format!("wasmrt does not implement {what}")),
        false => Ok(()),
    });
}

/// Concurrency support for components (default off; not implemented:
/// `true` makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_concurrency_support_set(config: *mut wasm_config_t, enable: bool) {
    refuse_if(
        config,
        enable,
        "concurrency support (async component-model features)",
    );
}

/// The component model's map type (default off; not implemented: `true`
/// makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_component_model_map_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    refuse_if(config, enable, "the component model's map type");
}

/// The component model's async ABI (default off; not implemented: `true`
/// makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_component_model_async_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    refuse_if(config, enable, "the component model's async ABI");
}

/// The component model's further async builtins (default off; not
/// implemented: `true` makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_component_model_more_async_builtins_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    refuse_if(config, enable, "the component model's async builtins");
}

/// The component model's stackful async (default off; not implemented:
/// `true` makes engine creation fail).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_component_model_async_stackful_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    refuse_if(config, enable, "the component model's stackful async");
}
