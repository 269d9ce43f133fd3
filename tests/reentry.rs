//! Re-entering wasm from embedder code that runs below wasm frames: host
//! functions, the epoch deadline callback, a resource limiter and call
//! hooks, nested several levels deep, with a trap at the innermost level.
//! Every backtrace must name exactly the live wasm frames, never a frame
//! that already returned.

mod common;

use wasmrt::{
    CallHook, Caller, Config, Engine, Error, Func, Instance, Module, ResourceLimiter, Store, Trap,
    TrapCode, UpdateDeadline, Val,
};

/// `outer` calls `helper`, which calls the host's `tick` and returns; then
/// `outer` spins until the epoch deadline stops it. `level` does the same
/// at depth 0 and otherwise goes one level deeper through the host's
/// `down`. `boom` traps.
const WAT: &str = r#"(module
  (import "host" "tick" (func $tick))
  (import "host" "down" (func $down (param i32)))
  (memory 1)
  (func $helper (export "helper") call $tick)
  (func $outer (export "outer") call $helper (loop br 0))
  (func $level (export "level") (param $n i32)
    local.get $n
    if
      local.get $n i32.const 1 i32.sub call $down
    else
      call $helper (loop br 0)
    end)
  (func $boom (export "boom") (result i32) i32.const 1 i32.const 0 i32.div_u)
  (func $grow (export "grow") (result i32)
    call $helper i32.const 1 memory.grow))"#;

/// The store's data: whether `tick` advances the epoch.
struct Data {
    tick_epoch: bool,
}

fn setup() -> (Store<Data>, Instance) {
    let mut config = Config::new();
    config.epoch_interruption(true);
    let engine = Engine::new(&config).unwrap();
    let mut store = Store::new(&engine, Data { tick_epoch: true });
    let tick = Func::wrap(&mut store, |caller: Caller<'_, Data>| {
        if caller.data().tick_epoch {
            caller.engine().increment_epoch();
        }
    });
    let down = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, Data>, n: i32| -> wasmrt::Result<()> {
            let level = caller.get_export("level").unwrap().into_func().unwrap();
            level.call(&mut caller, &[Val::I32(n)], &mut [])
        },
    );
    let module = Module::new(&engine, WAT).unwrap();
    let instance = Instance::new(&mut store, &module, &[tick.into(), down.into()]).unwrap();
    (store, instance)
}

/// The function names of a trap's backtrace, innermost first.
fn frame_names(err: &Error) -> Vec<String> {
    let trap = err
        .downcast_ref::<Trap>()
        .unwrap_or_else(|| panic!("not a trap: {err:?}"));
    trap.trace()
        .frames()
        .iter()
        .map(|f| f.func_name().unwrap_or("?").to_string())
        .collect()
}

fn assert_division_trap(err: &Error) {
    let trap = err.downcast_ref::<Trap>().unwrap();
    assert_eq!(trap.code(), TrapCode::IntegerDivisionByZero, "{err}");
}

/// The epoch callback calls `boom`, which traps; the callback fails with
/// that trap, so the interrupted function fails with it too.
fn boom_on_deadline(store: &mut Store<Data>, instance: Instance) {
    let boom = instance.get_func(&mut *store, "boom").unwrap();
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(move |mut ctx| {
        // Without a new deadline, wasm called from here would be
        // interrupted at once.
        ctx.set_epoch_deadline(1_000);
        let mut result = [Val::I32(0)];
        let err = boom.call(&mut ctx, &[], &mut result).unwrap_err();
        Err::<UpdateDeadline, _>(err)
    });
}

#[test]
fn epoch_callback_reenters_after_a_host_call_returned() {
    let (mut store, instance) = setup();
    let wasm = wat::parse_str(WAT).unwrap();
    // Function indices: imports 0-1, helper 2, outer 3, level 4, boom 5.
    let outer_body = common::body_range(&wasm, 3);
    boom_on_deadline(&mut store, instance);
    let outer = instance.get_func(&mut store, "outer").unwrap();
    for _ in 0..3 {
        store.set_epoch_deadline(1);
        let err = outer.call(&mut store, &[], &mut []).unwrap_err();
        assert_division_trap(&err);
        // `helper` returned long before: it must not appear.
        assert_eq!(frame_names(&err), ["boom", "outer"]);
        let trap = err.downcast_ref::<Trap>().unwrap();
        let at = trap.trace().frames()[1].module_offset().unwrap();
        assert!(
            outer_body.contains(&at),
            "the outer frame is in `outer` ({outer_body:?}), at {at:#x}"
        );
    }
    // The store is fine afterwards: a plain trap has a plain backtrace.
    store.epoch_deadline_trap();
    let boom = instance.get_func(&mut store, "boom").unwrap();
    let err = boom.call(&mut store, &[], &mut [Val::I32(0)]).unwrap_err();
    assert_eq!(frame_names(&err), ["boom"]);
}

