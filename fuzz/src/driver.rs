//! Running many seeds in child processes, shared by the fuzzers' binaries
//! (`diff`, `api_seq`).
//!
//! The parent splits the seed range into batches and runs each in a child
//! process (its own executable with `--child A..B` and the fuzzer's own
//! arguments), several at a time. A child prints `start S` before seed S
//! and `pass S ...` or `fail S ...` after it. A child that dies, or prints
//! nothing for [`SEED_TIMEOUT`], has its current seed handed to the
//! fuzzer as a crash, and the batch goes on in a new child from the next
//! seed.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::ops::Range;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

/// A seed that has printed nothing for this long is taken as hung.
pub const SEED_TIMEOUT: Duration = Duration::from_secs(60);

/// `A..B`, with `A <= B`.
pub fn parse_range(s: &str) -> Result<Range<u64>, String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("expected START..END, got {s:?}"))?;
    let a = a.parse::<u64>().map_err(|e| format!("{a:?}: {e}"))?;
    let b = b.parse::<u64>().map_err(|e| format!("{b:?}: {e}"))?;
    if a > b {
        return Err(format!("empty range {s:?}"));
    }
    Ok(a..b)
}

/// How a child's seed ended without an answer.
pub struct Crash {
    pub seed: u64,
    /// "crash: ..." or "hang: ...".
    pub why: String,
    pub hung: bool,
    /// The last lines the child wrote to stderr.
    pub stderr_tail: String,
}

/// What a fuzzer tells the driver, and hears from it.
pub trait Fuzzer: Sync {
    /// Arguments for a child, after `--child A..B`.
    fn child_args(&self) -> Vec<String>;
    /// A child's answer for `seed`: the words after `pass S` or `fail S`.
    fn answer(&self, seed: u64, passed: bool, rest: &str);
    /// A child died or hung on a seed.
    fn crash(&self, crash: Crash);
    /// The progress line printed after batch `label` is done.
    fn progress(
        &self,
        label: &str,
        batches_done: usize,
        batches: usize,
        elapsed: Duration,
    ) -> String;
}

/// Child side: runs `run` for every seed of `seeds`, telling the parent on
/// stdout. `run` gives whether the seed passed and the rest of its line.
pub fn child_loop(seeds: Range<u64>, mut run: impl FnMut(u64) -> (bool, String)) {
    let out = std::io::stdout();
    for seed in seeds {
        let _ = writeln!(out.lock(), "start {seed}");
        let _ = out.lock().flush();
        let (passed, rest) = run(seed);
        let tag = if passed { "pass" } else { "fail" };
        let _ = writeln!(out.lock(), "{tag} {seed} {}", rest.replace('\n', " | "));
        let _ = out.lock().flush();
    }
}

/// Parent side: runs `seeds` in batches of `batch`, `jobs` children at a
/// time, printing a progress line after each batch.
pub fn run_all(seeds: Range<u64>, batch: u64, jobs: usize, fuzzer: &dyn Fuzzer) {
    let start = Instant::now();
    let mut queue = VecDeque::new();
    let mut s = seeds.start;
    while s < seeds.end {
        let e = (s + batch.max(1)).min(seeds.end);
        queue.push_back(s..e);
        s = e;
    }
    let batches = queue.len();
    let queue = Mutex::new(queue);
    let done = Mutex::new(0usize);
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let Some(range) = queue.lock().unwrap().pop_front() else {
                        break;
                    };
                    let label = format!("{}..{}", range.start, range.end);
                    run_batch(range, fuzzer);
                    let mut done = done.lock().unwrap();
                    *done += 1;
                    println!(
                        "{}",
                        fuzzer.progress(&label, *done, batches, start.elapsed())
                    );
                }
            });
        }
    });
}

/// Runs `range` in children until every seed has an answer or a crash.
fn run_batch(range: Range<u64>, fuzzer: &dyn Fuzzer) {
    let exe = std::env::current_exe().expect("own path");
    let mut next = range.start;
    while next < range.end {
        let mut child = Command::new(&exe)
            .arg("--child")
            .arg(format!("{next}..{}", range.end))
            .args(fuzzer.child_args())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn a child");
        let stdout = child.stdout.take().expect("piped");
        let mut stderr = child.stderr.take().expect("piped");
        let err_text = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = stderr.read_to_string(&mut s);
            s
        });
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut current: Option<u64> = None;
        let mut hung = false;
        loop {
            match rx.recv_timeout(SEED_TIMEOUT) {
                Ok(line) => {
                    let mut words = line.splitn(3, ' ');
                    let tag = words.next().unwrap_or("");
                    let Some(seed) = words.next().and_then(|s| s.parse::<u64>().ok()) else {
                        continue;
                    };
                    let rest = words.next().unwrap_or("");
                    match tag {
                        "start" => current = Some(seed),
                        "pass" | "fail" => {
                            current = None;
                            next = seed + 1;
                            fuzzer.answer(seed, tag == "pass", rest);
                        }
                        _ => {}
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    hung = true;
                    // Our own child, by its handle.
                    let _ = child.kill();
                    break;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        let status = child.wait().expect("wait for the child");
        let stderr = err_text.join().unwrap_or_default();
        if let Some(seed) = current {
            fuzzer.crash(Crash {
                seed,
                why: describe_end(hung, status),
                hung,
                stderr_tail: last_lines(&stderr, 20),
            });
            next = seed + 1;
        } else if !status.success() && next < range.end {
            eprintln!("error: a child failed before running seed {next} ({status}):\n{stderr}");
            std::process::exit(2);
        }
    }
}

fn describe_end(hung: bool, status: ExitStatus) -> String {
    if hung {
        format!("hang: no answer in {SEED_TIMEOUT:?}")
    } else {
        format!("crash: the child process ended with {status}")
    }
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}
