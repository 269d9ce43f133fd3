//! The `wasmrt` command-line runner, run as a real process.

//!
//! The WASI tests run C programs from `tests/cli/`, compiled at test time
//! with `clang --target=wasm32-wasi --sysroot=/usr -O2` (Debian: `apt-get
//! install clang lld wasi-libc libclang-rt-14-dev-wasm32`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Runs `wasmrt` with `args` from the package root.
fn wasmrt(args: &[&str]) -> Output {
    wasmrt_with_env(args, &[])
}

/// Runs `wasmrt` with `args` from the package root, with `env` added to
/// its environment.
fn wasmrt_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wasmrt"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("wasmrt runs")
}

/// `tests/cli/NAME.c` compiled for wasm32-wasi (once per test run), as a
/// path in cargo's temp folder for integration tests.
fn wasi_program(name: &str) -> String {
    static BUILT: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
    let mut built = BUILT.lock().unwrap_or_else(|poison| poison.into_inner());
    if let Some(path) = built.get(name) {
        return path.clone();
    }
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/cli/{name}.c"));
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-wasi");
    std::fs::create_dir_all(&folder).unwrap();
    let wasm = folder.join(format!("{name}.wasm"));
    // Written under a name of this process's own, then renamed, so that
    // concurrent test runs never see half a file.
    let partial = folder.join(format!("{name}.wasm.{}", std::process::id()));
    let out = Command::new("clang")
        .args([
            "--target=wasm32-wasi",
            "--sysroot=/usr",
            "-O2",
            "-Wall",
            "-Werror",
            "-o",
        ])
        .arg(&partial)
        .arg(&source)
        .output()
        .unwrap_or_else(|err| {
            panic!(
                "cannot run clang ({err}); the WASI tests compile C with \
                 `clang --target=wasm32-wasi` (apt-get install clang lld wasi-libc \
                 libclang-rt-14-dev-wasm32)"
            )
        });
    assert!(
        out.status.success(),
        "compiling {} for wasm32-wasi failed (apt-get install clang lld wasi-libc \
         libclang-rt-14-dev-wasm32):\n{}",
        source.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::rename(&partial, &wasm).unwrap();
    let path = wasm.to_str().unwrap().to_string();
    built.insert(name.to_string(), path.clone());
    path
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

/// Asserts that stderr contains `text`, showing stderr when it does not.
fn assert_stderr_has(out: &Output, text: &str) {
    let err = stderr(out);
    assert!(err.contains(text), "stderr lacks {text:?}:\n{err}");
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

/// A folder in the temp directory, unique to this process and test,
/// removed with its contents when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("wasmrt-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
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
    assert_stderr_has(&out, "call stack exhausted");
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
    assert_stderr_has(&out, "integer divide by zero");
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
        assert!(text.contains("wasmrt run [OPTIONS] FILE.wasm|FILE.wat|FILE.cwasm [ARGS...]"));
        assert!(text.contains("wasmrt compile [OPTIONS] FILE.wasm|FILE.wat [-o FILE.cwasm]"));
        for option in [
            "--invoke NAME",
            "--dir HOST[::GUEST]",
            "--env NAME=VALUE",
            "--inherit-env",
            "--fuel N",
            "--timeout DURATION",
        ] {
            assert!(text.contains(option), "{option}: {text}");
        }
        for code in ["124", "125"] {
            assert!(text.contains(code), "documents exit status {code}: {text}");
        }
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
        &["run", "examples/fib.wat", "--fuel", "many"],
        &["run", "examples/fib.wat", "--timeout", "2 weeks"],
        &["run", "examples/fib.wat", "--timeout"],
        &["run", "examples/fib.wat", "--env", "=x"],
        &["run", "examples/fib.wat", "--dir", "::guest"],
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

#[test]
fn wasi_hello_world_gets_its_arguments_and_environment() {
    let hello = wasi_program("hello");
    let out = wasmrt(&["run", &hello, "one", "two words"]);
    assert_exit(&out, 0);
    // argv[0] is the file's name without its folders, as in wasmtime.
    assert_eq!(
        stdout(&out),
        "hello from wasm\nargv[0]=hello.wasm\nargv[1]=one\nargv[2]=two words\nGREETING=(unset)\n"
    );
    assert_eq!(stderr(&out), "");

    // Options may follow FILE; after `--` even `--words` are the guest's.
    let out = wasmrt(&[
        "run",
        &hello,
        "--env",
        "GREETING=hi there",
        "--",
        "--fuel",
        "-x",
    ]);
    assert_exit(&out, 0);
    assert_eq!(
        stdout(&out),
        "hello from wasm\nargv[0]=hello.wasm\nargv[1]=--fuel\nargv[2]=-x\nGREETING=hi there\n"
    );
}

#[test]
fn wasi_environment_is_given_inherited_or_copied() {
    let hello = wasi_program("hello");
    let greeting = |out: &Output| {
        assert_exit(out, 0);
        stdout(out)
            .lines()
            .find_map(|l| l.strip_prefix("GREETING="))
            .unwrap()
            .to_string()
    };
    let host = [("GREETING", "from the host")];
    // Nothing is inherited unless asked for.
    assert_eq!(
        greeting(&wasmrt_with_env(&["run", &hello], &host)),
        "(unset)"
    );
    assert_eq!(
        greeting(&wasmrt_with_env(&["run", "--inherit-env", &hello], &host)),
        "from the host"
    );
    // `--env NAME` copies one variable; `--env NAME=VALUE` overrides.
    assert_eq!(
        greeting(&wasmrt_with_env(
            &["run", "--env", "GREETING", &hello],
            &host
        )),
        "from the host"
    );
    assert_eq!(
        greeting(&wasmrt_with_env(
            &["run", "--inherit-env", "--env=GREETING=mine", &hello],
            &host
        )),
        "mine"
    );
    assert_eq!(
        greeting(&wasmrt(&[
            "run",
            "--env",
            "GREETING=a",
            "--env",
            "GREETING=b",
            &hello
        ])),
        "b"
    );
}

#[test]
fn wasi_exit_status_is_the_process_exit_status() {
    let exit = wasi_program("exit");
    for status in [0, 3, 255] {
        let text = status.to_string();
        let out = wasmrt(&["run", &exit, &text]);
        assert_exit(&out, status);
        assert_eq!(stdout(&out), format!("exiting with {status}\n"));
        // A guest's exit is not an error: nothing is added to stderr.
        assert_eq!(stderr(&out), "");
    }
}

#[test]
fn wasi_dir_reads_and_writes_beneath_the_folder_only() {
    let base = TempDir::new("dir");
    let sandbox = base.join("sandbox");
    std::fs::create_dir(&sandbox).unwrap();
    std::fs::write(sandbox.join("in.txt"), "inside\n").unwrap();
    std::fs::write(base.join("secret.txt"), "secret\n").unwrap();
    let files = wasi_program("files");
    let dir = format!("{}::/sandbox", sandbox.display());
    let run = |args: &[&str]| {
        let mut full = vec!["run", "--dir", &dir, &files];
        full.extend_from_slice(args);
        wasmrt(&full)
    };

    let out = run(&["read", "/sandbox/in.txt"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "inside\n");

    let out = run(&["write", "/sandbox/out.txt", "written by wasm"]);
    assert_exit(&out, 0);
    assert_eq!(
        std::fs::read_to_string(sandbox.join("out.txt")).unwrap(),
        "written by wasm"
    );

    // `..` cannot leave the folder, reading or writing.
    let out = run(&["read", "/sandbox/../secret.txt"]);
    assert_exit(&out, 4);
    assert!(!stdout(&out).contains("secret"), "{}", stdout(&out));
    assert!(
        stderr(&out).starts_with("/sandbox/../secret.txt: "),
        "{}",
        stderr(&out)
    );
    let out = run(&["write", "/sandbox/../x", "escaped"]);
    assert_exit(&out, 4);
    assert!(!base.join("x").exists(), "nothing is written outside");

    // Without `::GUEST` the guest sees the folder under the host path as
    // written.
    let host_path = format!("{}/in.txt", sandbox.display());
    let out = wasmrt(&[
        "run",
        "--dir",
        sandbox.to_str().unwrap(),
        &files,
        "read",
        &host_path,
    ]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "inside\n");

    // No `--dir`, no files.
    let out = wasmrt(&["run", &files, "read", &host_path]);
    assert_exit(&out, 4);
}

#[test]
fn wasi_dir_must_be_an_existing_folder() {
    let hello = wasi_program("hello");
    let base = TempDir::new("missing-dir");
    let missing = base.join("no-such-folder");
    let out = wasmrt(&["run", "--dir", missing.to_str().unwrap(), &hello]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.starts_with("error: `--dir`"), "{err}");
    assert!(
        err.contains(missing.to_str().unwrap()),
        "names the folder: {err}"
    );
    assert_eq!(stdout(&out), "", "the guest did not run");

    let file = TempFile::new("not-a-folder", "x");
    let out = wasmrt(&["run", "--dir", &format!("{}::/d", file.path()), &hello]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, file.path());
    assert_stderr_has(&out, "is not a folder");
}

#[test]
fn fuel_stops_an_infinite_loop() {
    let looping = wasi_program("loop");
    let out = wasmrt(&["run", "--fuel", "1000000", &looping]);
    assert_exit(&out, 125);
    assert_eq!(
        stdout(&out),
        "looping\n",
        "the guest ran until its fuel ran out"
    );
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "error: `{looping}` was stopped: it used all 1000000 units of fuel \
             that `--fuel 1000000` gave it\n"
        )),
        "{err}"
    );
    assert!(
        err.contains("wasm trap: all fuel consumed by WebAssembly"),
        "{err}"
    );
    assert!(err.contains("wasm backtrace:"), "{err}");

    // Enough fuel: the program runs to its end as without `--fuel`.
    let out = wasmrt(&["run", "--fuel=100000000", &wasi_program("hello")]);
    assert_exit(&out, 0);
    assert!(stdout(&out).starts_with("hello from wasm\n"));

    // Fuel also meters non-WASI functions.
    let out = wasmrt(&[
        "run",
        "examples/fib.wat",
        "--fuel",
        "100",
        "--invoke",
        "fib_rec",
        "30",
    ]);
    assert_exit(&out, 125);
}

#[test]
fn timeout_stops_an_infinite_loop() {
    let looping = wasi_program("loop");
    let started = Instant::now();
    let out = wasmrt(&["run", "--timeout", "300ms", &looping]);
    let took = started.elapsed();
    assert_exit(&out, 124);
    assert_eq!(stdout(&out), "looping\n");
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "error: `{looping}` was stopped: it ran for longer than `--timeout` allows (300ms)\n"
        )),
        "{err}"
    );
    assert!(err.contains("wasm trap: interrupt"), "{err}");
    assert!(took >= Duration::from_millis(300), "{took:?}");
    assert!(took < Duration::from_secs(20), "{took:?}");

    // A bare number is seconds; a program that ends in time is not
    // kept waiting for the timer.
    let started = Instant::now();
    let out = wasmrt(&["run", "--timeout", "60", &wasi_program("hello")]);
    assert_exit(&out, 0);
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn invoke_calls_functions_of_wasi_modules() {
    let hello = wasi_program("hello");
    let out = wasmrt(&["run", "--invoke", "add", &hello, "2", "40"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "42\n");

    // The WASI imports are there for the invoked function too.
    let out = wasmrt(&["run", "--env", "GREETING=invoked", "--invoke=greet", &hello]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "greet: invoked\n");

    // `--invoke _start` is the command, with its ARGS parsed as parameters.
    let out = wasmrt(&["run", "--invoke", "_start", &hello]);
    assert_exit(&out, 0);
    assert!(stdout(&out).starts_with("hello from wasm\nargv[0]=hello.wasm\n"));
    let out = wasmrt(&["run", "--invoke", "add", &hello, "2"]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "takes 2 argument(s)");
}

#[test]
fn wasi_imports_must_match_and_other_imports_are_named() {
    // A WASI import of the wrong type is a link error naming it.
    let file = TempFile::new(
        "bad-wasi.wat",
        r#"(module
             (import "wasi_snapshot_preview1" "proc_exit" (func (param i64)))
             (func (export "_start")))"#,
    );
    let out = wasmrt(&["run", file.path()]);
    assert_exit(&out, 2);
    let err = stderr(&out);
    assert!(err.contains("proc_exit"), "{err}");
    assert!(err.contains("failed to instantiate"), "{err}");

    // A hand-written command: `_start` returning is exit status 0, and
    // proc_exit from a WAT module works like the C one's.
    let file = TempFile::new(
        "wat-exit.wat",
        r#"(module
             (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (memory (export "memory") 1)
             (func (export "_start"))
             (func (export "seven") (call $exit (i32.const 7))))"#,
    );
    let out = wasmrt(&["run", file.path(), "ignored", "args"]);
    assert_exit(&out, 0);
    let out = wasmrt(&["run", file.path(), "--invoke", "seven"]);
    assert_exit(&out, 7);
}

