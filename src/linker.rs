//! `Linker`: name-based resolution of a module's imports.
//!
//! A linker maps two-level names (`module::name`) to definitions and
//! instantiates modules by looking up each of their imports by name. Two
//! kinds of definition exist:
//!
//! - store-bound items (`define`, `instance`, reactors added with `module`):
//!   an `Extern` of one store, with its type recorded when it was defined;
//! - host functions (`func_new`, `func_wrap`, commands added with `module`,
//!   `define_unknown_imports_as_traps`): a type and a shared closure, turned
//!   into a `Func` in whichever store a module is instantiated into.
//!
//! `instantiate_pre` resolves names and checks types once; the resulting
//! `InstancePre` can then be instantiated many times.

use crate::engine::{Engine, RegisteredTypes};
use crate::func::{Caller, Func, HostRegistration};
use crate::instance::{Extern, Instance, import_matches};
use crate::instance_pre::InstancePre;
use crate::module::Module;
use crate::runtime::code_memory::PublishedCode;
use crate::runtime::vmcontext::ValRaw;
use crate::store::{AsContext, AsContextMut, StoreContext, StoreInner};
use crate::typed::IntoFunc;
use crate::types::{ExternType, FuncType};
use crate::values::Val;
use crate::{Global, Memory, Table};
use anyhow::{Context, Result, anyhow, bail};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::sync::Arc;

/// Makes a definition's function in one store. Built from the body's own
/// closure type, so that calls from wasm reach the body directly (as
/// `Func::wrap`'s do), not through a `dyn Fn`.
type MakeFunc<T> = dyn Fn(&mut StoreInner<T>, &Arc<HostFuncDef<T>>) -> Func + Send + Sync + 'static;

/// A host function not yet bound to any store.
pub(crate) struct HostFuncDef<T> {
    ty: FuncType,
    make: Box<MakeFunc<T>>,
    /// The function type's registration and its wasm→host trampoline,
    /// held so that a store made after the last one using them is gone
    /// finds the trampoline compiled, instead of compiling it again; each
    /// store's function holds this definition instead of registering the
    /// type and looking the trampoline up again.
    registered: RegisteredTypes,
    trampoline: Arc<PublishedCode>,
}

impl<T: 'static> HostFuncDef<T> {
    fn define(engine: &Engine, ty: FuncType, make: Box<MakeFunc<T>>) -> Result<Definition<T>> {
        let registered = engine.register_types([&ty.to_wasm()]);
        let trampoline = engine.trampoline(registered.ids()[0], false)?;
        Ok(Definition::HostFunc(Arc::new(HostFuncDef {
            ty,
            make,
            registered,
            trampoline,
        })))
    }

    /// A definition whose body works on raw values in the slots.
    fn raw<F>(engine: &Engine, ty: FuncType, body: F) -> Result<Definition<T>>
    where
        F: Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
    {
        let body = Arc::new(body);
        let make = move |store: &mut StoreInner<T>, def: &Arc<HostFuncDef<T>>| {
            let body = body.clone();
            let call = move |caller: Caller<'_, T>, values: &mut [ValRaw]| body(caller, values);
            if !Engine::same(&store.opaque.engine, def.registered.engine()) {
                // A store of another engine (`Linker::get` does not refuse
                // one): the definition's type id means nothing there.
                return Func::new_raw(store, def.ty.clone(), call);
            }
            let registration = HostRegistration::Shared {
                _definition: def.clone(),
            };
            Func::new_host(
                store,
                def.registered.ids()[0],
                def.trampoline.func_ptr(0),
                registration,
                call,
            )
        };
        HostFuncDef::define(engine, ty, Box::new(make))
    }

    /// Creates definition `def` in `store`.
    pub(crate) fn to_func(def: &Arc<Self>, store: &mut StoreInner<T>) -> Func {
        (def.make)(store, def)
    }
}

/// What a name in a linker is bound to.
pub(crate) enum Definition<T> {
    /// An item of one store, with its type at the time it was defined.
    Extern(Extern, ExternType),
    /// A host function, created anew in each store that uses it.
    HostFunc(Arc<HostFuncDef<T>>),
}

