//! The differential-fuzzing driver.
//!
//! `diff --seeds START..END [--simd] [--jobs N] [--batch K] [--corpus DIR]`
//! runs the seeds in batches, each batch in a child process (this binary
//! again, with `--child`), `--jobs` children at a time. A child that dies
//! (signal, abort) or stops answering has its current seed reported as a
//! crash and saved, and the batch goes on in a new child from the next
//! seed. Every divergence and crash is written to the corpus folder as
//! `<seed>.wasm`, `<seed>.wat` and `<seed>.txt` (what differed, and how to
//! reproduce it). Progress is printed per batch; the last line is
//! `N passed, N failed`, and the exit status is 1 if anything failed.
//!
//! A crash of a module that has an instruction wasmi is known to
//! mistranslate (`wasmrt_fuzz::known_bugs`) is retried in a child without
//! wasmi (`--no-wasmi`): if wasmrt and wasmtime then agree, the crash is
//! wasmi's own and is counted and saved as such but not as a failure.
//! Every other crash is a failure.
//!
//! `diff --seed S [--simd] [--no-wasmi] [--wat]` runs one seed in this
//! process and prints its report (and with `--wat`, the module).
//!
//! `diff --shrink S [--simd] [--no-wasmi]` shrinks a failing seed's module
//! (see `wasmrt_fuzz::shrink`) while it keeps failing with a divergence of
//! the same class, and writes it as `<seed>.min.wasm` and `.min.wat` in the
//! corpus folder. Each candidate runs in a child (`--run-module FILE
//! --seed S`) with a time limit.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use wasmrt_fuzz::driver::{Crash, Fuzzer, child_loop, parse_range, run_all};
use wasmrt_fuzz::generate::generate;
use wasmrt_fuzz::known_bugs::{known_wasmi_bug, known_wasmi_panic};
use wasmrt_fuzz::oracle::{Engines, Report, divergence_class, run_module, run_seed};
use wasmrt_fuzz::shrink::shrink;

struct Args {
    seeds: Range<u64>,
    simd: bool,
    jobs: usize,
    batch: u64,
    corpus: PathBuf,
    child: bool,
    one: Option<u64>,
    shrink: Option<u64>,
    run_module: Option<PathBuf>,
    wat: bool,
    no_wasmi: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        seeds: 0..1000,
        simd: false,
        jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
        batch: 100,
        corpus: Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        child: false,
        one: None,
        shrink: None,
        run_module: None,
        wat: false,
        no_wasmi: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--seeds" => args.seeds = parse_range(&value("--seeds")?)?,
            "--child" => {
                args.seeds = parse_range(&value("--child")?)?;
                args.child = true;
            }
            "--seed" => {
                args.one = Some(
                    value("--seed")?
                        .parse()
                        .map_err(|e| format!("--seed: {e}"))?,
                )
            }
            "--run-module" => args.run_module = Some(PathBuf::from(value("--run-module")?)),
            "--shrink" => {
                args.shrink = Some(
                    value("--shrink")?
                        .parse()
                        .map_err(|e| format!("--shrink: {e}"))?,
                )
            }
            "--simd" => args.simd = true,
            "--wat" => args.wat = true,
            "--no-wasmi" => args.no_wasmi = true,
            "--jobs" => {
                args.jobs = value("--jobs")?
                    .parse()
                    .map_err(|e| format!("--jobs: {e}"))?
            }
            "--batch" => {
                args.batch = value("--batch")?
                    .parse()
                    .map_err(|e| format!("--batch: {e}"))?
            }
            "--corpus" => args.corpus = PathBuf::from(value("--corpus")?),
            "-h" | "--help" => {
                println!(
                    "usage: diff --seeds START..END [--simd] [--jobs N] [--batch K] [--corpus DIR]\n       diff --seed S [--simd] [--no-wasmi] [--wat]\n       diff --shrink S [--simd] [--no-wasmi]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    args.jobs = args.jobs.max(1);
    args.batch = args.batch.max(1);
    Ok(args)
}

/// The last panic's message and place, recorded by the panic hook so that a
/// caught panic can be reported with its location.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn new_engines(simd: bool, no_wasmi: bool) -> Engines {
    if no_wasmi {
        Engines::without_wasmi(simd)
    } else {
        Engines::new(simd)
    }
}

fn run_seed_catching(seed: u64, args: &Args, engines: &mut Option<Engines>) -> Report {
    let simd = args.simd;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_seed(
            seed,
            engines.get_or_insert_with(|| new_engines(simd, args.no_wasmi)),
        )
    }));
    match result {
        Ok(r) => r,
        Err(_) => {
            // The engines may be left in any state: make new ones.
            *engines = None;
            let msg = LAST_PANIC.lock().map(|m| m.clone()).unwrap_or_default();
            let wasm = generate(seed, simd).unwrap_or_default();
            let what = format!("panic: {msg}");
            // A known panic of wasmi's is excused when wasmrt and wasmtime
            // agree without it.
            if let Some(bug) = known_wasmi_panic(&wasm, &msg) {
                let without = std::panic::catch_unwind(|| {
                    run_seed(seed, &mut Engines::without_wasmi(simd)).divergence
                });
                if let Ok(None) = without {
                    return Report {
                        wasm,
                        wasmi_bug: Some((bug, what)),
                        ..Report::default()
                    };
                }
            }
            Report {
                wasm,
                divergence: Some(what),
                ..Report::default()
            }
        }
    }
}

