//! `wasmrt_extern_t`: an import or export (a function, global, table or
//! memory) with its kind.

use super::store::wasmrt_context_t;
use super::val::{wasmrt_func_t, wasmrt_global_t, wasmrt_memory_t, wasmrt_table_t};
use super::wasm::extern_types::wasm_externtype_t;
use crate::Extern;

/// The kind of a `wasmrt_extern_t` (`WASMRT_EXTERN_FUNC`, ...).
pub type wasmrt_extern_kind_t = u8;
pub const WASMRT_EXTERN_FUNC: wasmrt_extern_kind_t = 0;
pub const WASMRT_EXTERN_GLOBAL: wasmrt_extern_kind_t = 1;
pub const WASMRT_EXTERN_TABLE: wasmrt_extern_kind_t = 2;
pub const WASMRT_EXTERN_MEMORY: wasmrt_extern_kind_t = 3;

/// The item of a `wasmrt_extern_t`, selected by its kind.
#[repr(C)]
#[derive(Clone, Copy)]
pub union wasmrt_extern_union_t {
    pub func: wasmrt_func_t,
    pub global: wasmrt_global_t,
    pub table: wasmrt_table_t,
    pub memory: wasmrt_memory_t,
}

/// An item with its kind.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct wasmrt_extern_t {
    pub kind: wasmrt_extern_kind_t,
    pub of: wasmrt_extern_union_t,
}

impl wasmrt_extern_t {
    pub(crate) fn from_extern(item: Extern) -> wasmrt_extern_t {
        let (kind, of) = match item {
            Extern::Func(f) => (WASMRT_EXTERN_FUNC, wasmrt_extern_union_t { func: f.into() }),
            Extern::Global(g) => (
                WASMRT_EXTERN_GLOBAL,
                wasmrt_extern_union_t { global: g.into() },
            ),
            Extern::Table(t) => (
                WASMRT_EXTERN_TABLE,
                wasmrt_extern_union_t { table: t.into() },
            ),
            Extern::Memory(m) => (
                WASMRT_EXTERN_MEMORY,
                wasmrt_extern_union_t { memory: m.into() },
            ),
        };
        wasmrt_extern_t { kind, of }
    }

    pub(crate) fn to_extern(self) -> anyhow::Result<Extern> {
        // SAFETY: the union field read is the one `kind` selects.
        Ok(unsafe {
            match self.kind {
                WASMRT_EXTERN_FUNC => Extern::Func(self.of.func.into()),
                WASMRT_EXTERN_GLOBAL => Extern::Global(self.of.global.into()),
                WASMRT_EXTERN_TABLE => Extern::Table(self.of.table.into()),
                WASMRT_EXTERN_MEMORY => Extern::Memory(self.of.memory.into()),
                kind => anyhow::bail!(
                    "unknown extern kind {kind} (expected WASMRT_EXTERN_FUNC ... WASMRT_EXTERN_MEMORY)"
                ),
            }
        })
    }
}

/// Releases what an extern owns: nothing for the kinds wasmrt has (kept for
/// wasmtime compatibility; null is ignored).
#[unsafe(no_mangle)]
pub extern "C" fn wasmrt_extern_delete(item: *mut wasmrt_extern_t) {
    let _ = item;
}

/// The item's type, owned by the caller (`wasm_externtype_delete`); null
/// for a null, foreign or unknown item.
///
/// # Safety
/// `context` and `item` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_extern_type(
    context: *mut wasmrt_context_t,
    item: *const wasmrt_extern_t,
) -> *mut wasm_externtype_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(item)) = (unsafe { context.as_mut() }, unsafe { item.as_ref() }) else {
        return std::ptr::null_mut();
    };
    let Ok(item) = item.to_extern() else {
        return std::ptr::null_mut();
    };
    if !item.comes_from_same_store(&c.0) {
        return std::ptr::null_mut();
    }
    super::guard(
        |_| std::ptr::null_mut(),
        || {
            let ty = match item {
                Extern::Func(f) => crate::ExternType::Func(f.ty(&c.0)),
                Extern::Global(g) => crate::ExternType::Global(g.ty(&c.0)),
                Extern::Table(t) => crate::ExternType::Table(t.ty(&c.0)),
                Extern::Memory(m) => crate::ExternType::Memory(m.ty(&c.0)),
            };
            Box::into_raw(Box::new(wasm_externtype_t::from_extern_type(ty)))
        },
    )
}
