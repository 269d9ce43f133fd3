//! The differential procedure: one seed's module on every engine, one
//! fixed script, every observable outcome compared.
//!
//! The script: compile on every engine (all accept or all reject); then
//! one *round* per argument pattern ([`PATTERNS`]), each in fresh stores:
//! instantiate (all succeed, or all fail the same way), call every
//! exported function in export order with that pattern's arguments, and
//! compare the exported globals, memories and tables at the end.
//!
//! What must agree, and the precise exceptions:
//! - Results, bit for bit (wasm-smith canonicalises every NaN an operator
//!   produces, so even NaN bits are deterministic); traps, by code.
//! - Stack overflow: the spec lets an implementation stop a computation
//!   that exceeds its resource limits (WebAssembly 2.0, Appendix A.1
//!   "Implementation Limitations": "If the runtime limits of an
//!   implementation are exceeded during execution of a computation, then
//!   it may terminate that computation and report an error to the
//!   invoking code"), and each engine's limit is its own (wasmi counts
//!   frames, the others bytes of native stack). When any engine reports
//!   stack overflow, the rest of the round is not compared (the state
//!   it left is partial in engine-specific ways).
//! - Fuel: wasmrt meters fuel exactly as wasmtime does, so with the same
//!   budget both must run out at the same point and report the same fuel
//!   used by every call that returns or runs out of fuel. wasmi runs
//!   without fuel (its cost model is its own), so once wasmrt and wasmtime
//!   run out of fuel in a round, wasmi takes no further part in that round.
//!   Two exceptions, both wasmtime's design, counted in the report:
//!   - After any other trap the fuel used is not compared. wasmtime keeps
//!     the count in a register and stores it only before calls, returns
//!     and `unreachable` ("it's not too important to account for a precise
//!     amount of fuel consumed but rather 'close to the actual amount' is
//!     good enough", its `fuel_before_op` says), so what it reports after
//!     a trap is the count at the last store; wasmrt stores at every branch.
//!   - Instantiation: wasmtime 48 compiles a module *startup function* that
//!     runs the start function and initialises element segments (and data
//!     segments it cannot map as a memory image) with code metered like
//!     wasm: 1 on entry, 1 for its call of the start function, and one per
//!     element or byte of each segment it copies (which segments it copies
//!     depends on its own precomputation of tables and memory images).
//!     wasmrt initialises natively and meters only the start function. So
//!     a successful instantiation must use at least as much fuel on
//!     wasmtime as on wasmrt, 2 more when the module has a start function;
//!     the excess beyond that is counted, not compared. Instantiation
//!     always gets [`LARGE_FUEL`], so the offset never decides an
//!     out-of-fuel trap.
//! - A divergence of wasmi alone on a module with an instruction wasmi
//!   2.0.0 is known to mistranslate is excused (recorded, not a failure):
//!   the rule and the spec text behind it are in `known_bugs.rs`.

use crate::engines::{Runner, WasmiRunner, WasmrtRunner, WasmtimeRunner};
use crate::generate::generate;
use crate::info::{ExportKind, ModuleInfo, module_info};
use crate::known_bugs::known_wasmi_bug;
use crate::rng::SplitMix64;
use crate::value::{Outcome, State, TrapKind, Ty, Value};
use std::fmt::Write;

/// Argument patterns, one round each: zeros, ones, all bits set (-1,
/// the canonical NaN... see [`arg`]), minimums, and two seed-derived.
pub const PATTERNS: usize = 6;

/// Fuel budget for calls on seeds that do not test running out: far more
/// than wasm-smith's termination counter lets any call use.
pub const LARGE_FUEL: u64 = 1 << 40;

