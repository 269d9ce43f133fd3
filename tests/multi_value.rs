//! Functions, blocks and loops with many parameters and results (more than
//! the calling convention has registers for): wasm→wasm calls, tables,
//! `return`, host→wasm calls (dynamic and typed), wasm→host calls
//! (`Func::new` and `Func::wrap`) and start functions, with every value
//! checked one by one.

use std::fmt::Write as _;

use wasmrt::{Engine, ExternRef, Func, FuncType, Instance, Module, Store, V128, Val, ValType};

/// The value types cycled through by the generated signatures.
const MIX: [ValType; 7] = [
    ValType::I32,
    ValType::I64,
    ValType::F32,
    ValType::F64,
    ValType::V128,
    ValType::FuncRef,
    ValType::ExternRef,
];

/// The type of value `k` of a mixed signature.
fn mixed(k: usize) -> ValType {
    MIX[k % MIX.len()]
}

fn wat_types(n: usize) -> String {
    (0..n)
        .map(|k| mixed(k).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the `k`-th generated result holds. Reference results cycle through
/// null and two functions (or the externref argument) so that a value left
/// in the wrong slot is noticed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expected {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
    /// Null, or the function that returns this number.
    Func(Option<i32>),
    /// Null, or the externref passed in.
    Extern(bool),
}

fn expected(k: usize) -> Expected {
    let n = k as i64;
    match mixed(k) {
        ValType::I32 => Expected::I32((n as i32).wrapping_mul(7) - 3),
        ValType::I64 => Expected::I64((n << 33) | (n + 1)),
        ValType::F32 => Expected::F32((n as f32 + 0.5).to_bits()),
        ValType::F64 => Expected::F64((-(n as f64) * 1.25).to_bits()),
        ValType::V128 => {
            let lanes = [n as u32, n as u32 + 1, !(n as u32), 0x8000_0000 | n as u32];
            let mut v = 0u128;
            for (i, lane) in lanes.iter().enumerate() {
                v |= u128::from(*lane) << (32 * i);
            }
            Expected::V128(v)
        }
        ValType::FuncRef => Expected::Func(match (k / MIX.len()) % 3 {
            0 => None,
            1 => Some(100),
            _ => Some(200),
        }),
        ValType::ExternRef => Expected::Extern((k / MIX.len()).is_multiple_of(2)),
    }
}

/// WAT instructions pushing the `k`-th expected value; local 0 holds the
/// externref argument.
fn wat_const(k: usize) -> String {
    match expected(k) {
        Expected::I32(v) => format!("i32.const {v}"),
        Expected::I64(v) => format!("i64.const {v}"),
        Expected::F32(bits) => format!("f32.const {}", f32::from_bits(bits)),
        Expected::F64(bits) => format!("f64.const {}", f64::from_bits(bits)),
        Expected::V128(v) => {
            let lanes: Vec<String> = (0..4)
                .map(|i| format!("0x{:x}", (v >> (32 * i)) as u32))
                .collect();
            format!("v128.const i32x4 {}", lanes.join(" "))
        }
        Expected::Func(None) => "ref.null func".into(),
        Expected::Func(Some(100)) => "ref.func $fa".into(),
        Expected::Func(Some(_)) => "ref.func $fb".into(),
        Expected::Extern(true) => "local.get 0".into(),
        Expected::Extern(false) => "ref.null extern".into(),
    }
}

/// The host value for the `k`-th expected value.
fn host_val(k: usize, fa: Func, fb: Func, ext: &ExternRef) -> Val {
    match expected(k) {
        Expected::I32(v) => Val::I32(v),
        Expected::I64(v) => Val::I64(v),
        Expected::F32(v) => Val::F32(v),
        Expected::F64(v) => Val::F64(v),
        Expected::V128(v) => Val::V128(v.into()),
        Expected::Func(None) => Val::FuncRef(None),
        Expected::Func(Some(100)) => Val::FuncRef(Some(fa)),
        Expected::Func(Some(_)) => Val::FuncRef(Some(fb)),
        Expected::Extern(true) => Val::ExternRef(Some(ext.clone())),
        Expected::Extern(false) => Val::ExternRef(None),
    }
}

/// Asserts that `values` are the expected values `0..values.len()`.
fn check_values(store: &mut Store<()>, values: &[Val], ext: &ExternRef, what: &str) {
    for (k, v) in values.iter().enumerate() {
        let ok = match (expected(k), v) {
            (Expected::I32(e), Val::I32(g)) => e == *g,
            (Expected::I64(e), Val::I64(g)) => e == *g,
            (Expected::F32(e), Val::F32(g)) => e == *g,
            (Expected::F64(e), Val::F64(g)) => e == *g,
            (Expected::V128(e), Val::V128(g)) => e == g.as_u128(),
            (Expected::Func(None), Val::FuncRef(None)) => true,
            (Expected::Func(Some(e)), Val::FuncRef(Some(f))) => {
                let f = f.typed::<(), i32>(&*store).unwrap();
                f.call(&mut *store, ()).unwrap() == e
            }
            (Expected::Extern(false), Val::ExternRef(None)) => true,
            (Expected::Extern(true), Val::ExternRef(Some(e))) => ExternRef::ptr_eq(e, ext),
            _ => false,
        };
        assert!(ok, "{what}: value {k} is {v:?}, expected {:?}", expected(k));
    }
}

/// Calls export `name` of `instance` with `args` and checks its `n`
/// results against the expected values.
fn call_and_check(
    store: &mut Store<()>,
    instance: Instance,
    name: &str,
    args: &[Val],
    n: usize,
    ext: &ExternRef,
) {
    let f = instance.get_func(&mut *store, name).unwrap();
    let mut results: Vec<Val> = (0..n).map(|_| Val::I32(-1)).collect();
    f.call(&mut *store, args, &mut results).unwrap();
    check_values(store, &results, ext, &format!("{n} values via {name}"));
}

/// A module whose function `many` returns `n` mixed results, and functions
/// that reach it in every way wasm can: direct calls, `call_indirect`,
/// `return`, blocks, `br`, loops, `if`, and an imported host function.
/// `checksum` and the start function consume the results inside wasm.
fn many_results_module(n: usize) -> String {
    let results = wat_types(n);
    let consts: String = (0..n).map(|k| wat_const(k) + "\n").collect();
    // Pops every result into a local (last first), then adds up the
    // integer ones into an i64.
    let mut sum = String::new();
    let locals: String = (0..n)
        .map(|k| format!("(local $r{k} {})", mixed(k)))
        .collect();
    for k in (0..n).rev() {
        writeln!(sum, "local.set $r{k}").unwrap();
    }
    sum.push_str("i64.const 0\n");
    for k in 0..n {
        match mixed(k) {
            ValType::I32 => writeln!(sum, "local.get $r{k} i64.extend_i32_s i64.add").unwrap(),
            ValType::I64 => writeln!(sum, "local.get $r{k} i64.add").unwrap(),
            _ => {}
        }
    }
    format!(
        r#"(module
  (type $many (func (param externref) (result {results})))
  (import "host" "many" (func $host_many (type $many)))
  (table $t 1 funcref)
  (elem (table $t) (i32.const 0) func $many)
  (elem declare func $fa $fb)
  (global $sum (export "start_sum") (mut i64) (i64.const 0))
  (func $fa (export "fa") (result i32) i32.const 100)
  (func $fb (export "fb") (result i32) i32.const 200)
  (func $many (export "many") (type $many)
    {consts})
  (func (export "via_call") (type $many) local.get 0 call $many)
  (func (export "via_table") (type $many) local.get 0 i32.const 0 call_indirect $t (type $many))
  (func (export "via_return") (type $many)
    local.get 0 call $many return)
  (func (export "via_block") (type $many)
    local.get 0 block (type $many) call $many end)
  (func (export "via_br") (type $many)
    local.get 0 block (type $many) call $many br 0 end)
  (func (export "via_loop") (type $many)
    local.get 0 loop (type $many) call $many end)
  (func (export "via_if") (type $many)
    local.get 0 i32.const 1 if (type $many) call $many else unreachable end)
  (func (export "via_host") (type $many) local.get 0 call $host_many)
  (func $checksum (export "checksum") (param externref) (result i64) {locals}
    local.get 0 call $many
    {sum})
  (func $start ref.null extern call $checksum global.set $sum)
  (start $start))"#
    )
}

