//! `wasmrt compile`: a module compiled ahead of time into a precompiled
//! file (`.cwasm`) that `wasmrt run --allow-precompiled` and
//! `Module::deserialize_file` load without compiling.

use anyhow::Context;
use wasmrt::{Config, Engine};

use crate::args::CompileArgs;
use crate::{Failure, usage_error};

pub fn compile(opts: CompileArgs) -> Result<(), Failure> {
    let mut config = Config::new();
    config.consume_fuel(opts.consume_fuel);
    config.epoch_interruption(opts.epoch_interruption);
    let engine = Engine::new(&config).map_err(usage_error)?;
    let bytes = std::fs::read(&opts.file)
        .with_context(|| format!("failed to read `{}`", opts.file.display()))
        .map_err(usage_error)?;
    let artifact = engine
        .precompile_module(&bytes)
        .with_context(|| format!("failed to compile `{}`", opts.file.display()))
        .map_err(usage_error)?;
    std::fs::write(&opts.output, artifact)
        .with_context(|| format!("failed to write `{}`", opts.output.display()))
        .map_err(usage_error)
}
