//! wasmrt against wasmtime and native code, side by side in one process.
//!
//! `cargo run --release --manifest-path benches/Cargo.toml` runs every
//! measurement and prints one Markdown table (see `README.md`). Both
//! runtimes run the same harness code (`harness.rs`, included once per
//! runtime), alternating repetition by repetition; each row is the median.

mod capi;
mod sightglass;
mod sysinfo;
mod table;
mod wasi_wasmrt;
mod wasi_wasmtime;

use std::path::PathBuf;
use std::time::Duration;
use table::{Row, Unit};

/// The harness on wasmrt.
mod wasmrt_side {
    use crate::wasi_wasmrt as wasi_side;
    use wasmrt as rt;
    include!("harness.rs");
}

/// The same harness on wasmtime.
mod wasmtime_side {
    use crate::wasi_wasmtime as wasi_side;
    use wasmtime as rt;
    include!("harness.rs");
}

/// Host state of every store: the `bench.start`/`bench.end` timer and,
/// for the Sightglass programs, the runtime's WASI context `W`.
pub struct Host<W> {
    started: Option<std::time::Instant>,
    measured: Duration,
    wasi: Option<W>,
}

impl<W> Default for Host<W> {
    fn default() -> Self {
        Host {
            started: None,
            measured: Duration::ZERO,
            wasi: None,
        }
    }
}

/// Resident set size of this process in bytes (from /proc/self/statm).
pub fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("read /proc/self/statm");
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .expect("statm's second field is the resident page count");
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    pages * page as u64
}

/// A compute kernel from `workloads/`: its wasm build and native build.
struct Kernel {
    name: &'static str,
    wasm: &'static [u8],
    native: unsafe extern "C" fn() -> u64,
}

macro_rules! kernels {
    ($($name:ident => $symbol:ident),* $(,)?) => {
        mod native {
            unsafe extern "C" {
                $(pub fn $symbol() -> u64;)*
            }
        }
        const KERNELS: &[Kernel] = &[$(Kernel {
            name: stringify!($name),
            wasm: include_bytes!(concat!(env!("OUT_DIR"), "/", stringify!($name), ".wasm")),
            native: native::$symbol,
        }),*];
    };
}

// Kernel name (`workloads/<name>.c`) => its native symbol (see build.rs).
kernels!(
    fib => fib_run,
    sieve => sieve_run,
    matmul => matmul_run,
    crc32 => crc32_run,
    sha256 => sha256_run,
    quicksort => quicksort_run,
    nbody => nbody_run,
);

/// The two sides of most rows.
const RUNTIMES: [&str; 2] = ["wasmrt", "wasmtime"];

/// Run-time options.
struct Options {
    /// Repetitions of each execution measurement.
    reps: usize,
    /// Where `sightglass/` lives.
    bench_dir: PathBuf,
    /// Groups and kernel/shootout names to run (all when `None`).
    only: Option<Vec<String>>,
}

