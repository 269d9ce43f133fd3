//! Compiled modules: validated, compiled to machine code once, and
//! instantiable many times in any store of the same engine.

use crate::artifact;
use crate::compiler::{CompileError, CompileOptions, compile_module};
use crate::config::ProfilingStrategy;
use crate::engine::{Engine, RegisteredTypes};
use crate::environ::{
    ConstExpr, DataMode, EntityIndex, ModuleInfo, SharedBytes, VMOffsets, parse_module,
};
use crate::runtime::code_memory::{CodeMemory, FrameMetadata, PublishedCode};
use crate::runtime::memory::{MemoryImage, WASM_PAGE};
use crate::runtime::pool::ModuleNeeds;
use crate::runtime::{jitdump, perf_map};
use crate::types::{
    ExportType, ExternType, FuncType, GlobalType, ImportType, MemoryType, TableType,
};
use crate::wat_text::to_binary;
use anyhow::{Context, Result, anyhow};
use std::path::Path;
use std::sync::Arc;

/// A compiled WebAssembly module.
#[derive(Clone)]
pub struct Module {
    pub(crate) inner: Arc<ModuleInner>,
}

pub(crate) struct ModuleInner {
    pub engine: Engine,
    pub info: ModuleInfo,
    pub offsets: VMOffsets,
    pub code: PublishedCode,
    /// Canonical type id of each module type, registered while the module
    /// lives.
    pub types: RegisteredTypes,
    /// Bytes of each data segment.
    pub data: Arc<[Box<[u8]>]>,
    /// For each defined memory, the image of its active data segments when
    /// instantiation can map it instead of copying the segments.
    pub images: Vec<Option<MemoryImage>>,
}

/// The names and offsets backtraces use, for `info`'s functions.
fn frame_metadata(info: &ModuleInfo, body_offsets: Vec<usize>) -> FrameMetadata {
    FrameMetadata {
        module_name: info.module_name.clone(),
        func_names: info.func_names.clone(),
        first_func_index: Some(info.num_imported_funcs),
        body_offsets,
    }
}

/// A whole file mapped read-only, for reading an artefact's header and
/// tables without reading its code; the loaded module's trap and address
/// tables keep reading from it.
struct MappedFile {
    ptr: *mut libc::c_void,
    len: usize,
}

impl MappedFile {
    fn new(file: &std::fs::File) -> Result<MappedFile> {
        use std::os::fd::AsRawFd;
        let len = usize::try_from(file.metadata()?.len())?;
        if len == 0 {
            anyhow::bail!("the file is empty");
        }
        // SAFETY: a read-only private mapping of an open file, checked.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                file.as_raw_fd(),
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error().into());
        }
        Ok(MappedFile { ptr, len })
    }
}

impl AsRef<[u8]> for MappedFile {
    fn as_ref(&self) -> &[u8] {
        // SAFETY: the mapping is `len` readable bytes while `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr.cast(), self.len) }
    }
}

// SAFETY: the mapping is read-only and owned by this value alone: reading
// it from any thread is sound, and only `drop` unmaps it.
unsafe impl Send for MappedFile {}
// SAFETY: as above.
unsafe impl Sync for MappedFile {}

impl Drop for MappedFile {
    fn drop(&mut self) {
        // SAFETY: our own mapping.
        unsafe { libc::munmap(self.ptr, self.len) };
    }
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module")
            .field("name", &self.name())
            .finish_non_exhaustive()
    }
}

