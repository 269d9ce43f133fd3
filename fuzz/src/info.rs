//! What the executor needs to know of a module, read with wasmparser
//! (independently of the engines under test): its exports and the
//! parameter and result types of exported functions.

use crate::value::Ty;
use anyhow::{Result, bail};
use wasmparser::{CompositeInnerType, ExternalKind, Parser, Payload, TypeRef, ValType};

/// An export and what the executor does with it.
#[derive(Clone, Debug)]
pub enum ExportKind {
    Func { params: Vec<Ty>, results: Vec<Ty> },
    Global,
    Memory,
    Table,
}

/// The module's exports in the order the export section lists them.
#[derive(Clone, Debug, Default)]
pub struct ModuleInfo {
    pub exports: Vec<(String, ExportKind)>,
    /// Whether the module has a start function.
    pub has_start: bool,
}

fn ty(v: ValType) -> Result<Ty> {
    Ok(match v {
        ValType::I32 => Ty::I32,
        ValType::I64 => Ty::I64,
        ValType::F32 => Ty::F32,
        ValType::F64 => Ty::F64,
        ValType::V128 => Ty::V128,
        ValType::Ref(r) if r.is_func_ref() => Ty::FuncRef,
        ValType::Ref(r) if r.is_extern_ref() => Ty::ExternRef,
        ValType::Ref(r) => bail!("unsupported reference type {r:?}"),
    })
}

/// Reads `wasm`'s exports.
pub fn module_info(wasm: &[u8]) -> Result<ModuleInfo> {
    let mut types = Vec::new();
    let mut funcs = Vec::new();
    let mut info = ModuleInfo::default();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::TypeSection(reader) => {
                for group in reader {
                    for sub in group?.into_types() {
                        match &sub.composite_type.inner {
                            CompositeInnerType::Func(f) => {
                                let params =
                                    f.params().iter().map(|&v| ty(v)).collect::<Result<_>>()?;
                                let results =
                                    f.results().iter().map(|&v| ty(v)).collect::<Result<_>>()?;
                                types.push(Some((params, results)));
                            }
                            _ => types.push(None),
                        }
                    }
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if let TypeRef::Func(t) = import?.ty {
                        funcs.push(t);
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for t in reader {
                    funcs.push(t?);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    let kind = match export.kind {
                        ExternalKind::Func => {
                            let t = funcs[export.index as usize] as usize;
                            let Some((params, results)) = types[t].clone() else {
                                bail!("function of a non-function type");
                            };
                            ExportKind::Func { params, results }
                        }
                        ExternalKind::Global => ExportKind::Global,
                        ExternalKind::Memory => ExportKind::Memory,
                        ExternalKind::Table => ExportKind::Table,
                        other => bail!("unsupported export kind {other:?}"),
                    };
                    info.exports.push((export.name.to_string(), kind));
                }
            }
            Payload::StartSection { .. } => info.has_start = true,
            _ => {}
        }
    }
    Ok(info)
}
