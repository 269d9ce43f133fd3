//! `wasmrt`: run a WebAssembly module from the command line.
//!
//! ```text
//! wasmrt run FILE.wasm|FILE.wat [--invoke NAME] [ARGS...]
//! ```
//!
//! The module is compiled, instantiated with no imports, and one exported
//! function is called: `--invoke NAME`, or else `_start`, `main`, or the only
//! exported function. `ARGS` are parsed by the function's parameter types
//! (integers in decimal or `0x` hex; floats in decimal, `nan` or `inf`) and
//! each result is printed on its own line.
//!
//! Exit codes: 0 on success, 1 when the wasm traps (the trap and its wasm
//! backtrace go to stderr), 2 for usage, compile and link errors.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use wasmrt::{Engine, ExternType, Instance, Module, Store, Trap, Val, ValType};

const USAGE: &str = "\
wasmrt: run WebAssembly modules

Usage:
    wasmrt run FILE.wasm|FILE.wat [--invoke NAME] [ARGS...]
    wasmrt --help | help
    wasmrt --version

Run options:
    --invoke NAME   call the exported function NAME (default: `_start`,
                    then `main`, then the only exported function)
    --              the rest of the command line are ARGS

ARGS are parsed by the function's parameter types: i32/i64 in decimal or
0x hex, f32/f64 in decimal or `nan`/`inf`. Each result is printed on its
own line.

Exit status: 0 on success, 1 if the wasm traps, 2 on usage, compile or link
errors.
";

/// Why a command failed; decides the exit code.
enum Failure {
    /// Bad command line, unreadable or invalid module, unsatisfiable imports: exit 2.
    Usage(anyhow::Error),
    /// The wasm ran and trapped (or otherwise failed at run time): exit 1.
    Runtime(anyhow::Error),
}

fn usage_error(err: anyhow::Error) -> Failure {
    Failure::Usage(err)
}

fn main() -> ExitCode {
    match dispatch(std::env::args_os().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(err)) => {
            report(&err);
            ExitCode::from(2)
        }
        Err(Failure::Runtime(err)) => {
            report(&err);
            ExitCode::from(1)
        }
    }
}

fn report(err: &anyhow::Error) {
    eprintln!("error: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  caused by: {cause}");
    }
}

fn dispatch(args: Vec<OsString>) -> Result<(), Failure> {
    let args = args
        .into_iter()
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| anyhow!("argument {arg:?} is not valid UTF-8"))
        })
        .collect::<Result<Vec<String>>>()
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
            run(RunArgs::parse(rest).map_err(usage_error)?)
        }
        [other, ..] => Err(usage_error(anyhow!(
            "unknown command `{other}`; try `wasmrt --help`"
        ))),
    }
}

/// The parsed arguments of `wasmrt run`.
struct RunArgs {
    file: PathBuf,
    invoke: Option<String>,
    args: Vec<String>,
}

impl RunArgs {
    fn parse(args: &[&str]) -> Result<RunArgs> {
        let mut file = None;
        let mut invoke = None;
        let mut values = Vec::new();
        let mut args = args.iter();
        while let Some(&arg) = args.next() {
            match arg {
                "--" => {
                    for &rest in args.by_ref() {
                        match file {
                            None => file = Some(rest),
                            Some(_) => values.push(rest.to_string()),
                        }
                    }
                }
                "--invoke" => {
                    let name = args.next().context("`--invoke` needs a function name")?;
                    invoke = Some(name.to_string());
                }
                _ if arg.starts_with("--invoke=") => {
                    invoke = Some(arg["--invoke=".len()..].to_string());
                }
                _ if arg.starts_with("--") => bail!("unknown option `{arg}`; try `wasmrt --help`"),
                _ if file.is_none() => file = Some(arg),
                _ => values.push(arg.to_string()),
            }
        }
        let file = file.context("`wasmrt run` needs a FILE.wasm or FILE.wat")?;
        Ok(RunArgs {
            file: PathBuf::from(file),
            invoke,
            args: values,
        })
    }
}

