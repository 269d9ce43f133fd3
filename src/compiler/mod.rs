//! The compiler: wasm function bodies to Cranelift IR to machine code, in
//! parallel, linked into one position-independent blob per module. Knows
//! nothing of the runtime beyond the layouts in `environ`.

mod bulk_ref;
mod func_env;
mod instrument;
mod isa;
mod numeric;
mod simd;
mod trampolines;
mod translate;

use crate::environ::{
    AddrMap, CompiledCode, FunctionBody, Libcall, LibcallReloc, ModuleInfo, TrapCode, TrapTable,
    VMCTX_SLOT_KEY, VMOffsets,
};
use anyhow::{Context as _, Result, anyhow, bail};
use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::ir::{ExternalName, Function, LibCall, UserFuncName};
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::{Context, FinalizedRelocTarget, ir};
use cranelift_frontend::FunctionBuilderContext;
use func_env::ModuleEnv;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasmparser::FuncValidatorAllocations;

pub use isa::{CraneliftFlag, IsaSettings, RegallocAlgorithm, host_isa};
pub use trampolines::{compile_array_to_wasm, compile_builtin_exit, compile_wasm_to_array};

/// Cranelift optimisation level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OptLevel {
    None,
    #[default]
    Speed,
    SpeedAndSize,
}

/// Control nesting beyond which a function is register-allocated with
/// Cranelift's single-pass allocator: the backtracking allocator's cost
/// grows faster than linearly with nesting (100,000 nested `if`s took
/// 9.6 s), while ordinary code stays far below this depth.
pub const DEEP_NESTING: usize = 5_000;

/// One compiled function before linking.
struct FunctionOutput {
    code: Vec<u8>,
    align: u32,
    traps: Vec<(u32, TrapCode)>,
    addr_map: Vec<(u32, u32)>,
    relocs: Vec<(u32, Reloc, RelocTarget, i64)>,
    /// Where the frame keeps the VMContext, from the frame pointer.
    vmctx_slot: Option<i32>,
}

enum RelocTarget {
    Func(u32),
    LibCall(LibCall),
    SelfOffset(u32),
}

fn convert_trap(code: ir::TrapCode) -> Option<TrapCode> {
    Some(match code {
        ir::TrapCode::STACK_OVERFLOW => TrapCode::StackOverflow,
        ir::TrapCode::HEAP_OUT_OF_BOUNDS => TrapCode::MemoryOutOfBounds,
        ir::TrapCode::INTEGER_OVERFLOW => TrapCode::IntegerOverflow,
        ir::TrapCode::INTEGER_DIVISION_BY_ZERO => TrapCode::IntegerDivisionByZero,
        ir::TrapCode::BAD_CONVERSION_TO_INTEGER => TrapCode::BadConversionToInteger,
        other => return TrapCode::from_user_code(other.as_raw().get()),
    })
}

fn convert_libcall(lc: LibCall) -> Result<Libcall> {
    Ok(match lc {
        LibCall::CeilF32 => Libcall::CeilF32,
        LibCall::CeilF64 => Libcall::CeilF64,
        LibCall::FloorF32 => Libcall::FloorF32,
        LibCall::FloorF64 => Libcall::FloorF64,
        LibCall::TruncF32 => Libcall::TruncF32,
        LibCall::TruncF64 => Libcall::TruncF64,
        LibCall::NearestF32 => Libcall::NearestF32,
        LibCall::NearestF64 => Libcall::NearestF64,
        LibCall::FmaF32 => Libcall::FmaF32,
        LibCall::FmaF64 => Libcall::FmaF64,
        other => bail!("generated code needs unsupported libcall {other:?}"),
    })
}

