//! Memories, tables and globals used from the host, and the effects that
//! wasm code sees (and causes) through them.

use wasmrt::{
    Engine, Extern, Func, Global, GlobalType, Instance, Memory, MemoryType, Module, Mutability,
    Ref, Store, Table, TableType, Trap, TrapCode, TypedFunc, Val, ValType,
};

const PAGE: usize = 65536;

fn instantiate(store: &mut Store<()>, wat: &str, imports: &[Extern]) -> Instance {
    let module = Module::new(store.engine(), wat).unwrap();
    Instance::new(store, &module, imports).unwrap()
}

fn trap_code(err: &anyhow::Error) -> TrapCode {
    err.downcast_ref::<Trap>()
        .unwrap_or_else(|| panic!("expected a trap, got {err:?}"))
        .code()
}

#[test]
fn exported_memory_from_host_and_wasm() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (memory (export "mem") 1 3)
             (data (i32.const 4) "\01\02\03\04")
             (func (export "load") (param i32) (result i32) local.get 0 i32.load)
             (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store)
             (func (export "size") (result i32) memory.size)
             (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
        &[],
    );
    let mem = instance.get_memory(&mut store, "mem").unwrap();
    let load: TypedFunc<i32, i32> = instance.get_typed_func(&mut store, "load").unwrap();
    let store_fn: TypedFunc<(i32, i32), ()> = instance.get_typed_func(&mut store, "store").unwrap();
    let size: TypedFunc<(), i32> = instance.get_typed_func(&mut store, "size").unwrap();
    let grow: TypedFunc<i32, i32> = instance.get_typed_func(&mut store, "grow").unwrap();

    assert_eq!(mem.ty(&store).minimum(), 1);
    assert_eq!(mem.ty(&store).maximum(), Some(3));
    assert_eq!(mem.size(&store), 1);
    assert_eq!(mem.data_size(&store), PAGE);
    assert_eq!(mem.data(&store).len(), PAGE);
    assert_eq!(&mem.data(&store)[4..8], [1, 2, 3, 4]);
    assert_eq!(load.call(&mut store, 4).unwrap(), 0x04030201);

    // Host writes, wasm reads.
    mem.write(&mut store, 100, &0xdeadbeef_u32.to_le_bytes())
        .unwrap();
    assert_eq!(load.call(&mut store, 100).unwrap(), 0xdeadbeef_u32 as i32);
    mem.data_mut(&mut store)[PAGE - 1] = 0x7f;
    assert_eq!(load.call(&mut store, PAGE as i32 - 4).unwrap(), 0x7f000000);

    // Wasm writes, host reads.
    store_fn.call(&mut store, (200, 0x01020304)).unwrap();
    let mut buf = [0; 4];
    mem.read(&store, 200, &mut buf).unwrap();
    assert_eq!(buf, [4, 3, 2, 1]);

    // Out-of-bounds host accesses are errors and change nothing.
    assert!(mem.read(&store, PAGE - 2, &mut buf).is_err());
    assert!(mem.write(&mut store, PAGE - 2, &[9; 4]).is_err());
    assert!(mem.read(&store, usize::MAX, &mut buf).is_err());
    assert_eq!(&mem.data(&store)[PAGE - 2..], [0, 0x7f]);

    // Grow from the host: wasm sees the new size and zeroed pages.
    assert_eq!(mem.grow(&mut store, 1).unwrap(), 1);
    assert_eq!(mem.size(&store), 2);
    assert_eq!(mem.data_size(&store), 2 * PAGE);
    assert_eq!(size.call(&mut store, ()).unwrap(), 2);
    assert_eq!(load.call(&mut store, 2 * PAGE as i32 - 4).unwrap(), 0);
    assert_eq!(load.call(&mut store, 100).unwrap(), 0xdeadbeef_u32 as i32);

    // Grow from wasm: the host sees it.
    assert_eq!(grow.call(&mut store, 1).unwrap(), 2);
    assert_eq!(mem.size(&store), 3);
    assert_eq!(mem.data(&store).len(), 3 * PAGE);
    mem.write(&mut store, 3 * PAGE - 4, &[5, 6, 7, 8]).unwrap();
    assert_eq!(
        load.call(&mut store, 3 * PAGE as i32 - 4).unwrap(),
        0x08070605
    );

    // Beyond the maximum: -1 in wasm, an error from the host, no change.
    assert_eq!(grow.call(&mut store, 1).unwrap(), -1);
    assert_eq!(grow.call(&mut store, 0x10000).unwrap(), -1);
    assert!(mem.grow(&mut store, 1).is_err());
    assert_eq!(size.call(&mut store, ()).unwrap(), 3);
    assert_eq!(grow.call(&mut store, 0).unwrap(), 3);
    let err = load.call(&mut store, 3 * PAGE as i32).unwrap_err();
    assert_eq!(trap_code(&err), TrapCode::MemoryOutOfBounds);
}

