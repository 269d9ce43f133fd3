//! Trampolines between the host's "array" calling convention
//! (`fn(callee_vmctx, caller_vmctx, values: *mut ValRaw, len)`, values in
//! 16-byte slots) and the wasm calling convention, one per function type.

use super::func_env::{ir_type, native_signature, trusted, wasm_signature};
use super::{CompiledCode, compile_standalone};
use crate::environ::{builtins, fields, header};
use anyhow::Result;
use cranelift_codegen::ir::{
    Function, InstBuilder, StackSlotData, StackSlotKind, Type, UserFuncName, Value, types,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use wasmparser::FuncType;

/// Size of one value slot in the array convention.
pub const VALUE_SIZE: i32 = 16;

/// Value slots never trap, but are only 8-byte aligned (C hands its own
/// arrays to the trampolines), so a v128 slot may not be 16-aligned.
fn value_flags() -> cranelift_codegen::ir::MemFlagsData {
    cranelift_codegen::ir::MemFlagsData::new()
        .with_notrap()
        .with_endianness(cranelift_codegen::ir::Endianness::Little)
}

/// Host → wasm: `fn(callee_vmctx, caller_vmctx, wasm_fn, values, len)`.
/// Loads the params from `values`, calls `wasm_fn`, stores the results back.
pub fn compile_array_to_wasm(isa: &dyn TargetIsa, ty: &FuncType) -> Result<CompiledCode> {
    let p = types::I64;
    let sig = native_signature(isa, &[p, p, p, p, p], &[]);
    let mut func = Function::with_name_signature(UserFuncName::user(1, 0), sig);
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let args = entry_block(&mut b);
    let (callee_vmctx, caller_vmctx, wasm_fn, values) = (args[0], args[1], args[2], args[3]);
    let mut call_args = vec![callee_vmctx, caller_vmctx];
    for (i, t) in ty.params().iter().enumerate() {
        let v = b
            .ins()
            .load(ir_type(*t), value_flags(), values, i as i32 * VALUE_SIZE);
        call_args.push(v);
    }
    let wasm_sig = b.import_signature(wasm_signature(ty));
    let call = b.ins().call_indirect(wasm_sig, wasm_fn, &call_args);
    let results = b.inst_results(call).to_vec();
    for (i, r) in results.into_iter().enumerate() {
        b.ins()
            .store(value_flags(), r, values, i as i32 * VALUE_SIZE);
    }
    b.ins().return_(&[]);
    b.finalize(isa.frontend_config());
    compile_standalone(isa, func, "array-to-wasm trampoline")
}

/// Wasm → host: a wasm-convention function that spills its params into a
/// stack array, records the exit frame for backtraces, and calls the host
/// function stored in the callee's `VMHostFuncContext`.
pub fn compile_wasm_to_array(isa: &dyn TargetIsa, ty: &FuncType) -> Result<CompiledCode> {
    let mut func = Function::with_name_signature(UserFuncName::user(1, 1), wasm_signature(ty));
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let args = entry_block(&mut b);
    let (callee_vmctx, caller_vmctx) = (args[0], args[1]);
    let slots = ty.params().len().max(ty.results().len()).max(1) as u32;
    let slot = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        slots * VALUE_SIZE as u32,
        4,
    ));
    let values = b.ins().stack_addr(types::I64, slot, 0);
    for (i, v) in args[2..].iter().enumerate() {
        b.ins()
            .store(value_flags(), *v, values, i as i32 * VALUE_SIZE);
    }
    let store_ctx = record_exit(&mut b, caller_vmctx);
    let host_fn = b
        .ins()
        .load(types::I64, trusted(), callee_vmctx, fields::HOST_ARRAY_CALL);
    let p = types::I64;
    let host_sig = b.import_signature(native_signature(isa, &[p, p, p, p], &[]));
    let len = b.ins().iconst(types::I64, i64::from(slots));
    b.ins().call_indirect(
        host_sig,
        host_fn,
        &[callee_vmctx, caller_vmctx, values, len],
    );
    clear_exit(&mut b, store_ctx);
    let mut results = Vec::new();
    for (i, t) in ty.results().iter().enumerate() {
        results.push(
            b.ins()
                .load(ir_type(*t), value_flags(), values, i as i32 * VALUE_SIZE),
        );
    }
    b.ins().return_(&results);
    b.finalize(isa.frontend_config());
    compile_standalone(isa, func, "wasm-to-array trampoline")
}