/// The sum `checksum` computes over the first `n` expected values.
fn expected_checksum(n: usize) -> i64 {
    (0..n)
        .map(|k| match expected(k) {
            Expected::I32(v) => i64::from(v),
            Expected::I64(v) => v,
            _ => 0,
        })
        .fold(0i64, i64::wrapping_add)
}

fn check_many_results(n: usize) {
    let mut store = Store::new(&Engine::default(), ());
    let host_fa = Func::wrap(&mut store, || 100i32);
    let host_fb = Func::wrap(&mut store, || 200i32);
    let ty = FuncType::new(store.engine(), [ValType::ExternRef], (0..n).map(mixed));
    let host_many = Func::new(&mut store, ty, move |_caller, params, results| {
        let ext = params[0].externref().unwrap().unwrap().clone();
        for (k, r) in results.iter_mut().enumerate() {
            *r = host_val(k, host_fa, host_fb, &ext);
        }
        Ok(())
    });
    let module = Module::new(store.engine(), many_results_module(n)).unwrap();
    let instance = Instance::new(&mut store, &module, &[host_many.into()]).unwrap();

    let start_sum = instance.get_global(&mut store, "start_sum").unwrap();
    assert_eq!(
        start_sum.get(&mut store).i64(),
        Some(expected_checksum(n)),
        "{n} results: the start function's checksum"
    );
    let ext = ExternRef::new(&mut store, "the argument").unwrap();
    let args = [Val::ExternRef(Some(ext.clone()))];
    let checksum = instance.get_func(&mut store, "checksum").unwrap();
    let mut sum = [Val::I64(0)];
    checksum.call(&mut store, &args, &mut sum).unwrap();
    assert_eq!(sum[0].i64(), Some(expected_checksum(n)));

    for name in [
        "many",
        "via_call",
        "via_table",
        "via_return",
        "via_block",
        "via_br",
        "via_loop",
        "via_if",
        "via_host",
    ] {
        call_and_check(&mut store, instance, name, &args, n, &ext);
    }
    // The host function called directly from the host, too.
    let mut results: Vec<Val> = (0..n).map(|_| Val::I32(-1)).collect();
    host_many.call(&mut store, &args, &mut results).unwrap();
    check_values(
        &mut store,
        &results,
        &ext,
        &format!("{n} results from the host function"),
    );
}