impl Options {
    /// Whether row `name` of `group` is selected.
    fn wants(&self, group: &str, name: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|o| o.iter().any(|x| x == group || x == name))
    }

    /// Whether any row of `group` (whose rows are `names`) is selected.
    fn wants_group(&self, group: &str, names: &[&str]) -> bool {
        names.is_empty() && self.wants(group, group) || names.iter().any(|n| self.wants(group, n))
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Timings of several sides, repetition by repetition.
struct Samples<const N: usize> {
    by_rep: [Vec<Duration>; N],
}

impl<const N: usize> Samples<N> {
    /// The median of side `side`.
    fn median(&self, side: usize) -> Duration {
        median(self.by_rep[side].clone())
    }

    /// The median over repetitions of `a`'s time over `b`'s in the same
    /// repetition. The two ran back to back, so a phase in which the
    /// machine runs slow weighs on both sides of each ratio; a ratio of
    /// medians could pair a fast phase of one side with a slow one of the
    /// other.
    fn ratio(&self, a: usize, b: usize) -> f64 {
        let mut ratios: Vec<f64> = self.by_rep[a]
            .iter()
            .zip(&self.by_rep[b])
            .map(|(x, y)| x.as_secs_f64() / y.as_secs_f64())
            .collect();
        ratios.sort_by(f64::total_cmp);
        ratios[ratios.len() / 2]
    }
}

/// Runs `f(side)` `reps` times for each side, rotating which side goes
/// first. Every sample goes to stderr, so the spread behind a median can
/// be read.
fn alternate<const N: usize>(
    label: &str,
    sides: [&str; N],
    reps: usize,
    mut f: impl FnMut(usize) -> Duration,
) -> Samples<N> {
    let mut by_rep: [Vec<Duration>; N] = std::array::from_fn(|_| Vec::with_capacity(reps));
    for rep in 0..reps {
        for k in 0..N {
            let side = (rep + k) % N;
            by_rep[side].push(f(side));
        }
    }
    for (side, s) in sides.iter().zip(&by_rep) {
        let list: Vec<String> = s.iter().map(|d| format!("{:.4}", ms(*d))).collect();
        eprintln!("  {label}, {side}, ms: {}", list.join(" "));
    }
    Samples { by_rep }
}

/// Repetitions for an execution row whose one run takes about `once`:
/// at least `--reps`, more (up to 5×) for short runs, so that every side
/// gets about a second of samples.
fn execution_reps(opts: &Options, once: Duration) -> usize {
    let wanted = (1.0 / once.as_secs_f64().max(1e-6)).ceil() as usize;
    wanted.clamp(opts.reps, opts.reps * 5)
}

fn kernels(opts: &Options, rows: &mut Vec<Row>) {
    let (e1, e2) = (wasmrt_side::engine(true), wasmtime_side::engine(true));
    for k in KERNELS {
        let name = k.name;
        if !opts.wants("kernel", name) {
            continue;
        }
        eprintln!("kernel {name}");
        let mut a = wasmrt_side::Kernel::new(&e1, &wasmrt_side::compile(&e1, k.wasm));
        let mut b = wasmtime_side::Kernel::new(&e2, &wasmtime_side::compile(&e2, k.wasm));
        // SAFETY: the kernels are self-contained C functions without arguments.
        let native = || unsafe { (k.native)() };
        // Warm up (first-touch page faults, lazily made trampolines) and
        // check that all three agree.
        let expected = native();
        let (sum_a, once) = a.run();
        let (sum_b, _) = b.run();
        assert_eq!(
            sum_a, expected,
            "{name}: wasmrt's checksum differs from native"
        );
        assert_eq!(
            sum_b, expected,
            "{name}: wasmtime's checksum differs from native"
        );
        let reps = execution_reps(opts, once);
        let sides = ["wasmrt", "wasmtime", "native"];
        let t = alternate(name, sides, reps, |side| match side {
            0 => checked(name, expected, a.run()),
            1 => checked(name, expected, b.run()),
            _ => {
                let start = std::time::Instant::now();
                let sum = native();
                checked(name, expected, (sum, start.elapsed()))
            }
        });
        rows.push(Row {
            group: "kernel",
            name: name.into(),
            unit: Unit::Ms,
            wasmrt: ms(t.median(0)),
            wasmtime: ms(t.median(1)),
            native: Some(ms(t.median(2))),
            ratio: t.ratio(0, 1),
            native_ratio: Some(t.ratio(0, 2)),
            target: 1.10,
        });
    }
}

fn checked(name: &str, expected: u64, (sum, time): (u64, Duration)) -> Duration {
    assert_eq!(sum, expected, "{name}: checksum changed between runs");
    time
}

fn read(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e} (set WASMRT_BENCH_DIR to the folder holding sightglass/)",
            path.display()
        )
    })
}

