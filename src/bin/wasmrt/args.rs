//! Parsing `wasmrt run`'s command line into [`RunArgs`].
//!
//! Options may come before or after FILE, as `--opt VALUE` or
//! `--opt=VALUE`; after `--` every word is FILE (if not yet given) or an
//! argument, so a guest's own `--flags` go after `--`.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};

/// One `--dir HOST[::GUEST]`.
pub struct DirArg {
    /// The host folder, as written.
    pub host: PathBuf,
    /// The name the guest sees it under.
    pub guest: String,
}

/// One `--env`: `NAME=VALUE`, or `NAME` alone to copy wasmrt's own.
pub struct EnvArg {
    pub name: String,
    pub value: Option<String>,
}

/// One `--preload NAME=MODULE`: a module instantiated before FILE whose
/// exports FILE may import under the module name NAME.
pub struct PreloadArg {
    pub name: String,
    pub path: PathBuf,
}

/// The parsed arguments of `wasmrt run`.
pub struct RunArgs {
    pub file: PathBuf,
    pub invoke: Option<String>,
    /// The words after FILE: the guest's argv[1..] and, for a function
    /// that takes parameters, its arguments.
    pub args: Vec<String>,
    pub dirs: Vec<DirArg>,
    pub envs: Vec<EnvArg>,
    pub preloads: Vec<PreloadArg>,
    /// `--tcplisten ADDR`: addresses to listen on, given to the guest as
    /// preopened sockets.
    pub tcp_listens: Vec<String>,
    pub inherit_env: bool,
    pub fuel: Option<u64>,
    pub timeout: Option<Duration>,
    /// Whether FILE and preloads may be precompiled (`.cwasm`) modules.
    pub allow_precompiled: bool,
    /// `--profile`: how compiled code is made known to profilers.
    pub profile: wasmrt::ProfilingStrategy,
}

/// The options that take a value.
const VALUE_OPTIONS: [&str; 8] = [
    "--invoke",
    "--dir",
    "--tcplisten",
    "--env",
    "--preload",
    "--fuel",
    "--timeout",
    "--profile",
];

impl RunArgs {
    pub fn parse(words: &[&str]) -> Result<RunArgs> {
        let mut run = RunArgs {
            file: PathBuf::new(),
            invoke: None,
            args: Vec::new(),
            dirs: Vec::new(),
            envs: Vec::new(),
            preloads: Vec::new(),
            tcp_listens: Vec::new(),
            inherit_env: false,
            fuel: None,
            timeout: None,
            allow_precompiled: false,
            profile: wasmrt::ProfilingStrategy::None,
        };
        let mut file = None;
        // The first positional word is FILE, the rest are ARGS.
        let positional = |word: &str, file: &mut Option<String>, run: &mut RunArgs| match file {
            None => *file = Some(word.to_string()),
            Some(_) => run.args.push(word.to_string()),
        };
        let mut words = words.iter();
        while let Some(&word) = words.next() {
            if word == "--" {
                for &rest in words.by_ref() {
                    positional(rest, &mut file, &mut run);
                }
                break;
            }
            if word == "--inherit-env" {
                run.inherit_env = true;
                continue;
            }
            if word == "--allow-precompiled" {
                run.allow_precompiled = true;
                continue;
            }
            if !word.starts_with("--") {
                positional(word, &mut file, &mut run);
                continue;
            }
            let (name, inline) = match word.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (word, None),
            };
            if !VALUE_OPTIONS.contains(&name) {
                bail!("unknown option `{word}`; try `wasmrt --help`");
            }
            let value = match inline {
                Some(value) => value,
                None => words
                    .next()
                    .with_context(|| format!("`{name}` needs {}", value_name(name)))?,
            };
            run.option(name, value)?;
        }
        run.file = PathBuf::from(file.context("`wasmrt run` needs a FILE.wasm or FILE.wat")?);
        Ok(run)
    }

    fn option(&mut self, name: &str, value: &str) -> Result<()> {
        match name {
            "--invoke" => self.invoke = Some(value.to_string()),
            "--dir" => self.dirs.push(parse_dir(value)?),
            "--env" => self.envs.push(parse_env(value)?),
            "--preload" => self.preloads.push(parse_preload(value)?),
            "--tcplisten" => self.tcp_listens.push(value.to_string()),
            "--fuel" => {
                let fuel = value.parse::<u64>().with_context(|| {
                    format!("`--fuel {value}`: expected a number of fuel units")
                })?;
                self.fuel = Some(fuel);
            }
            "--timeout" => {
                let timeout = parse_duration(value)
                    .with_context(|| format!("`--timeout {value}`: invalid duration"))?;
                self.timeout = Some(timeout);
            }
            "--profile" => {
                self.profile = match value {
                    "none" => wasmrt::ProfilingStrategy::None,
                    "perfmap" => wasmrt::ProfilingStrategy::PerfMap,
                    "jitdump" => wasmrt::ProfilingStrategy::JitDump,
                    "vtune" => wasmrt::ProfilingStrategy::VTune,
                    _ => bail!("`--profile {value}`: expected `perfmap` or `jitdump` (or `none`)"),
                }
            }
            _ => unreachable!("`{name}` is in VALUE_OPTIONS"),
        }
        Ok(())
    }
}

/// The parsed arguments of `wasmrt compile`.
pub struct CompileArgs {
    pub file: PathBuf,
    /// `-o FILE`; default: FILE with the extension `.cwasm`.
    pub output: PathBuf,
    /// Compile for an engine that consumes fuel (`run --fuel`).
    pub consume_fuel: bool,
    /// Compile for an engine with epoch interruption (`run --timeout`).
    pub epoch_interruption: bool,
}

