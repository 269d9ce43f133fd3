//! The engine: configuration, the host ISA, the engine-wide registry of
//! canonical function types, and cached trampolines.

use crate::compiler::{
    Regalloc, compile_array_to_wasm, compile_builtin_exit, compile_wasm_to_array, host_isa,
};
use crate::config::Config;
use crate::environ::builtins;
use crate::runtime::code_memory::{CodeMemory, FrameMetadata, PublishedCode};
use crate::runtime::libcalls::BuiltinTable;
use crate::runtime::signals;
use anyhow::Result;
use cranelift_codegen::isa::OwnedTargetIsa;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Compiles and runs wasm; cheap to clone, shareable across threads.
#[derive(Clone)]
pub struct Engine {
    pub(crate) inner: Arc<EngineInner>,
}

pub(crate) struct EngineInner {
    pub config: Config,
    pub isa: OwnedTargetIsa,
    /// `isa` with a register allocator of linear cost, for pathological
    /// (very deeply nested) functions.
    pub deep_nesting_isa: OwnedTargetIsa,
    types: Mutex<TypeRegistry>,
    trampolines: Mutex<HashMap<(u32, bool), Arc<PublishedCode>>>,
    /// The current epoch (for epoch interruption).
    pub epoch: AtomicU64,
    /// The builtins table every instance's VMContext points to.
    builtins: Box<BuiltinTable>,
    /// The exit trampolines the table points to.
    _builtin_exits: Vec<PublishedCode>,
}

#[derive(Default)]
struct TypeRegistry {
    ids: HashMap<wasmparser::FuncType, u32>,
    types: Vec<wasmparser::FuncType>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

impl Default for Engine {
    fn default() -> Engine {
        Engine::new(&Config::default()).expect("default configuration is valid for this host")
    }
}

impl Engine {
    pub fn new(config: &Config) -> Result<Engine> {
        signals::install();
        let isa = host_isa(config.opt_level, Regalloc::Backtracking)?;
        let deep_nesting_isa = host_isa(config.opt_level, Regalloc::SinglePass)?;
        let mut builtins = Box::new(BuiltinTable::direct());
        let mut builtin_exits = Vec::new();
        for index in 0..builtins::COUNT {
            let entry = &mut builtins.0[index as usize];
            if let Some(code) = compile_builtin_exit(&*isa, index, *entry)? {
                let code = CodeMemory::publish(code, FrameMetadata::default())?;
                *entry = code.func_ptr(0) as usize;
                builtin_exits.push(code);
            }
        }
        Ok(Engine {
            inner: Arc::new(EngineInner {
                config: config.clone(),
                isa,
                deep_nesting_isa,
                types: Mutex::new(TypeRegistry::default()),
                trampolines: Mutex::new(HashMap::new()),
                epoch: AtomicU64::new(0),
                builtins,
                _builtin_exits: builtin_exits,
            }),
        })
    }

    /// The builtins table for instances of this engine.
    pub(crate) fn builtins(&self) -> *const BuiltinTable {
        &*self.inner.builtins
    }

    /// Whether two handles refer to the same engine.
    pub fn same(a: &Engine, b: &Engine) -> bool {
        Arc::ptr_eq(&a.inner, &b.inner)
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The canonical id of a function type.
    pub(crate) fn type_id(&self, ty: &wasmparser::FuncType) -> u32 {
        let mut reg = self.inner.types.lock().unwrap();
        if let Some(id) = reg.ids.get(ty) {
            return *id;
        }
        let id = reg.types.len() as u32;
        reg.types.push(ty.clone());
        reg.ids.insert(ty.clone(), id);
        id
    }

    /// The function type with canonical id `id`.
    pub(crate) fn type_of(&self, id: u32) -> wasmparser::FuncType {
        self.inner.types.lock().unwrap().types[id as usize].clone()
    }

    /// The host→wasm (`array_to_wasm == true`) or wasm→host trampoline for a type.
    pub(crate) fn trampoline(
        &self,
        type_id: u32,
        array_to_wasm: bool,
    ) -> Result<Arc<PublishedCode>> {
        let key = (type_id, array_to_wasm);
        if let Some(t) = self.inner.trampolines.lock().unwrap().get(&key) {
            return Ok(t.clone());
        }
        let ty = self.type_of(type_id);
        let isa = &*self.inner.isa;
        let compiled = if array_to_wasm {
            compile_array_to_wasm(isa, &ty)?
        } else {
            compile_wasm_to_array(isa, &ty)?
        };
        let code = Arc::new(CodeMemory::publish(compiled, FrameMetadata::default())?);
        let mut map = self.inner.trampolines.lock().unwrap();
        Ok(map.entry(key).or_insert(code).clone())
    }

    /// Advances the epoch by one.
    pub fn increment_epoch(&self) {
        self.inner.epoch.fetch_add(1, Ordering::Relaxed);
    }
}
