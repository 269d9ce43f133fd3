// The measurements, written once against the wasmtime-shaped API that both
// runtimes offer. `main.rs` includes this file twice, once with `rt` =
// `wasmrt` and once with `rt` = `wasmtime`, so both runtimes run exactly
// the same harness code. (An included file cannot carry `//!` docs: the
// including modules document it.) Each including module also provides
// `wasi_side`, its runtime's WASI preview 1 (`wasi_wasmrt.rs`,
// `wasi_wasmtime.rs`).

/// Every store's host state, with this runtime's WASI context.
pub type Host = crate::Host<wasi_side::Ctx>;

use rt::{Caller, Config, Engine, Func, Instance, Linker, Module, Store, TypedFunc};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// An engine with the runtime's default configuration, apart from whether
/// functions compile on several threads.
pub fn engine(parallel: bool) -> Engine {
    let mut config = Config::new();
    config.parallel_compilation(parallel);
    Engine::new(&config).expect("engine")
}

/// An engine that takes instances' memories and tables from pools of
/// `slots` slots each (wasmtime's defaults otherwise).
pub fn pooled_engine(slots: u32) -> Engine {
    let mut pooling = rt::PoolingAllocationConfig::default();
    pooling
        .total_core_instances(slots)
        .total_memories(slots)
        .total_tables(slots);
    let mut config = Config::new();
    config.allocation_strategy(rt::InstanceAllocationStrategy::Pooling(pooling));
    Engine::new(&config).expect("pooled engine")
}

/// Time to validate and compile `wasm` into a ready-to-instantiate module.
pub fn compile_time(engine: &Engine, wasm: &[u8]) -> Duration {
    let start = Instant::now();
    let module = Module::new(engine, wasm).expect("module compiles");
    let elapsed = start.elapsed();
    drop(black_box(module));
    elapsed
}

/// Compiles `wasm`.
pub fn compile(engine: &Engine, wasm: &[u8]) -> Module {
    Module::new(engine, wasm).expect("module compiles")
}

/// A compute kernel instantiated once, its `run` export ready to call.
pub struct Kernel {
    store: Store<Host>,
    run: TypedFunc<(), u64>,
}

impl Kernel {
    pub fn new(engine: &Engine, module: &Module) -> Kernel {
        let mut store = Store::new(engine, Host::default());
        let instance = Instance::new(&mut store, module, &[]).expect("kernel instantiates");
        let run = instance
            .get_typed_func::<(), u64>(&mut store, "run")
            .expect("kernel exports `run: [] -> [i64]`");
        Kernel { store, run }
    }

    /// One call of `run`: its checksum and how long it took.
    pub fn run(&mut self) -> (u64, Duration) {
        let start = Instant::now();
        let sum = self.run.call(&mut self.store, ()).expect("kernel runs");
        (sum, start.elapsed())
    }
}

/// A linker with the imports of the Sightglass programs:
/// `bench.start`/`bench.end` bracket the measured region, and WASI
/// preview 1 (`wasi_side`) serves the rest.
pub fn sightglass_linker(engine: &Engine) -> Linker<Host> {
    let mut linker = Linker::new(engine);
    linker
        .func_wrap("bench", "start", |mut caller: Caller<'_, Host>| {
            caller.data_mut().started = Some(Instant::now());
        })
        .expect("define bench.start");
    linker
        .func_wrap("bench", "end", |mut caller: Caller<'_, Host>| {
            let host = caller.data_mut();
            if let Some(start) = host.started.take() {
                host.measured += start.elapsed();
            }
        })
        .expect("define bench.end");
    wasi_side::add_to_linker(&mut linker);
    linker
}

/// What one run of a Sightglass program did.
pub struct Run {
    /// The time between its `bench.start` and `bench.end`.
    pub measured: Duration,
    /// Its stdout and stderr.
    pub output: (Vec<u8>, Vec<u8>),
}

/// Runs a Sightglass program's `_start` in a fresh instance, with its
/// folder `dir` preopened as `.`. Exit status 0 is success.
pub fn sightglass(linker: &Linker<Host>, module: &Module, name: &str, dir: &Path) -> Run {
    let (wasi, output) = wasi_side::context(name, dir);
    let host = Host {
        wasi: Some(wasi),
        ..Host::default()
    };
    let mut store = Store::new(linker.engine(), host);
    let instance = linker
        .instantiate(&mut store, module)
        .unwrap_or_else(|e| panic!("{name} does not instantiate: {e:?}"));
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .expect("`_start` export");
    if let Err(e) = start.call(&mut store, ()) {
        match wasi_side::exit_status(&e) {
            Some(0) => {}
            _ => panic!("{name} failed: {e:?}"),
        }
    }
    let host = store.data();
    assert!(
        host.started.is_none(),
        "{name}: bench.start without bench.end"
    );
    assert!(
        !host.measured.is_zero(),
        "{name}: bench.start/bench.end never called"
    );
    Run {
        measured: host.measured,
        output: output.contents(),
    }
}

/// Writes `wasm` precompiled by this runtime to `path`.
pub fn precompile_to(engine: &Engine, wasm: &[u8], path: &Path) {
    let bytes = engine.precompile_module(wasm).expect("module precompiles");
    std::fs::write(path, bytes).expect("write the precompiled module");
}

