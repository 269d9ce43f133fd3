//! The guest's WASI context from the command line: argv, environment
//! (`--env`, `--inherit-env`), preopened folders (`--dir`) and the
//! process's own stdin, stdout and stderr.

use std::path::Path;

use anyhow::{Context, Result, bail};
use wasmrt::wasi::{DirPerms, FilePerms, WasiCtx, WasiCtxBuilder};

use crate::args::RunArgs;

/// Builds the context; errors (a missing `--dir` folder) are usage errors.
pub fn context(run: &RunArgs) -> Result<WasiCtx> {
    let mut builder = WasiCtxBuilder::new();
    builder.inherit_stdio();
    builder.args(&argv(run));
    builder.envs(&environment(run));
    for dir in &run.dirs {
        let host = &dir.host;
        match std::fs::metadata(host) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => bail!("`--dir`: `{}` is not a folder", host.display()),
            Err(err) => bail!(
                "`--dir`: cannot open the folder `{}`: {err}",
                host.display()
            ),
        }
        builder.preopened_dir(host, &dir.guest, DirPerms::all(), FilePerms::all())?;
    }
    for address in &run.tcp_listens {
        let listener = std::net::TcpListener::bind(address)
            .with_context(|| format!("`--tcplisten`: cannot listen on `{address}`"))?;
        builder.preopened_socket(listener);
    }
    Ok(builder.build())
}

/// argv: the file's name without its folders (as wasmtime, so that host
/// paths do not leak into the guest), then ARGS.
fn argv(run: &RunArgs) -> Vec<String> {
    let name = Path::new(&run.file)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| run.file.display().to_string());
    std::iter::once(name)
        .chain(run.args.iter().cloned())
        .collect()
}

/// wasmrt's own environment with `--inherit-env` (variables that are not
/// UTF-8 are left out), then each `--env` in order, a later one replacing
/// an earlier variable of the same name.
fn environment(run: &RunArgs) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = Vec::new();
    if run.inherit_env {
        env.extend(
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))),
        );
    }
    for var in &run.envs {
        let value = match &var.value {
            Some(value) => value.clone(),
            // `--env NAME`: copied from wasmrt's environment, if set there.
            None => match std::env::var(&var.name) {
                Ok(value) => value,
                Err(_) => continue,
            },
        };
        match env.iter_mut().find(|(k, _)| *k == var.name) {
            Some(slot) => slot.1 = value,
            None => env.push((var.name.clone(), value)),
        }
    }
    env
}
