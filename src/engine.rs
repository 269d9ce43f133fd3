//! The engine: configuration, the host ISA, the engine-wide registry of
//! canonical function types, and cached trampolines.

use crate::allocation::InstanceAllocationStrategy;
use crate::compiler::{
    IsaSettings, RegallocAlgorithm, compile_array_to_wasm, compile_builtin_exit,
    compile_wasm_to_array, host_isa,
};
use crate::config::{Config, ProfilingStrategy};
use crate::environ::builtins;
use crate::runtime::code_memory::{CodeMemory, FrameMetadata, PublishedCode};
use crate::runtime::libcalls::BuiltinTable;
use crate::runtime::pool::InstancePool;
use crate::runtime::signals;
use crate::runtime::{jitdump, perf_map};
use crate::type_registry::TypeRegistry;
use anyhow::Result;
use cranelift_codegen::isa::OwnedTargetIsa;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

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
    /// The current epoch (for epoch interruption).
    pub epoch: AtomicU64,
    /// The builtins table every instance's VMContext points to.
    builtins: Box<BuiltinTable>,
    /// The exit trampolines the table points to.
    _builtin_exits: Vec<PublishedCode>,
    /// The header lines of this engine's precompiled modules, made once.
    pub artifact_header: std::sync::OnceLock<String>,
    /// The pooling allocator's pools, when the configuration asks for it.
    pub pool: Option<Arc<InstancePool>>,
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
        config.check_supported()?;
        let settings = IsaSettings {
            opt_level: config.opt_level,
            regalloc: config.regalloc,
            verifier: config.debug_verifier,
            nan_canonicalization: config.nan_canonicalization,
            user_flags: &config.cranelift_flags,
        };
        let isa = host_isa(&settings)?;
        let deep_nesting_isa = host_isa(&IsaSettings {
            regalloc: RegallocAlgorithm::SinglePass,
            ..settings
        })?;
        match config.profiler {
            ProfilingStrategy::PerfMap => perf_map::open()?,
            ProfilingStrategy::JitDump => jitdump::open()?,
            _ => {}
        }
        signals::install();
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
        let pool = match &config.allocation {
            InstanceAllocationStrategy::OnDemand => None,
            InstanceAllocationStrategy::Pooling(pooling) => {
                Some(Arc::new(InstancePool::new(&pooling.limits)?))
            }
        };
        Ok(Engine {
            inner: Arc::new(EngineInner {
                config: config.clone(),
                isa,
                deep_nesting_isa,
                types: Mutex::new(TypeRegistry::default()),
                epoch: AtomicU64::new(0),
                builtins,
                _builtin_exits: builtin_exits,
                artifact_header: std::sync::OnceLock::new(),
                pool,
            }),
        })
    }

    /// The engine's pools, if it allocates instances from pools.
    pub(crate) fn pool(&self) -> Option<&Arc<InstancePool>> {
        self.inner.pool.as_ref()
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

    /// The type registry, locked. What panics while it is held is a lookup
    /// of an id that is not registered (an internal error, reported to the
    /// caller that met it), before anything changed; so later users go on
    /// instead of failing on the poison (and a drop that releases types
    /// cannot panic during another panic and abort the process).
    fn types(&self) -> MutexGuard<'_, TypeRegistry> {
        self.inner
            .types
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Registers canonical function types, one id each, held until the
    /// returned registration is dropped.
    pub(crate) fn register_types<'a>(
        &self,
        types: impl IntoIterator<Item = &'a wasmparser::FuncType>,
    ) -> RegisteredTypes {
        let mut registry = self.types();
        let ids = types.into_iter().map(|t| registry.register(t)).collect();
        RegisteredTypes {
            engine: self.clone(),
            ids,
        }
    }

    /// One more registration of the registered type `id`.
    pub(crate) fn retain_type(&self, id: u32) -> RegisteredTypes {
        self.types().retain(id);
        RegisteredTypes {
            engine: self.clone(),
            ids: vec![id],
        }
    }

    /// The function type with canonical id `id` (a registered one).
    pub(crate) fn type_of(&self, id: u32) -> Arc<wasmparser::FuncType> {
        self.types().get(id)
    }

    /// The host→wasm (`array_to_wasm == true`) or wasm→host trampoline for
    /// registered type `type_id`, made once and kept while it is registered.
    pub(crate) fn trampoline(
        &self,
        type_id: u32,
        array_to_wasm: bool,
    ) -> Result<Arc<PublishedCode>> {
        let ty = {
            let registry = self.types();
            if let Some(t) = registry.trampoline(type_id, array_to_wasm) {
                return Ok(t);
            }
            registry.get(type_id)
        };
        let isa = &*self.inner.isa;
        let compiled = if array_to_wasm {
            compile_array_to_wasm(isa, &ty)?
        } else {
            compile_wasm_to_array(isa, &ty)?
        };
        let code = Arc::new(CodeMemory::publish(compiled, FrameMetadata::default())?);
        let mut registry = self.types();
        Ok(registry.set_trampoline(type_id, array_to_wasm, code))
    }

    /// Registered types and trampolines held by the engine (for tests).
    #[cfg(test)]
    pub(crate) fn registry_size(&self) -> (usize, usize) {
        let registry = self.types();
        (registry.len(), registry.trampoline_count())
    }

    /// Compiles `bytes` (a module's binary or text) into a precompiled
    /// artefact for this engine's configuration, as
    /// [`crate::Module::serialize`] would write it.
    pub fn precompile_module(&self, bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
        crate::Module::new(self, bytes)?.serialize()
    }

    /// Advances the epoch by one.
    pub fn increment_epoch(&self) {
        self.inner.epoch.fetch_add(1, Ordering::Relaxed);
    }
}

