//! The raw structures generated code reads and writes. Layouts match the
//! offsets in `environ::offsets` (checked by the asserts below).

use crate::environ::fields;
use std::mem::offset_of;
use std::sync::atomic::AtomicU64;

/// A function reference: what tables hold and `call_indirect` calls.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct VMFuncRef {
    /// Entry point under the wasm calling convention.
    pub wasm_call: *const u8,
    /// The callee's vmctx (an instance's VMContext or a host function's context).
    pub vmctx: *mut u8,
    /// Engine-wide canonical type id.
    pub type_id: u32,
}

/// An imported function as stored in the importing instance's VMContext.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct VMFunctionImport {
    pub wasm_call: *const u8,
    pub vmctx: *mut u8,
    pub funcref: *const VMFuncRef,
}

/// A linear memory's current location and size.
#[repr(C)]
#[derive(Debug)]
pub struct VMMemoryDefinition {
    pub base: *mut u8,
    pub current_length: usize,
}

/// A table's current elements (raw reference words, 0 = null).
#[repr(C)]
#[derive(Debug)]
pub struct VMTableDefinition {
    pub base: *mut usize,
    pub current_elements: usize,
}

/// Storage of one global value, large enough for a v128.
#[repr(C, align(16))]
#[derive(Debug, Clone, Copy, Default)]
pub struct VMGlobalDefinition {
    pub bytes: [u8; 16],
}

/// Per-store runtime state shared with generated code.
#[repr(C)]
#[derive(Debug)]
pub struct VMStoreContext {
    /// Fuel used minus fuel available: wasm is out of fuel once it is > 0.
    pub fuel_consumed: i64,
    /// The epoch at which wasm must stop (shared with interrupt handles).
    pub epoch_deadline: *const AtomicU64,
    /// Lowest stack address wasm may use; checked in every prologue.
    pub stack_limit: usize,
    /// Frame pointer of the last wasm frame that called out to the host.
    pub last_exit_fp: usize,
    /// Return address into that wasm frame.
    pub last_exit_pc: usize,
    pub epoch_ptr: *const u64,
    /// The owning store (`*mut StoreOpaque`), for host calls.
    pub store: *mut u8,
    /// Store callbacks the runtime's builtins consult.
    pub hooks: *const StoreHooks,
}

// SAFETY: the pointers refer to the engine's epoch counter (kept alive by
// the store's engine), the store's own interrupt state and data, and static
// hooks; the context moves between threads only together with its store.
unsafe impl Send for VMStoreContext {}
// SAFETY: shared access only reads; the store is not used concurrently.
unsafe impl Sync for VMStoreContext {}

/// What a resource limiter decided about a growth request.
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrowDecision {
    Allow,
    Deny,
    /// The limiter failed; its error is kept in the store.
    Error,
}

/// Callbacks into the store that owns a `VMStoreContext` (installed by the
/// API layer, which knows the store's type).
#[repr(C)]
pub struct StoreHooks {
    /// The epoch deadline passed (or an interrupt was requested): returns
    /// true to trap, false to continue (the deadline was extended).
    pub epoch_reached: unsafe fn(store: *mut u8) -> bool,
    /// A memory wants to grow from `current` to `desired` bytes.
    pub memory_growing: unsafe fn(
        store: *mut u8,
        current: usize,
        desired: usize,
        max: Option<usize>,
    ) -> GrowDecision,
    /// A table wants to grow from `current` to `desired` elements.
    pub table_growing: unsafe fn(
        store: *mut u8,
        current: usize,
        desired: usize,
        max: Option<usize>,
    ) -> GrowDecision,
}

impl Default for VMStoreContext {
    fn default() -> Self {
        VMStoreContext {
            fuel_consumed: 0,
            epoch_deadline: std::ptr::null(),
            stack_limit: usize::MAX,
            last_exit_fp: 0,
            last_exit_pc: 0,
            epoch_ptr: std::ptr::null(),
            store: std::ptr::null_mut(),
            hooks: std::ptr::null(),
        }
    }
}

/// The host signature of an array-call function.
pub type ArrayCallFn = unsafe extern "C" fn(
    callee_vmctx: *mut u8,
    caller_vmctx: *mut u8,
    values: *mut ValRaw,
    len: usize,
);

/// The callee "vmctx" of a host function.
#[repr(C)]
pub struct VMHostFuncContext {
    pub magic: u32,
    pub array_call: ArrayCallFn,
    pub funcref: VMFuncRef,
    /// The store context of the store owning the function.
    pub store: *mut VMStoreContext,
    /// The host state the array-call function interprets.
    pub host_state: *const u8,
}

/// One value in the array calling convention: 16 bytes, 8-byte aligned
/// (the layout of C's `wasmrt_val_raw_t`, so C's arrays are used as they
/// are; generated code never assumes more alignment).
#[repr(C, align(8))]
#[derive(Clone, Copy, Default, Debug)]
pub struct ValRaw(pub(crate) [u8; 16]);

