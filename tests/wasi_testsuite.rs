//! WASI preview 1 test-suite harness.
//!
//! Runs every program of `../shared/wasi-testsuite/tests/*/testsuite/
//! wasm32-wasip1/` (relative to the crate) through the Rust API: each test's
//! folder is copied to a temporary folder first (tests write to their
//! preopens), the program runs with the `args`, `env` and `dirs` of its JSON
//! file, and its exit code, stdout and stderr are compared with the JSON's.
//! Prints one line per test and a closing `N passed, N failed`; exits
//! non-zero if any failed.
//!
//! The whole suite passes (72 of 72), so it runs by default;
//! `WASMRT_WASI_SUITE=0` skips it. When the suite folder is absent the
//! harness says it was skipped and exits 0. `WASI_FILTER=substr` runs only
//! the tests whose `<language>/<name>` contains `substr`.

#[path = "common/files.rs"]
mod files;

use files::{copy_dir, file_name, file_stem, sorted_dir};
use std::path::Path;
use std::process::ExitCode;
use wasmrt::wasi::pipe::MemoryOutputPipe;
use wasmrt::wasi::{self, DirPerms, FilePerms, I32Exit, WasiCtx, WasiCtxBuilder};
use wasmrt::{Engine, Linker, Module, Store};

fn main() -> ExitCode {
    if std::env::var("WASMRT_WASI_SUITE").as_deref() == Ok("0") {
        println!("WASI test suite: not run (WASMRT_WASI_SUITE=0)");
        return ExitCode::SUCCESS;
    }
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/wasi-testsuite/tests");
    if !suite.is_dir() {
        println!("WASI test suite: skipped ({} is absent)", suite.display());
        return ExitCode::SUCCESS;
    }
    let filter = std::env::var("WASI_FILTER").unwrap_or_default();
    let scratch = std::env::temp_dir().join(format!("wasmrt-wasi-suite-{}", std::process::id()));
    let engine = Engine::default();
    let (mut passed, mut failed) = (0, 0);
    for lang in sorted_dir(&suite) {
        let dir = lang.join("testsuite/wasm32-wasip1");
        if !dir.is_dir() {
            continue;
        }
        let lang_name = file_name(&lang);
        for wasm in sorted_dir(&dir) {
            if wasm.extension().is_none_or(|e| e != "wasm") {
                continue;
            }
            let name = format!("{lang_name}/{}", file_stem(&wasm));
            if !name.contains(&filter) {
                continue;
            }
            let work = scratch.join(&name);
            let outcome = copy_dir(&dir, &work)
                .map_err(|e| format!("copying the test folder: {e}"))
                .and_then(|()| run_test(&engine, &work, &file_stem(&wasm)));
            match outcome {
                Ok(()) => {
                    passed += 1;
                    println!("PASS {name}");
                }
                Err(why) => {
                    failed += 1;
                    println!("FAIL {name}: {why}");
                }
            }
            let _ = std::fs::remove_dir_all(&work);
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

struct State {
    wasi: WasiCtx,
}

/// What a test's JSON asks for (the suite's legacy form).
#[derive(Default)]
struct Spec {
    args: Vec<String>,
    dirs: Vec<String>,
    env: Vec<(String, String)>,
    exit_code: i64,
    stdout: Option<String>,
    stderr: Option<String>,
}

fn read_spec(path: &Path) -> Result<Spec, String> {
    let mut spec = Spec::default();
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(spec);
    };
    let json = json::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let json::Value::Object(fields) = json else {
        return Err("spec is not an object".into());
    };
    let strings = |v: &json::Value| -> Vec<String> {
        match v {
            json::Value::Array(items) => items.iter().filter_map(|i| i.as_str()).collect(),
            _ => Vec::new(),
        }
    };
    for (k, v) in &fields {
        match (k.as_str(), v) {
            ("args", v) => spec.args = strings(v),
            ("dirs", v) => spec.dirs = strings(v),
            ("env", json::Value::Object(env)) => {
                spec.env = env
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?)))
                    .collect()
            }
            ("exit_code", json::Value::Number(n)) => spec.exit_code = *n as i64,
            ("stdout", v) => spec.stdout = v.as_str(),
            ("stderr", v) => spec.stderr = v.as_str(),
            _ => {}
        }
    }
    Ok(spec)
}

fn run_test(engine: &Engine, work: &Path, stem: &str) -> Result<(), String> {
    remove_cleanups(work);
    let spec = read_spec(&work.join(format!("{stem}.json")))?;
    let wasm = work.join(format!("{stem}.wasm"));
    let stdout = MemoryOutputPipe::new(1 << 24);
    let stderr = MemoryOutputPipe::new(1 << 24);
    let mut builder = WasiCtxBuilder::new();
    builder
        .arg(format!("{stem}.wasm"))
        .args(&spec.args)
        .envs(&spec.env)
        .stdout(stdout.clone())
        .stderr(stderr.clone());
    for dir in &spec.dirs {
        builder
            .preopened_dir(work.join(dir), dir, DirPerms::all(), FilePerms::all())
            .map_err(|e| format!("{e:#}"))?;
    }
    let mut store = Store::new(
        engine,
        State {
            wasi: builder.build(),
        },
    );
    let mut linker = Linker::new(engine);
    wasi::add_to_linker(&mut linker, |s: &mut State| &mut s.wasi).map_err(|e| format!("{e:#}"))?;
    let module = Module::from_file(engine, &wasm).map_err(|e| format!("{e:#}"))?;
    let code = (|| -> wasmrt::Result<i64> {
        let instance = linker.instantiate(&mut store, &module)?;
        let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
        match start.call(&mut store, ()) {
            Ok(()) => Ok(0),
            Err(e) => match e.downcast_ref::<I32Exit>() {
                Some(exit) => Ok(exit.0 as i64),
                None => Err(e),
            },
        }
    })()
    .map_err(|e| {
        let trap = format!("{e}");
        let err = String::from_utf8_lossy(&stderr.contents()).into_owned();
        format!(
            "trapped: {}; stderr {err:?}",
            trap.lines().next().unwrap_or("")
        )
    })?;
    remove_cleanups(work);
    let out = String::from_utf8_lossy(&stdout.contents()).into_owned();
    let err = String::from_utf8_lossy(&stderr.contents()).into_owned();
    if code != spec.exit_code {
        return Err(format!(
            "exit code {code}, expected {}; stdout {out:?}; stderr {err:?}",
            spec.exit_code
        ));
    }
    if let Some(want) = &spec.stdout
        && *want != out
    {
        return Err(format!("stdout {out:?}, expected {want:?}"));
    }
    if let Some(want) = &spec.stderr
        && *want != err
    {
        return Err(format!("stderr {err:?}, expected {want:?}"));
    }
    Ok(())
}

