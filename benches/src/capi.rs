//! The C-API rows: `capi/capi_bench.c`, a program written for wasmtime's C
//! API, built twice — as is against wasmtime's headers and
//! `libwasmtime_capi.so` (the package `wasmtime-capi/`), and with
//! `wasmtime` renamed `wasmrt` against wasmrt's `include/` and
//! `libwasmrt.so` — and run as child processes, one run per row, repetition
//! and runtime. Each run times its own calls with `CLOCK_MONOTONIC` and
//! prints `ROW COUNT NANOSECONDS`. Both libraries come from cargo builds
//! of this workspace, found through cargo's JSON messages.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The benchmark program's source, written for wasmtime's C API.
const SOURCE: &str = include_str!("../capi/capi_bench.c");

/// This package's folder (`benches/`).
const BENCHES: &str = env!("CARGO_MANIFEST_DIR");

/// A C library to build the program against.
struct CLibrary {
    /// The folder holding the headers.
    include: PathBuf,
    /// The shared library's path.
    library: PathBuf,
    /// The name programs linked against it look for, when it is not the
    /// file's own (wasmrt's SONAME `libwasmrt.so.MAJOR`).
    soname: Option<String>,
}

/// The benchmark program built against each runtime's C API.
pub struct Programs {
    pub wasmrt: PathBuf,
    pub wasmtime: PathBuf,
}

impl Programs {
    /// Builds both libraries (no-ops when up to date) and both programs,
    /// into a `capi/` folder beside this executable.
    pub fn build() -> Programs {
        let exe = std::env::current_exe().expect("own executable");
        let out = exe.parent().expect("executable's folder").join("capi");
        std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("creating {}: {e}", out.display()));
        let renamed = SOURCE
            .replace("wasmtime", "wasmrt")
            .replace("WASMTIME", "WASMRT");
        Programs {
            wasmrt: compile(&out, "wasmrt", &renamed, &wasmrt_library()),
            wasmtime: compile(&out, "wasmtime", SOURCE, &wasmtime_library()),
        }
    }
}

/// `cargo build --release --package <package>` of this workspace (a no-op
/// when it is up to date): cargo's JSON messages, one per line of stdout.
fn cargo_build(package: &str) -> Vec<Value> {
    eprintln!("capi: cargo build --release --package {package}");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["build", "--release", "--package", package])
        .args(["--message-format", "json-render-diagnostics"])
        .arg("--manifest-path")
        .arg(Path::new(BENCHES).join("Cargo.toml"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cannot run cargo");
    assert!(output.status.success(), "building {package} failed");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

/// The shared library among the files cargo reports for build target
/// `target` (a `compiler-artifact` message).
fn shared_library(messages: &[Value], target: &str) -> Option<PathBuf> {
    messages
        .iter()
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == target)
        .flat_map(|m| m["filenames"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .find(|f| f.ends_with(".so"))
        .map(PathBuf::from)
}

/// wasmrt's C API: the `cdylib` cargo builds from the same wasmrt sources
/// as the Rust rows (wasmrt is a dependency of this package, so building
/// this package builds its `libwasmrt.so` too), and wasmrt's `include/`.
fn wasmrt_library() -> CLibrary {
    let messages = cargo_build("wasmrt-benches");
    let library = shared_library(&messages, "wasmrt").expect("cargo reported no libwasmrt.so");
    CLibrary {
        include: Path::new(BENCHES).join("../include"),
        library,
        soname: Some(format!("libwasmrt.so.{}", wasmrt_major_version())),
    }
}

/// The major version of wasmrt, from its Cargo.toml (the first `version`
/// line, that of `[package]`).
fn wasmrt_major_version() -> String {
    let manifest = Path::new(BENCHES).join("../Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("reading {}: {e}", manifest.display()));
    text.lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.split('.').next())
        .expect("a version line in wasmrt's Cargo.toml")
        .to_string()
}

/// wasmtime's C API: `libwasmtime_capi.so` of the package `wasmtime-capi/`
/// and the headers the build script of `wasmtime-c-api-impl` installed
/// in its `OUT_DIR` (with the `wasmtime/conf.h` made for the features it
/// was built with).
fn wasmtime_library() -> CLibrary {
    let messages = cargo_build("wasmtime-capi");
    let include = messages
        .iter()
        .filter(|m| m["reason"] == "build-script-executed")
        .filter(|m| {
            m["package_id"]
                .as_str()
                .is_some_and(|id| id.contains("wasmtime-c-api-impl"))
        })
        .find_map(|m| m["out_dir"].as_str())
        .map(|out| Path::new(out).join("include"));
    CLibrary {
        include: include.expect("cargo reported no build script run of wasmtime-c-api-impl"),
        library: shared_library(&messages, "wasmtime_capi")
            .expect("cargo reported no libwasmtime_capi.so"),
        soname: None,
    }
}

fn run(cmd: &mut Command) {
    let status = cmd
        .status()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(status.success(), "{cmd:?} failed with {status}");
}

/// Compiles `source` against `lib` into `out/capi_bench_<name>`; `CC`
/// overrides the C compiler.
fn compile(out: &Path, name: &str, source: &str, lib: &CLibrary) -> PathBuf {
    let src = out.join(format!("capi_bench_{name}.c"));
    std::fs::write(&src, source).unwrap_or_else(|e| panic!("writing {}: {e}", src.display()));
    let exe = out.join(format!("capi_bench_{name}"));
    let dir = lib.library.parent().expect("library's folder");
    let stem = lib.library.file_stem().and_then(|s| s.to_str());
    let link_name = stem
        .and_then(|s| s.strip_prefix("lib"))
        .expect("a library named lib<name>.so");
    if let Some(soname) = &lib.soname {
        // The loader looks for the SONAME: a link to the library by that
        // name sits beside the program.
        let link = out.join(soname);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&lib.library, &link)
            .unwrap_or_else(|e| panic!("linking {}: {e}", link.display()));
    }
    let cc = std::env::var_os("CC").unwrap_or_else(|| "cc".into());
    run(Command::new(cc)
        .args(["-std=c11", "-O2", "-Wall", "-Wextra", "-Werror"])
        .arg("-I")
        .arg(&lib.include)
        .arg(&src)
        .arg("-L")
        .arg(dir)
        .arg(format!("-l{link_name}"))
        .arg(format!("-Wl,-rpath,{}", out.display()))
        .arg(format!("-Wl,-rpath,{}", dir.display()))
        .arg("-o")
        .arg(&exe));
    exe
}

/// Runs row `row` of `program` with `count` calls; the time its calls took.
pub fn measure(program: &Path, row: &str, count: u32) -> Duration {
    let output = Command::new(program)
        .args([row, &count.to_string()])
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    assert!(
        output.status.success(),
        "{} {row} {count} failed with {}",
        program.display(),
        output.status
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let fields: Vec<&str> = stdout.split_whitespace().collect();
    match fields[..] {
        [r, c, ns] if r == row && c == count.to_string() => {
            Duration::from_nanos(ns.parse().expect("nanoseconds"))
        }
        _ => panic!("{} printed {stdout:?}", program.display()),
    }
}
