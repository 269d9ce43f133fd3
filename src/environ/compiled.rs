//! The compiler's output as the runtime loads it: linked machine code plus
//! the tables that map code offsets back to traps and wasm offsets.

use super::TrapCode;

/// Runtime helpers generated code may reference by absolute address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Libcall {
    CeilF32,
    CeilF64,
    FloorF32,
    FloorF64,
    TruncF32,
    TruncF64,
    NearestF32,
    NearestF64,
    FmaF32,
    FmaF64,
}

/// An absolute reference to a libcall the loader must patch in.
#[derive(Debug, Clone, Copy)]
pub struct LibcallReloc {
    pub offset: u32,
    pub libcall: Libcall,
}

/// Machine code for a whole module (or a trampoline), linked except for
/// absolute libcall addresses.
#[derive(Debug, Default)]
pub struct CompiledCode {
    pub code: Vec<u8>,
    /// `(start, len)` of each compiled function, in order.
    pub funcs: Vec<(u32, u32)>,
    /// Trap sites: code offset → trap, sorted by offset.
    pub traps: Vec<(u32, TrapCode)>,
    /// Code offset → wasm module byte offset, sorted by code offset.
    pub addr_map: Vec<(u32, u32)>,
    pub libcalls: Vec<LibcallReloc>,
}