/// Time to load the precompiled module at `path` (mapped from the file),
/// instantiate it with `linker`'s imports in a new store, and call its
/// export `func: [] -> i32`, which must return `expected`. Dropping it all
/// is not timed.
pub fn precompiled_start_time(
    linker: &Linker<Host>,
    path: &Path,
    func: &str,
    expected: i32,
) -> Duration {
    let start = Instant::now();
    // SAFETY: written by this runtime's `precompile_module` for this
    // engine's configuration (`precompile_to`), and left alone.
    let module = unsafe { Module::deserialize_file(linker.engine(), path) }.expect("deserialize");
    let mut store = Store::new(linker.engine(), Host::default());
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let f = instance
        .get_typed_func::<(), i32>(&mut store, func)
        .expect("the export");
    let got = f.call(&mut store, ()).expect("call");
    let elapsed = start.elapsed();
    assert_eq!(got, expected, "{func}");
    drop(black_box((instance, store, module)));
    elapsed
}

/// Time for `count` instantiations of `module` (no imports) into one
/// store; the store is dropped outside the timing.
pub fn instantiate_time(engine: &Engine, module: &Module, count: u32) -> Duration {
    let mut store = Store::new(engine, Host::default());
    let start = Instant::now();
    for _ in 0..count {
        black_box(Instance::new(&mut store, module, &[]).expect("instantiates"));
    }
    let elapsed = start.elapsed();
    drop(store);
    elapsed
}

/// Time for `count` cycles of what a server does per request: a new
/// store, an instance of `module` (no imports) in it, and the store
/// dropped again (which, with pooling, gives the slots back).
pub fn instantiate_and_drop_time(engine: &Engine, module: &Module, count: u32) -> Duration {
    let start = Instant::now();
    for _ in 0..count {
        let mut store = Store::new(engine, Host::default());
        black_box(Instance::new(&mut store, module, &[]).expect("instantiates"));
        drop(store);
    }
    start.elapsed()
}

/// The call-overhead module instantiated: a no-op export and an export that
/// calls a no-op host function in a loop.
pub struct Calls {
    store: Store<Host>,
    nop: Func,
    nop_typed: TypedFunc<(), ()>,
    call_host: TypedFunc<i32, ()>,
}

impl Calls {
    pub fn new(engine: &Engine, module: &Module) -> Calls {
        let mut store = Store::new(engine, Host::default());
        let host_nop = Func::wrap(&mut store, || {});
        let instance = Instance::new(&mut store, module, &[host_nop.into()]).expect("instantiates");
        let nop = instance.get_func(&mut store, "nop").expect("`nop` export");
        let nop_typed = nop.typed::<(), ()>(&store).expect("nop: [] -> []");
        let call_host = instance
            .get_typed_func::<i32, ()>(&mut store, "call_host")
            .expect("`call_host: [i32] -> []` export");
        Calls {
            store,
            nop,
            nop_typed,
            call_host,
        }
    }

    /// Time for `count` host→wasm calls through `TypedFunc::call`.
    pub fn typed(&mut self, count: u32) -> Duration {
        let start = Instant::now();
        for _ in 0..count {
            self.nop_typed.call(&mut self.store, ()).expect("call");
        }
        start.elapsed()
    }

    /// Time for `count` host→wasm calls through `Func::call`.
    pub fn untyped(&mut self, count: u32) -> Duration {
        let start = Instant::now();
        for _ in 0..count {
            self.nop.call(&mut self.store, &[], &mut []).expect("call");
        }
        start.elapsed()
    }

    /// Time for `count` wasm→host calls: one host→wasm call whose body
    /// calls the host `count` times.
    pub fn wasm_to_host(&mut self, count: u32) -> Duration {
        let start = Instant::now();
        self.call_host
            .call(&mut self.store, count as i32)
            .expect("call");
        start.elapsed()
    }
}

/// Resident bytes added by `count` live instances of `module` in one store
/// (read from /proc/self/statm before and after).
pub fn resident_for_instances(engine: &Engine, module: &Module, count: u32) -> u64 {
    let mut store = Store::new(engine, Host::default());
    // One instance first, so one-time costs (trampolines, lazily
    // initialised runtime state) are not charged to the thousand.
    Instance::new(&mut store, module, &[]).expect("instantiates");
    let before = crate::resident_bytes();
    let mut instances = Vec::with_capacity(count as usize);
    for _ in 0..count {
        instances.push(Instance::new(&mut store, module, &[]).expect("instantiates"));
    }
    let after = crate::resident_bytes();
    black_box(&instances);
    after.saturating_sub(before)
}

/// Resident bytes added by `count` live instances of `module`, each in a
/// store of its own as a server holds them (read from /proc/self/statm
/// before and after).
pub fn resident_for_stores(engine: &Engine, module: &Module, count: u32) -> u64 {
    // One store first, so one-time costs are not charged to the rest.
    Instance::new(&mut Store::new(engine, Host::default()), module, &[]).expect("instantiates");
    let before = crate::resident_bytes();
    let mut live = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let mut store = Store::new(engine, Host::default());
        let instance = Instance::new(&mut store, module, &[]).expect("instantiates");
        live.push((store, instance));
    }
    let after = crate::resident_bytes();
    black_box(&live);
    after.saturating_sub(before)
}