fn compile(opts: &Options, rows: &mut Vec<Row>) {
    let small = opts
        .bench_dir
        .join("sightglass/shootout/shootout-heapsort.wasm");
    let sqlite = opts.bench_dir.join("sightglass/sqlite3/sqlite3.wasm");
    for (label, path, reps) in [("small (heapsort)", &small, 31), ("sqlite3", &sqlite, 3)] {
        let wasm = read(path);
        let mb = wasm.len() as f64 / 1e6;
        for parallel in [true, false] {
            let mode = if parallel { "parallel" } else { "1 thread" };
            eprintln!("compile {label}, {mode}");
            let (e1, e2) = (
                wasmrt_side::engine(parallel),
                wasmtime_side::engine(parallel),
            );
            // Warm up: thread pools, type registries, allocator.
            wasmrt_side::compile_time(&e1, &wasm);
            wasmtime_side::compile_time(&e2, &wasm);
            let t = alternate(
                &format!("{label}, {mode}"),
                RUNTIMES,
                reps,
                |side| match side {
                    0 => wasmrt_side::compile_time(&e1, &wasm),
                    _ => wasmtime_side::compile_time(&e2, &wasm),
                },
            );
            rows.push(Row {
                group: "compile",
                name: format!("{label} {:.0} KB, {mode}", mb * 1e3),
                unit: Unit::MbPerS,
                wasmrt: mb / t.median(0).as_secs_f64(),
                wasmtime: mb / t.median(1).as_secs_f64(),
                native: None,
                ratio: t.ratio(0, 1),
                native_ratio: None,
                target: 1.3,
            });
        }
    }
}

/// A module with one memory page, data segments, a table with an element
/// segment, globals and a few functions: the instantiation and memory
/// workload.
const SMALL_MODULE: &str = r#"
(module
  (memory (export "memory") 1)
  (table 4 funcref)
  (global $counter (mut i32) (i32.const 0))
  (data (i32.const 0) "wasmrt benchmark: data segment one, a short greeting and some bytes")
  (data (i32.const 1024) "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17")
  (data (i32.const 2048) "a third segment, further into the page")
  (elem (i32.const 0) $one $two $one $two)
  (func $one (result i32) i32.const 1)
  (func $two (result i32) i32.const 2)
  (func (export "bump") (result i32)
    global.get $counter
    i32.const 1
    i32.add
    global.set $counter
    global.get $counter)
  (func (export "load") (param i32) (result i32)
    local.get 0
    i32.load)
)
"#;

/// A no-op export, and an export calling a no-op host function `n` times.
const CALLS_MODULE: &str = r#"
(module
  (import "host" "nop" (func $host_nop))
  (func (export "nop"))
  (func (export "call_host") (param $n i32)
    (loop $again
      call $host_nop
      local.get $n
      i32.const 1
      i32.sub
      local.tee $n
      br_if $again))
)
"#;

/// What sqlite3's `sqlite3_libversion_number` returns, on wasmtime.
fn sqlite3_version(wasm: &[u8]) -> i32 {
    let engine = wasmtime::Engine::default();
    let module = wasmtime::Module::new(&engine, wasm).expect("sqlite3 compiles");
    let mut store = wasmtime::Store::new(&engine, ());
    let mut linker = wasmtime::Linker::new(&engine);
    linker
        .define_unknown_imports_as_traps(&module)
        .expect("stub imports");
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    instance
        .get_typed_func::<(), i32>(&mut store, "sqlite3_libversion_number")
        .expect("export")
        .call(&mut store, ())
        .expect("call")
}

