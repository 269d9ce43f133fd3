//! The `wasmrt` command-line runner, run as a real process.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `wasmrt` with `args` from the package root.
fn wasmrt(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wasmrt"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("wasmrt runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Asserts the exit code, showing the output when it is wrong.
fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
}

/// A file in the temp directory, unique to this process and test, removed
/// when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: impl AsRef<[u8]>) -> TempFile {
        let path = std::env::temp_dir().join(format!("wasmrt-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn runs_the_example() {
    let out = wasmrt(&["run", "examples/fib.wat", "--invoke", "fib", "20"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "6765\n");

    let out = wasmrt(&["run", "examples/fib.wat", "--invoke", "fib", "90"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "2880067194370816120\n");

    let out = wasmrt(&["run", "--invoke=fib_rec", "examples/fib.wat", "0x19"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "75025\n");
}

#[test]
fn runs_binary_modules() {
    let wasm =
        wat::parse_str(r#"(module (func (export "answer") (result i32) i32.const 42))"#).unwrap();
    let file = TempFile::new("answer.wasm", wasm);
    // The only exported function is the default.
    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "42\n");
}

#[test]
fn parses_arguments_and_prints_results_by_type() {
    let file = TempFile::new(
        "echo.wat",
        r#"(module
             (func (export "echo") (param i32 i64 f32 f64) (result i32 i64 f32 f64)
               local.get 0 local.get 1 local.get 2 local.get 3))"#,
    );
    let run = |args: &[&str]| {
        let mut full = vec!["run", file.path(), "--invoke", "echo"];
        full.extend_from_slice(args);
        wasmrt(&full)
    };

    let out = run(&["-5", "0x10", "1.5", "-0.25"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "-5\n16\n1.5\n-0.25\n");

    let out = run(&["0xffffffff", "-9223372036854775808", "nan", "inf"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "-1\n-9223372036854775808\nNaN\ninf\n");

    let out = run(&["4294967295", "0x7fffffffffffffff", "-inf", "1e300"]);
    assert_exit(&out, 0);
    assert_eq!(
        stdout(&out),
        format!("-1\n{}\n-inf\n{}\n", i64::MAX, 1e300f64)
    );

    // `--` ends the options.
    let out = wasmrt(&[
        "run",
        "--invoke",
        "echo",
        "--",
        file.path(),
        "1",
        "2",
        "3",
        "4",
    ]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "1\n2\n3\n4\n");
}

#[test]
fn rejects_bad_arguments() {
    let file = TempFile::new(
        "add.wat",
        r#"(module (func (export "add") (param i32 i32) (result i32)
             local.get 0 local.get 1 i32.add))"#,
    );
    for (args, says) in [
        (&["1"][..], "takes 2 argument(s)"),
        (&["1", "2", "3"][..], "takes 2 argument(s)"),
        (&["1", "x"][..], "invalid argument `x`"),
        (&["1", "4294967296"][..], "invalid argument `4294967296`"),
        (&["1", "-2147483649"][..], "invalid argument `-2147483649`"),
        (&["1", "1.5"][..], "invalid argument `1.5`"),
    ] {
        let mut full = vec!["run", file.path()];
        full.extend_from_slice(args);
        let out = wasmrt(&full);
        assert_exit(&out, 2);
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), "");
    }
    let out = wasmrt(&["run", file.path(), "1", "-2147483648"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "-2147483647\n");
}

#[test]
fn prints_every_result_of_a_multi_value_function() {
    // More results than the calling convention has return registers.
    let file = TempFile::new(
        "nine.wat",
        r#"(module (func (export "f") (param i64) (result i64 i64 i64 i64 i64 i64 i64 i64 i32)
             (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5)
             (i64.const 6) (i64.const 7) (local.get 0) (i32.const -9)))"#,
    );
    let out = wasmrt(&["run", file.path(), "--invoke", "f", "8"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "1\n2\n3\n4\n5\n6\n7\n8\n-9\n");
}

#[test]
fn chooses_the_function_to_run() {
    let start = TempFile::new(
        "start.wat",
        r#"(module
             (func (export "main") (result i32) i32.const 2)
             (func (export "_start")))"#,
    );
    let out = wasmrt(&["run", start.path()]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "");

    let main = TempFile::new(
        "main.wat",
        r#"(module
             (func (export "other") (result i32) i32.const 1)
             (func (export "main") (result i32) i32.const 2))"#,
    );
    let out = wasmrt(&["run", main.path()]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "2\n");

    let ambiguous = TempFile::new(
        "ambiguous.wat",
        r#"(module
             (memory (export "memory") 1)
             (func (export "first") (result i32) i32.const 1)
             (func (export "second") (param i64) (result i32) i32.const 2))"#,
    );
    let out = wasmrt(&["run", ambiguous.path()]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("--invoke"), "{err}");
    assert!(err.contains("first") && err.contains("second"), "{err}");
    assert!(
        !err.contains("`memory`"),
        "only functions are listed: {err}"
    );

    let out = wasmrt(&["run", ambiguous.path(), "--invoke", "third"]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("no exported function `third`"), "{err}");
    assert!(err.contains("first") && err.contains("second"), "{err}");
}

