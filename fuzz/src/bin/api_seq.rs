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

use std::io::{BufRead, BufReader, Write};
use std::ops::Range;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};
use wasmrt_fuzz::api::{exec, ops};

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

fn parse_range(s: &str) -> Result<Range<u64>, String> {
    let (a, b) = s.split_once("..").ok_or("expected A..B")?;
    let a = a.parse().map_err(|_| "bad range start")?;
    let b = b.parse().map_err(|_| "bad range end")?;
    Ok(a..b)
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
    let out = std::io::stdout();
    for seed in args.seeds.clone() {
        let _ = writeln!(out.lock(), "start {seed}");
        let _ = out.lock().flush();
        let r = exec::run(&ops::generate(seed, args.ops));
        let line = match r.failure {
            None => format!("pass {seed} {}", r.log.len()),
            Some(f) => format!("fail {seed} {}", f.replace('\n', " | ")),
        };
        let _ = writeln!(out.lock(), "{line}");
        let _ = out.lock().flush();
    }
}

#[derive(Default)]
struct Totals {
    passed: u64,
    failed: u64,
    failures: Vec<(u64, String)>,
}

/// Runs `range` in children until every seed has an answer.
fn run_batch(args: &Args, range: Range<u64>, totals: &Mutex<Totals>) {
    let exe = std::env::current_exe().expect("own path");
    let mut next = range.start;
    while next < range.end {
        let mut child = Command::new(&exe)
            .arg("--child")
            .arg(format!("{next}..{}", range.end))
            .arg("--ops")
            .arg(args.ops.to_string())
            .args(args.skip_known.then_some("--skip-known"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn a child");
        let stdout = child.stdout.take().expect("piped");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut current = None;
        loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => {
                    let mut parts = line.splitn(3, ' ');
                    let kind = parts.next().unwrap_or("");
                    let seed: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(next);
                    let rest = parts.next().unwrap_or("").to_string();
                    match kind {
                        "start" => current = Some(seed),
                        "pass" => {
                            totals.lock().unwrap().passed += 1;
                            current = None;
                            next = seed + 1;
                        }
                        "fail" => {
                            save(args, seed, &rest);
                            let mut t = totals.lock().unwrap();
                            t.failed += 1;
                            t.failures.push((seed, rest));
                            current = None;
                            next = seed + 1;
                        }
                        _ => {}
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    break;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        let status = child.wait();
        if let Some(seed) = current {
            let what = match status {
                Ok(s) => format!("crash: child exited with {s} (or hung for 60 s)"),
                Err(e) => format!("crash: {e}"),
            };
            save(args, seed, &what);
            let mut t = totals.lock().unwrap();
            t.failed += 1;
            t.failures.push((seed, what));
            next = seed + 1;
        } else if next < range.end {
            // The child ended between seeds without finishing: go on.
            next = next.max(range.start);
        }
    }
}

fn parent(args: Args) -> ExitCode {
    let start = Instant::now();
    let batches: Vec<Range<u64>> = {
        let mut v = Vec::new();
        let mut s = args.seeds.start;
        while s < args.seeds.end {
            let e = (s + args.batch).min(args.seeds.end);
            v.push(s..e);
            s = e;
        }
        v
    };
    let queue = Arc::new(Mutex::new(batches.into_iter()));
    let totals = Arc::new(Mutex::new(Totals::default()));
    let args = Arc::new(args);
    let workers: Vec<_> = (0..args.jobs.max(1))
        .map(|_| {
            let (queue, totals, args) = (queue.clone(), totals.clone(), args.clone());
            std::thread::spawn(move || {
                loop {
                    let Some(b) = queue.lock().unwrap().next() else { break };
                    run_batch(&args, b.clone(), &totals);
                    let t = totals.lock().unwrap();
                    let done = t.passed + t.failed;
                    let secs = start.elapsed().as_secs_f64();
                    println!(
                        "batch {}..{}: {done} seeds done, {} passed, {} failed, {:.0} seeds/s, {:.0} ops/s",
                        b.start,
                        b.end,
                        t.passed,
                        t.failed,
                        done as f64 / secs,
                        done as f64 * args.ops as f64 / secs
                    );
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let t = totals.lock().unwrap();
    for (seed, what) in &t.failures {
        println!("FAIL seed {seed}: {what}");
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
