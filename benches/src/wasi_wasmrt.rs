//! WASI preview 1 on the wasmrt side of the Sightglass rows: wasmrt's own
//! `wasmrt::wasi`. The wasmtime side (`wasi_wasmtime.rs`) offers the same
//! four items, so `harness.rs` is written once against both.

use std::path::Path;
use wasmrt::wasi::pipe::MemoryOutputPipe;
use wasmrt::wasi::{DirPerms, FilePerms, I32Exit, WasiCtx, WasiCtxBuilder};

/// The WASI state a store's [`crate::Host`] carries.
pub type Ctx = WasiCtx;

/// A program's stdout and stderr, captured in memory.
pub struct Output {
    stdout: MemoryOutputPipe,
    stderr: MemoryOutputPipe,
}

impl Output {
    /// What the program wrote to stdout and stderr.
    pub fn contents(&self) -> (Vec<u8>, Vec<u8>) {
        (self.stdout.contents(), self.stderr.contents())
    }
}

/// A context as Sightglass gives it: argv `[name]`, `dir` preopened
/// read-only as `.`, stdout and stderr captured.
pub fn context(name: &str, dir: &Path) -> (Ctx, Output) {
    let output = Output {
        stdout: MemoryOutputPipe::new(usize::MAX),
        stderr: MemoryOutputPipe::new(usize::MAX),
    };
    let mut builder = WasiCtxBuilder::new();
    builder
        .args(&[name])
        .stdout(output.stdout.clone())
        .stderr(output.stderr.clone())
        .preopened_dir(dir, ".", DirPerms::READ, FilePerms::READ)
        .expect("preopen the benchmark folder");
    (builder.build(), output)
}

/// Adds `wasi_snapshot_preview1` to `linker`.
pub fn add_to_linker(linker: &mut wasmrt::Linker<crate::Host<Ctx>>) {
    wasmrt::wasi::add_to_linker(linker, |host| host.wasi.as_mut().expect("a WASI context"))
        .expect("define WASI");
}

/// The status of a `proc_exit` that ended the call with `err`.
pub fn exit_status(err: &wasmrt::Error) -> Option<i32> {
    err.downcast_ref::<I32Exit>().map(I32Exit::exit_status)
}
