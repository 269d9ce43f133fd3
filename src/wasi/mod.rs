//! WASI preview 1 (`wasi_snapshot_preview1`), as one more user of `Linker`
//! and `Caller`, shaped like wasmtime-wasi's preview 1.
//!
//! A [`WasiCtx`], made by a [`WasiCtxBuilder`], lives in the store's data;
//! [`add_to_linker`] defines every preview 1 import in a linker, reaching
//! the context through a closure. Files are reached only through
//! preopened directories, with every guest path resolved beneath them by
//! `cap-std`; every guest pointer is checked against linear memory
//! ([`memory`]). `proc_exit` ends the call with an [`I32Exit`] error.
//!
//! ```no_run
//! use wasmrt::wasi::{self, WasiCtx, WasiCtxBuilder};
//! use wasmrt::{Engine, Linker, Module, Store};
//! # fn main() -> wasmrt::Result<()> {
//! struct State { wasi: WasiCtx }
//! let engine = Engine::default();
//! let mut linker = Linker::new(&engine);
//! wasi::add_to_linker(&mut linker, |s: &mut State| &mut s.wasi)?;
//! let wasi = WasiCtxBuilder::new().inherit_stdio().arg("hello").build();
//! let mut store = Store::new(&engine, State { wasi });
//! let module = Module::from_file(&engine, "hello.wasm")?;
//! let instance = linker.instantiate(&mut store, &module)?;
//! let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
//! match start.call(&mut store, ()) {
//!     Ok(()) => {}
//!     Err(e) => match e.downcast_ref::<wasi::I32Exit>() {
//!         Some(exit) => println!("exit status {}", exit.0),
//!         None => return Err(e),
//!     },
//! }
//! # Ok(()) }
//! ```

mod abi;
mod args;
mod clocks;
mod ctx;
mod errno;
mod fd;
mod fd_table;
pub(crate) mod link;
pub mod memory;
mod path;
pub mod pipe;
mod poll;
mod random;
mod readdir;
mod sock;
mod stat;

pub use ctx::{DirPerms, FilePerms, WasiCtx, WasiCtxBuilder};
pub use errno::Errno;
pub use link::{MODULE, add_to_linker};

/// The error `proc_exit` ends a call with, carrying the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I32Exit(pub i32);

impl I32Exit {
    /// The status the guest passed to `proc_exit`.
    pub fn exit_status(&self) -> i32 {
        self.0
    }
}

impl std::fmt::Display for I32Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Exited with i32 exit status {}", self.0)
    }
}

impl std::error::Error for I32Exit {}