/// Images for the defined memories whose active data segments all have
/// constant offsets and fit in the memory's initial size. Segments that do
/// not (offsets from imported globals, out of bounds) are copied at
/// instantiation, where an out-of-bounds one traps as the spec says.
fn memory_images(info: &ModuleInfo, data: &[Box<[u8]>]) -> Vec<Option<MemoryImage>> {
    let imported = info.num_imported_memories as usize;
    // Per defined memory: its segments (offset, bytes), or `None` once one
    // cannot be part of an image.
    type Segments<'a> = Option<Vec<(usize, &'a [u8])>>;
    let mut segments: Vec<Segments> = vec![Some(Vec::new()); info.memories.len() - imported];
    for (seg, bytes) in info.data.iter().zip(data) {
        let DataMode::Active { memory, offset } = &seg.mode else {
            continue;
        };
        let Some(defined) = (*memory as usize).checked_sub(imported) else {
            continue;
        };
        let ty = &info.memories[*memory as usize];
        let start = match offset {
            ConstExpr::I32(o) if !ty.memory64 && !ty.shared => Some(*o as u32 as usize),
            _ => None,
        };
        let initial = usize::try_from(ty.initial)
            .ok()
            .and_then(|pages| pages.checked_mul(WASM_PAGE));
        let fits = start.filter(|s| {
            s.checked_add(bytes.len())
                .zip(initial)
                .is_some_and(|(end, initial)| end <= initial)
        });
        match (fits, &mut segments[defined]) {
            (Some(s), Some(list)) => list.push((s, &bytes[..])),
            _ => segments[defined] = None,
        }
    }
    segments
        .into_iter()
        .map(|list| list.and_then(|l| MemoryImage::new(&l)))
        .collect()
}

impl Module {
    /// Compiles a module from its binary or text form.
    pub fn new(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module> {
        let wasm = to_binary(bytes.as_ref(), None)?;
        Module::from_binary(engine, &wasm)
    }

    /// Compiles a module from a file holding its binary or text form.
    pub fn from_file(engine: &Engine, path: impl AsRef<Path>) -> Result<Module> {
        let path = path.as_ref();
        let bytes =
            std::fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
        to_binary(&bytes, Some(path))
            .and_then(|wasm| Module::from_binary(engine, &wasm))
            .with_context(|| format!("failed to compile `{}`", path.display()))
    }

    /// Checks that `bytes` is a valid module binary for `engine`'s
    /// features, without compiling it.
    pub fn validate(engine: &Engine, bytes: &[u8]) -> Result<()> {
        let parsed = parse_module(bytes, engine.config().features).map_err(invalid)?;
        for f in parsed.bodies {
            let mut v = f.validator.into_validator(Default::default());
            v.validate(&f.body).map_err(invalid)?;
        }
        Ok(())
    }

    /// Compiles a module from its binary form.
    pub fn from_binary(engine: &Engine, wasm: &[u8]) -> Result<Module> {
        let config = engine.config();
        let parsed = parse_module(wasm, config.features).map_err(invalid)?;
        let info = parsed.info;
        let body_offsets = parsed
            .bodies
            .iter()
            .map(|b| b.body.range().start as usize)
            .collect();
        let compiled = compile_module(
            &*engine.inner.isa,
            &*engine.inner.deep_nesting_isa,
            &info,
            parsed.bodies,
            &CompileOptions {
                parallel: config.parallel_compilation,
                consume_fuel: config.consume_fuel,
                epoch_interruption: config.epoch_interruption,
            },
        )
        .map_err(|e| describe_compile_error(e, &info))?;
        let meta = frame_metadata(&info, body_offsets);
        let code = CodeMemory::publish(compiled, meta)?;
        let data: Arc<[Box<[u8]>]> = info
            .data
            .iter()
            .map(|d| wasm[d.data.clone()].into())
            .collect();
        let images = memory_images(&info, &data);
        Module::assemble(engine, info, data, images, code)
    }

    /// A module of `info` with its data segments' bytes, memory images and
    /// code.
    fn assemble(
        engine: &Engine,
        info: ModuleInfo,
        data: Arc<[Box<[u8]>]>,
        images: Vec<Option<MemoryImage>>,
        code: PublishedCode,
    ) -> Result<Module> {
        let offsets = VMOffsets::new(&info);
        if let Some(pool) = engine.pool() {
            let defined_memories: Vec<u64> = info.memories[info.num_imported_memories as usize..]
                .iter()
                .map(|m| m.initial)
                .collect();
            let defined_tables: Vec<u64> = info.tables[info.num_imported_tables as usize..]
                .iter()
                .map(|t| t.initial)
                .collect();
            pool.validate_module(&ModuleNeeds {
                defined_memories: &defined_memories,
                defined_tables: &defined_tables,
                vmctx_bytes: offsets.size() as usize,
            })?;
        }
        let types = engine.register_types(&info.types);
        match engine.config().profiler {
            ProfilingStrategy::PerfMap => perf_map::record(&code),
            ProfilingStrategy::JitDump => jitdump::record(&code),
            _ => {}
        }
        Ok(Module {
            inner: Arc::new(ModuleInner {
                engine: engine.clone(),
                offsets,
                info,
                code,
                types,
                data,
                images,
            }),
        })
    }

    /// The parts of the module's precompiled artefact, given to `f`.
    pub(crate) fn with_artifact_parts<R>(
        &self,
        f: impl FnOnce(&artifact::Parts) -> R,
    ) -> Result<R> {
        let inner = &self.inner;
        let images = inner
            .images
            .iter()
            .map(|image| {
                image
                    .as_ref()
                    .map(|i| Ok((i.placement().0, i.read()?)))
                    .transpose()
            })
            .collect::<std::io::Result<Vec<_>>>()
            .context("failed to read a memory image")?;
        let code = inner.code.unpatched_code();
        Ok(f(&artifact::Parts {
            info: &inner.info,
            data: &inner.data,
            body_offsets: &inner.code.meta.body_offsets,
            tables: inner.code.tables(),
            code: &code,
            images,
        }))
    }

    /// The module as a precompiled artefact: its machine code and memory
    /// images, ready to be loaded by [`Module::deserialize`] or
    /// [`Module::deserialize_file`] into an engine of the same wasmrt
    /// version and configuration.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        self.with_artifact_parts(|parts| artifact::write(&self.inner.engine, parts))
    }

