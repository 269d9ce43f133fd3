//! Soak test: resident memory stays flat over many create/drop cycles.
//!
//! Three phases, each measuring the process's resident set size (from
//! `/proc/self/statm`) after a warm-up and at the end, and failing if it
//! grew by more than 5%:
//! 1. instantiate and drop an instance of a module with a memory, a table,
//!    data and element segments and a global, `--instances` times (default
//!    1,000,000), all in one store, dropping each with its own store every
//!    `STORE_BATCH` instances so the store's instance list stays bounded;
//! 2. create and drop a store with host functions (`Func::wrap`,
//!    `Func::new`, a `Linker`-defined closure capturing a buffer), calling
//!    into wasm that calls them, `--stores` times (default 100,000);
//! 3. the same stores created and dropped on 8 threads sharing one `Engine`
//!    and `Module`, `--thread-stores` in all (default 1,000 per thread's
//!    worth: 8,000).
//!
//! Prints each phase's RSS at start and end and a closing line
//! `N passed, N failed`.

use std::sync::Arc;
use std::time::Instant;

use wasmrt::{
    Caller, Engine, Error, Func, FuncType, Instance, Linker, Module, Result, Store, Val, ValType,
};

/// Instances per store in phase 1 (a store keeps its instances until it
/// is dropped, as in wasmtime).
const STORE_BATCH: u64 = 1_000;

/// Allowed RSS growth between the measurement after warm-up and the end.
const TOLERANCE: f64 = 0.05;

const INSTANCE_WAT: &str = r#"(module
  (memory (export "memory") 1 4)
  (table (export "table") 4 funcref)
  (global $g (export "g") (mut i32) (i32.const 7))
  (data (i32.const 0) "soak test data segment")
  (data (i32.const 4096) "\01\02\03\04")
  (elem (i32.const 0) $f $f)
  (func $f (export "f") (result i32)
    global.get $g
    i32.const 4096
    i32.load
    i32.add))"#;

const HOST_WAT: &str = r#"(module
  (import "host" "add" (func $add (param i32 i32) (result i32)))
  (import "host" "dynamic" (func $dynamic (param i64) (result i64)))
  (import "host" "captured" (func $captured (result i32)))
  (func (export "run") (param i32) (result i32)
    local.get 0
    i32.const 1
    call $add
    i64.const 5
    call $dynamic
    i32.wrap_i64
    i32.add
    call $captured
    i32.add))"#;

/// Resident set size of this process in bytes (`VmRSS` of
/// `/proc/self/status`).
fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("read /proc/self/status");
    let kib: u64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("/proc/self/status has a VmRSS line in kB");
    kib * 1024
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// Runs `cycles` iterations of `step`, measuring RSS after the first
/// tenth (warm-up: allocator pools, lazily made trampolines) and at the
/// end.
fn phase(name: &str, cycles: u64, mut step: impl FnMut(u64) -> Result<()>) -> Result<bool> {
    let warmup = (cycles / 10).max(1);
    let start = Instant::now();
    for i in 0..warmup {
        step(i)?;
    }
    let before = resident_bytes();
    for i in warmup..cycles {
        step(i)?;
    }
    let after = resident_bytes();
    let growth = after as f64 / before as f64 - 1.0;
    let ok = growth <= TOLERANCE;
    println!(
        "{} {name}: {cycles} cycles in {:.2} s, RSS {:.1} MiB after warm-up, {:.1} MiB at the end ({:+.1}%)",
        if ok { "PASS" } else { "FAIL" },
        start.elapsed().as_secs_f64(),
        mib(before),
        mib(after),
        growth * 100.0
    );
    Ok(ok)
}

/// One store with three kinds of host function, calling wasm that calls
/// them; checks the result.
fn store_cycle(engine: &Engine, module: &Module, i: u64) -> Result<()> {
    let mut store = Store::new(engine, vec![0u8; 256]);
    let add = Func::wrap(&mut store, |a: i32, b: i32| a.wrapping_add(b));
    let dynamic = Func::new(
        &mut store,
        FuncType::new(engine, [ValType::I64], [ValType::I64]),
        |_caller, params, results| {
            results[0] = Val::I64(params[0].unwrap_i64() * 2);
            Ok(())
        },
    );
    let captured_buffer = Arc::new(vec![3u8; 1024]);
    let mut linker = Linker::new(engine);
    linker.define(&store, "host", "add", add)?;
    linker.define(&store, "host", "dynamic", dynamic)?;
    linker.func_wrap("host", "captured", move |caller: Caller<'_, Vec<u8>>| {
        i32::from(captured_buffer[0]) + i32::from(caller.data()[0])
    })?;
    let instance: Instance = linker.instantiate(&mut store, module)?;
    let run = instance.get_typed_func::<i32, i32>(&mut store, "run")?;
    let arg = (i % 1000) as i32;
    let got = run.call(&mut store, arg)?;
    if got != arg + 1 + 10 + 3 {
        return Err(Error::msg(format!(
            "store cycle {i}: run({arg}) returned {got}"
        )));
    }
    Ok(())
}

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name} takes a number"))
        })
        .unwrap_or(default)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let instances = arg(&args, "--instances", 1_000_000);
    let stores = arg(&args, "--stores", 100_000);
    let thread_stores = arg(&args, "--thread-stores", 8_000);
    let engine = Engine::default();
    let mut results = Vec::new();

    let module = Module::new(&engine, INSTANCE_WAT)?;
    let mut store = Store::new(&engine, ());
    results.push(phase("instantiate/drop", instances, |i| {
        if i % STORE_BATCH == 0 {
            store = Store::new(&engine, ());
        }
        let instance = Instance::new(&mut store, &module, &[])?;
        let f = instance.get_typed_func::<(), i32>(&mut store, "f")?;
        let got = f.call(&mut store, ())?;
        if got != 7 + 0x0403_0201 {
            return Err(Error::msg(format!("instance {i}: f() returned {got}")));
        }
        Ok(())
    })?);
    drop(store);

    let host_module = Module::new(&engine, HOST_WAT)?;
    results.push(phase(
        "store with host functions create/drop",
        stores,
        |i| store_cycle(&engine, &host_module, i),
    )?);

    // 8 threads share the engine and module; each phase step is one round
    // of 8 stores, one per thread.
    let threads = 8;
    let rounds = thread_stores.div_ceil(threads);
    results.push(phase(
        "stores on 8 threads sharing an engine and module",
        rounds,
        |round| {
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads)
                    .map(|t| {
                        let (engine, module) = (&engine, &host_module);
                        scope.spawn(move || store_cycle(engine, module, round * threads + t))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("store thread panicked"))
                    .collect::<Result<Vec<()>>>()
                    .map(drop)
            })
        },
    )?);

    let passed = results.iter().filter(|ok| **ok).count();
    println!("{passed} passed, {} failed", results.len() - passed);
    if passed == results.len() {
        Ok(())
    } else {
        std::process::exit(1)
    }
}
