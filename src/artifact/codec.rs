//! Bytes in and out for the precompiled format: a little-endian writer, a
//! reader that names what a damaged artefact cut short, and the encoding
//! of a module's description (`ModuleInfo`), so that loading an artefact
//! reads it back instead of parsing a wasm binary again.

use crate::environ::{
    ConstExpr, DataMode, DataSegment, ElemMode, ElemSegment, EntityIndex, FuncNames, Import,
    ModuleInfo,
};
use anyhow::{Context, Result, bail};
use wasmparser::{FuncType, GlobalType, MemoryType, RefType, TableType, ValType};

/// Appends little-endian numbers and length-prefixed bytes.
#[derive(Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// `b` as it is, without a length.
    pub fn raw(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    pub fn opt_u64(&mut self, v: Option<u64>) {
        match v {
            Some(v) => {
                self.u8(1);
                self.u64(v);
            }
            None => self.u8(0),
        }
    }
}

/// Reads what [`Writer`] wrote; every shortfall or bad value is an error
/// that says the artefact is damaged.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    pub fn position(&self) -> usize {
        self.at
    }

    pub fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let rest = &self.bytes[self.at..];
        if rest.len() < n {
            bail!(
                "the precompiled module is truncated: it ends at byte {} in its {what}",
                self.bytes.len()
            );
        }
        self.at += n;
        Ok(&rest[..n])
    }

    pub fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }

    pub fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }

    pub fn u64(&mut self, what: &str) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8, what)?.try_into().unwrap()))
    }

    pub fn usize(&mut self, what: &str) -> Result<usize> {
        let n = self.u64(what)?;
        usize::try_from(n).with_context(|| format!("the {what} value {n} is too large"))
    }

    pub fn bytes(&mut self, what: &str) -> Result<&'a [u8]> {
        let n = self.usize(what)?;
        self.take(n, what)
    }

    pub fn str(&mut self, what: &str) -> Result<&'a str> {
        std::str::from_utf8(self.bytes(what)?)
            .with_context(|| format!("the precompiled module is damaged: its {what} is not text"))
    }

    pub fn opt_u64(&mut self, what: &str) -> Result<Option<u64>> {
        Ok(match self.u8(what)? {
            0 => None,
            1 => Some(self.u64(what)?),
            _ => bail!("the precompiled module is damaged: a bad flag in its {what}"),
        })
    }

    pub fn bool(&mut self, what: &str) -> Result<bool> {
        match self.u8(what)? {
            0 => Ok(false),
            1 => Ok(true),
            _ => bail!("the precompiled module is damaged: a bad flag in its {what}"),
        }
    }

    /// A count of items at least `item_size` bytes each: more than the
    /// rest of the bytes could hold is damage (and no huge allocation).
    pub fn count(&mut self, what: &str, item_size: usize) -> Result<usize> {
        let n = self.u32(what)? as usize;
        if n.saturating_mul(item_size) > self.bytes.len() - self.at {
            bail!("the precompiled module is damaged: {n} {what} do not fit in it");
        }
        Ok(n)
    }
}

fn damaged(what: &str) -> anyhow::Error {
    anyhow::anyhow!("the precompiled module is damaged: a bad {what}")
}

fn val_type(w: &mut Writer, t: ValType) {
    w.u8(match t {
        ValType::I32 => 0x7f,
        ValType::I64 => 0x7e,
        ValType::F32 => 0x7d,
        ValType::F64 => 0x7c,
        ValType::V128 => 0x7b,
        ValType::Ref(r) if r == RefType::EXTERNREF => 0x6f,
        // The only other reference type of WebAssembly 2.0.
        ValType::Ref(_) => 0x70,
    });
}

fn read_val_type(r: &mut Reader) -> Result<ValType> {
    Ok(match r.u8("value type")? {
        0x7f => ValType::I32,
        0x7e => ValType::I64,
        0x7d => ValType::F32,
        0x7c => ValType::F64,
        0x7b => ValType::V128,
        0x70 => ValType::FUNCREF,
        0x6f => ValType::EXTERNREF,
        _ => return Err(damaged("value type")),
    })
}

