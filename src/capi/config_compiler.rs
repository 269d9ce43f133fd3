//! `wasmrt_config_*`: how Cranelift compiles (wasmtime's compiler settings
//! in `config.h`). A `void` setter that must refuse its argument (an
//! unknown enum value, a null or non-UTF-8 string) records why, and making
//! an engine from the configuration then fails with that message.

use super::c_str;
use super::config::with_checked;
use super::error::{guard_error, wasmrt_error_t};
use super::wasm::config::wasm_config_t;
use crate::{OptLevel, ProfilingStrategy, RegallocAlgorithm, Strategy};
use std::ffi::c_char;

/// The C string `s` for a `void` setter, whose refusal is a message.
///
/// # Safety
/// `s` must be a NUL-terminated string or null.
unsafe fn text<'a>(s: *const c_char, what: &str) -> Result<&'a str, String> {
    // SAFETY: as the caller guarantees.
    unsafe { c_str(s, what) }.map_err(|e| e.to_string())
}

/// How much Cranelift optimises (`WASMRT_OPT_LEVEL_*`).
pub type wasmrt_opt_level_t = u8;
/// No optimisation.
pub const WASMRT_OPT_LEVEL_NONE: wasmrt_opt_level_t = 0;
/// Optimise for speed (the default).
pub const WASMRT_OPT_LEVEL_SPEED: wasmrt_opt_level_t = 1;
/// Optimise for speed, without optimisations that grow the code a lot.
pub const WASMRT_OPT_LEVEL_SPEED_AND_SIZE: wasmrt_opt_level_t = 2;

/// Sets Cranelift's optimisation level; an unknown level makes engine
/// creation fail.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_cranelift_opt_level_set(
    config: *mut wasm_config_t,
    level: wasmrt_opt_level_t,
) {
    with_checked(config, |c| {
        c.cranelift_opt_level(match level {
            WASMRT_OPT_LEVEL_NONE => OptLevel::None,
            WASMRT_OPT_LEVEL_SPEED => OptLevel::Speed,
            WASMRT_OPT_LEVEL_SPEED_AND_SIZE => OptLevel::SpeedAndSize,
            _ => return Err(format!("unknown optimisation level {level}")),
        });
        Ok(())
    });
}

/// Which compiler turns wasm into machine code (`WASMRT_STRATEGY_*`).
pub type wasmrt_strategy_t = u8;
/// The default compiler: Cranelift.
pub const WASMRT_STRATEGY_AUTO: wasmrt_strategy_t = 0;
/// Cranelift.
pub const WASMRT_STRATEGY_CRANELIFT: wasmrt_strategy_t = 1;
/// wasmtime's baseline compiler, which wasmrt does not have: engine
/// creation fails.
pub const WASMRT_STRATEGY_WINCH: wasmrt_strategy_t = 2;

/// Sets the compiler (default `WASMRT_STRATEGY_AUTO`, which is Cranelift).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_strategy_set(
    config: *mut wasm_config_t,
    strategy: wasmrt_strategy_t,
) {
    with_checked(config, |c| {
        c.strategy(match strategy {
            WASMRT_STRATEGY_AUTO => Strategy::Auto,
            WASMRT_STRATEGY_CRANELIFT => Strategy::Cranelift,
            WASMRT_STRATEGY_WINCH => Strategy::Winch,
            _ => return Err(format!("unknown compilation strategy {strategy}")),
        });
        Ok(())
    });
}

/// Cranelift's register allocator (`WASMRT_REGALLOC_*`).
pub type wasmrt_regalloc_algorithm_t = u8;
/// Backtracking: the best code (the default).
pub const WASMRT_REGALLOC_BACKTRACKING: wasmrt_regalloc_algorithm_t = 0;
/// Single pass: linear compile time, more spills.
pub const WASMRT_REGALLOC_SINGLE_PASS: wasmrt_regalloc_algorithm_t = 1;

/// Sets Cranelift's register allocator. Functions nested more than 5,000
/// deep always get the single-pass allocator.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_cranelift_regalloc_algorithm_set(
    config: *mut wasm_config_t,
    algorithm: wasmrt_regalloc_algorithm_t,
) {
    with_checked(config, |c| {
        c.cranelift_regalloc_algorithm(match algorithm {
            WASMRT_REGALLOC_BACKTRACKING => RegallocAlgorithm::Backtracking,
            WASMRT_REGALLOC_SINGLE_PASS => RegallocAlgorithm::SinglePass,
            _ => return Err(format!("unknown register allocator {algorithm}")),
        });
        Ok(())
    });
}

