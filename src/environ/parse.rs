//! Parsing and module-level validation: turns a wasm binary into a
//! [`ModuleInfo`] plus the function bodies still to be validated and
//! compiled (the compiler validates each body as it translates it).

use super::module_info::*;
use anyhow::{Context, Result, bail};
use wasmparser::{
    DataKind, ElementItems, ElementKind, ExternalKind, FuncToValidate, KnownCustom, Name, Operator,
    Parser, Payload, TypeRef, ValidPayload, Validator, ValidatorResources, WasmFeatures,
};

/// A function body waiting for translation, with its validator.
pub struct FunctionBody<'a> {
    pub index: u32,
    pub body: wasmparser::FunctionBody<'a>,
    pub validator: FuncToValidate<ValidatorResources>,
}

/// The result of parsing a module.
pub struct ParsedModule<'a> {
    pub info: ModuleInfo,
    pub bodies: Vec<FunctionBody<'a>>,
}

/// Parses and validates the module-level structure of `wasm`.
pub fn parse_module(wasm: &[u8], features: WasmFeatures) -> Result<ParsedModule<'_>> {
    let mut validator = Validator::new_with_features(features);
    let mut info = ModuleInfo::default();
    let mut bodies = Vec::new();
    let mut escaping = std::collections::BTreeSet::new();
    // The binary reader must know the features too: e.g. without memory64
    // a memory limit is a u32 LEB, and an overlong encoding is malformed.
    let mut parser = Parser::new(0);
    parser.set_features(features);
    for payload in parser.parse_all(wasm) {
        let payload = payload?;
        if let ValidPayload::Func(func_validator, body) = validator.payload(&payload)? {
            let index = info.num_imported_funcs + bodies.len() as u32;
            bodies.push(FunctionBody {
                index,
                body,
                validator: func_validator,
            });
            continue;
        }
        match payload {
            Payload::TypeSection(reader) => {
                for group in reader {
                    for sub in group?.into_types() {
                        match &sub.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => info.types.push(f.clone()),
                            _ => bail!("only function types are supported"),
                        }
                    }
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import?;
                    let index = match import.ty {
                        TypeRef::Func(ty) => {
                            info.functions.push(ty);
                            info.num_imported_funcs += 1;
                            EntityIndex::Function(info.functions.len() as u32 - 1)
                        }
                        TypeRef::Table(t) => {
                            info.tables.push(t);
                            info.num_imported_tables += 1;
                            EntityIndex::Table(info.tables.len() as u32 - 1)
                        }
                        TypeRef::Memory(m) => {
                            info.memories.push(m);
                            info.num_imported_memories += 1;
                            EntityIndex::Memory(info.memories.len() as u32 - 1)
                        }
                        TypeRef::Global(g) => {
                            info.globals.push(g);
                            info.num_imported_globals += 1;
                            EntityIndex::Global(info.globals.len() as u32 - 1)
                        }
                        _ => bail!(
                            "unsupported import kind for `{}::{}`",
                            import.module,
                            import.name
                        ),
                    };
                    info.imports.push(Import {
                        module: import.module.to_string(),
                        name: import.name.to_string(),
                        index,
                    });
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    info.functions.push(ty?);
                }
            }
            Payload::TableSection(reader) => {
                for table in reader {
                    let table = table?;
                    if !matches!(table.init, wasmparser::TableInit::RefNull) {
                        bail!("table initialiser expressions are not supported");
                    }
                    info.tables.push(table.ty);
                }
            }
            Payload::MemorySection(reader) => {
                for memory in reader {
                    info.memories.push(memory?);
                }
            }
            Payload::GlobalSection(reader) => {
                for global in reader {
                    let global = global?;
                    info.globals.push(global.ty);
                    info.global_inits
                        .push(const_expr(&global.init_expr, &mut escaping)?);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    let index = match export.kind {
                        ExternalKind::Func => {
                            escaping.insert(export.index);
                            EntityIndex::Function(export.index)
                        }
                        ExternalKind::Table => EntityIndex::Table(export.index),
                        ExternalKind::Memory => EntityIndex::Memory(export.index),
                        ExternalKind::Global => EntityIndex::Global(export.index),
                        _ => bail!("unsupported export kind for `{}`", export.name),
                    };
                    info.exports.push((export.name.to_string(), index));
                    info.export_map.insert(export.name.to_string(), index);
                }
            }
            Payload::StartSection { func, .. } => info.start = Some(func),
            Payload::ElementSection(reader) => {
                for element in reader {
                    let element = element?;
                    let mode = match element.kind {
                        ElementKind::Passive => ElemMode::Passive,
                        ElementKind::Declared => ElemMode::Declared,
                        ElementKind::Active {
                            table_index,
                            offset_expr,
                        } => ElemMode::Active {
                            table: table_index.unwrap_or(0),
                            offset: const_expr(&offset_expr, &mut escaping)?,
                        },
                    };
                    let mut items = Vec::new();
                    match element.items {
                        ElementItems::Functions(funcs) => {
                            for f in funcs {
                                let f = f?;
                                escaping.insert(f);
                                items.push(ConstExpr::RefFunc(f));
                            }
                        }
                        ElementItems::Expressions(_, exprs) => {
                            for e in exprs {
                                items.push(const_expr(&e?, &mut escaping)?);
                            }
                        }
                    }
                    info.elements.push(ElemSegment { mode, items });
                }
            }
            Payload::DataSection(reader) => {
                for data in reader {
                    let data = data?;
                    let start = data.data.as_ptr() as usize - wasm.as_ptr() as usize;
                    let mode = match data.kind {
                        DataKind::Passive => DataMode::Passive,
                        DataKind::Active {
                            memory_index,
                            offset_expr,
                        } => DataMode::Active {
                            memory: memory_index,
                            offset: const_expr(&offset_expr, &mut escaping)?,
                        },
                    };
                    info.data.push(DataSegment {
                        mode,
                        data: start..start + data.data.len(),
                    });
                }
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(names) = section.as_known() {
                    // A malformed name section is ignored, as the spec asks.
                    let _ = read_names(names, &mut info);
                }
            }
            _ => {}
        }
    }
    info.escaping_funcs = escaping.into_iter().collect();
    Ok(ParsedModule { info, bodies })
}