#[test]
fn host_memory_imported_by_two_instances() {
    let mut store = Store::new(&Engine::default(), ());
    let mem = Memory::new(&mut store, MemoryType::new(1, Some(2))).unwrap();
    let wat = r#"(module
                   (import "env" "mem" (memory 1 2))
                   (func (export "add") (param i32 i32)
                     local.get 0
                     local.get 0 i32.load
                     local.get 1 i32.add
                     i32.store)
                   (func (export "grow") (result i32) i32.const 1 memory.grow))"#;
    let a = instantiate(&mut store, wat, &[mem.into()]);
    let b = instantiate(&mut store, wat, &[mem.into()]);
    let add_a: TypedFunc<(i32, i32), ()> = a.get_typed_func(&mut store, "add").unwrap();
    let add_b: TypedFunc<(i32, i32), ()> = b.get_typed_func(&mut store, "add").unwrap();

    add_a.call(&mut store, (64, 5)).unwrap();
    add_b.call(&mut store, (64, 7)).unwrap();
    let mut word = [0; 4];
    mem.read(&store, 64, &mut word).unwrap();
    assert_eq!(i32::from_le_bytes(word), 12);

    // Growth through one instance is seen by the other and by the host.
    let grow_a: TypedFunc<(), i32> = a.get_typed_func(&mut store, "grow").unwrap();
    assert_eq!(grow_a.call(&mut store, ()).unwrap(), 1);
    assert_eq!(mem.size(&store), 2);
    add_b.call(&mut store, (PAGE as i32 + 8, 3)).unwrap();
    assert_eq!(mem.data(&store)[PAGE + 8], 3);
    // b grows the same memory, which is already at its maximum.
    let grow_b: TypedFunc<(), i32> = b.get_typed_func(&mut store, "grow").unwrap();
    assert_eq!(grow_b.call(&mut store, ()).unwrap(), -1);
}

