//! Runs an operation list on wasmrt against a model of the expected state.
//!
//! Each operation runs under `catch_unwind`. The model is deliberately
//! small: memory and table sizes and maxima, the values of the mutable
//! globals, the fuel left after `set_fuel` (and that calls only ever use
//! fuel, and wrong-argument calls none), the epoch deadline and pending
//! interrupts, and the results of the pool's simple functions. Anything the
//! model does not know (the fuel a call uses, memory contents) is read back
//! and adopted.

use super::ops::{Args, GVal, Op};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use wasmrt::{
    Engine, Extern, ExternRef, Func, Global, GlobalType, Instance, Linker, Memory, MemoryType,
    Module, Mutability, Ref, Store, Table, TableType, Trap, TrapCode, Val, ValType,
};

/// Skip checks of bugs already reported (`--skip-known`), so that a
/// campaign can look past them: a host `Memory::new` with a maximum above
/// 65536 pages is accepted (wasmtime rejects it).
pub static SKIP_KNOWN: AtomicBool = AtomicBool::new(false);

/// The pool of modules. Index 3 (and above) is invalid bytes.
pub const POOL: [&str; 3] = [
    r#"(module
  (import "host" "mul" (func $mul (param i32 i32) (result i32)))
  (memory (export "mem") 1 4)
  (table (export "tab") 2 10 funcref)
  (table (export "etab") 1 8 externref)
  (global (export "g_mut") (mut i32) (i32.const 7))
  (global (export "g_imm") i64 (i64.const 42))
  (global (export "g_ext") (mut externref) (ref.null extern))
  (global (export "g_f64") (mut f64) (f64.const 1.5))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "call_host") (param i32 i32) (result i32) local.get 0 local.get 1 call $mul)
  (func (export "size") (result i32) memory.size)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load)
  (func (export "get_g") (result i32) global.get 0)
  (func (export "unreachable") unreachable)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "spin") (loop br 0))
)"#,
    r#"(module
  (memory (export "mem") 0)
  (table (export "tab") 0 funcref)
  (global (export "g_mut") (mut i32) (i32.const 5))
  (func (export "f") (result i32) i32.const 1)
)"#,
    r#"(module
  (import "env" "mem" (memory 1))
  (import "env" "tab" (table 1 funcref))
  (import "env" "g" (global (mut i32)))
  (export "mem" (memory 0))
  (export "tab" (table 0))
  (export "g_mut" (global 0))
  (func (export "get_g") (result i32) global.get 0)
  (func (export "size") (result i32) memory.size)
)"#,
];

/// The outcome of one seed.
#[derive(Debug)]
pub struct Outcome {
    /// One line per operation executed (the last may be the failing one).
    pub log: Vec<String>,
    /// What went wrong, if anything.
    pub failure: Option<String>,
}

struct EngineSlot {
    engine: Option<Engine>,
    fuel: bool,
    epoch: bool,
}

struct ModuleSlot {
    module: Module,
    engine: usize,
    kind: usize,
}

/// A memory or table and what the model says about it.
#[derive(Clone)]
struct Sized<H> {
    handle: H,
    size: u64,
    max: u64,
}

struct InstSlot {
    inst: Instance,
    kind: usize,
    mem: Sized<Memory>,
    tab: Sized<Table>,
    etab: Option<Sized<Table>>,
    g_mut: (Global, i32),
    g_imm: Option<Global>,
    g_ext: Option<(Global, Option<u32>)>,
    g_f64: Option<(Global, u64)>,
}

struct StoreSlot {
    store: Store<()>,
    engine: usize,
    fuel: bool,
    epoch: bool,
    /// The fuel left, when the model knows it exactly.
    fuel_left: u64,
    /// The absolute epoch deadline, once one is set.
    deadline: Option<u64>,
    interrupt_pending: bool,
    insts: Vec<InstSlot>,
}

/// Handles (and a memory model) left over from a dropped store.
#[derive(Clone)]
struct Orphan {
    mem: Memory,
    tab: Table,
    g_mut: Global,
    func: Option<Func>,
    inst: Instance,
}

struct State {
    engines: Vec<EngineSlot>,
    /// The epoch counter of each engine (by `engines` index).
    epochs: Vec<u64>,
    modules: Vec<ModuleSlot>,
    stores: Vec<Option<StoreSlot>>,
    orphans: Vec<Orphan>,
    interrupts: Vec<(wasmrt::InterruptHandle, Option<usize>)>,
    /// A wasmtime store, for the operations compared with wasmtime.
    wasmtime: Option<wasmtime::Store<()>>,
}

fn pick(n: usize, raw: u8) -> Option<usize> {
    if n == 0 { None } else { Some(raw as usize % n) }
}

fn is_trap(e: &anyhow::Error, code: TrapCode) -> bool {
    e.downcast_ref::<Trap>().is_some_and(|t| t.code() == code)
}

/// The payload of a panic, as text.
pub fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic>".to_string()
    }
}

/// Runs `ops` and reports the first inconsistency or escaped panic.
pub fn run(ops: &[Op]) -> Outcome {
    let mut st = State {
        engines: Vec::new(),
        epochs: Vec::new(),
        modules: Vec::new(),
        stores: Vec::new(),
        orphans: Vec::new(),
        interrupts: Vec::new(),
        wasmtime: None,
    };
    let mut log = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        log.push(format!("{i}: {op:?}"));
        // Set when the op is about to do something documented to panic.
        let mut allowed = false;
        let r = catch_unwind(AssertUnwindSafe(|| step(&mut st, op, &mut allowed)));
        match r {
            Ok(Ok(note)) => {
                if !note.is_empty() {
                    log.push(format!("   -> {note}"));
                }
            }
            Ok(Err(msg)) => {
                return Outcome {
                    log,
                    failure: Some(format!("op {i}: {msg}")),
                };
            }
            Err(p) => {
                let text = panic_text(&*p);
                if allowed && text.contains("used with the wrong store") {
                    log.push(format!("   -> documented panic: {text}"));
                    continue;
                }
                return Outcome {
                    log,
                    failure: Some(format!("op {i}: panic escaped: {text}")),
                };
            }
        }
    }
    // Dropping everything must not panic either.
    let r = catch_unwind(AssertUnwindSafe(move || drop(st)));
    if let Err(p) = r {
        return Outcome {
            log,
            failure: Some(format!("drop: panic: {}", panic_text(&*p))),
        };
    }
    Outcome { log, failure: None }
}

