//! v128 values at the API boundary: `Func::call` with `Val::V128`,
//! `TypedFunc` with [`V128`], host functions taking and returning v128,
//! v128 globals, out-of-bounds vector accesses, and the SIMD feature switch.

use wasmrt::{
    Config, Engine, Extern, Func, FuncType, Global, GlobalType, Instance, Module, Mutability,
    Store, Trap, TrapCode, V128, Val, ValType,
};

fn instantiate(store: &mut Store<()>, wat: &str, imports: &[Extern]) -> Instance {
    let module = Module::new(store.engine(), wat).unwrap();
    Instance::new(store, &module, imports).unwrap()
}

/// Four i32 lanes as a v128 (lane 0 in the low bits).
fn i32x4(lanes: [i32; 4]) -> V128 {
    V128::from(
        lanes
            .iter()
            .enumerate()
            .fold(0, |acc, (i, l)| acc | (u128::from(*l as u32) << (32 * i))),
    )
}

#[test]
fn v128_through_func_call() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (func (export "add") (param v128 v128) (result v128)
               local.get 0 local.get 1 i32x4.add))"#,
        &[],
    );
    let add = instance.get_func(&mut store, "add").unwrap();
    let ty = add.ty(&store);
    assert_eq!(
        ty.params().collect::<Vec<_>>(),
        [ValType::V128, ValType::V128]
    );
    assert_eq!(ty.results().collect::<Vec<_>>(), [ValType::V128]);
    let mut results = [Val::I32(0)];
    add.call(
        &mut store,
        &[
            Val::V128(i32x4([1, 2, 3, -4])),
            Val::V128(i32x4([10, 20, i32::MAX, 4])),
        ],
        &mut results,
    )
    .unwrap();
    assert_eq!(results[0].v128(), Some(i32x4([11, 22, i32::MIN + 2, 0])));

    // An i32 where a v128 is expected is a type error, not a crash.
    let err = add
        .call(
            &mut store,
            &[Val::I32(1), Val::V128(V128::from(0))],
            &mut [Val::V128(V128::from(0))],
        )
        .unwrap_err();
    assert!(format!("{err:#}").contains("v128"), "{err:#}");
}

#[test]
fn v128_through_typed_func() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (func (export "replace") (param v128 i32) (result v128 i32)
               local.get 0 local.get 1 i32x4.replace_lane 2
               local.get 0 i8x16.bitmask))"#,
        &[],
    );
    let replace = instance
        .get_typed_func::<(V128, i32), (V128, i32)>(&mut store, "replace")
        .unwrap();
    let input = V128::from(u128::MAX);
    let (v, mask) = replace.call(&mut store, (input, 7)).unwrap();
    assert_eq!(v, i32x4([-1, -1, 7, -1]));
    assert_eq!(mask, 0xffff);

    // The signature is checked against V128.
    assert!(
        instance
            .get_typed_func::<(i32, i32), (V128, i32)>(&mut store, "replace")
            .is_err()
    );
}

#[test]
fn host_function_taking_and_returning_v128() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    // Swaps the two 64-bit halves.
    let swap = Func::wrap(&mut store, |v: V128| -> V128 {
        V128::from(v.as_u128().rotate_left(64))
    });
    assert_eq!(
        swap.ty(&store).params().collect::<Vec<_>>(),
        [ValType::V128]
    );
    let xor = Func::new(
        &mut store,
        FuncType::new(&engine, [ValType::V128, ValType::V128], [ValType::V128]),
        |_caller, params, results| {
            let (a, b) = (params[0].unwrap_v128(), params[1].unwrap_v128());
            results[0] = Val::V128(V128::from(a.as_u128() ^ b.as_u128()));
            Ok(())
        },
    );
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "swap" (func $swap (param v128) (result v128)))
             (import "host" "xor" (func $xor (param v128 v128) (result v128)))
             (func (export "run") (param v128) (result v128)
               local.get 0 call $swap
               v128.const i64x2 0xff 0 call $xor
               i64x2.neg))"#,
        &[swap.into(), xor.into()],
    );
    let run = instance
        .get_typed_func::<V128, V128>(&mut store, "run")
        .unwrap();
    let input = (5u128 << 64) | 3;
    let swapped = (3u128 << 64) | 5;
    let xored = swapped ^ 0xff;
    let lo = (xored as u64).wrapping_neg();
    let hi = ((xored >> 64) as u64).wrapping_neg();
    let expected = (u128::from(hi) << 64) | u128::from(lo);
    assert_eq!(
        run.call(&mut store, V128::from(input)).unwrap().as_u128(),
        expected
    );
}

