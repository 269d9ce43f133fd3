//! Seed → module: wasm-smith configured for what all three engines run
//! identically by the spec (wasm 2.0, optionally SIMD), with NaNs
//! canonicalised and termination guaranteed.

use crate::rng::SplitMix64;
use arbitrary::Unstructured;
use wasm_smith::{Config, Module};

/// Fuel of wasm-smith's termination counter (a global decremented at every
/// function entry and loop header; zero traps with `unreachable`). It also
/// bounds the call depth to 500 frames, below wasmi's limit of 1000, so a
/// stack overflow needs frames larger than `MAX_WASM_STACK / 500`.
pub const TERMINATION_FUEL: u32 = 500;

/// Largest memory a module may declare: 16 pages (1 MiB). Every memory
/// has a declared maximum, so `memory.grow` never reaches an engine limit.
pub const MAX_MEMORY_BYTES: u64 = 16 * 65536;

/// Largest table a module may declare (every table has a maximum).
pub const MAX_TABLE_ELEMENTS: u64 = 1000;

/// The wasm-smith configuration: wasm 2.0 (multi-value, sign extension,
/// saturating conversions, bulk memory, reference types), SIMD when
/// `simd`, nothing later (no tail calls, GC, exceptions, threads, relaxed
/// SIMD, memory64, multi-memory, ...), no imports, everything exported.
pub fn config(simd: bool) -> Config {
    Config {
        available_imports: None,
        max_imports: 0,
        min_types: 1,
        min_funcs: 4,
        max_funcs: 30,
        max_instructions: 200,
        max_exports: 100,
        export_everything: true,
        allow_start_export: true,
        canonicalize_nans: true,
        disallow_traps: false,
        max_memories: 1,
        max_memory32_bytes: MAX_MEMORY_BYTES,
        memory_max_size_required: true,
        max_tables: 3,
        max_table_elements: MAX_TABLE_ELEMENTS,
        table_max_size_required: true,
        max_data_segments: 20,
        max_element_segments: 20,
        max_elements: 50,
        max_globals: 30,
        max_types: 30,
        bulk_memory_enabled: true,
        reference_types_enabled: true,
        multi_value_enabled: true,
        saturating_float_to_int_enabled: true,
        sign_extension_ops_enabled: true,
        simd_enabled: simd,
        relaxed_simd_enabled: false,
        exceptions_enabled: false,
        gc_enabled: false,
        tail_call_enabled: false,
        threads_enabled: false,
        shared_everything_threads_enabled: false,
        memory64_enabled: false,
        custom_page_sizes_enabled: false,
        wide_arithmetic_enabled: false,
        extended_const_enabled: false,
        custom_descriptors_enabled: false,
        allow_invalid_funcs: false,
        ..Config::default()
    }
}

/// The module for `seed`: the seed drives a SplitMix64 stream of between
/// 4 and 32 KiB that wasm-smith reads as its `Unstructured` input.
pub fn generate(seed: u64, simd: bool) -> anyhow::Result<Vec<u8>> {
    let mut rng = SplitMix64::new(seed);
    let len = 4096 + rng.below(28 * 1024) as usize;
    let data = rng.bytes(len);
    let mut u = Unstructured::new(&data);
    let mut module = Module::new(config(simd), &mut u)?;
    module.ensure_termination(TERMINATION_FUEL)?;
    Ok(module.to_bytes())
}
