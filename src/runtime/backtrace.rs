//! Wasm backtraces by walking the frame-pointer chain of generated code
//! (every wasmrt function keeps frame pointers), activation by activation.

use super::code_memory::{lookup_code, with_code};

/// One captured frame: a program counter in generated code.
#[derive(Debug, Clone, Copy)]
pub struct RawFrame {
    pub pc: usize,
    /// True for the trapping instruction itself, false for return addresses.
    pub exact: bool,
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
}

/// Walks frames starting at `(pc, fp)` while the pc is in generated code.
///
/// # Safety
/// `fp` must be the frame pointer belonging to `pc`'s frame, and the stack
/// it chains through must be live.
pub unsafe fn walk(mut pc: usize, mut fp: usize, mut exact: bool, out: &mut Vec<RawFrame>) {
    while fp != 0 && with_code(pc, |_| ()).is_some() {
        out.push(RawFrame { pc, exact });
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
            func_name: code.meta.func_names.get(&func_index).cloned(),
            module_name: code.meta.module_name.clone(),
            module_offset,
            func_offset: module_offset
                .zip(body_start)
                .map(|(m, s)| m.saturating_sub(s)),
            code_start: code.start(),
        });
    }
    out
}
