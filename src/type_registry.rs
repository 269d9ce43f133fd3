//! The engine-wide registry of canonical function types: equal types get
//! one id, which generated code compares in `call_indirect` and which keys
//! the host↔wasm trampolines. Registrations are counted: when no module,
//! host function or store uses a type any more, its entry and trampolines
//! are freed and its id is reused, so a long-lived engine does not grow
//! with every module it ever compiled.

use crate::runtime::code_memory::PublishedCode;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// One registered type.
struct Entry {
    ty: Arc<wasmparser::FuncType>,
    /// Live registrations (`RegisteredTypes` holding this id).
    refs: usize,
    /// Trampolines made for it: [wasm→host, host→wasm].
    trampolines: [Option<Arc<PublishedCode>>; 2],
}

/// The registry itself; the engine keeps it behind a mutex.
#[derive(Default)]
pub(crate) struct TypeRegistry {
    ids: HashMap<Arc<wasmparser::FuncType>, u32>,
    /// By id; `None` for a free id.
    entries: Vec<Option<Entry>>,
    /// Free ids, lowest reused first: the ids a module's types get, and so
    /// its machine code (they are immediates in `call_indirect` checks),
    /// then do not depend on which modules came and went before.
    free: BTreeSet<u32>,
}

impl TypeRegistry {
    /// Registers `ty` once more, returning its id.
    pub fn register(&mut self, ty: &wasmparser::FuncType) -> u32 {
        if let Some(&id) = self.ids.get(ty) {
            self.entry_mut(id).refs += 1;
            return id;
        }
        let ty = Arc::new(ty.clone());
        let entry = Entry {
            ty: ty.clone(),
            refs: 1,
            trampolines: [None, None],
        };
        let id = match self.free.pop_first() {
            Some(id) => {
                self.entries[id as usize] = Some(entry);
                id
            }
            None => {
                self.entries.push(Some(entry));
                u32::try_from(self.entries.len() - 1).expect("fewer than 2^32 live types")
            }
        };
        self.ids.insert(ty, id);
        id
    }

    /// Drops one registration of `id`; the last one frees the entry and
    /// returns its trampolines, for the caller to drop outside the lock.
    pub fn release(&mut self, id: u32) -> Vec<Arc<PublishedCode>> {
        let entry = self.entry_mut(id);
        entry.refs -= 1;
        if entry.refs > 0 {
            return Vec::new();
        }
        let entry = self.entries[id as usize].take().expect("live entry");
        self.ids.remove(&entry.ty);
        self.free.insert(id);
        entry.trampolines.into_iter().flatten().collect()
    }

    /// The type with id `id`, which must be registered.
    pub fn get(&self, id: u32) -> Arc<wasmparser::FuncType> {
        self.entry(id).ty.clone()
    }

    /// The cached trampoline of `id` in direction `array_to_wasm`.
    pub fn trampoline(&self, id: u32, array_to_wasm: bool) -> Option<Arc<PublishedCode>> {
        self.entry(id).trampolines[usize::from(array_to_wasm)].clone()
    }

    /// Caches `code` as the trampoline of `id` unless another thread was
    /// first; returns the one that stays.
    pub fn set_trampoline(
        &mut self,
        id: u32,
        array_to_wasm: bool,
        code: Arc<PublishedCode>,
    ) -> Arc<PublishedCode> {
        self.entry_mut(id).trampolines[usize::from(array_to_wasm)]
            .get_or_insert(code)
            .clone()
    }

    /// One more registration of the registered type `id`.
    pub fn retain(&mut self, id: u32) {
        self.entry_mut(id).refs += 1;
    }

    /// How many types are registered.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// How many trampolines the registry holds.
    #[cfg(test)]
    pub fn trampoline_count(&self) -> usize {
        self.entries
            .iter()
            .flatten()
            .map(|e| e.trampolines.iter().flatten().count())
            .sum()
    }

    fn entry(&self, id: u32) -> &Entry {
        self.entries
            .get(id as usize)
            .and_then(Option::as_ref)
            .unwrap_or_else(|| panic!("function type id {id} is not registered"))
    }

    fn entry_mut(&mut self, id: u32) -> &mut Entry {
        self.entries
            .get_mut(id as usize)
            .and_then(Option::as_mut)
            .unwrap_or_else(|| panic!("function type id {id} is not registered"))
    }
}
