//! The pooling allocator: instances take memories and tables from slots
//! the engine reserves once. An exhausted pool is an error naming the
//! limit; a dropped store's slots are reused with their contents reset to
//! exactly what a fresh instance has (data segments, zeros, null table
//! elements), also when another module used the slot before; modules
//! that do not fit the pools are refused when compiled; and many
//! instantiate/drop cycles leave resident memory flat.

use wasmrt::*;

/// A module that writes all over its memory and table, so that reuse
/// without a reset would show.
const DIRTY: &str = r#"(module
  (memory (export "memory") 1 4)
  (table (export "table") 4 8 funcref)
  (data (i32.const 100) "segment")
  (elem (i32.const 1) $f)
  (func $f)
  (func (export "dirty")
    (memory.fill (i32.const 0) (i32.const 0xAB) (i32.const 65536))
    (drop (memory.grow (i32.const 2)))
    (memory.fill (i32.const 65536) (i32.const 0xCD) (i32.const 131072))
    (table.fill (i32.const 0) (ref.func $f) (i32.const 4))
    (drop (table.grow (ref.func $f) (i32.const 3)))))"#;

fn pooled_engine(configure: impl FnOnce(&mut PoolingAllocationConfig)) -> Engine {
    let mut pooling = PoolingAllocationConfig::new();
    pooling
        .total_core_instances(4)
        .total_memories(2)
        .total_tables(2);
    configure(&mut pooling);
    let mut config = Config::new();
    config.allocation_strategy(pooling);
    Engine::new(&config).unwrap()
}

/// Checks that a fresh instance of `DIRTY` sees exactly its initial state,
/// then dirties it.
fn check_fresh_then_dirty(engine: &Engine, module: &Module) {
    let mut store = Store::new(engine, ());
    let instance = Instance::new(&mut store, module, &[]).unwrap();
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert_eq!(memory.size(&store), 1, "the memory has its initial size");
    let mut expected = vec![0u8; 65536];
    expected[100..107].copy_from_slice(b"segment");
    assert!(
        memory.data(&store) == &expected[..],
        "the memory holds the data segment and zeros"
    );
    let table = instance.get_table(&mut store, "table").unwrap();
    assert_eq!(table.size(&store), 4, "the table has its initial size");
    for i in 0..4 {
        let elem = table.get(&mut store, i).unwrap();
        let is_null = elem.is_null();
        assert_eq!(is_null, i != 1, "table element {i}");
    }
    instance
        .get_typed_func::<(), ()>(&mut store, "dirty")
        .unwrap()
        .call(&mut store, ())
        .unwrap();
    assert_eq!(memory.size(&store), 3);
    assert_eq!(table.size(&store), 7);
}

#[test]
fn slots_are_reset_when_reused() {
    let engine = pooled_engine(|_| {});
    let module = Module::new(&engine, DIRTY).unwrap();
    // Two slots each: the third and later stores reuse dirtied slots.
    for _ in 0..6 {
        check_fresh_then_dirty(&engine, &module);
    }
}

#[test]
fn kept_resident_bytes_are_reset_too() {
    let engine = pooled_engine(|p| {
        p.linear_memory_keep_resident(3 * 65536)
            .table_keep_resident(16);
    });
    let module = Module::new(&engine, DIRTY).unwrap();
    for _ in 0..6 {
        check_fresh_then_dirty(&engine, &module);
    }
    // A size too large to round to pages keeps everything resident.
    let engine = pooled_engine(|p| {
        p.linear_memory_keep_resident(usize::MAX)
            .table_keep_resident(usize::MAX);
    });
    let module = Module::new(&engine, DIRTY).unwrap();
    for _ in 0..6 {
        check_fresh_then_dirty(&engine, &module);
    }
}

