//! How translated code reaches the outside world: signatures, the VMContext
//! fields of memories, globals, tables and imports, and builtin calls.

use crate::environ::{ModuleInfo, TrapCode, VMOffsets, builtins, header};
use cranelift_codegen::ir::{
    self, AbiParam, ArgumentPurpose, InstBuilder, MemFlagsData, Signature, Type, Value, types,
};
use cranelift_codegen::isa::{CallConv, TargetIsa};
use cranelift_frontend::FunctionBuilder;
use wasmparser::{FuncType, ValType};

/// Everything the translator of one function needs about its module.
pub struct ModuleEnv<'a> {
    pub info: &'a ModuleInfo,
    pub offsets: &'a VMOffsets,
    pub isa: &'a dyn TargetIsa,
    /// The same ISA with the single-pass register allocator, for functions
    /// nested deeper than `DEEP_NESTING`.
    pub deep_nesting_isa: &'a dyn TargetIsa,
    /// Instrument for fuel metering.
    pub consume_fuel: bool,
    /// Instrument for epoch interruption.
    pub epoch_interruption: bool,
}

/// The Cranelift type that carries a wasm value.
pub fn ir_type(ty: ValType) -> Type {
    match ty {
        ValType::I32 => types::I32,
        ValType::I64 => types::I64,
        ValType::F32 => types::F32,
        ValType::F64 => types::F64,
        ValType::V128 => types::I8X16,
        ValType::Ref(_) => types::I64,
    }
}

/// The signature of a wasm function under the wasm calling convention:
/// `(callee_vmctx, caller_vmctx, params...) -> results`.
pub fn wasm_signature(ty: &FuncType) -> Signature {
    let mut sig = Signature::new(CallConv::Tail);
    sig.params
        .push(AbiParam::special(types::I64, ArgumentPurpose::VMContext));
    sig.params.push(AbiParam::new(types::I64));
    sig.params
        .extend(ty.params().iter().map(|t| AbiParam::new(ir_type(*t))));
    sig.returns
        .extend(ty.results().iter().map(|t| AbiParam::new(ir_type(*t))));
    sig
}

/// The signature of a host-ABI function taking `params` and returning `returns`.
pub fn native_signature(isa: &dyn TargetIsa, params: &[Type], returns: &[Type]) -> Signature {
    let mut sig = Signature::new(isa.default_call_conv());
    sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
    sig.returns
        .extend(returns.iter().map(|t| AbiParam::new(*t)));
    sig
}

/// Flags for loads of runtime data structures that never trap.
pub fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Flags for loads of runtime fields that never change once instantiated.
pub fn trusted_readonly() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly().with_can_move()
}

/// The Cranelift trap code for a wasm trap.
pub fn trap(code: TrapCode) -> ir::TrapCode {
    ir::TrapCode::unwrap_user(code.user_code())
}

/// VMContext access helpers, used while building one function.
pub struct VmAccess {
    pub vmctx: Value,
}

impl VmAccess {
    /// Base address of linear memory `index` (copied into the VMContext:
    /// memories never move).
    pub fn memory_base(&self, b: &mut FunctionBuilder, env: &ModuleEnv, index: u32) -> Value {
        let off = env.offsets.memory_base(index) as i32;
        b.ins()
            .load(types::I64, trusted_readonly(), self.vmctx, off)
    }

    /// Pointer to memory `index`'s `VMMemoryDefinition`.
    pub fn memory_def(&self, b: &mut FunctionBuilder, env: &ModuleEnv, index: u32) -> Value {
        let off = env.offsets.memory_ptr(index) as i32;
        b.ins()
            .load(types::I64, trusted_readonly(), self.vmctx, off)
    }

    /// Pointer to table `index`'s `VMTableDefinition`.
    pub fn table_def(&self, b: &mut FunctionBuilder, env: &ModuleEnv, index: u32) -> Value {
        let off = env.offsets.table_ptr(index) as i32;
        b.ins()
            .load(types::I64, trusted_readonly(), self.vmctx, off)
    }

    /// Address and static offset of global `index`'s storage.
    pub fn global_addr(
        &self,
        b: &mut FunctionBuilder,
        env: &ModuleEnv,
        index: u32,
    ) -> (Value, i32) {
        if env.info.is_imported_global(index) {
            let off = env.offsets.imported_global_ptr(index) as i32;
            (
                b.ins()
                    .load(types::I64, trusted_readonly(), self.vmctx, off),
                0,
            )
        } else {
            (self.vmctx, env.offsets.defined_global(index) as i32)
        }
    }

    /// Calls builtin `index` with `args` (the vmctx is passed first).
    pub fn call_builtin(
        &self,
        b: &mut FunctionBuilder,
        env: &ModuleEnv,
        index: u32,
        args: &[Value],
        params: &[Type],
        returns: &[Type],
    ) -> Vec<Value> {
        debug_assert!(index < builtins::COUNT);
        let mut all_params = vec![types::I64];
        all_params.extend_from_slice(params);
        let sig = b.import_signature(native_signature(env.isa, &all_params, returns));
        let table = b
            .ins()
            .load(types::I64, trusted_readonly(), self.vmctx, header::BUILTINS);
        let fptr = b
            .ins()
            .load(types::I64, trusted_readonly(), table, (index * 8) as i32);
        let mut call_args = vec![self.vmctx];
        call_args.extend_from_slice(args);
        let call = b.ins().call_indirect(sig, fptr, &call_args);
        b.inst_results(call).to_vec()
    }
}