/// Writes `<seed>.wasm`, `.wat` and `.txt` for a failed seed.
fn save(corpus: &Path, seed: u64, simd: bool, wasm: &[u8], what: &str) {
    let _ = std::fs::create_dir_all(corpus);
    let base = corpus.join(format!("{seed}{}", if simd { "-simd" } else { "" }));
    let _ = std::fs::write(base.with_extension("wasm"), wasm);
    if let Ok(wat) = wasmprinter::print_bytes(wasm) {
        let _ = std::fs::write(base.with_extension("wat"), wat);
    }
    let simd_flag = if simd { " --simd" } else { "" };
    let txt = format!(
        "seed {seed}{simd_flag}\n\n{what}\n\nreproduce: cargo run --release --manifest-path fuzz/Cargo.toml --bin diff -- --seed {seed}{simd_flag}\n"
    );
    let _ = std::fs::write(base.with_extension("txt"), txt);
}

/// Child mode: runs each seed, saving failures, and tells the parent:
/// `pass S STATS` or `fail S STATS FIRST-LINE`, where STATS are the
/// report's seven counts.
fn child(args: &Args) {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        eprintln!("{msg}");
        if let Ok(mut m) = LAST_PANIC.lock() {
            *m = msg;
        }
    }));
    let mut engines = None;
    child_loop(args.seeds.clone(), |seed| {
        let r = run_seed_catching(seed, args, &mut engines);
        let stats = format!(
            "{} {} {} {} {} {} {}",
            r.calls,
            r.stack_overflows,
            r.out_of_fuel,
            r.instantiation_failed as u8,
            r.trap_fuel_differs,
            r.startup_fuel_differs,
            r.wasmi_bug.is_some() as u8
        );
        if let Some((bug, d)) = &r.wasmi_bug {
            save(
                &args.corpus,
                seed,
                args.simd,
                &r.wasm,
                &format!("{d}\n\nexcused (not a failure): {bug}; see fuzz/src/known_bugs.rs"),
            );
        }
        match &r.divergence {
            None => (true, stats),
            Some(d) => {
                save(&args.corpus, seed, args.simd, &r.wasm, d);
                (false, format!("{stats} {d}"))
            }
        }
    });
}

#[derive(Default)]
struct Totals {
    passed: u64,
    failed: u64,
    crashed: u64,
    calls: u64,
    stack_overflows: u64,
    out_of_fuel: u64,
    inst_failed: u64,
    trap_fuel_differs: u64,
    startup_fuel_differs: u64,
    wasmi_crashes: u64,
    wasmi_bugs: u64,
}

/// Whether `seed` passes in a child without wasmi.
fn passes_without_wasmi(seed: u64, args: &Args) -> bool {
    let Ok(exe) = std::env::current_exe() else {
        return false;
    };
    let mut cmd = Command::new(exe);
    cmd.arg("--seed").arg(seed.to_string()).arg("--no-wasmi");
    if args.simd {
        cmd.arg("--simd");
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd.status().is_ok_and(|s| s.success())
}

/// The parent's side of a campaign: counts, and the crash rule.
struct DiffFuzzer<'a> {
    args: &'a Args,
    totals: Mutex<Totals>,
}

impl DiffFuzzer<'_> {
    fn simd_label(&self) -> &'static str {
        if self.args.simd { " (simd)" } else { "" }
    }
}