#[test]
fn a_slot_used_by_another_module_holds_nothing_of_it() {
    let engine = pooled_engine(|p| {
        p.total_memories(1).total_tables(1);
    });
    let other = Module::new(
        &engine,
        r#"(module (memory 2) (table 4 funcref)
             (data (i32.const 96) "other module's bytes")
             (data (i32.const 70000) "more"))"#,
    )
    .unwrap();
    let module = Module::new(&engine, DIRTY).unwrap();
    let no_data = Module::new(&engine, r#"(module (memory (export "memory") 2))"#).unwrap();
    for _ in 0..2 {
        Instance::new(&mut Store::new(&engine, ()), &other, &[]).unwrap();
        check_fresh_then_dirty(&engine, &module);
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &no_data, &[]).unwrap();
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        assert_eq!(memory.data_size(&store), 2 * 65536);
        assert!(memory.data(&store).iter().all(|&b| b == 0));
    }
}

#[test]
fn exhausting_a_pool_is_an_error_naming_the_limit() {
    let engine = pooled_engine(|_| {});
    let module = Module::new(&engine, DIRTY).unwrap();
    let mut store = Store::new(&engine, ());
    Instance::new(&mut store, &module, &[]).unwrap();
    Instance::new(&mut store, &module, &[]).unwrap();
    let err = Instance::new(&mut store, &module, &[]).unwrap_err();
    assert!(err.is::<PoolConcurrencyLimitError>(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "maximum concurrent limit of 2 for tables reached"
    );
    // Another store meets the same pool; dropping the first frees it.
    let mut other = Store::new(&engine, ());
    assert!(Instance::new(&mut other, &module, &[]).is_err());
    drop(store);
    Instance::new(&mut other, &module, &[]).unwrap();

    let memories_only = Module::new(&engine, "(module (memory 1))").unwrap();
    Instance::new(&mut other, &memories_only, &[]).unwrap();
    let err = Instance::new(&mut other, &memories_only, &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "maximum concurrent limit of 2 for memories reached"
    );

    // Two instances are alive (failed instantiations count none): two
    // more fill the four.
    let empty = Module::new(&engine, "(module)").unwrap();
    Instance::new(&mut other, &empty, &[]).unwrap();
    Instance::new(&mut other, &empty, &[]).unwrap();
    let err = Instance::new(&mut other, &empty, &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "maximum concurrent limit of 4 for core instances reached"
    );
}

#[test]
fn modules_that_do_not_fit_are_refused_when_compiled() {
    let engine = pooled_engine(|p| {
        p.max_memory_size(2 * 65536).table_elements(10);
    });
    let err = Module::new(&engine, "(module (memory 3))").unwrap_err();
    assert!(
        format!("{err:#}").contains(
            "memory index 0 has a minimum byte size of 196608 which exceeds the limit of 131072 bytes"
        ),
        "{err:#}"
    );
    let err = Module::new(&engine, "(module (table 11 funcref))").unwrap_err();
    assert!(
        format!("{err:#}").contains(
            "table index 0 has a minimum element size of 11 which exceeds the limit of 10"
        ),
        "{err:#}"
    );
    let err = Module::new(&engine, "(module (table 1 funcref) (table 1 funcref))").unwrap_err();
    assert!(
        format!("{err:#}")
            .contains("defined tables count of 2 exceeds the per-instance limit of 1"),
        "{err:#}"
    );
    let small = pooled_engine(|p| {
        p.max_core_instance_size(64);
    });
    let err = Module::new(
        &small,
        "(module (global (mut i64) (i64.const 0)) (func) (func))",
    );
    assert!(
        format!("{:#}", err.unwrap_err()).contains("exceeds the configured maximum of 64 bytes")
    );
}

#[test]
fn memories_grow_only_to_the_pools_maximum() {
    let engine = pooled_engine(|p| {
        p.max_memory_size(3 * 65536);
    });
    let module = Module::new(
        &engine,
        r#"(module (memory (export "memory") 1)
             (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
             (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = instance
        .get_typed_func::<i32, i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, 2).unwrap(), 1);
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert_eq!(memory.size(&store), 3);
    assert!(memory.grow(&mut store, 1).is_err());
    // Past the end of a pooled memory is a trap, as anywhere.
    let load = instance
        .get_typed_func::<i32, i32>(&mut store, "load")
        .unwrap();
    assert_eq!(load.call(&mut store, 3 * 65536 - 4).unwrap(), 0);
    for address in [3 * 65536 - 3, 3 * 65536, 4 * 65536, -4] {
        let err = load.call(&mut store, address).unwrap_err();
        let code = err.downcast_ref::<Trap>().map(Trap::code);
        assert_eq!(code, Some(TrapCode::MemoryOutOfBounds), "load at {address}");
    }
}

#[test]
fn precompiled_modules_map_their_images_into_pool_slots() {
    let engine = pooled_engine(|_| {});
    let bytes = engine.precompile_module(DIRTY.as_bytes()).unwrap();
    let dir = std::env::temp_dir().join(format!("wasmrt-pooling-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dirty.cwasm");
    std::fs::write(&path, &bytes).unwrap();
    // SAFETY: the file was written by `precompile_module` just above.
    let module = unsafe { Module::deserialize_file(&engine, &path) }.unwrap();
    for _ in 0..4 {
        check_fresh_then_dirty(&engine, &module);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn stores_on_several_threads_share_the_pools() {
    let engine = pooled_engine(|p| {
        p.total_core_instances(8).total_memories(8).total_tables(8);
    });
    let module = Module::new(&engine, DIRTY).unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..200 {
                    check_fresh_then_dirty(&engine, &module);
                }
            });
        }
    });
}

