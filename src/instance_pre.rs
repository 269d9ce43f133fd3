//! `InstancePre`: a module whose imports a `Linker` has already resolved
//! and type-checked, ready to be instantiated many times.
//!
//! Instantiating one only creates its host-function imports in the target
//! store, checks that store-bound imports belong to that store, then
//! allocates and initialises the instance.

use crate::engine::Engine;
use crate::instance::{Extern, Instance, instantiate_with};
use crate::linker::Definition;
use crate::module::Module;
use crate::store::AsContextMut;
use anyhow::{Result, bail};
use std::sync::Arc;

/// A module with its imports resolved, from [`crate::Linker::instantiate_pre`].
pub struct InstancePre<T> {
    module: Module,
    /// One definition per import, in the module's import order.
    imports: Arc<[Definition<T>]>,
}

impl<T> Clone for InstancePre<T> {
    fn clone(&self) -> Self {
        InstancePre {
            module: self.module.clone(),
            imports: self.imports.clone(),
        }
    }
}

impl<T> std::fmt::Debug for InstancePre<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstancePre")
            .field("module", &self.module)
            .finish_non_exhaustive()
    }
}

impl<T: 'static> InstancePre<T> {
    /// `imports` must match `module`'s imports in order and type.
    pub(crate) fn new(module: Module, imports: Vec<Definition<T>>) -> InstancePre<T> {
        debug_assert_eq!(imports.len(), module.inner.info.imports.len());
        InstancePre {
            module,
            imports: imports.into(),
        }
    }

    /// The module this will instantiate.
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The engine of the module.
    pub fn engine(&self) -> &Engine {
        self.module.engine()
    }

    /// Instantiates the module into `store`.
    ///
    /// Fails if an import was defined as an item of another store (with
    /// `Linker::define`, `Linker::instance` or a reactor), or if `store`
    /// belongs to another engine.
    pub fn instantiate(&self, mut store: impl AsContextMut<Data = T>) -> Result<Instance> {
        let store = store.as_context_mut().0;
        if !Engine::same(self.module.engine(), &store.opaque.engine) {
            bail!("cross-`Engine` instantiation is not currently supported");
        }
        // Check store-bound imports before creating anything in the store.
        for (def, import) in self.imports.iter().zip(&self.module.inner.info.imports) {
            if let Definition::Extern(item, _) = def
                && item.store_id() != store.opaque.id
            {
                bail!(
                    "import `{}::{}` was defined with an item of another store; items given \
                     to a linker with `define`, `instance` or `module` belong to one store \
                     and cannot be used to instantiate into a different one",
                    import.module,
                    import.name
                );
            }
        }
        let externs: Vec<Extern> = self
            .imports
            .iter()
            .map(|def| def.to_extern(store))
            .collect();
        instantiate_with(&mut store.opaque, &self.module, &externs, false)
    }
}