impl Fuzzer for DiffFuzzer<'_> {
    fn child_args(&self) -> Vec<String> {
        let mut v = vec![
            "--corpus".to_string(),
            self.args.corpus.display().to_string(),
        ];
        if self.args.simd {
            v.push("--simd".into());
        }
        v
    }

    fn answer(&self, seed: u64, passed: bool, rest: &str) {
        let mut words = rest.splitn(8, ' ');
        let mut num = || {
            words
                .next()
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or(0)
        };
        let mut t = self.totals.lock().unwrap();
        t.calls += num();
        t.stack_overflows += num();
        t.out_of_fuel += num();
        t.inst_failed += num();
        t.trap_fuel_differs += num();
        t.startup_fuel_differs += num();
        t.wasmi_bugs += num();
        if passed {
            t.passed += 1;
        } else {
            t.failed += 1;
            let first = words.next().unwrap_or("");
            println!("FAIL seed {seed}{}: {first}", self.simd_label());
        }
    }

    fn crash(&self, c: Crash) {
        let (seed, args) = (c.seed, self.args);
        let wasm = generate(seed, args.simd).unwrap_or_default();
        // Excused only when the module has an instruction wasmi is known
        // to get wrong and wasmrt and wasmtime agree without wasmi.
        // (wasmi compiles lazily, so its translator's known panic can
        // also come where it cannot unwind, and abort the child.)
        let known_bug = known_wasmi_bug(&wasm).or_else(|| known_wasmi_panic(&wasm, &c.stderr_tail));
        let wasmi_only = !c.hung && known_bug.is_some() && passes_without_wasmi(seed, args);
        let verdict = match known_bug {
            Some(bug) if wasmi_only => format!(
                "wasmi's crash: without wasmi, wasmrt and wasmtime agree on this seed, and {bug} (not counted as a failure)"
            ),
            _ => "a failure".to_string(),
        };
        save(
            &args.corpus,
            seed,
            args.simd,
            &wasm,
            &format!(
                "{}\n{verdict}\n\nstderr (last lines):\n{}",
                c.why, c.stderr_tail
            ),
        );
        let s = self.simd_label();
        let mut t = self.totals.lock().unwrap();
        t.crashed += 1;
        if wasmi_only {
            println!(
                "WASMI CRASH seed {seed}{s}: {}; wasmrt and wasmtime agree",
                c.why
            );
            t.wasmi_crashes += 1;
            t.passed += 1;
        } else {
            println!("CRASH seed {seed}{s}: {}", c.why);
            t.failed += 1;
        }
    }

    fn progress(
        &self,
        label: &str,
        batches_done: usize,
        batches: usize,
        elapsed: Duration,
    ) -> String {
        let t = self.totals.lock().unwrap();
        let done = t.passed + t.failed;
        let secs = elapsed.as_secs_f64();
        format!(
            "batch {label} done ({batches_done}/{batches}): {done}/{} seeds, {} passed, {} failed, {:.0} modules/s, {:.0} calls/s",
            self.args.seeds.end - self.args.seeds.start,
            t.passed,
            t.failed,
            done as f64 / secs,
            t.calls as f64 / secs
        )
    }
}

fn parent(args: Args) -> ExitCode {
    let start = Instant::now();
    let fuzzer = DiffFuzzer {
        args: &args,
        totals: Mutex::new(Totals::default()),
    };
    run_all(args.seeds.clone(), args.batch, args.jobs, &fuzzer);
    let t = fuzzer.totals.lock().unwrap();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "seeds {}..{}{}: {} modules in {secs:.1} s on {} jobs ({:.0} modules/s, {} calls per engine, {:.0} calls/s); {} crashed ({} of them wasmi's own); {} rounds cut short by stack overflow, {} rounds out of fuel, {} modules that fail to instantiate alike, {} traps after which wasmrt's and wasmtime's fuel differ and {} instantiations where wasmtime's startup function used more (not compared); {} divergences of wasmi alone excused by a known wasmi bug",
        args.seeds.start,
        args.seeds.end,
        if args.simd { " with SIMD" } else { "" },
        t.passed + t.failed,
        args.jobs,
        (t.passed + t.failed) as f64 / secs,
        t.calls,
        t.calls as f64 / secs,
        t.crashed,
        t.wasmi_crashes,
        t.stack_overflows,
        t.out_of_fuel,
        t.inst_failed,
        t.trap_fuel_differs,
        t.startup_fuel_differs,
        t.wasmi_bugs
    );
    println!("{} passed, {} failed", t.passed, t.failed);
    if t.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// How long a shrink candidate may run.
const CANDIDATE_TIMEOUT: Duration = Duration::from_secs(10);

/// The divergence of the module in `path` run with `seed`'s arguments, in
/// a child (`--run-module`); `None` if it passes, crashes or runs past
/// [`CANDIDATE_TIMEOUT`].
fn run_candidate(path: &Path, seed: u64, args: &Args) -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let mut cmd = Command::new(exe);
    cmd.arg("--run-module")
        .arg(path)
        .arg("--seed")
        .arg(seed.to_string());
    if args.simd {
        cmd.arg("--simd");
    }
    if args.no_wasmi {
        cmd.arg("--no-wasmi");
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() < CANDIDATE_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(2))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take()?, &mut out).ok()?;
    out.strip_prefix("divergence\n").map(str::to_string)
}