/// A precompiled sqlite3 loaded from a file, instantiated and called once
/// (`sqlite3_libversion_number`), as a plugin host starts a module.
fn precompiled(opts: &Options, rows: &mut Vec<Row>) {
    eprintln!("precompiled");
    let wasm = read(&opts.bench_dir.join("sightglass/sqlite3/sqlite3.wasm"));
    let dir = std::env::temp_dir().join(format!("wasmrt-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let (p1, p2) = (
        dir.join("sqlite3-wasmrt.cwasm"),
        dir.join("sqlite3-wasmtime.cwasm"),
    );
    let (e1, e2) = (wasmrt_side::engine(true), wasmtime_side::engine(true));
    wasmrt_side::precompile_to(&e1, &wasm, &p1);
    wasmtime_side::precompile_to(&e2, &wasm, &p2);
    let (l1, l2) = (
        wasmrt_side::sightglass_linker(&e1),
        wasmtime_side::sightglass_linker(&e2),
    );
    // sqlite 3.x's version number.
    let version = 3_000_000..4_000_000;
    let expected = sqlite3_version(&wasm);
    assert!(version.contains(&expected), "sqlite3 version {expected}");
    let name = "sqlite3_libversion_number";
    wasmrt_side::precompiled_start_time(&l1, &p1, name, expected);
    wasmtime_side::precompiled_start_time(&l2, &p2, name, expected);
    let t = alternate(
        "sqlite3 from a precompiled file",
        RUNTIMES,
        opts.reps * 5,
        |side| match side {
            0 => wasmrt_side::precompiled_start_time(&l1, &p1, name, expected),
            _ => wasmtime_side::precompiled_start_time(&l2, &p2, name, expected),
        },
    );
    let _ = std::fs::remove_dir_all(&dir);
    rows.push(Row {
        group: "precompiled",
        name: "sqlite3: deserialize_file + instantiate + call".into(),
        unit: Unit::Us,
        wasmrt: t.median(0).as_secs_f64() * 1e6,
        wasmtime: t.median(1).as_secs_f64() * 1e6,
        native: None,
        ratio: t.ratio(0, 1),
        native_ratio: None,
        target: 1.0,
    });
}

fn instantiate(opts: &Options, rows: &mut Vec<Row>) {
    eprintln!("instantiate");
    let wasm = wat::parse_str(SMALL_MODULE).expect("valid WAT");
    let (e1, e2) = (wasmrt_side::engine(true), wasmtime_side::engine(true));
    let (m1, m2) = (
        wasmrt_side::compile(&e1, &wasm),
        wasmtime_side::compile(&e2, &wasm),
    );
    let batch = 200;
    wasmrt_side::instantiate_time(&e1, &m1, batch);
    wasmtime_side::instantiate_time(&e2, &m2, batch);
    let label = format!("{batch} instantiations");
    let t = alternate(&label, RUNTIMES, opts.reps * 3, |side| match side {
        0 => wasmrt_side::instantiate_time(&e1, &m1, batch),
        _ => wasmtime_side::instantiate_time(&e2, &m2, batch),
    });
    rows.push(Row {
        group: "instantiate",
        name: "1 page, 3 data segments, table + elems".into(),
        unit: Unit::Us,
        wasmrt: t.median(0).as_secs_f64() * 1e6 / f64::from(batch),
        wasmtime: t.median(1).as_secs_f64() * 1e6 / f64::from(batch),
        native: None,
        ratio: t.ratio(0, 1),
        native_ratio: None,
        target: 1.5,
    });
    // Store + instance + drop, on demand and pooled; the pools are the
    // engines' (wasmtime's defaults but for the slot counts).
    let (p1, p2) = (
        wasmrt_side::pooled_engine(100),
        wasmtime_side::pooled_engine(100),
    );
    let (pm1, pm2) = (
        wasmrt_side::compile(&p1, &wasm),
        wasmtime_side::compile(&p2, &wasm),
    );
    let cycles = 1000;
    type Side<'a> = (
        &'a wasmrt::Engine,
        &'a wasmrt::Module,
        &'a wasmtime::Engine,
        &'a wasmtime::Module,
    );
    let cases: [(&str, Side); 2] = [
        (
            "new store + instantiate + drop, on demand",
            (&e1, &m1, &e2, &m2),
        ),
        (
            "new store + instantiate + drop, pooling",
            (&p1, &pm1, &p2, &pm2),
        ),
    ];
    for (name, (ea, ma, eb, mb)) in cases {
        wasmrt_side::instantiate_and_drop_time(ea, ma, cycles);
        wasmtime_side::instantiate_and_drop_time(eb, mb, cycles);
        let label = format!("{cycles} × {name}");
        let t = alternate(&label, RUNTIMES, opts.reps * 3, |side| match side {
            0 => wasmrt_side::instantiate_and_drop_time(ea, ma, cycles),
            _ => wasmtime_side::instantiate_and_drop_time(eb, mb, cycles),
        });
        rows.push(Row {
            group: "instantiate",
            name: name.into(),
            unit: Unit::Us,
            wasmrt: t.median(0).as_secs_f64() * 1e6 / f64::from(cycles),
            wasmtime: t.median(1).as_secs_f64() * 1e6 / f64::from(cycles),
            native: None,
            ratio: t.ratio(0, 1),
            native_ratio: None,
            target: 0.9,
        });
    }
}