/// Removes the `*.cleanup` files tests leave behind, anywhere in `dir`.
fn remove_cleanups(dir: &Path) {
    for entry in sorted_dir(dir) {
        let is_dir = std::fs::symlink_metadata(&entry).is_ok_and(|m| m.is_dir());
        if entry.extension().is_some_and(|e| e == "cleanup") {
            if is_dir {
                let _ = std::fs::remove_dir_all(&entry);
            } else {
                let _ = std::fs::remove_file(&entry);
            }
        } else if is_dir {
            remove_cleanups(&entry);
        }
    }
}

/// A minimal JSON reader for the suite's spec files.
mod json {
    use std::collections::BTreeMap;

    pub enum Value {
        Null,
        Bool(#[allow(dead_code)] bool),
        Number(f64),
        String(String),
        Array(Vec<Value>),
        Object(BTreeMap<String, Value>),
    }

    impl Value {
        pub fn as_str(&self) -> Option<String> {
            match self {
                Value::String(s) => Some(s.clone()),
                _ => None,
            }
        }
    }

    pub fn parse(text: &str) -> Result<Value, String> {
        let mut p = Parser {
            s: text.as_bytes(),
            i: 0,
        };
        let v = p.value()?;
        p.ws();
        if p.i != p.s.len() {
            return Err(format!("trailing data at byte {}", p.i));
        }
        Ok(v)
    }

    struct Parser<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl Parser<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn peek(&mut self) -> Option<u8> {
            self.ws();
            self.s.get(self.i).copied()
        }
        fn eat(&mut self, c: u8) -> Result<(), String> {
            if self.peek() == Some(c) {
                self.i += 1;
                Ok(())
            } else {
                Err(format!("expected `{}` at byte {}", c as char, self.i))
            }
        }
        fn value(&mut self) -> Result<Value, String> {
            match self.peek().ok_or("unexpected end")? {
                b'{' => {
                    self.i += 1;
                    let mut map = BTreeMap::new();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                        return Ok(Value::Object(map));
                    }
                    loop {
                        let k = self.string()?;
                        self.eat(b':')?;
                        map.insert(k, self.value()?);
                        if self.peek() == Some(b',') {
                            self.i += 1;
                        } else {
                            self.eat(b'}')?;
                            return Ok(Value::Object(map));
                        }
                    }
                }
                b'[' => {
                    self.i += 1;
                    let mut items = Vec::new();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        return Ok(Value::Array(items));
                    }
                    loop {
                        items.push(self.value()?);
                        if self.peek() == Some(b',') {
                            self.i += 1;
                        } else {
                            self.eat(b']')?;
                            return Ok(Value::Array(items));
                        }
                    }
                }
                b'"' => self.string().map(Value::String),
                b't' | b'f' | b'n' => {
                    for (word, v) in [
                        ("true", Value::Bool(true)),
                        ("false", Value::Bool(false)),
                        ("null", Value::Null),
                    ] {
                        if self.s[self.i..].starts_with(word.as_bytes()) {
                            self.i += word.len();
                            return Ok(v);
                        }
                    }
                    Err(format!("bad literal at byte {}", self.i))
                }
                _ => {
                    let start = self.i;
                    while self.i < self.s.len()
                        && matches!(
                            self.s[self.i],
                            b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                        )
                    {
                        self.i += 1;
                    }
                    std::str::from_utf8(&self.s[start..self.i])
                        .ok()
                        .and_then(|t| t.parse().ok())
                        .map(Value::Number)
                        .ok_or(format!("bad number at byte {start}"))
                }
            }
        }
        fn string(&mut self) -> Result<String, String> {
            self.eat(b'"')?;
            let mut out = Vec::new();
            loop {
                let c = *self.s.get(self.i).ok_or("unterminated string")?;
                self.i += 1;
                match c {
                    b'"' => return String::from_utf8(out).map_err(|e| e.to_string()),
                    b'\\' => {
                        let e = *self.s.get(self.i).ok_or("unterminated string")?;
                        self.i += 1;
                        let ch = match e {
                            b'n' => '\n',
                            b't' => '\t',
                            b'r' => '\r',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'u' => {
                                let hex = self.s.get(self.i..self.i + 4).ok_or("bad \\u")?;
                                self.i += 4;
                                let code = u32::from_str_radix(
                                    std::str::from_utf8(hex).map_err(|e| e.to_string())?,
                                    16,
                                )
                                .map_err(|e| e.to_string())?;
                                char::from_u32(code).unwrap_or('\u{fffd}')
                            }
                            other => other as char,
                        };
                        let mut buf = [0; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                    c => out.push(c),
                }
            }
        }
    }
}
