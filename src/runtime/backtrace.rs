//! Wasm backtraces by walking the frame-pointer chain of generated code
//! (every wasmrt function keeps frame pointers), activation by activation.

use super::code_memory::{lookup_code, with_code};
use crate::environ::TrapCode;

/// One captured frame: a program counter in generated code.
#[derive(Debug, Clone, Copy)]
pub struct RawFrame {
    pub pc: usize,
    /// True for the trapping instruction itself, false for return addresses.
    pub exact: bool,
    /// The `VMContext` the frame ran with.
    pub vmctx: FrameVmctx,
}

/// What a frame tells of the `VMContext` it ran with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameVmctx {
    /// Read from the frame, where the function stored it on entry.
    Known(usize),
    /// The function does not store it: it is only ever called directly
    /// from its own module, so it runs with its caller's (the next frame
    /// out).
    SameAsCaller,
    /// A trampoline, or a function that overflowed the stack in its
    /// prologue, before it stored its VMContext.
    Unknown,
}

/// A frame resolved to wasm terms.
#[derive(Debug, Clone)]
pub struct ResolvedFrame {
    pub func_index: u32,
    pub func_name: Option<String>,
    pub module_name: Option<String>,
    pub module_offset: Option<usize>,
    pub func_offset: Option<usize>,
    /// The start of the code region (one per module) the frame runs in.
    pub code_start: usize,
    /// The `VMContext` (so the instance) the frame ran with; 0 if unknown.
    pub vmctx: usize,
}

/// Walks frames starting at `(pc, fp)` while the pc is in generated code.
///
/// # Safety
/// `fp` must be the frame pointer belonging to `pc`'s frame, and the stack
/// it chains through must be live.
pub unsafe fn walk(mut pc: usize, mut fp: usize, mut exact: bool, out: &mut Vec<RawFrame>) {
    let first = out.len();
    while fp != 0 {
        // A wasm function's frame that stored its VMContext keeps it at a
        // fixed offset from its frame pointer; return addresses are past
        // that store (the first thing the function does), and so is a
        // trapping pc, except in the prologue's stack-limit check.
        let Some(vmctx) = with_code(pc, |code| {
            let lookup_pc = if exact { pc } else { pc - 1 };
            let Some((pos, _)) = code.func_at(lookup_pc) else {
                return FrameVmctx::Unknown;
            };
            match code.vmctx_slot(pos) {
                _ if code.meta.first_func_index.is_none() => FrameVmctx::Unknown,
                None => FrameVmctx::SameAsCaller,
                Some(_) if exact && code.trap_at(pc) == Some(TrapCode::StackOverflow) => {
                    FrameVmctx::Unknown
                }
                // SAFETY: a live wasm function frame whose slot at this
                // offset from its frame pointer holds the VMContext it
                // stored on entry.
                Some(offset) => {
                    FrameVmctx::Known(unsafe { *((fp as isize + offset as isize) as *const usize) })
                }
            }
        }) else {
            break;
        };
        out.push(RawFrame { pc, exact, vmctx });
        exact = false;
        // SAFETY: `fp` is a frame pointer of a generated-code frame, which
        // stores the caller's frame pointer at [fp] and return address at [fp+8].
        unsafe {
            pc = *((fp + 8) as *const usize);
            fp = *(fp as *const usize);
        }
        if out.len() > 1_000_000 {
            break;
        }
    }
    // A function that runs in its caller's instance takes the VMContext
    // of the frame that called it, from the outermost frame in.
    let mut outer = FrameVmctx::Unknown;
    for frame in out[first..].iter_mut().rev() {
        if frame.vmctx == FrameVmctx::SameAsCaller {
            frame.vmctx = outer;
        }
        outer = frame.vmctx;
    }
}

/// Resolves raw frames, keeping only wasm function frames (not trampolines).
pub fn resolve(frames: &[RawFrame]) -> Vec<ResolvedFrame> {
    let mut out = Vec::new();
    for f in frames {
        let Some(code) = lookup_code(f.pc) else {
            continue;
        };
        let Some(first) = code.meta.first_func_index else {
            continue;
        };
        let lookup_pc = if f.exact { f.pc } else { f.pc - 1 };
        let Some((pos, _)) = code.func_at(lookup_pc) else {
            continue;
        };
        let func_index = first + pos as u32;
        let module_offset = code.wasm_offset(lookup_pc).map(|o| o as usize);
        let body_start = code.meta.body_offsets.get(pos).copied();
        out.push(ResolvedFrame {
            func_index,
            func_name: code.meta.func_names.get(func_index).map(str::to_string),
            module_name: code.meta.module_name.clone(),
            module_offset,
            func_offset: module_offset
                .zip(body_start)
                .map(|(m, s)| m.saturating_sub(s)),
            code_start: code.start(),
            vmctx: match f.vmctx {
                FrameVmctx::Known(v) => v,
                _ => 0,
            },
        });
    }
    out
}
