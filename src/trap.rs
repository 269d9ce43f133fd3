//! Traps as errors: a code, a message, and the wasm backtrace.

pub use crate::environ::TrapCode;
use crate::runtime::backtrace::{RawFrame, ResolvedFrame, resolve};
use crate::runtime::traps::{UnwindReason, Unwound};
use std::fmt;

/// One wasm frame of a backtrace.
#[derive(Debug, Clone)]
pub struct FrameInfo {
    frame: ResolvedFrame,
}

impl FrameInfo {
    /// Index of the function in the module's function index space.
    pub fn func_index(&self) -> u32 {
        self.frame.func_index
    }
    /// The function's name from the name section.
    pub fn func_name(&self) -> Option<&str> {
        self.frame.func_name.as_deref()
    }
    /// The module's name from the name section.
    pub fn module_name(&self) -> Option<&str> {
        self.frame.module_name.as_deref()
    }
    /// Byte offset of the executing instruction in the module binary.
    pub fn module_offset(&self) -> Option<usize> {
        self.frame.module_offset
    }
    /// Byte offset of the executing instruction from the function body's start.
    pub fn func_offset(&self) -> Option<usize> {
        self.frame.func_offset
    }
    /// Whether the frame runs code of `module` (compiled for it, so of
    /// one of its instances).
    pub fn is_in(&self, module: &crate::Module) -> bool {
        self.frame.code_start == module.inner.code.start()
    }
    /// The address of the `VMContext` the frame ran with (which tells its
    /// instance), when known: always, except for a frame that overflowed
    /// the stack on entry.
    pub(crate) fn vmctx(&self) -> Option<usize> {
        (self.frame.vmctx != 0).then_some(self.frame.vmctx)
    }
}

/// The wasm frames active when a trap happened, innermost first.
#[derive(Debug, Clone, Default)]
pub struct WasmBacktrace {
    frames: Vec<FrameInfo>,
}

impl WasmBacktrace {
    pub fn frames(&self) -> &[FrameInfo] {
        &self.frames
    }
}

impl WasmBacktrace {
    /// One line per frame: index, module offset, module and function name.
    fn fmt_frames(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, frame) in self.frames.iter().enumerate() {
            write!(f, "  {i:>3}: ")?;
            if let Some(o) = frame.module_offset() {
                write!(f, "{o:#8x} - ")?;
            }
            write!(f, "{}!", frame.module_name().unwrap_or("<unknown>"))?;
            match frame.func_name() {
                Some(name) => writeln!(f, "{name}")?,
                None => writeln!(f, "<wasm function {}>", frame.func_index())?,
            }
        }
        Ok(())
    }
}

/// As wasmtime words it: a backtrace is the context of the error it goes
/// with (a host function's error that passed through wasm).
impl fmt::Display for WasmBacktrace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error while executing at wasm backtrace:")?;
        self.fmt_frames(f)
    }
}

/// A wasm trap, returned inside an `anyhow::Error`.
#[derive(Debug, Clone)]
pub struct Trap {
    code: TrapCode,
    message: String,
    trace: WasmBacktrace,
}

impl Trap {
    pub(crate) fn new(code: TrapCode, message: String, trace: WasmBacktrace) -> Trap {
        Trap {
            code,
            message,
            trace,
        }
    }
    pub fn code(&self) -> TrapCode {
        self.code
    }
    pub fn message(&self) -> &str {
        &self.message
    }
    pub fn trace(&self) -> &WasmBacktrace {
        &self.trace
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "wasm trap: {}", self.message)?;
        if !self.trace.frames.is_empty() {
            writeln!(f, "\nwasm backtrace:")?;
            self.trace.fmt_frames(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Trap {}

/// Turns an early exit from wasm into the error the API returns, or, for
/// a panic in embedder code, into the panic's payload for the caller to
/// resume.
pub(crate) fn from_unwound(u: Unwound) -> Result<anyhow::Error, Box<dyn std::any::Any + Send>> {
    match u.reason {
        UnwindReason::Wasm(code) => {
            let trace = backtrace(&u.frames);
            Ok(Trap::new(code, code.message().to_string(), trace).into())
        }
        UnwindReason::Host(e) if u.frames.is_empty() => Ok(e),
        UnwindReason::Host(e) => Ok(e.context(backtrace(&u.frames))),
        UnwindReason::Panic(p) => Err(p),
    }
}

/// The backtrace of captured frames, resolved to functions and offsets.
fn backtrace(frames: &[RawFrame]) -> WasmBacktrace {
    WasmBacktrace {
        frames: resolve(frames)
            .into_iter()
            .map(|frame| FrameInfo { frame })
            .collect(),
    }
}

/// The wasm backtrace an error carries: a wasm trap's, or the one a host
/// function's error got on its way through wasm.
pub(crate) fn backtrace_of(error: &anyhow::Error) -> Option<&WasmBacktrace> {
    error
        .downcast_ref::<Trap>()
        .map(Trap::trace)
        .or_else(|| error.downcast_ref::<WasmBacktrace>())
}

/// A trap raised by the runtime outside wasm code, with what the code's
/// standard message leaves out (e.g. which segment failed to instantiate).
pub(crate) fn trap_with_detail(code: TrapCode, detail: &str) -> anyhow::Error {
    let message = format!("{}: {detail}", code.message());
    Trap::new(code, message, WasmBacktrace::default()).into()
}
