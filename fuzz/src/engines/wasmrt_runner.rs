//! wasmrt, the engine under test.

use super::{MAX_WASM_STACK, Runner, used};
use crate::info::{ExportKind, ModuleInfo};
use crate::value::{Outcome, State, TrapKind, Ty, Value};
use wasmrt::{Config, Engine, Instance, Module, Ref, Store, TrapCode, Val, ValType};

/// wasmrt with fuel metering on (when asked) and SIMD as asked.
pub struct WasmrtRunner {
    engine: Engine,
    module: Option<Module>,
    store: Option<Store<()>>,
    instance: Option<Instance>,
}

impl WasmrtRunner {
    /// An engine with SIMD on or off and fuel metering on or off.
    pub fn new(simd: bool, fuel: bool) -> WasmrtRunner {
        let mut config = Config::new();
        config.wasm_simd(simd);
        config.consume_fuel(fuel);
        config.max_wasm_stack(MAX_WASM_STACK);
        WasmrtRunner {
            engine: Engine::new(&config).expect("wasmrt engine"),
            module: None,
            store: None,
            instance: None,
        }
    }
}

fn trap_kind(code: TrapCode) -> TrapKind {
    match code {
        TrapCode::UnreachableCodeReached => TrapKind::Unreachable,
        TrapCode::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
        TrapCode::TableOutOfBounds => TrapKind::TableOutOfBounds,
        TrapCode::IndirectCallToNull => TrapKind::IndirectCallToNull,
        TrapCode::BadSignature => TrapKind::BadSignature,
        TrapCode::IntegerOverflow => TrapKind::IntegerOverflow,
        TrapCode::IntegerDivisionByZero => TrapKind::IntegerDivisionByZero,
        TrapCode::BadConversionToInteger => TrapKind::BadConversionToInteger,
        TrapCode::StackOverflow => TrapKind::StackOverflow,
        TrapCode::OutOfFuel => TrapKind::OutOfFuel,
        other => TrapKind::Other(format!("{other:?}")),
    }
}

fn outcome_of_error(e: wasmrt::Error) -> Outcome {
    match e.downcast_ref::<wasmrt::Trap>() {
        Some(t) => Outcome::Trap(trap_kind(t.code())),
        None => Outcome::Error(format!("{e:#}")),
    }
}

fn to_val(v: &Value) -> Val {
    match *v {
        Value::I32(x) => Val::I32(x),
        Value::I64(x) => Val::I64(x),
        Value::F32(x) => Val::F32(x),
        Value::F64(x) => Val::F64(x),
        Value::V128(x) => Val::V128(x.into()),
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
    }
}

fn from_ref(r: &Ref) -> Value {
    match r {
        Ref::Func(f) => Value::FuncRef { null: f.is_none() },
        Ref::Extern(e) => Value::ExternRef { null: e.is_none() },
    }
}

fn placeholder(t: Ty) -> Val {
    match t {
        Ty::I32 => Val::I32(0),
        Ty::I64 => Val::I64(0),
        Ty::F32 => Val::F32(0),
        Ty::F64 => Val::F64(0),
        Ty::V128 => Val::V128(0u128.into()),
        Ty::FuncRef => Val::FuncRef(None),
        Ty::ExternRef => Val::ExternRef(None),
    }
}

impl Runner for WasmrtRunner {
    fn name(&self) -> &'static str {
        "wasmrt"
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
            .map(|t| {
                placeholder(match t {
                    ValType::I32 => Ty::I32,
                    ValType::I64 => Ty::I64,
                    ValType::F32 => Ty::F32,
                    ValType::F64 => Ty::F64,
                    ValType::V128 => Ty::V128,
                    ValType::FuncRef => Ty::FuncRef,
                    ValType::ExternRef => Ty::ExternRef,
                })
            })
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
