//! An instance's VMContext: allocation and initialisation of every region
//! generated code reads (see `environ::offsets`).

use super::libcalls::BuiltinTable;
use super::memory::LinearMemory;
use super::table::TableStorage;
use super::vmcontext::{VMFuncRef, VMFunctionImport, VMGlobalDefinition, VMStoreContext};
use crate::environ::{VMCTX_MAGIC, VMOffsets, header};
use std::alloc::Layout;
use std::sync::Arc;

/// The runtime side of one instance.
pub struct VmInstance {
    vmctx: *mut u8,
    layout: Layout,
    pub offsets: VMOffsets,
    /// Every memory and table of the instance (imported first).
    pub memories: Vec<*mut LinearMemory>,
    pub tables: Vec<*mut TableStorage>,
    /// The instance's index in its store.
    pub store_index: usize,
    pub num_imported_funcs: u32,
    /// Items of each element segment (emptied when dropped).
    pub elems: Vec<Vec<usize>>,
    /// Bytes of each data segment, and whether it was dropped.
    pub data: Arc<[Box<[u8]>]>,
    pub data_dropped: Vec<bool>,
}

// SAFETY: the raw pointers are owned by the store the instance belongs to,
// which moves between threads as a whole.
unsafe impl Send for VmInstance {}
// SAFETY: shared access only reads.
unsafe impl Sync for VmInstance {}

/// Everything needed to fill in a new VMContext.
pub struct VmInstanceInit<'a> {
    pub offsets: VMOffsets,
    pub store: *mut VMStoreContext,
    /// The engine's builtins table (it outlives every instance of the engine).
    pub builtins: *const BuiltinTable,
    pub imported_funcs: &'a [VMFunctionImport],
    pub memories: Vec<*mut LinearMemory>,
    pub tables: Vec<*mut TableStorage>,
    pub imported_globals: &'a [*mut VMGlobalDefinition],
    /// Code pointer and type id of each defined function.
    pub defined_funcs: &'a [(*const u8, u32)],
    /// The canonical id of each module type (for `call_indirect`).
    pub type_ids: &'a [u32],
    pub num_imported_funcs: u32,
    pub store_index: usize,
    pub data: Arc<[Box<[u8]>]>,
}

impl VmInstance {
    pub fn new(init: VmInstanceInit<'_>) -> Box<VmInstance> {
        let layout =
            Layout::from_size_align(init.offsets.size() as usize, 16).expect("vmctx layout");
        // SAFETY: the layout has non-zero size (the header alone is 32 bytes).
        let vmctx = unsafe { std::alloc::alloc_zeroed(layout) };
        if vmctx.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let mut inst = Box::new(VmInstance {
            vmctx,
            layout,
            offsets: init.offsets,
            memories: init.memories,
            tables: init.tables,
            store_index: init.store_index,
            num_imported_funcs: init.num_imported_funcs,
            elems: Vec::new(),
            data_dropped: vec![false; init.data.len()],
            data: init.data,
        });
        let inst_ptr: *mut VmInstance = &mut *inst;
        let off = &inst.offsets;
        // SAFETY: every write below targets a field inside the freshly
        // allocated vmctx at the offsets computed for this module.
        unsafe {
            let at = |o: u32| vmctx.add(o as usize);
            at(header::MAGIC as u32).cast::<u32>().write(VMCTX_MAGIC);
            at(header::STORE_CONTEXT as u32)
                .cast::<*mut VMStoreContext>()
                .write(init.store);
            at(header::BUILTINS as u32)
                .cast::<*const BuiltinTable>()
                .write(init.builtins);
            at(header::INSTANCE as u32)
                .cast::<*mut VmInstance>()
                .write(inst_ptr);
            for (i, f) in init.imported_funcs.iter().enumerate() {
                at(off.imported_func(i as u32))
                    .cast::<VMFunctionImport>()
                    .write(*f);
            }
            for (i, t) in inst.tables.iter().enumerate() {
                at(off.table_ptr(i as u32))
                    .cast::<*mut TableStorage>()
                    .write(*t);
            }
            for (i, m) in inst.memories.iter().enumerate() {
                at(off.memory_ptr(i as u32))
                    .cast::<*mut LinearMemory>()
                    .write(*m);
                // Memories never move, so the base can be copied once.
                at(off.memory_base(i as u32))
                    .cast::<*mut u8>()
                    .write((**m).def.base);
            }
            for (i, g) in init.imported_globals.iter().enumerate() {
                at(off.imported_global_ptr(i as u32))
                    .cast::<*mut VMGlobalDefinition>()
                    .write(*g);
            }
            for (i, id) in init.type_ids.iter().enumerate() {
                at(off.type_id(i as u32)).cast::<u32>().write(*id);
            }
            for (i, (code, type_id)) in init.defined_funcs.iter().enumerate() {
                let index = init.num_imported_funcs + i as u32;
                at(off.defined_funcref(index))
                    .cast::<VMFuncRef>()
                    .write(VMFuncRef {
                        wasm_call: *code,
                        vmctx,
                        type_id: *type_id,
                    });
            }
        }
        inst
    }

    /// The instance's VMContext, as generated code sees it.
    pub fn vmctx(&self) -> *mut u8 {
        self.vmctx
    }

    /// The `VMFuncRef` of defined function `index`.
    pub fn defined_funcref(&self, index: u32) -> *const VMFuncRef {
        // SAFETY: the offset lies inside the vmctx.
        unsafe {
            self.vmctx
                .add(self.offsets.defined_funcref(index) as usize)
                .cast()
        }
    }

    /// The `VMFunctionImport` of imported function `index`.
    pub fn imported_func(&self, index: u32) -> &VMFunctionImport {
        // SAFETY: the offset lies inside the vmctx and was initialised.
        unsafe {
            &*self
                .vmctx
                .add(self.offsets.imported_func(index) as usize)
                .cast()
        }
    }

    /// Storage of defined global `index`.
    pub fn defined_global(&self, index: u32) -> *mut VMGlobalDefinition {
        // SAFETY: the offset lies inside the vmctx.
        unsafe {
            self.vmctx
                .add(self.offsets.defined_global(index) as usize)
                .cast()
        }
    }

    /// The `VmInstance` owning `vmctx`.
    ///
    /// # Safety
    /// `vmctx` must be the VMContext of a live instance.
    pub unsafe fn from_vmctx<'a>(vmctx: *mut u8) -> &'a mut VmInstance {
        // SAFETY: the header's instance pointer was written at creation.
        unsafe {
            &mut **vmctx
                .add(header::INSTANCE as usize)
                .cast::<*mut VmInstance>()
        }
    }
}

impl Drop for VmInstance {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe { std::alloc::dealloc(self.vmctx, self.layout) }
    }
}