fn run(opts: RunArgs) -> Result<(), Failure> {
    let path = opts.file.display().to_string();
    let engine = Engine::default();
    // `from_file` names the file in its errors, whether reading or
    // compiling it failed.
    let module = Module::from_file(&engine, &opts.file).map_err(usage_error)?;

    if let Some(import) = module.imports().next() {
        return Err(usage_error(anyhow!(
            "cannot instantiate `{path}`: import `{}::{}` of type `{}` is not satisfied \
             (`wasmrt run` provides no imports)",
            import.module(),
            import.name(),
            import.ty(),
        )));
    }

    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).map_err(|err| {
        if err.downcast_ref::<Trap>().is_some() {
            Failure::Runtime(err)
        } else {
            usage_error(err.context(format!("failed to instantiate `{path}`")))
        }
    })?;

    let name = match opts.invoke {
        Some(name) => name,
        None => default_function(&module).map_err(usage_error)?,
    };
    let func = instance.get_func(&mut store, &name).ok_or_else(|| {
        usage_error(anyhow!(
            "`{path}` has no exported function `{name}`; {}",
            describe_functions(&module)
        ))
    })?;

    let ty = func.ty(&store);
    let params: Vec<ValType> = ty.params().collect();
    if params.len() != opts.args.len() {
        return Err(usage_error(anyhow!(
            "function `{name}` takes {} argument(s) ({}), but {} were given",
            params.len(),
            params
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            opts.args.len(),
        )));
    }
    let args = params
        .iter()
        .zip(&opts.args)
        .enumerate()
        .map(|(i, (ty, text))| {
            parse_val(*ty, text).with_context(|| {
                format!("invalid argument `{text}` for parameter {i} ({ty}) of `{name}`")
            })
        })
        .collect::<Result<Vec<Val>>>()
        .map_err(usage_error)?;

    let mut results = vec![Val::I32(0); ty.results().len()];
    func.call(&mut store, &args, &mut results)
        .map_err(Failure::Runtime)?;

    let mut out = std::io::stdout().lock();
    for result in &results {
        writeln!(out, "{}", format_val(result))
            .context("failed to write the results")
            .map_err(Failure::Runtime)?;
    }
    Ok(())
}

/// `_start`, else `main`, else the only exported function.
fn default_function(module: &Module) -> Result<String> {
    let funcs: Vec<String> = module
        .exports()
        .filter(|e| matches!(e.ty(), ExternType::Func(_)))
        .map(|e| e.name().to_string())
        .collect();
    for preferred in ["_start", "main"] {
        if funcs.iter().any(|f| f == preferred) {
            return Ok(preferred.to_string());
        }
    }
    match funcs.as_slice() {
        [only] => Ok(only.clone()),
        _ => bail!(
            "no `_start` or `main` export and no single exported function to run; \
             choose one with `--invoke NAME`; {}",
            describe_functions(module)
        ),
    }
}

fn describe_functions(module: &Module) -> String {
    let funcs: Vec<String> = module
        .exports()
        .filter_map(|e| match e.ty() {
            ExternType::Func(ty) => Some(format!("`{}` {}", e.name(), ExternType::Func(ty))),
            _ => None,
        })
        .collect();
    if funcs.is_empty() {
        "the module exports no functions".to_string()
    } else {
        format!("exported functions: {}", funcs.join(", "))
    }
}

fn parse_val(ty: ValType, text: &str) -> Result<Val> {
    Ok(match ty {
        ValType::I32 => Val::I32(parse_int(text, 32)? as u32 as i32),
        ValType::I64 => Val::I64(parse_int(text, 64)? as i64),
        ValType::F32 => Val::F32(text.parse::<f32>()?.to_bits()),
        ValType::F64 => Val::F64(text.parse::<f64>()?.to_bits()),
        other => bail!("parameters of type {other} cannot be given on the command line"),
    })
}

/// Parses a `bits`-wide integer, signed or unsigned, in decimal or `0x` hex,
/// and returns its two's-complement bit pattern.
fn parse_int(text: &str, bits: u32) -> Result<u64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (radix, digits) = match unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        Some(hex) => (16, hex),
        None => (10, unsigned),
    };
    if digits.starts_with(['+', '-']) {
        bail!("not an integer");
    }
    let magnitude = u64::from_str_radix(digits, radix)?;
    let max_unsigned = u64::MAX >> (64 - bits);
    let max_negative = 1u64 << (bits - 1);
    if negative {
        if magnitude > max_negative {
            bail!("out of range for a {bits}-bit integer");
        }
        Ok((magnitude as i64).wrapping_neg() as u64)
    } else {
        if magnitude > max_unsigned {
            bail!("out of range for a {bits}-bit integer");
        }
        Ok(magnitude)
    }
}

fn format_val(val: &Val) -> String {
    match val {
        Val::I32(v) => v.to_string(),
        Val::I64(v) => v.to_string(),
        Val::F32(bits) => f32::from_bits(*bits).to_string(),
        Val::F64(bits) => f64::from_bits(*bits).to_string(),
        Val::V128(v) => format!("{v:#034x}"),
        Val::FuncRef(None) | Val::ExternRef(None) => "null".to_string(),
        Val::FuncRef(Some(_)) => "<funcref>".to_string(),
        Val::ExternRef(Some(_)) => "<externref>".to_string(),
    }
}