type Step = Result<String, String>;

fn new_store(st: &mut State, e: usize) -> Option<StoreSlot> {
    let engine = st.engines[e].engine.as_ref()?;
    let mut store = Store::new(engine, ());
    // Fuel stores start with some fuel, so that calls get somewhere.
    if st.engines[e].fuel {
        store.set_fuel(10_000).ok()?;
    }
    Some(StoreSlot {
        store,
        engine: e,
        fuel: st.engines[e].fuel,
        epoch: st.engines[e].epoch,
        fuel_left: 10_000,
        deadline: None,
        interrupt_pending: false,
        insts: Vec::new(),
    })
}

/// A live store's index, chosen by `raw` among the live ones.
fn pick_live(st: &State, raw: u8) -> Option<usize> {
    let live: Vec<usize> = (0..st.stores.len())
        .filter(|&i| st.stores[i].is_some())
        .collect();
    pick(live.len(), raw).map(|k| live[k])
}

/// A live store with instances, if any (else any live store).
fn pick_busy(st: &State, raw: u8) -> Option<usize> {
    let busy: Vec<usize> = (0..st.stores.len())
        .filter(|&i| st.stores[i].as_ref().is_some_and(|s| !s.insts.is_empty()))
        .collect();
    if busy.is_empty() {
        pick_live(st, raw)
    } else {
        Some(busy[raw as usize % busy.len()])
    }
}

fn live_store(st: &mut State, raw: u8) -> Option<&mut StoreSlot> {
    let i = pick_busy(st, raw)?;
    st.stores[i].as_mut()
}

fn instantiate(s: &mut StoreSlot, m: &ModuleSlot, linker: bool) -> anyhow::Result<Instance> {
    let store = &mut s.store;
    let mul = Func::wrap(&mut *store, |a: i32, b: i32| a.wrapping_mul(b));
    let (mem, tab, g) = if m.kind == 2 {
        let mem = Memory::new(&mut *store, MemoryType::new(1, Some(3)))?;
        let tab = Table::new(
            &mut *store,
            TableType::new(ValType::FuncRef, 1, Some(5)),
            Ref::Func(None),
        )?;
        let g = Global::new(
            &mut *store,
            GlobalType::new(ValType::I32, Mutability::Var),
            Val::I32(5),
        )?;
        (Some(mem), Some(tab), Some(g))
    } else {
        (None, None, None)
    };
    if linker {
        let mut l: Linker<()> = Linker::new(store.engine());
        l.func_wrap("host", "mul", |a: i32, b: i32| a.wrapping_mul(b))?;
        if let (Some(mem), Some(tab), Some(g)) = (mem, tab, g) {
            l.define(&*store, "env", "mem", mem)?;
            l.define(&*store, "env", "tab", tab)?;
            l.define(&*store, "env", "g", g)?;
        }
        l.instantiate(&mut *store, &m.module)
    } else {
        let imports: Vec<Extern> = match m.kind {
            0 => vec![mul.into()],
            2 => vec![mem.unwrap().into(), tab.unwrap().into(), g.unwrap().into()],
            _ => vec![],
        };
        Instance::new(&mut *store, &m.module, &imports)
    }
}

fn slot_for(s: &mut StoreSlot, inst: Instance, kind: usize) -> Result<InstSlot, String> {
    let store = &mut s.store;
    let mem = inst.get_memory(&mut *store, "mem").ok_or("no mem export")?;
    let tab = inst.get_table(&mut *store, "tab").ok_or("no tab export")?;
    let (mem_max, tab_max) = match kind {
        0 => (4, 10),
        1 => (65536, u32::MAX as u64),
        _ => (3, 5),
    };
    let size = mem.size(&*store);
    let tsize = tab.size(&*store);
    let g = match inst.get_global(&mut *store, "g_mut") {
        Some(g) => g,
        None => return Err("no g_mut".into()),
    };
    let gv = g.get(&mut *store).i32().ok_or("g_mut not i32")?;
    let want = if kind == 0 { 7 } else { 5 };
    if gv != want {
        return Err(format!("g_mut starts at {gv}, not {want}"));
    }
    let slot = InstSlot {
        inst,
        kind,
        mem: Sized {
            handle: mem,
            size,
            max: mem_max,
        },
        tab: Sized {
            handle: tab,
            size: tsize,
            max: tab_max,
        },
        etab: inst.get_table(&mut *store, "etab").map(|t| Sized {
            handle: t,
            size: 1,
            max: 8,
        }),
        g_mut: (g, gv),
        g_imm: inst.get_global(&mut *store, "g_imm"),
        g_ext: inst.get_global(&mut *store, "g_ext").map(|g| (g, None)),
        g_f64: inst
            .get_global(&mut *store, "g_f64")
            .map(|g| (g, 1.5f64.to_bits())),
    };
    let want_size = if kind == 1 { 0 } else { 1 };
    if size != want_size {
        return Err(format!("memory starts at {size} pages"));
    }
    Ok(slot)
}

/// What a call into wasm must do before it runs any code.
fn entry_traps(st: &State, s: &StoreSlot) -> bool {
    s.interrupt_pending || s.deadline.is_some_and(|d| st.epochs[s.engine] >= d)
}

/// Records what a call that entered wasm did to the fuel and interrupt model.
///
/// Fuel is checked before the epoch at function entry (as in wasmtime), so a
/// call that ran out of fuel (`out_of_fuel`) leaves a pending interrupt
/// pending; any other call consumed it.
fn after_entry(
    s: &mut StoreSlot,
    before: u64,
    bound: u64,
    out_of_fuel: bool,
) -> Result<(), String> {
    if !out_of_fuel {
        s.interrupt_pending = false;
    }
    if s.fuel {
        let now = s.store.get_fuel().map_err(|e| format!("get_fuel: {e}"))?;
        if now > before {
            return Err(format!("fuel went up in a call: {before} -> {now}"));
        }
        if before - now > bound {
            return Err(format!("call used {} fuel, bound {bound}", before - now));
        }
        s.fuel_left = now;
    }
    Ok(())
}

