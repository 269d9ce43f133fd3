//! The operations a sequence is made of, and their generation from a seed.
//!
//! Operations name engines, stores, modules and instances by small raw
//! indices; the executor resolves them modulo what exists at that point, so
//! every generated sequence is runnable and the list depends only on the seed
//! (it can be printed without running anything).

use crate::rng::SplitMix64;
use arbitrary::{Arbitrary, Unstructured};

/// How the arguments of a call are chosen.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Args {
    /// The function's own parameter types.
    Right,
    /// One argument too few.
    TooFew,
    /// One argument too many.
    TooMany,
    /// The right count, every value of the wrong type.
    WrongTypes,
    /// The right parameters, but a results buffer of the wrong length.
    WrongResults,
}

/// A value stored into a global by the host.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum GVal {
    I32(i32),
    I64(i64),
    F64(u64),
    /// A fresh externref carrying this number.
    Extern(u32),
    NullExtern,
    NullFunc,
}

/// One API operation.
#[derive(Arbitrary, Debug, Clone)]
pub enum Op {
    /// `Engine::new` with fuel and/or epoch interruption.
    NewEngine { fuel: bool, epoch: bool },
    /// Drops the list's handle to an engine (stores keep theirs); only
    /// when the index is a multiple of 4.
    DropEngine(u8),
    /// `Module::new` of a pool module (or of invalid bytes) on an engine.
    NewModule { engine: u8, wat: u8 },
    /// `Store::new` on an engine.
    NewStore(u8),
    /// Drops a store (only when the index is a multiple of 4); its
    /// handles and interrupt handle are kept.
    DropStore(u8),
    /// Instantiates a module in a store: of the store's engine unless the
    /// module index is a multiple of 4 (then any engine: a mismatch must
    /// fail).
    Instantiate { store: u8, module: u8, linker: bool },
    /// Calls an export (with the right arguments when `right`, else as
    /// `args` says).
    Call {
        right: bool,
        store: u8,
        inst: u8,
        func: u8,
        args: Args,
        a: i32,
        b: i32,
    },
    /// `Memory::grow` from the host.
    MemGrow { store: u8, inst: u8, delta: u64 },
    /// `memory.grow` from wasm (the `grow` export).
    WasmGrow { store: u8, inst: u8, delta: i32 },
    /// `Memory::read`/`write` at an offset.
    MemAccess {
        store: u8,
        inst: u8,
        offset: u64,
        len: u8,
        write: bool,
    },
    /// `Table::grow`.
    TableGrow {
        store: u8,
        inst: u8,
        externs: bool,
        delta: u64,
    },
    /// `Table::get`/`set` at an index.
    TableAccess {
        store: u8,
        inst: u8,
        externs: bool,
        index: u64,
        value: Option<u32>,
    },
    /// `Global::get` of an export, checked against the model.
    GlobalGet { store: u8, inst: u8, global: u8 },
    /// `Global::set` of an export.
    GlobalSet {
        store: u8,
        inst: u8,
        global: u8,
        value: GVal,
    },
    /// `Store::gc`.
    Gc(u8),
    /// `Store::set_fuel`.
    SetFuel { store: u8, fuel: u16 },
    /// `Store::get_fuel`, checked against the model.
    GetFuel(u8),
    /// `Store::set_epoch_deadline`, `Engine::increment_epoch` (`bump` times),
    /// then a call of the endless `spin` export, which must trap.
    Epoch {
        store: u8,
        inst: u8,
        delta: u8,
        bump: u8,
    },
    /// Takes a store's interrupt handle.
    TakeInterrupt(u8),
    /// Fires a kept interrupt handle (its store may be gone).
    FireInterrupt(u8),
    /// Calls the endless `spin` export while another thread fires the
    /// store's interrupt handle after `delay_us` microseconds: it must trap.
    InterruptSpin { store: u8, inst: u8, delay_us: u16 },
    /// Uses a handle from one store (possibly dropped) with another store.
    Foreign { from: u8, to: u8, what: u8 },
    /// `Memory::new`, `Table::new`, `Global::new` in a store, with
    /// arbitrary (possibly invalid) limits.
    HostObjects {
        store: u8,
        min: u32,
        max: Option<u32>,
    },
}

/// The operations for `seed`, at most `max_ops` of them.
pub fn generate(seed: u64, max_ops: usize) -> Vec<Op> {
    let bytes = SplitMix64::new(seed).bytes(max_ops * 24 + 64);
    let mut u = Unstructured::new(&bytes);
    // Start with something to work on, then anything.
    let mut ops = vec![
        Op::NewEngine {
            fuel: seed % 3 == 1,
            epoch: seed % 3 == 2,
        },
        Op::NewModule { engine: 0, wat: 0 },
        Op::NewStore(0),
        Op::Instantiate {
            store: 0,
            module: 0,
            linker: seed.is_multiple_of(2),
        },
    ];
    while ops.len() < max_ops {
        match Op::arbitrary(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => break,
        }
    }
    ops
}
