//! Runtime functions that generated code calls through the builtins table
//! (indices and signatures in `environ::builtins`). None of them unwinds:
//! out-of-bounds operations return a flag and the caller traps.

use super::instance::VmInstance;
use super::memory::WASM_PAGE;
use super::vmcontext::{GrowDecision, VMMemoryDefinition, VMStoreContext};
use crate::environ::{builtins, header};

/// The instance whose vmctx generated code passed in.
///
/// # Safety
/// `vmctx` must be a live instance's VMContext.
unsafe fn instance<'a>(vmctx: *mut u8) -> &'a mut VmInstance {
    // SAFETY: guaranteed by the caller.
    unsafe { VmInstance::from_vmctx(vmctx) }
}

/// The store context of the instance owning `vmctx`.
///
/// # Safety
/// `vmctx` must be a live instance's VMContext.
unsafe fn store_context<'a>(vmctx: *mut u8) -> &'a VMStoreContext {
    // SAFETY: the header's store pointer was written at instantiation and
    // the store outlives its instances.
    unsafe {
        &**vmctx
            .add(header::STORE_CONTEXT as usize)
            .cast::<*const VMStoreContext>()
    }
}

/// Asks the store's limiter about a growth; `None` means the hooks are
/// not installed (growth is allowed).
///
/// # Safety
/// `vmctx` must be a live instance's VMContext.
unsafe fn ask(
    vmctx: *mut u8,
    memory: bool,
    current: usize,
    desired: usize,
    max: Option<usize>,
) -> GrowDecision {
    // SAFETY: guaranteed by the caller.
    let vm = unsafe { store_context(vmctx) };
    if vm.hooks.is_null() {
        return GrowDecision::Allow;
    }
    // SAFETY: installed hooks stay valid while the store lives.
    let hooks = unsafe { &*vm.hooks };
    let f = if memory {
        hooks.memory_growing
    } else {
        hooks.table_growing
    };
    // SAFETY: the hook gets its own store's pointer.
    unsafe { f(vm.store, current, desired, max) }
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
    let current = mem.def.current_length;
    let desired = current as u64 + u64::from(delta) * WASM_PAGE as u64;
    if delta > 0 && desired <= mem.maximum_pages() * WASM_PAGE as u64 {
        let max = mem.declared_maximum().map(|p| p as usize * WASM_PAGE);
        // SAFETY: `vmctx` is live (see above).
        match unsafe { ask(vmctx, true, current, desired as usize, max) } {
            GrowDecision::Allow => {}
            GrowDecision::Deny => return u32::MAX,
            GrowDecision::Error => return builtins::GROW_ERROR,
        }
    }
    match mem.grow(u64::from(delta)) {
        Some(old) => old as u32,
        None => u32::MAX,
    }
}

/// `memory.copy`. Generated code passes the two memories'
/// `VMMemoryDefinition`s (read from its VMContext) rather than their
/// indices, so the copy starts after two loads instead of a walk through
/// the instance.
unsafe extern "C" fn memory_copy(
    _vmctx: *mut u8,
    dst_def: *const VMMemoryDefinition,
    dst: u32,
    src_def: *const VMMemoryDefinition,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: generated code passes pointers it read from its own live
    // VMContext; the definitions belong to memories the store keeps alive.
    // The two may be the same memory, so only shared references are made.
    let (d, s) = unsafe { (&*dst_def, &*src_def) };
    let (Some(dr), Some(sr)) = (
        range(dst, len, d.current_length),
        range(src, len, s.current_length),
    ) else {
        return 1;
    };
    // SAFETY: both ranges were checked against the accessible lengths;
    // `copy` allows them to overlap.
    unsafe { std::ptr::copy(s.base.add(sr.start), d.base.add(dr.start), dr.len()) };
    0
}

/// `memory.fill`, given the memory's `VMMemoryDefinition` (see
/// `memory_copy`).
unsafe extern "C" fn memory_fill(
    _vmctx: *mut u8,
    def: *const VMMemoryDefinition,
    dst: u32,
    byte: u32,
    len: u32,
) -> u32 {
    // SAFETY: as in `memory_copy`.
    let d = unsafe { &*def };
    match range(dst, len, d.current_length) {
        Some(r) => {
            // SAFETY: the range was checked against the accessible length.
            unsafe { std::ptr::write_bytes(d.base.add(r.start), byte as u8, r.len()) };
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
    let current = t.size() as usize;
    let desired = current as u64 + u64::from(delta);
    if delta > 0 && desired <= t.maximum() {
        let max = t.declared_maximum().map(|m| m as usize);
        // SAFETY: `vmctx` is live (see above).
        match unsafe { ask(vmctx, false, current, desired as usize, max) } {
            GrowDecision::Allow => {}
            GrowDecision::Deny => return u32::MAX,
            GrowDecision::Error => return builtins::GROW_ERROR,
        }
    }
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

unsafe extern "C" fn epoch_check(vmctx: *mut u8) -> u32 {
    // SAFETY: generated code passes its own live vmctx.
    let vm = unsafe { store_context(vmctx) };
    if vm.hooks.is_null() {
        return 1;
    }
    // SAFETY: installed hooks stay valid while the store lives, and get
    // their own store's pointer.
    u32::from(unsafe { ((*vm.hooks).epoch_reached)(vm.store) })
}

/// The table every VMContext points to, in `environ::builtins` order.
#[repr(C)]
pub struct Builtins {
    memory_grow: unsafe extern "C" fn(*mut u8, u32, u32) -> u32,
    memory_copy: unsafe extern "C" fn(
        *mut u8,
        *const VMMemoryDefinition,
        u32,
        *const VMMemoryDefinition,
        u32,
        u32,
    ) -> u32,
    memory_fill: unsafe extern "C" fn(*mut u8, *const VMMemoryDefinition, u32, u32, u32) -> u32,
    memory_init: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    data_drop: unsafe extern "C" fn(*mut u8, u32),
    table_grow: unsafe extern "C" fn(*mut u8, u32, u64, u32) -> u32,
    table_fill: unsafe extern "C" fn(*mut u8, u32, u32, u64, u32) -> u32,
    table_copy: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    table_init: unsafe extern "C" fn(*mut u8, u32, u32, u32, u32, u32) -> u32,
    elem_drop: unsafe extern "C" fn(*mut u8, u32),
    epoch_check: unsafe extern "C" fn(*mut u8) -> u32,
}

const _: () = assert!(size_of::<Builtins>() == builtins::COUNT as usize * 8);

/// A builtins table as generated code reads it through its VMContext: one
/// entry point per builtin, in `environ::builtins` order. The engine
/// starts from [`BuiltinTable::direct`] and puts its exit trampolines in
/// front of the builtins that may re-enter wasm.
#[repr(C)]
pub struct BuiltinTable(pub [usize; builtins::COUNT as usize]);

impl BuiltinTable {
    /// The runtime's own entry points.
    pub fn direct() -> BuiltinTable {
        // SAFETY: `Builtins` is `repr(C)` with exactly `COUNT` function
        // pointers (asserted above), each the size of a `usize`.
        BuiltinTable(unsafe { std::mem::transmute_copy(&BUILTINS) })
    }
}

static BUILTINS: Builtins = Builtins {
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
    epoch_check,
};
