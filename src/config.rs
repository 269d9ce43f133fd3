//! Engine configuration: code generation and which wasm features are on.

use crate::allocation::InstanceAllocationStrategy;
use crate::compiler::CraneliftFlag;
pub use crate::compiler::{OptLevel, RegallocAlgorithm};
use anyhow::{Result, anyhow, bail};
use wasmparser::WasmFeatures;

/// Which compiler turns wasm into machine code (wasmtime's `Strategy`).
/// wasmrt has Cranelift only: an engine configured for Winch is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Strategy {
    /// The default compiler: Cranelift.
    #[default]
    Auto,
    Cranelift,
    /// wasmtime's baseline compiler, which wasmrt does not have.
    Winch,
}

/// How compiled code is made known to profilers (wasmtime's
/// `ProfilingStrategy`). wasmrt writes perf maps and jitdump files; an
/// engine configured for VTune is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProfilingStrategy {
    #[default]
    None,
    /// Every compiled or loaded module's functions are listed in
    /// `/tmp/perf-<pid>.map` (appended to: other JITs in the process may
    /// write there too), which Linux `perf` reads to name JIT code.
    /// Trampolines are not listed.
    PerfMap,
    /// Every compiled or loaded module's functions, with their machine
    /// code, are recorded in `/tmp/jit-<pid>.dump` for `perf record -k
    /// mono` and `perf inject --jit`.
    JitDump,
    VTune,
}

/// Global configuration for an [`Engine`](crate::Engine).
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) opt_level: OptLevel,
    pub(crate) max_wasm_stack: usize,
    pub(crate) features: WasmFeatures,
    pub(crate) parallel_compilation: bool,
    pub(crate) consume_fuel: bool,
    pub(crate) epoch_interruption: bool,
    pub(crate) allocation: InstanceAllocationStrategy,
    pub(crate) strategy: Strategy,
    pub(crate) profiler: ProfilingStrategy,
    pub(crate) regalloc: RegallocAlgorithm,
    pub(crate) debug_verifier: bool,
    pub(crate) nan_canonicalization: bool,
    pub(crate) cranelift_flags: Vec<CraneliftFlag>,
    pub(crate) signals_based_traps: bool,
    pub(crate) shared_memory: bool,
    pub(crate) host_memory: Option<HostMemory>,
}

/// The embedder's memory creator, as a configuration holds it.
#[derive(Clone)]
pub(crate) struct HostMemory(pub std::sync::Arc<dyn crate::MemoryCreator>);

impl std::fmt::Debug for HostMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HostMemory")
    }
}

/// The features a default configuration has; each can be switched off.
const DEFAULT_FEATURES: WasmFeatures = WasmFeatures::WASM1
    .union(WasmFeatures::SIGN_EXTENSION)
    .union(WasmFeatures::SATURATING_FLOAT_TO_INT)
    .union(WasmFeatures::MULTI_VALUE)
    .union(WasmFeatures::BULK_MEMORY)
    .union(WasmFeatures::REFERENCE_TYPES)
    .union(WasmFeatures::SIMD);

/// Features wasmrt implements: the defaults and those off by default.
const IMPLEMENTED: WasmFeatures = DEFAULT_FEATURES.union(WasmFeatures::MULTI_MEMORY);

impl Default for Config {
    fn default() -> Config {
        Config {
            opt_level: OptLevel::Speed,
            max_wasm_stack: 512 * 1024,
            features: DEFAULT_FEATURES,
            parallel_compilation: true,
            consume_fuel: false,
            epoch_interruption: false,
            allocation: InstanceAllocationStrategy::OnDemand,
            strategy: Strategy::Auto,
            profiler: ProfilingStrategy::None,
            regalloc: RegallocAlgorithm::Backtracking,
            debug_verifier: false,
            nan_canonicalization: false,
            cranelift_flags: Vec::new(),
            signals_based_traps: true,
            shared_memory: false,
            host_memory: None,
        }
    }
}

impl Config {
    pub fn new() -> Config {
        Config::default()
    }