fn entity(w: &mut Writer, e: EntityIndex) {
    let (kind, index) = match e {
        EntityIndex::Function(i) => (0, i),
        EntityIndex::Table(i) => (1, i),
        EntityIndex::Memory(i) => (2, i),
        EntityIndex::Global(i) => (3, i),
    };
    w.u8(kind);
    w.u32(index);
}

fn read_entity(r: &mut Reader) -> Result<EntityIndex> {
    let kind = r.u8("entity")?;
    let index = r.u32("entity")?;
    Ok(match kind {
        0 => EntityIndex::Function(index),
        1 => EntityIndex::Table(index),
        2 => EntityIndex::Memory(index),
        3 => EntityIndex::Global(index),
        _ => return Err(damaged("entity kind")),
    })
}

fn const_expr(w: &mut Writer, e: &ConstExpr) {
    match *e {
        ConstExpr::I32(v) => {
            w.u8(0);
            w.u32(v as u32);
        }
        ConstExpr::I64(v) => {
            w.u8(1);
            w.u64(v as u64);
        }
        ConstExpr::F32(v) => {
            w.u8(2);
            w.u32(v);
        }
        ConstExpr::F64(v) => {
            w.u8(3);
            w.u64(v);
        }
        ConstExpr::V128(v) => {
            w.u8(4);
            w.0.extend_from_slice(&v.to_le_bytes());
        }
        ConstExpr::GlobalGet(i) => {
            w.u8(5);
            w.u32(i);
        }
        ConstExpr::RefNull => w.u8(6),
        ConstExpr::RefFunc(i) => {
            w.u8(7);
            w.u32(i);
        }
    }
}

fn read_const_expr(r: &mut Reader) -> Result<ConstExpr> {
    let what = "constant expression";
    Ok(match r.u8(what)? {
        0 => ConstExpr::I32(r.u32(what)? as i32),
        1 => ConstExpr::I64(r.u64(what)? as i64),
        2 => ConstExpr::F32(r.u32(what)?),
        3 => ConstExpr::F64(r.u64(what)?),
        4 => ConstExpr::V128(u128::from_le_bytes(r.take(16, what)?.try_into().unwrap())),
        5 => ConstExpr::GlobalGet(r.u32(what)?),
        6 => ConstExpr::RefNull,
        7 => ConstExpr::RefFunc(r.u32(what)?),
        _ => return Err(damaged(what)),
    })
}