fn step(st: &mut State, op: &Op, allowed: &mut bool) -> Step {
    match *op {
        Op::NewEngine { fuel, epoch } => {
            let mut c = wasmrt::Config::new();
            c.consume_fuel(fuel).epoch_interruption(epoch);
            let e = Engine::new(&c).map_err(|e| format!("Engine::new: {e}"))?;
            st.engines.push(EngineSlot {
                engine: Some(e),
                fuel,
                epoch,
            });
            st.epochs.push(0);
            Ok(String::new())
        }
        Op::DropEngine(raw) => {
            if raw % 4 == 0
                && let Some(i) = pick(st.engines.len(), raw / 4)
            {
                st.engines[i].engine = None;
            }
            Ok(String::new())
        }
        Op::NewModule { engine, wat } => {
            let Some(e) = pick(st.engines.len(), engine) else {
                return Ok(String::new());
            };
            let Some(eng) = st.engines[e].engine.clone() else {
                return Ok(String::new());
            };
            let kind = wat as usize % 5;
            if kind >= 3 {
                let bad: &[u8] = if kind == 3 {
                    b"\0asm\x01\0\0\0\x01"
                } else {
                    b"(module (func (result i32)))"
                };
                return match Module::new(&eng, bad) {
                    Ok(_) => Err("invalid module accepted".into()),
                    Err(_) => Ok("rejected".into()),
                };
            }
            let m =
                Module::new(&eng, POOL[kind]).map_err(|e| format!("pool module {kind}: {e:#}"))?;
            st.modules.push(ModuleSlot {
                module: m,
                engine: e,
                kind,
            });
            Ok(String::new())
        }
        Op::NewStore(raw) => {
            let Some(e) = pick(st.engines.len(), raw) else {
                return Ok(String::new());
            };
            if let Some(s) = new_store(st, e) {
                st.stores.push(Some(s));
            }
            Ok(String::new())
        }
        Op::DropStore(raw) => {
            // One time in four, so that stores live long enough to be used.
            if raw % 4 != 0 {
                return Ok(String::new());
            }
            let Some(i) = pick_live(st, raw / 4) else {
                return Ok(String::new());
            };
            if let Some(mut s) = st.stores[i].take() {
                for inst in &s.insts {
                    let func = inst.inst.get_func(&mut s.store, "size");
                    st.orphans.push(Orphan {
                        mem: inst.mem.handle,
                        tab: inst.tab.handle,
                        g_mut: inst.g_mut.0,
                        func,
                        inst: inst.inst,
                    });
                }
                drop(s);
            }
            Ok(String::new())
        }
        Op::Instantiate {
            store,
            module,
            linker,
        } => {
            let Some(si) = pick_live(st, store) else {
                return Ok(String::new());
            };
            // Mostly a module of the store's own engine.
            let own: Vec<usize> = match &st.stores[si] {
                Some(s) if module % 4 != 0 => (0..st.modules.len())
                    .filter(|&m| st.modules[m].engine == s.engine)
                    .collect(),
                _ => (0..st.modules.len()).collect(),
            };
            let Some(mi) = pick(own.len(), module / 4).map(|k| own[k]) else {
                return Ok(String::new());
            };
            let Some(s) = st.stores[si].as_mut() else {
                return Ok(String::new());
            };
            let m = &st.modules[mi];
            let same = s.engine == m.engine;
            let fuel_before = if s.fuel {
                s.store.get_fuel().ok()
            } else {
                None
            };
            let r = instantiate(s, m, linker);
            match (same, r) {
                (true, Ok(inst)) => {
                    let slot = slot_for(s, inst, m.kind)?;
                    s.insts.push(slot);
                    if let Some(b) = fuel_before {
                        // No start function: instantiating runs no wasm, so a
                        // pending interrupt stays pending.
                        after_entry(s, b, 100, true)?;
                    }
                    Ok(String::new())
                }
                (true, Err(e)) => {
                    if entry_traps(st_ref(st), st.stores[si].as_ref().unwrap())
                        || (fuel_before.is_some() && is_trap(&e, TrapCode::OutOfFuel))
                    {
                        Ok(format!("instantiation trapped: {e}"))
                    } else {
                        Err(format!("instantiation failed: {e:#}"))
                    }
                }
                (false, Ok(_)) => Err("module from another engine instantiated".into()),
                (false, Err(_)) => Ok("other engine: rejected".into()),
            }
        }
        Op::Call {
            right,
            store,
            inst,
            func,
            args,
            a,
            b,
        } => call(
            st,
            store,
            inst,
            func,
            if right { Args::Right } else { args },
            a,
            b,
        ),
        Op::MemGrow { store, inst, delta } => {
            let delta = squash(delta);
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            let m = s.insts[ii].mem.clone();
            let r = m.handle.grow(&mut s.store, delta);
            check_grow("memory", &r, &m, delta)?;
            if r.is_ok() {
                s.insts[ii].mem.size += delta;
            }
            let now = m.handle.size(&s.store);
            if now != s.insts[ii].mem.size {
                return Err(format!("memory size {now}, model {}", s.insts[ii].mem.size));
            }
            let len = m.handle.data_size(&s.store) as u64;
            if len != now * 65536 {
                return Err(format!("data_size {len} for {now} pages"));
            }
            Ok(format!("{r:?}").chars().take(80).collect())
        }
        Op::WasmGrow { store, inst, delta } => {
            let delta = delta % 8;
            let (si, ii) = match find(st, store, inst, &[0]) {
                Some(x) => x,
                None => return Ok(String::new()),
            };
            let traps = entry_traps(st, st.stores[si].as_ref().unwrap());
            let s = st.stores[si].as_mut().unwrap();
            let f = s.insts[ii]
                .inst
                .get_func(&mut s.store, "grow")
                .ok_or("no grow")?;
            let before = s.fuel_left;
            let mut res = [Val::I32(0)];
            let r = f.call(&mut s.store, &[Val::I32(delta)], &mut res);
            let oof = r
                .as_ref()
                .err()
                .is_some_and(|e| is_trap(e, TrapCode::OutOfFuel));
            let m = s.insts[ii].mem.clone();
            match r {
                Ok(()) => {
                    if traps {
                        return Err("call ran past a pending interrupt or deadline".into());
                    }
                    let got = res[0].i32().ok_or("grow result not i32")?;
                    let fits = delta >= 0 && m.size + delta as u64 <= m.max;
                    let want = if fits { m.size as i32 } else { -1 };
                    if got != want {
                        return Err(format!("memory.grow({delta}) = {got}, model {want}"));
                    }
                    if fits {
                        s.insts[ii].mem.size += delta as u64;
                    }
                }
                Err(e) => {
                    let ok = traps || (s.fuel && is_trap(&e, TrapCode::OutOfFuel));
                    if !ok {
                        return Err(format!("memory.grow call failed: {e:#}"));
                    }
                }
            }
            after_entry(s, before, 100, oof)?;
            let now = m.handle.size(&s.store);
            if now != s.insts[ii].mem.size {
                return Err(format!("memory size {now}, model {}", s.insts[ii].mem.size));
            }
            Ok(String::new())
        }
        Op::MemAccess {
            store,
            inst,
            offset,
            len,
            write,
        } => {
            let offset = squash(offset) * 4096 + (offset & 0xfff);
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            let m = s.insts[ii].mem.clone();
            let size = m.size * 65536;
            let fits = offset
                .checked_add(len as u64)
                .is_some_and(|end| end <= size);
            let mut buf = vec![0xa5u8; len as usize];
            let r = if write {
                m.handle
                    .write(&mut s.store, offset as usize, &buf)
                    .map_err(|e| e.to_string())
            } else {
                m.handle
                    .read(&s.store, offset as usize, &mut buf)
                    .map_err(|e| e.to_string())
            };
            if r.is_ok() != fits {
                return Err(format!("memory access at {offset}+{len} of {size}: {r:?}"));
            }
            Ok(String::new())
        }
        Op::TableGrow {
            store,
            inst,
            externs,
            delta,
        } => {
            let delta = squash(delta);
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            let (t, init) = if externs {
                let Some(t) = s.insts[ii].etab.clone() else {
                    return Ok(String::new());
                };
                let x = ExternRef::new(&mut s.store, 99u32)
                    .map_err(|e| format!("ExternRef::new: {e}"))?;
                (t, Ref::Extern(Some(x)))
            } else {
                (s.insts[ii].tab.clone(), Ref::Func(None))
            };
            let r = t.handle.grow(&mut s.store, delta, init);
            check_grow("table", &r, &t, delta)?;
            let slot = if externs {
                s.insts[ii].etab.as_mut().unwrap()
            } else {
                &mut s.insts[ii].tab
            };
            if r.is_ok() {
                slot.size += delta;
            }
            let now = t.handle.size(&s.store);
            if now != slot.size {
                return Err(format!("table size {now}, model {}", slot.size));
            }
            Ok(format!("{r:?}").chars().take(80).collect())
        }
        Op::TableAccess {
            store,
            inst,
            externs,
            index,
            value,
        } => {
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            let t = if externs {
                s.insts[ii].etab.clone()
            } else {
                Some(s.insts[ii].tab.clone())
            };
            let Some(t) = t else { return Ok(String::new()) };
            let index = if index & 1 == 0 {
                (index >> 1) % 12
            } else {
                index
            };
            let in_bounds = index < t.size;
            let v = match (externs, value) {
                (true, Some(n)) => Ref::Extern(Some(
                    ExternRef::new(&mut s.store, n).map_err(|e| e.to_string())?,
                )),
                (true, None) => Ref::Extern(None),
                (false, Some(_)) => {
                    let f = s.insts[ii].inst.get_func(&mut s.store, "size");
                    Ref::Func(f)
                }
                (false, None) => Ref::Func(None),
            };
            let r = t.handle.set(&mut s.store, index, v.clone());
            if r.is_ok() != in_bounds {
                return Err(format!("table.set({index}) of size {}: {r:?}", t.size));
            }
            s.store.gc();
            let got = t.handle.get(&mut s.store, index);
            match (in_bounds, got) {
                (false, None) => Ok(String::new()),
                (false, Some(_)) => {
                    Err(format!("table.get({index}) out of bounds returned a value"))
                }
                (true, None) => Err(format!("table.get({index}) in bounds returned None")),
                (true, Some(g)) => {
                    if let (Ref::Extern(Some(x)), Some(n)) = (&g, value)
                        && externs
                        && x.data().downcast_ref::<u32>() != Some(&n)
                    {
                        return Err("externref in table lost its data".into());
                    }
                    let set_null = matches!(v, Ref::Extern(None) | Ref::Func(None));
                    let got_null = matches!(g, Ref::Extern(None) | Ref::Func(None));
                    let kind_ok = matches!(
                        (&g, externs),
                        (Ref::Extern(_), true) | (Ref::Func(_), false)
                    );
                    let null_ok = kind_ok && set_null == got_null;
                    if !null_ok {
                        return Err(format!("table.get({index}) = {g:?}, set {v:?}"));
                    }
                    Ok(String::new())
                }
            }
        }
        Op::GlobalGet {
            store,
            inst,
            global,
        } => {
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            let i = &s.insts[ii];
            match global % 4 {
                0 => {
                    let v = i.g_mut.0.get(&mut s.store);
                    if v.i32() != Some(i.g_mut.1) {
                        return Err(format!("g_mut = {v:?}, model {}", i.g_mut.1));
                    }
                }
                1 => {
                    if let Some(g) = i.g_imm {
                        let v = g.get(&mut s.store);
                        if v.i64() != Some(42) {
                            return Err(format!("g_imm = {v:?}"));
                        }
                    }
                }
                2 => {
                    if let Some((g, want)) = i.g_ext {
                        s.store.gc();
                        let v = g.get(&mut s.store);
                        let got = match &v {
                            Val::ExternRef(Some(x)) => Some(
                                *x.data()
                                    .downcast_ref::<u32>()
                                    .ok_or("externref data type")?,
                            ),
                            Val::ExternRef(None) => None,
                            _ => return Err(format!("g_ext = {v:?}")),
                        };
                        if got != want {
                            return Err(format!("g_ext holds {got:?}, model {want:?}"));
                        }
                    }
                }
                _ => {
                    if let Some((g, want)) = i.g_f64 {
                        let v = g.get(&mut s.store);
                        if v.f64().map(f64::to_bits) != Some(want) {
                            return Err(format!("g_f64 = {v:?}, model {want:#x}"));
                        }
                    }
                }
            }
            Ok(String::new())
        }
        Op::GlobalSet {
            store,
            inst,
            global,
            value,
        } => {
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            let v = match value {
                GVal::I32(x) => Val::I32(x),
                GVal::I64(x) => Val::I64(x),
                GVal::F64(x) => Val::F64(x),
                GVal::Extern(n) => Val::ExternRef(Some(
                    ExternRef::new(&mut s.store, n).map_err(|e| e.to_string())?,
                )),
                GVal::NullExtern => Val::ExternRef(None),
                GVal::NullFunc => Val::FuncRef(None),
            };
            let i = &mut s.insts[ii];
            let (g, ok) = match global % 4 {
                0 => (Some(i.g_mut.0), matches!(value, GVal::I32(_))),
                1 => (i.g_imm, false),
                2 => (
                    i.g_ext.map(|x| x.0),
                    matches!(value, GVal::Extern(_) | GVal::NullExtern),
                ),
                _ => (i.g_f64.map(|x| x.0), matches!(value, GVal::F64(_))),
            };
            let Some(g) = g else { return Ok(String::new()) };
            let r = g.set(&mut s.store, v);
            if r.is_ok() != ok {
                return Err(format!(
                    "Global::set({value:?}) on global {}: {r:?}",
                    global % 4
                ));
            }
            if ok {
                match value {
                    GVal::I32(x) => i.g_mut.1 = x,
                    GVal::Extern(n) => i.g_ext.as_mut().unwrap().1 = Some(n),
                    GVal::NullExtern => i.g_ext.as_mut().unwrap().1 = None,
                    GVal::F64(x) => i.g_f64.as_mut().unwrap().1 = x,
                    _ => {}
                }
            }
            Ok(String::new())
        }
        Op::Gc(raw) => {
            let Some(s) = live_store(st, raw) else {
                return Ok(String::new());
            };
            // A reference the host holds survives `gc`, and its raw value
            // names it (the slot is not reused while it is live).
            let x = ExternRef::new(&mut s.store, raw as u32).map_err(|e| e.to_string())?;
            s.store.gc();
            let filler = ExternRef::new(&mut s.store, 0u32).map_err(|e| e.to_string())?;
            let r = x.to_raw(&s.store).map_err(|e| format!("to_raw: {e}"))?;
            if r == 0 {
                return Err("to_raw of a live externref is 0".into());
            }
            match ExternRef::from_raw(&s.store, r) {
                Some(y) if ExternRef::ptr_eq(&x, &y) => {}
                y => return Err(format!("from_raw(to_raw(x)) = {y:?}")),
            }
            if x.data().downcast_ref::<u32>() != Some(&(raw as u32)) {
                return Err("externref data changed across gc".into());
            }
            if ExternRef::from_raw(&s.store, 0).is_some() {
                return Err("from_raw(0) is not null".into());
            }
            drop(filler);
            Ok(String::new())
        }
        Op::SetFuel { store, fuel } => {
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            let r = s.store.set_fuel(fuel as u64);
            if r.is_ok() != s.fuel {
                return Err(format!("set_fuel with fuel {}: {r:?}", s.fuel));
            }
            if s.fuel {
                s.fuel_left = fuel as u64;
            }
            let g = s.store.get_fuel().ok();
            if s.fuel && g != Some(fuel as u64) {
                return Err(format!("get_fuel after set_fuel({fuel}) = {g:?}"));
            }
            Ok(String::new())
        }
        Op::GetFuel(raw) => {
            let Some(s) = live_store(st, raw) else {
                return Ok(String::new());
            };
            let g = s.store.get_fuel();
            match (s.fuel, g) {
                (true, Ok(f)) if f == s.fuel_left => Ok(String::new()),
                (false, Err(_)) => Ok(String::new()),
                (fuel, g) => Err(format!(
                    "get_fuel (fuel {fuel}, model {}) = {g:?}",
                    s.fuel_left
                )),
            }
        }
        Op::Epoch {
            store,
            inst,
            delta,
            bump,
        } => {
            let (delta, bump) = ((delta % 4) as u64, (bump % 4) as u64);
            let Some(si) = pick_busy(st, store) else {
                return Ok(String::new());
            };
            let Some(s) = st.stores[si].as_mut() else {
                return Ok(String::new());
            };
            if !s.epoch {
                return Ok(String::new());
            }
            let e = s.engine;
            s.store.set_epoch_deadline(delta);
            s.deadline = Some(st.epochs[e] + delta);
            for _ in 0..bump {
                s.store.engine().increment_epoch();
                st.epochs[e] += 1;
            }
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            if s.insts[ii].kind != 0 {
                return Ok(String::new());
            }
            let traps = s.interrupt_pending || st.epochs[e] >= s.deadline.unwrap();
            if !traps && s.fuel && s.fuel_left > 100_000 {
                return Ok(String::new());
            }
            // Only spin when something is bound to stop it.
            let name = if traps || s.fuel { "spin" } else { "add" };
            let f = s.insts[ii]
                .inst
                .get_func(&mut s.store, name)
                .ok_or("no spin")?;
            let args: &[Val] = if name == "spin" {
                &[]
            } else {
                &[Val::I32(1), Val::I32(2)]
            };
            let mut res = vec![Val::I32(0); if name == "spin" { 0 } else { 1 }];
            let before = s.fuel_left;
            let r = f.call(&mut s.store, args, &mut res);
            let oof = r
                .as_ref()
                .err()
                .is_some_and(|e| is_trap(e, TrapCode::OutOfFuel));
            let outcome = format!("{name}: {r:?}").chars().take(100).collect();
            match r {
                Ok(()) if name == "spin" => return Err("spin returned".into()),
                Ok(()) if traps => return Err("call ran past the epoch deadline".into()),
                Ok(()) => {}
                Err(e)
                    if traps
                        && !is_trap(&e, TrapCode::Interrupt)
                        && !is_trap(&e, TrapCode::OutOfFuel) =>
                {
                    return Err(format!("deadline reached, but: {e:#}"));
                }
                Err(e) if !(traps || s.fuel && is_trap(&e, TrapCode::OutOfFuel)) => {
                    return Err(format!("before the deadline, call failed: {e:#}"));
                }
                Err(_) => {}
            }
            after_entry(s, before, u64::MAX, oof)?;
            Ok(outcome)
        }
        Op::TakeInterrupt(raw) => {
            let Some(si) = pick_live(st, raw) else {
                return Ok(String::new());
            };
            let Some(s) = st.stores[si].as_mut() else {
                return Ok(String::new());
            };
            let r = s.store.interrupt_handle();
            match (s.epoch, r) {
                (true, Ok(h)) => {
                    st.interrupts.push((h, Some(si)));
                    Ok(format!("handle of store {si}"))
                }
                (false, Err(_)) => Ok(String::new()),
                (epoch, r) => Err(format!("interrupt_handle with epoch {epoch}: {r:?}")),
            }
        }
        Op::FireInterrupt(raw) => {
            let Some(i) = pick(st.interrupts.len(), raw) else {
                return Ok(String::new());
            };
            let (h, si) = st.interrupts[i].clone();
            h.interrupt();
            if let Some(si) = si
                && let Some(s) = st.stores[si].as_mut()
            {
                s.interrupt_pending = true;
                return Ok(format!("store {si}: interrupt pending"));
            }
            Ok("store gone".into())
        }
        Op::InterruptSpin {
            store,
            inst,
            delay_us,
        } => {
            let Some(si) = pick_busy(st, store) else {
                return Ok(String::new());
            };
            // Only the interrupt may stop the loop, so that the outcome does
            // not depend on timing: no fuel, no pending interrupt, no
            // deadline reached.
            let s = st.stores[si].as_ref().unwrap();
            let quiet = !s.fuel && !entry_traps(st, s);
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            if !s.epoch || !quiet {
                return Ok(String::new());
            }
            let Some(ii) = pick(s.insts.len(), inst) else {
                return Ok(String::new());
            };
            if s.insts[ii].kind != 0 {
                return Ok(String::new());
            }
            let f = s.insts[ii]
                .inst
                .get_func(&mut s.store, "spin")
                .ok_or("no spin")?;
            let h = s
                .store
                .interrupt_handle()
                .map_err(|e| format!("interrupt_handle: {e}"))?;
            let delay = std::time::Duration::from_micros(delay_us as u64 % 2000);
            let t = std::thread::spawn(move || {
                std::thread::sleep(delay);
                h.interrupt();
            });
            let before = s.fuel_left;
            let r = f.call(&mut s.store, &[], &mut []);
            let oof = r
                .as_ref()
                .err()
                .is_some_and(|e| is_trap(e, TrapCode::OutOfFuel));
            t.join().map_err(|_| "interrupting thread panicked")?;
            let ok = match &r {
                Ok(()) => false,
                Err(e) => is_trap(e, TrapCode::Interrupt),
            };
            if !ok {
                return Err(format!("spin under an interrupt: {r:?}"));
            }
            after_entry(s, before, u64::MAX, oof)?;
            Ok(format!("{:?}", r.err().map(|e| e.to_string())))
        }
        Op::Foreign { from, to, what } => foreign(st, from, to, what, allowed),
        Op::HostObjects { store, min, max } => {
            if live_store(st, store).is_none() {
                return Ok(String::new());
            }
            let min = if min & 0x8000_0000 != 0 {
                min & 0x7fff_ffff
            } else {
                min % 8
            };
            let max = max.map(|m| {
                if m & 0x8000_0000 != 0 {
                    m & 0x7fff_ffff
                } else {
                    m % 8
                }
            });
            // wasmtime decides what is valid (the behaviour wasmrt copies).
            let valid = {
                let wt = st.wasmtime.get_or_insert_with(|| {
                    let e = wasmtime::Engine::default();
                    wasmtime::Store::new(&e, ())
                });
                let ty = wasmtime::MemoryTypeBuilder::new()
                    .min(min.into())
                    .max(max.map(u64::from))
                    .build();
                min <= 64 && ty.is_ok_and(|ty| wasmtime::Memory::new(&mut *wt, ty).is_ok())
                    || min > 64
                        && min <= max.unwrap_or(65536)
                        && min <= 65536
                        && max.is_none_or(|m| m <= 65536)
            };
            let Some(s) = live_store(st, store) else {
                return Ok(String::new());
            };
            // Refuse to back a huge minimum with real pages.
            if valid && min > 64 {
                return Ok(String::new());
            }
            let r = Memory::new(&mut s.store, MemoryType::new(min, max));
            let known =
                !valid && max.is_some_and(|m| m > 65536) && SKIP_KNOWN.load(Ordering::Relaxed);
            if r.is_ok() != valid && !known {
                return Err(format!("Memory::new({min}, {max:?}): {:?}", r.err()));
            }
            if let Some(m) = r.as_ref().ok().filter(|_| !known) {
                let size = m.size(&s.store);
                if size != min as u64 {
                    return Err(format!("new memory has {size} pages, not {min}"));
                }
                let r = m.grow(&mut s.store, 1);
                let fits = (min as u64) < max.unwrap_or(65536) as u64;
                if r.is_ok() != fits {
                    return Err(format!("grow(1) of memory {min}..{max:?}: {r:?}"));
                }
            }
            let tmin = min % 100;
            let tvalid = max.is_none_or(|m| tmin <= m);
            let r = Table::new(
                &mut s.store,
                TableType::new(ValType::ExternRef, tmin, max),
                Ref::Extern(None),
            );
            if r.is_ok() != tvalid {
                return Err(format!("Table::new({tmin}, {max:?}): {:?}", r.err()));
            }
            let r = Table::new(
                &mut s.store,
                TableType::new(ValType::FuncRef, 1, None),
                Ref::Extern(None),
            );
            if r.is_ok() {
                return Err("funcref table initialised with an externref".into());
            }
            let r = Global::new(
                &mut s.store,
                GlobalType::new(ValType::I64, Mutability::Const),
                Val::I32(min as i32),
            );
            if r.is_ok() {
                return Err("i64 global initialised with an i32".into());
            }
            let g = Global::new(
                &mut s.store,
                GlobalType::new(ValType::I64, Mutability::Const),
                Val::I64(min as i64),
            )
            .map_err(|e| format!("Global::new: {e}"))?;
            if g.set(&mut s.store, Val::I64(1)).is_ok() {
                return Err("const host global was set".into());
            }
            if g.get(&mut s.store).i64() != Some(min as i64) {
                return Err("host global value".into());
            }
            Ok(String::new())
        }
    }
}

