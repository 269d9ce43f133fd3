//! Helpers shared by the integration tests: locating instructions in an
//! encoded module (to predict the byte offsets a wasm backtrace must report)
//! and checking a trap's backtrace frame by frame.
#![allow(dead_code)]

pub mod wasi;

use std::ops::Range;

use wasmparser::{FunctionBody, Operator, Parser, Payload, TypeRef};
use wasmrt::Trap;

/// The body of function `func_index` (in the module's function index space,
/// imported functions first) of the encoded module `wasm`.
fn body(wasm: &[u8], func_index: u32) -> FunctionBody<'_> {
    let mut imported = 0;
    let mut defined = 0;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.expect("test module parses") {
            Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    if let TypeRef::Func(_) | TypeRef::FuncExact(_) = import.unwrap().ty {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                if imported + defined == func_index {
                    return body;
                }
                defined += 1;
            }
            _ => {}
        }
    }
    panic!("function {func_index} has no body in the test module");
}

/// Byte range of function `func_index`'s body (its locals and code, after the
/// size prefix), i.e. where `func_offset()` is counted from.
pub fn body_range(wasm: &[u8], func_index: u32) -> Range<usize> {
    let range = body(wasm, func_index).range();
    range.start as usize..range.end as usize
}

/// Byte offsets, in the whole module, of the operators of function
/// `func_index` that `pred` selects, in order.
pub fn op_offsets(wasm: &[u8], func_index: u32, pred: impl Fn(&Operator) -> bool) -> Vec<usize> {
    let mut reader = body(wasm, func_index).get_operators_reader().unwrap();
    let mut found = Vec::new();
    while !reader.eof() {
        let (op, offset) = reader.read_with_offset().unwrap();
        if pred(&op) {
            found.push(offset as usize);
        }
    }
    found
}

/// Byte offset of the one operator of function `func_index` that `pred`
/// selects; panics unless exactly one matches.
pub fn op_offset(wasm: &[u8], func_index: u32, pred: impl Fn(&Operator) -> bool) -> usize {
    match op_offsets(wasm, func_index, pred).as_slice() {
        [offset] => *offset,
        other => panic!("expected one matching operator in function {func_index}, found {other:?}"),
    }
}

/// Offset of the single `call` in function `func_index`.
pub fn call_offset(wasm: &[u8], func_index: u32) -> usize {
    op_offset(wasm, func_index, |op| matches!(op, Operator::Call { .. }))
}

/// The trap inside `err`, or a panic that shows what the error was instead.
pub fn as_trap(err: &anyhow::Error) -> &Trap {
    err.downcast_ref::<Trap>()
        .unwrap_or_else(|| panic!("expected a wasm trap, got: {err:?}"))
}

/// Asserts that `trap`'s backtrace is exactly `expected`, innermost first:
/// `(function index, function name, module byte offset)` per frame, and that
/// each frame's `func_offset()` is its module offset relative to its body.
pub fn assert_frames(wasm: &[u8], trap: &Trap, expected: &[(u32, &str, usize)]) {
    let frames = trap.trace().frames();
    let shown: Vec<String> = frames
        .iter()
        .map(|f| {
            format!(
                "#{} {:?} @ {:?}",
                f.func_index(),
                f.func_name(),
                f.module_offset()
            )
        })
        .collect();
    assert_eq!(
        frames.len(),
        expected.len(),
        "backtrace has the wrong number of frames: {shown:#?}"
    );
    for (i, (frame, &(index, name, offset))) in frames.iter().zip(expected).enumerate() {
        assert_eq!(
            frame.func_index(),
            index,
            "frame {i} function index: {shown:#?}"
        );
        assert_eq!(
            frame.func_name(),
            Some(name),
            "frame {i} function name: {shown:#?}"
        );
        assert_eq!(
            frame.module_offset(),
            Some(offset),
            "frame {i} module offset (expected {offset:#x}): {shown:#?}"
        );
        let body_start = body_range(wasm, index).start;
        assert_eq!(
            frame.func_offset(),
            Some(offset - body_start),
            "frame {i} offset within its function: {shown:#?}"
        );
    }
}
