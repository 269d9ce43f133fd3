//! `wasm_extern_t` and the four kinds of item it generalises
//! (`wasm_func_t`, `wasm_global_t`, `wasm_table_t`, `wasm_memory_t`), their
//! conversions, and `wasm_extern_vec_t`. Each specific item *is* an extern
//! underneath, so `wasm_func_as_extern` and its kin are pointer casts and
//! `wasm_extern_as_func` checks the kind.

use super::extern_types::{
    WASM_EXTERN_FUNC, WASM_EXTERN_GLOBAL, WASM_EXTERN_MEMORY, WASM_EXTERN_TABLE, wasm_externkind_t,
    wasm_externtype_t,
};
use super::host_info::{InfoSlot, ItemKey};
use super::ref_::{Convertible, Object, RefCache, Referenced};
use super::store::StorePtr;
use super::vec::{
    ptr_vec_copy, ptr_vec_delete, ptr_vec_new, ptr_vec_new_empty, ptr_vec_new_uninitialized,
};
use crate::{Extern, ExternType};

/// An item of a store (a function, global, table or memory), owned by its
/// holder (`wasm_extern_delete`).
pub struct wasm_extern_t {
    pub(crate) store: StorePtr,
    pub(crate) which: Extern,
    as_ref: RefCache,
}

impl wasm_extern_t {
    /// A handle to `which` of `store`.
    pub(crate) fn new(store: StorePtr, which: Extern) -> wasm_extern_t {
        wasm_extern_t {
            store,
            which,
            as_ref: RefCache::new(),
        }
    }

    /// The item's kind.
    pub(crate) fn kind(&self) -> wasm_externkind_t {
        match self.which {
            Extern::Func(_) => WASM_EXTERN_FUNC,
            Extern::Global(_) => WASM_EXTERN_GLOBAL,
            Extern::Table(_) => WASM_EXTERN_TABLE,
            Extern::Memory(_) => WASM_EXTERN_MEMORY,
        }
    }

    /// The item's type.
    ///
    /// # Safety
    /// The item's store must be live.
    pub(crate) unsafe fn ty(&self) -> ExternType {
        // SAFETY: guaranteed by the caller.
        let store = unsafe { self.store.get() };
        match self.which {
            Extern::Func(f) => ExternType::Func(f.ty(&*store)),
            Extern::Global(g) => ExternType::Global(g.ty(&*store)),
            Extern::Table(t) => ExternType::Table(t.ty(&*store)),
            Extern::Memory(m) => ExternType::Memory(m.ty(&*store)),
        }
    }
}

impl Referenced for wasm_extern_t {
    fn duplicate(&self) -> wasm_extern_t {
        wasm_extern_t::new(self.store, self.which)
    }

    fn same(&self, other: &wasm_extern_t) -> bool {
        self.store.same(other.store) && self.which == other.which
    }

    fn info_slot(&self) -> InfoSlot<'_> {
        // SAFETY: the store outlives its objects.
        InfoSlot::Item(
            unsafe { self.store.host_info() },
            ItemKey::Extern(self.which),
        )
    }
}

super::ref_::convertible!(wasm_extern_t, Extern);

/// A function of a store: an extern of kind `WASM_EXTERN_FUNC`.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_func_t {
    pub(crate) ext: wasm_extern_t,
}

/// A global of a store: an extern of kind `WASM_EXTERN_GLOBAL`.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_global_t {
    pub(crate) ext: wasm_extern_t,
}

/// A table of a store: an extern of kind `WASM_EXTERN_TABLE`.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_table_t {
    pub(crate) ext: wasm_extern_t,
}

/// A memory of a store: an extern of kind `WASM_EXTERN_MEMORY`.
///
/// cbindgen:ignore
#[repr(transparent)]
pub struct wasm_memory_t {
    pub(crate) ext: wasm_extern_t,
}

/// One of the four specific items: an extern of one kind.
pub(crate) trait SpecificExtern: Sized {
    const KIND: wasm_externkind_t;

    /// A new item owned by the caller.
    fn boxed(ext: wasm_extern_t) -> *mut Self {
        // A specific item is a transparent wrapper of an extern.
        Box::into_raw(Box::new(ext)).cast()
    }

    /// The item as the extern it is.
    fn ext(&self) -> &wasm_extern_t {
        // SAFETY: a specific item is a transparent wrapper of an extern.
        unsafe { &*std::ptr::from_ref(self).cast::<wasm_extern_t>() }
    }
}

impl<T: SpecificExtern> Referenced for T {
    fn duplicate(&self) -> T {
        let ext = std::mem::ManuallyDrop::new(self.ext().duplicate());
        // SAFETY: a specific item is a transparent wrapper of an extern
        // (and this one is of its kind); `ext` is moved, not dropped.
        unsafe { std::ptr::read(std::ptr::from_ref::<wasm_extern_t>(&ext).cast::<T>()) }
    }

    fn same(&self, other: &T) -> bool {
        self.ext().same(other.ext())
    }

