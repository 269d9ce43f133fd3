//! Runtime functions that generated code calls through the builtins table
//! (indices in `environ::builtins`).

use super::instance::VmInstance;
use crate::environ::builtins;

/// `memory.grow`: returns the old size in pages, or -1.
unsafe extern "C" fn memory_grow(vmctx: *mut u8, memory: u32, delta: u32) -> u32 {
    // SAFETY: generated code passes its own live vmctx.
    let instance = unsafe { VmInstance::from_vmctx(vmctx) };
    let mem = instance.memories[memory as usize];
    // SAFETY: memories outlive the instances that use them (both live in the store).
    let mem = unsafe { &mut *mem };
    match mem.grow(u64::from(delta)) {
        Some(old) => old as u32,
        None => u32::MAX,
    }
}

/// The table every VMContext points to, in `environ::builtins` order.
#[repr(C)]
pub struct Builtins {
    memory_grow: unsafe extern "C" fn(*mut u8, u32, u32) -> u32,
}

const _: () = assert!(size_of::<Builtins>() == builtins::COUNT as usize * 8);

pub static BUILTINS: Builtins = Builtins { memory_grow };
