//! Runtime functions that generated code calls through the builtins table
//! (indices and signatures in `environ::builtins`). None of them unwinds:
//! out-of-bounds operations return a flag and the caller traps.

use super::instance::VmInstance;
use crate::environ::builtins;

/// The instance whose vmctx generated code passed in.
///
/// # Safety
/// `vmctx` must be a live instance's VMContext.
unsafe fn instance<'a>(vmctx: *mut u8) -> &'a mut VmInstance {
    // SAFETY: guaranteed by the caller.
    unsafe { VmInstance::from_vmctx(vmctx) }
}

/// `[start, start + len)` as a range within `size`, if it fits.
fn range(start: u32, len: u32, size: usize) -> Option<std::ops::Range<usize>> {
    let end = u64::from(start) + u64::from(len);
    (end <= size as u64).then_some(start as usize..end as usize)
}

unsafe extern "C" fn memory_grow(vmctx: *mut u8, memory: u32, delta: u32) -> u32 {
    // SAFETY: generated code passes its own live vmctx; memories outlive
    // the instances using them (both belong to the store).
    let mem = unsafe { &mut *instance(vmctx).memories[memory as usize] };
    match mem.grow(u64::from(delta)) {
        Some(old) => old as u32,
        None => u32::MAX,
    }
}

unsafe extern "C" fn memory_copy(
    vmctx: *mut u8,
    dst_mem: u32,
    dst: u32,
    src_mem: u32,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: as in `memory_grow`.
    let inst = unsafe { instance(vmctx) };
    // SAFETY: as above; the two memories may be the same, so use raw copies.
    let (d, s) = unsafe {
        (
            &*inst.memories[dst_mem as usize],
            &*inst.memories[src_mem as usize],
        )
    };
    let (Some(dr), Some(sr)) = (
        range(dst, len, d.def.current_length),
        range(src, len, s.def.current_length),
    ) else {
        return 1;
    };
    // SAFETY: both ranges were checked against the accessible lengths.
    unsafe { std::ptr::copy(s.def.base.add(sr.start), d.def.base.add(dr.start), dr.len()) };
    0
}

unsafe extern "C" fn memory_fill(vmctx: *mut u8, mem: u32, dst: u32, byte: u32, len: u32) -> u32 {
    // SAFETY: as in `memory_grow`.
    let m = unsafe { &mut *instance(vmctx).memories[mem as usize] };
    match range(dst, len, m.def.current_length) {
        Some(r) => {
            m.data_mut()[r].fill(byte as u8);
            0
        }
        None => 1,
    }
}

unsafe extern "C" fn memory_init(
    vmctx: *mut u8,
    mem: u32,
    data: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: as in `memory_grow`.
    let inst = unsafe { instance(vmctx) };
    let bytes: &[u8] = if inst.data_dropped[data as usize] {
        &[]
    } else {
        &inst.data[data as usize]
    };
    // SAFETY: as in `memory_grow`.
    let m = unsafe { &mut *inst.memories[mem as usize] };
    match (
        range(src, len, bytes.len()),
        range(dst, len, m.def.current_length),
    ) {
        (Some(s), Some(d)) => {
            m.data_mut()[d].copy_from_slice(&bytes[s]);
            0
        }
        _ => 1,
    }
}

unsafe extern "C" fn data_drop(vmctx: *mut u8, data: u32) {
    // SAFETY: as in `memory_grow`.
    unsafe { instance(vmctx) }.data_dropped[data as usize] = true;
}

unsafe extern "C" fn table_grow(vmctx: *mut u8, table: u32, init: u64, delta: u32) -> u32 {
    // SAFETY: as in `memory_grow`; tables outlive their users too.
    let t = unsafe { &mut *instance(vmctx).tables[table as usize] };
    match t.grow(u64::from(delta), init as usize) {
        Some(old) => old as u32,
        None => u32::MAX,
    }
}

unsafe extern "C" fn table_fill(vmctx: *mut u8, table: u32, dst: u32, value: u64, len: u32) -> u32 {
    // SAFETY: as in `table_grow`.
    let t = unsafe { &mut *instance(vmctx).tables[table as usize] };
    match range(dst, len, t.size() as usize) {
        Some(r) => {
            t.elements_mut()[r].fill(value as usize);
            0
        }
        None => 1,
    }
}

unsafe extern "C" fn table_copy(
    vmctx: *mut u8,
    dst_t: u32,
    src_t: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: as in `table_grow`.
    let inst = unsafe { instance(vmctx) };
    let (dp, sp) = (inst.tables[dst_t as usize], inst.tables[src_t as usize]);
    // SAFETY: shared reads of the source; copied out before writing.
    let src_elems: Vec<usize> = {
        let s = unsafe { &*sp };
        match range(src, len, s.size() as usize) {
            Some(r) => s.elements()[r].to_vec(),
            None => return 1,
        }
    };
    // SAFETY: the destination table is live; no other borrow remains.
    let d = unsafe { &mut *dp };
    match range(dst, len, d.size() as usize) {
        Some(r) => {
            d.elements_mut()[r].copy_from_slice(&src_elems);
            0
        }
        None => 1,
    }
}

unsafe extern "C" fn table_init(
    vmctx: *mut u8,
    table: u32,
    elem: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: as in `table_grow`.
    let inst = unsafe { instance(vmctx) };
    let items = &inst.elems[elem as usize];
    // SAFETY: as in `table_grow`.
    let t = unsafe { &mut *inst.tables[table as usize] };
    match (
        range(src, len, items.len()),
        range(dst, len, t.size() as usize),
    ) {
        (Some(s), Some(d)) => {
            t.elements_mut()[d].copy_from_slice(&items[s]);
            0
        }
        _ => 1,
    }
}

unsafe extern "C" fn elem_drop(vmctx: *mut u8, elem: u32) {
    // SAFETY: as in `memory_grow`.
    unsafe { instance(vmctx) }.elems[elem as usize] = Vec::new();
}

/// The table every VMContext points to, in `environ::builtins` order.
#[repr(C)]
pub struct Builtins {
    memory_grow: unsafe extern "C" fn(*mut u8, u32, u32) -> u32,
    memory_copy: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    memory_fill: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32) -> u32,
    memory_init: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    data_drop: unsafe extern "C" fn(*mut u8, u32),
    table_grow: unsafe extern "C" fn(*mut u8, u32, u64, u32) -> u32,
    table_fill: unsafe extern "C" fn(*mut u8, u32, u32, u64, u32) -> u32,
    table_copy: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    table_init: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    elem_drop: unsafe extern "C" fn(*mut u8, u32),
}

const _: () = assert!(size_of::<Builtins>() == builtins::COUNT as usize * 8);

pub static BUILTINS: Builtins = Builtins {
    memory_grow,
    memory_copy,
    memory_fill,
    memory_init,
    data_drop,
    table_grow,
    table_fill,
    table_copy,
    table_init,
    elem_drop,
};
