//! `wasmrt run`: compile the module, link the WASI imports, instantiate,
//! choose and call the function, and turn what happened into a
//! [`Failure`] (a trap, `--fuel` or `--timeout` stopping the guest, the
//! guest's `proc_exit`, or a usage error).

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use wasmrt::wasi::{self, I32Exit, WasiCtx};
use wasmrt::{Config, Engine, ExternType, Linker, Module, Store, Trap, TrapCode, Val, ValType};

use crate::args::RunArgs;
use crate::values::{format_val, parse_val};
use crate::{Failure, usage_error};

/// The limits that stop a runaway guest, for naming them in messages.
struct Limits {
    path: String,
    fuel: Option<u64>,
    timeout: Option<Duration>,
}

impl Limits {
    /// Classifies an error from instantiating or calling: the guest's
    /// exit, a stop by `--fuel` or `--timeout`, or another trap.
    fn failure(&self, err: anyhow::Error) -> Failure {
        if let Some(exit) = err.downcast_ref::<I32Exit>() {
            return Failure::Exit(exit.exit_status());
        }
        let path = &self.path;
        match err.downcast_ref::<Trap>().map(Trap::code) {
            Some(TrapCode::OutOfFuel) if self.fuel.is_some() => {
                let fuel = self.fuel.unwrap_or_default();
                Failure::OutOfFuel(err.context(format!(
                    "`{path}` was stopped: it used all {fuel} units of fuel that `--fuel {fuel}` gave it"
                )))
            }
            Some(TrapCode::Interrupt) if self.timeout.is_some() => {
                let timeout = self.timeout.unwrap_or_default();
                Failure::Timeout(err.context(format!(
                    "`{path}` was stopped: it ran for longer than `--timeout` allows ({timeout:?})"
                )))
            }
            _ => Failure::Runtime(err),
        }
    }
}

/// The first bytes of a precompiled module (`wasmrt compile`'s output).
const PRECOMPILED_MAGIC: &[u8] = b"\0wasmrt\0";

/// Compiles `path` (wasm or wat), or loads it if it is a precompiled
/// module and `allow_precompiled` says it may be.
fn load_module(engine: &Engine, path: &Path, allow_precompiled: bool) -> anyhow::Result<Module> {
    let mut magic = [0u8; 8];
    let precompiled = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .is_ok()
        && magic == PRECOMPILED_MAGIC;
    if !precompiled {
        // `from_file` names the file in its errors, whether reading or
        // compiling it failed.
        return Module::from_file(engine, path);
    }
    if !allow_precompiled {
        anyhow::bail!(
            "`{}` is a precompiled module: its machine code runs as it is, unchecked, so \
             running it needs `--allow-precompiled`",
            path.display()
        );
    }
    // SAFETY: the user vouched for the file with `--allow-precompiled`
    // (as wasmtime's flag of the same name); its header, tables and
    // configuration are still checked.
    unsafe { Module::deserialize_file(engine, path) }
}

pub fn run(opts: RunArgs) -> Result<(), Failure> {
    let path = opts.file.display().to_string();
    // First, so that a missing `--dir` folder is reported before compiling.
    let ctx = crate::wasi::context(&opts).map_err(usage_error)?;
    let mut config = Config::new();
    config.consume_fuel(opts.fuel.is_some());
    config.epoch_interruption(opts.timeout.is_some());
    config.profiler(opts.profile);
    let engine = Engine::new(&config).map_err(usage_error)?;
    // `from_file` names the file in its errors, whether reading or
    // compiling it failed.
    let module = load_module(&engine, &opts.file, opts.allow_precompiled).map_err(usage_error)?;

    // The preloaded modules, compiled before anything runs so that every
    // compile error is reported as such.
    let preloads = opts
        .preloads
        .iter()
        .map(|preload| {
            let module = load_module(&engine, &preload.path, opts.allow_precompiled)
                .map_err(|err| usage_error(err.context(format!("`--preload {}`", preload.name))))?;
            Ok((
                preload.name.as_str(),
                preload.path.display().to_string(),
                module,
            ))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let provided = |module_name: &str| {
        module_name == wasi::MODULE || preloads.iter().any(|(name, ..)| *name == module_name)
    };
    for (importer, module) in preloads
        .iter()
        .map(|(_, path, module)| (path, module))
        .chain([(&path, &module)])
    {
        if let Some(import) = module.imports().find(|i| !provided(i.module())) {
            return Err(usage_error(anyhow!(
                "cannot instantiate `{importer}`: import `{}::{}` of type `{}` is not satisfied \
                 (`wasmrt run` provides the `{}` imports and those of `--preload` modules)",
                import.module(),
                import.name(),
                import.ty(),
                wasi::MODULE,
            )));
        }
    }
    let failed_to_instantiate = |path: &str| {
        let path = path.to_string();
        move |err: anyhow::Error| {
            usage_error(err.context(format!("failed to instantiate `{path}`")))
        }
    };
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx)
        .map_err(failed_to_instantiate(&path))?;

    let mut store = Store::new(&engine, ctx);
    let limits = Limits {
        path: path.clone(),
        fuel: opts.fuel,
        timeout: opts.timeout,
    };
    if let Some(fuel) = opts.fuel {
        store.set_fuel(fuel).map_err(usage_error)?;
    }
    if let Some(timeout) = opts.timeout {
        // The guest traps at its next function entry or loop header after
        // the epoch moves past the deadline; the timer thread moves it.
        store.set_epoch_deadline(1);
        let engine = engine.clone();
        std::thread::Builder::new()
            .name("wasmrt-timeout".into())
            .spawn(move || {
                std::thread::sleep(timeout);
                engine.increment_epoch();
            })
            .context("failed to start the `--timeout` timer thread")
            .map_err(usage_error)?;
    }

    // A trap or `proc_exit` while instantiating (in a start function) is
    // the guest's doing; anything else is a link error.
    let instantiate =
        |store: &mut Store<WasiCtx>, linker: &Linker<WasiCtx>, importer: &str, module: &Module| {
            linker.instantiate(&mut *store, module).map_err(|err| {
                if err.downcast_ref::<Trap>().is_some() || err.downcast_ref::<I32Exit>().is_some() {
                    limits.failure(err)
                } else {
                    failed_to_instantiate(importer)(err)
                }
            })
        };
    for (name, preload_path, preload) in &preloads {
        let instance = instantiate(&mut store, &linker, preload_path, preload)?;
        linker
            .instance(&mut store, name, instance)
            .map_err(failed_to_instantiate(preload_path))?;
    }
    let instance = instantiate(&mut store, &linker, &path, &module)?;

    let name = match &opts.invoke {
        Some(name) => name.clone(),
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
    // A WASI command's `_start` gets ARGS through argv only; a function
    // with parameters (or one named with `--invoke`) gets them parsed.
    let command = opts.invoke.is_none() && name == "_start" && params.is_empty();
    let texts: &[String] = if command { &[] } else { &opts.args };
    if params.len() != texts.len() {
        return Err(usage_error(anyhow!(
            "function `{name}` takes {} argument(s) ({}), but {} were given",
            params.len(),
            params
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            texts.len(),
        )));
    }
    let args = params
        .iter()
        .zip(texts)
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
        .map_err(|err| limits.failure(err))?;

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
