//! The compiler's output as the runtime loads it: linked machine code plus
//! the tables that map code offsets back to traps and wasm offsets.

use super::{AddrMap, TrapTable};

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
    pub traps: TrapTable,
    /// Code offset → wasm module byte offset, sorted by code offset.
    pub addr_map: AddrMap,
    pub libcalls: Vec<LibcallReloc>,
    /// For each compiled function, where its frame keeps the `VMContext`
    /// it runs with: a byte offset from its frame pointer (see
    /// [`VMCTX_SLOT_KEY`]). `None` for trampolines and for functions only
    /// ever called directly from their own module, which run in their
    /// caller's instance.
    pub vmctx_slots: Vec<Option<i32>>,
}

/// The key of the stack slot in which a compiled wasm function that can
/// be entered from outside its module stores its `VMContext` on entry, so
/// that a backtrace can tell which instance each frame ran in.
pub const VMCTX_SLOT_KEY: u64 = 0x766d_6374_7800;
