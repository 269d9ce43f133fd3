//! Builds the compute kernels in `workloads/` twice: to wasm32 with
//! `clang --target=wasm32 -O2 -nostdlib` (one `<name>.wasm` per kernel in
//! `OUT_DIR`) and natively with `clang -O2` into one static library whose
//! symbols are `<name>_run`. `CLANG` and `AR` override the tools.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The kernels, by file stem in `workloads/`.
const KERNELS: &[&str] = &[
    "fib",
    "sieve",
    "matmul",
    "crc32",
    "sha256",
    "quicksort",
    "nbody",
];

fn run(cmd: &mut Command) {
    let status = cmd
        .status()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (see benches/README.md for setup)"));
    assert!(status.success(), "{cmd:?} failed with {status}");
}

/// The version of package `name` in this package's `Cargo.lock`.
fn locked_version(name: &str) -> String {
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let header = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == header
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = "))
        {
            return v.trim_matches('"').to_string();
        }
    }
    "unknown".into()
}

/// The first line `tool --version` prints.
fn tool_version(tool: &str) -> String {
    Command::new(tool)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().next().map(str::to_string))
        .unwrap_or_else(|| format!("{tool} (version unknown)"))
}

fn main() {
    println!("cargo:rerun-if-changed=Cargo.lock");
    for (var, package) in [
        ("BENCH_WASMRT_VERSION", "wasmrt"),
        ("BENCH_WASMTIME_VERSION", "wasmtime"),
        ("BENCH_CRANELIFT_VERSION", "cranelift-codegen"),
    ] {
        println!("cargo:rustc-env={var}={}", locked_version(package));
    }
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    println!(
        "cargo:rustc-env=BENCH_RUSTC_VERSION={}",
        tool_version(&rustc)
    );

    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let clang = env::var("CLANG").unwrap_or_else(|_| "clang".into());
    let ar = env::var("AR").unwrap_or_else(|_| "ar".into());
    println!(
        "cargo:rustc-env=BENCH_CLANG_VERSION={}",
        tool_version(&clang)
    );
    let dir = Path::new("workloads");
    println!("cargo:rerun-if-env-changed=CLANG");
    println!("cargo:rerun-if-env-changed=AR");
    println!(
        "cargo:rerun-if-changed={}",
        dir.join("workload.h").display()
    );

    let mut objects = Vec::new();
    for name in KERNELS {
        let src = dir.join(format!("{name}.c"));
        println!("cargo:rerun-if-changed={}", src.display());
        // Bulk memory lets clang turn zeroing loops and struct copies into
        // `memory.fill`/`memory.copy` instead of calls to a libc that
        // `-nostdlib` leaves out.
        run(Command::new(&clang)
            .args(["--target=wasm32", "-O2", "-nostdlib", "-mbulk-memory"])
            .args(["-Wall", "-Wextra", "-Werror"])
            .args(["-Wl,--no-entry", "-Wl,-z,stack-size=1048576"])
            .arg("-o")
            .arg(out.join(format!("{name}.wasm")))
            .arg(&src));
        // Natively: the same source, `run` renamed; no errno from `sqrt`,
        // as on wasm, which has none.
        let obj = out.join(format!("{name}.o"));
        run(Command::new(&clang)
            .args(["-O2", "-fPIC", "-fno-math-errno", "-c"])
            .args(["-Wall", "-Wextra", "-Werror"])
            .arg(format!("-DWORKLOAD_SYMBOL={name}_run"))
            .arg("-o")
            .arg(&obj)
            .arg(&src));
        objects.push(obj);
    }
    let lib = out.join("libworkloads_native.a");
    let _ = std::fs::remove_file(&lib);
    run(Command::new(&ar).arg("crs").arg(&lib).args(&objects));
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=workloads_native");
}