impl CompileArgs {
    pub fn parse(words: &[&str]) -> Result<CompileArgs> {
        let (mut file, mut output) = (None, None);
        let (mut consume_fuel, mut epoch_interruption) = (false, false);
        let mut words = words.iter();
        while let Some(&word) = words.next() {
            match word {
                "-o" | "--output" => {
                    let value = words.next().context("`-o` needs an output file")?;
                    output = Some(PathBuf::from(value));
                }
                "--consume-fuel" => consume_fuel = true,
                "--epoch-interruption" => epoch_interruption = true,
                _ if word.starts_with('-') => {
                    bail!("unknown option `{word}` of `wasmrt compile`; try `wasmrt --help`")
                }
                _ if file.is_none() => file = Some(PathBuf::from(word)),
                _ => bail!("`wasmrt compile` takes one FILE, found a second: `{word}`"),
            }
        }
        let file = file.context("`wasmrt compile` needs a FILE.wasm or FILE.wat")?;
        let output = output.unwrap_or_else(|| file.with_extension("cwasm"));
        Ok(CompileArgs {
            file,
            output,
            consume_fuel,
            epoch_interruption,
        })
    }
}

fn value_name(option: &str) -> &'static str {
    match option {
        "--invoke" => "a function name",
        "--dir" => "a folder: `HOST[::GUEST]`",
        "--env" => "a variable: `NAME=VALUE`",
        "--preload" => "a module: `NAME=MODULE.wasm`",
        "--tcplisten" => "an address to listen on: `HOST:PORT`",
        "--fuel" => "a number of fuel units",
        "--profile" => "a profiler: `perfmap` or `jitdump`",
        _ => "a duration such as `2s` or `500ms`",
    }
}

/// `HOST[::GUEST]`; GUEST defaults to HOST as written.
fn parse_dir(value: &str) -> Result<DirArg> {
    let (host, guest) = value.split_once("::").unwrap_or((value, value));
    if host.is_empty() || guest.is_empty() {
        bail!("`--dir {value}`: expected `HOST[::GUEST]` with neither empty");
    }
    Ok(DirArg {
        host: PathBuf::from(host),
        guest: guest.to_string(),
    })
}

/// `NAME=VALUE` or `NAME`.
fn parse_env(value: &str) -> Result<EnvArg> {
    let (name, val) = match value.split_once('=') {
        Some((name, val)) => (name, Some(val.to_string())),
        None => (value, None),
    };
    if name.is_empty() {
        bail!("`--env {value}`: expected `NAME=VALUE` with a non-empty NAME");
    }
    Ok(EnvArg {
        name: name.to_string(),
        value: val,
    })
}

/// `NAME=MODULE_PATH`, as wasmtime's `--preload`.
fn parse_preload(value: &str) -> Result<PreloadArg> {
    match value.split_once('=') {
        Some((name, path)) if !name.is_empty() && !path.is_empty() => Ok(PreloadArg {
            name: name.to_string(),
            path: PathBuf::from(path),
        }),
        _ => bail!("`--preload {value}`: expected `NAME=MODULE.wasm` with neither empty"),
    }
}

/// A non-negative decimal number followed by `ns`, `us`, `µs`, `ms`, `s`,
/// `m` or `h`; without a unit it is seconds (as wasmtime's `-W timeout=`).
pub fn parse_duration(text: &str) -> Result<Duration> {
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    if number.is_empty() || number.starts_with('.') || number.ends_with('.') {
        bail!("expected a number followed by a unit (`2s`, `500ms`)");
    }
    let number: f64 = number.parse().context("expected a decimal number")?;
    let seconds_per_unit = match unit {
        "" | "s" => 1.0,
        "ns" => 1e-9,
        "us" | "µs" => 1e-6,
        "ms" => 1e-3,
        "m" | "min" => 60.0,
        "h" => 3600.0,
        _ => bail!("unknown unit `{unit}` (use ns, us, ms, s, m or h)"),
    };
    Duration::try_from_secs_f64(number * seconds_per_unit).context("duration out of range")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("2s").unwrap(), Duration::from_secs(2));
        assert_eq!(parse_duration("2").unwrap(), Duration::from_secs(2));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_duration("100us").unwrap(), Duration::from_micros(100));
        assert_eq!(parse_duration("1m").unwrap(), Duration::from_secs(60));
        for bad in ["", "s", "-1s", "1.s", ".5s", "1x", "1 s", "1e3s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn options_anywhere_and_after_double_dash() {
        let run = RunArgs::parse(&[
            "--dir",
            "a::b",
            "f.wasm",
            "--env=K=V",
            "--preload",
            "bench=b.wat",
            "x",
            "--",
            "--fuel",
            "y",
        ])
        .unwrap();
        assert_eq!(run.file, PathBuf::from("f.wasm"));
        assert_eq!(run.args, ["x", "--fuel", "y"]);
        assert_eq!(run.dirs[0].host, PathBuf::from("a"));
        assert_eq!(run.dirs[0].guest, "b");
        assert_eq!(run.envs[0].name, "K");
        assert_eq!(run.envs[0].value.as_deref(), Some("V"));
        assert_eq!(run.preloads[0].name, "bench");
        assert_eq!(run.preloads[0].path, PathBuf::from("b.wat"));
        assert_eq!(run.fuel, None);
        for bad in ["bench", "=b.wat", "bench="] {
            assert!(
                RunArgs::parse(&["--preload", bad, "f.wasm"]).is_err(),
                "{bad}"
            );
        }
    }
}