/// Runs Cranelift's IR verifier on every function (default off; slow).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_cranelift_debug_verifier_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    with_checked(config, |c| {
        c.cranelift_debug_verifier(enable);
        Ok(())
    });
}

/// Replaces every NaN float arithmetic produces with the canonical NaN, so
/// that results do not depend on the host (default off).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_cranelift_nan_canonicalization_set(
    config: *mut wasm_config_t,
    enable: bool,
) {
    with_checked(config, |c| {
        c.cranelift_nan_canonicalization(enable);
        Ok(())
    });
}

/// Enables the boolean Cranelift setting `flag` (shared, or of the host's
/// ISA such as `has_avx2`). Checked when the engine is made: an unknown
/// setting, a CPU feature the host lacks, or a change to a setting
/// wasmrt's code relies on (`preserve_frame_pointers`,
/// `enable_multi_ret_implicit_sret`, `enable_probestack`) makes engine
/// creation fail.
///
/// # Safety
/// `flag` must be a NUL-terminated string or null (which makes engine
/// creation fail).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_config_cranelift_flag_enable(
    config: *mut wasm_config_t,
    flag: *const c_char,
) {
    with_checked(config, |c| {
        // SAFETY: as the caller guarantees.
        let flag = unsafe { text(flag, "the Cranelift flag's name") }?;
        // SAFETY: checked, with the caller's consent, when the engine is
        // made (see `Config::cranelift_flag_enable`).
        unsafe { c.cranelift_flag_enable(flag) };
        Ok(())
    });
}

/// Sets the Cranelift setting `key` to `value`, checked as for
/// `wasmrt_config_cranelift_flag_enable`.
///
/// # Safety
/// `key` and `value` must be NUL-terminated strings or null (which makes
/// engine creation fail).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_config_cranelift_flag_set(
    config: *mut wasm_config_t,
    key: *const c_char,
    value: *const c_char,
) {
    with_checked(config, |c| {
        // SAFETY: as the caller guarantees.
        let (key, value) = unsafe {
            (
                text(key, "the Cranelift flag's name")?,
                text(value, "the Cranelift flag's value")?,
            )
        };
        // SAFETY: as in `wasmrt_config_cranelift_flag_enable`.
        unsafe { c.cranelift_flag_set(key, value) };
        Ok(())
    });
}

/// How compiled code is made known to profilers
/// (`WASMRT_PROFILING_STRATEGY_*`).
pub type wasmrt_profiling_strategy_t = u8;
/// No profiler (the default).
pub const WASMRT_PROFILING_STRATEGY_NONE: wasmrt_profiling_strategy_t = 0;
/// jitdump: every module's functions, with their code, are recorded in
/// `/tmp/jit-<pid>.dump` for `perf record -k mono` and `perf inject --jit`.
pub const WASMRT_PROFILING_STRATEGY_JITDUMP: wasmrt_profiling_strategy_t = 1;
/// VTune: not available in wasmrt (engine creation fails).
pub const WASMRT_PROFILING_STRATEGY_VTUNE: wasmrt_profiling_strategy_t = 2;
/// perf maps: every module's functions are listed in `/tmp/perf-<pid>.map`,
/// which Linux `perf` reads to name frames in JIT code.
pub const WASMRT_PROFILING_STRATEGY_PERFMAP: wasmrt_profiling_strategy_t = 3;

/// Sets the profiler.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_config_profiler_set(
    config: *mut wasm_config_t,
    strategy: wasmrt_profiling_strategy_t,
) {
    with_checked(config, |c| {
        c.profiler(match strategy {
            WASMRT_PROFILING_STRATEGY_NONE => ProfilingStrategy::None,
            WASMRT_PROFILING_STRATEGY_JITDUMP => ProfilingStrategy::JitDump,
            WASMRT_PROFILING_STRATEGY_VTUNE => ProfilingStrategy::VTune,
            WASMRT_PROFILING_STRATEGY_PERFMAP => ProfilingStrategy::PerfMap,
            _ => return Err(format!("unknown profiling strategy {strategy}")),
        });
        Ok(())
    });
}

/// Sets the target triple to compile for. wasmrt compiles for the host it
/// runs on: the host's architecture and operating system are accepted
/// (`x86_64-unknown-linux-gnu`, `x86_64-linux`), anything else is an
/// error.
///
/// # Safety
/// `config` must be a live configuration and `target` a NUL-terminated
/// string (either null is an error).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_config_target_set(
    config: *mut wasm_config_t,
    target: *const c_char,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let config = unsafe { super::non_null_mut(config, "config")? };
        // SAFETY: as the caller guarantees.
        let target = unsafe { c_str(target, "target") }?;
        config.config.target(target)?;
        Ok(())
    })
}
