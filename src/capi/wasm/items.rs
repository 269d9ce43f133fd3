//! The standard API's globals, tables and memories: made by the host
//! (`wasm_global_new`, ...) or exported by instances, read and changed
//! through their store. Functions whose standard shape has no way to
//! report an error give null, false or nothing for bad input, and leave
//! the item unchanged.

use super::extern_::{SpecificExtern, wasm_extern_t, wasm_global_t, wasm_memory_t, wasm_table_t};
use super::extern_types::{wasm_globaltype_t, wasm_memorytype_t, wasm_tabletype_t};
use super::ref_::wasm_ref_t;
use super::store::{StorePtr, wasm_store_t};
use super::val::wasm_val_t;
use crate::capi::store::StoreData;
use crate::{Extern, Global, Memory, Store, Table};

/// A table index or size.
pub type wasm_table_size_t = u32;

/// A memory size in 64 KiB pages.
pub type wasm_memory_pages_t = u32;

/// `wasm_X_new`'s common part (functions' too): the item `make` creates in `store` (null
/// for a null store, a null type, or a failure).
///
/// # Safety
/// `store` and `ty` must be live or null.
pub(crate) unsafe fn new_item<Ty, T: SpecificExtern>(
    store: *mut wasm_store_t,
    ty: *const Ty,
    make: impl FnOnce(&mut Store<StoreData>, StorePtr, &Ty) -> anyhow::Result<Extern>,
) -> *mut T {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(store), Some(ty)) = (unsafe { store.as_mut() }, unsafe { ty.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || {
            let ptr = StorePtr::new(store);
            match make(&mut store.store, ptr, ty) {
                Ok(item) => T::boxed(wasm_extern_t::new(ptr, item)),
                Err(_) => std::ptr::null_mut(),
            }
        },
    )
}

/// Runs `f` with the item's store and handle; `fallback` for a null item
/// (or a panic).
///
/// # Safety
/// `item` must be a live item (of a live store) or null.
unsafe fn with_item<T: SpecificExtern, H, R>(
    item: *const T,
    handle: impl FnOnce(Extern) -> Option<H>,
    fallback: R,
    f: impl FnOnce(&mut Store<StoreData>, StorePtr, H) -> R,
) -> R {
    // SAFETY: a specific item is an extern; live when not null.
    let Some(ext) = (unsafe { item.cast::<wasm_extern_t>().as_ref() }) else {
        return fallback;
    };
    let Some(h) = handle(ext.which) else {
        return fallback;
    };
    // SAFETY: the store outlives its objects.
    let store = unsafe { ext.store.get() };
    let ptr = ext.store;
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(store, ptr, h))) {
        Ok(r) => r,
        Err(_) => fallback,
    }
}

/// A new global of type `ty` in `store` holding `val`, owned by the caller
/// (`wasm_global_delete`); null for a null argument or a value not of the
/// global's type.
///
/// # Safety
/// `store`, `ty` and `val` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_new(
    store: *mut wasm_store_t,
    ty: *const wasm_globaltype_t,
    val: *const wasm_val_t,
) -> *mut wasm_global_t {
    // SAFETY: live or null, as the caller guarantees.
    let Some(val) = (unsafe { val.as_ref() }) else {
        return std::ptr::null_mut();
    };
    // SAFETY: as the caller guarantees.
    unsafe {
        new_item(store, ty, |store, _, ty: &wasm_globaltype_t| {
            let global = Global::new(&mut *store, ty.data().ty, val.to_val()?)?;
            Ok(Extern::Global(global))
        })
    }
}

/// The global's type, owned by the caller (`wasm_globaltype_delete`); null
/// for null.
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_type(global: *const wasm_global_t) -> *mut wasm_globaltype_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(
            global,
            Extern::into_global,
            std::ptr::null_mut(),
            |store, _, g| Box::into_raw(Box::new(wasm_globaltype_t::new(g.ty(&*store)))),
        )
    }
}

/// Sets `out` to the global's value (a reference in it is owned by `out`;
/// `wasm_val_delete`). Nothing is written for null arguments.
///
/// # Safety
/// `global` must be a live global or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_get(global: *const wasm_global_t, out: *mut wasm_val_t) {
    // SAFETY: writable when not null.
    let Some(out) = (unsafe { out.as_mut() }) else {
        return;
    };
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(global, Extern::into_global, (), |store, ptr, g| {
            if let Ok(v) = wasm_val_t::from_val(&g.get(&mut *store), ptr) {
                *out = v;
            }
        })
    }
}

/// Sets the global to `val` (the value is copied; `val` keeps its
/// reference). Does nothing for null arguments, an immutable global or a
/// value not of the global's type (the standard gives no way to report
/// it; `wasmrt_global_set` does).
///
/// # Safety
/// `global` and `val` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_set(global: *mut wasm_global_t, val: *const wasm_val_t) {
    // SAFETY: live when not null.
    let Some(val) = (unsafe { val.as_ref() }) else {
        return;
    };
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(global, Extern::into_global, (), |store, _, g| {
            if let Ok(v) = val.to_val() {
                let _ = g.set(&mut *store, v);
            }
        })
    }
}