    /// Cranelift's optimisation level.
    pub fn cranelift_opt_level(&mut self, level: OptLevel) -> &mut Self {
        self.opt_level = level;
        self
    }

    /// The compiler to use; only Cranelift exists in wasmrt
    /// ([`Strategy::Winch`] makes [`Engine::new`](crate::Engine::new) fail).
    pub fn strategy(&mut self, strategy: Strategy) -> &mut Self {
        self.strategy = strategy;
        self
    }

    /// Cranelift's register allocator (default backtracking). Functions
    /// nested more than 5,000 deep always get the single-pass allocator.
    pub fn cranelift_regalloc_algorithm(&mut self, algorithm: RegallocAlgorithm) -> &mut Self {
        self.regalloc = algorithm;
        self
    }

    /// Run Cranelift's IR verifier on every function (default off; slow).
    pub fn cranelift_debug_verifier(&mut self, enable: bool) -> &mut Self {
        self.debug_verifier = enable;
        self
    }

    /// Replace every NaN that float arithmetic produces with the canonical
    /// NaN (sign clear, quiet bit only), so results do not depend on the
    /// host's NaN payloads (default off; the spec does not require it).
    pub fn cranelift_nan_canonicalization(&mut self, enable: bool) -> &mut Self {
        self.nan_canonicalization = enable;
        self
    }

    /// Enables the boolean Cranelift setting `flag` (shared or of the host
    /// ISA: `has_avx2`, ...). Checked by [`Engine::new`](crate::Engine::new),
    /// which fails for an unknown setting, a setting wasmrt's code relies
    /// on (`preserve_frame_pointers`, `enable_multi_ret_implicit_sret`,
    /// `enable_probestack`) set otherwise than wasmrt sets it, or a CPU
    /// feature the host lacks.
    ///
    /// # Safety
    /// Cranelift settings are not a stable interface, and some change what
    /// generated code may assume; as in wasmtime, the caller vouches for
    /// the result.
    pub unsafe fn cranelift_flag_enable(&mut self, flag: &str) -> &mut Self {
        self.cranelift_flags.push(CraneliftFlag {
            name: flag.to_string(),
            value: None,
        });
        self
    }

    /// Sets the Cranelift setting `name` to `value` (checked as for
    /// [`Config::cranelift_flag_enable`]).
    ///
    /// # Safety
    /// As for [`Config::cranelift_flag_enable`].
    pub unsafe fn cranelift_flag_set(&mut self, name: &str, value: &str) -> &mut Self {
        self.cranelift_flags.push(CraneliftFlag {
            name: name.to_string(),
            value: Some(value.to_string()),
        });
        self
    }

    /// How compiled code is made known to profilers (default none).
    pub fn profiler(&mut self, profiler: ProfilingStrategy) -> &mut Self {
        self.profiler = profiler;
        self
    }

    /// The target to compile for. wasmrt compiles for the host it runs on,
    /// so only the host's architecture and operating system are accepted
    /// (`x86_64-unknown-linux-gnu`, `x86_64-linux`, ...).
    pub fn target(&mut self, target: &str) -> Result<&mut Self> {
        let host = target_lexicon::Triple::host();
        let asked: target_lexicon::Triple = target
            .parse()
            .map_err(|e| anyhow!("`{target}` is not a target triple: {e}"))?;
        if asked.architecture != host.architecture
            || asked.operating_system != host.operating_system
        {
            bail!("wasmrt compiles only for the host ({host}), not for `{target}`");
        }
        Ok(self)
    }

    /// Whether traps come from signal handlers (out-of-bounds accesses
    /// caught by guard pages). wasmrt's memories rely on guard pages, so
    /// `false` makes [`Engine::new`](crate::Engine::new) fail.
    pub fn signals_based_traps(&mut self, enable: bool) -> &mut Self {
        self.signals_based_traps = enable;
        self
    }