    /// Loads a module precompiled by [`Module::serialize`] or
    /// [`Engine::precompile_module`], without compiling it again. An
    /// artefact from another wasmrt version or an engine configured
    /// differently, or damaged bytes (checksums cover all of it), are an
    /// error.
    ///
    /// # Safety
    /// The bytes must come from `serialize` or `precompile_module`: their
    /// machine code is run as it is, and it is not checked.
    pub unsafe fn deserialize(engine: &Engine, bytes: impl AsRef<[u8]>) -> Result<Module> {
        let bytes = bytes.as_ref();
        let art = artifact::read(engine, bytes, None)?;
        art.check_code(&bytes[art.code_range.clone()])?;
        let mut compiled = art.compiled;
        compiled.code = bytes[art.code_range].to_vec();
        let code = CodeMemory::publish(compiled, frame_metadata(&art.info, art.body_offsets))?;
        let data: Arc<[Box<[u8]>]> = art.data.into();
        let images = memory_images(&art.info, &data);
        Module::assemble(engine, art.info, data, images, code)
    }

    /// As [`Module::deserialize`], for a file: its code and memory-image
    /// pages are mapped and used in place, not copied, and its trap and
    /// address tables are searched in the file's mapping; the code is not
    /// read, so damage there is not caught.
    ///
    /// # Safety
    /// As for `deserialize`; and the file must not change while the module
    /// lives.
    pub unsafe fn deserialize_file(engine: &Engine, path: impl AsRef<Path>) -> Result<Module> {
        let path = path.as_ref();
        let fail = || format!("failed to load the precompiled module `{}`", path.display());
        let file = std::fs::File::open(path).with_context(fail)?;
        // The mapping stays while the module's code tables read from it.
        let map: SharedBytes = Arc::new(MappedFile::new(&file).with_context(fail)?);
        let art = artifact::read(engine, (*map).as_ref(), Some(&map)).with_context(fail)?;
        let images = art
            .images
            .iter()
            .map(|image| {
                let Some((mem_offset, range)) = image else {
                    return Ok(None);
                };
                let fd = file.try_clone().with_context(fail)?.into();
                let image =
                    MemoryImage::from_file(fd, range.start as u64, *mem_offset, range.len())
                        .with_context(|| format!("{}: a memory image is misaligned", fail()))?;
                Ok(Some(image))
            })
            .collect::<Result<Vec<_>>>()?;
        let meta = frame_metadata(&art.info, art.body_offsets);
        let (offset, len) = (art.code_range.start, art.code_range.len());
        // SAFETY: the code is wasmrt's for these tables, as the caller
        // guarantees.
        let code = unsafe { CodeMemory::publish_file(&file, offset, len, art.compiled, meta) }
            .with_context(fail)?;
        let data: Arc<[Box<[u8]>]> = art.data.into();
        Module::assemble(engine, art.info, data, images, code)
    }