fn calls(opts: &Options, rows: &mut Vec<Row>) {
    eprintln!("calls");
    let wasm = wat::parse_str(CALLS_MODULE).expect("valid WAT");
    let (e1, e2) = (wasmrt_side::engine(true), wasmtime_side::engine(true));
    let mut a = wasmrt_side::Calls::new(&e1, &wasmrt_side::compile(&e1, &wasm));
    let mut b = wasmtime_side::Calls::new(&e2, &wasmtime_side::compile(&e2, &wasm));
    let n = 1_000_000;
    let ns = |d: Duration| d.as_secs_f64() * 1e9 / f64::from(n);
    type Kind = (
        &'static str,
        fn(&mut wasmrt_side::Calls, u32) -> Duration,
        fn(&mut wasmtime_side::Calls, u32) -> Duration,
    );
    let kinds: [Kind; 3] = [
        (
            "host→wasm, TypedFunc::call",
            wasmrt_side::Calls::typed,
            wasmtime_side::Calls::typed,
        ),
        (
            "host→wasm, Func::call",
            wasmrt_side::Calls::untyped,
            wasmtime_side::Calls::untyped,
        ),
        (
            "wasm→host, Func::wrap",
            wasmrt_side::Calls::wasm_to_host,
            wasmtime_side::Calls::wasm_to_host,
        ),
    ];
    for (name, fa, fb) in kinds {
        fa(&mut a, n / 10);
        fb(&mut b, n / 10);
        let label = format!("{n} calls, {name}");
        let t = alternate(&label, RUNTIMES, opts.reps, |side| match side {
            0 => fa(&mut a, n),
            _ => fb(&mut b, n),
        });
        rows.push(Row {
            group: "call",
            name: name.into(),
            unit: Unit::Ns,
            wasmrt: ns(t.median(0)),
            wasmtime: ns(t.median(1)),
            native: None,
            ratio: t.ratio(0, 1),
            native_ratio: None,
            target: 1.5,
        });
    }
}

/// The C-API rows: row name in `capi/capi_bench.c`, row name in the table.
const CAPI_ROWS: &[(&str, &str)] = &[
    ("call-nop", "host→wasm, no-op, func_call"),
    (
        "call-unchecked-nop",
        "host→wasm, no-op, func_call_unchecked",
    ),
    ("call-add", "host→wasm, add(i32, i32), func_call"),
    (
        "call-unchecked-add",
        "host→wasm, add(i32, i32), func_call_unchecked",
    ),
    ("host-callback", "wasm→host, func_new callback"),
];

/// Call overhead through the C APIs: one child process per row, repetition
/// and runtime, each timing its own calls (see `capi.rs`).
fn capi(opts: &Options, rows: &mut Vec<Row>) {
    eprintln!("capi");
    let programs = capi::Programs::build();
    let n = 1_000_000;
    for (row, name) in CAPI_ROWS {
        let label = format!("{n} calls, C API {name}");
        let t = alternate(&label, RUNTIMES, opts.reps, |side| {
            let program = [&programs.wasmrt, &programs.wasmtime][side];
            capi::measure(program, row, n)
        });
        let ns = |d: Duration| d.as_secs_f64() * 1e9 / f64::from(n);
        rows.push(Row {
            group: "capi",
            name: (*name).into(),
            unit: Unit::Ns,
            wasmrt: ns(t.median(0)),
            wasmtime: ns(t.median(1)),
            native: None,
            ratio: t.ratio(0, 1),
            native_ratio: None,
            target: 1.0,
        });
    }
}

/// Instances live at once in the memory measurement, on demand.
const LIVE_INSTANCES: u32 = 1000;
/// Instances live at once in the pooled memory measurement.
const LIVE_POOLED_INSTANCES: u32 = 10_000;