/// Appends `info`.
pub fn write_module_info(w: &mut Writer, info: &ModuleInfo) {
    w.u32(info.types.len() as u32);
    for t in &info.types {
        w.u32(t.params().len() as u32);
        t.params().iter().for_each(|&p| val_type(w, p));
        w.u32(t.results().len() as u32);
        t.results().iter().for_each(|&p| val_type(w, p));
    }
    w.u32(info.functions.len() as u32);
    info.functions.iter().for_each(|&f| w.u32(f));
    w.u32(info.tables.len() as u32);
    for t in &info.tables {
        val_type(w, ValType::Ref(t.element_type));
        w.u64(t.initial);
        w.opt_u64(t.maximum);
        w.u8(t.table64 as u8);
        w.u8(t.shared as u8);
    }
    w.u32(info.memories.len() as u32);
    for m in &info.memories {
        w.u64(m.initial);
        w.opt_u64(m.maximum);
        w.u8(m.memory64 as u8);
        w.u8(m.shared as u8);
        w.opt_u64(m.page_size_log2.map(u64::from));
    }
    w.u32(info.globals.len() as u32);
    for g in &info.globals {
        val_type(w, g.content_type);
        w.u8(g.mutable as u8);
        w.u8(g.shared as u8);
    }
    for n in [
        info.num_imported_funcs,
        info.num_imported_tables,
        info.num_imported_memories,
        info.num_imported_globals,
    ] {
        w.u32(n);
    }
    w.u32(info.imports.len() as u32);
    for i in &info.imports {
        w.str(&i.module);
        w.str(&i.name);
        entity(w, i.index);
    }
    w.u32(info.exports.len() as u32);
    for (name, e) in &info.exports {
        w.str(name);
        entity(w, *e);
    }
    w.u32(info.global_inits.len() as u32);
    info.global_inits.iter().for_each(|e| const_expr(w, e));
    w.opt_u64(info.start.map(u64::from));
    w.u32(info.elements.len() as u32);
    for seg in &info.elements {
        match &seg.mode {
            ElemMode::Active { table, offset } => {
                w.u8(0);
                w.u32(*table);
                const_expr(w, offset);
            }
            ElemMode::Passive => w.u8(1),
            ElemMode::Declared => w.u8(2),
        }
        w.u32(seg.items.len() as u32);
        seg.items.iter().for_each(|e| const_expr(w, e));
    }
    w.u32(info.data.len() as u32);
    for seg in &info.data {
        match &seg.mode {
            DataMode::Active { memory, offset } => {
                w.u8(0);
                w.u32(*memory);
                const_expr(w, offset);
            }
            DataMode::Passive => w.u8(1),
        }
    }
    match &info.module_name {
        Some(n) => {
            w.u8(1);
            w.str(n);
        }
        None => w.u8(0),
    }
    w.u32(info.func_names.len() as u32);
    for (index, name) in info.func_names.iter() {
        w.u32(index);
        w.str(name);
    }
    w.u32(info.escaping_funcs.len() as u32);
    info.escaping_funcs.iter().for_each(|&f| w.u32(f));
}

