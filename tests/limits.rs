//! Resource limits: growth decided by the store's limiter, and bounds on
//! how many instances a store holds.

use wasmrt::*;

const GROW: &str = r#"(module (memory (export "mem") 1)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))"#;

struct Data {
    limits: StoreLimits,
}

fn grow_setup(limits: StoreLimits) -> (Store<Data>, TypedFunc<i32, i32>, Memory) {
    let engine = Engine::default();
    let module = Module::new(&engine, GROW).unwrap();
    let mut store = Store::new(&engine, Data { limits });
    store.limiter(|d| &mut d.limits);
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    let mem = instance.get_memory(&mut store, "mem").unwrap();
    (store, grow, mem)
}

#[test]
fn denied_growth_makes_memory_grow_return_minus_one() {
    let (mut store, grow, mem) =
        grow_setup(StoreLimitsBuilder::new().memory_size(3 * 65536).build());
    assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    assert_eq!(mem.size(&store), 3);
    // The host API asks the same limiter.
    assert!(mem.grow(&mut store, 1).is_err());
    assert_eq!(mem.size(&store), 3);
    assert_eq!(grow.call(&mut store, 0).unwrap(), 3);
}

#[test]
fn limiter_error_traps() {
    let limits = StoreLimitsBuilder::new()
        .memory_size(65536)
        .trap_on_grow_failure(true)
        .build();
    let (mut store, grow, _) = grow_setup(limits);
    let err = grow.call(&mut store, 1).unwrap_err();
    assert!(
        err.root_cause()
            .to_string()
            .contains("forcing trap when growing memory"),
        "{err:?}"
    );
    // As in wasmtime, the error has the backtrace of the `memory.grow`.
    let trace = err
        .downcast_ref::<wasmrt::WasmBacktrace>()
        .unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(trace.frames().len(), 1, "{err:?}");
    assert_eq!(grow.call(&mut store, 0).unwrap(), 1, "store still usable");
}

#[test]
fn memory_larger_than_the_limit_fails_to_instantiate() {
    let engine = Engine::default();
    let module = Module::new(&engine, "(module (memory 4))").unwrap();
    let mut store = Store::new(
        &engine,
        Data {
            limits: StoreLimitsBuilder::new().memory_size(65536).build(),
        },
    );
    store.limiter(|d| &mut d.limits);
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(err.to_string().contains("exceeds memory limits"), "{err}");
}

#[test]
fn default_store_holds_at_most_10000_instances() {
    let engine = Engine::default();
    let module = Module::new(&engine, "(module (func (export \"f\")))").unwrap();
    let mut store = Store::new(&engine, ());
    for _ in 0..10_000 {
        Instance::new(&mut store, &module, &[]).unwrap();
    }
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(
        err.to_string().contains("instance count too high at 10001"),
        "{err}"
    );
}

#[test]
fn custom_limiter_raises_the_instance_bound() {
    let engine = Engine::default();
    let module = Module::new(&engine, "(module (func (export \"f\")))").unwrap();
    let limits = StoreLimitsBuilder::new().instances(10_005).build();
    let mut store = Store::new(&engine, Data { limits });
    store.limiter(|d| &mut d.limits);
    for _ in 0..10_005 {
        Instance::new(&mut store, &module, &[]).unwrap();
    }
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(
        err.to_string().contains("instance count too high at 10006"),
        "{err}"
    );
}

#[test]
fn table_growth_is_limited_too() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (table 1 funcref)
             (func (export "grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))"#,
    )
    .unwrap();
    let mut store = Store::new(
        &engine,
        Data {
            limits: StoreLimitsBuilder::new().table_elements(5).build(),
        },
    );
    store.limiter(|d| &mut d.limits);
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 4).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
}

/// A limiter that records every growth it is asked about.
#[derive(Default)]
struct Recorder {
    asked: Vec<(usize, usize)>,
}

impl ResourceLimiter for Recorder {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        self.asked.push((current, desired));
        Ok(true)
    }
    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        self.asked.push((current, desired));
        Ok(true)
    }
}

#[test]
fn an_overflowing_delta_fails_without_asking_the_limiter() {
    // Found by the C-API fuzzer: `pages + delta` wrapped, and the limiter
    // was asked about a "growth" to less than the current size.
    let engine = Engine::default();
    let mut store = Store::new(&engine, Recorder::default());
    store.limiter(|r| r);
    let memory = Memory::new(&mut store, MemoryType::new(1, None)).unwrap();
    let table = Table::new(
        &mut store,
        TableType::new(ValType::FuncRef, 2, None),
        Ref::Func(None),
    )
    .unwrap();
    // Creating them asked about their initial sizes, as in wasmtime.
    assert_eq!(store.data().asked, [(0, 65536), (0, 2)]);
    store.data_mut().asked.clear();
    for delta in [u64::MAX, u64::MAX - 1, 1 << 63] {
        assert!(memory.grow(&mut store, delta).is_err());
        assert!(table.grow(&mut store, delta, Ref::Func(None)).is_err());
    }
    assert_eq!(store.data().asked, []);
    assert_eq!((memory.size(&store), table.size(&store)), (1, 2));
    // An ordinary growth is still asked about, with the true sizes.
    memory.grow(&mut store, 2).unwrap();
    table.grow(&mut store, 3, Ref::Func(None)).unwrap();
    assert_eq!(store.data().asked, [(65536, 3 * 65536), (2, 5)]);
}