impl<T> Clone for Definition<T> {
    fn clone(&self) -> Self {
        match self {
            Definition::Extern(e, ty) => Definition::Extern(*e, ty.clone()),
            Definition::HostFunc(f) => Definition::HostFunc(f.clone()),
        }
    }
}

impl<T: 'static> Definition<T> {
    fn ty(&self) -> ExternType {
        match self {
            Definition::Extern(_, ty) => ty.clone(),
            Definition::HostFunc(f) => ExternType::Func(f.ty.clone()),
        }
    }

    /// The extern for this definition in `store` (host functions are
    /// created in it).
    pub(crate) fn to_extern(&self, store: &mut StoreInner<T>) -> Extern {
        match self {
            Definition::Extern(e, _) => *e,
            Definition::HostFunc(f) => Extern::Func(HostFuncDef::to_func(f, store)),
        }
    }
}

/// The error for an import no definition matches by name.
fn unknown_import(module: &str, name: &str) -> anyhow::Error {
    anyhow!("unknown import: `{module}::{name}` has not been defined")
}

/// Fails unless `engine` is the linker's engine.
fn check_engine(linker: &Engine, engine: &Engine) -> Result<()> {
    if !Engine::same(linker, engine) {
        bail!(
            "cross-`Engine` linking is not supported: the store or module belongs to another engine than the linker"
        );
    }
    Ok(())
}

/// The type of a store-bound item, checking that it belongs to `store`.
fn extern_type<T>(store: &StoreContext<'_, T>, item: &Extern) -> Result<ExternType> {
    store.0.opaque.check(item.store_id(), "item")?;
    Ok(match item {
        Extern::Func(f) => ExternType::Func(f.ty(store)),
        Extern::Global(g) => ExternType::Global(g.ty(store)),
        Extern::Table(t) => ExternType::Table(t.ty(store)),
        Extern::Memory(m) => ExternType::Memory(m.ty(store)),
    })
}

/// Whether a module is a WASI command (exports `_start`) or a reactor.
enum ModuleKind {
    Command,
    Reactor,
}

fn categorize(module: &Module) -> Result<ModuleKind> {
    match (
        module.get_export("_start"),
        module.get_export("_initialize"),
    ) {
        (Some(_), Some(_)) => {
            bail!("a module cannot be both a command (`_start`) and a reactor (`_initialize`)")
        }
        (Some(ExternType::Func(_)), None) => Ok(ModuleKind::Command),
        (Some(_), None) => bail!("`_start` must be a function"),
        (None, Some(ExternType::Func(_))) | (None, None) => Ok(ModuleKind::Reactor),
        (None, Some(_)) => bail!("`_initialize` must be a function"),
    }
}

/// Non-function exports that toolchains commonly leave in commands and
/// that `Linker::module` skips instead of rejecting.
fn tolerated_command_export(name: &str, ty: &ExternType) -> bool {
    match ty {
        ExternType::Memory(_) => name == "memory",
        ExternType::Table(_) => name == "__indirect_function_table" || name == "table",
        ExternType::Global(_) => matches!(
            name,
            "__data_end" | "__heap_base" | "__dso_handle" | "__rtti_base"
        ),
        ExternType::Func(_) => false,
    }
}

/// Links modules, instances and host functions together by name.
///
/// Names are two-level (`module::name`), like wasm imports. A name can be
/// defined once unless [`Linker::allow_shadowing`] is on, in which case a
/// later definition replaces the earlier one.
pub struct Linker<T> {
    engine: Engine,
    map: HashMap<String, HashMap<String, Definition<T>>>,
    allow_shadowing: bool,
    allow_unknown_exports: bool,
}

impl<T> Clone for Linker<T> {
    fn clone(&self) -> Self {
        Linker {
            engine: self.engine.clone(),
            map: self.map.clone(),
            allow_shadowing: self.allow_shadowing,
            allow_unknown_exports: self.allow_unknown_exports,
        }
    }
}