#[test]
fn table_from_host_and_wasm() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (type $unary (func (param i32) (result i32)))
             (table (export "tab") 2 10 funcref)
             (elem (i32.const 0) $double)
             (func $double (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
             (func (export "call_at") (param i32 i32) (result i32)
               local.get 1 local.get 0 call_indirect (type $unary)))"#,
        &[],
    );
    let table = instance.get_table(&mut store, "tab").unwrap();
    let call_at: TypedFunc<(i32, i32), i32> =
        instance.get_typed_func(&mut store, "call_at").unwrap();

    assert_eq!(table.ty(&mut store).element(), ValType::FuncRef);
    assert_eq!(table.ty(&mut store).minimum(), 2);
    assert_eq!(table.ty(&mut store).maximum(), Some(10));
    assert_eq!(table.size(&mut store), 2);

    // Entry 0 is `$double`, callable from the host.
    let double = match table.get(&mut store, 0) {
        Some(Ref::Func(Some(f))) => f,
        _ => panic!("table[0] should hold a function"),
    };
    let mut result = [Val::I32(0)];
    double
        .call(&mut store, &[Val::I32(21)], &mut result)
        .unwrap();
    assert_eq!(result[0].unwrap_i32(), 42);
    assert!(matches!(table.get(&mut store, 1), Some(Ref::Func(None))));
    assert!(table.get(&mut store, 2).is_none());

    // A host function stored from the host is called by wasm.
    let triple = Func::wrap(&mut store, |x: i32| x * 3);
    table.set(&mut store, 1, Ref::Func(Some(triple))).unwrap();
    assert_eq!(call_at.call(&mut store, (1, 5)).unwrap(), 15);
    assert_eq!(call_at.call(&mut store, (0, 5)).unwrap(), 10);

    // Grow: new entries hold the init value; wasm sees the new size (the
    // last new entry is null, the one after it out of bounds).
    assert_eq!(table.grow(&mut store, 3, Ref::Func(None)).unwrap(), 2);
    assert_eq!(table.size(&mut store), 5);
    let err = call_at.call(&mut store, (4, 1)).unwrap_err();
    assert_eq!(trap_code(&err), TrapCode::IndirectCallToNull);
    let err = call_at.call(&mut store, (5, 1)).unwrap_err();
    assert_eq!(trap_code(&err), TrapCode::TableOutOfBounds);
    assert_eq!(
        table.grow(&mut store, 2, Ref::Func(Some(double))).unwrap(),
        5
    );
    assert_eq!(call_at.call(&mut store, (6, 8)).unwrap(), 16);

    // Beyond the maximum, or out of bounds.
    assert!(table.grow(&mut store, 4, Ref::Func(None)).is_err());
    assert_eq!(table.size(&mut store), 7);
    assert!(table.set(&mut store, 7, Ref::Func(None)).is_err());

    // A function of another type is stored, but calling it through
    // `call_indirect (type $unary)` is a signature mismatch.
    let nullary = Func::wrap(&mut store, || 7i32);
    table.set(&mut store, 2, Ref::Func(Some(nullary))).unwrap();
    let err = call_at.call(&mut store, (2, 0)).unwrap_err();
    assert_eq!(trap_code(&err), TrapCode::BadSignature);

    // Clearing an entry makes it null again.
    table.set(&mut store, 0, Ref::Func(None)).unwrap();
    let err = call_at.call(&mut store, (0, 1)).unwrap_err();
    assert_eq!(trap_code(&err), TrapCode::IndirectCallToNull);
}

#[test]
fn host_table_imported_by_wasm() {
    let mut store = Store::new(&Engine::default(), ());
    let negate = Func::wrap(&mut store, |x: i32| -x);
    let table = Table::new(
        &mut store,
        TableType::new(ValType::FuncRef, 3, None),
        Ref::Func(Some(negate)),
    )
    .unwrap();
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "env" "tab" (table 3 funcref))
             (elem (i32.const 2) $inc)
             (func $inc (param i32) (result i32) local.get 0 i32.const 1 i32.add)
             (func (export "call_at") (param i32 i32) (result i32)
               local.get 1 local.get 0 call_indirect (param i32) (result i32)))"#,
        &[table.into()],
    );
    let call_at: TypedFunc<(i32, i32), i32> =
        instance.get_typed_func(&mut store, "call_at").unwrap();
    assert_eq!(call_at.call(&mut store, (0, 4)).unwrap(), -4);
    assert_eq!(call_at.call(&mut store, (1, 4)).unwrap(), -4);
    // The module's element segment wrote into the host's table.
    assert_eq!(call_at.call(&mut store, (2, 4)).unwrap(), 5);
    let inc = match table.get(&mut store, 2) {
        Some(Ref::Func(Some(f))) => f,
        _ => panic!("table[2] should hold `$inc`"),
    };
    let mut result = [Val::I32(0)];
    inc.call(&mut store, &[Val::I32(41)], &mut result).unwrap();
    assert_eq!(result[0].unwrap_i32(), 42);
}