/// Runs Cranelift on a finished IR function and collects its output.
fn emit(ctx: &mut Context, isa: &dyn TargetIsa) -> Result<FunctionOutput> {
    let mut ctrl = Default::default();
    ctx.compile(isa, &mut ctrl)
        .map_err(|e| anyhow!("Cranelift: {}", e.inner))?;
    let compiled = ctx.compiled_code().expect("just compiled");
    let buffer = &compiled.buffer;
    let traps = buffer
        .traps()
        .iter()
        .filter_map(|t| Some((t.offset, convert_trap(t.code)?)))
        .collect();
    let addr_map = buffer
        .get_srclocs_sorted()
        .iter()
        .filter(|s| !s.loc.is_default())
        .map(|s| (s.start, s.loc.bits()))
        .collect();
    // The frame layout places stack slots from the frame's bottom; the
    // frame pointer is `frame_to_fp_offset` above it.
    let vmctx_slot = buffer.frame_layout().and_then(|layout| {
        let slot = layout
            .stackslots
            .values()
            .find(|s| s.key.is_some_and(|k| k.bits() == VMCTX_SLOT_KEY))?;
        i32::try_from(i64::from(slot.offset) - i64::from(layout.frame_to_fp_offset)).ok()
    });
    let mut relocs = Vec::new();
    for r in buffer.relocs() {
        let target = match &r.target {
            FinalizedRelocTarget::ExternalName(ExternalName::User(name)) => {
                RelocTarget::Func(ctx.func.params.user_named_funcs()[*name].index)
            }
            FinalizedRelocTarget::ExternalName(ExternalName::LibCall(lc)) => {
                RelocTarget::LibCall(*lc)
            }
            FinalizedRelocTarget::Func(off) => RelocTarget::SelfOffset(*off),
            other => bail!("unexpected relocation target {other:?}"),
        };
        relocs.push((r.offset, r.kind, target, r.addend));
    }
    Ok(FunctionOutput {
        code: buffer.data().to_vec(),
        // The ISA's preferred alignment (32 bytes on x86-64, as wasmtime
        // lays out functions): where a hot loop falls relative to 64-byte
        // fetch blocks is then the same as wasmtime's, not 16 bytes off.
        align: compiled
            .buffer
            .alignment
            .max(isa.function_alignment().preferred),
        traps,
        addr_map,
        relocs,
        vmctx_slot,
    })
}

/// Patches a PC-relative reference at `at` (offset in `code`) to `target`.
fn patch_relative(code: &mut [u8], at: usize, kind: Reloc, target: i64, addend: i64) -> Result<()> {
    let delta = target + addend - at as i64;
    match kind {
        Reloc::X86CallPCRel4 | Reloc::X86PCRel4 | Reloc::X86CallPLTRel4 => {
            let v = i32::try_from(delta).context("call displacement out of range")?;
            code[at..at + 4].copy_from_slice(&v.to_le_bytes());
        }
        Reloc::Arm64Call => {
            let insn = u32::from_le_bytes(code[at..at + 4].try_into().unwrap());
            let imm = ((delta >> 2) as u32) & 0x03ff_ffff;
            code[at..at + 4].copy_from_slice(&(insn | imm).to_le_bytes());
        }
        other => bail!("unsupported relocation kind {other:?}"),
    }
    Ok(())
}