    fn info_slot(&self) -> InfoSlot<'_> {
        self.ext().info_slot()
    }
}

impl<T: SpecificExtern> Convertible for T {
    fn to_object(&self) -> Object {
        self.ext().to_object()
    }

    fn in_object(object: &Object) -> Option<&T> {
        match object {
            // SAFETY: a specific item is a transparent wrapper of an
            // extern, and this one is of its kind.
            Object::Extern(e) if e.kind() == T::KIND => {
                Some(unsafe { &*std::ptr::from_ref(e).cast::<T>() })
            }
            _ => None,
        }
    }

    fn ref_cache(&self) -> &RefCache {
        self.ext().ref_cache()
    }
}

impl SpecificExtern for wasm_func_t {
    const KIND: wasm_externkind_t = WASM_EXTERN_FUNC;
}
impl SpecificExtern for wasm_global_t {
    const KIND: wasm_externkind_t = WASM_EXTERN_GLOBAL;
}
impl SpecificExtern for wasm_table_t {
    const KIND: wasm_externkind_t = WASM_EXTERN_TABLE;
}
impl SpecificExtern for wasm_memory_t {
    const KIND: wasm_externkind_t = WASM_EXTERN_MEMORY;
}

/// `wasm_extern_as_X`: the extern as its specific item, or null when it is
/// of another kind (or null).
///
/// # Safety
/// `ext` must be a live extern or null.
unsafe fn extern_as<T: SpecificExtern>(ext: *const wasm_extern_t) -> *mut T {
    // SAFETY: live when not null.
    match unsafe { ext.as_ref() } {
        Some(e) if e.kind() == T::KIND => ext.cast_mut().cast(),
        _ => std::ptr::null_mut(),
    }
}

/// `wasm_X_delete`: frees a handle (null is ignored); the item itself
/// lives as long as its store.
///
/// # Safety
/// `item` must be owned by the caller and not freed twice.
unsafe fn delete_item<T: SpecificExtern>(item: *mut T) {
    if !item.is_null() {
        // SAFETY: an owned item, an extern underneath.
        drop(unsafe { Box::from_raw(item.cast::<wasm_extern_t>()) });
    }
}

/// The extern's kind (`WASM_EXTERN_FUNC` for null).
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_kind(ext: *const wasm_extern_t) -> wasm_externkind_t {
    // SAFETY: live when not null.
    unsafe { ext.as_ref() }.map_or(WASM_EXTERN_FUNC, wasm_extern_t::kind)
}

/// The extern's type, owned by the caller (`wasm_externtype_delete`); null
/// for null.
///
/// # Safety
/// `ext` must be a live extern (of a live store) or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_type(ext: *const wasm_extern_t) -> *mut wasm_externtype_t {
    // SAFETY: live when not null.
    let Some(ext) = (unsafe { ext.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || {
            // SAFETY: the store outlives its objects.
            let ty = unsafe { ext.ty() };
            Box::into_raw(Box::new(wasm_externtype_t::from_extern_type(ty)))
        },
    )
}

/// A new handle to the same item, owned by the caller; null for null.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_copy(ext: *const wasm_extern_t) -> *mut wasm_extern_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(ext) }
}

/// Frees an extern handle (null is ignored).
///
/// # Safety
/// `ext` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_delete(ext: *mut wasm_extern_t) {
    if !ext.is_null() {
        // SAFETY: an owned extern.
        drop(unsafe { Box::from_raw(ext) });
    }
}

/// The function as an extern (the same object; null for null).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_func_as_extern(func: *mut wasm_func_t) -> *mut wasm_extern_t {
    func.cast()
}

/// The global as an extern (the same object; null for null).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_global_as_extern(global: *mut wasm_global_t) -> *mut wasm_extern_t {
    global.cast()
}

/// The table as an extern (the same object; null for null).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_table_as_extern(table: *mut wasm_table_t) -> *mut wasm_extern_t {
    table.cast()
}

/// The memory as an extern (the same object; null for null).
#[unsafe(no_mangle)]
pub extern "C" fn wasm_memory_as_extern(memory: *mut wasm_memory_t) -> *mut wasm_extern_t {
    memory.cast()
}

/// As `wasm_func_as_extern`, for a const function.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_func_as_extern_const(func: *const wasm_func_t) -> *const wasm_extern_t {
    func.cast()
}

/// As `wasm_global_as_extern`, for a const global.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_global_as_extern_const(
    global: *const wasm_global_t,
) -> *const wasm_extern_t {
    global.cast()
}

/// As `wasm_table_as_extern`, for a const table.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_table_as_extern_const(table: *const wasm_table_t) -> *const wasm_extern_t {
    table.cast()
}

/// As `wasm_memory_as_extern`, for a const memory.
#[unsafe(no_mangle)]
pub extern "C" fn wasm_memory_as_extern_const(
    memory: *const wasm_memory_t,
) -> *const wasm_extern_t {
    memory.cast()
}