/// In a child process: the resident bytes `LIVE_INSTANCES` instances of
/// the small module add under runtime `which` (`wasmrt` or `wasmtime`), in
/// one store; with `-pooling` appended, `LIVE_POOLED_INSTANCES` from pools,
/// a store each. Printed on stdout.
fn memory_child(which: &str) {
    let wasm = wat::parse_str(SMALL_MODULE).expect("valid WAT");
    let n = LIVE_POOLED_INSTANCES;
    let bytes = match which {
        "wasmrt" => {
            let e = wasmrt_side::engine(true);
            let m = wasmrt_side::compile(&e, &wasm);
            wasmrt_side::resident_for_instances(&e, &m, LIVE_INSTANCES)
        }
        "wasmtime" => {
            let e = wasmtime_side::engine(true);
            let m = wasmtime_side::compile(&e, &wasm);
            wasmtime_side::resident_for_instances(&e, &m, LIVE_INSTANCES)
        }
        "wasmrt-pooling" => {
            let e = wasmrt_side::pooled_engine(n);
            let m = wasmrt_side::compile(&e, &wasm);
            wasmrt_side::resident_for_stores(&e, &m, n)
        }
        "wasmtime-pooling" => {
            let e = wasmtime_side::pooled_engine(n);
            let m = wasmtime_side::compile(&e, &wasm);
            wasmtime_side::resident_for_stores(&e, &m, n)
        }
        other => panic!("unknown runtime {other}"),
    };
    println!("{bytes}");
}

/// Resident memory per runtime, each measured in its own child process:
/// on demand, then pooled.
fn memory(rows: &mut Vec<Row>) {
    eprintln!("memory");
    let exe = std::env::current_exe().expect("own executable");
    let measure = |which: &str| -> u64 {
        let out = std::process::Command::new(&exe)
            .args(["--memory-child", which])
            .output()
            .expect("run memory child");
        assert!(
            out.status.success(),
            "memory child for {which} failed: {out:?}"
        );
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .expect("child prints a byte count")
    };
    let cases = [
        ("", format!("RSS of {LIVE_INSTANCES} live instances"), 1.5),
        (
            "-pooling",
            format!("RSS of {LIVE_POOLED_INSTANCES} live pooled instances, a store each"),
            1.0,
        ),
    ];
    for (suffix, name, target) in cases {
        let mut samples: [Vec<u64>; 2] = Default::default();
        for rep in 0..3 {
            for k in 0..2 {
                let side = (rep + k) % 2;
                samples[side].push(measure(&format!("{}{suffix}", RUNTIMES[side])));
            }
        }
        for (side, s) in RUNTIMES.iter().zip(&mut samples) {
            s.sort();
            eprintln!("  resident bytes, {side}{suffix}: {s:?}");
        }
        let [ta, tb] = samples.map(|s| s[s.len() / 2]);
        let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
        rows.push(Row {
            group: "memory",
            name,
            unit: Unit::MiB,
            wasmrt: mib(ta),
            wasmtime: mib(tb),
            native: None,
            ratio: ta as f64 / tb as f64,
            native_ratio: None,
            target,
        });
    }
}