/// Links compiled functions into one blob. `func_index_base` maps a
/// function-index relocation to the position in `outputs`.
fn link(outputs: Vec<FunctionOutput>, func_index_base: u32) -> Result<CompiledCode> {
    let mut out = CompiledCode::default();
    for f in &outputs {
        let start = out.code.len().next_multiple_of(f.align as usize);
        out.code.resize(start, 0);
        out.code.extend_from_slice(&f.code);
        out.funcs.push((start as u32, f.code.len() as u32));
        out.vmctx_slots.push(f.vmctx_slot);
    }
    out.traps = TrapTable::from_sites(
        outputs
            .iter()
            .zip(&out.funcs)
            .flat_map(|(f, &(start, _))| f.traps.iter().map(move |(o, c)| (start + o, *c))),
    );
    out.addr_map = AddrMap::from_entries(
        outputs
            .iter()
            .zip(&out.funcs)
            .flat_map(|(f, &(start, _))| f.addr_map.iter().map(move |(o, w)| (start + o, *w))),
    );
    for (f, &(start, _)) in outputs.iter().zip(&out.funcs) {
        for (off, kind, target, addend) in &f.relocs {
            let at = (start + off) as usize;
            match target {
                RelocTarget::Func(index) => {
                    let callee = index
                        .checked_sub(func_index_base)
                        .and_then(|i| out.funcs.get(i as usize))
                        .context("call to a function outside the module")?;
                    patch_relative(&mut out.code, at, *kind, i64::from(callee.0), *addend)?;
                }
                RelocTarget::SelfOffset(o) => {
                    patch_relative(&mut out.code, at, *kind, i64::from(start + o), *addend)?;
                }
                RelocTarget::LibCall(lc) => {
                    if *kind != Reloc::Abs8 {
                        bail!("unsupported libcall relocation {kind:?}");
                    }
                    let lc = convert_libcall(*lc)?;
                    out.libcalls.push(LibcallReloc {
                        offset: at as u32,
                        libcall: lc,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Why a module's code did not compile.
#[derive(Debug)]
pub enum CompileError {
    /// The module is not valid WebAssembly: function bodies are validated
    /// as they are translated, so this is found here.
    Invalid(wasmparser::BinaryReaderError),
    /// Function `func_index` is valid, but the compiler could not compile
    /// it (a limitation of wasmrt, not a fault of the module).
    Function {
        func_index: u32,
        error: anyhow::Error,
    },
    /// The compiled functions could not be linked together.
    Link(anyhow::Error),
}

impl CompileError {
    /// Classifies an error from translating function `func_index`: a
    /// reader or validator error means the module is invalid; anything else
    /// is the translator's own limitation.
    fn from_translation(func_index: u32, error: anyhow::Error) -> CompileError {
        match error.downcast::<wasmparser::BinaryReaderError>() {
            Ok(invalid) => CompileError::Invalid(invalid),
            Err(error) => CompileError::Function { func_index, error },
        }
    }
}

/// How to compile a module.
#[derive(Debug, Clone, Copy)]
pub struct CompileOptions {
    pub parallel: bool,
    pub consume_fuel: bool,
    pub epoch_interruption: bool,
}

/// Compiles every function body of a module, in parallel.
pub fn compile_module(
    isa: &dyn TargetIsa,
    deep_nesting_isa: &dyn TargetIsa,
    info: &ModuleInfo,
    bodies: Vec<FunctionBody<'_>>,
    options: &CompileOptions,
) -> Result<CompiledCode, CompileError> {
    let offsets = VMOffsets::new(info);
    let env = ModuleEnv {
        info,
        offsets: &offsets,
        isa,
        deep_nesting_isa,
        consume_fuel: options.consume_fuel,
        epoch_interruption: options.epoch_interruption,
    };
    let n = bodies.len();
    let work: Vec<Mutex<Option<FunctionBody<'_>>>> =
        bodies.into_iter().map(|b| Mutex::new(Some(b))).collect();
    let results: Vec<Mutex<Option<Result<FunctionOutput, CompileError>>>> =
        (0..n).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut fctx = FunctionBuilderContext::new();
        let mut ctx = Context::new();
        let mut allocs = FuncValidatorAllocations::default();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                break;
            }
            let body = work[i]
                .lock()
                .unwrap()
                .take()
                .expect("each body taken once");
            let out = compile_one(&env, body, &mut ctx, &mut fctx, &mut allocs);
            let failed = out.is_err();
            *results[i].lock().unwrap() = Some(out);
            if failed {
                // Stop early; the first error in module order is reported.
                next.fetch_max(n, Ordering::Relaxed);
            }
        }
    };
    let threads = if options.parallel {
        std::thread::available_parallelism()
            .map_or(1, |p| p.get())
            .min(n.max(1))
    } else {
        1
    };
    if threads <= 1 {
        worker();
    } else {
        std::thread::scope(|s| {
            for _ in 1..threads {
                s.spawn(worker);
            }
            worker();
        });
    }
    let mut outputs = Vec::with_capacity(n);
    for r in results {
        match r.into_inner().unwrap() {
            Some(out) => outputs.push(out?),
            None => break,
        }
    }
    // Every body before the first failure has an output; a body without one
    // follows a failure, which was returned above.
    debug_assert_eq!(outputs.len(), n);
    link(outputs, info.num_imported_funcs).map_err(CompileError::Link)
}

fn compile_one(
    env: &ModuleEnv,
    body: FunctionBody<'_>,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    allocs: &mut FuncValidatorAllocations,
) -> Result<FunctionOutput, CompileError> {
    let mut validator = body.validator.into_validator(std::mem::take(allocs));
    ctx.clear();
    ctx.func.name = UserFuncName::user(0, body.index);
    let func_index = body.index;
    let depth = translate::translate_function(
        env,
        func_index,
        &body.body,
        &mut validator,
        &mut ctx.func,
        fctx,
    )
    .map_err(|error| CompileError::from_translation(func_index, error))?;
    *allocs = validator.into_allocations();
    let isa = if depth > DEEP_NESTING {
        env.deep_nesting_isa
    } else {
        env.isa
    };
    emit(ctx, isa).map_err(|error| CompileError::Function { func_index, error })
}

/// Compiles a single IR function (used for trampolines).
fn compile_standalone(isa: &dyn TargetIsa, func: Function, what: &str) -> Result<CompiledCode> {
    let mut ctx = Context::for_function(func);
    let out = emit(&mut ctx, isa).with_context(|| format!("compiling the {what}"))?;
    link(vec![out], 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translation_errors_are_classified_by_their_source() {
        let invalid = wasmparser::validate(b"\0asm\x01\0\0\0\x01")
            .err()
            .expect("a truncated section is invalid");
        let message = invalid.to_string();
        match CompileError::from_translation(4, invalid.into()) {
            CompileError::Invalid(e) => assert_eq!(e.to_string(), message),
            other => panic!("a validator error is invalid input, got {other:?}"),
        }
        match CompileError::from_translation(4, anyhow!("unsupported operator")) {
            CompileError::Function { func_index, error } => {
                assert_eq!(func_index, 4);
                assert_eq!(error.to_string(), "unsupported operator");
            }
            other => panic!("a translator limitation is no validation error, got {other:?}"),
        }
    }
}