#[test]
fn nine_results() {
    check_many_results(9);
}

#[test]
fn sixteen_results() {
    check_many_results(16);
}

#[test]
fn hundred_results() {
    check_many_results(100);
}

#[test]
fn thousand_results() {
    check_many_results(1000);
}

/// A module whose functions take and return `n` mixed values: the identity
/// itself, a wasm caller forwarding to it, a host function echoing them,
/// a block taking and returning them all, and a loop carrying them through
/// four back edges. (1,000 is wasmparser's limit, and wasmtime's, on both
/// counts.)
fn many_params_module(n: usize) -> String {
    let types = wat_types(n);
    let gets: String = (0..n).map(|k| format!("local.get {k} ")).collect();
    format!(
        r#"(module
  (type $id (func (param {types}) (result {types})))
  (import "host" "echo" (func $echo (type $id)))
  (func $id (export "id") (type $id) {gets})
  (func (export "forward") (type $id) {gets} call $id)
  (func (export "host_echo") (type $id) {gets} call $echo)
  (func (export "block_id") (type $id) {gets} block (type $id) end)
  (func (export "loop_id") (type $id) (local $c i32)
    i32.const 5 local.set $c
    {gets}
    loop (type $id)
      local.get $c i32.const 1 i32.sub local.tee $c
      br_if 0
    end))"#
    )
}

fn check_many_params(n: usize) {
    let mut store = Store::new(&Engine::default(), ());
    let ty = FuncType::new(store.engine(), (0..n).map(mixed), (0..n).map(mixed));
    let echo = Func::new(&mut store, ty, |_caller, params, results| {
        results.clone_from_slice(params);
        Ok(())
    });
    let module = Module::new(store.engine(), many_params_module(n)).unwrap();
    let instance = Instance::new(&mut store, &module, &[echo.into()]).unwrap();
    let fa = Func::wrap(&mut store, || 100i32);
    let fb = Func::wrap(&mut store, || 200i32);
    let ext = ExternRef::new(&mut store, 7u8).unwrap();
    let args: Vec<Val> = (0..n).map(|k| host_val(k, fa, fb, &ext)).collect();
    for name in ["id", "forward", "host_echo", "block_id", "loop_id"] {
        call_and_check(&mut store, instance, name, &args, n, &ext);
    }
}

#[test]
fn twenty_params_and_results() {
    check_many_params(20);
}

#[test]
fn thousand_params_and_thousand_results() {
    check_many_params(1000);
}

type Nine = (i32, i64, f32, f64, V128, i32, i64, f32, f64);

