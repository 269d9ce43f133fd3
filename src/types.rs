//! Public descriptions of wasm types: values, functions, memories, tables,
//! globals, and module imports/exports.

use std::fmt;

/// The type of a wasm value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
    V128,
    FuncRef,
    ExternRef,
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
            ValType::V128 => "v128",
            ValType::FuncRef => "funcref",
            ValType::ExternRef => "externref",
        })
    }
}

impl ValType {
    pub(crate) fn from_wasm(ty: wasmparser::ValType) -> ValType {
        match ty {
            wasmparser::ValType::I32 => ValType::I32,
            wasmparser::ValType::I64 => ValType::I64,
            wasmparser::ValType::F32 => ValType::F32,
            wasmparser::ValType::F64 => ValType::F64,
            wasmparser::ValType::V128 => ValType::V128,
            wasmparser::ValType::Ref(r) if r.is_func_ref() => ValType::FuncRef,
            wasmparser::ValType::Ref(_) => ValType::ExternRef,
        }
    }

    pub(crate) fn to_wasm(self) -> wasmparser::ValType {
        match self {
            ValType::I32 => wasmparser::ValType::I32,
            ValType::I64 => wasmparser::ValType::I64,
            ValType::F32 => wasmparser::ValType::F32,
            ValType::F64 => wasmparser::ValType::F64,
            ValType::V128 => wasmparser::ValType::V128,
            ValType::FuncRef => wasmparser::ValType::FUNCREF,
            ValType::ExternRef => wasmparser::ValType::EXTERNREF,
        }
    }

    /// Whether this is a reference type.
    pub fn is_ref(&self) -> bool {
        matches!(self, ValType::FuncRef | ValType::ExternRef)
    }
}

/// A function signature.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FuncType {
    params: Box<[ValType]>,
    results: Box<[ValType]>,
}

impl FuncType {
    /// A function type for use with `engine`, as wasmtime's
    /// `FuncType::new(&engine, params, results)`. (wasmrt's types are
    /// plain values, usable with any engine; the engine is taken so that
    /// wasmtime code compiles unchanged.)
    pub fn new(
        _engine: &crate::Engine,
        params: impl IntoIterator<Item = ValType>,
        results: impl IntoIterator<Item = ValType>,
    ) -> FuncType {
        FuncType::from_parts(params, results)
    }

    /// A function type from its parameters and results, without an engine
    /// (the C API's `wasm_functype_new` has none).
    pub(crate) fn from_parts(
        params: impl IntoIterator<Item = ValType>,
        results: impl IntoIterator<Item = ValType>,
    ) -> FuncType {
        FuncType {
            params: params.into_iter().collect(),
            results: results.into_iter().collect(),
        }
    }

    pub fn params(&self) -> impl ExactSizeIterator<Item = ValType> + '_ {
        self.params.iter().copied()
    }

    pub fn results(&self) -> impl ExactSizeIterator<Item = ValType> + '_ {
        self.results.iter().copied()
    }

    pub(crate) fn param_slice(&self) -> &[ValType] {
        &self.params
    }

    pub(crate) fn result_slice(&self) -> &[ValType] {
        &self.results
    }

    pub(crate) fn from_wasm(ty: &wasmparser::FuncType) -> FuncType {
        FuncType::from_parts(
            ty.params().iter().map(|t| ValType::from_wasm(*t)),
            ty.results().iter().map(|t| ValType::from_wasm(*t)),
        )
    }

    pub(crate) fn to_wasm(&self) -> wasmparser::FuncType {
        wasmparser::FuncType::new(
            self.params.iter().map(|t| t.to_wasm()),
            self.results.iter().map(|t| t.to_wasm()),
        )
    }
}

fn write_list(f: &mut fmt::Formatter<'_>, tys: &[ValType]) -> fmt::Result {
    for (i, t) in tys.iter().enumerate() {
        if i > 0 {
            f.write_str(" ")?;
        }
        write!(f, "{t}")?;
    }
    Ok(())
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(func")?;
        if !self.params.is_empty() {
            f.write_str(" (param ")?;
            write_list(f, &self.params)?;
            f.write_str(")")?;
        }
        if !self.results.is_empty() {
            f.write_str(" (result ")?;
            write_list(f, &self.results)?;
            f.write_str(")")?;
        }
        f.write_str(")")
    }
}

/// Limits of a linear memory, in 64 KiB pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MemoryType {
    minimum: u64,
    maximum: Option<u64>,
}

impl MemoryType {
    pub fn new(minimum: u32, maximum: Option<u32>) -> MemoryType {
        MemoryType {
            minimum: minimum.into(),
            maximum: maximum.map(Into::into),
        }
    }
    pub fn minimum(&self) -> u64 {
        self.minimum
    }
    pub fn maximum(&self) -> Option<u64> {
        self.maximum
    }
    pub(crate) fn from_wasm(ty: &wasmparser::MemoryType) -> MemoryType {
        MemoryType {
            minimum: ty.initial,
            maximum: ty.maximum,
        }
    }
}

