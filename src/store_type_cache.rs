//! A store's cache of what host→wasm calls look up by canonical type id:
//! the function type (for `Func::call`'s checks) and the host→wasm
//! trampoline's entry point. Calls then skip the engine's locked registry.
//! The store registers every type it caches, so an id keeps its meaning,
//! and a trampoline its code, for as long as the store lives.

use crate::engine::{Engine, RegisteredTypes};
use crate::runtime::code_memory::PublishedCode;
use anyhow::Result;
use std::sync::Arc;

/// What is cached for one type id.
#[derive(Default)]
struct Slot {
    ty: Option<Arc<wasmparser::FuncType>>,
    /// The larger of the parameter and result counts.
    value_slots: usize,
    /// The trampoline's entry point (null until first looked up).
    entry: usize,
    code: Option<Arc<PublishedCode>>,
    _registered: Option<RegisteredTypes>,
}

#[derive(Default)]
pub(crate) struct TypeCache {
    slots: Vec<Slot>,
}

impl TypeCache {
    /// The function type with id `type_id`, registered in `engine`.
    #[inline]
    pub fn func_type(&mut self, engine: &Engine, type_id: u32) -> Arc<wasmparser::FuncType> {
        match self.slots.get(type_id as usize).and_then(|s| s.ty.as_ref()) {
            Some(ty) => ty.clone(),
            None => self.slot(engine, type_id).ty.clone().expect("just filled"),
        }
    }

    /// The larger of the parameter and result counts of `type_id`.
    #[inline]
    pub fn value_slots(&mut self, engine: &Engine, type_id: u32) -> usize {
        match self.slots.get(type_id as usize) {
            Some(slot) if slot.ty.is_some() => slot.value_slots,
            _ => self.slot(engine, type_id).value_slots,
        }
    }

    /// The entry point of the host→wasm trampoline for `type_id`.
    #[inline]
    pub fn entry_trampoline(&mut self, engine: &Engine, type_id: u32) -> Result<*const u8> {
        match self.slots.get(type_id as usize) {
            Some(slot) if slot.entry != 0 => Ok(slot.entry as *const u8),
            _ => self.entry_trampoline_slow(engine, type_id),
        }
    }

    #[cold]
    fn entry_trampoline_slow(&mut self, engine: &Engine, type_id: u32) -> Result<*const u8> {
        let code = engine.trampoline(type_id, true)?;
        let slot = self.slot(engine, type_id);
        slot.entry = code.func_ptr(0) as usize;
        slot.code = Some(code);
        Ok(slot.entry as *const u8)
    }

    /// The slot of `type_id`, registered and holding the type.
    #[cold]
    fn slot(&mut self, engine: &Engine, type_id: u32) -> &mut Slot {
        let i = type_id as usize;
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, Slot::default);
        }
        let slot = &mut self.slots[i];
        if slot.ty.is_none() {
            slot._registered = Some(engine.retain_type(type_id));
            let ty = engine.type_of(type_id);
            slot.value_slots = ty.params().len().max(ty.results().len());
            slot.ty = Some(ty);
        }
        slot
    }
}