#[test]
fn exported_globals_and_mutability() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (global (export "c") i32 (i32.const 7))
             (global $v (export "v") (mut i64) (i64.const 1))
             (global $f (export "f") (mut f64) (f64.const 0.5))
             (func (export "get_v") (result i64) global.get $v)
             (func (export "set_v") (param i64) local.get 0 global.set $v)
             (func (export "get_f_bits") (result i64) global.get $f i64.reinterpret_f64))"#,
        &[],
    );
    let c = instance.get_global(&mut store, "c").unwrap();
    let v = instance.get_global(&mut store, "v").unwrap();
    let f = instance.get_global(&mut store, "f").unwrap();
    let get_v: TypedFunc<(), i64> = instance.get_typed_func(&mut store, "get_v").unwrap();
    let set_v: TypedFunc<i64, ()> = instance.get_typed_func(&mut store, "set_v").unwrap();

    assert_eq!(*c.ty(&store).content(), ValType::I32);
    assert_eq!(c.ty(&store).mutability(), Mutability::Const);
    assert_eq!(v.ty(&store).mutability(), Mutability::Var);
    assert_eq!(c.get(&mut store).unwrap_i32(), 7);
    assert_eq!(v.get(&mut store).unwrap_i64(), 1);

    // A constant global cannot be set.
    assert!(c.set(&mut store, Val::I32(8)).is_err());
    assert_eq!(c.get(&mut store).unwrap_i32(), 7);

    // Host sets, wasm reads; wasm sets, host reads.
    v.set(&mut store, Val::I64(-99)).unwrap();
    assert_eq!(get_v.call(&mut store, ()).unwrap(), -99);
    set_v.call(&mut store, i64::MAX).unwrap();
    assert_eq!(v.get(&mut store).unwrap_i64(), i64::MAX);

    // A value of the wrong type is an error.
    assert!(v.set(&mut store, Val::I32(1)).is_err());
    assert_eq!(v.get(&mut store).unwrap_i64(), i64::MAX);

    // Float bits, NaN payload included, go through unchanged.
    let nan_bits = 0x7ff4_0000_0000_1234_u64;
    f.set(&mut store, Val::F64(nan_bits)).unwrap();
    assert!(matches!(f.get(&mut store), Val::F64(bits) if bits == nan_bits));
    let get_f_bits: TypedFunc<(), i64> = instance.get_typed_func(&mut store, "get_f_bits").unwrap();
    assert_eq!(get_f_bits.call(&mut store, ()).unwrap() as u64, nan_bits);
}

#[test]
fn host_globals() {
    let mut store = Store::new(&Engine::default(), ());
    let constant = Global::new(
        &mut store,
        GlobalType::new(ValType::F32, Mutability::Const),
        Val::F32(1.5f32.to_bits()),
    )
    .unwrap();
    assert_eq!(constant.get(&mut store).unwrap_f32(), 1.5);
    assert!(
        constant
            .set(&mut store, Val::F32(2.5f32.to_bits()))
            .is_err()
    );

    // The initial value must match the type.
    assert!(
        Global::new(
            &mut store,
            GlobalType::new(ValType::I32, Mutability::Var),
            Val::I64(0),
        )
        .is_err()
    );
}

#[test]
fn imported_mutable_global_is_shared() {
    let mut store = Store::new(&Engine::default(), ());
    let counter = Global::new(
        &mut store,
        GlobalType::new(ValType::I32, Mutability::Var),
        Val::I32(10),
    )
    .unwrap();
    let wat = r#"(module
                   (import "env" "counter" (global $c (mut i32)))
                   (func (export "inc") (result i32)
                     global.get $c i32.const 1 i32.add global.set $c
                     global.get $c))"#;
    let a = instantiate(&mut store, wat, &[counter.into()]);
    let b = instantiate(&mut store, wat, &[counter.into()]);
    let inc_a: TypedFunc<(), i32> = a.get_typed_func(&mut store, "inc").unwrap();
    let inc_b: TypedFunc<(), i32> = b.get_typed_func(&mut store, "inc").unwrap();

    assert_eq!(inc_a.call(&mut store, ()).unwrap(), 11);
    assert_eq!(counter.get(&mut store).unwrap_i32(), 11);
    counter.set(&mut store, Val::I32(100)).unwrap();
    assert_eq!(inc_a.call(&mut store, ()).unwrap(), 101);
    assert_eq!(inc_b.call(&mut store, ()).unwrap(), 102);
    assert_eq!(counter.get(&mut store).unwrap_i32(), 102);
}

