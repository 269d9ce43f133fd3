//! `wasmrt`: run a WebAssembly module from the command line.
//!
//! ```text
//! wasmrt run [OPTIONS] FILE.wasm|FILE.wat|FILE.cwasm [ARGS...]
//! wasmrt compile [OPTIONS] FILE.wasm|FILE.wat [-o FILE.cwasm]
//! ```
//!
//! The module is compiled and instantiated with the WASI preview 1 imports
//! (`wasi_snapshot_preview1`) and the exports of `--preload` modules
//! available, and one exported function is
//! called: `--invoke NAME`, or else `_start` (a WASI command: `ARGS` are its
//! arguments), `main`, or the only exported function (`ARGS` are parsed by
//! its parameter types and each result is printed on its own line).
//!
//! `compile` writes a precompiled module ([`compile`]) that `run` loads
//! without compiling when given `--allow-precompiled`.
//!
//! The command line is split into files by concern: [`args`] parses it,
//! [`wasi`] builds the guest's WASI context from it, [`run`] compiles,
//! links and calls, [`values`] converts wasm values to and from text, and
//! this file maps the outcome to an exit status ([`Failure`]).

mod args;
mod compile;
mod run;
mod values;
mod wasi;

use std::ffi::OsString;
use std::process::ExitCode;

use anyhow::anyhow;

/// `wasmrt --help`.
const USAGE: &str = "\
wasmrt: run WebAssembly modules

Usage:
    wasmrt run [OPTIONS] FILE.wasm|FILE.wat|FILE.cwasm [ARGS...]
    wasmrt compile [OPTIONS] FILE.wasm|FILE.wat [-o FILE.cwasm]
    wasmrt --help | help
    wasmrt --version

