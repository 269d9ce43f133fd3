//! `api_seq`: the API-sequence fuzzer's driver.
//!
//! `api_seq --seeds A..B [--ops N] [--batch K] [--jobs J]` runs the seeds in
//! batches of K, each batch in a child process (this binary with
//! `--child A..B`), J children at a time. The child prints `start S`, then
//! `pass S` or `fail S WHAT`. A child that dies, or is silent for 60 s, has
//! its current seed reported as a crash, and the batch goes on in a new
//! child from the next seed. Every failure or crash writes
//! `fuzz/corpus/api-<seed>.txt` with the operation list. The closing line
//! is `N passed, N failed`; the exit status is 1 when anything failed.
//!
//! `api_seq --seed S [--ops N]` runs one seed in this process and prints
//! its log.

use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use wasmrt_fuzz::api::{exec, ops};
use wasmrt_fuzz::driver::{Crash, Fuzzer, child_loop, parse_range, run_all};

struct Args {
    seeds: Range<u64>,
    ops: usize,
    batch: u64,
    jobs: usize,
    child: bool,
    one: Option<u64>,
    skip_known: bool,
    corpus: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        seeds: 0..100,
        ops: 200,
        batch: 250,
        jobs: 2,
        child: false,
        one: None,
        skip_known: false,
        corpus: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--seeds" => args.seeds = parse_range(&value()?)?,
            "--child" => {
                args.seeds = parse_range(&value()?)?;
                args.child = true;
            }
            "--seed" => args.one = Some(value()?.parse().map_err(|_| "bad seed")?),
            "--ops" => args.ops = value()?.parse().map_err(|_| "bad --ops")?,
            "--batch" => args.batch = value()?.parse().map_err(|_| "bad --batch")?,
            "--jobs" => args.jobs = value()?.parse().map_err(|_| "bad --jobs")?,
            "--skip-known" => args.skip_known = true,
            "--corpus" => args.corpus = PathBuf::from(value()?),
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    Ok(args)
}

/// Writes `api-<seed>.txt`: what failed, the command, the operation list.
fn save(args: &Args, seed: u64, what: &str) {
    let _ = std::fs::create_dir_all(&args.corpus);
    let list = ops::generate(seed, args.ops);
    let mut txt = format!(
        "api_seq seed {seed}, {} ops\n\n{what}\n\nreproduce: cargo run --release --manifest-path fuzz/Cargo.toml --bin api_seq -- --seed {seed} --ops {}\n\nops:\n",
        args.ops, args.ops
    );
    for (i, op) in list.iter().enumerate() {
        txt.push_str(&format!("{i}: {op:?}\n"));
    }
    let _ = std::fs::write(args.corpus.join(format!("api-{seed}.txt")), txt);
}

fn quiet_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}

fn child(args: &Args) {
    quiet_hook();
    child_loop(args.seeds.clone(), |seed| {
        let r = exec::run(&ops::generate(seed, args.ops));
        match r.failure {
            None => (true, r.log.len().to_string()),
            Some(f) => (false, f),
        }
    });
}

#[derive(Default)]
struct Totals {
    passed: u64,
    failed: u64,
    failures: Vec<(u64, String)>,
}

/// The parent's side of a campaign.
struct ApiFuzzer<'a> {
    args: &'a Args,
    totals: Mutex<Totals>,
}

impl ApiFuzzer<'_> {
    fn failed(&self, seed: u64, what: String) {
        save(self.args, seed, &what);
        let mut t = self.totals.lock().unwrap();
        t.failed += 1;
        t.failures.push((seed, what));
    }
}

impl Fuzzer for ApiFuzzer<'_> {
    fn child_args(&self) -> Vec<String> {
        let mut v = vec!["--ops".to_string(), self.args.ops.to_string()];
        if self.args.skip_known {
            v.push("--skip-known".into());
        }
        v
    }

    fn answer(&self, seed: u64, passed: bool, rest: &str) {
        if passed {
            self.totals.lock().unwrap().passed += 1;
        } else {
            self.failed(seed, rest.to_string());
        }
    }

    fn crash(&self, c: Crash) {
        self.failed(
            c.seed,
            format!("{}\n\nstderr (last lines):\n{}", c.why, c.stderr_tail),
        );
    }

    fn progress(&self, label: &str, _done: usize, _batches: usize, elapsed: Duration) -> String {
        let t = self.totals.lock().unwrap();
        let done = t.passed + t.failed;
        let secs = elapsed.as_secs_f64();
        format!(
            "batch {label}: {done} seeds done, {} passed, {} failed, {:.0} seeds/s, {:.0} ops/s",
            t.passed,
            t.failed,
            done as f64 / secs,
            done as f64 * self.args.ops as f64 / secs
        )
    }
}

fn parent(args: Args) -> ExitCode {
    let start = Instant::now();
    let fuzzer = ApiFuzzer {
        args: &args,
        totals: Mutex::new(Totals::default()),
    };
    run_all(args.seeds.clone(), args.batch, args.jobs, &fuzzer);
    let t = fuzzer.totals.lock().unwrap();
    for (seed, what) in &t.failures {
        println!("FAIL seed {seed}: {}", what.replace('\n', " | "));
    }
    println!(
        "{} seeds in {:.1} s ({} ops per seed at most)",
        t.passed + t.failed,
        start.elapsed().as_secs_f64(),
        args.ops
    );
    println!("{} passed, {} failed", t.passed, t.failed);
    if t.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("api_seq: {e}");
            return ExitCode::from(2);
        }
    };
    exec::SKIP_KNOWN.store(args.skip_known, std::sync::atomic::Ordering::Relaxed);
    if let Some(seed) = args.one {
        quiet_hook();
        let r = exec::run(&ops::generate(seed, args.ops));
        for l in &r.log {
            println!("{l}");
        }
        return match r.failure {
            None => {
                println!("seed {seed}: pass");
                ExitCode::SUCCESS
            }
            Some(f) => {
                println!("seed {seed}: FAIL {f}");
                ExitCode::FAILURE
            }
        };
    }
    if args.child {
        child(&args);
        return ExitCode::SUCCESS;
    }
    parent(args)
}