/// Reads what [`write_module_info`] wrote. Data segments get ranges
/// `0..0`: their bytes travel separately.
pub fn read_module_info(r: &mut Reader) -> Result<ModuleInfo> {
    let mut info = ModuleInfo::default();
    for _ in 0..r.count("types", 8)? {
        let params = (0..r.count("parameters", 1)?)
            .map(|_| read_val_type(r))
            .collect::<Result<Vec<_>>>()?;
        let results = (0..r.count("results", 1)?)
            .map(|_| read_val_type(r))
            .collect::<Result<Vec<_>>>()?;
        info.types.push(FuncType::new(params, results));
    }
    for _ in 0..r.count("functions", 4)? {
        let t = r.u32("functions")?;
        if t as usize >= info.types.len() {
            return Err(damaged("function type index"));
        }
        info.functions.push(t);
    }
    for _ in 0..r.count("tables", 11)? {
        let ValType::Ref(element_type) = read_val_type(r)? else {
            return Err(damaged("table element type"));
        };
        info.tables.push(TableType {
            element_type,
            initial: r.u64("table")?,
            maximum: r.opt_u64("table")?,
            table64: r.bool("table")?,
            shared: r.bool("table")?,
        });
    }
    for _ in 0..r.count("memories", 12)? {
        info.memories.push(MemoryType {
            initial: r.u64("memory")?,
            maximum: r.opt_u64("memory")?,
            memory64: r.bool("memory")?,
            shared: r.bool("memory")?,
            page_size_log2: r.opt_u64("memory")?.map(|v| v as u32),
        });
    }
    for _ in 0..r.count("globals", 3)? {
        info.globals.push(GlobalType {
            content_type: read_val_type(r)?,
            mutable: r.bool("global")?,
            shared: r.bool("global")?,
        });
    }
    info.num_imported_funcs = r.u32("import counts")?;
    info.num_imported_tables = r.u32("import counts")?;
    info.num_imported_memories = r.u32("import counts")?;
    info.num_imported_globals = r.u32("import counts")?;
    let counts = [
        (info.num_imported_funcs, info.functions.len()),
        (info.num_imported_tables, info.tables.len()),
        (info.num_imported_memories, info.memories.len()),
        (info.num_imported_globals, info.globals.len()),
    ];
    if counts
        .iter()
        .any(|&(imported, all)| imported as usize > all)
    {
        return Err(damaged("import count"));
    }
    for _ in 0..r.count("imports", 21)? {
        info.imports.push(Import {
            module: r.str("import")?.to_string(),
            name: r.str("import")?.to_string(),
            index: read_entity(r)?,
        });
    }
    for _ in 0..r.count("exports", 13)? {
        let name = r.str("export")?.to_string();
        let e = read_entity(r)?;
        info.export_map.insert(name.clone(), e);
        info.exports.push((name, e));
    }
    for _ in 0..r.count("global initialisers", 1)? {
        info.global_inits.push(read_const_expr(r)?);
    }
    info.start = r.opt_u64("start function")?.map(|v| v as u32);
    for _ in 0..r.count("element segments", 5)? {
        let mode = match r.u8("element segment")? {
            0 => ElemMode::Active {
                table: r.u32("element segment")?,
                offset: read_const_expr(r)?,
            },
            1 => ElemMode::Passive,
            2 => ElemMode::Declared,
            _ => return Err(damaged("element segment mode")),
        };
        let items = (0..r.count("element items", 1)?)
            .map(|_| read_const_expr(r))
            .collect::<Result<Vec<_>>>()?;
        info.elements.push(ElemSegment { mode, items });
    }
    for _ in 0..r.count("data segments", 1)? {
        let mode = match r.u8("data segment")? {
            0 => DataMode::Active {
                memory: r.u32("data segment")?,
                offset: read_const_expr(r)?,
            },
            1 => DataMode::Passive,
            _ => return Err(damaged("data segment mode")),
        };
        info.data.push(DataSegment { mode, data: 0..0 });
    }
    info.module_name = match r.u8("module name")? {
        0 => None,
        1 => Some(r.str("module name")?.to_string()),
        _ => return Err(damaged("module name flag")),
    };
    let n = r.count("function names", 12)?;
    let mut names = FuncNames::with_capacity(n, 16 * n);
    for _ in 0..n {
        let index = r.u32("function names")?;
        names.insert(index, r.str("function names")?);
    }
    info.func_names = std::sync::Arc::new(names);
    for _ in 0..r.count("escaping functions", 4)? {
        info.escaping_funcs.push(r.u32("escaping functions")?);
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_info_round_trips() {
        let wasm = wat::parse_str(
            r#"(module $m
                (import "env" "f" (func $f (param i32 f64) (result v128)))
                (import "env" "t" (table 1 funcref))
                (import "env" "g" (global $g i32))
                (memory 1 7)
                (table 2 9 externref)
                (global (mut i64) (i64.const -5))
                (global f32 (f32.const 1.5))
                (global funcref (ref.func $h))
                (func $h (export "h") (result i32) (global.get $g))
                (start $h2)
                (func $h2)
                (elem (i32.const 0) $h)
                (elem func $h2)
                (elem declare func $h)
                (data (i32.const 8) "abc")
                (data "passive")
                (export "mem" (memory 0)))"#,
        )
        .unwrap();
        let parsed =
            crate::environ::parse_module(&wasm, wasmparser::WasmFeatures::default()).unwrap();
        let info = parsed.info;
        let mut w = Writer::default();
        write_module_info(&mut w, &info);
        let back = read_module_info(&mut Reader::new(&w.0)).unwrap();
        // Everything but the data segments' ranges into the binary (the
        // maps compared as maps: their Debug order is their own).
        let (mut expected, mut back) = (info.clone(), back);
        for d in &mut expected.data {
            d.data = 0..0;
        }
        assert_eq!(back.export_map, expected.export_map);
        assert_eq!(back.func_names, expected.func_names);
        for i in [&mut expected, &mut back] {
            i.export_map.clear();
            i.func_names = Default::default();
        }
        assert_eq!(format!("{back:?}"), format!("{expected:?}"));
        // Cut short anywhere, it is an error, not a panic.
        for len in 0..w.0.len() {
            assert!(
                read_module_info(&mut Reader::new(&w.0[..len])).is_err(),
                "{len}"
            );
        }
    }
}