#[test]
fn nine_results_through_typed_func_and_wrap() {
    let mut store = Store::new(&Engine::default(), ());
    let host = Func::wrap(&mut store, |a: i32| -> Nine {
        (
            a,
            i64::from(a) << 40,
            a as f32 / 2.0,
            a as f64 * 3.0,
            V128::from(u128::MAX - a as u128),
            -a,
            -(i64::from(a) << 40),
            -(a as f32),
            f64::from(a).sqrt(),
        )
    });
    let module = Module::new(
        store.engine(),
        r#"(module
          (type $nine (func (param i32) (result i32 i64 f32 f64 v128 i32 i64 f32 f64)))
          (import "host" "nine" (func $nine (type $nine)))
          (func (export "call_host") (type $nine) local.get 0 call $nine)
          (func (export "swap_ends") (type $nine)
            (local i32 i64 f32 f64 v128 i32 i64 f32 f64)
            local.get 0 call $nine
            local.set 9 local.set 8 local.set 7 local.set 6 local.set 5
            local.set 4 local.set 3 local.set 2 local.set 1
            local.get 6 local.get 2 local.get 8 local.get 4 local.get 5
            local.get 1 local.get 7 local.get 3 local.get 9))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[host.into()]).unwrap();
    let call_host = instance
        .get_typed_func::<i32, Nine>(&mut store, "call_host")
        .unwrap();
    let got = call_host.call(&mut store, 16).unwrap();
    assert_eq!(
        got,
        (
            16,
            16 << 40,
            8.0,
            48.0,
            V128::from(u128::MAX - 16),
            -16,
            -(16 << 40),
            -16.0,
            4.0
        )
    );
    let swap = instance
        .get_typed_func::<i32, Nine>(&mut store, "swap_ends")
        .unwrap();
    assert_eq!(
        swap.call(&mut store, 4).unwrap(),
        (
            -4,
            4 << 40,
            -4.0,
            12.0,
            V128::from(u128::MAX - 4),
            4,
            -(4 << 40),
            2.0,
            2.0
        )
    );
    // The host function through its own typed view.
    let direct = host.typed::<i32, Nine>(&store).unwrap();
    assert_eq!(direct.call(&mut store, 16).unwrap(), got);
}

type Sixteen = (
    i32,
    i64,
    f32,
    f64,
    V128,
    Option<Func>,
    Option<ExternRef>,
    u32,
    u64,
    i32,
    i64,
    f32,
    f64,
    V128,
    Option<Func>,
    Option<ExternRef>,
);

#[test]
fn sixteen_params_and_results_through_typed_func_and_wrap() {
    let mut store = Store::new(&Engine::default(), ());
    // A host function of 16 parameters returning them in reverse order
    // where the types allow it, to catch values landing in the wrong slot.
    let reverse = Func::wrap(
        &mut store,
        |a: i32,
         b: i64,
         c: f32,
         d: f64,
         e: V128,
         f: Option<Func>,
         g: Option<ExternRef>,
         h: u32,
         i: u64,
         j: i32,
         k: i64,
         l: f32,
         m: f64,
         n: V128,
         o: Option<Func>,
         p: Option<ExternRef>|
         -> Sixteen { (j, k, l, m, n, o, p, h, i, a, b, c, d, e, f, g) },
    );
    let sig =
        "i32 i64 f32 f64 v128 funcref externref i32 i64 i32 i64 f32 f64 v128 funcref externref";
    let module = Module::new(
        store.engine(),
        format!(
            r#"(module
              (type $s (func (param {sig}) (result {sig})))
              (import "host" "reverse" (func $reverse (type $s)))
              (func (export "call_host") (type $s)
                local.get 0 local.get 1 local.get 2 local.get 3 local.get 4 local.get 5
                local.get 6 local.get 7 local.get 8 local.get 9 local.get 10 local.get 11
                local.get 12 local.get 13 local.get 14 local.get 15
                call $reverse))"#
        ),
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[reverse.into()]).unwrap();
    let fa = Func::wrap(&mut store, || 100i32);
    let fb = Func::wrap(&mut store, || 200i32);
    let x = ExternRef::new(&mut store, 'x').unwrap();
    let args: Sixteen = (
        1,
        2,
        3.5,
        4.25,
        V128::from(5),
        Some(fa),
        Some(x.clone()),
        u32::MAX,
        u64::MAX - 1,
        -10,
        -11,
        -12.5,
        -13.75,
        V128::from(u128::MAX),
        Some(fb),
        None,
    );
    for f in [
        instance
            .get_typed_func::<Sixteen, Sixteen>(&mut store, "call_host")
            .unwrap(),
        reverse.typed::<Sixteen, Sixteen>(&store).unwrap(),
    ] {
        let r = f.call(&mut store, args.clone()).unwrap();
        assert_eq!(
            (r.0, r.1, r.2, r.3, r.4),
            (-10, -11, -12.5, -13.75, V128::from(u128::MAX))
        );
        let called = r.5.unwrap().typed::<(), i32>(&store).unwrap();
        assert_eq!(called.call(&mut store, ()).unwrap(), 200);
        assert!(r.6.is_none());
        assert_eq!((r.7, r.8), (u32::MAX, u64::MAX - 1));
        assert_eq!(
            (r.9, r.10, r.11, r.12, r.13),
            (1, 2, 3.5, 4.25, V128::from(5))
        );
        let called = r.14.unwrap().typed::<(), i32>(&store).unwrap();
        assert_eq!(called.call(&mut store, ()).unwrap(), 100);
        assert!(ExternRef::ptr_eq(r.15.as_ref().unwrap(), &x));
    }
}
