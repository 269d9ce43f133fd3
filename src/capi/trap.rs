//! `wasmrt_trap_*`: traps made by the host, and trap codes.

use super::wasm::frame::wasm_frame_t;
use super::wasm::trap::wasm_trap_t;
use super::wasm::vec::wasm_name_t;
use crate::{Trap, TrapCode};

/// A trap code (`WASMRT_TRAP_CODE_*`), numbered as in wasmtime.
pub type wasmrt_trap_code_t = u8;
pub const WASMRT_TRAP_CODE_STACK_OVERFLOW: wasmrt_trap_code_t = 0;
pub const WASMRT_TRAP_CODE_MEMORY_OUT_OF_BOUNDS: wasmrt_trap_code_t = 1;
pub const WASMRT_TRAP_CODE_HEAP_MISALIGNED: wasmrt_trap_code_t = 2;
pub const WASMRT_TRAP_CODE_TABLE_OUT_OF_BOUNDS: wasmrt_trap_code_t = 3;
pub const WASMRT_TRAP_CODE_INDIRECT_CALL_TO_NULL: wasmrt_trap_code_t = 4;
pub const WASMRT_TRAP_CODE_BAD_SIGNATURE: wasmrt_trap_code_t = 5;
pub const WASMRT_TRAP_CODE_INTEGER_OVERFLOW: wasmrt_trap_code_t = 6;
pub const WASMRT_TRAP_CODE_INTEGER_DIVISION_BY_ZERO: wasmrt_trap_code_t = 7;
pub const WASMRT_TRAP_CODE_BAD_CONVERSION_TO_INTEGER: wasmrt_trap_code_t = 8;
pub const WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED: wasmrt_trap_code_t = 9;
pub const WASMRT_TRAP_CODE_INTERRUPT: wasmrt_trap_code_t = 10;
pub const WASMRT_TRAP_CODE_OUT_OF_FUEL: wasmrt_trap_code_t = 11;

/// A trap raised by the host with a message (not a wasm trap code).
#[derive(Debug, Clone)]
pub(crate) struct HostTrap(pub String);

impl std::fmt::Display for HostTrap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HostTrap {}

/// A trap raised by code: the code's standard message.
#[derive(Debug, Clone)]
pub(crate) struct CodeTrap(pub TrapCode);

impl std::fmt::Display for CodeTrap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "wasm trap: {}", self.0.message())
    }
}

impl std::error::Error for CodeTrap {}

fn code_of(code: TrapCode) -> Option<wasmrt_trap_code_t> {
    Some(match code {
        TrapCode::StackOverflow => WASMRT_TRAP_CODE_STACK_OVERFLOW,
        TrapCode::MemoryOutOfBounds => WASMRT_TRAP_CODE_MEMORY_OUT_OF_BOUNDS,
        TrapCode::TableOutOfBounds => WASMRT_TRAP_CODE_TABLE_OUT_OF_BOUNDS,
        TrapCode::IndirectCallToNull => WASMRT_TRAP_CODE_INDIRECT_CALL_TO_NULL,
        TrapCode::BadSignature => WASMRT_TRAP_CODE_BAD_SIGNATURE,
        TrapCode::IntegerOverflow => WASMRT_TRAP_CODE_INTEGER_OVERFLOW,
        TrapCode::IntegerDivisionByZero => WASMRT_TRAP_CODE_INTEGER_DIVISION_BY_ZERO,
        TrapCode::BadConversionToInteger => WASMRT_TRAP_CODE_BAD_CONVERSION_TO_INTEGER,
        TrapCode::UnreachableCodeReached => WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED,
        TrapCode::Interrupt => WASMRT_TRAP_CODE_INTERRUPT,
        TrapCode::OutOfFuel => WASMRT_TRAP_CODE_OUT_OF_FUEL,
        _ => return None,
    })
}

fn trap_code(code: wasmrt_trap_code_t) -> Option<TrapCode> {
    TrapCode::ALL
        .into_iter()
        .find(|c| code_of(*c) == Some(code))
}

