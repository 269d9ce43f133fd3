//! `wasmrt_config_*`: wasmtime settings that only tune how wasmtime works
//! (debug information, unwind tables, memory reservations, its
//! compilation cache), with no effect on what a program computes. wasmrt
//! accepts every value (as its `Config` does: `config_tuning.rs`), so
//! programs written for wasmtime build and run unchanged.

use super::config::with;
use super::error::{guard_error, wasmrt_error_t};
use super::wasm::config::wasm_config_t;
use std::ffi::c_char;

/// Accepted for wasmtime compatibility: wasmrt emits no DWARF for
/// debuggers, so this changes nothing (backtraces still name functions).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_debug_info_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.debug_info(enable);
    });
}

/// Accepted for wasmtime compatibility: wasmrt registers no unwind tables
/// for its code, which keeps frame pointers that native unwinders and
/// profilers can follow, whatever this says.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_native_unwind_info_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.native_unwind_info(enable);
    });
}

/// Accepted for wasmtime compatibility; it concerns only macOS, where
/// wasmtime may catch traps with Mach ports (wasmrt uses signals).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_macos_use_mach_ports_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.macos_use_mach_ports(enable);
    });
}

/// Accepted for wasmtime compatibility: whether memories start as
/// copy-on-write mappings of their data images or as copies is wasmrt's
/// own choice, with the same contents either way.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_memory_init_cow_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.memory_init_cow(enable);
    });
}

/// Accepted for wasmtime compatibility: a wasmrt memory reserves its whole
/// 32-bit range when made and never moves, so it keeps any promise this
/// makes. (With a small `memory_reservation` and `false`, wasmtime caps
/// growth at the reservation; wasmrt does not. A memory from
/// `wasmrt_config_host_memory_creator_set` grows only within the capacity
/// its creator reports.)
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_memory_may_move_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.memory_may_move(enable);
    });
}

/// Accepted for wasmtime compatibility: wasmrt has no GC heap to switch
/// on or off (the GC proposal is `wasmrt_config_wasm_gc_set`).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_gc_support_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.gc_support(enable);
    });
}

/// Accepted for wasmtime compatibility: it matters only with relaxed SIMD,
/// which wasmrt does not implement.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_relaxed_simd_deterministic_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    with(config, |c| {
        c.relaxed_simd_deterministic(enable);
    });
}

/// Accepted for wasmtime compatibility: branch hints only guide code
/// layout, and wasmrt does not read them.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_wasm_branch_hinting_set(config: *mut wasm_config_t, enable: bool) {
    with(config, |c| {
        c.wasm_branch_hinting(enable);
    });
}

/// Accepted for wasmtime compatibility: a wasmrt memory always reserves its
/// whole 32-bit range and a guard region, whatever this says.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_memory_reservation_set(config: *mut wasm_config_t, bytes: u64) {
    with(config, |c| {
        c.memory_reservation(bytes);
    });
}

/// Accepted for wasmtime compatibility: wasmrt's guard regions have a size
/// of its own choosing (see `wasmrt_config_memory_reservation_set`).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_memory_guard_size_set(config: *mut wasm_config_t, bytes: u64) {
    with(config, |c| {
        c.memory_guard_size(bytes);
    });
}

/// Accepted for wasmtime compatibility: wasmrt memories never move, so
/// they need no room reserved for moving (see
/// `wasmrt_config_memory_reservation_set`).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_memory_reservation_for_growth_set(
    config: *mut wasm_config_t,
    bytes: u64,
) {
    with(config, |c| {
        c.memory_reservation_for_growth(bytes);
    });
}

/// Accepted for wasmtime compatibility: wasmrt has no compilation cache,
/// so modules are compiled each time (precompile them with
/// `wasmrt_module_serialize` instead). As in wasmtime, a null `path` means
/// the default settings, and a `path` must name a readable file (its
/// contents are not read); anything else is an error.
///
/// # Safety
/// `config` must be a live configuration (null is an error) and `path` a
/// NUL-terminated string or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_config_cache_config_load(
    config: *mut wasm_config_t,
    path: *const c_char,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        unsafe { super::non_null_mut(config, "config")? };
        if path.is_null() {
            return Ok(());
        }
        // SAFETY: a NUL-terminated string, as the caller guarantees.
        let path = unsafe { super::c_str(path, "the cache configuration path") }?;
        let file = std::fs::File::open(path)
            .map_err(|e| anyhow::anyhow!("failed to read the cache configuration `{path}`: {e}"))?;
        if !file.metadata()?.is_file() {
            anyhow::bail!("the cache configuration `{path}` is not a file");
        }
        Ok(())
    })
}
