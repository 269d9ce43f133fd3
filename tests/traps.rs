//! Every trap reachable from wasm 1.0 code: the exact `TrapCode`, message,
//! and wasm backtrace (function index, name, and the module byte offset of
//! the trapping instruction and of each call on the way to it).

mod common;

use common::{as_trap, assert_frames, call_offset, op_offset, op_offsets};
use wasmparser::Operator;
use wasmrt::{Config, Engine, Instance, Module, Store, TrapCode, Val};

/// A module whose exported `run` (function 2) calls `$outer` (function 1),
/// which calls `$inner` (function 0), whose body is `inner_body`; every one of
/// them is `(param $x i32) (result i32)`. `rest` adds more fields (memory,
/// table, more functions: those get indices from 3).
fn chain(inner_body: &str, rest: &str) -> String {
    format!(
        r#"(module $traps
             (func $inner (param $x i32) (result i32) {inner_body})
             (func $outer (param $x i32) (result i32) local.get $x call $inner)
             (func $run (export "run") (param $x i32) (result i32) local.get $x call $outer)
             {rest})"#
    )
}

struct Loaded {
    wasm: Vec<u8>,
    store: Store<()>,
    instance: Instance,
}

fn load(wat: &str) -> Loaded {
    let wasm = wat::parse_str(wat).unwrap();
    let engine = Engine::default();
    let module = Module::new(&engine, &wasm).unwrap();
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    Loaded {
        wasm,
        store,
        instance,
    }
}

impl Loaded {
    fn call(&mut self, name: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let func = self.instance.get_func(&mut self.store, name).unwrap();
        let mut results = vec![Val::I32(0); func.ty(&self.store).results().len()];
        func.call(&mut self.store, args, &mut results)?;
        Ok(results)
    }

    fn run(&mut self, x: i32) -> anyhow::Result<i32> {
        Ok(self.call("run", &[Val::I32(x)])?[0].unwrap_i32())
    }

    /// Calls `run(x)`, expects a trap with `code` and `message`, and checks
    /// the backtrace is inner → outer → run with `inner` stopped at `offset`.
    fn expect_chain_trap(&mut self, x: i32, code: TrapCode, message: &str, offset: usize) {
        let err = self.run(x).unwrap_err();
        let trap = as_trap(&err);
        assert_eq!(trap.code(), code, "{err:?}");
        assert_eq!(trap.message(), message);
        assert_frames(
            &self.wasm,
            trap,
            &[
                (0, "inner", offset),
                (1, "outer", call_offset(&self.wasm, 1)),
                (2, "run", call_offset(&self.wasm, 2)),
            ],
        );
    }
}

#[test]
fn unreachable() {
    let mut m = load(&chain("unreachable", ""));
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::Unreachable));
    m.expect_chain_trap(
        0,
        TrapCode::UnreachableCodeReached,
        "wasm `unreachable` instruction executed",
        offset,
    );

    // Display: the message, then the backtrace naming the functions.
    let err = m.run(0).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("wasm trap: wasm `unreachable` instruction executed"),
        "{text}"
    );
    let backtrace = &text[text.find("wasm backtrace:").expect(&text)..];
    let inner = backtrace.find("inner").expect(&text);
    let outer = backtrace.find("outer").expect(&text);
    assert!(inner < outer, "innermost frame first:\n{text}");

    // The module name from the name section is reported on each frame.
    let trap = as_trap(&err);
    for frame in trap.trace().frames() {
        assert_eq!(frame.module_name(), Some("traps"));
    }
}

#[test]
fn out_of_bounds_load() {
    let mut m = load(&chain("local.get $x i32.load", "(memory 1)"));
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::I32Load { .. }));
    // The last in-bounds word loads fine.
    assert_eq!(m.run(65532).unwrap(), 0);
    for address in [65536, 65533, -1, i32::MIN] {
        m.expect_chain_trap(
            address,
            TrapCode::MemoryOutOfBounds,
            "out of bounds memory access",
            offset,
        );
    }
}

#[test]
fn out_of_bounds_store() {
    let mut m = load(&chain(
        "local.get $x i64.const -1 i64.store i32.const 0",
        r#"(memory 1)
           (func (export "peek") (param i32) (result i32) local.get 0 i32.load)"#,
    ));
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::I64Store { .. }));
    for address in [65536, 65529, 0x7fff_ffff, -8] {
        m.expect_chain_trap(
            address,
            TrapCode::MemoryOutOfBounds,
            "out of bounds memory access",
            offset,
        );
    }
    // A store that traps writes nothing, not even its in-bounds part.
    assert_eq!(
        m.call("peek", &[Val::I32(65532)]).unwrap()[0].unwrap_i32(),
        0
    );
    // The last in-bounds 8 bytes can be written.
    assert_eq!(m.run(65528).unwrap(), 0);
    assert_eq!(
        m.call("peek", &[Val::I32(65532)]).unwrap()[0].unwrap_i32(),
        -1
    );
}