/// Raw values as wasmtime names them (for `Func::call_unchecked` and
/// `Func::new_unchecked`): every value little-endian at offset 0.
impl ValRaw {
    pub fn i32(v: i32) -> ValRaw {
        ValRaw::from_u32(v as u32)
    }
    pub fn i64(v: i64) -> ValRaw {
        ValRaw::from_u64(v as u64)
    }
    /// An `f32` from its bits.
    pub fn f32(bits: u32) -> ValRaw {
        ValRaw::from_u32(bits)
    }
    /// An `f64` from its bits.
    pub fn f64(bits: u64) -> ValRaw {
        ValRaw::from_u64(bits)
    }
    pub fn v128(v: u128) -> ValRaw {
        ValRaw::from_u128(v)
    }
    /// A funcref from `Func::to_raw` (null: null).
    pub fn funcref(raw: *mut std::ffi::c_void) -> ValRaw {
        ValRaw::from_u64(raw as u64)
    }
    /// An externref from `ExternRef::to_raw` (0: null).
    pub fn externref(raw: u32) -> ValRaw {
        ValRaw::from_u32(raw)
    }
    pub fn get_i32(&self) -> i32 {
        self.get_u32() as i32
    }
    pub fn get_i64(&self) -> i64 {
        self.get_u64() as i64
    }
    /// An `f32`'s bits.
    pub fn get_f32(&self) -> u32 {
        self.get_u32()
    }
    /// An `f64`'s bits.
    pub fn get_f64(&self) -> u64 {
        self.get_u64()
    }
    pub fn get_v128(&self) -> u128 {
        self.get_u128()
    }
    pub fn get_funcref(&self) -> *mut std::ffi::c_void {
        self.get_u64() as usize as *mut std::ffi::c_void
    }
    pub fn get_externref(&self) -> u32 {
        self.get_u32()
    }
}

impl ValRaw {
    pub(crate) fn from_u128(v: u128) -> ValRaw {
        ValRaw(v.to_le_bytes())
    }
    pub(crate) fn from_u64(v: u64) -> ValRaw {
        ValRaw::from_u128(u128::from(v))
    }
    pub(crate) fn from_u32(v: u32) -> ValRaw {
        ValRaw::from_u128(u128::from(v))
    }
    pub(crate) fn get_u128(&self) -> u128 {
        u128::from_le_bytes(self.0)
    }
    pub(crate) fn get_u64(&self) -> u64 {
        self.get_u128() as u64
    }
    pub(crate) fn get_u32(&self) -> u32 {
        self.get_u128() as u32
    }
}

const _: () = {
    assert!(offset_of!(VMFuncRef, wasm_call) == fields::FUNCREF_WASM_CALL as usize);
    assert!(offset_of!(VMFuncRef, vmctx) == fields::FUNCREF_VMCTX as usize);
    assert!(offset_of!(VMFuncRef, type_id) == fields::FUNCREF_TYPE_ID as usize);
    assert!(size_of::<VMFuncRef>() == fields::FUNCREF_SIZE as usize);
    assert!(offset_of!(VMFunctionImport, wasm_call) == fields::IMPORT_WASM_CALL as usize);
    assert!(offset_of!(VMFunctionImport, vmctx) == fields::IMPORT_VMCTX as usize);
    assert!(offset_of!(VMFunctionImport, funcref) == fields::IMPORT_FUNCREF as usize);
    assert!(size_of::<VMFunctionImport>() == fields::IMPORT_SIZE as usize);
    assert!(offset_of!(VMMemoryDefinition, base) == fields::MEMORY_BASE as usize);
    assert!(offset_of!(VMMemoryDefinition, current_length) == fields::MEMORY_LENGTH as usize);
    assert!(offset_of!(VMTableDefinition, base) == fields::TABLE_BASE as usize);
    assert!(offset_of!(VMTableDefinition, current_elements) == fields::TABLE_LENGTH as usize);
    assert!(size_of::<VMGlobalDefinition>() == fields::GLOBAL_SIZE as usize);
    assert!(offset_of!(VMStoreContext, fuel_consumed) == fields::STORE_FUEL_CONSUMED as usize);
    assert!(
        offset_of!(VMStoreContext, epoch_deadline) == fields::STORE_EPOCH_DEADLINE_PTR as usize
    );
    assert!(offset_of!(VMStoreContext, hooks) == fields::STORE_HOOKS as usize);
    assert!(offset_of!(VMStoreContext, stack_limit) == fields::STORE_STACK_LIMIT as usize);
    assert!(offset_of!(VMStoreContext, last_exit_fp) == fields::STORE_LAST_EXIT_FP as usize);
    assert!(offset_of!(VMStoreContext, last_exit_pc) == fields::STORE_LAST_EXIT_PC as usize);
    assert!(offset_of!(VMStoreContext, epoch_ptr) == fields::STORE_EPOCH_PTR as usize);
    assert!(offset_of!(VMHostFuncContext, array_call) == fields::HOST_ARRAY_CALL as usize);
};
