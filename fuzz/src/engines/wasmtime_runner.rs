//! wasmtime 48, the behaviour wasmrt mirrors (same Cranelift generation).

use super::{MAX_WASM_STACK, Runner, used};
use crate::info::{ExportKind, ModuleInfo};
use crate::value::{Outcome, State, TrapKind, Value};
use wasmtime::{Config, Engine, Instance, Module, Ref, Store, Trap, V128, Val};

/// wasmtime with fuel metering on (when asked) and SIMD as asked.
pub struct WasmtimeRunner {
    engine: Engine,
    module: Option<Module>,
    store: Option<Store<()>>,
    instance: Option<Instance>,
}

impl WasmtimeRunner {
    /// An engine with SIMD on or off and fuel metering on or off.
    pub fn new(simd: bool, fuel: bool) -> WasmtimeRunner {
        let mut config = Config::new();
        config.wasm_simd(simd);
        config.wasm_relaxed_simd(false);
        config.consume_fuel(fuel);
        config.max_wasm_stack(MAX_WASM_STACK);
        WasmtimeRunner {
            engine: Engine::new(&config).expect("wasmtime engine"),
            module: None,
            store: None,
            instance: None,
        }
    }
}

fn trap_kind(trap: Trap) -> TrapKind {
    match trap {
        Trap::UnreachableCodeReached => TrapKind::Unreachable,
        Trap::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
        Trap::TableOutOfBounds => TrapKind::TableOutOfBounds,
        Trap::IndirectCallToNull => TrapKind::IndirectCallToNull,
        Trap::BadSignature => TrapKind::BadSignature,
        Trap::IntegerOverflow => TrapKind::IntegerOverflow,
        Trap::IntegerDivisionByZero => TrapKind::IntegerDivisionByZero,
        Trap::BadConversionToInteger => TrapKind::BadConversionToInteger,
        Trap::StackOverflow => TrapKind::StackOverflow,
        Trap::OutOfFuel => TrapKind::OutOfFuel,
        other => TrapKind::Other(format!("{other:?}")),
    }
}

fn outcome_of_error(e: wasmtime::Error) -> Outcome {
    match e.downcast_ref::<Trap>() {
        Some(t) => Outcome::Trap(trap_kind(*t)),
        None => Outcome::Error(format!("{e:#}")),
    }
}

fn to_val(v: &Value) -> Val {
    match *v {
        Value::I32(x) => Val::I32(x),
        Value::I64(x) => Val::I64(x),
        Value::F32(x) => Val::F32(x),
        Value::F64(x) => Val::F64(x),
        Value::V128(x) => Val::V128(V128::from(x)),
        Value::FuncRef { .. } => Val::FuncRef(None),
        Value::ExternRef { .. } => Val::ExternRef(None),
    }
}

fn from_val(v: &Val) -> Value {
    match v {
        Val::I32(x) => Value::I32(*x),
        Val::I64(x) => Value::I64(*x),
        Val::F32(x) => Value::F32(*x),
        Val::F64(x) => Value::F64(*x),
        Val::V128(x) => Value::V128(x.as_u128()),
        Val::FuncRef(f) => Value::FuncRef { null: f.is_none() },
        Val::ExternRef(r) => Value::ExternRef { null: r.is_none() },
        other => panic!("wasmtime returned a value outside wasm 2.0: {other:?}"),
    }
}

fn from_ref(r: &Ref) -> Value {
    match r {
        Ref::Func(f) => Value::FuncRef { null: f.is_none() },
        Ref::Extern(e) => Value::ExternRef { null: e.is_none() },
        other => panic!("wasmtime returned a reference outside wasm 2.0: {other:?}"),
    }
}

impl Runner for WasmtimeRunner {
    fn name(&self) -> &'static str {
        "wasmtime"
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<(), String> {
        self.module = Some(Module::new(&self.engine, wasm).map_err(|e| format!("{e:#}"))?);
        Ok(())
    }

    fn instantiate(&mut self, fuel: Option<u64>) -> (Outcome, Option<u64>) {
        self.instance = None;
        let store = self.store.insert(Store::new(&self.engine, ()));
        if let Some(f) = fuel {
            store.set_fuel(f).expect("fuel is on");
        }
        let module = self.module.as_ref().expect("compiled");
        let outcome = match Instance::new(&mut *store, module, &[]) {
            Ok(i) => {
                self.instance = Some(i);
                Outcome::Ok(vec![])
            }
            Err(e) => outcome_of_error(e),
        };
        (
            outcome,
            used(fuel, fuel.and_then(|_| store.get_fuel().ok())),
        )
    }

    fn call(&mut self, name: &str, args: &[Value], fuel: Option<u64>) -> (Outcome, Option<u64>) {
        let store = self.store.as_mut().expect("instantiated");
        let instance = self.instance.expect("instantiated");
        let func = instance
            .get_func(&mut *store, name)
            .expect("exported function");
        if let Some(f) = fuel {
            store.set_fuel(f).expect("fuel is on");
        }
        let ty = func.ty(&*store);
        let params: Vec<Val> = args.iter().map(to_val).collect();
        let mut results: Vec<Val> = ty
            .results()
            .map(|t| t.default_value().expect("wasm 2.0 types have defaults"))
            .collect();
        let outcome = match func.call(&mut *store, &params, &mut results) {
            Ok(()) => Outcome::Ok(results.iter().map(from_val).collect()),
            Err(e) => outcome_of_error(e),
        };
        (
            outcome,
            used(fuel, fuel.and_then(|_| store.get_fuel().ok())),
        )
    }

    fn state(&mut self, info: &ModuleInfo) -> State {
        let store = self.store.as_mut().expect("instantiated");
        let instance = self.instance.expect("instantiated");
        let mut state = State::default();
        for (name, kind) in &info.exports {
            match kind {
                ExportKind::Func { .. } => {}
                ExportKind::Global => {
                    let g = instance.get_global(&mut *store, name).expect("global");
                    state
                        .globals
                        .push((name.clone(), from_val(&g.get(&mut *store))));
                }
                ExportKind::Memory => {
                    let m = instance.get_memory(&mut *store, name).expect("memory");
                    state
                        .memories
                        .push((name.clone(), m.data(&*store).to_vec()));
                }
                ExportKind::Table => {
                    let t = instance.get_table(&mut *store, name).expect("table");
                    let elems = (0..t.size(&*store))
                        .map(|i| from_ref(&t.get(&mut *store, i).expect("in bounds")))
                        .collect();
                    state.tables.push((name.clone(), elems));
                }
            }
        }
        state
    }
}
