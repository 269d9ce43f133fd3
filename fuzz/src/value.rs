//! Engine-neutral values and outcomes, so that three engines' answers can
//! be compared with `==` and printed the same way.

use std::fmt;

/// A wasm value. Floats and vectors are their bits: comparison is bit for
/// bit (wasm-smith canonicalises every NaN an operator produces, so the
/// bits are deterministic). References compare by nullness only: a
/// non-null reference's identity has no engine-neutral form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
    FuncRef { null: bool },
    ExternRef { null: bool },
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::I32(v) => write!(f, "i32:{v}"),
            Value::I64(v) => write!(f, "i64:{v}"),
            Value::F32(b) => write!(f, "f32:{}(0x{b:08x})", f32::from_bits(b)),
            Value::F64(b) => write!(f, "f64:{}(0x{b:016x})", f64::from_bits(b)),
            Value::V128(b) => write!(f, "v128:0x{b:032x}"),
            Value::FuncRef { null } => f.write_str(if null {
                "funcref:null"
            } else {
                "funcref:non-null"
            }),
            Value::ExternRef { null } => f.write_str(if null {
                "externref:null"
            } else {
                "externref:non-null"
            }),
        }
    }
}

/// A value type, as the executor needs it to build arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    I32,
    I64,
    F32,
    F64,
    V128,
    FuncRef,
    ExternRef,
}

/// Why a call or an instantiation trapped, in the spec's terms. Each
/// engine's own codes map onto these one to one, except `Other`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrapKind {
    Unreachable,
    MemoryOutOfBounds,
    TableOutOfBounds,
    IndirectCallToNull,
    BadSignature,
    IntegerOverflow,
    IntegerDivisionByZero,
    BadConversionToInteger,
    /// Resource exhaustion: compared by no rule (see `oracle`).
    StackOverflow,
    /// Engine fuel ran out (wasmrt and wasmtime only).
    OutOfFuel,
    /// Anything else, with the engine's words.
    Other(String),
}

/// What a call (or an instantiation) came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It returned these values.
    Ok(Vec<Value>),
    /// It trapped.
    Trap(TrapKind),
    /// It failed without a trap (an engine error, a limit).
    Error(String),
}

impl Outcome {
    /// Whether this is a trap of `kind`.
    pub fn is_trap(&self, kind: &TrapKind) -> bool {
        matches!(self, Outcome::Trap(k) if k == kind)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Ok(vals) => {
                f.write_str("ok [")?;
                for (i, v) in vals.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("]")
            }
            Outcome::Trap(k) => write!(f, "trap {k:?}"),
            Outcome::Error(e) => write!(f, "error {e}"),
        }
    }
}

/// The exported state of an instance after a round of calls.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct State {
    /// Each exported global's value, in export order.
    pub globals: Vec<(String, Value)>,
    /// Each exported memory's bytes, in export order.
    pub memories: Vec<(String, Vec<u8>)>,
    /// Each exported table's elements (nullness), in export order.
    pub tables: Vec<(String, Vec<Value>)>,
}
