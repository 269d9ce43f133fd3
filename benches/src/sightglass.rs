//! The Sightglass rows: every program of `sightglass/{shootout,libsodium,
//! sqlite3}/` run as Sightglass runs it (`_start`, its folder preopened as
//! `.`, full WASI preview 1 on each side: wasmrt's and `wasmtime-wasi`'s),
//! timed between its `bench.start` and `bench.end`. Each side's output is
//! checked line by line against the folder's `*.expected` files before
//! anything is timed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::table::{Row, Unit};
use crate::{Options, RUNTIMES, alternate, execution_reps, read, wasmrt_side, wasmtime_side};

/// The programs: (folder, file stem). The stem is the row's name.
pub const PROGRAMS: &[(&str, &str)] = &[
    ("shootout", "shootout-ackermann"),
    ("shootout", "shootout-base64"),
    ("shootout", "shootout-ctype"),
    ("shootout", "shootout-ed25519"),
    ("shootout", "shootout-fib2"),
    ("shootout", "shootout-gimli"),
    ("shootout", "shootout-heapsort"),
    ("shootout", "shootout-keccak"),
    ("shootout", "shootout-matrix"),
    ("shootout", "shootout-memmove"),
    ("shootout", "shootout-minicsv"),
    ("shootout", "shootout-nestedloop"),
    ("shootout", "shootout-random"),
    ("shootout", "shootout-ratelimit"),
    ("shootout", "shootout-seqhash"),
    ("shootout", "shootout-sieve"),
    ("shootout", "shootout-switch"),
    ("shootout", "shootout-xblabla20"),
    ("shootout", "shootout-xchacha20"),
    ("libsodium", "libsodium-aead_chacha20poly1305"),
    ("libsodium", "libsodium-box"),
    ("libsodium", "libsodium-generichash"),
    ("libsodium", "libsodium-pwhash_argon2id"),
    ("libsodium", "libsodium-scalarmult"),
    ("libsodium", "libsodium-sign"),
    ("sqlite3", "sqlite3"),
];

/// The names of the rows, for `--only`.
pub fn names() -> Vec<&'static str> {
    PROGRAMS.iter().map(|(_, name)| *name).collect()
}

/// The folder of a program and its wasm bytes.
fn program(opts: &Options, folder: &str, name: &str) -> (PathBuf, Vec<u8>) {
    let dir = opts.bench_dir.join("sightglass").join(folder);
    let wasm = read(&dir.join(format!("{name}.wasm")));
    (dir, wasm)
}

/// `--precompile` for a Sightglass program: writes `runtime`'s precompiled
/// form of it to `out` (for wasmtime an ELF object whose symbols name the
/// functions, so `objdump` can show their machine code). Returns false if
/// `name` is not a program.
pub fn precompile(opts: &Options, runtime: &str, name: &str, out: &Path) -> bool {
    let Some(&(folder, _)) = PROGRAMS.iter().find(|(_, n)| *n == name) else {
        return false;
    };
    let (_, wasm) = program(opts, folder, name);
    match runtime {
        "wasmrt" => wasmrt_side::precompile_to(&wasmrt_side::engine(true), &wasm, out),
        "wasmtime" => wasmtime_side::precompile_to(&wasmtime_side::engine(true), &wasm, out),
        _ => crate::usage(),
    }
    true
}

pub fn rows(opts: &Options, rows: &mut Vec<Row>) {
    let (e1, e2) = (wasmrt_side::engine(true), wasmtime_side::engine(true));
    let (l1, l2) = (
        wasmrt_side::sightglass_linker(&e1),
        wasmtime_side::sightglass_linker(&e2),
    );
    for &(folder, name) in PROGRAMS {
        if !opts.wants("sightglass", name) {
            continue;
        }
        eprintln!("sightglass {name}");
        let (dir, wasm) = program(opts, folder, name);
        let (m1, m2) = (
            wasmrt_side::compile(&e1, &wasm),
            wasmtime_side::compile(&e2, &wasm),
        );
        // One untimed run each: warms up and checks the output.
        let first = wasmrt_side::sightglass(&l1, &m1, name, &dir);
        check_output("wasmrt", &dir, name, &first.output);
        let other = wasmtime_side::sightglass(&l2, &m2, name, &dir);
        check_output("wasmtime", &dir, name, &other.output);
        let reps = execution_reps(opts, first.measured);
        let t = alternate(name, RUNTIMES, reps, |side| match side {
            0 => wasmrt_side::sightglass(&l1, &m1, name, &dir).measured,
            _ => wasmtime_side::sightglass(&l2, &m2, name, &dir).measured,
        });
        // A program whose measured region is a few instructions (the
        // compiler folded nestedloop's loops away) is shown in ns, a short
        // one in µs, so its row keeps its digits.
        let (unit, scale) = match t.median(0).as_secs_f64() {
            s if s < 1e-6 => (Unit::Ns, 1e9),
            s if s < 1e-3 => (Unit::Us, 1e6),
            _ => (Unit::Ms, 1e3),
        };
        rows.push(Row {
            group: "sightglass",
            name: name.into(),
            unit,
            wasmrt: t.median(0).as_secs_f64() * scale,
            wasmtime: t.median(1).as_secs_f64() * scale,
            native: None,
            ratio: t.ratio(0, 1),
            native_ratio: None,
            target: 1.05,
        });
    }
}

/// Panics unless `output` (stdout, stderr) matches the expected files that
/// exist for `name` in `dir`, line by line as Sightglass compares.
fn check_output(runtime: &str, dir: &Path, name: &str, output: &(Vec<u8>, Vec<u8>)) {
    for (stream, bytes) in [("stdout", &output.0), ("stderr", &output.1)] {
        let expected = [name, "default"]
            .iter()
            .map(|base| dir.join(format!("{base}.{stream}.expected")))
            .find(|path| path.exists());
        let Some(path) = expected else { continue };
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let got = String::from_utf8_lossy(bytes);
        assert!(
            got.lines().eq(want.lines()),
            "{runtime} {name}: {stream} differs from {}:\n{got}",
            path.display()
        );
    }
}

/// `--profile` for a Sightglass program: `reps` runs on one side, each
/// reported with `report`. Returns false if `name` is not a program.
pub fn profile(
    opts: &Options,
    runtime: &str,
    name: &str,
    report: impl Fn(usize, Duration),
) -> bool {
    let Some(&(folder, _)) = PROGRAMS.iter().find(|(_, n)| *n == name) else {
        return false;
    };
    let (dir, wasm) = program(opts, folder, name);
    match runtime {
        "wasmrt" => {
            let e = wasmrt_side::engine(true);
            let (l, m) = (
                wasmrt_side::sightglass_linker(&e),
                wasmrt_side::compile(&e, &wasm),
            );
            for i in 0..opts.reps {
                report(i, wasmrt_side::sightglass(&l, &m, name, &dir).measured);
            }
        }
        "wasmtime" => {
            let e = wasmtime_side::engine(true);
            let (l, m) = (
                wasmtime_side::sightglass_linker(&e),
                wasmtime_side::compile(&e, &wasm),
            );
            for i in 0..opts.reps {
                report(i, wasmtime_side::sightglass(&l, &m, name, &dir).measured);
            }
        }
        _ => crate::usage(),
    }
    true
}