    /// Memories made on demand (instances' and `Memory::new`'s) come from
    /// `creator` instead of wasmrt's own reservations; pooled memories
    /// still come from the pool.
    pub fn with_host_memory(
        &mut self,
        creator: std::sync::Arc<dyn crate::MemoryCreator>,
    ) -> &mut Self {
        self.host_memory = Some(HostMemory(creator));
        self
    }

    /// Whether shared memories may be created. wasmrt has none, so `true`
    /// makes [`Engine::new`](crate::Engine::new) fail.
    pub fn shared_memory(&mut self, enable: bool) -> &mut Self {
        self.shared_memory = enable;
        self
    }

    /// Most stack, in bytes, wasm code may use before trapping with
    /// "call stack exhausted" (default 512 KiB), counted from where the
    /// host first calls into wasm, host functions called from wasm
    /// included.
    ///
    /// Wasm runs on the calling thread's own stack, so that stack must be
    /// larger than this: on a thread with less stack left, wasm traps with
    /// "call stack exhausted" once it comes within 256 KiB of the end of
    /// the thread's stack (on Linux; elsewhere it may overflow the thread's
    /// stack instead). Give threads that run deep wasm a big enough stack
    /// (`std::thread::Builder::stack_size`).
    pub fn max_wasm_stack(&mut self, size: usize) -> &mut Self {
        self.max_wasm_stack = size;
        self
    }

    /// Compile function bodies on several threads.
    pub fn parallel_compilation(&mut self, enable: bool) -> &mut Self {
        self.parallel_compilation = enable;
        self
    }

    /// Meter execution with fuel (see `Store::set_fuel`).
    pub fn consume_fuel(&mut self, enable: bool) -> &mut Self {
        self.consume_fuel = enable;
        self
    }

    /// Check the engine's epoch against the store's deadline at function
    /// entries and loop headers (also needed for interrupt handles).
    pub fn epoch_interruption(&mut self, enable: bool) -> &mut Self {
        self.epoch_interruption = enable;
        self
    }

    /// Where instances' memories and tables come from: allocated on
    /// demand (the default) or taken from pools the engine reserves when
    /// it is created.
    pub fn allocation_strategy(
        &mut self,
        strategy: impl Into<InstanceAllocationStrategy>,
    ) -> &mut Self {
        self.allocation = strategy.into();
        self
    }

    fn feature(&mut self, f: WasmFeatures, enable: bool) -> &mut Self {
        self.features.set(f, enable);
        self
    }