/// A new table of type `ty` in `store`, every element `init` (null: the
/// null reference), owned by the caller (`wasm_table_delete`); null for a
/// null store or type, or an `init` not of the element type.
///
/// # Safety
/// `store` and `ty` must be live or null; `init` a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_new(
    store: *mut wasm_store_t,
    ty: *const wasm_tabletype_t,
    init: *mut wasm_ref_t,
) -> *mut wasm_table_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        new_item(store, ty, |store, ptr, ty: &wasm_tabletype_t| {
            let ty = ty.data().ty;
            let init = wasm_ref_t::read(init, &ty.element(), ptr)?;
            Ok(Extern::Table(Table::new(&mut *store, ty, init)?))
        })
    }
}

/// The table's type, owned by the caller (`wasm_tabletype_delete`); null
/// for null.
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_type(table: *const wasm_table_t) -> *mut wasm_tabletype_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(
            table,
            Extern::into_table,
            std::ptr::null_mut(),
            |store, _, t| Box::into_raw(Box::new(wasm_tabletype_t::new(t.ty(&*store)))),
        )
    }
}

/// The element at `index`, owned by the caller (`wasm_ref_delete`); null
/// for a null element, an index out of bounds or a null table.
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_get(
    table: *const wasm_table_t,
    index: wasm_table_size_t,
) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(
            table,
            Extern::into_table,
            std::ptr::null_mut(),
            |store, ptr, t| match t.get(&mut *store, u64::from(index)) {
                Some(r) => wasm_ref_t::boxed(ptr, r),
                None => std::ptr::null_mut(),
            },
        )
    }
}

/// Sets the element at `index` to `r` (null: the null reference; `r` stays
/// the caller's); false for an index out of bounds, a reference not of
/// the element type or from another store, or a null table.
///
/// # Safety
/// `table` must be a live table or null; `r` a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_set(
    table: *mut wasm_table_t,
    index: wasm_table_size_t,
    r: *mut wasm_ref_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(table, Extern::into_table, false, |store, ptr, t| {
            let element = t.ty(&*store).element();
            wasm_ref_t::read(r, &element, ptr)
                .and_then(|r| t.set(&mut *store, u64::from(index), r))
                .is_ok()
        })
    }
}

/// The table's number of elements (0 for null).
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_size(table: *const wasm_table_t) -> wasm_table_size_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(table, Extern::into_table, 0, |store, _, t| {
            u32::try_from(t.size(&*store)).unwrap_or(u32::MAX)
        })
    }
}

/// Grows the table by `delta` elements set to `init` (null: the null
/// reference); false if it cannot grow that much (it is left unchanged),
/// for an `init` not of the element type, or a null table.
///
/// # Safety
/// `table` must be a live table or null; `init` a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_grow(
    table: *mut wasm_table_t,
    delta: wasm_table_size_t,
    init: *mut wasm_ref_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(table, Extern::into_table, false, |store, ptr, t| {
            let element = t.ty(&*store).element();
            wasm_ref_t::read(init, &element, ptr)
                .and_then(|init| t.grow(&mut *store, u64::from(delta), init))
                .is_ok()
        })
    }
}

/// A new memory of type `ty` in `store`, owned by the caller
/// (`wasm_memory_delete`); null for a null argument or a memory that
/// cannot be made.
///
/// # Safety
/// `store` and `ty` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_new(
    store: *mut wasm_store_t,
    ty: *const wasm_memorytype_t,
) -> *mut wasm_memory_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        new_item(store, ty, |store, _, ty: &wasm_memorytype_t| {
            Ok(Extern::Memory(Memory::new(&mut *store, ty.data().ty)?))
        })
    }
}

/// The memory's type, owned by the caller (`wasm_memorytype_delete`); null
/// for null.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_type(memory: *const wasm_memory_t) -> *mut wasm_memorytype_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(
            memory,
            Extern::into_memory,
            std::ptr::null_mut(),
            |store, _, m| Box::into_raw(Box::new(wasm_memorytype_t::new(m.ty(&*store)))),
        )
    }
}

/// The memory's first byte (null for null). Valid until the memory grows
/// or its store is deleted; `wasm_memory_data_size` bytes may be accessed.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_data(memory: *mut wasm_memory_t) -> *mut std::ffi::c_char {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(
            memory,
            Extern::into_memory,
            std::ptr::null_mut(),
            |store, _, m| m.data_mut(&mut *store).as_mut_ptr().cast(),
        )
    }
}

/// The memory's size in bytes (0 for null).
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_data_size(memory: *const wasm_memory_t) -> usize {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(memory, Extern::into_memory, 0, |store, _, m| {
            m.data_size(&*store)
        })
    }
}

/// The memory's size in 64 KiB pages (0 for null).
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_size(memory: *const wasm_memory_t) -> wasm_memory_pages_t {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(memory, Extern::into_memory, 0, |store, _, m| {
            u32::try_from(m.size(&*store)).unwrap_or(u32::MAX)
        })
    }
}

/// Grows the memory by `delta` pages (zeroed); false if it cannot grow
/// that much (it is left unchanged) or for null.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_grow(
    memory: *mut wasm_memory_t,
    delta: wasm_memory_pages_t,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_item(memory, Extern::into_memory, false, |store, _, m| {
            m.grow(&mut *store, u64::from(delta)).is_ok()
        })
    }
}
