//! `wasmrt_pooling_allocation_config_*`: the pooling allocator's settings
//! (`PoolingAllocationConfig`), and `wasmrt_pooling_allocation_strategy_set`
//! to make a configuration's engine allocate from pools. wasmtime's
//! settings for what wasmrt does not have (components, GC heaps, batched
//! decommits) are accepted and change nothing, so programs written for
//! wasmtime build unchanged.

use super::wasm::config::wasm_config_t;
use crate::PoolingAllocationConfig;

/// The pooling allocator's settings, before they are given to a
/// configuration.
pub struct wasmrt_pooling_allocation_config_t {
    config: PoolingAllocationConfig,
}

/// New default pooling settings, owned by the caller
/// (`wasmrt_pooling_allocation_config_delete`).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_new() -> *mut wasmrt_pooling_allocation_config_t
{
    Box::into_raw(Box::new(wasmrt_pooling_allocation_config_t {
        config: PoolingAllocationConfig::default(),
    }))
}

/// Frees pooling settings (null is ignored).
///
/// # Safety
/// `config` must come from `wasmrt_pooling_allocation_config_new` and not
/// be freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_delete(
    config: *mut wasmrt_pooling_allocation_config_t,
) {
    if !config.is_null() {
        // SAFETY: owned settings.
        drop(unsafe { Box::from_raw(config) });
    }
}

/// Makes engines of `config` allocate memories and tables from pools with
/// the settings `pooling` (copied; it stays the caller's). Null arguments
/// are ignored.
///
/// # Safety
/// Both must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_strategy_set(
    config: *mut wasm_config_t,
    pooling: *const wasmrt_pooling_allocation_config_t,
) {
    // SAFETY: live when not null.
    if let (Some(c), Some(p)) = unsafe { (config.as_mut(), pooling.as_ref()) } {
        c.config.allocation_strategy(p.config.clone());
    }
}

/// Most instances alive at once in the engine's stores (default 1000).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_total_core_instances_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.total_core_instances(value);
    }
}

/// Memory slots: most linear memories alive at once (default 1000).
/// Each reserves 8 GiB of address space.
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_total_memories_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.total_memories(value);
    }
}

/// Table slots: most tables alive at once (default 1000).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_total_tables_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.total_tables(value);
    }
}

/// Most memories a module may define (default 1).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_max_memories_per_module_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.max_memories_per_module(value);
    }
}

/// Most tables a module may define (default 1).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_max_tables_per_module_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.max_tables_per_module(value);
    }
}

/// Largest size in bytes a pooled memory may reach (default 4 GiB).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_max_memory_size_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.max_memory_size(value);
    }
}

/// Most elements a pooled table may hold (default 20,000).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_table_elements_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.table_elements(value);
    }
}

/// Largest instance state (VMContext) in bytes (default 1 MiB).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_max_core_instance_size_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.max_core_instance_size(value);
    }
}

/// Bytes of each released memory slot zeroed in place and kept
/// resident (default 0).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_linear_memory_keep_resident_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.linear_memory_keep_resident(value);
    }
}

/// Bytes of each released table slot zeroed in place and kept resident
/// (default 0).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_table_keep_resident_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.table_keep_resident(value);
    }
}

/// Released memory slots still holding another module's image that are
/// kept before they are reused ahead of fresh slots (default 100).
///
/// # Safety
/// `config` must be live or null (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_pooling_allocation_config_max_unused_warm_slots_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    // SAFETY: live when not null.
    if let Some(c) = unsafe { config.as_mut() } {
        c.config.max_unused_warm_slots(value);
    }
}

/// Accepted for wasmtime compatibility: wasmrt decommits a slot's pages as
/// soon as the slot is released, never in batches.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_decommit_batch_size_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no components.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_total_component_instances_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no components.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_max_component_instance_size_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no components.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_max_core_instances_per_component_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no components.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_max_memories_per_component_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no components.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_max_tables_per_component_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no GC heaps.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_total_gc_heaps_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt runs wasm on the calling
/// thread's stack and has no async stacks to pool.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_total_stacks_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: u32,
) {
    let _ = (config, value);
}

/// Accepted for wasmtime compatibility: wasmrt has no async stacks.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_pooling_allocation_config_async_stack_keep_resident_set(
    config: *mut wasmrt_pooling_allocation_config_t,
    value: usize,
) {
    let _ = (config, value);
}
