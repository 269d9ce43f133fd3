//! Engine configuration: code generation and which wasm features are on.

use crate::allocation::InstanceAllocationStrategy;
pub use crate::compiler::OptLevel;
use wasmparser::WasmFeatures;

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
}

/// Features implemented so far; each can be switched off.
const SUPPORTED: WasmFeatures = WasmFeatures::WASM1
    .union(WasmFeatures::SIGN_EXTENSION)
    .union(WasmFeatures::SATURATING_FLOAT_TO_INT)
    .union(WasmFeatures::MULTI_VALUE)
    .union(WasmFeatures::BULK_MEMORY)
    .union(WasmFeatures::REFERENCE_TYPES)
    .union(WasmFeatures::SIMD);

impl Default for Config {
    fn default() -> Config {
        Config {
            opt_level: OptLevel::Speed,
            max_wasm_stack: 512 * 1024,
            features: SUPPORTED,
            parallel_compilation: true,
            consume_fuel: false,
            epoch_interruption: false,
            allocation: InstanceAllocationStrategy::OnDemand,
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

    /// Only the features of WebAssembly 1.0.
    pub fn wasm_mvp_only(&mut self) -> &mut Self {
        self.features = WasmFeatures::WASM1;
        self
    }
}