#[test]
fn trap_exits_with_1_and_prints_the_backtrace() {
    let file = TempFile::new(
        "trap.wat",
        r#"(module
             (func $inner unreachable)
             (func $outer call $inner)
             (func (export "run") call $outer))"#,
    );
    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.contains("wasm trap: wasm `unreachable` instruction executed"),
        "{err}"
    );
    let backtrace = &err[err.find("wasm backtrace:").expect(&err)..];
    let inner = backtrace.find("inner").expect(&err);
    let outer = backtrace.find("outer").expect(&err);
    assert!(inner < outer, "{err}");

    let overflow = TempFile::new(
        "overflow.wat",
        r#"(module (func $f (export "f") (param i32) (result i32) local.get 0 call $f))"#,
    );
    let out = wasmrt(&["run", overflow.path(), "7"]);
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("call stack exhausted"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn start_function_trap_exits_with_1() {
    let file = TempFile::new(
        "start-trap.wat",
        r#"(module
             (func $init i32.const 1 i32.const 0 i32.div_u drop)
             (start $init)
             (func (export "main")))"#,
    );
    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("integer divide by zero"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn invalid_module_says_where_and_why() {
    // Encodes fine, but fails validation: the body leaves an i64 where the
    // function returns an i32.
    let wasm = wat::parse_str("(module (func (result i32) i64.const 1))").unwrap();
    let offset = wasmparser::validate(&wasm).err().unwrap().offset();
    let file = TempFile::new("invalid.wasm", &wasm);

    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains(file.path()), "names the file: {err}");
    assert!(err.contains("type mismatch"), "says why: {err}");
    assert!(err.contains("invalid WebAssembly module"), "{err}");
    assert_eq!(
        err.matches("failed to compile").count(),
        1,
        "each cause is printed once: {err}"
    );
    assert!(
        err.contains(&format!("{offset:#x}")) || err.contains(&format!("offset {offset}")),
        "says where (offset {offset:#x}): {err}"
    );

    // Invalid text: the file, line and column of the bad token.
    let bad_text = TempFile::new("bad-text.wat", "(module (func $f (i32.frobnicate)))");
    let out = wasmrt(&["run", bad_text.path()]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("unknown operator"), "{err}");
    assert!(err.contains(&format!("{}:1:19", bad_text.path())), "{err}");
    assert!(!err.contains("<anon>"), "{err}");
}

#[test]
fn data_segment_out_of_bounds_names_instantiation() {
    let file = TempFile::new(
        "oob-data.wat",
        r#"(module (memory 1) (data (i32.const 65530) "0123456789") (func (export "main")))"#,
    );
    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("out of bounds memory access"), "{err}");
    assert!(
        err.contains(
            "data segment 0 (10 bytes at offset 65530) does not fit in memory 0 \
             (65536 bytes) during instantiation"
        ),
        "{err}"
    );
}

#[test]
fn missing_file_and_unsatisfied_imports() {
    let out = wasmrt(&["run", "no/such/file.wasm"]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("failed to read `no/such/file.wasm`"), "{err}");
    assert!(
        !err.contains("failed to compile"),
        "nothing was compiled: {err}"
    );

    let file = TempFile::new(
        "imports.wat",
        r#"(module
             (import "env" "log" (func (param i32)))
             (import "env" "memory" (memory 1))
             (func (export "main")))"#,
    );
    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("env::log"), "{err}");
    assert!(err.contains("(func (param i32))"), "{err}");
}

#[test]
fn help_version_and_usage_errors() {
    for args in [&["--help"][..], &["help"], &["-h"], &["run", "--help"]] {
        let out = wasmrt(args);
        assert_exit(&out, 0);
        let text = stdout(&out);
        assert!(text.contains("Usage:"), "{text}");
        assert!(text.contains("wasmrt run FILE.wasm|FILE.wat [--invoke NAME] [ARGS...]"));
    }

    let out = wasmrt(&["--version"]);
    assert_exit(&out, 0);
    assert_eq!(
        stdout(&out),
        format!("wasmrt {}\n", env!("CARGO_PKG_VERSION"))
    );

    for args in [
        &[][..],
        &["frobnicate"],
        &["run"],
        &["run", "examples/fib.wat", "--bogus"],
        &["run", "examples/fib.wat", "--invoke"],
    ] {
        let out = wasmrt(args);
        assert_exit(&out, 2);
        assert!(
            stderr(&out).starts_with("error: "),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn example_file_exists_where_the_readme_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let command = "cargo run --release --bin wasmrt -- run examples/fib.wat --invoke fib 20";
    assert!(readme.contains(command), "README shows `{command}`");
    assert!(root.join("examples/fib.wat").is_file());
}