impl<T> fmt::Debug for Linker<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Linker").finish_non_exhaustive()
    }
}

impl<T: 'static> Linker<T> {
    /// An empty linker for modules of `engine`.
    pub fn new(engine: &Engine) -> Linker<T> {
        Linker {
            engine: engine.clone(),
            map: HashMap::new(),
            allow_shadowing: false,
            allow_unknown_exports: false,
        }
    }

    /// The engine this linker links for.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Whether defining a name that is already defined replaces the old
    /// definition (`true`) or is an error (`false`, the default).
    pub fn allow_shadowing(&mut self, allow: bool) -> &mut Self {
        self.allow_shadowing = allow;
        self
    }

    /// Whether [`Linker::module`] accepts commands that export non-function
    /// items it does not know (they are skipped); off by default.
    pub fn allow_unknown_exports(&mut self, allow: bool) -> &mut Self {
        self.allow_unknown_exports = allow;
        self
    }

    /// Fails if `module::name` is defined and shadowing is off.
    fn check_free(&self, module: &str, name: &str) -> Result<()> {
        if !self.allow_shadowing && self.lookup(module, name).is_some() {
            bail!("import of `{module}::{name}` defined twice");
        }
        Ok(())
    }

    fn insert(&mut self, module: &str, name: &str, def: Definition<T>) -> Result<()> {
        let allow_shadowing = self.allow_shadowing;
        let names = self.map.entry(module.to_string()).or_default();
        match names.entry(name.to_string()) {
            Entry::Occupied(_) if !allow_shadowing => {
                bail!("import of `{module}::{name}` defined twice")
            }
            Entry::Occupied(mut e) => {
                e.insert(def);
            }
            Entry::Vacant(e) => {
                e.insert(def);
            }
        }
        Ok(())
    }

    /// Inserts several definitions under `module`, all or none.
    fn insert_all(&mut self, module: &str, defs: Vec<(String, Definition<T>)>) -> Result<()> {
        for (name, _) in &defs {
            self.check_free(module, name)?;
        }
        for (name, def) in defs {
            self.insert(module, &name, def)?;
        }
        Ok(())
    }

    fn lookup(&self, module: &str, name: &str) -> Option<&Definition<T>> {
        self.map.get(module)?.get(name)
    }

    /// Defines `module::name` as `item`, an item of `store`.
    ///
    /// The definition is bound to that store: instantiating into another
    /// store a module that imports it fails.
    pub fn define(
        &mut self,
        store: impl AsContext<Data = T>,
        module: &str,
        name: &str,
        item: impl Into<Extern>,
    ) -> Result<&mut Self> {
        let store = store.as_context();
        check_engine(&self.engine, store.engine())?;
        let item = item.into();
        let ty = extern_type(&store, &item)?;
        self.insert(module, name, Definition::Extern(item, ty))?;
        Ok(self)
    }

    /// Defines `module::name` as a host function of type `ty` on
    /// dynamically typed values. It is created in each store that uses it.
    pub fn func_new(
        &mut self,
        module: &str,
        name: &str,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Result<&mut Self> {
        let def = HostFuncDef::raw(&self.engine, ty.clone(), Func::dynamic_body(ty, func))?;
        self.insert(module, name, def)?;
        Ok(self)
    }

    /// Defines `module::name` as a host function of type `ty` on raw
    /// values (as [`Func::new_unchecked`]). It is created in each store
    /// that uses it.
    ///
    /// # Safety
    /// `func` must read and write only values of the types `ty` states.
    pub unsafe fn func_new_unchecked(
        &mut self,
        module: &str,
        name: &str,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &mut [ValRaw]) -> Result<()> + Send + Sync + 'static,
    ) -> Result<&mut Self> {
        let def = HostFuncDef::raw(&self.engine, ty, func)?;
        self.insert(module, name, def)?;
        Ok(self)
    }

    /// Defines `module::name` as a host function from a Rust closure, its
    /// type taken from the closure's signature. It is created in each store
    /// that uses it.
    pub fn func_wrap<Params, Results>(
        &mut self,
        module: &str,
        name: &str,
        func: impl IntoFunc<T, Params, Results>,
    ) -> Result<&mut Self> {
        let (ty, body) = func.into_raw();
        let def = HostFuncDef::raw(&self.engine, ty, body)?;
        self.insert(module, name, def)?;
        Ok(self)
    }

    /// Defines every export of `instance` under `module_name`.
    ///
    /// Nothing is defined if any of the names is already taken (and
    /// shadowing is off).
    pub fn instance(
        &mut self,
        mut store: impl AsContextMut<Data = T>,
        module_name: &str,
        instance: Instance,
    ) -> Result<&mut Self> {
        check_engine(&self.engine, store.as_context().engine())?;
        store
            .as_context()
            .0
            .opaque
            .check(instance.store_id, "instance")?;
        let exports = instance.exports(&mut store);
        let store = store.as_context();
        let mut defs = Vec::with_capacity(exports.len());
        for export in exports {
            let name = export.name().to_string();
            let item = export.into_extern();
            let ty = extern_type(&store, &item)?;
            defs.push((name, Definition::Extern(item, ty)));
        }
        self.insert_all(module_name, defs)?;
        Ok(self)
    }

    /// Defines the exports of `module` under `module_name`, following the
    /// WASI conventions for commands and reactors.
    ///
    /// - A command (a module exporting `_start`) is not instantiated now:
    ///   each of its exported functions is defined as a host function that,
    ///   on every call, makes a fresh instance (imports resolved by this
    ///   linker as it is now) and calls that instance's export.
    /// - A reactor (any other module) is instantiated once in `store`, its
    ///   `_initialize` export is run if present, and all its exports are
    ///   defined as with [`Linker::instance`].
    pub fn module(
        &mut self,
        mut store: impl AsContextMut<Data = T>,
        module_name: &str,
        module: &Module,
    ) -> Result<&mut Self> {
        check_engine(&self.engine, module.engine())?;
        match categorize(module)? {
            ModuleKind::Command => self.command(module_name, module),
            ModuleKind::Reactor => {
                let instance = self.instantiate(&mut store, module)?;
                if let Some(init) = instance.get_func(&mut store, "_initialize") {
                    init.typed::<(), ()>(&store)
                        .and_then(|f| f.call(&mut store, ()))
                        .context("calling the reactor's `_initialize` function")?;
                }
                self.instance(store, module_name, instance)
            }
        }
    }

    fn command(&mut self, module_name: &str, module: &Module) -> Result<&mut Self> {
        let pre = self.instantiate_pre(module)?;
        let mut defs = Vec::new();
        for export in module.exports() {
            let ty = export.ty();
            let ExternType::Func(func_ty) = ty else {
                if tolerated_command_export(export.name(), &ty) || self.allow_unknown_exports {
                    continue;
                }
                bail!(
                    "command export `{}` is not a function (found {} {ty})",
                    export.name(),
                    ty.kind()
                );
            };
            let pre = pre.clone();
            let name = export.name().to_string();
            let body = move |mut caller: Caller<'_, T>, values: &mut [ValRaw]| {
                let instance = pre.instantiate(&mut caller)?;
                let func = instance
                    .get_func(&mut caller, &name)
                    .ok_or_else(|| anyhow!("command export `{name}` is missing"))?;
                func.call_raw(&mut caller.store.opaque, values)
            };
            defs.push((
                export.name().to_string(),
                HostFuncDef::raw(&self.engine, func_ty, body)?,
            ));
        }
        self.insert_all(module_name, defs)?;
        Ok(self)
    }

    /// The item defined as `module::name`, if any. A host function
    /// definition is created in `store` on each call; a store-bound item is
    /// returned as it was defined (it belongs to the store it came from).
    pub fn get(
        &self,
        mut store: impl AsContextMut<Data = T>,
        module: &str,
        name: &str,
    ) -> Option<Extern> {
        let def = self.lookup(module, name)?;
        Some(def.to_extern(store.as_context_mut().0))
    }

    /// The "default" function of `module`: its export named `""`, else its
    /// `_start`, else a function that does nothing.
    pub fn get_default(
        &self,
        mut store: impl AsContextMut<Data = T>,
        module: &str,
    ) -> Result<Func> {
        for name in ["", "_start"] {
            if let Some(item) = self.get(&mut store, module, name) {
                return item
                    .into_func()
                    .ok_or_else(|| anyhow!("default export `{module}::{name}` is not a function"));
            }
        }
        Ok(Func::wrap(store, || {}))
    }

    /// Defines each function import of `module` that has no definition yet
    /// as a host function that fails, when called, with the "unknown import"
    /// error naming it. Other kinds of imports are left alone.
    pub fn define_unknown_imports_as_traps(&mut self, module: &Module) -> Result<()> {
        for import in module.imports() {
            if self.lookup(import.module(), import.name()).is_some() {
                continue;
            }
            if let ExternType::Func(ty) = import.ty() {
                let (m, n) = (import.module().to_string(), import.name().to_string());
                let body = move |_: Caller<'_, T>, _: &mut [ValRaw]| Err(unknown_import(&m, &n));
                let def = HostFuncDef::raw(&self.engine, ty, body)?;
                self.insert(import.module(), import.name(), def)?;
            }
        }
        Ok(())
    }

    /// Defines each import of `module` that has no definition yet as its
    /// type's default, made in `store` (as wasmtime's): a function that
    /// returns zeros and null references, a global holding zero or null,
    /// a table of its minimum size filled with null, a memory of its
    /// minimum size.
    pub fn define_unknown_imports_as_default_values(
        &mut self,
        mut store: impl AsContextMut<Data = T>,
        module: &Module,
    ) -> Result<()> {
        for import in module.imports() {
            let (m, n) = (import.module(), import.name());
            if self.lookup(m, n).is_some() {
                continue;
            }
            let fail = || format!("no default value for `{m}::{n}`");
            let item: Extern = match import.ty() {
                // `Func::new` starts each result at its type's default.
                ExternType::Func(ty) => Func::new(&mut store, ty, |_, _, _| Ok(())).into(),
                ExternType::Global(ty) => {
                    let value = Val::default_for(*ty.content());
                    Global::new(&mut store, ty, value)
                        .with_context(fail)?
                        .into()
                }
                ExternType::Table(ty) => {
                    let null = Val::default_for(ty.element())
                        .into_ref()
                        .context("a table's elements are references")?;
                    Table::new(&mut store, ty, null).with_context(fail)?.into()
                }
                ExternType::Memory(ty) => Memory::new(&mut store, ty).with_context(fail)?.into(),
            };
            self.define(&store, m, n, item)?;
        }
        Ok(())
    }

    /// Instantiates `module` into `store`, resolving its imports by name.
    pub fn instantiate(
        &self,
        store: impl AsContextMut<Data = T>,
        module: &Module,
    ) -> Result<Instance> {
        self.instantiate_pre(module)?.instantiate(store)
    }

    /// Resolves and type-checks every import of `module` now, giving an
    /// [`InstancePre`] that instantiates it without doing so again.
    pub fn instantiate_pre(&self, module: &Module) -> Result<InstancePre<T>> {
        check_engine(&self.engine, module.engine())?;
        let mut defs = Vec::with_capacity(module.imports().len());
        for import in module.imports() {
            let (m, n) = (import.module(), import.name());
            let def = self.lookup(m, n).ok_or_else(|| unknown_import(m, n))?;
            let expected = import.ty();
            let actual = def.ty();
            if !import_matches(&actual, &expected) {
                bail!(
                    "incompatible import type for `{m}::{n}`: expected {} {expected}, found {} {actual}",
                    expected.kind(),
                    actual.kind(),
                );
            }
            defs.push(def.clone());
        }
        Ok(InstancePre::new(module.clone(), defs))
    }
}