    /// Where this module's machine code lies in memory, for embedders that
    /// want to pin or inspect it (with `mlock`, say); it must not be
    /// written to or re-protected. wasmtime's image also holds the
    /// module's metadata; wasmrt keeps that apart, so this is the code.
    pub fn image_range(&self) -> std::ops::Range<*const u8> {
        self.inner.code.range()
    }

    /// The engine this module was compiled for.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The module's name from its name section.
    pub fn name(&self) -> Option<&str> {
        self.inner.info.module_name.as_deref()
    }

    pub(crate) fn entity_type(&self, index: EntityIndex) -> ExternType {
        let info = &self.inner.info;
        match index {
            EntityIndex::Function(i) => ExternType::Func(FuncType::from_wasm(info.func_type(i))),
            EntityIndex::Table(i) => {
                ExternType::Table(TableType::from_wasm(&info.tables[i as usize]))
            }
            EntityIndex::Memory(i) => {
                ExternType::Memory(MemoryType::from_wasm(&info.memories[i as usize]))
            }
            EntityIndex::Global(i) => {
                ExternType::Global(GlobalType::from_wasm(&info.globals[i as usize]))
            }
        }
    }

    /// The module's imports, in order.
    pub fn imports(&self) -> impl ExactSizeIterator<Item = ImportType<'_>> + '_ {
        self.inner.info.imports.iter().map(|i| ImportType {
            module: &i.module,
            name: &i.name,
            ty: self.entity_type(i.index),
        })
    }

    /// The module's exports, in order.
    pub fn exports(&self) -> impl ExactSizeIterator<Item = ExportType<'_>> + '_ {
        self.inner
            .info
            .exports
            .iter()
            .map(|(name, index)| ExportType {
                name,
                ty: self.entity_type(*index),
            })
    }

    /// The type of export `name`, if any.
    pub fn get_export(&self, name: &str) -> Option<ExternType> {
        self.inner
            .info
            .export_map
            .get(name)
            .map(|i| self.entity_type(*i))
    }
}

/// The user-facing error for a module that did not compile: an invalid
/// module says so; a valid one that wasmrt could not compile names the
/// function (and its name from the name section) and why.
fn describe_compile_error(e: CompileError, info: &ModuleInfo) -> anyhow::Error {
    match e {
        CompileError::Invalid(e) => invalid(e),
        CompileError::Function { func_index, error } => {
            let name = match info.func_names.get(func_index) {
                Some(name) => format!(" (`{name}`)"),
                None => String::new(),
            };
            anyhow!("failed to compile function {func_index}{name}: {error:#}")
        }
        CompileError::Link(error) => error.context("failed to link the compiled code"),
    }
}

fn invalid(e: impl Into<anyhow::Error>) -> anyhow::Error {
    let e = e.into();
    anyhow!("invalid WebAssembly module: {e:#}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_function_that_fails_to_compile_is_named_not_called_invalid() {
        let mut info = ModuleInfo::default();
        Arc::make_mut(&mut info.func_names).insert(3, "fib");
        let failure = |func_index| CompileError::Function {
            func_index,
            error: anyhow!("Cranelift: Implementation limit exceeded"),
        };
        let named = describe_compile_error(failure(3), &info).to_string();
        assert_eq!(
            named,
            "failed to compile function 3 (`fib`): Cranelift: Implementation limit exceeded"
        );
        let unnamed = describe_compile_error(failure(5), &info).to_string();
        assert_eq!(
            unnamed,
            "failed to compile function 5: Cranelift: Implementation limit exceeded"
        );
        let bad = wasmparser::validate(b"\0asm\x01\0\0\0\x01")
            .err()
            .expect("a truncated section is invalid");
        let invalid = describe_compile_error(CompileError::Invalid(bad), &info).to_string();
        assert!(
            invalid.starts_with("invalid WebAssembly module: "),
            "{invalid}"
        );
    }
}
