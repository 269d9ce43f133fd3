//! wasmi 2.0.0's known miscompilations, and the precise rule that excuses
//! a divergence caused by one of them.
//!
//! A divergence in which wasmi alone differs (wasmrt and wasmtime agree
//! with each other on everything) is excused when the module contains an
//! instruction wasmi 2.0.0 is known to get wrong. Both were found by this
//! fuzzer, minimised by `diff --shrink`, reduced by hand to the cases in
//! `fuzz/corpus/wasmi-*.wat`, and wasmrt's behaviour on them is checked in
//! the project's ordinary tests (`tests/fuzz_regressions.rs`):
//!
//! 1. A `loop` or an `if` with parameters, entered with a `local.get`
//!    result on the operand stack below its parameters: after it, wasmi
//!    has that stack slot holding the loop's parameter
//!    (`wasmi-loop-params.wat`: wasmi gives 7, the spec 15), or a value
//!    that varies from run to run, for an `if` whose `else` arm holds a
//!    `block` (`wasmi-if-params.wat`). WebAssembly 2.0, 4.4.8 "loop
//!    blocktype instr* end" and "if blocktype instr1* else instr2* end":
//!    only the m parameter values are popped to enter the block ("Pop the
//!    values val^m from the stack"); the values below them stay as they
//!    are. Found as SIMD seed 3893 (`loop`) and seed 160436 of the long
//!    wasm 2.0 campaign (`if`).
//! 2. `v128.store8_lane` and `v128.store16_lane` with a static offset of
//!    65536 or more: wasmi stores a wrong, run-to-run varying byte, or
//!    writes far outside linear memory and crashes
//!    (`wasmi-store-lane-offset.wat`). WebAssembly 2.0, 4.4.7
//!    "v128.storeN_lane memarg x": the effective address is `i +
//!    memarg.offset` for any u32 offset, and the lane's value is stored
//!    there. Found as SIMD seed 3049, and behind the wasmi crashes on SIMD
//!    seeds 351, 2126 and 3113.
//!
//! 3. A scalar store (`i32.store`, `i64.store16`, ...) with a static offset
//!    of 65536 or more whose address and value are the same `local.tee`'d
//!    value: wasmi's translator panics (`unreachable!()` at wasmi-2.0.0
//!    `src/engine/translator/func/mod.rs:2583`) on a valid module
//!    (`wasmi-store-offset-panic.wat`). WebAssembly 2.0, 3.3.7 (validation
//!    of `t.store memarg`): any u32 offset is valid. Found as seed 222487 of
//!    the long wasm 2.0 campaign. Only that panic is excused
//!    ([`known_wasmi_panic`]), and only when wasmrt and wasmtime then agree
//!    without wasmi.
//!
//! The rule looks only for the instruction, not for the whole pattern, so
//! it excuses a little more than the bug needs; a divergence between
//! wasmrt and wasmtime is never excused.

use wasmparser::{BlockType, CompositeInnerType, Operator, Parser, Payload};

/// The known wasmi bug `wasm` can trigger, described, or `None`.
pub fn known_wasmi_bug(wasm: &[u8]) -> Option<&'static str> {
    first_operator_match(wasm, |op, params_of_type| {
        let has_params = |t: u32| params_of_type.get(t as usize).is_some_and(|&n| n > 0);
        match *op {
            Operator::Loop {
                blockty: BlockType::FuncType(t),
            } if has_params(t) => Some("wasmi 2.0.0 mistranslates a loop with parameters"),
            Operator::If {
                blockty: BlockType::FuncType(t),
            } if has_params(t) => Some("wasmi 2.0.0 mistranslates an if with parameters"),
            Operator::V128Store8Lane { memarg, .. } | Operator::V128Store16Lane { memarg, .. }
                if memarg.offset >= 65536 =>
            {
                Some(
                    "wasmi 2.0.0 mistranslates v128.store8_lane/store16_lane with an offset of 65536 or more",
                )
            }
            _ => None,
        }
    })
}

/// The first `Some` that `check` gives for an operator of `wasm`'s
/// function bodies, in order; `check` also gets the parameter count of
/// each type (by type index). `None` for none, or for a module wasmparser
/// cannot read.
fn first_operator_match(
    wasm: &[u8],
    mut check: impl FnMut(&Operator, &[usize]) -> Option<&'static str>,
) -> Option<&'static str> {
    let mut params_of_type: Vec<usize> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            Payload::TypeSection(reader) => {
                for group in reader {
                    for sub in group.ok()?.into_types() {
                        params_of_type.push(match &sub.composite_type.inner {
                            CompositeInnerType::Func(f) => f.params().len(),
                            _ => 0,
                        });
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut ops = body.get_operators_reader().ok()?;
                while !ops.eof() {
                    if let Some(bug) = check(&ops.read().ok()?, &params_of_type) {
                        return Some(bug);
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// Where wasmi 2.0.0's translator panics on the stores of item 3.
const STORE_PANIC_SITE: &str = "wasmi-2.0.0/src/engine/translator/func/mod.rs:2583:";

/// The known wasmi bug behind a panic with `message` (its text, with its
/// location) on `wasm`, or `None`.
pub fn known_wasmi_panic(wasm: &[u8], message: &str) -> Option<&'static str> {
    if !message.contains(STORE_PANIC_SITE) {
        return None;
    }
    first_operator_match(wasm, |op, _| match *op {
        Operator::I32Store { memarg }
        | Operator::I64Store { memarg }
        | Operator::F32Store { memarg }
        | Operator::F64Store { memarg }
        | Operator::I32Store8 { memarg }
        | Operator::I32Store16 { memarg }
        | Operator::I64Store8 { memarg }
        | Operator::I64Store16 { memarg }
        | Operator::I64Store32 { memarg }
            if memarg.offset >= 65536 =>
        {
            Some("wasmi 2.0.0's translator panics on a store with an offset of 65536 or more")
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::known_wasmi_bug;

    fn corpus(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(name);
        wat::parse_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn the_minimal_cases_are_recognised() {
        assert!(known_wasmi_bug(&corpus("wasmi-loop-params.wat")).is_some());
        assert!(known_wasmi_bug(&corpus("wasmi-if-params.wat")).is_some());
        let store = corpus("wasmi-store-offset-panic.wat");
        let site = format!(
            "panicked at /x/{}25:\ninternal error",
            super::STORE_PANIC_SITE
        );
        assert!(super::known_wasmi_panic(&store, &site).is_some());
        assert!(super::known_wasmi_panic(&store, "panicked at src/other.rs:1:1").is_none());
        assert!(known_wasmi_bug(&corpus("wasmi-store-lane-offset.wat")).is_some());
    }

    #[test]
    fn neighbours_of_the_bugs_are_not() {
        let ok = wat::parse_str(
            r#"(module (memory 2)
                 (func (param i32) (result i32)
                   i32.const 1
                   block (param i32) (result i32) end
                   loop (result i32) local.get 0 end
                   if (result i32) i32.const 2 else i32.const 3 end
                   i32.add)
                 (func
                   i32.const 0 v128.const i64x2 0 0 v128.store8_lane offset=65535 0
                   i32.const 0 v128.const i64x2 0 0 v128.store32_lane offset=65536 0))"#,
        )
        .unwrap();
        assert_eq!(known_wasmi_bug(&ok), None);
    }
}