#[test]
fn many_v128_params_cross_the_boundary() {
    // More vector arguments than there are argument registers, both ways.
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let sum = Func::new(
        &mut store,
        FuncType::new(&engine, vec![ValType::V128; 10], [ValType::V128]),
        |_caller, params, results| {
            let mut acc = 0u128;
            for (i, p) in params.iter().enumerate() {
                acc ^= p.unwrap_v128().as_u128().rotate_left(i as u32 * 8);
            }
            results[0] = Val::V128(V128::from(acc));
            Ok(())
        },
    );
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "sum" (func $sum (param v128 v128 v128 v128 v128
                                                    v128 v128 v128 v128 v128)
                                             (result v128)))
             (func (export "run") (param v128 v128 v128 v128 v128
                                         v128 v128 v128 v128 v128) (result v128)
               local.get 0 local.get 1 local.get 2 local.get 3 local.get 4
               local.get 5 local.get 6 local.get 7 local.get 8 local.get 9
               call $sum))"#,
        &[sum.into()],
    );
    let run = instance.get_func(&mut store, "run").unwrap();
    let args: Vec<Val> = (0..10u128)
        .map(|i| {
            Val::V128(V128::from(
                i.wrapping_mul(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210) + i,
            ))
        })
        .collect();
    let mut expected = 0u128;
    for (i, a) in args.iter().enumerate() {
        expected ^= a.unwrap_v128().as_u128().rotate_left(i as u32 * 8);
    }
    let mut results = [Val::I32(0)];
    run.call(&mut store, &args, &mut results).unwrap();
    assert_eq!(results[0].v128(), Some(V128::from(expected)));
}

#[test]
fn v128_globals() {
    let mut store = Store::new(&Engine::default(), ());
    let imported = Global::new(
        &mut store,
        GlobalType::new(ValType::V128, Mutability::Const),
        Val::V128(i32x4([1, 2, 3, 4])),
    )
    .unwrap();
    let instance = instantiate(
        &mut store,
        r#"(module
             (import "host" "g" (global $imp v128))
             (global $g (export "g") (mut v128) (v128.const i32x4 10 20 30 40))
             (func (export "bump")
               global.get $g global.get $imp i32x4.add global.set $g)
             (func (export "get") (result v128) global.get $g))"#,
        &[imported.into()],
    );
    let g = instance.get_global(&mut store, "g").unwrap();
    assert_eq!(*g.ty(&store).content(), ValType::V128);
    assert_eq!(g.get(&mut store).v128(), Some(i32x4([10, 20, 30, 40])));

    let bump = instance
        .get_typed_func::<(), ()>(&mut store, "bump")
        .unwrap();
    let get = instance
        .get_typed_func::<(), V128>(&mut store, "get")
        .unwrap();
    bump.call(&mut store, ()).unwrap();
    assert_eq!(get.call(&mut store, ()).unwrap(), i32x4([11, 22, 33, 44]));

    g.set(&mut store, Val::from(i32x4([-1, 0, 1, 2]))).unwrap();
    bump.call(&mut store, ()).unwrap();
    assert_eq!(g.get(&mut store).v128(), Some(i32x4([0, 2, 4, 6])));
    // The type is checked on set.
    assert!(g.set(&mut store, Val::I32(0)).is_err());
}

#[test]
fn out_of_bounds_vector_access_traps() {
    let mut store = Store::new(&Engine::default(), ());
    let instance = instantiate(
        &mut store,
        r#"(module
             (memory 1)
             (func (export "load") (param i32) (result v128)
               local.get 0 v128.load)
             (func (export "store_lane") (param i32)
               local.get 0 v128.const i64x2 -1 -1 v128.store64_lane 1))"#,
        &[],
    );
    let load = instance
        .get_typed_func::<i32, V128>(&mut store, "load")
        .unwrap();
    let store_lane = instance
        .get_typed_func::<i32, ()>(&mut store, "store_lane")
        .unwrap();
    assert_eq!(load.call(&mut store, 65536 - 16).unwrap().as_u128(), 0);
    for f in [
        load.call(&mut store, 65536 - 15).map(|_| ()),
        store_lane.call(&mut store, 65536 - 7),
    ] {
        let err = f.unwrap_err();
        let trap = err.downcast_ref::<Trap>().expect("a trap");
        assert_eq!(trap.code(), TrapCode::MemoryOutOfBounds);
    }
    store_lane.call(&mut store, 65536 - 8).unwrap();
    assert_eq!(
        load.call(&mut store, 65536 - 16).unwrap().as_u128(),
        u128::from(u64::MAX) << 64
    );
}

#[test]
fn simd_can_be_switched_off() {
    let wat = r#"(module (func (result v128) v128.const i64x2 0 0))"#;
    // On by default.
    Module::new(&Engine::default(), wat).unwrap();

    let mut config = Config::new();
    config.wasm_simd(false);
    let err = Module::new(&Engine::new(&config).unwrap(), wat).unwrap_err();
    assert!(
        format!("{err:#}").contains("SIMD support is not enabled"),
        "{err:#}"
    );

    let mut config = Config::new();
    config.wasm_mvp_only();
    let err = Module::new(&Engine::new(&config).unwrap(), wat).unwrap_err();
    assert!(
        format!("{err:#}").contains("SIMD support is not enabled"),
        "{err:#}"
    );
}