    /// Multi-value blocks and functions.
    pub fn wasm_multi_value(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::MULTI_VALUE, enable)
    }

    /// Sign-extension operators.
    pub fn wasm_sign_extension(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::SIGN_EXTENSION, enable)
    }

    /// Non-trapping float-to-int conversions.
    pub fn wasm_saturating_float_to_int(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::SATURATING_FLOAT_TO_INT, enable)
    }

    /// Importing and exporting mutable globals.
    pub fn wasm_mutable_global(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::MUTABLE_GLOBAL, enable)
    }

    /// Bulk memory operations.
    pub fn wasm_bulk_memory(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::BULK_MEMORY, enable)
    }

    /// Reference types.
    pub fn wasm_reference_types(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::REFERENCE_TYPES, enable)
    }

    /// 128-bit SIMD (on by default).
    pub fn wasm_simd(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::SIMD, enable)
    }

    /// Several linear memories in one module (off by default).
    pub fn wasm_multi_memory(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::MULTI_MEMORY, enable)
    }

    /// Tail calls (not implemented by wasmrt: `true` makes
    /// [`Engine::new`](crate::Engine::new) fail).
    pub fn wasm_tail_call(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::TAIL_CALL, enable)
    }

    /// Relaxed SIMD (not implemented by wasmrt).
    pub fn wasm_relaxed_simd(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::RELAXED_SIMD, enable)
    }

    /// 64-bit memories (not implemented by wasmrt).
    pub fn wasm_memory64(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::MEMORY64, enable)
    }

    /// Threads and atomics (not implemented by wasmrt).
    pub fn wasm_threads(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::THREADS, enable)
    }

    /// Garbage-collected types (not implemented by wasmrt).
    pub fn wasm_gc(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::GC, enable)
    }

    /// Typed function references (not implemented by wasmrt).
    pub fn wasm_function_references(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::FUNCTION_REFERENCES, enable)
    }

    /// Exception handling (not implemented by wasmrt).
    pub fn wasm_exceptions(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::EXCEPTIONS, enable)
    }

    /// 128-bit wide arithmetic (not implemented by wasmrt).
    pub fn wasm_wide_arithmetic(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::WIDE_ARITHMETIC, enable)
    }

    /// Custom page sizes (not implemented by wasmrt).
    pub fn wasm_custom_page_sizes(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::CUSTOM_PAGE_SIZES, enable)
    }

    /// Stack switching (not implemented by wasmrt).
    pub fn wasm_stack_switching(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::STACK_SWITCHING, enable)
    }

    /// The component model (not implemented by wasmrt).
    pub fn wasm_component_model(&mut self, enable: bool) -> &mut Self {
        self.feature(WasmFeatures::COMPONENT_MODEL, enable)
    }

    /// Why an engine cannot be made with this configuration, if it cannot
    /// (checked by [`Engine::new`](crate::Engine::new)).
    pub(crate) fn check_supported(&self) -> Result<()> {
        const PROPOSALS: [(WasmFeatures, &str, &str); 11] = [
            (WasmFeatures::TAIL_CALL, "tail-call", "wasm_tail_call"),
            (
                WasmFeatures::RELAXED_SIMD,
                "relaxed SIMD",
                "wasm_relaxed_simd",
            ),
            (WasmFeatures::MEMORY64, "memory64", "wasm_memory64"),
            (WasmFeatures::THREADS, "threads", "wasm_threads"),
            (WasmFeatures::GC, "GC", "wasm_gc"),
            (
                WasmFeatures::FUNCTION_REFERENCES,
                "typed function references",
                "wasm_function_references",
            ),
            (
                WasmFeatures::EXCEPTIONS,
                "exception-handling",
                "wasm_exceptions",
            ),
            (
                WasmFeatures::WIDE_ARITHMETIC,
                "wide-arithmetic",
                "wasm_wide_arithmetic",
            ),
            (
                WasmFeatures::CUSTOM_PAGE_SIZES,
                "custom-page-sizes",
                "wasm_custom_page_sizes",
            ),
            (
                WasmFeatures::STACK_SWITCHING,
                "stack-switching",
                "wasm_stack_switching",
            ),
            (
                WasmFeatures::COMPONENT_MODEL,
                "component-model",
                "wasm_component_model",
            ),
        ];
        for (feature, proposal, setting) in PROPOSALS {
            if self.features.contains(feature) {
                bail!(
                    "wasmrt does not implement the WebAssembly {proposal} proposal \
                     ({setting} must stay off)"
                );
            }
        }
        let unknown = self.features.difference(IMPLEMENTED);
        if !unknown.is_empty() {
            bail!("wasmrt does not implement the WebAssembly features {unknown:?}");
        }
        if self.strategy == Strategy::Winch {
            bail!("wasmrt compiles with Cranelift only: the Winch strategy is not available");
        }
        match self.profiler {
            ProfilingStrategy::None | ProfilingStrategy::PerfMap | ProfilingStrategy::JitDump => {}
            ProfilingStrategy::VTune => {
                bail!("wasmrt has no VTune profiler (perfmap and jitdump name JIT code for perf)")
            }
        }
        if !self.signals_based_traps {
            bail!(
                "wasmrt needs signal-based traps: its memories catch out-of-bounds \
                 accesses with guard pages"
            );
        }
        if self.shared_memory {
            bail!("wasmrt has no shared memories (shared_memory must stay off)");
        }
        Ok(())
    }

    /// Only the features of WebAssembly 1.0.
    pub fn wasm_mvp_only(&mut self) -> &mut Self {
        self.features = WasmFeatures::WASM1;
        self
    }
}