/// The extern as a function (the same object), or null if it is not one.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_func(ext: *mut wasm_extern_t) -> *mut wasm_func_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as(ext) }
}

/// The extern as a global (the same object), or null if it is not one.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_global(ext: *mut wasm_extern_t) -> *mut wasm_global_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as(ext) }
}

/// The extern as a table (the same object), or null if it is not one.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_table(ext: *mut wasm_extern_t) -> *mut wasm_table_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as(ext) }
}

/// The extern as a memory (the same object), or null if it is not one.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_memory(ext: *mut wasm_extern_t) -> *mut wasm_memory_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as(ext) }
}

/// As `wasm_extern_as_func`, for a const extern.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_func_const(
    ext: *const wasm_extern_t,
) -> *const wasm_func_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as::<wasm_func_t>(ext) }
}

/// As `wasm_extern_as_global`, for a const extern.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_global_const(
    ext: *const wasm_extern_t,
) -> *const wasm_global_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as::<wasm_global_t>(ext) }
}

/// As `wasm_extern_as_table`, for a const extern.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_table_const(
    ext: *const wasm_extern_t,
) -> *const wasm_table_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as::<wasm_table_t>(ext) }
}

/// As `wasm_extern_as_memory`, for a const extern.
///
/// # Safety
/// `ext` must be a live extern or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_as_memory_const(
    ext: *const wasm_extern_t,
) -> *const wasm_memory_t {
    // SAFETY: as the caller guarantees.
    unsafe { extern_as::<wasm_memory_t>(ext) }
}

/// A new handle to the same function, owned by the caller; null for null.
///
/// # Safety
/// `func` must be a live function or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_copy(func: *const wasm_func_t) -> *mut wasm_func_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(func) }
}

/// A new handle to the same global, owned by the caller; null for null.
///
/// # Safety
/// `global` must be a live global or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_copy(global: *const wasm_global_t) -> *mut wasm_global_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(global) }
}

/// A new handle to the same table, owned by the caller; null for null.
///
/// # Safety
/// `table` must be a live table or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_copy(table: *const wasm_table_t) -> *mut wasm_table_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(table) }
}

/// A new handle to the same memory, owned by the caller; null for null.
///
/// # Safety
/// `memory` must be a live memory or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_copy(memory: *const wasm_memory_t) -> *mut wasm_memory_t {
    // SAFETY: as the caller guarantees.
    unsafe { super::ref_::copy(memory) }
}

/// Frees a function handle (null is ignored); the function lives as long
/// as its store.
///
/// # Safety
/// `func` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_func_delete(func: *mut wasm_func_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete_item(func) }
}

/// Frees a global handle (null is ignored).
///
/// # Safety
/// `global` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_global_delete(global: *mut wasm_global_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete_item(global) }
}

/// Frees a table handle (null is ignored).
///
/// # Safety
/// `table` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_table_delete(table: *mut wasm_table_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete_item(table) }
}

/// Frees a memory handle (null is ignored).
///
/// # Safety
/// `memory` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_memory_delete(memory: *mut wasm_memory_t) {
    // SAFETY: as the caller guarantees.
    unsafe { delete_item(memory) }
}

/// A vector of owned externs.
#[repr(C)]
pub struct wasm_extern_vec_t {
    pub size: usize,
    pub data: *mut *mut wasm_extern_t,
}

impl wasm_extern_vec_t {
    /// The externs (empty for a vector without data).
    pub(crate) fn as_slice(&self) -> &[*mut wasm_extern_t] {
        if self.size == 0 || self.data.is_null() {
            return &[];
        }
        // SAFETY: a vector's data holds `size` pointers while it lives.
        unsafe { std::slice::from_raw_parts(self.data, self.size) }
    }
}

super::vec::ptr_vec!(
    wasm_extern_vec_t,
    wasm_extern_t,
    wasm_extern_copy,
    wasm_extern_delete
);

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_vec_new_empty(out: *mut wasm_extern_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_empty(out) }
}

/// Sets `out` to `size` null externs, to be filled by the caller.
///
/// # Safety
/// `out` must be writable (null is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_vec_new_uninitialized(
    out: *mut wasm_extern_vec_t,
    size: usize,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new_uninitialized(out, size) }
}

/// Sets `out` to the `size` externs at `data`, taking ownership of them.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` owned pointers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_vec_new(
    out: *mut wasm_extern_vec_t,
    size: usize,
    data: *const *mut wasm_extern_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_new(out, size, data) }
}

/// Sets `out` to a deep copy of `src` (null externs stay null).
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_vec_copy(
    out: *mut wasm_extern_vec_t,
    src: *const wasm_extern_vec_t,
) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_copy(out, src) }
}

/// Frees the vector and every extern in it (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt whose externs it owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_extern_vec_delete(v: *mut wasm_extern_vec_t) {
    // SAFETY: as the caller guarantees.
    unsafe { ptr_vec_delete(v) }
}
