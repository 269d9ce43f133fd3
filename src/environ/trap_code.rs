//! Trap codes shared by the compiler (which records them per code offset)
//! and the runtime (which reports them).

/// Why wasm code stopped with a trap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TrapCode {
    /// The call stack grew beyond `Config::max_wasm_stack`.
    StackOverflow,
    /// A load or store outside the bounds of linear memory.
    MemoryOutOfBounds,
    /// An access outside the bounds of a table.
    TableOutOfBounds,
    /// `call_indirect` on a null table entry.
    IndirectCallToNull,
    /// `call_indirect` whose callee's type differs from the expected one.
    BadSignature,
    /// Integer overflow in division or float-to-int conversion.
    IntegerOverflow,
    /// Integer division by zero.
    IntegerDivisionByZero,
    /// Float-to-int conversion of NaN.
    BadConversionToInteger,
    /// An `unreachable` instruction was executed.
    UnreachableCodeReached,
    /// Execution was interrupted (epoch deadline or interrupt handle).
    Interrupt,
    /// The store ran out of fuel.
    OutOfFuel,
    /// A host function panicked.
    HostPanic,
}

impl TrapCode {
    /// The spec-conformant message for this trap.
    pub fn message(self) -> &'static str {
        match self {
            TrapCode::StackOverflow => "call stack exhausted",
            TrapCode::MemoryOutOfBounds => "out of bounds memory access",
            TrapCode::TableOutOfBounds => "undefined element: out of bounds table access",
            TrapCode::IndirectCallToNull => "uninitialized element",
            TrapCode::BadSignature => "indirect call type mismatch",
            TrapCode::IntegerOverflow => "integer overflow",
            TrapCode::IntegerDivisionByZero => "integer divide by zero",
            TrapCode::BadConversionToInteger => "invalid conversion to integer",
            TrapCode::UnreachableCodeReached => "wasm `unreachable` instruction executed",
            TrapCode::Interrupt => "interrupt",
            TrapCode::OutOfFuel => "all fuel consumed by WebAssembly",
            TrapCode::HostPanic => "host function panicked",
        }
    }

    /// The number used for this code in Cranelift's user trap codes.
    pub fn user_code(self) -> u8 {
        self as u8 + 1
    }

    /// This code's position in [`TrapCode::ALL`].
    pub fn index(self) -> u8 {
        self as u8
    }

    /// Every trap code, in declaration order.
    pub const ALL: [TrapCode; 12] = [
        TrapCode::StackOverflow,
        TrapCode::MemoryOutOfBounds,
        TrapCode::TableOutOfBounds,
        TrapCode::IndirectCallToNull,
        TrapCode::BadSignature,
        TrapCode::IntegerOverflow,
        TrapCode::IntegerDivisionByZero,
        TrapCode::BadConversionToInteger,
        TrapCode::UnreachableCodeReached,
        TrapCode::Interrupt,
        TrapCode::OutOfFuel,
        TrapCode::HostPanic,
    ];

    /// Inverse of [`TrapCode::user_code`].
    pub fn from_user_code(code: u8) -> Option<TrapCode> {
        TrapCode::ALL
            .get(usize::from(code).checked_sub(1)?)
            .copied()
    }
}

impl std::fmt::Display for TrapCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}
