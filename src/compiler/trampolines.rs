//! Trampolines between the host's "array" calling convention
//! (`fn(callee_vmctx, caller_vmctx, values: *mut ValRaw, len)`, values in
//! 16-byte slots) and the wasm calling convention, one per function type.

use super::func_env::{ir_type, native_signature, trusted, wasm_signature};
use super::{CompiledCode, compile_standalone};
use crate::environ::{fields, header};
use anyhow::Result;
use cranelift_codegen::ir::{
    Function, InstBuilder, StackSlotData, StackSlotKind, UserFuncName, types,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use wasmparser::FuncType;

/// Size of one value slot in the array convention.
pub const VALUE_SIZE: i32 = 16;

fn value_flags() -> cranelift_codegen::ir::MemFlagsData {
    trusted().with_endianness(cranelift_codegen::ir::Endianness::Little)
}

/// Host → wasm: `fn(callee_vmctx, caller_vmctx, wasm_fn, values, len)`.
/// Loads the params from `values`, calls `wasm_fn`, stores the results back.
pub fn compile_array_to_wasm(isa: &dyn TargetIsa, ty: &FuncType) -> Result<CompiledCode> {
    let p = types::I64;
    let sig = native_signature(isa, &[p, p, p, p, p], &[]);
    let mut func = Function::with_name_signature(UserFuncName::user(1, 0), sig);
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let args = b.block_params(entry).to_vec();
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
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let args = b.block_params(entry).to_vec();
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
    // Record where wasm was left: the caller's frame pointer and pc.
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