#[test]
fn preloaded_modules_satisfy_imports() {
    // The preload imports WASI itself and keeps state the main module
    // reads back: one instance serves every import from it.
    let counter = TempFile::new(
        "preload-counter.wat",
        r#"(module
             (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
             (global $n (mut i32) (i32.const 0))
             (func (export "bump") (global.set $n (i32.add (global.get $n) (i32.const 1))))
             (func (export "count") (result i32) (global.get $n)))"#,
    );
    let main = TempFile::new(
        "preload-main.wat",
        r#"(module
             (import "counter" "bump" (func $bump))
             (import "counter" "count" (func $count (result i32)))
             (func (export "main") (result i32)
               (call $bump) (call $bump) (call $bump) (call $count)))"#,
    );
    let preload = format!("counter={}", counter.path());
    let out = wasmrt(&["run", "--preload", &preload, main.path()]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "3\n");

    // Without the preload, the import is named as unsatisfied.
    let out = wasmrt(&["run", main.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "counter::bump");

    // A preload under another name does not satisfy it either.
    let other = format!("other={}", counter.path());
    let out = wasmrt(&["run", "--preload", &other, main.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "counter::bump");

    // A preload that cannot be read or compiled is named.
    let out = wasmrt(&["run", "--preload", "counter=no/such.wat", main.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "`--preload counter`");
    assert_stderr_has(&out, "no/such.wat");
    let out = wasmrt(&["run", "--preload", "counter", main.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "expected `NAME=MODULE.wasm`");

    // A preload's own unsatisfied import names the preload.
    let needy = TempFile::new("preload-needy.wat", r#"(module (import "env" "f" (func)))"#);
    let needy_arg = format!("counter={}", needy.path());
    let out = wasmrt(&["run", "--preload", &needy_arg, main.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, needy.path());
    assert_stderr_has(&out, "env::f");
}

#[test]
fn compiles_ahead_of_time_and_runs_the_precompiled_file() {
    let dir = TempDir::new("precompiled");
    let cwasm = dir.join("fib.cwasm");
    let cwasm = cwasm.to_str().unwrap();
    let out = wasmrt(&["compile", "examples/fib.wat", "-o", cwasm]);
    assert_exit(&out, 0);
    assert!(std::fs::read(cwasm).unwrap().starts_with(b"\0wasmrt\0"));

    let out = wasmrt(&["run", "--allow-precompiled", cwasm, "--invoke", "fib", "20"]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "6765\n");

    // Without the flag, the file is refused, and why is said.
    let out = wasmrt(&["run", cwasm, "--invoke", "fib", "20"]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "is a precompiled module");
    assert_stderr_has(&out, "--allow-precompiled");

    // Compiled without fuel, it cannot run with `--fuel`: the setting is
    // named.
    let out = wasmrt(&[
        "run",
        "--allow-precompiled",
        "--fuel",
        "1000",
        cwasm,
        "--invoke",
        "fib",
        "20",
    ]);
    assert_exit(&out, 2);
    assert_stderr_has(
        &out,
        "consume_fuel = false, but this engine has consume_fuel = true",
    );
    let fueled = dir.join("fib-fuel.cwasm");
    let fueled = fueled.to_str().unwrap();
    assert_exit(
        &wasmrt(&[
            "compile",
            "--consume-fuel",
            "examples/fib.wat",
            "-o",
            fueled,
        ]),
        0,
    );
    let out = wasmrt(&[
        "run",
        "--allow-precompiled",
        "--fuel",
        "100000",
        fueled,
        "--invoke",
        "fib",
        "20",
    ]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "6765\n");

    // The default output name, and a damaged file.
    let wat = dir.join("answer.wat");
    std::fs::write(
        &wat,
        r#"(module (func (export "answer") (result i32) i32.const 42))"#,
    )
    .unwrap();
    assert_exit(&wasmrt(&["compile", wat.to_str().unwrap()]), 0);
    let default_out = dir.join("answer.cwasm");
    let out = wasmrt(&["run", "--allow-precompiled", default_out.to_str().unwrap()]);
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "42\n");
    let mut bytes = std::fs::read(&default_out).unwrap();
    bytes[20] ^= 0xff;
    std::fs::write(&default_out, &bytes).unwrap();
    let out = wasmrt(&["run", "--allow-precompiled", default_out.to_str().unwrap()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "damaged");

    let out = wasmrt(&["compile"]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "needs a FILE");
    let out = wasmrt(&["compile", "missing.wat"]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "failed to read `missing.wat`");
}

#[test]
fn profile_perfmap_names_the_guest_functions_for_perf() {
    let file = TempFile::new(
        "profiled.wat",
        r#"(module $profiled (func $answer (export "answer") (result i32) i32.const 42))"#,
    );
    let child = Command::new(env!("CARGO_BIN_EXE_wasmrt"))
        .args(["run", "--profile=perfmap", file.path()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("wasmrt runs");
    let map_path = format!("/tmp/perf-{}.map", child.id());
    let out = child.wait_with_output().expect("wasmrt finishes");
    assert_exit(&out, 0);
    assert_eq!(stdout(&out), "42\n");
    let map = std::fs::read_to_string(&map_path).expect("the perf map exists");
    let _ = std::fs::remove_file(&map_path);
    assert!(
        map.lines()
            .any(|l| l.ends_with(" profiled::function[0]::answer")),
        "{map}"
    );

    let out = wasmrt(&["run", "--profile", "vtune", file.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "no VTune profiler");
    let out = wasmrt(&["run", "--profile", "gprof", file.path()]);
    assert_exit(&out, 2);
    assert_stderr_has(&out, "`--profile gprof`: expected `perfmap` or `jitdump`");
}