/// What one seed came to.
#[derive(Debug, Default)]
pub struct Report {
    /// The generated module.
    pub wasm: Vec<u8>,
    /// The first divergence, described; `None` if every engine agreed.
    pub divergence: Option<String>,
    /// Calls made (on each engine).
    pub calls: u64,
    /// Rounds cut short by a stack overflow.
    pub stack_overflows: u64,
    /// Rounds in which wasmrt and wasmtime ran out of fuel.
    pub out_of_fuel: u64,
    /// Whether the module failed to instantiate (on every engine alike).
    pub instantiation_failed: bool,
    /// Traps after which wasmrt and wasmtime reported different fuel used
    /// (not a divergence: see the module comment).
    pub trap_fuel_differs: u64,
    /// Instantiations for which wasmtime's startup function used fuel
    /// beyond its fixed 2 (segment copies; see the module comment).
    pub startup_fuel_differs: u64,
    /// A divergence of wasmi alone that a known wasmi bug explains
    /// ([`known_wasmi_bug`]): the bug, and the divergence. Not a failure.
    pub wasmi_bug: Option<(&'static str, String)>,
}

/// One argument of type `t` for round `pattern`.
fn arg(t: Ty, pattern: usize, rng: &mut SplitMix64) -> Value {
    let r = rng.next_u64();
    match pattern {
        0 => match t {
            Ty::I32 => Value::I32(0),
            Ty::I64 => Value::I64(0),
            Ty::F32 => Value::F32(0),
            Ty::F64 => Value::F64(0),
            Ty::V128 => Value::V128(0),
            Ty::FuncRef => Value::FuncRef { null: true },
            Ty::ExternRef => Value::ExternRef { null: true },
        },
        1 => match t {
            Ty::I32 => Value::I32(1),
            Ty::I64 => Value::I64(1),
            Ty::F32 => Value::F32(1.0f32.to_bits()),
            Ty::F64 => Value::F64(1.0f64.to_bits()),
            Ty::V128 => Value::V128(u128::from_le_bytes([1; 16])),
            Ty::FuncRef => Value::FuncRef { null: true },
            Ty::ExternRef => Value::ExternRef { null: true },
        },
        // All bits set for integers and vectors; the canonical NaN for
        // floats.
        2 => match t {
            Ty::I32 => Value::I32(-1),
            Ty::I64 => Value::I64(-1),
            Ty::F32 => Value::F32(0x7fc0_0000),
            Ty::F64 => Value::F64(0x7ff8_0000_0000_0000),
            Ty::V128 => Value::V128(u128::MAX),
            Ty::FuncRef => Value::FuncRef { null: true },
            Ty::ExternRef => Value::ExternRef { null: true },
        },
        // Minimums: the most negative integers, -0.0 and -inf, a vector
        // of 0x80 bytes.
        3 => match t {
            Ty::I32 => Value::I32(i32::MIN),
            Ty::I64 => Value::I64(i64::MIN),
            Ty::F32 => Value::F32((-0.0f32).to_bits()),
            Ty::F64 => Value::F64(f64::NEG_INFINITY.to_bits()),
            Ty::V128 => Value::V128(u128::from_le_bytes([0x80; 16])),
            Ty::FuncRef => Value::FuncRef { null: true },
            Ty::ExternRef => Value::ExternRef { null: true },
        },
        // Seed-derived: often small (addresses, counts, indices), else
        // any bits (floats of any class, NaN payloads included).
        _ => {
            let small = r.is_multiple_of(3);
            let v = rng.next_u64();
            let v = if small { v % 70000 } else { v };
            match t {
                Ty::I32 => Value::I32(v as i32),
                Ty::I64 => Value::I64(v as i64),
                Ty::F32 => Value::F32(if small {
                    (v as f32).to_bits()
                } else {
                    v as u32
                }),
                Ty::F64 => Value::F64(if small { (v as f64).to_bits() } else { v }),
                Ty::V128 => Value::V128(u128::from(v) << 64 | u128::from(rng.next_u64())),
                Ty::FuncRef => Value::FuncRef { null: true },
                Ty::ExternRef => Value::ExternRef { null: true },
            }
        }
    }
}

fn describe_args(args: &[Value]) -> String {
    args.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first difference between two states, described.
fn state_difference(a: &State, b: &State) -> Option<String> {
    for ((name, x), (_, y)) in a.globals.iter().zip(&b.globals) {
        if x != y {
            return Some(format!("global {name:?}: {x} vs {y}"));
        }
    }
    for ((name, x), (_, y)) in a.memories.iter().zip(&b.memories) {
        if x.len() != y.len() {
            return Some(format!(
                "memory {name:?}: {} bytes vs {} bytes",
                x.len(),
                y.len()
            ));
        }
        if let Some(i) = x.iter().zip(y).position(|(p, q)| p != q) {
            return Some(format!(
                "memory {name:?}: byte {i}: 0x{:02x} vs 0x{:02x}",
                x[i], y[i]
            ));
        }
    }
    for ((name, x), (_, y)) in a.tables.iter().zip(&b.tables) {
        if x.len() != y.len() {
            return Some(format!(
                "table {name:?}: {} elements vs {}",
                x.len(),
                y.len()
            ));
        }
        if let Some(i) = x.iter().zip(y).position(|(p, q)| p != q) {
            return Some(format!("table {name:?}: element {i}: {} vs {}", x[i], y[i]));
        }
    }
    if a.globals.len() != b.globals.len()
        || a.memories.len() != b.memories.len()
        || a.tables.len() != b.tables.len()
    {
        return Some("different numbers of exports".to_string());
    }
    None
}

/// The engines, wasmrt first (the one under test) and wasmtime second
/// (the fuel reference); wasmi third. Made once and used for many seeds
/// (each seed compiles its module anew and instantiates in new stores).
pub struct Engines {
    simd: bool,
    /// Whether wasmi takes part (see [`Engines::without_wasmi`]).
    wasmi: bool,
    list: Vec<Box<dyn Runner>>,
}

impl Engines {
    /// The three engines, with SIMD on or off.
    pub fn new(simd: bool) -> Engines {
        Engines {
            simd,
            wasmi: true,
            list: vec![
                Box::new(WasmrtRunner::new(simd, true)),
                Box::new(WasmtimeRunner::new(simd, true)),
                Box::new(WasmiRunner::new(simd)),
            ],
        }
    }
}

const WASMRT: usize = 0;
const WASMTIME: usize = 1;
const WASMI: usize = 2;

impl Engines {
    /// wasmrt and wasmtime only: for seeds on which wasmi itself crashes
    /// (the driver's rule for wasmi's crashes; see `bin/diff.rs`).
    pub fn without_wasmi(simd: bool) -> Engines {
        Engines {
            wasmi: false,
            ..Engines::new(simd)
        }
    }
}

/// Runs `seed` on `engines` and compares.
pub fn run_seed(seed: u64, engines: &mut Engines) -> Report {
    let simd = engines.simd;
    let mut report = Report::default();
    let wasm = match generate(seed, simd) {
        Ok(w) => w,
        Err(e) => {
            report.divergence = Some(format!("wasm-smith could not generate a module: {e:#}"));
            return report;
        }
    };
    run_module(seed, wasm, engines)
}

/// Runs `wasm` on `engines` with `seed`'s fuel budget and arguments, and
/// compares. (`run_seed` with a module of the caller's: a shrunk one.)
pub fn run_module(seed: u64, wasm: Vec<u8>, engines: &mut Engines) -> Report {
    let mut report = Report {
        wasm,
        ..Report::default()
    };
    if let Err(d) = compare(seed, &mut engines.list, engines.wasmi, &mut report) {
        match known_wasmi_bug(&report.wasm) {
            Some(bug) if divergence_class(&d) == "wasmi" => report.wasmi_bug = Some((bug, d)),
            _ => report.divergence = Some(d),
        }
    }
    report
}

/// Which engines a divergence is between, in a word: `"wasmrt-wasmtime"`
/// (results, traps or state), `"fuel"`, `"wasmi"`, `"compilation"`, or
/// `"other"`. A shrunk module must keep its divergence's class.
pub fn divergence_class(d: &str) -> &'static str {
    let first = d.lines().next().unwrap_or("");
    if first.starts_with("compilation differs") {
        "compilation"
    } else if first.ends_with("used different fuel") {
        "fuel"
    } else if first.ends_with("wasmrt and wasmtime differ")
        || first.contains(", wasmrt vs wasmtime:")
    {
        "wasmrt-wasmtime"
    } else if first.ends_with("wasmi differs") || first.contains(", wasmrt vs wasmi:") {
        "wasmi"
    } else {
        "other"
    }
}

fn compare(
    seed: u64,
    engines: &mut [Box<dyn Runner>],
    wasmi: bool,
    report: &mut Report,
) -> Result<(), String> {
    let taking_part = [true, true, wasmi];
    let info: ModuleInfo = module_info(&report.wasm).map_err(|e| format!("wasmparser: {e:#}"))?;
    let mut rng = SplitMix64::new(seed ^ 0x5eed_f0a4_9e37_79b9);
    // One seed in four tests running out of fuel: a budget most calls
    // exceed.
    let fuel = if rng.below(4) == 0 {
        1 + rng.below(2000)
    } else {
        LARGE_FUEL
    };

    let compiled: Vec<Result<(), String>> = engines
        .iter_mut()
        .enumerate()
        .map(|(i, e)| {
            if taking_part[i] {
                e.compile(&report.wasm)
            } else {
                Ok(())
            }
        })
        .collect();
    if compiled.iter().any(|c| c.is_ok() != compiled[0].is_ok()) {
        let mut d = String::from("compilation differs:");
        for (e, c) in engines.iter().zip(&compiled) {
            let _ = write!(
                d,
                "\n  {}: {}",
                e.name(),
                c.as_ref().err().map_or("ok", |s| s.as_str())
            );
        }
        return Err(d);
    }
    if compiled[0].is_err() {
        return Err(format!(
            "every engine rejects the module: {}",
            compiled[0].as_ref().unwrap_err()
        ));
    }

    for round in 0..PATTERNS {
        let mut active = taking_part;
        // Instantiation.
        let inst: Vec<(Outcome, Option<u64>)> = engines
            .iter_mut()
            .enumerate()
            .map(|(i, e)| {
                if active[i] {
                    e.instantiate(Some(LARGE_FUEL))
                } else {
                    (Outcome::Error("not run".into()), None)
                }
            })
            .collect();
        let step = Step::Instantiate {
            has_start: info.has_start,
        };
        if let Some(stop) = check(
            engines,
            &mut active,
            &inst,
            report,
            step,
            &format!("round {round}: instantiation"),
        )? {
            match stop {
                Stop::StackOverflow => continue,
                Stop::Failed => {
                    report.instantiation_failed = true;
                    return Ok(());
                }
            }
        }
        if inst[WASMRT].0.is_trap(&TrapKind::OutOfFuel) {
            // Out of fuel in the start function: nothing more to compare.
            continue;
        }
        let mut cut = false;
        for (name, kind) in &info.exports {
            let ExportKind::Func { params, .. } = kind else {
                continue;
            };
            let args: Vec<Value> = params.iter().map(|&t| arg(t, round, &mut rng)).collect();
            let mut outs = Vec::new();
            for (i, e) in engines.iter_mut().enumerate() {
                if active[i] {
                    outs.push(e.call(name, &args, Some(fuel)));
                } else {
                    outs.push((Outcome::Error("not run".into()), None));
                }
            }
            report.calls += 1;
            let what = format!("round {round}: call {name:?}({})", describe_args(&args));
            if let Some(Stop::StackOverflow) =
                check(engines, &mut active, &outs, report, Step::Call, &what)?
            {
                cut = true;
                break;
            }
        }
        if cut {
            continue;
        }
        let states: Vec<Option<State>> = engines
            .iter_mut()
            .enumerate()
            .map(|(i, e)| active[i].then(|| e.state(&info)))
            .collect();
        let base = states[WASMRT].as_ref().expect("wasmrt always takes part");
        for (i, s) in states.iter().enumerate().skip(1) {
            if let Some(s) = s
                && let Some(d) = state_difference(base, s)
            {
                return Err(format!(
                    "round {round}: exported state after the calls differs, wasmrt vs {}: {d}",
                    engines[i].name()
                ));
            }
        }
    }
    Ok(())
}

/// Why a round stops early.
enum Stop {
    /// Some engine overflowed its stack: the round is not compared further.
    StackOverflow,
    /// Instantiation failed alike on every engine.
    Failed,
}

/// What is being compared.
#[derive(Clone, Copy)]
enum Step {
    Instantiate { has_start: bool },
    Call,
}

/// Compares one step's outcomes (`outs[i]` for engine `i`) under the rules
/// in the module comment.
fn check(
    engines: &[Box<dyn Runner>],
    active: &mut [bool; 3],
    outs: &[(Outcome, Option<u64>)],
    report: &mut Report,
    step: Step,
    what: &str,
) -> Result<Option<Stop>, String> {
    let differ = |why: &str| {
        let mut d = format!("{what}: {why}");
        for (i, e) in engines.iter().enumerate() {
            if active[i] {
                let (o, f) = &outs[i];
                let _ = write!(d, "\n  {:<8} {o}", e.name());
                if let Some(f) = f {
                    let _ = write!(d, " (fuel used {f})");
                }
            }
        }
        d
    };
    if outs
        .iter()
        .enumerate()
        .any(|(i, (o, _))| active[i] && o.is_trap(&TrapKind::StackOverflow))
    {
        report.stack_overflows += 1;
        return Ok(Some(Stop::StackOverflow));
    }
    let (rt, rt_fuel) = &outs[WASMRT];
    let (wt, wt_fuel) = &outs[WASMTIME];
    if rt != wt {
        return Err(differ("wasmrt and wasmtime differ"));
    }
    let fuel_agrees = match (rt, step, rt_fuel, wt_fuel) {
        (Outcome::Trap(k), _, _, _) if *k != TrapKind::OutOfFuel => {
            if rt_fuel != wt_fuel {
                report.trap_fuel_differs += 1;
            }
            true
        }
        (Outcome::Ok(_), Step::Instantiate { has_start }, Some(r), Some(w)) => {
            let least = r + if has_start { 2 } else { 0 };
            if *w > least {
                report.startup_fuel_differs += 1;
            }
            *w >= least
        }
        _ => rt_fuel == wt_fuel,
    };
    if !fuel_agrees {
        return Err(differ("wasmrt and wasmtime used different fuel"));
    }
    if rt.is_trap(&TrapKind::OutOfFuel) {
        if active[WASMI] {
            report.out_of_fuel += 1;
        }
        active[WASMI] = false;
        return Ok(None);
    }
    if active[WASMI] && outs[WASMI].0 != *rt {
        return Err(differ("wasmi differs"));
    }
    Ok(match (rt, step) {
        (Outcome::Ok(_), _) | (_, Step::Call) => None,
        (_, Step::Instantiate { .. }) => Some(Stop::Failed),
    })
}