fn read_names(names: wasmparser::NameSectionReader<'_>, info: &mut ModuleInfo) -> Result<()> {
    for name in names {
        match name? {
            Name::Module { name, .. } => info.module_name = Some(name.to_string()),
            Name::Function(map) => {
                for naming in map {
                    let naming = naming?;
                    std::sync::Arc::make_mut(&mut info.func_names)
                        .insert(naming.index, naming.name);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Reads a constant expression (already validated).
fn const_expr(
    expr: &wasmparser::ConstExpr<'_>,
    escaping: &mut std::collections::BTreeSet<u32>,
) -> Result<ConstExpr> {
    let mut reader = expr.get_operators_reader();
    let value = match reader.read().context("reading a constant expression")? {
        Operator::I32Const { value } => ConstExpr::I32(value),
        Operator::I64Const { value } => ConstExpr::I64(value),
        Operator::F32Const { value } => ConstExpr::F32(value.bits()),
        Operator::F64Const { value } => ConstExpr::F64(value.bits()),
        Operator::V128Const { value } => ConstExpr::V128(u128::from_le_bytes(*value.bytes())),
        Operator::GlobalGet { global_index } => ConstExpr::GlobalGet(global_index),
        Operator::RefNull { .. } => ConstExpr::RefNull,
        Operator::RefFunc { function_index } => {
            escaping.insert(function_index);
            ConstExpr::RefFunc(function_index)
        }
        other => bail!("unsupported constant expression operator {other:?}"),
    };
    match reader.read()? {
        Operator::End => Ok(value),
        other => bail!("unsupported constant expression operator {other:?}"),
    }
}
