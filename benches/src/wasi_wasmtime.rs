//! WASI preview 1 on the wasmtime side of the Sightglass rows:
//! `wasmtime-wasi`'s preview-1 implementation, the one `wasmtime run`
//! uses for preview-1 modules. Same items as `wasi_wasmrt.rs`.

use std::path::Path;
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// The WASI state a store's [`crate::Host`] carries.
pub type Ctx = WasiP1Ctx;

/// A program's stdout and stderr, captured in memory.
pub struct Output {
    stdout: MemoryOutputPipe,
    stderr: MemoryOutputPipe,
}

impl Output {
    /// What the program wrote to stdout and stderr.
    pub fn contents(&self) -> (Vec<u8>, Vec<u8>) {
        (
            self.stdout.contents().to_vec(),
            self.stderr.contents().to_vec(),
        )
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
        .preopened_dir(dir, ".", FsPerms::ReadOnly)
        .expect("preopen the benchmark folder");
    (builder.build_p1(), output)
}

/// Adds `wasi_snapshot_preview1` to `linker`.
pub fn add_to_linker(linker: &mut wasmtime::Linker<crate::Host<Ctx>>) {
    wasmtime_wasi::p1::add_to_linker_sync(linker, |host| {
        host.wasi.as_mut().expect("a WASI context")
    })
    .expect("define WASI");
}

/// The status of a `proc_exit` that ended the call with `err`.
pub fn exit_status(err: &wasmtime::Error) -> Option<i32> {
    err.downcast_ref::<I32Exit>().map(|exit| exit.0)
}