/// Function types registered with an engine (see `type_registry`): their
/// ids stay valid, and mean these types, until this is dropped.
pub(crate) struct RegisteredTypes {
    engine: Engine,
    ids: Vec<u32>,
}

impl RegisteredTypes {
    pub fn ids(&self) -> &[u32] {
        &self.ids
    }

    /// The engine the ids belong to (they mean nothing to another).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}

impl Drop for RegisteredTypes {
    fn drop(&mut self) {
        let freed: Vec<_> = {
            let mut registry = self.engine.types();
            self.ids
                .iter()
                .flat_map(|&id| registry.release(id))
                .collect()
        };
        // Unmapping the freed trampolines' code happens here, unlocked.
        drop(freed);
    }
}

#[cfg(test)]
mod tests {
    use crate::{Engine, Func, FuncType, Instance, Module, Store, Val, ValType};

    /// A distinct signature for each `k` below 2^15: its bits choose i32
    /// or i64 for each of 15 parameters, and a result marks it used.
    fn signature(k: u32) -> Vec<ValType> {
        (0..15)
            .map(|bit| {
                if k >> bit & 1 == 1 {
                    ValType::I64
                } else {
                    ValType::I32
                }
            })
            .collect()
    }

    fn wat(params: &[ValType]) -> String {
        let names: Vec<&str> = params
            .iter()
            .map(|t| if *t == ValType::I64 { "i64" } else { "i32" })
            .collect();
        format!(
            r#"(module
                 (import "host" "f" (func $f (param {0}) (result i32)))
                 (func (export "f") (param {0}) (result i32) i32.const 1))"#,
            names.join(" ")
        )
    }

    #[test]
    fn types_and_trampolines_are_released_when_unused() {
        let engine = Engine::default();
        let baseline = engine.registry_size();
        assert_eq!(baseline, (0, 0));
        let mut kept = Vec::new();
        {
            // A store holds at most 10,000 instances: use several.
            let mut stores: Vec<Store<()>> = Vec::new();
            for k in 0..20_000 {
                if k % 5_000 == 0 {
                    stores.push(Store::new(&engine, ()));
                }
                let store = stores.last_mut().unwrap();
                let params = signature(k);
                let module = Module::new(&engine, wat(&params)).unwrap();
                let ty = FuncType::from_parts(params.clone(), [ValType::I32]);
                let host = Func::new(&mut *store, ty, |_, _, results| {
                    results[0] = Val::I32(2);
                    Ok(())
                });
                let instance = Instance::new(&mut *store, &module, &[host.into()]).unwrap();
                let f = instance.get_func(&mut *store, "f").unwrap();
                let args: Vec<Val> = params.iter().map(|t| Val::default_for(*t)).collect();
                let mut result = [Val::I32(0)];
                f.call(&mut *store, &args, &mut result).unwrap();
                assert_eq!(result[0].i32(), Some(1));
                host.call(&mut *store, &args, &mut result).unwrap();
                assert_eq!(result[0].i32(), Some(2));
                if k % 5_000 == 0 {
                    kept.push(module);
                }
            }
            // Every signature and both of its trampolines are alive.
            assert_eq!(engine.registry_size(), (20_000, 40_000));
        }
        // The stores are gone; only the four modules kept still hold their
        // types, which keep their two trampolines for the next store.
        assert_eq!(engine.registry_size(), (4, 8));
        drop(kept);
        assert_eq!(engine.registry_size(), baseline);

        // A module's own type section, too: 100,000 distinct types.
        let types: String = (0..100_000u32)
            .map(|k| {
                let params: Vec<&str> = (0..17)
                    .map(|bit| if k >> bit & 1 == 1 { "i64" } else { "i32" })
                    .collect();
                format!("(type (func (param {})))", params.join(" "))
            })
            .collect();
        let module = Module::new(&engine, format!("(module {types})")).unwrap();
        assert_eq!(engine.registry_size(), (100_000, 0));
        drop(module);
        assert_eq!(engine.registry_size(), baseline);

        // Ids are reused: a new type gets a registry slot again.
        let module = Module::new(&engine, wat(&signature(7))).unwrap();
        assert_eq!(engine.registry_size(), (1, 0));
        drop(module);
        assert_eq!(engine.registry_size(), baseline);
    }

    #[test]
    fn a_linkers_host_function_keeps_its_trampoline_between_stores() {
        // A store made after the last one that used a linker's function is
        // gone must not compile the function's trampoline again.
        let engine = Engine::default();
        let mut linker = crate::Linker::<()>::new(&engine);
        linker.func_wrap("host", "f", |x: i64| x + 1).unwrap();
        assert_eq!(
            engine.registry_size(),
            (1, 1),
            "defined: type and wasm→host trampoline"
        );
        let wat = r#"(module (import "host" "f" (func (param i64) (result i64))))"#;
        for _ in 0..3 {
            let module = Module::new(&engine, wat).unwrap();
            let mut store = Store::new(&engine, ());
            linker.instantiate(&mut store, &module).unwrap();
            drop((store, module));
            assert_eq!(engine.registry_size(), (1, 1));
        }
        drop(linker);
        assert_eq!(engine.registry_size(), (0, 0));
    }
}