/// `--profile`: runs one kernel or Sightglass program `--reps` times on one
/// side only, printing each time, for `perf record` or
/// `valgrind --tool=callgrind` to look at without the other runtime.
fn profile_one(opts: &Options, runtime: &str, name: &str) {
    let report = |i: usize, t: Duration| eprintln!("{runtime} {name} run {i}: {:.6} ms", ms(t));
    if let Some(k) = KERNELS.iter().find(|k| k.name == name) {
        let mut run: Box<dyn FnMut() -> Duration> = match runtime {
            "wasmrt" => {
                let e = wasmrt_side::engine(true);
                let mut kernel = wasmrt_side::Kernel::new(&e, &wasmrt_side::compile(&e, k.wasm));
                Box::new(move || kernel.run().1)
            }
            "wasmtime" => {
                let e = wasmtime_side::engine(true);
                let mut kernel =
                    wasmtime_side::Kernel::new(&e, &wasmtime_side::compile(&e, k.wasm));
                Box::new(move || kernel.run().1)
            }
            "native" => Box::new(|| {
                let start = std::time::Instant::now();
                // SAFETY: the kernels are self-contained C functions.
                std::hint::black_box(unsafe { (k.native)() });
                start.elapsed()
            }),
            _ => usage(),
        };
        for i in 0..opts.reps {
            report(i, run());
        }
    } else if let Some(pooled) = match name {
        "instantiate" => Some(false),
        "instantiate-pooling" => Some(true),
        _ => None,
    } {
        // 100,000 store + instantiate + drop cycles of the small module.
        let wasm = wat::parse_str(SMALL_MODULE).expect("valid WAT");
        let n = 100_000;
        let mut run: Box<dyn FnMut() -> Duration> = match runtime {
            "wasmrt" => {
                let e = match pooled {
                    true => wasmrt_side::pooled_engine(100),
                    false => wasmrt_side::engine(true),
                };
                let m = wasmrt_side::compile(&e, &wasm);
                Box::new(move || wasmrt_side::instantiate_and_drop_time(&e, &m, n))
            }
            "wasmtime" => {
                let e = match pooled {
                    true => wasmtime_side::pooled_engine(100),
                    false => wasmtime_side::engine(true),
                };
                let m = wasmtime_side::compile(&e, &wasm);
                Box::new(move || wasmtime_side::instantiate_and_drop_time(&e, &m, n))
            }
            _ => usage(),
        };
        for i in 0..opts.reps {
            report(i, run());
        }
    } else if name == "wasm-to-host" {
        // 10,000,000 calls of a no-op `Func::wrap` host function from wasm.
        let wasm = wat::parse_str(CALLS_MODULE).expect("valid WAT");
        let n = 10_000_000;
        let mut run: Box<dyn FnMut() -> Duration> = match runtime {
            "wasmrt" => {
                let e = wasmrt_side::engine(true);
                let mut calls = wasmrt_side::Calls::new(&e, &wasmrt_side::compile(&e, &wasm));
                Box::new(move || calls.wasm_to_host(n))
            }
            "wasmtime" => {
                let e = wasmtime_side::engine(true);
                let mut calls = wasmtime_side::Calls::new(&e, &wasmtime_side::compile(&e, &wasm));
                Box::new(move || calls.wasm_to_host(n))
            }
            _ => usage(),
        };
        for i in 0..opts.reps {
            report(i, run());
        }
    } else if name == "precompiled-sqlite3" {
        // 200 loads of a precompiled sqlite3, each instantiated and called.
        let wasm = read(&opts.bench_dir.join("sightglass/sqlite3/sqlite3.wasm"));
        let path =
            std::env::temp_dir().join(format!("wasmrt-profile-{}.cwasm", std::process::id()));
        let f = "sqlite3_libversion_number";
        let mut run: Box<dyn FnMut() -> Duration> = match runtime {
            "wasmrt" => {
                let e = wasmrt_side::engine(true);
                wasmrt_side::precompile_to(&e, &wasm, &path);
                let l = wasmrt_side::sightglass_linker(&e);
                let (p, want) = (path.clone(), sqlite3_version(&wasm));
                Box::new(move || {
                    (0..200)
                        .map(|_| wasmrt_side::precompiled_start_time(&l, &p, f, want))
                        .sum()
                })
            }
            "wasmtime" => {
                let e = wasmtime_side::engine(true);
                wasmtime_side::precompile_to(&e, &wasm, &path);
                let l = wasmtime_side::sightglass_linker(&e);
                let (p, want) = (path.clone(), sqlite3_version(&wasm));
                Box::new(move || {
                    (0..200)
                        .map(|_| wasmtime_side::precompiled_start_time(&l, &p, f, want))
                        .sum()
                })
            }
            _ => usage(),
        };
        for i in 0..opts.reps {
            report(i, run());
        }
        let _ = std::fs::remove_file(&path);
    } else if !sightglass::profile(opts, runtime, name, report) {
        usage()
    }
}