fn write_limits(f: &mut fmt::Formatter<'_>, min: u64, max: Option<u64>) -> fmt::Result {
    write!(f, "{min}")?;
    if let Some(max) = max {
        write!(f, " {max}")?;
    }
    Ok(())
}

impl fmt::Display for MemoryType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(memory ")?;
        write_limits(f, self.minimum, self.maximum)?;
        f.write_str(")")
    }
}

/// Element type and limits of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TableType {
    element: ValType,
    minimum: u64,
    maximum: Option<u64>,
}

impl TableType {
    pub fn new(element: ValType, minimum: u32, maximum: Option<u32>) -> TableType {
        TableType {
            element,
            minimum: minimum.into(),
            maximum: maximum.map(Into::into),
        }
    }
    pub fn element(&self) -> ValType {
        self.element
    }
    pub fn minimum(&self) -> u64 {
        self.minimum
    }
    pub fn maximum(&self) -> Option<u64> {
        self.maximum
    }
    pub(crate) fn from_wasm(ty: &wasmparser::TableType) -> TableType {
        TableType {
            element: ValType::from_wasm(wasmparser::ValType::Ref(ty.element_type)),
            minimum: ty.initial,
            maximum: ty.maximum,
        }
    }
}

impl fmt::Display for TableType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(table ")?;
        write_limits(f, self.minimum, self.maximum)?;
        write!(f, " {})", self.element)
    }
}

/// Whether a global can be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mutability {
    Const,
    Var,
}

/// Value type and mutability of a global.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GlobalType {
    content: ValType,
    mutability: Mutability,
}

impl GlobalType {
    pub fn new(content: ValType, mutability: Mutability) -> GlobalType {
        GlobalType {
            content,
            mutability,
        }
    }
    pub fn content(&self) -> &ValType {
        &self.content
    }
    pub fn mutability(&self) -> Mutability {
        self.mutability
    }
    pub(crate) fn from_wasm(ty: &wasmparser::GlobalType) -> GlobalType {
        GlobalType {
            content: ValType::from_wasm(ty.content_type),
            mutability: if ty.mutable {
                Mutability::Var
            } else {
                Mutability::Const
            },
        }
    }
}

impl fmt::Display for GlobalType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.mutability {
            Mutability::Const => write!(f, "(global {})", self.content),
            Mutability::Var => write!(f, "(global (mut {}))", self.content),
        }
    }
}

/// The type of an import or export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExternType {
    Func(FuncType),
    Global(GlobalType),
    Table(TableType),
    Memory(MemoryType),
}

impl ExternType {
    pub fn func(&self) -> Option<&FuncType> {
        match self {
            ExternType::Func(f) => Some(f),
            _ => None,
        }
    }
    pub fn global(&self) -> Option<&GlobalType> {
        match self {
            ExternType::Global(g) => Some(g),
            _ => None,
        }
    }
    pub fn table(&self) -> Option<&TableType> {
        match self {
            ExternType::Table(t) => Some(t),
            _ => None,
        }
    }
    pub fn memory(&self) -> Option<&MemoryType> {
        match self {
            ExternType::Memory(m) => Some(m),
            _ => None,
        }
    }
    /// The kind of extern, as a word ("function", "global", ...).
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            ExternType::Func(_) => "function",
            ExternType::Global(_) => "global",
            ExternType::Table(_) => "table",
            ExternType::Memory(_) => "memory",
        }
    }
}

impl fmt::Display for ExternType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExternType::Func(t) => t.fmt(f),
            ExternType::Global(t) => t.fmt(f),
            ExternType::Table(t) => t.fmt(f),
            ExternType::Memory(t) => t.fmt(f),
        }
    }
}

/// One import of a module.
#[derive(Debug, Clone)]
pub struct ImportType<'a> {
    pub(crate) module: &'a str,
    pub(crate) name: &'a str,
    pub(crate) ty: ExternType,
}

impl<'a> ImportType<'a> {
    pub fn module(&self) -> &'a str {
        self.module
    }
    pub fn name(&self) -> &'a str {
        self.name
    }
    pub fn ty(&self) -> ExternType {
        self.ty.clone()
    }
}

/// One export of a module.
#[derive(Debug, Clone)]
pub struct ExportType<'a> {
    pub(crate) name: &'a str,
    pub(crate) ty: ExternType,
}

impl<'a> ExportType<'a> {
    pub fn name(&self) -> &'a str {
        self.name
    }
    pub fn ty(&self) -> ExternType {
        self.ty.clone()
    }
}