/// Data segments with constant offsets reach a memory through a shared
/// copy-on-write image: every instance starts from the segments (later
/// ones overwriting earlier ones), and a write stays in its own instance.
#[test]
fn data_segments_are_private_to_each_instance() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
             (memory (export "mem") 2)
             (data (i32.const 0) "abcdef")
             (data (i32.const 2) "XY")
             (data (i32.const 70000) "\2a")
             (data (i32.const 131071) "\07")
             (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8)
             (func (export "grow") (result i32) i32.const 1 memory.grow))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let a = Instance::new(&mut store, &module, &[]).unwrap();
    let b = Instance::new(&mut store, &module, &[]).unwrap();
    let mem_a = a.get_memory(&mut store, "mem").unwrap();
    let mem_b = b.get_memory(&mut store, "mem").unwrap();
    for mem in [mem_a, mem_b] {
        let data = mem.data(&store);
        assert_eq!(&data[..7], b"abXYef\0");
        assert_eq!(data[70000], 0x2a);
        assert_eq!(data[131071], 7);
        assert!(data[7..70000].iter().all(|&x| x == 0));
    }
    let store_a: TypedFunc<(i32, i32), ()> = a.get_typed_func(&mut store, "store").unwrap();
    store_a.call(&mut store, (3, i32::from(b'!'))).unwrap();
    store_a.call(&mut store, (70000, 1)).unwrap();
    mem_a.data_mut(&mut store)[131071] = 9;
    assert_eq!(&mem_a.data(&store)[..4], b"abX!");
    assert_eq!(&mem_b.data(&store)[..4], b"abXY");
    assert_eq!(mem_b.data(&store)[70000], 0x2a);
    assert_eq!(mem_b.data(&store)[131071], 7);
    // Growing past the image gives zeroed pages; the image stays in place.
    let grow: TypedFunc<(), i32> = b.get_typed_func(&mut store, "grow").unwrap();
    assert_eq!(grow.call(&mut store, ()).unwrap(), 2);
    assert!(mem_b.data(&store)[2 * PAGE..].iter().all(|&x| x == 0));
    assert_eq!(&mem_b.data(&store)[..4], b"abXY");
    // A third instance, made after the writes, starts from the segments.
    let c = Instance::new(&mut store, &module, &[]).unwrap();
    let mem_c = c.get_memory(&mut store, "mem").unwrap();
    assert_eq!(&mem_c.data(&store)[..4], b"abXY");
    assert_eq!(mem_c.data(&store)[70000], 0x2a);
}

#[test]
fn host_memory_sizes_beyond_32_bit_memories_are_refused() {
    // Found by the API-sequence fuzzer (fuzz/corpus/api-0.txt): a type
    // whose maximum no valid module could declare was accepted.
    let mut store = Store::new(&Engine::default(), ());
    let err = Memory::new(&mut store, MemoryType::new(3, Some(1_004_239_810))).unwrap_err();
    assert!(
        err.to_string()
            .contains("maximum of 1004239810 pages exceeds the 65536 pages"),
        "{err}"
    );
    let err = Memory::new(&mut store, MemoryType::new(65_537, None)).unwrap_err();
    assert!(err.to_string().contains("minimum of 65537 pages"), "{err}");
    // The largest declarable maximum is fine.
    let mem = Memory::new(&mut store, MemoryType::new(1, Some(65_536))).unwrap();
    assert_eq!(mem.ty(&store).maximum(), Some(65_536));
}