fn st_ref(st: &State) -> &State {
    st
}

/// Mostly small deltas, sometimes huge ones.
fn squash(x: u64) -> u64 {
    match x % 8 {
        0 => x,
        1 => u64::MAX - (x >> 60),
        2 => 65536 + (x >> 62),
        _ => (x >> 3) % 6,
    }
}

fn check_grow<H>(
    what: &str,
    r: &anyhow::Result<u64>,
    m: &Sized<H>,
    delta: u64,
) -> Result<(), String> {
    let fits = m.size.checked_add(delta).is_some_and(|n| n <= m.max);
    match r {
        Ok(old) if fits && *old == m.size => Ok(()),
        Err(_) if !fits => Ok(()),
        r => Err(format!(
            "{what}.grow({delta}) from {} (max {}): {:?}, expected {}",
            m.size,
            m.max,
            r.as_ref().map_err(|e| e.to_string()),
            if fits { "Ok" } else { "Err" }
        )),
    }
}

fn find(st: &State, store: u8, inst: u8, kinds: &[usize]) -> Option<(usize, usize)> {
    let si = pick_busy(st, store)?;
    let s = st.stores[si].as_ref()?;
    let ii = pick(s.insts.len(), inst)?;
    kinds.contains(&s.insts[ii].kind).then_some((si, ii))
}

