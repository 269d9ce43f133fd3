//! wasmi 2, an interpreter: independent of Cranelift. It runs without
//! fuel (its fuel model is its own, not wasmtime's).

use super::Runner;
use crate::info::{ExportKind, ModuleInfo};
use crate::value::{Outcome, State, TrapKind, Value};
use wasmi::errors::{ErrorKind, InstantiationError};
use wasmi::{
    Config, Engine, F32, F64, Instance, Module, Nullable, Ref, Store, TrapCode, V128, Val, ValType,
};

/// wasmi with SIMD as asked.
pub struct WasmiRunner {
    engine: Engine,
    module: Option<Module>,
    store: Option<Store<()>>,
    instance: Option<Instance>,
}

impl WasmiRunner {
    /// An engine with SIMD on or off.
    pub fn new(simd: bool) -> WasmiRunner {
        let mut config = Config::default();
        config.wasm_simd(simd);
        config.wasm_relaxed_simd(false);
        WasmiRunner {
            engine: Engine::new(&config),
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

fn outcome_of_error(e: wasmi::Error) -> Outcome {
    match e.as_trap_code() {
        Some(code) => Outcome::Trap(trap_kind(code)),
        None => Outcome::Error(e.to_string()),
    }
}

fn to_val(v: &Value) -> Val {
    match *v {
        Value::I32(x) => Val::I32(x),
        Value::I64(x) => Val::I64(x),
        Value::F32(x) => Val::F32(F32::from_bits(x)),
        Value::F64(x) => Val::F64(F64::from_bits(x)),
        Value::V128(x) => Val::V128(V128::from(x)),
        Value::FuncRef { .. } => Val::FuncRef(Nullable::Null),
        Value::ExternRef { .. } => Val::ExternRef(Nullable::Null),
    }
}

fn from_val(v: &Val) -> Value {
    match v {
        Val::I32(x) => Value::I32(*x),
        Val::I64(x) => Value::I64(*x),
        Val::F32(x) => Value::F32(x.to_bits()),
        Val::F64(x) => Value::F64(x.to_bits()),
        Val::V128(x) => Value::V128(x.as_u128()),
        Val::FuncRef(f) => Value::FuncRef { null: f.is_null() },
        Val::ExternRef(r) => Value::ExternRef { null: r.is_null() },
    }
}

fn from_ref(r: &Ref) -> Value {
    match r {
        Ref::Func(f) => Value::FuncRef { null: f.is_null() },
        Ref::Extern(e) => Value::ExternRef { null: e.is_null() },
    }
}

fn placeholder(t: &ValType) -> Val {
    match t {
        ValType::I32 => Val::I32(0),
        ValType::I64 => Val::I64(0),
        ValType::F32 => Val::F32(F32::from_bits(0)),
        ValType::F64 => Val::F64(F64::from_bits(0)),
        ValType::V128 => Val::V128(V128::from(0u128)),
        ValType::FuncRef => Val::FuncRef(Nullable::Null),
        ValType::ExternRef => Val::ExternRef(Nullable::Null),
    }
}

impl Runner for WasmiRunner {
    fn name(&self) -> &'static str {
        "wasmi"
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<(), String> {
        self.module = Some(Module::new(&self.engine, wasm).map_err(|e| e.to_string())?);
        Ok(())
    }

    fn instantiate(&mut self, _fuel: Option<u64>) -> (Outcome, Option<u64>) {
        self.instance = None;
        let store = self.store.insert(Store::new(&self.engine, ()));
        let module = self.module.as_ref().expect("compiled");
        let outcome = match Instance::new(&mut *store, module, &[]) {
            Ok(i) => {
                self.instance = Some(i);
                Outcome::Ok(vec![])
            }
            // wasmi reports an active element segment that does not fit its
            // table as an instantiation error rather than a trap; the spec
            // runs the segment as `table.init`, which traps
            // (WebAssembly 2.0, 4.5.4 "Instantiation", step 14), so it is
            // the trap the other engines report.
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::Instantiation(InstantiationError::ElementSegmentDoesNotFit { .. })
                ) =>
            {
                Outcome::Trap(TrapKind::TableOutOfBounds)
            }
            Err(e) => outcome_of_error(e),
        };
        (outcome, None)
    }

    fn call(&mut self, name: &str, args: &[Value], _fuel: Option<u64>) -> (Outcome, Option<u64>) {
        let store = self.store.as_mut().expect("instantiated");
        let instance = self.instance.expect("instantiated");
        let func = instance.get_func(&*store, name).expect("exported function");
        let ty = func.ty(&*store);
        let params: Vec<Val> = args.iter().map(to_val).collect();
        let mut results: Vec<Val> = ty.results().iter().map(placeholder).collect();
        let outcome = match func.call(&mut *store, &params, &mut results) {
            Ok(()) => Outcome::Ok(results.iter().map(from_val).collect()),
            Err(e) => outcome_of_error(e),
        };
        (outcome, None)
    }

    fn state(&mut self, info: &ModuleInfo) -> State {
        let store = self.store.as_mut().expect("instantiated");
        let instance = self.instance.expect("instantiated");
        let mut state = State::default();
        for (name, kind) in &info.exports {
            match kind {
                ExportKind::Func { .. } => {}
                ExportKind::Global => {
                    let g = instance.get_global(&*store, name).expect("global");
                    state
                        .globals
                        .push((name.clone(), from_val(&g.get(&*store))));
                }
                ExportKind::Memory => {
                    let m = instance.get_memory(&*store, name).expect("memory");
                    state
                        .memories
                        .push((name.clone(), m.data(&*store).to_vec()));
                }
                ExportKind::Table => {
                    let t = instance.get_table(&*store, name).expect("table");
                    let elems = (0..t.size(&*store))
                        .map(|i| from_ref(&t.get(&*store, i).expect("in bounds")))
                        .collect();
                    state.tables.push((name.clone(), elems));
                }
            }
        }
        state
    }
}