/// A new trap with the `msg_len` bytes at `msg` as its message, owned by
/// the caller (`wasm_trap_delete`), e.g. to return from a host function.
///
/// # Safety
/// `msg` must be readable for `msg_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_trap_new(
    msg: *const std::ffi::c_char,
    msg_len: usize,
) -> *mut wasm_trap_t {
    // SAFETY: as the caller guarantees.
    let text = match unsafe { super::slice(msg.cast::<u8>(), msg_len, "msg") } {
        Ok(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Err(e) => e.to_string(),
    };
    wasm_trap_t::boxed(HostTrap(text).into())
}

/// A new trap with `code` and its standard message, owned by the caller;
/// null for a code wasmrt does not know.
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_trap_new_code(code: wasmrt_trap_code_t) -> *mut wasm_trap_t {
    match trap_code(code) {
        Some(c) => wasm_trap_t::boxed(CodeTrap(c).into()),
        None => std::ptr::null_mut(),
    }
}

/// Writes the trap's code to `code` and returns true; false if the trap has
/// no code (a host trap with a message) or for null arguments.
///
/// # Safety
/// `trap` must be a live trap or null; `code` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_trap_code(
    trap: *const wasm_trap_t,
    code: *mut wasmrt_trap_code_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(trap), Some(out)) = (unsafe { trap.as_ref() }, unsafe { code.as_mut() }) else {
        return false;
    };
    let found = trap
        .error
        .downcast_ref::<Trap>()
        .map(Trap::code)
        .or_else(|| trap.error.downcast_ref::<CodeTrap>().map(|c| c.0))
        .and_then(code_of);
    match found {
        Some(c) => {
            *out = c;
            true
        }
        None => false,
    }
}

/// Whether `error` is a trap with a code (from wasm, or made by
/// `wasmrt_trap_new_code`), which calls report through their `trap`
/// argument. Anything else, a host function's trap with a message
/// included, comes back as a `wasmrt_error_t`, as in wasmtime.
pub(crate) fn is_trap(error: &anyhow::Error) -> bool {
    error.is::<Trap>() || error.is::<CodeTrap>()
}

/// The frame's function name from the module's name section, owned by the
/// frame; null if there is none.
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_frame_func_name(frame: *const wasm_frame_t) -> *const wasm_name_t {
    // SAFETY: live when not null.
    unsafe { frame.as_ref() }
        .and_then(wasm_frame_t::func_name)
        .map_or(std::ptr::null(), |n| n as *const _)
}

/// The frame's module name from the name section, owned by the frame; null
/// if there is none.
///
/// # Safety
/// `frame` must be a live frame or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_frame_module_name(
    frame: *const wasm_frame_t,
) -> *const wasm_name_t {
    // SAFETY: live when not null.
    unsafe { frame.as_ref() }
        .and_then(wasm_frame_t::module_name)
        .map_or(std::ptr::null(), |n| n as *const _)
}

/// Splits a call's outcome as wasmtime's C API does: a trap with a code
/// goes to `*trap` (when given) and the call itself succeeds with `None`;
/// success and every other failure pass through.
#[inline]
pub(crate) fn split_trap<T>(
    result: anyhow::Result<T>,
    trap: *mut *mut wasm_trap_t,
) -> anyhow::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if is_trap(&e) && !trap.is_null() => {
            // SAFETY: `trap` is writable, as C callers guarantee.
            unsafe { *trap = wasm_trap_t::boxed(e) };
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// What a C callback returned as a trap (NULL: none), as a Rust result;
/// wasmrt owns the trap from then on.
pub(crate) fn returned_trap(trap: *mut wasm_trap_t) -> anyhow::Result<()> {
    if trap.is_null() {
        return Ok(());
    }
    // SAFETY: a trap handed to wasmrt by a C callback.
    Err(unsafe { Box::from_raw(trap) }.error)
}