/// Starts the function's entry block; returns its parameters.
fn entry_block(b: &mut FunctionBuilder) -> Vec<Value> {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    b.block_params(entry).to_vec()
}

/// Records where wasm is being left, for backtraces of traps in any wasm
/// this exit leads to: the wasm caller's frame pointer and the return
/// address into it. Returns the store context (from the caller's vmctx).
fn record_exit(b: &mut FunctionBuilder, caller_vmctx: Value) -> Value {
    let store_ctx = b
        .ins()
        .load(types::I64, trusted(), caller_vmctx, header::STORE_CONTEXT);
    let fp = b.ins().get_frame_pointer(types::I64);
    let caller_fp = b.ins().load(types::I64, trusted(), fp, 0);
    let pc = b.ins().get_return_address(types::I64);
    b.ins()
        .store(trusted(), caller_fp, store_ctx, fields::STORE_LAST_EXIT_FP);
    b.ins()
        .store(trusted(), pc, store_ctx, fields::STORE_LAST_EXIT_PC);
    store_ctx
}

/// Forgets the exit point once control is back in wasm, so that no later
/// backtrace can walk the frames it named after they have returned.
fn clear_exit(b: &mut FunctionBuilder, store_ctx: Value) {
    let zero = b.ins().iconst(types::I64, 0);
    b.ins()
        .store(trusted(), zero, store_ctx, fields::STORE_LAST_EXIT_FP);
    b.ins()
        .store(trusted(), zero, store_ctx, fields::STORE_LAST_EXIT_PC);
}

/// The builtins that may run embedder code (a resource limiter, an epoch
/// callback), which may call wasm again, with their parameter types after
/// the vmctx and their result types (as the translator calls them).
fn reentrant_builtin_types(index: u32) -> Option<(&'static [Type], &'static [Type])> {
    use types::{I32, I64};
    match index {
        builtins::MEMORY_GROW => Some((&[I32, I32], &[I32])),
        builtins::TABLE_GROW => Some((&[I32, I64, I32], &[I32])),
        builtins::EPOCH_CHECK => Some((&[], &[I32])),
        _ => None,
    }
}

/// For builtin `index`, if it may re-enter wasm, a trampoline that wasm
/// calls instead of the builtin at `target`: it records the exit point as
/// a host call does, calls `target` with the same arguments, clears the
/// exit point and returns the builtin's results. `None` for builtins that
/// never leave the runtime (wasm calls those directly).
pub fn compile_builtin_exit(
    isa: &dyn TargetIsa,
    index: u32,
    target: usize,
) -> Result<Option<CompiledCode>> {
    let Some((params, returns)) = reentrant_builtin_types(index) else {
        return Ok(None);
    };
    let mut all_params = vec![types::I64];
    all_params.extend_from_slice(params);
    let sig = native_signature(isa, &all_params, returns);
    let mut func = Function::with_name_signature(UserFuncName::user(1, 2), sig.clone());
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let args = entry_block(&mut b);
    let store_ctx = record_exit(&mut b, args[0]);
    let callee = b.import_signature(sig);
    let target = b.ins().iconst(types::I64, target as i64);
    let call = b.ins().call_indirect(callee, target, &args);
    let results = b.inst_results(call).to_vec();
    clear_exit(&mut b, store_ctx);
    b.ins().return_(&results);
    b.finalize(isa.frontend_config());
    compile_standalone(isa, func, "builtin exit trampoline").map(Some)
}
