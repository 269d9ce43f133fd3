//! The static description of a module: its types, imports, definitions,
//! exports, segments and names.

use super::FuncNames;
use std::collections::HashMap;
use std::sync::Arc;
use wasmparser::{FuncType, GlobalType, MemoryType, TableType};

/// What an import or export refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityIndex {
    Function(u32),
    Table(u32),
    Memory(u32),
    Global(u32),
}

/// One import of the module, in declaration order.
#[derive(Debug, Clone)]
pub struct Import {
    pub module: String,
    pub name: String,
    /// Index into the matching index space (function, table, memory, global).
    pub index: EntityIndex,
}

/// A constant expression as it may appear in global initialisers and
/// segment offsets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstExpr {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
    /// `global.get` of an (imported) global.
    GlobalGet(u32),
    RefNull,
    RefFunc(u32),
}

/// Where an element segment's items go.
#[derive(Debug, Clone)]
pub enum ElemMode {
    Active { table: u32, offset: ConstExpr },
    Passive,
    Declared,
}

/// An element segment.
#[derive(Debug, Clone)]
pub struct ElemSegment {
    pub mode: ElemMode,
    /// Items; `None` is a null reference.
    pub items: Vec<ConstExpr>,
}

/// Where a data segment goes.
#[derive(Debug, Clone)]
pub enum DataMode {
    Active { memory: u32, offset: ConstExpr },
    Passive,
}

/// A data segment; its bytes are a range of the module binary.
#[derive(Debug, Clone)]
pub struct DataSegment {
    pub mode: DataMode,
    pub data: std::ops::Range<usize>,
}

/// The parsed description of a module.
#[derive(Debug, Default, Clone)]
pub struct ModuleInfo {
    /// Function types by type index.
    pub types: Vec<FuncType>,
    /// Type index of every function (imports first).
    pub functions: Vec<u32>,
    pub tables: Vec<TableType>,
    pub memories: Vec<MemoryType>,
    pub globals: Vec<GlobalType>,
    pub num_imported_funcs: u32,
    pub num_imported_tables: u32,
    pub num_imported_memories: u32,
    pub num_imported_globals: u32,
    pub imports: Vec<Import>,
    /// Exports in declaration order.
    pub exports: Vec<(String, EntityIndex)>,
    pub export_map: HashMap<String, EntityIndex>,
    pub global_inits: Vec<ConstExpr>,
    pub start: Option<u32>,
    pub elements: Vec<ElemSegment>,
    pub data: Vec<DataSegment>,
    /// Names from the name section.
    pub module_name: Option<String>,
    /// Shared with the code's frame metadata, which backtraces read.
    pub func_names: Arc<FuncNames>,
    /// Functions that may be referenced (exported, in tables, `ref.func`).
    pub escaping_funcs: Vec<u32>,
}

impl ModuleInfo {
    /// The signature of function `index`.
    pub fn func_type(&self, index: u32) -> &FuncType {
        &self.types[self.functions[index as usize] as usize]
    }

    pub fn num_defined_funcs(&self) -> u32 {
        self.functions.len() as u32 - self.num_imported_funcs
    }

    pub fn num_defined_globals(&self) -> u32 {
        self.globals.len() as u32 - self.num_imported_globals
    }

    pub fn is_imported_func(&self, index: u32) -> bool {
        index < self.num_imported_funcs
    }

    pub fn is_imported_global(&self, index: u32) -> bool {
        index < self.num_imported_globals
    }
}
