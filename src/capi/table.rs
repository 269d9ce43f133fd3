//! Tables: new, type, get, set, size, grow.

use super::error::{guard_error, wasmrt_error_t};
use super::store::{live_context, wasmrt_context_t};
use super::val::{wasmrt_table_t, wasmrt_val_t};
use super::wasm::extern_types::wasm_tabletype_t;
use super::{non_null, non_null_mut};
use crate::{Ref, Table, Val};

/// The table behind `table` if it belongs to the store of `context`.
fn owned(context: &wasmrt_context_t, table: &wasmrt_table_t) -> Option<Table> {
    let table: Table = (*table).into();
    table.comes_from_same_store(&context.0).then_some(table)
}

/// The reference a C value holds, or an error if it holds another kind.
fn to_ref(val: &wasmrt_val_t, what: &str) -> anyhow::Result<Ref> {
    match val.to_val()? {
        Val::FuncRef(f) => Ok(Ref::Func(f)),
        Val::ExternRef(e) => Ok(Ref::Extern(e)),
        other => anyhow::bail!("{what} must be a reference, found {}", other.ty()),
    }
}

/// A new table of type `ty`, every element `init`, in the store of
/// `context`, written to `table`.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_table_new(
    context: *mut wasmrt_context_t,
    ty: *const wasm_tabletype_t,
    init: *const wasmrt_val_t,
    table: *mut wasmrt_table_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, ty, init, out) = unsafe {
            (
                live_context(context)?,
                non_null(ty, "ty")?,
                non_null(init, "init")?,
                non_null_mut(table, "table")?,
            )
        };
        *out = Table::new(&mut c.0, ty.data().ty, to_ref(init, "init")?)?.into();
        Ok(())
    })
}

/// The table's type (its current size as the minimum), owned by the caller
/// (`wasm_tabletype_delete`); null for a null or foreign argument.
///
/// # Safety
/// `context` and `table` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_table_type(
    context: *const wasmrt_context_t,
    table: *const wasmrt_table_t,
) -> *mut wasm_tabletype_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(table)) = (unsafe { context.as_ref() }, unsafe { table.as_ref() }) else {
        return std::ptr::null_mut();
    };
    // Guarded: a handle whose index names no table panics in the api.
    super::guard(
        |_| std::ptr::null_mut(),
        || match owned(c, table) {
            Some(t) => Box::into_raw(Box::new(wasm_tabletype_t::new(t.ty(&c.0)))),
            None => std::ptr::null_mut(),
        },
    )
}

/// Writes element `index` to `val` (an externref rooted, for the caller to
/// unroot); false if out of bounds, or for a null or foreign argument.
///
/// # Safety
/// Pointers must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_table_get(
    context: *mut wasmrt_context_t,
    table: *const wasmrt_table_t,
    index: u64,
    val: *mut wasmrt_val_t,
) -> bool {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(table), Some(out)) = (
        unsafe { context.as_mut() },
        unsafe { table.as_ref() },
        unsafe { val.as_mut() },
    ) else {
        return false;
    };
    let Some(t) = owned(c, table) else {
        return false;
    };
    let value = match super::guard(|_| None, || t.get(&mut c.0, index)) {
        Some(Ref::Func(f)) => Val::FuncRef(f),
        Some(Ref::Extern(e)) => Val::ExternRef(e),
        None => return false,
    };
    match wasmrt_val_t::from_val(&value, c.0.store_id()) {
        Ok(v) => {
            *out = v;
            true
        }
        Err(_) => false,
    }
}

/// Sets element `index` to `value`; an error if out of bounds, for a value
/// of the wrong type, or a null or foreign argument.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_table_set(
    context: *mut wasmrt_context_t,
    table: *const wasmrt_table_t,
    index: u64,
    value: *const wasmrt_val_t,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, table, value) = unsafe {
            (
                live_context(context)?,
                non_null(table, "table")?,
                non_null(value, "value")?,
            )
        };
        let table: Table = (*table).into();
        table.set(&mut c.0, index, to_ref(value, "value")?)
    })
}

/// The table's size in elements (0 for a null or foreign argument).
///
/// # Safety
/// `context` and `table` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_table_size(
    context: *const wasmrt_context_t,
    table: *const wasmrt_table_t,
) -> u64 {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(c), Some(table)) = (unsafe { context.as_ref() }, unsafe { table.as_ref() }) else {
        return 0;
    };
    super::guard(|_| 0, || owned(c, table).map_or(0, |t| t.size(&c.0)))
}

/// Grows the table by `delta` elements set to `init` and writes its
/// previous size to `prev_size`; an error if it cannot grow, for a value of
/// the wrong type, or a null or foreign argument.
///
/// # Safety
/// Pointers must be live (null is reported).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_table_grow(
    context: *mut wasmrt_context_t,
    table: *const wasmrt_table_t,
    delta: u64,
    init: *const wasmrt_val_t,
    prev_size: *mut u64,
) -> *mut wasmrt_error_t {
    guard_error(|| {
        // SAFETY: as the caller guarantees.
        let (c, table, init, out) = unsafe {
            (
                live_context(context)?,
                non_null(table, "table")?,
                non_null(init, "init")?,
                non_null_mut(prev_size, "prev_size")?,
            )
        };
        let table: Table = (*table).into();
        *out = table.grow(&mut c.0, delta, to_ref(init, "init")?)?;
        Ok(())
    })
}
