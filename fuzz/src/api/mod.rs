//! API-sequence fuzzing of wasmrt's Rust API.
//!
//! A seed becomes a list of operations ([`ops::generate`]): create and drop
//! engines, modules, stores and instances, call exports with right and wrong
//! arguments, grow memories and tables past their limits, read and write
//! globals, put externrefs in tables and globals, collect garbage, set fuel
//! and epoch deadlines, use interrupt handles after their store is gone, and
//! use one store's handles with another store. [`exec::run`] executes them
//! one at a time under `catch_unwind`, against a small model of the expected
//! state (memory and table sizes, global values, fuel, a few known results).
//!
//! A panic that escapes wasmrt is a failure, except where wasmrt documents
//! one: a handle used with the wrong store, in a method that cannot return
//! an error (`Store::assert_owns`, "used with the wrong store").

pub mod exec;
pub mod ops;