fn call(st: &mut State, store: u8, inst: u8, func: u8, args: Args, a: i32, b: i32) -> Step {
    let Some(si) = pick_busy(st, store) else {
        return Ok(String::new());
    };
    let Some(s) = st.stores[si].as_ref() else {
        return Ok(String::new());
    };
    let Some(ii) = pick(s.insts.len(), inst) else {
        return Ok(String::new());
    };
    let traps_at_entry = entry_traps(st, s);
    let s = st.stores[si].as_mut().unwrap();
    let i = &s.insts[ii];
    let names: &[&str] = match i.kind {
        0 => &["add", "call_host", "size", "load", "get_g", "unreachable"],
        1 => &["f"],
        _ => &["get_g", "size"],
    };
    let name = names[func as usize % names.len()];
    let f = i
        .inst
        .get_func(&mut s.store, name)
        .ok_or(format!("no export {name}"))?;
    let ty = f.ty(&s.store);
    let right: Vec<Val> = ty
        .params()
        .enumerate()
        .map(|(k, _)| Val::I32(if k == 0 { a } else { b }))
        .collect();
    let nres = ty.results().len();
    let (params, nres_given) = match args {
        Args::Right => (right.clone(), nres),
        Args::TooFew if !right.is_empty() => (right[1..].to_vec(), nres),
        Args::TooMany | Args::TooFew => {
            let mut p = right.clone();
            p.push(Val::I32(0));
            (p, nres)
        }
        Args::WrongTypes if !right.is_empty() => {
            (right.iter().map(|_| Val::I64(a as i64)).collect(), nres)
        }
        Args::WrongTypes | Args::WrongResults => (right.clone(), nres + 1),
    };
    // Every variant but `Right` is made ill-typed above.
    let well_typed = matches!(args, Args::Right);
    let before = s.fuel_left;
    let mut results = vec![Val::I32(0); nres_given];
    let r = f.call(&mut s.store, &params, &mut results);
    let oof = r
        .as_ref()
        .err()
        .is_some_and(|e| is_trap(e, TrapCode::OutOfFuel));
    let note: String = format!("{name}: {r:?} {results:?}")
        .chars()
        .take(100)
        .collect();
    if !well_typed {
        if r.is_ok() {
            return Err(format!("ill-typed call of {name} ({args:?}) succeeded"));
        }
        if s.fuel && s.store.get_fuel().ok() != Some(before) {
            return Err("an ill-typed call used fuel".into());
        }
        return Ok(note);
    }
    let i = &s.insts[ii];
    let want: Option<i32> = match name {
        "add" => Some(a.wrapping_add(b)),
        "call_host" => Some(a.wrapping_mul(b)),
        "size" => Some(i.mem.size as i32),
        "get_g" => Some(i.g_mut.1),
        "f" => Some(1),
        _ => None,
    };
    let must_trap = name == "unreachable"
        || (name == "load" && (a as u32 as u64) + 4 > i.mem.size * 65536)
        || traps_at_entry;
    match r {
        Ok(()) => {
            if must_trap {
                return Err(format!("{name} should have trapped"));
            }
            if let Some(w) = want
                && results[0].i32() != Some(w)
            {
                return Err(format!("{name}({a}, {b}) = {:?}, expected {w}", results[0]));
            }
        }
        Err(e) => {
            let fuel_out = s.fuel && is_trap(&e, TrapCode::OutOfFuel);
            let code = if traps_at_entry {
                TrapCode::Interrupt
            } else if name == "unreachable" {
                TrapCode::UnreachableCodeReached
            } else {
                TrapCode::MemoryOutOfBounds
            };
            if must_trap && !fuel_out && !is_trap(&e, code) {
                return Err(format!("{name} trapped with {e:#}, expected {code:?}"));
            }
            if !must_trap && !fuel_out {
                return Err(format!(
                    "{name}({a}, {b}) failed in store {si} (pending {}, deadline {:?}, epoch {}): {e:#}",
                    s.interrupt_pending, s.deadline, st.epochs[s.engine]
                ));
            }
        }
    }
    after_entry(s, before, 1000, oof)?;
    Ok(note)
}

