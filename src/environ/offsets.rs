//! VMContext layout: the byte offsets generated code uses to reach an
//! instance's imports, definitions and function references, computed once
//! per module and shared by the compiler and the runtime.

use super::ModuleInfo;

/// Size of a pointer on the host.
const PTR: u32 = 8;

/// Offsets inside the structures generated code reads.
pub mod fields {
    /// `VMFuncRef { wasm_call, vmctx, type_id }`.
    pub const FUNCREF_WASM_CALL: i32 = 0;
    pub const FUNCREF_VMCTX: i32 = 8;
    pub const FUNCREF_TYPE_ID: i32 = 16;
    pub const FUNCREF_SIZE: u32 = 24;
    /// `VMFunctionImport { wasm_call, vmctx, funcref }`.
    pub const IMPORT_WASM_CALL: i32 = 0;
    pub const IMPORT_VMCTX: i32 = 8;
    pub const IMPORT_FUNCREF: i32 = 16;
    pub const IMPORT_SIZE: u32 = 24;
    /// `VMMemoryDefinition { base, current_length }`.
    pub const MEMORY_BASE: i32 = 0;
    pub const MEMORY_LENGTH: i32 = 8;
    /// `VMTableDefinition { base, current_elements }`.
    pub const TABLE_BASE: i32 = 0;
    pub const TABLE_LENGTH: i32 = 8;
    /// `VMStoreContext` fields.
    pub const STORE_FUEL_CONSUMED: i32 = 0;
    pub const STORE_EPOCH_DEADLINE_PTR: i32 = 8;
    pub const STORE_STACK_LIMIT: i32 = 16;
    pub const STORE_LAST_EXIT_FP: i32 = 24;
    pub const STORE_LAST_EXIT_PC: i32 = 32;
    pub const STORE_EPOCH_PTR: i32 = 40;
    pub const STORE_HOOKS: i32 = 56;
    /// `VMHostFuncContext` fields (the callee vmctx of a host function).
    pub const HOST_ARRAY_CALL: i32 = 8;
    /// Size of one global's storage.
    pub const GLOBAL_SIZE: u32 = 16;
}

/// Header fields at the start of every VMContext.
pub mod header {
    pub const MAGIC: i32 = 0;
    pub const STORE_CONTEXT: i32 = 8;
    pub const BUILTINS: i32 = 16;
    pub const INSTANCE: i32 = 24;
    pub const SIZE: u32 = 32;
}

/// The magic number at offset 0 of an instance's VMContext.
pub const VMCTX_MAGIC: u32 = u32::from_le_bytes(*b"core");
/// The magic number at offset 0 of a host function's context.
pub const HOST_MAGIC: u32 = u32::from_le_bytes(*b"host");

/// Offsets of each region of one module's VMContext.
#[derive(Debug, Clone, Default)]
pub struct VMOffsets {
    num_imported_funcs: u32,
    num_imported_globals: u32,
    imported_funcs: u32,
    tables: u32,
    memories: u32,
    memory_bases: u32,
    imported_globals: u32,
    defined_globals: u32,
    funcrefs: u32,
    type_ids: u32,
    size: u32,
}

fn align(n: u32, to: u32) -> u32 {
    n.div_ceil(to) * to
}

impl VMOffsets {
    pub fn new(info: &ModuleInfo) -> VMOffsets {
        // What generated code reads most comes first, so that its offsets
        // fit a one-byte displacement: memory bases (every function that
        // touches memory loads one), then the defined globals (C's
        // `__stack_pointer` is read and written by most functions).
        let memory_bases = header::SIZE;
        let memories = memory_bases + info.memories.len() as u32 * PTR;
        let defined_globals = align(memories + info.memories.len() as u32 * PTR, 16);
        let tables = defined_globals + info.num_defined_globals() * fields::GLOBAL_SIZE;
        let imported_globals = tables + info.tables.len() as u32 * PTR;
        let imported_funcs = imported_globals + info.num_imported_globals * PTR;
        let funcrefs = imported_funcs + info.num_imported_funcs * fields::IMPORT_SIZE;
        // The engine's canonical id of each module type, which
        // `call_indirect` compares with the callee's: read from here, not
        // baked into the code, so that compiled code does not depend on the
        // engine's registry (a serialized module is loaded into another).
        let type_ids = funcrefs + info.num_defined_funcs() * fields::FUNCREF_SIZE;
        let size = type_ids + info.types.len() as u32 * 4;
        VMOffsets {
            num_imported_funcs: info.num_imported_funcs,
            num_imported_globals: info.num_imported_globals,
            imported_funcs,
            tables,
            memories,
            memory_bases,
            imported_globals,
            defined_globals,
            funcrefs,
            type_ids,
            size,
        }
    }