/// Table of size 4: [0] = $answer (type $t), [1] = $takes_arg (another
/// type), [2] and [3] are null. `$inner` does `call_indirect (type $t)`.
fn indirect_module() -> Loaded {
    load(&chain(
        "local.get $x call_indirect (type $t)",
        r#"(type $t (func (result i32)))
           (type $same_as_t (func (result i32)))
           (table 4 funcref)
           (elem (i32.const 0) $answer $takes_arg)
           (func $answer (type $t) i32.const 42)
           (func $takes_arg (param i32) (result i32) local.get 0)
           (func (export "same_structure") (param i32) (result i32)
             local.get 0 call_indirect (type $same_as_t))"#,
    ))
}

fn call_indirect_offset(m: &Loaded) -> usize {
    op_offset(&m.wasm, 0, |op| matches!(op, Operator::CallIndirect { .. }))
}

#[test]
fn call_indirect_works_and_matches_types_structurally() {
    let mut m = indirect_module();
    assert_eq!(m.run(0).unwrap(), 42);
    // A separately declared but identical type is the same type.
    let result = m.call("same_structure", &[Val::I32(0)]).unwrap();
    assert_eq!(result[0].unwrap_i32(), 42);
}

#[test]
fn call_indirect_out_of_bounds_index() {
    let mut m = indirect_module();
    let offset = call_indirect_offset(&m);
    for index in [4, 1000, -1] {
        m.expect_chain_trap(
            index,
            TrapCode::TableOutOfBounds,
            "undefined element: out of bounds table access",
            offset,
        );
    }
}

#[test]
fn call_indirect_null_entry() {
    let mut m = indirect_module();
    let offset = call_indirect_offset(&m);
    for index in [2, 3] {
        m.expect_chain_trap(
            index,
            TrapCode::IndirectCallToNull,
            "uninitialized element",
            offset,
        );
    }
}

#[test]
fn call_indirect_signature_mismatch() {
    let mut m = indirect_module();
    let offset = call_indirect_offset(&m);
    m.expect_chain_trap(
        1,
        TrapCode::BadSignature,
        "indirect call type mismatch",
        offset,
    );
}

#[test]
fn signed_division_overflow() {
    let mut m = load(&chain(
        "i32.const 0x80000000 local.get $x i32.div_s",
        r#"(func (export "rem") (param i32 i32) (result i32)
             local.get 0 local.get 1 i32.rem_s)
           (func (export "div64") (param i64 i64) (result i64)
             local.get 0 local.get 1 i64.div_s)"#,
    ));
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::I32DivS));
    assert_eq!(m.run(1).unwrap(), i32::MIN);
    assert_eq!(m.run(-2).unwrap(), 1 << 30);
    m.expect_chain_trap(-1, TrapCode::IntegerOverflow, "integer overflow", offset);

    // INT_MIN % -1 is 0, not a trap.
    let rem = m.call("rem", &[Val::I32(i32::MIN), Val::I32(-1)]).unwrap();
    assert_eq!(rem[0].unwrap_i32(), 0);

    let err = m
        .call("div64", &[Val::I64(i64::MIN), Val::I64(-1)])
        .unwrap_err();
    assert_eq!(as_trap(&err).code(), TrapCode::IntegerOverflow);
}

#[test]
fn division_by_zero() {
    let mut m = load(&chain(
        "i32.const 7 local.get $x i32.div_u",
        r#"(func (export "rem_s") (param i32 i32) (result i32)
             local.get 0 local.get 1 i32.rem_s)
           (func (export "div64") (param i64 i64) (result i64)
             local.get 0 local.get 1 i64.div_s)"#,
    ));
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::I32DivU));
    assert_eq!(m.run(2).unwrap(), 3);
    m.expect_chain_trap(
        0,
        TrapCode::IntegerDivisionByZero,
        "integer divide by zero",
        offset,
    );

    for (name, args) in [
        ("rem_s", [Val::I32(5), Val::I32(0)]),
        ("div64", [Val::I64(5), Val::I64(0)]),
    ] {
        let err = m.call(name, &args).unwrap_err();
        let trap = as_trap(&err);
        assert_eq!(trap.code(), TrapCode::IntegerDivisionByZero, "{name}");
        assert_eq!(trap.message(), "integer divide by zero");
    }
}

/// `$inner` reinterprets its argument as an f32 and truncates it to i32.
fn truncation_module() -> Loaded {
    load(&chain(
        "local.get $x f32.reinterpret_i32 i32.trunc_f32_s",
        r#"(func (export "trunc64") (param f64) (result i64)
             local.get 0 i64.trunc_f64_u)"#,
    ))
}

#[test]
fn truncation_of_nan() {
    let mut m = truncation_module();
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::I32TruncF32S));
    assert_eq!(m.run((-7.9f32).to_bits() as i32).unwrap(), -7);
    for nan in [f32::NAN, -f32::NAN, f32::from_bits(0x7f80_0001)] {
        m.expect_chain_trap(
            nan.to_bits() as i32,
            TrapCode::BadConversionToInteger,
            "invalid conversion to integer",
            offset,
        );
    }
    let err = m
        .call("trunc64", &[Val::F64(f64::NAN.to_bits())])
        .unwrap_err();
    assert_eq!(as_trap(&err).code(), TrapCode::BadConversionToInteger);
}