fn foreign(st: &mut State, from: u8, to: u8, what: u8, allowed: &mut bool) -> Step {
    // The source: a live store's instance or a dropped store's handles.
    let n_live = st.stores.len();
    let src_idx = from as usize % (n_live + st.orphans.len()).max(1);
    let src: Option<Orphan> = if src_idx < n_live {
        st.stores[src_idx].as_mut().and_then(|s| {
            let i = s.insts.first()?;
            let func = i.inst.get_func(&mut s.store, "size");
            Some(Orphan {
                mem: i.mem.handle,
                tab: i.tab.handle,
                g_mut: i.g_mut.0,
                func,
                inst: i.inst,
            })
        })
    } else {
        st.orphans.get(src_idx - n_live).cloned()
    };
    let Some(src) = src else {
        return Ok(String::new());
    };
    let Some(ti) = pick(n_live, to) else {
        return Ok(String::new());
    };
    if ti == src_idx {
        return Ok(String::new());
    }
    let Some(te) = st.stores[ti].as_ref().map(|t| t.engine) else {
        return Ok(String::new());
    };
    // Modules of the target's engine, to instantiate with foreign imports.
    let module_of = |kind: usize| {
        st.modules
            .iter()
            .find(|m| m.engine == te && m.kind == kind)
            .map(|m| m.module.clone())
    };
    let (m0, m2) = (module_of(0), module_of(2));
    // An externref of the source store, if it is live.
    let fx = match st.stores.get_mut(src_idx) {
        Some(Some(s)) => ExternRef::new(&mut s.store, 7u32).ok(),
        _ => None,
    };
    let Some(t) = st.stores[ti].as_mut() else {
        return Ok(String::new());
    };
    let store = &mut t.store;
    let res: anyhow::Result<()> = match what % 14 {
        0 => src.mem.grow(&mut *store, 1).map(drop),
        1 => src.tab.grow(&mut *store, 1, Ref::Func(None)).map(drop),
        2 => src.g_mut.set(&mut *store, Val::I32(3)),
        3 => match src.func {
            Some(f) => f.call(&mut *store, &[], &mut [Val::I32(0)]),
            None => return Ok(String::new()),
        },
        4 => match src.func {
            // A foreign funcref stored into this store's table.
            Some(f) => match t.insts.first() {
                Some(i) => i.tab.handle.set(&mut *store, 0, Ref::Func(Some(f))),
                None => return Ok(String::new()),
            },
            None => return Ok(String::new()),
        },
        5 => {
            // `read`'s error type only says "out of bounds", so a wrong
            // store panics (as in wasmtime, whose `read` goes through `data`).
            *allowed = true;
            let mut b = [0u8; 4];
            src.mem
                .read(&*store, 0, &mut b)
                .map_err(anyhow::Error::from)
        }
        6 => match (src.func, t.insts.first()) {
            // A foreign funcref as the fill value of this store's table.
            (Some(f), Some(i)) => i
                .tab
                .handle
                .grow(&mut *store, 1, Ref::Func(Some(f)))
                .map(drop),
            _ => return Ok(String::new()),
        },
        10 => {
            // A foreign memory defined in a linker, then instantiated.
            let Some(m) = m2 else {
                return Ok(String::new());
            };
            let mut define_and_instantiate = || -> anyhow::Result<()> {
                let mut l: Linker<()> = Linker::new(store.engine());
                let g = Global::new(
                    &mut *store,
                    GlobalType::new(ValType::I32, Mutability::Var),
                    Val::I32(5),
                )?;
                let tab = Table::new(
                    &mut *store,
                    TableType::new(ValType::FuncRef, 1, None),
                    Ref::Func(None),
                )?;
                l.define(&*store, "env", "g", g)?;
                l.define(&*store, "env", "tab", tab)?;
                match l.define(&*store, "env", "mem", src.mem) {
                    Ok(_) => l.instantiate(&mut *store, &m).map(drop),
                    Err(e) => Err(e),
                }
            };
            define_and_instantiate()
        }
        12 => match (fx, t.insts.first().and_then(|i| i.etab.clone())) {
            // A foreign externref stored into this store's table.
            (Some(x), Some(tab)) => tab.handle.set(&mut *store, 0, Ref::Extern(Some(x))),
            _ => return Ok(String::new()),
        },
        13 => match (fx, t.insts.first().and_then(|i| i.g_ext)) {
            // A foreign externref stored into this store's global.
            (Some(x), Some((g, _))) => g.set(&mut *store, Val::ExternRef(Some(x))),
            _ => return Ok(String::new()),
        },
        11 => {
            // A foreign host function as an import of `Instance::new`.
            let (Some(m), Some(f)) = (m0, src.func) else {
                return Ok(String::new());
            };
            Instance::new(&mut *store, &m, &[f.into()]).map(drop)
        }
        7 => {
            // Documented to panic: no Result to report the error in.
            *allowed = true;
            let _ = src.mem.size(&*store);
            Ok(())
        }
        8 => {
            *allowed = true;
            let _ = src.g_mut.get(&mut *store);
            Ok(())
        }
        _ => {
            *allowed = true;
            let _ = src.tab.size(&*store);
            let _ = src.inst.get_func(&mut *store, "size");
            Ok(())
        }
    };
    match res {
        Ok(()) => Err(format!(
            "foreign handle (op {}) accepted by another store",
            what % 14
        )),
        Err(_) => Ok("rejected".into()),
    }
}