/// Resident bytes of this process.
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

#[test]
fn a_hundred_thousand_cycles_leave_resident_memory_flat() {
    // Resident memory is the process's: measure in a child process that
    // runs this test alone, so other tests' allocations do not count.
    const CHILD: &str = "WASMRT_POOLING_RSS_CHILD";
    if std::env::var_os(CHILD).is_none() {
        let name = "a_hundred_thousand_cycles_leave_resident_memory_flat";
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", name, "--nocapture", "--test-threads", "1"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{text}");
        assert!(text.contains("1 passed"), "{text}");
        return;
    }
    let engine = pooled_engine(|_| {});
    let module = Module::new(&engine, DIRTY).unwrap();
    let cycle = || {
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        // Touch pages past the image, so that each cycle dirties memory.
        memory.data_mut(&mut store)[8192] = 1;
        memory.data_mut(&mut store)[40000] = 1;
    };
    for _ in 0..1000 {
        cycle();
    }
    let before = resident_bytes();
    for _ in 0..100_000 {
        cycle();
    }
    let after = resident_bytes();
    eprintln!("resident: {before} bytes after 1,000 cycles, {after} after 101,000");
    // Flat within 5%.
    assert!(
        after <= before + before / 20,
        "resident memory grew from {before} to {after} bytes"
    );
}

#[test]
fn large_tables_live_in_their_slots_and_are_reset_too() {
    // Small tables keep their elements in a vector of their own; one of
    // more than 512 elements uses its slot's pages.
    let engine = pooled_engine(|p| {
        p.table_elements(2000);
    });
    let module = Module::new(
        &engine,
        r#"(module
             (table (export "table") 600 2000 funcref)
             (elem (i32.const 599) $f)
             (func $f)
             (func (export "dirty")
               (table.fill (i32.const 0) (ref.func $f) (i32.const 600))
               (drop (table.grow (ref.func $f) (i32.const 900)))))"#,
    )
    .unwrap();
    for _ in 0..5 {
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let table = instance.get_table(&mut store, "table").unwrap();
        assert_eq!(table.size(&store), 600);
        for i in 0..600 {
            assert_eq!(
                table.get(&mut store, i).unwrap().is_null(),
                i != 599,
                "element {i}"
            );
        }
        instance
            .get_typed_func::<(), ()>(&mut store, "dirty")
            .unwrap()
            .call(&mut store, ())
            .unwrap();
        assert_eq!(table.size(&store), 1500);
        assert!(table.grow(&mut store, 501, Ref::Func(None)).is_err());
    }
}