/// `--run-module FILE --seed S`: runs FILE as seed S's module would be run
/// and prints `divergence` and what diverged, if anything (the shrinker's
/// child).
fn run_module_file(path: &Path, seed: u64, args: &Args) -> ExitCode {
    let Ok(wasm) = std::fs::read(path) else {
        return ExitCode::from(2);
    };
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut m) = LAST_PANIC.lock() {
            *m = info.to_string();
        }
    }));
    let run = std::panic::catch_unwind(|| {
        let r = run_module(seed, wasm, &mut new_engines(args.simd, args.no_wasmi));
        r.divergence.or(r.wasmi_bug.map(|(_, d)| d))
    });
    let divergence = run.unwrap_or_else(|_| {
        let msg = LAST_PANIC.lock().map(|m| m.clone()).unwrap_or_default();
        Some(format!("panic: {msg}"))
    });
    match divergence {
        Some(d) => {
            print!("divergence\n{d}");
            ExitCode::FAILURE
        }
        None => ExitCode::SUCCESS,
    }
}

/// `--shrink`: the smallest module found that keeps the seed's divergence
/// class, written beside the corpus entry.
fn shrink_seed(seed: u64, args: &Args) -> ExitCode {
    let wasm = match generate(seed, args.simd) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: seed {seed}: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    // Each candidate runs in a child with a time limit: removing code can
    // remove the termination counter's decrement, and wasmi runs without
    // fuel (a candidate that crashes an engine is no candidate either).
    let candidate = std::env::temp_dir().join(format!("wasmrt-shrink-{}.wasm", std::process::id()));
    // An excused divergence (a known wasmi bug) can be shrunk too.
    let d = std::fs::write(&candidate, &wasm)
        .ok()
        .and_then(|()| run_candidate(&candidate, seed, args));
    let Some(d) = d else {
        println!("seed {seed} passes (or crashes, or hangs): nothing to shrink");
        return ExitCode::FAILURE;
    };
    let class = divergence_class(&d);
    println!(
        "seed {seed}: {} bytes, divergence class {class}:\n{d}",
        wasm.len()
    );
    let mut last = d;
    let mut still_fails = |wasm: &[u8]| {
        if std::fs::write(&candidate, wasm).is_err() {
            return false;
        }
        match run_candidate(&candidate, seed, args) {
            Some(d) if divergence_class(&d) == class => {
                last = d;
                true
            }
            _ => false,
        }
    };
    let shrunk = shrink(&wasm, 5000, &mut still_fails);
    let _ = std::fs::remove_file(&candidate);
    let shrunk = match shrunk {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot shrink seed {seed}: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let base = args
        .corpus
        .join(format!("{seed}{}", if args.simd { "-simd" } else { "" }));
    let _ = std::fs::create_dir_all(&args.corpus);
    let wat =
        wasmprinter::print_bytes(&shrunk.wasm).unwrap_or_else(|e| format!("(wasmprinter: {e})"));
    let written = std::fs::write(base.with_extension("min.wasm"), &shrunk.wasm)
        .and_then(|()| std::fs::write(base.with_extension("min.wat"), &wat));
    if let Err(e) = written {
        eprintln!("error: writing {}.min.*: {e}", base.display());
        return ExitCode::FAILURE;
    }
    println!(
        "shrunk to {} bytes in {} attempts ({}.min.wat):\n{last}\n\n{wat}",
        shrunk.wasm.len(),
        shrunk.attempts,
        base.display()
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if args.child {
        child(&args);
        return ExitCode::SUCCESS;
    }
    if let Some(path) = &args.run_module {
        return run_module_file(path, args.one.unwrap_or(0), &args);
    }
    if let Some(seed) = args.shrink {
        return shrink_seed(seed, &args);
    }
    if let Some(seed) = args.one {
        let r = run_seed(seed, &mut new_engines(args.simd, args.no_wasmi));
        if args.wat {
            println!(
                "{}",
                wasmprinter::print_bytes(&r.wasm).unwrap_or_else(|e| format!("(wasmprinter: {e})"))
            );
        }
        println!(
            "seed {seed}: {} bytes, {} calls, {} rounds cut by stack overflow, {} out of fuel, instantiation failed: {}",
            r.wasm.len(),
            r.calls,
            r.stack_overflows,
            r.out_of_fuel,
            r.instantiation_failed
        );
        if let Some((bug, d)) = &r.wasmi_bug {
            println!("{d}\nexcused: {bug} (fuzz/src/known_bugs.rs)");
        }
        return match r.divergence {
            None => {
                println!("1 passed, 0 failed");
                ExitCode::SUCCESS
            }
            Some(d) => {
                println!("{d}\n0 passed, 1 failed");
                ExitCode::FAILURE
            }
        };
    }
    parent(args)
}
