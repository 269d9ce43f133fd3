//! The Sightglass benchmark programs run through the `wasmrt` CLI.
//!
//! Every module of `../shared/bench/sightglass/{shootout,libsodium,sqlite3}/`
//! runs as Sightglass runs it: `_start` with its benchmark folder preopened
//! as `.` and as the working directory (a copy in a temporary folder, since
//! programs may write there), `bench.start`/`bench.end` provided by a
//! `--preload`ed module of two empty functions. It must exit with 0, and
//! its stdout and stderr must equal the folder's `<name>.stdout.expected` /
//! `.stderr.expected` (or `default.*.expected`) line by line, where they
//! exist. Prints one line per program and a closing `N passed, N failed`;
//! exits non-zero if any failed. When the folder is absent the harness says
//! it was skipped and exits 0. `SIGHTGLASS_FILTER=substr` runs only the
//! programs whose name contains `substr`.

#[path = "common/files.rs"]
mod files;

use files::{copy_dir, file_stem, sorted_dir};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The suites, in the order they run.
const SUITES: [&str; 3] = ["shootout", "libsodium", "sqlite3"];

/// `bench.start` and `bench.end`: the CLI measures nothing, so both are
/// empty.
const BENCH_IMPORTS: &str = r#"(module (func (export "start")) (func (export "end")))"#;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/sightglass");
    if !root.is_dir() {
        println!(
            "Sightglass programs: skipped ({} is absent)",
            root.display()
        );
        return ExitCode::SUCCESS;
    }
    let filter = std::env::var("SIGHTGLASS_FILTER").unwrap_or_default();
    let scratch = std::env::temp_dir().join(format!("wasmrt-sightglass-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("create the scratch folder");
    let bench = scratch.join("bench.wat");
    std::fs::write(&bench, BENCH_IMPORTS).expect("write bench.wat");

    let mut programs = Vec::new();
    for suite in SUITES {
        for wasm in sorted_wasm(&root.join(suite)) {
            let name = format!("{suite}/{}", file_stem(&wasm));
            if name.contains(&filter) {
                programs.push((suite, name, wasm));
            }
        }
    }
    let (mut passed, mut failed) = (0, 0);
    for (suite, name, wasm) in programs {
        let work = scratch.join(&name);
        let outcome = copy_dir(&root.join(suite), &work)
            .map_err(|e| format!("copying the benchmark folder: {e}"))
            .and_then(|()| run_program(&work, &file_stem(&wasm), &bench));
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
    let _ = std::fs::remove_dir_all(&scratch);
    println!("{passed} passed, {failed} failed");
    if failed == 0 && passed > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs `<dir>/<name>.wasm` through the CLI and checks its exit status
/// and output.
fn run_program(dir: &Path, name: &str, bench: &Path) -> Result<(), String> {
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrt"))
        .current_dir(dir)
        .arg("run")
        .args(["--dir", ".::."])
        .arg(format!("--preload=bench={}", bench.display()))
        .arg(format!("{name}.wasm"))
        .output()
        .map_err(|e| format!("cannot start wasmrt: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() != Some(0) {
        return Err(format!(
            "exit status {:?}, expected 0; stderr:\n{stderr}",
            out.status
        ));
    }
    for (stream, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        if let Some(expected) = expected(dir, name, stream)? {
            compare_lines(stream, text, &expected)?;
        }
    }
    Ok(())
}

/// `<name>.<stream>.expected`, else `default.<stream>.expected`, if either
/// exists.
fn expected(dir: &Path, name: &str, stream: &str) -> Result<Option<String>, String> {
    for base in [name, "default"] {
        let path = dir.join(format!("{base}.{stream}.expected"));
        if path.exists() {
            return std::fs::read_to_string(&path)
                .map(Some)
                .map_err(|e| format!("reading {}: {e}", path.display()));
        }
    }
    Ok(None)
}

/// Line-by-line equality, as Sightglass compares (so a missing final
/// newline does not count); the first differing line is reported.
fn compare_lines(stream: &str, actual: &str, expected: &str) -> Result<(), String> {
    let (got, want): (Vec<&str>, Vec<&str>) =
        (actual.lines().collect(), expected.lines().collect());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        if g != w {
            return Err(format!(
                "{stream} line {}: got {g:?}, expected {w:?}",
                i + 1
            ));
        }
    }
    if got.len() != want.len() {
        return Err(format!(
            "{stream} has {} lines, expected {}",
            got.len(),
            want.len()
        ));
    }
    Ok(())
}

/// The `.wasm` files of `dir`, sorted by name (none if `dir` is absent).
fn sorted_wasm(dir: &Path) -> Vec<PathBuf> {
    sorted_dir(dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "wasm"))
        .collect()
}