    /// Total size of the VMContext in bytes.
    pub fn size(&self) -> u32 {
        self.size
    }

    /// The `VMFunctionImport` of imported function `index`.
    pub fn imported_func(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_imported_funcs);
        self.imported_funcs + index * fields::IMPORT_SIZE
    }

    /// The pointer to table `index`'s `VMTableDefinition`.
    pub fn table_ptr(&self, index: u32) -> u32 {
        self.tables + index * PTR
    }

    /// The pointer to memory `index`'s `VMMemoryDefinition`.
    pub fn memory_ptr(&self, index: u32) -> u32 {
        self.memories + index * PTR
    }

    /// A copy of memory `index`'s base address. Linear memories never move
    /// (each reserves its whole reachable range when created), so generated
    /// code reads the base with one load from the VMContext instead of two
    /// through the `VMMemoryDefinition` pointer.
    pub fn memory_base(&self, index: u32) -> u32 {
        self.memory_bases + index * PTR
    }

    /// The pointer to imported global `index`'s storage.
    pub fn imported_global_ptr(&self, index: u32) -> u32 {
        debug_assert!(index < self.num_imported_globals);
        self.imported_globals + index * PTR
    }

    /// The inline storage of defined global `index` (global index space).
    pub fn defined_global(&self, index: u32) -> u32 {
        debug_assert!(index >= self.num_imported_globals);
        self.defined_globals + (index - self.num_imported_globals) * fields::GLOBAL_SIZE
    }

    /// The canonical type id (u32) of module type `index`.
    pub fn type_id(&self, index: u32) -> u32 {
        self.type_ids + index * 4
    }

    /// The inline `VMFuncRef` of defined function `index` (function index space).
    pub fn defined_funcref(&self, index: u32) -> u32 {
        debug_assert!(index >= self.num_imported_funcs);
        self.funcrefs + (index - self.num_imported_funcs) * fields::FUNCREF_SIZE
    }
}

/// Runtime functions compiled code calls through the builtins table, by
/// index; each takes the caller's vmctx first. Those returning a trap flag
/// return non-zero when the operation is out of bounds; the generated code
/// then traps itself, so the trap has an exact wasm location.
pub mod builtins {
    /// `memory_grow(vmctx, memory, delta_pages) -> old pages or -1`.
    pub const MEMORY_GROW: u32 = 0;
    /// `memory_copy(vmctx, dst_def, dst, src_def, src, len) -> trap flag`,
    /// `*_def` being the memories' `VMMemoryDefinition` pointers.
    pub const MEMORY_COPY: u32 = 1;
    /// `memory_fill(vmctx, def, dst, byte, len) -> trap flag`.
    pub const MEMORY_FILL: u32 = 2;
    /// `memory_init(vmctx, mem, data, dst, src, len) -> trap flag`.
    pub const MEMORY_INIT: u32 = 3;
    /// `data_drop(vmctx, data)`.
    pub const DATA_DROP: u32 = 4;
    /// `table_grow(vmctx, table, init, delta) -> old size or -1`.
    pub const TABLE_GROW: u32 = 5;
    /// `table_fill(vmctx, table, dst, value, len) -> trap flag`.
    pub const TABLE_FILL: u32 = 6;
    /// `table_copy(vmctx, dst_table, src_table, dst, src, len) -> trap flag`.
    pub const TABLE_COPY: u32 = 7;
    /// `table_init(vmctx, table, elem, dst, src, len) -> trap flag`.
    pub const TABLE_INIT: u32 = 8;
    /// `elem_drop(vmctx, elem)`.
    pub const ELEM_DROP: u32 = 9;
    /// `epoch_check(vmctx) -> trap flag`: the epoch deadline was reached.
    pub const EPOCH_CHECK: u32 = 10;
    /// Number of builtins.
    pub const COUNT: u32 = 11;
    /// What `memory_grow` returns when the store's limiter failed with an
    /// error (the error is kept in the store; the caller traps).
    pub const GROW_ERROR: u32 = u32::MAX - 1;
}