#[test]
fn nested_host_levels_report_every_live_frame_once() {
    let (mut store, instance) = setup();
    boom_on_deadline(&mut store, instance);
    let level = instance.get_func(&mut store, "level").unwrap();
    for depth in [0, 1, 5] {
        store.set_epoch_deadline(1);
        let err = level
            .call(&mut store, &[Val::I32(depth)], &mut [])
            .unwrap_err();
        assert_division_trap(&err);
        let mut expected = vec!["boom".to_string()];
        expected.extend((0..=depth).map(|_| "level".to_string()));
        assert_eq!(frame_names(&err), expected, "depth {depth}");
    }
}

#[test]
fn a_trap_at_every_nested_level_names_only_that_levels_frames() {
    // `down(n)` first runs `boom` (which traps; the error is kept) and
    // then goes one level deeper, so every level sees a trap of its own.
    let engine = Engine::default();
    let mut store = Store::new(&engine, Vec::<Vec<String>>::new());
    let down = Func::wrap(
        &mut store,
        |mut caller: Caller<'_, Vec<Vec<String>>>, n: i32| -> wasmrt::Result<()> {
            let boom = caller.get_export("boom").unwrap().into_func().unwrap();
            let err = boom.call(&mut caller, &[], &mut [Val::I32(0)]).unwrap_err();
            caller.data_mut().push(frame_names(&err));
            let level = caller.get_export("level").unwrap().into_func().unwrap();
            level.call(&mut caller, &[Val::I32(n)], &mut [])
        },
    );
    let module = Module::new(
        &engine,
        r#"(module
             (import "host" "down" (func $down (param i32)))
             (func $level (export "level") (param $n i32)
               local.get $n
               if local.get $n i32.const 1 i32.sub call $down end)
             (func $boom (export "boom") (result i32) i32.const 1 i32.const 0 i32.div_u))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[down.into()]).unwrap();
    let level = instance.get_func(&mut store, "level").unwrap();
    level.call(&mut store, &[Val::I32(4)], &mut []).unwrap();
    // Level k (1-based) ran `boom` under k `level` frames.
    let traces = store.data();
    assert_eq!(traces.len(), 4);
    for (k, trace) in traces.iter().enumerate() {
        let mut expected = vec!["boom".to_string()];
        expected.extend((0..=k).map(|_| "level".to_string()));
        assert_eq!(trace, &expected, "level {}", k + 1);
    }
}

#[test]
fn call_hook_reenters_wasm() {
    let (mut store, instance) = setup();
    store.data_mut().tick_epoch = false;
    let boom = instance.get_func(&mut store, "boom").unwrap();
    let mut entered = false;
    store.call_hook(move |mut ctx, hook| {
        if hook == CallHook::CallingHost && !entered {
            entered = true;
            let err = boom.call(&mut ctx, &[], &mut [Val::I32(0)]).unwrap_err();
            return Err(err);
        }
        Ok(())
    });
    let helper = instance.get_func(&mut store, "helper").unwrap();
    let err = helper.call(&mut store, &[], &mut []).unwrap_err();
    assert_division_trap(&err);
    // `boom` ran while `helper` was calling `tick`.
    assert_eq!(frame_names(&err), ["boom", "helper"]);
}

/// A limiter that runs wasm of its own store when asked about a growth.
struct ReentrantLimiter {
    store: Store<Data>,
    boom: Func,
    traces: Vec<Vec<String>>,
}

impl ResourceLimiter for ReentrantLimiter {
    fn memory_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> wasmrt::Result<bool> {
        let err = self
            .boom
            .call(&mut self.store, &[], &mut [Val::I32(0)])
            .unwrap_err();
        self.traces.push(frame_names(&err));
        // Asked at instantiation, then by each `memory.grow`: allow the
        // first growth, deny the second.
        Ok(self.traces.len() < 3)
    }
    fn table_growing(&mut self, _: usize, _: usize, _: Option<usize>) -> wasmrt::Result<bool> {
        Ok(true)
    }
}

