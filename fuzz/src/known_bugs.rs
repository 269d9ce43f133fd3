//! wasmi 2.0.0's known miscompilations, and the precise rule that excuses
//! a divergence caused by one of them.
//!
//! A divergence in which wasmi alone differs (wasmrt and wasmtime agree
//! with each other on everything) is excused when the module contains an
//! instruction wasmi 2.0.0 is known to get wrong. Each was found by this
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
//! 4. A `select` whose condition is an `i32.eqz` (or `ref.is_null`,
//!    `i32.eq`/`i32.ne` with zero) of a value held in a stack slot (a
//!    local, or a call's result): wasmi fuses the comparison into the
//!    `select`, drops it, and then tests its accumulator register, which
//!    still holds whatever the last register-producing instruction (a
//!    `global.get`, an `i32.add`) left there (`wasmi-select-eqz-slot.wat`:
//!    wasmi gives 7, the spec 0). WebAssembly 2.0, 4.4.4 "select": "If c
//!    is not 0, push val1 back to the stack, else val2", with c the value
//!    `i32.eqz` computed. Found as seed 404334 of the long wasm 2.0
//!    campaign.
//! 5. A `br_table` with at least two different targets whose branch
//!    values fill more than one 64-bit slot (two values or more, or a
//!    `v128`), when operands under those values must be dropped: wasmi
//!    copies the branch values one slot off, so the target receives some
//!    of what lay below them, or a stale value (`wasmi-br-table-v128.wat`,
//!    `wasmi-br-table-two-values.wat`: wasmi gives (6, 6) for (5, 6)).
//!    WebAssembly 2.0, 4.4.8 "br_table l* lN": the chosen label's n values
//!    are popped and pushed back unchanged after the operands below them
//!    are dropped. Found as SIMD seed 370243 and seed 542819 of the long
//!    campaign.
//!
//! The rules look only for the instruction (with the operator before it,
//! or its label types), not for the whole pattern, so they excuse a
//! little more than the bugs need; a divergence between wasmrt and
//! wasmtime is never excused.

use wasmparser::{BlockType, BrTable, CompositeInnerType, Operator, Parser, Payload, ValType};

/// The known wasmi bug `wasm` can trigger, described, or `None`.
pub fn known_wasmi_bug(wasm: &[u8]) -> Option<&'static str> {
    first_operator_match(wasm, |site| {
        let has_params = |t: u32| {
            site.types
                .get(t as usize)
                .is_some_and(|f| !f.params.is_empty())
        };
        match *site.op {
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
            Operator::Select | Operator::TypedSelect { .. }
                if matches!(
                    site.prev,
                    Some(
                        Operator::I32Eqz | Operator::RefIsNull | Operator::I32Eq | Operator::I32Ne
                    )
                ) =>
            {
                Some(
                    "wasmi 2.0.0 mistranslates a select whose condition is an i32.eqz-like comparison",
                )
            }
            Operator::BrTable { ref targets }
                if branches_several_slots_to_several_labels(targets, site.labels) =>
            {
                Some(
                    "wasmi 2.0.0 mistranslates a br_table carrying several values or a v128 to several labels",
                )
            }
            _ => None,
        }
    })
}

/// Whether `table` has two or more different targets and its branch
/// values (those of the default target's label in `labels`, innermost
/// last) are two or more, or include a `v128`. `false` for a table
/// wasmparser cannot read.
fn branches_several_slots_to_several_labels(table: &BrTable, labels: &[Vec<ValType>]) -> bool {
    let default = table.default();
    let Ok(targets) = table.targets().collect::<Result<Vec<u32>, _>>() else {
        return false;
    };
    if targets.iter().all(|&t| t == default) {
        return false;
    }
    let label = (labels.len() as u64)
        .checked_sub(u64::from(default) + 1)
        .and_then(|i| labels.get(i as usize));
    label.is_some_and(|types| types.len() > 1 || types.contains(&ValType::V128))
}

/// A function type's parameters and results.
struct FuncSig {
    params: Vec<ValType>,
    results: Vec<ValType>,
}

/// One operator of a function body, with what the rules need to judge it.
struct Site<'s, 'a> {
    op: &'s Operator<'a>,
    /// The operator before it in the same body.
    prev: Option<&'s Operator<'a>>,
    /// Every type of the module, by type index.
    types: &'s [FuncSig],
    /// The branch value types of each enclosing label, innermost last
    /// (the function's own label first).
    labels: &'s [Vec<ValType>],
}