#[test]
fn truncation_out_of_range() {
    let mut m = truncation_module();
    let offset = op_offset(&m.wasm, 0, |op| matches!(op, Operator::I32TruncF32S));
    // -2^31 is representable; 2^31 and anything below -2^31 are not.
    assert_eq!(
        m.run((-2147483648.0f32).to_bits() as i32).unwrap(),
        i32::MIN
    );
    for value in [
        2147483648.0f32,
        -2147483904.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
    ] {
        m.expect_chain_trap(
            value.to_bits() as i32,
            TrapCode::IntegerOverflow,
            "integer overflow",
            offset,
        );
    }
    // Unsigned: -1.0 is out of range, -0.9 truncates to 0.
    let ok = m.call("trunc64", &[Val::F64((-0.9f64).to_bits())]).unwrap();
    assert_eq!(ok[0].unwrap_i64(), 0);
    let err = m
        .call("trunc64", &[Val::F64((-1.0f64).to_bits())])
        .unwrap_err();
    assert_eq!(as_trap(&err).code(), TrapCode::IntegerOverflow);
}

#[test]
fn unbounded_recursion_is_a_stack_overflow() {
    let mut m = load(
        r#"(module
             (func $recurse (param $n i32) (result i32)
               local.get $n i32.const 1 i32.add call $recurse)
             (func $run (export "run") (param $x i32) (result i32)
               local.get $x call $recurse)
             (func (export "ok") (result i32) i32.const 7))"#,
    );
    let recursive_call = call_offset(&m.wasm, 0);
    let entry_call = call_offset(&m.wasm, 1);

    // Twice: the store must be usable again after an overflow.
    for _ in 0..2 {
        let err = m.run(0).unwrap_err();
        let trap = as_trap(&err);
        assert_eq!(trap.code(), TrapCode::StackOverflow);
        assert_eq!(trap.message(), "call stack exhausted");
        assert!(err.to_string().contains("call stack exhausted"), "{err}");

        let frames = trap.trace().frames();
        assert!(frames.len() > 100, "only {} frames", frames.len());
        for frame in &frames[..frames.len() - 1] {
            assert_eq!(frame.func_index(), 0);
            assert_eq!(frame.func_name(), Some("recurse"));
        }
        // Every caller frame stopped at the recursive call.
        for frame in &frames[1..frames.len() - 1] {
            assert_eq!(frame.module_offset(), Some(recursive_call));
        }
        let outermost = frames.last().unwrap();
        assert_eq!(outermost.func_index(), 1);
        assert_eq!(outermost.func_name(), Some("run"));
        assert_eq!(outermost.module_offset(), Some(entry_call));

        assert_eq!(m.call("ok", &[]).unwrap()[0].unwrap_i32(), 7);
    }
}

#[test]
fn a_trap_leaves_the_instance_usable() {
    let mut m = load(&chain(
        "local.get $x i32.load",
        r#"(memory 1) (data (i32.const 16) "\2a")"#,
    ));
    for _ in 0..3 {
        let err = m.run(1 << 20).unwrap_err();
        assert_eq!(as_trap(&err).code(), TrapCode::MemoryOutOfBounds);
        assert_eq!(m.run(16).unwrap(), 42);
    }
    // The frames of an earlier trap do not leak into a later one.
    let err = m.run(1 << 20).unwrap_err();
    assert_eq!(as_trap(&err).trace().frames().len(), 3);
    let offsets = op_offsets(&m.wasm, 0, |op| matches!(op, Operator::I32Load { .. }));
    assert_eq!(
        as_trap(&err).trace().frames()[0].module_offset(),
        Some(offsets[0])
    );
}

#[test]
fn max_wasm_stack_beyond_the_threads_stack_is_still_a_trap() {
    // 8 MiB allowed for wasm, on a thread of 1 MiB: wasm must stop at the
    // thread's own stack, not overflow it (which kills the process).
    let run = || {
        let mut config = Config::new();
        config.max_wasm_stack(8 << 20);
        let engine = Engine::new(&config).unwrap();
        let module = Module::new(
            &engine,
            r#"(module
                 (func $recurse (export "recurse") (param i64 i64 i64 i64) (result i64)
                   local.get 0 i64.const 1 i64.add local.get 1 local.get 2 local.get 3
                   call $recurse))"#,
        )
        .unwrap();
        let mut store = Store::new(&engine, ());
        let instance = Instance::new(&mut store, &module, &[]).unwrap();
        let recurse = instance
            .get_typed_func::<(i64, i64, i64, i64), i64>(&mut store, "recurse")
            .unwrap();
        for _ in 0..2 {
            let err = recurse.call(&mut store, (0, 1, 2, 3)).unwrap_err();
            assert_eq!(as_trap(&err).code(), TrapCode::StackOverflow, "{err}");
        }
    };
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}
