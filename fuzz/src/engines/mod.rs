//! The three engines behind one interface: compile, instantiate in a fresh
//! store, call an export, read the exported state.

mod wasmi_runner;
mod wasmrt_runner;
mod wasmtime_runner;

use crate::info::ModuleInfo;
use crate::value::{Outcome, State, Value};

pub use wasmi_runner::WasmiRunner;
pub use wasmrt_runner::WasmrtRunner;
pub use wasmtime_runner::WasmtimeRunner;

/// Native stack for wasm on wasmrt and wasmtime (the same on both, so that
/// both overflow at about the same depth; wasmi counts frames instead).
/// wasmtime refuses more than its async stack size (2 MiB) even without
/// async support.
pub const MAX_WASM_STACK: usize = 1 << 20;

/// One engine under test.
pub trait Runner {
    /// The engine's name in reports.
    fn name(&self) -> &'static str;
    /// Validates and compiles `wasm`; the error's text if it is rejected.
    fn compile(&mut self, wasm: &[u8]) -> Result<(), String>;
    /// Instantiates the compiled module in a new store (dropping the
    /// previous one). With `fuel`, the store gets that much engine fuel
    /// and the answer says how much instantiation (the start function)
    /// used; `Outcome::Ok` has no values.
    fn instantiate(&mut self, fuel: Option<u64>) -> (Outcome, Option<u64>);
    /// Calls export `name` with `args`, after setting the store's fuel to
    /// `fuel`; the outcome and the fuel the call used.
    fn call(&mut self, name: &str, args: &[Value], fuel: Option<u64>) -> (Outcome, Option<u64>);
    /// The exported globals, memories and tables of the instance.
    fn state(&mut self, info: &ModuleInfo) -> State;
}

/// Fuel used: what was set minus what is left.
fn used(budget: Option<u64>, left: Option<u64>) -> Option<u64> {
    match (budget, left) {
        (Some(b), Some(l)) => Some(b.saturating_sub(l)),
        _ => None,
    }
}
