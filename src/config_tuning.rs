//! The settings of wasmtime's `Config` that only tune how wasmtime works
//! (debug information, unwind tables, memory reservations and
//! copy-on-write, GC heaps, branch hints), with no effect on what a
//! program computes. wasmrt accepts any value, so code written for
//! wasmtime builds unchanged; each says what wasmrt does instead.

use crate::Config;

impl Config {
    /// Accepted for wasmtime compatibility: wasmrt emits no DWARF for
    /// debuggers, so this changes nothing (backtraces still name
    /// functions, and `ProfilingStrategy::PerfMap` names them for perf).
    pub fn debug_info(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: wasmrt registers no unwind
    /// tables for its code, which keeps frame pointers that native
    /// unwinders and profilers follow, whatever this says.
    pub fn native_unwind_info(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility; it concerns only macOS, where
    /// wasmtime may catch traps with Mach ports (wasmrt uses signals).
    pub fn macos_use_mach_ports(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: whether a memory starts as a
    /// copy-on-write mapping of its data image or as a copy is wasmrt's
    /// own choice, with the same contents either way.
    pub fn memory_init_cow(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: a wasmrt memory reserves its
    /// whole 32-bit range when made and never moves, so it keeps any
    /// promise this makes. (With a small `memory_reservation` and
    /// `false`, wasmtime caps growth at the reservation; wasmrt does not.
    /// A memory from `with_host_memory` grows only within the capacity its
    /// creator reports.)
    pub fn memory_may_move(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: a wasmrt memory always
    /// reserves its whole 32-bit range and a guard region, whatever this
    /// says.
    pub fn memory_reservation(&mut self, _bytes: u64) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: wasmrt's guard regions have a
    /// size of its own choosing (see [`Config::memory_reservation`]).
    pub fn memory_guard_size(&mut self, _bytes: u64) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: wasmrt memories never move, so
    /// they need no room reserved for moving.
    pub fn memory_reservation_for_growth(&mut self, _bytes: u64) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: wasmrt has no GC heap to switch
    /// on or off (the GC proposal is [`Config::wasm_gc`]).
    pub fn gc_support(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: it matters only with relaxed
    /// SIMD, which wasmrt does not implement.
    pub fn relaxed_simd_deterministic(&mut self, _enable: bool) -> &mut Self {
        self
    }

    /// Accepted for wasmtime compatibility: branch hints only guide code
    /// layout, and wasmrt does not read them.
    pub fn wasm_branch_hinting(&mut self, _enable: bool) -> &mut Self {
        self
    }
}
