//! Differential fuzzing of wasmrt against wasmtime and wasmi.
//!
//! A seed becomes a module ([`generate`]), the module runs on every engine
//! ([`engines`]) under one fixed script of calls ([`oracle`]), and every
//! observable outcome is compared. The `diff` binary drives many seeds in
//! child processes.

pub mod api;
pub mod driver;
pub mod engines;
pub mod generate;
pub mod info;
pub mod known_bugs;
pub mod oracle;
pub mod rng;
pub mod shrink;
pub mod value;