Runs `_start` of a WASI command (a module importing wasi_snapshot_preview1)
with ARGS as its arguments (argv[0] is the file's name) and the process's
own stdin, stdout and stderr, and exits with the guest's exit status. A
module without `_start` runs `main`, or its only exported function, with
ARGS parsed by the parameter types: i32/i64 in decimal or 0x hex, f32/f64
in decimal or `nan`/`inf`; each result is printed on its own line.

Run options (before or after FILE; everything after `--` is FILE and ARGS):
    --invoke NAME          call the exported function NAME with ARGS parsed
                           by its parameter types and print its results
                           (WASI modules too: their imports are satisfied)
    --dir HOST[::GUEST]    give the guest the host folder HOST, named GUEST
                           (default: HOST as written), to read and write
    --tcplisten HOST:PORT  listen on HOST:PORT and give the guest the socket
                           (descriptors after the `--dir` folders), for
                           `sock_accept`
    --env NAME=VALUE       set an environment variable of the guest
                           (`--env NAME` copies NAME from wasmrt's own)
    --inherit-env          give the guest all of wasmrt's environment
                           variables (`--env` overrides them)
    --preload NAME=MODULE  instantiate MODULE (.wasm or .wat; it may import
                           WASI and earlier preloads) before FILE, and give
                           its exports to FILE's imports from module NAME
    --fuel N               stop the guest after N units of fuel (about one
                           per wasm instruction)
    --timeout DURATION     stop the guest after DURATION of wall-clock time:
                           `2s`, `500ms`, `1.5s`, `1m`, `100us` (a bare
                           number is seconds); a guest blocked in a WASI call
                           stops when the call returns
    --profile perfmap      list every function of the modules in
                           /tmp/perf-<pid>.map, where Linux `perf` finds
                           the names of JIT code (`--profile jitdump`:
                           their code too, in /tmp/jit-<pid>.dump, for
                           `perf record -k mono` and `perf inject --jit`)
    --allow-precompiled    let FILE and preloads be precompiled modules
                           (from `wasmrt compile`), whose machine code runs
                           as it is
    --                     the rest of the command line is FILE and ARGS

Compile options:
    -o, --output FILE      where to write the precompiled module (default:
                           FILE with the extension .cwasm)
    --consume-fuel         compile for `run --fuel`
    --epoch-interruption   compile for `run --timeout`
    A precompiled module runs only with the same wasmrt version, machine
    and options it was compiled with; otherwise `run` says what differs.

Exit status:
    0      the function returned (or the guest called proc_exit(0))
    N      the guest called proc_exit(N) (modulo 256, as POSIX exit)
    1      the wasm trapped (the trap and its wasm backtrace go to stderr)
    2      usage, compile or link errors (bad option, missing `--dir`
           folder, unreadable or invalid module, unsatisfied import)
    124    `--timeout` stopped the guest (as GNU timeout)
    125    `--fuel` ran out and stopped the guest
";

/// Exit status when the wasm traps.
const EXIT_TRAP: u8 = 1;
/// Exit status for usage, compile and link errors.
const EXIT_USAGE: u8 = 2;
/// Exit status when `--timeout` stopped the guest (GNU `timeout`'s).
const EXIT_TIMEOUT: u8 = 124;
/// Exit status when `--fuel` ran out.
const EXIT_FUEL: u8 = 125;

/// Why a command did not succeed; decides the exit status.
enum Failure {
    /// Bad command line, unreadable or invalid module, unsatisfiable imports.
    Usage(anyhow::Error),
    /// The wasm ran and trapped (or otherwise failed at run time).
    Runtime(anyhow::Error),
    /// `--timeout` stopped the guest.
    Timeout(anyhow::Error),
    /// `--fuel` ran out.
    OutOfFuel(anyhow::Error),
    /// The guest called `proc_exit` with this status (nothing is printed).
    Exit(i32),
}

fn usage_error(err: anyhow::Error) -> Failure {
    Failure::Usage(err)
}

fn main() -> ExitCode {
    match dispatch(std::env::args_os().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        // POSIX `exit` keeps the low 8 bits of the status.
        Err(Failure::Exit(status)) => ExitCode::from(status as u8),
        Err(Failure::Usage(err)) => fail(&err, EXIT_USAGE),
        Err(Failure::Runtime(err)) => fail(&err, EXIT_TRAP),
        Err(Failure::Timeout(err)) => fail(&err, EXIT_TIMEOUT),
        Err(Failure::OutOfFuel(err)) => fail(&err, EXIT_FUEL),
    }
}

/// Prints `err` with its causes to stderr and returns `code`.
fn fail(err: &anyhow::Error, code: u8) -> ExitCode {
    eprintln!("error: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  caused by: {cause}");
    }
    ExitCode::from(code)
}

fn dispatch(args: Vec<OsString>) -> Result<(), Failure> {
    let args = args
        .into_iter()
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| anyhow!("argument {arg:?} is not valid UTF-8"))
        })
        .collect::<anyhow::Result<Vec<String>>>()
        .map_err(usage_error)?;
    let strs: Vec<&str> = args.iter().map(String::as_str).collect();
    match strs.as_slice() {
        [] => Err(usage_error(anyhow!("no command given\n\n{USAGE}"))),
        ["-h" | "--help" | "help", ..] => {
            print!("{USAGE}");
            Ok(())
        }
        ["-V" | "--version" | "version"] => {
            println!("wasmrt {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        ["run", rest @ ..] => {
            if rest
                .iter()
                .take_while(|a| **a != "--")
                .any(|a| matches!(*a, "-h" | "--help"))
            {
                print!("{USAGE}");
                return Ok(());
            }
            run::run(args::RunArgs::parse(rest).map_err(usage_error)?)
        }
        ["compile", rest @ ..] => {
            if rest.iter().any(|a| matches!(*a, "-h" | "--help")) {
                print!("{USAGE}");
                return Ok(());
            }
            compile::compile(args::CompileArgs::parse(rest).map_err(usage_error)?)
        }
        [other, ..] => Err(usage_error(anyhow!(
            "unknown command `{other}`; try `wasmrt --help`"
        ))),
    }
}