/// The first `Some` that `check` gives for an operator of `wasm`'s
/// function bodies, in order. `None` for none, or for a module wasmparser
/// cannot read.
fn first_operator_match(
    wasm: &[u8],
    mut check: impl FnMut(&Site) -> Option<&'static str>,
) -> Option<&'static str> {
    let mut types: Vec<FuncSig> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut bodies_seen = 0usize;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            Payload::TypeSection(reader) => {
                for group in reader {
                    for sub in group.ok()?.into_types() {
                        types.push(match &sub.composite_type.inner {
                            CompositeInnerType::Func(f) => FuncSig {
                                params: f.params().to_vec(),
                                results: f.results().to_vec(),
                            },
                            _ => FuncSig {
                                params: Vec::new(),
                                results: Vec::new(),
                            },
                        });
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for t in reader {
                    func_types.push(t.ok()?);
                }
            }
            Payload::CodeSectionEntry(body) => {
                let func_results = func_types
                    .get(bodies_seen)
                    .and_then(|&t| types.get(t as usize))
                    .map_or_else(Vec::new, |f| f.results.clone());
                bodies_seen += 1;
                let mut labels = vec![func_results];
                let mut ops = body.get_operators_reader().ok()?;
                let mut prev: Option<Operator> = None;
                while !ops.eof() {
                    let op = ops.read().ok()?;
                    let site = Site {
                        op: &op,
                        prev: prev.as_ref(),
                        types: &types,
                        labels: &labels,
                    };
                    if let Some(bug) = check(&site) {
                        return Some(bug);
                    }
                    match &op {
                        Operator::Block { blockty } | Operator::If { blockty } => {
                            labels.push(block_types(*blockty, &types, false));
                        }
                        Operator::Loop { blockty } => {
                            labels.push(block_types(*blockty, &types, true))
                        }
                        Operator::End => {
                            labels.pop();
                        }
                        _ => {}
                    }
                    prev = Some(op);
                }
            }
            _ => {}
        }
    }
    None
}

/// The branch value types of a block of type `blockty`: its parameters
/// for a loop, its results otherwise.
fn block_types(blockty: BlockType, types: &[FuncSig], is_loop: bool) -> Vec<ValType> {
    match blockty {
        BlockType::Empty => Vec::new(),
        BlockType::Type(t) if !is_loop => vec![t],
        BlockType::Type(_) => Vec::new(),
        BlockType::FuncType(i) => types.get(i as usize).map_or_else(Vec::new, |f| {
            if is_loop {
                f.params.clone()
            } else {
                f.results.clone()
            }
        }),
    }
}

/// Where wasmi 2.0.0's translator panics on the stores of item 3.
const STORE_PANIC_SITE: &str = "wasmi-2.0.0/src/engine/translator/func/mod.rs:2583:";

/// The known wasmi bug behind a panic with `message` (its text, with its
/// location) on `wasm`, or `None`.
pub fn known_wasmi_panic(wasm: &[u8], message: &str) -> Option<&'static str> {
    if !message.contains(STORE_PANIC_SITE) {
        return None;
    }
    first_operator_match(wasm, |site| match *site.op {
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
        assert!(known_wasmi_bug(&corpus("wasmi-select-eqz-slot.wat")).is_some());
        assert!(known_wasmi_bug(&corpus("wasmi-br-table-v128.wat")).is_some());
        assert!(known_wasmi_bug(&corpus("wasmi-br-table-two-values.wat")).is_some());
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
                   i32.const 0 v128.const i64x2 0 0 v128.store32_lane offset=65536 0)
                 (func (param i64) (result i32)
                   i32.const 1 i32.const 2 local.get 0 i64.eqz select)
                 (func (param i32) (result v128)
                   block (result v128)
                     v128.const i64x2 0 0 local.get 0 br_table 0 0
                   end)
                 (func (param i32) (result i64)
                   block (result i64)
                     i64.const 1 local.get 0 br_table 0 1 0
                   end))"#,
        )
        .unwrap();
        assert_eq!(known_wasmi_bug(&ok), None);
    }
}