#[test]
fn limiter_reenters_wasm_of_another_store() {
    let (mut inner_store, inner) = setup();
    let boom = inner.get_func(&mut inner_store, "boom").unwrap();
    let engine = inner_store.engine().clone();
    let mut store = Store::new(
        &engine,
        ReentrantLimiter {
            store: inner_store,
            boom,
            traces: Vec::new(),
        },
    );
    store.limiter(|data| data as &mut dyn ResourceLimiter);
    let tick = Func::wrap(&mut store, || {});
    let down = Func::wrap(&mut store, |_: i32| {});
    let module = Module::new(&engine, WAT).unwrap();
    let instance = Instance::new(&mut store, &module, &[tick.into(), down.into()]).unwrap();
    let grow = instance
        .get_typed_func::<(), i32>(&mut store, "grow")
        .unwrap();
    assert_eq!(grow.call(&mut store, ()).unwrap(), 1, "allowed: old size");
    assert_eq!(grow.call(&mut store, ()).unwrap(), -1, "denied");
    // The inner store's trap shows only its own frame.
    assert_eq!(store.data().traces, [["boom"], ["boom"], ["boom"]]);
}

/// Nested wasm→host→wasm levels, `LEVELS` deep, run on a large stack: the
/// innermost level runs `bottom` (wasm that can call the host function
/// `host::fail`, which fails with "bottom"). Returns the error of the
/// outermost call.
fn error_under_nested_levels(bottom: &'static str) -> wasmrt::Error {
    let run = move || {
        let mut config = Config::new();
        config.max_wasm_stack(200 << 20);
        let engine = Engine::new(&config).unwrap();
        let mut store = Store::new(&engine, ());
        let down = Func::wrap(
            &mut store,
            |mut caller: Caller<'_, ()>, n: i32| -> wasmrt::Result<()> {
                let level = caller.get_export("level").unwrap().into_func().unwrap();
                level.call(&mut caller, &[Val::I32(n)], &mut [])
            },
        );
        let fail = Func::wrap(&mut store, || -> wasmrt::Result<()> {
            Err(wasmrt::Error::msg("bottom"))
        });
        let wat = format!(
            r#"(module
                 (import "host" "down" (func $down (param i32)))
                 (import "host" "fail" (func $fail))
                 (func (export "level") (param $n i32)
                   local.get $n
                   if
                     local.get $n i32.const 1 i32.sub call $down
                   else
                     {bottom}
                   end))"#
        );
        let module = Module::new(&engine, &wat).unwrap();
        let instance = Instance::new(&mut store, &module, &[down.into(), fail.into()]).unwrap();
        let level = instance.get_func(&mut store, "level").unwrap();
        let started = std::time::Instant::now();
        let err = level
            .call(&mut store, &[Val::I32(LEVELS - 1)], &mut [])
            .unwrap_err();
        eprintln!("{LEVELS} levels unwound in {:?}", started.elapsed());
        err
    };
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap()
}

/// Each level takes a few hundred bytes of wasm and host frames.
const LEVELS: i32 = 8192;

/// A trap under thousands of nested wasm→host→wasm levels: the backtrace
/// is captured once, where the trap happened, and passes up through every
/// host level unchanged (re-capturing it at each level made this
/// quadratic: 7 s for 8,192 levels).
#[test]
fn trap_through_8192_nested_host_levels_keeps_its_one_backtrace() {
    let err = error_under_nested_levels("i32.const 1 i32.const 0 i32.div_u drop");
    assert_division_trap(&err);
    let trap = err.downcast_ref::<Trap>().unwrap();
    assert_eq!(trap.trace().frames().len(), LEVELS as usize);
    assert!(
        trap.trace()
            .frames()
            .iter()
            .all(|f| f.func_name().is_none() && f.func_index() == 2)
    );
}

/// A host error under as many levels gets the wasm frames below it once,
/// at the innermost level (as in wasmtime); the levels above keep that
/// backtrace rather than adding their own.
#[test]
fn a_host_error_through_8192_nested_host_levels_keeps_its_one_backtrace() {
    let err = error_under_nested_levels("call $fail");
    assert_eq!(err.root_cause().to_string(), "bottom");
    assert_eq!(err.chain().count(), 2, "one backtrace over the error");
    let trace = err.downcast_ref::<wasmrt::WasmBacktrace>().unwrap();
    assert_eq!(trace.frames().len(), LEVELS as usize);
    assert!(trace.frames().iter().all(|f| f.func_index() == 2));
}