fn usage() -> ! {
    eprintln!(
        "usage: wasmrt-benches [--reps N] [--only GROUP|NAME[,...]]\n\
         \x20      wasmrt-benches --profile wasmrt|wasmtime|native NAME [--reps N]\n\
         \x20      wasmrt-benches --precompile wasmrt|wasmtime PROGRAM FILE\n\
         groups: kernel, sightglass, compile, instantiate, precompiled, call, memory, capi;\n\
         names: a kernel (fib, sieve, ...), a Sightglass program\n\
         \x20      (shootout-gimli, libsodium-box, sqlite3, ...), instantiate or\n\
         \x20      instantiate-pooling (100,000 store + instance + drop cycles),\n\
         \x20      precompiled-sqlite3 (200 loads), or wasm-to-host (10,000,000 calls\n\
         \x20      of a no-op host function from wasm)\n\
         WASMRT_BENCH_DIR: folder holding sightglass/ (default: ../shared/bench \
         beside the repository)"
    );
    std::process::exit(2)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut reps = 5;
    let mut only: Option<Vec<String>> = None;
    let mut profile = None;
    let mut precompile = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--memory-child" => {
                memory_child(&args.next().unwrap_or_else(|| usage()));
                return;
            }
            "--profile" => {
                let runtime = args.next().unwrap_or_else(|| usage());
                let name = args.next().unwrap_or_else(|| usage());
                profile = Some((runtime, name));
            }
            "--precompile" => {
                let runtime = args.next().unwrap_or_else(|| usage());
                let name = args.next().unwrap_or_else(|| usage());
                let out = PathBuf::from(args.next().unwrap_or_else(|| usage()));
                precompile = Some((runtime, name, out));
            }
            "--reps" => {
                reps = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .unwrap_or_else(|| usage())
            }
            "--only" => {
                only = Some(
                    args.next()
                        .unwrap_or_else(|| usage())
                        .split(',')
                        .map(str::to_string)
                        .collect(),
                )
            }
            _ => usage(),
        }
    }
    let bench_dir = std::env::var_os("WASMRT_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/bench"))
        });
    let opts = Options {
        reps,
        bench_dir,
        only,
    };
    if let Some((runtime, name, out)) = precompile {
        if !sightglass::precompile(&opts, &runtime, &name, &out) {
            usage()
        }
        return;
    }
    if let Some((runtime, name)) = profile {
        profile_one(&opts, &runtime, &name);
        return;
    }
    let kernel_names: Vec<&str> = KERNELS.iter().map(|k| k.name).collect();
    let wanted = |group: &str| match group {
        "kernel" => opts.wants_group(group, &kernel_names),
        "sightglass" => opts.wants_group(group, &sightglass::names()),
        _ => opts.wants_group(group, &[]),
    };

    let mut rows = Vec::new();
    if wanted("kernel") {
        kernels(&opts, &mut rows);
    }
    if wanted("sightglass") {
        sightglass::rows(&opts, &mut rows);
    }
    if wanted("compile") {
        compile(&opts, &mut rows);
    }
    if wanted("instantiate") {
        instantiate(&opts, &mut rows);
    }
    if wanted("precompiled") {
        precompiled(&opts, &mut rows);
    }
    if wanted("call") {
        calls(&opts, &mut rows);
    }
    if wanted("memory") {
        memory(&mut rows);
    }
    if wanted("capi") {
        capi(&opts, &mut rows);
    }

    println!("Date: {}  ", sysinfo::today());
    println!("Machine: {}  ", sysinfo::machine());
    println!("Versions: {}  ", sysinfo::versions());
    println!(
        "Repetitions: medians of at least {reps} alternating runs per row (more for short \
         runs; every sample is printed on stderr)\n"
    );
    print!("{}", table::render(&rows));
    let missed: Vec<&str> = rows
        .iter()
        .filter(|r| !r.meets_target())
        .map(|r| r.name.as_str())
        .collect();
    if missed.is_empty() {
        println!("\nEvery target met.");
    } else {
        println!("\nTargets missed: {}.", missed.join(", "));
    }
}
