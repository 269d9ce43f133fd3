//! `wasm_byte_vec_t` (and `wasm_name_t`, `wasm_message_t`) and the storage
//! every C vector type shares: a boxed slice handed to C as `(size, data)`.

/// A byte, `char` in C as in the standard header (declared there).
///
/// cbindgen:ignore
pub type wasm_byte_t = std::ffi::c_char;

/// A vector of bytes owned by its holder (`wasm_byte_vec_delete` frees it).
#[repr(C)]
pub struct wasm_byte_vec_t {
    pub size: usize,
    pub data: *mut wasm_byte_t,
}

/// A name: UTF-8 bytes, not NUL-terminated.
pub type wasm_name_t = wasm_byte_vec_t;

/// A message: UTF-8 bytes ending in a NUL byte (counted in `size`).
pub type wasm_message_t = wasm_name_t;

/// Hands `items` to C as `(size, data)`; `(0, null)` when empty.
pub(crate) fn into_raw_parts<T>(items: Vec<T>) -> (usize, *mut T) {
    if items.is_empty() {
        return (0, std::ptr::null_mut());
    }
    let items = items.into_boxed_slice();
    let size = items.len();
    (size, Box::into_raw(items).cast())
}

/// `size` copies of `value`, or an empty vector when that much memory
/// cannot be had (the standard API has no way to report it; the caller
/// sees `size == 0`). Never aborts or panics on a huge `size`.
pub(crate) fn filled<T: Clone>(size: usize, value: T) -> Vec<T> {
    let mut items = Vec::new();
    if items.try_reserve_exact(size).is_err() {
        return items;
    }
    items.resize(size, value);
    items
}

/// Takes back what [`into_raw_parts`] handed out.
///
/// # Safety
/// `(size, data)` must come from `into_raw_parts::<T>` and not be taken
/// back twice; `(0, _)` is always fine.
pub(crate) unsafe fn from_raw_parts<T>(size: usize, data: *mut T) -> Vec<T> {
    if size == 0 || data.is_null() {
        return Vec::new();
    }
    // SAFETY: guaranteed by the caller: a boxed slice of `size` items.
    unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(data, size)) }.into_vec()
}

impl wasm_byte_vec_t {
    pub(crate) fn from_vec(bytes: Vec<u8>) -> wasm_byte_vec_t {
        let (size, data) = into_raw_parts(bytes);
        wasm_byte_vec_t {
            size,
            data: data.cast(),
        }
    }

    /// A message for C: the text with a terminating NUL.
    pub(crate) fn message(text: &str) -> wasm_byte_vec_t {
        let mut bytes = text.as_bytes().to_vec();
        bytes.push(0);
        wasm_byte_vec_t::from_vec(bytes)
    }

    pub(crate) fn as_slice(&self) -> &[u8] {
        if self.size == 0 || self.data.is_null() {
            return &[];
        }
        // SAFETY: a vector's data holds `size` bytes while it lives.
        unsafe { std::slice::from_raw_parts(self.data.cast::<u8>(), self.size) }
    }
}

/// Sets `out` to an empty vector.
///
/// # Safety
/// `out` must be writable (a null `out` is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_byte_vec_new_empty(out: *mut wasm_byte_vec_t) {
    // SAFETY: `out` is writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_byte_vec_t::from_vec(Vec::new());
    }
}

/// Sets `out` to `size` zero bytes, owned by the caller (empty if that much
/// memory cannot be had).
///
/// # Safety
/// `out` must be writable (a null `out` is ignored).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_byte_vec_new_uninitialized(out: *mut wasm_byte_vec_t, size: usize) {
    // SAFETY: `out` is writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_byte_vec_t::from_vec(filled(size, 0));
    }
}

/// Sets `out` to a copy of the `size` bytes at `data`.
///
/// # Safety
/// `out` must be writable and `data` readable for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_byte_vec_new(
    out: *mut wasm_byte_vec_t,
    size: usize,
    data: *const wasm_byte_t,
) {
    // SAFETY: as the caller guarantees; a null `data` gives an empty copy.
    let bytes = unsafe { super::super::slice(data.cast::<u8>(), size, "data") }.unwrap_or(&[]);
    // SAFETY: `out` is writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_byte_vec_t::from_vec(bytes.to_vec());
    }
}

/// Sets `out` to a copy of `src`.
///
/// # Safety
/// `out` must be writable and `src` a live vector (or null: empty).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_byte_vec_copy(
    out: *mut wasm_byte_vec_t,
    src: *const wasm_byte_vec_t,
) {
    // SAFETY: `src` is a live vector when not null.
    let bytes = unsafe { src.as_ref() }.map_or(&[][..], |v| v.as_slice());
    // SAFETY: `out` is writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = wasm_byte_vec_t::from_vec(bytes.to_vec());
    }
}

/// Frees the bytes of `v` and leaves it empty (null is ignored).
///
/// # Safety
/// `v` must be a vector made by wasmrt, not freed since.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_byte_vec_delete(v: *mut wasm_byte_vec_t) {
    // SAFETY: `v` is a live vector when not null.
    if let Some(v) = unsafe { v.as_mut() } {
        // SAFETY: its storage came from `into_raw_parts` (of bytes).
        drop(unsafe { from_raw_parts(v.size, v.data.cast::<u8>()) });
        v.size = 0;
        v.data = std::ptr::null_mut();
    }
}

/// A C vector of owned pointers (`wasm_X_vec_t`: `size` pointers at `data`
/// to `X`s the vector owns, or null), with what the five standard vector
/// functions need to know about its elements. The functions themselves
/// are written out per type (cbindgen must see them) and call the generic
/// versions below.
pub(crate) trait PtrVec {
    type Item;
    fn from_parts(size: usize, data: *mut *mut Self::Item) -> Self;
    fn size(&self) -> usize;
    fn data(&self) -> *mut *mut Self::Item;
    /// A copy of a live element (null for null), owned by the caller.
    ///
    /// # Safety
    /// `item` must be a live element or null.
    unsafe fn copy_item(item: *const Self::Item) -> *mut Self::Item;
    /// Frees an owned element (null is ignored).
    ///
    /// # Safety
    /// `item` must be owned and not freed twice.
    unsafe fn delete_item(item: *mut Self::Item);

    /// A vector holding `items`.
    fn from_items(items: Vec<*mut Self::Item>) -> Self
    where
        Self: Sized,
    {
        let (size, data) = into_raw_parts(items);
        Self::from_parts(size, data)
    }
}

/// `PtrVec` for the C vector `$vec` of `$item`s, whose elements `$copy`
/// copies and `$delete` frees.
macro_rules! ptr_vec {
    ($vec:ident, $item:ty, $copy:path, $delete:path) => {
        impl $crate::capi::wasm::vec::PtrVec for $vec {
            type Item = $item;
            fn from_parts(size: usize, data: *mut *mut $item) -> Self {
                $vec { size, data }
            }
            fn size(&self) -> usize {
                self.size
            }
            fn data(&self) -> *mut *mut $item {
                self.data
            }
            unsafe fn copy_item(item: *const $item) -> *mut $item {
                // SAFETY: as the caller guarantees.
                unsafe { $copy(item) }
            }
            unsafe fn delete_item(item: *mut $item) {
                // SAFETY: as the caller guarantees.
                unsafe { $delete(item) }
            }
        }
    };
}
pub(crate) use ptr_vec;

/// `wasm_X_vec_new_empty`.
///
/// # Safety
/// `out` must be writable or null.
pub(crate) unsafe fn ptr_vec_new_empty<V: PtrVec>(out: *mut V) {
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = V::from_items(Vec::new());
    }
}

/// `wasm_X_vec_new_uninitialized`: `size` null elements (none if that
/// much memory cannot be had).
///
/// # Safety
/// `out` must be writable or null.
pub(crate) unsafe fn ptr_vec_new_uninitialized<V: PtrVec>(out: *mut V, size: usize) {
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = V::from_items(filled(size, std::ptr::null_mut()));
    }
}

/// `wasm_X_vec_new`: takes ownership of the `size` elements at `data`.
///
/// # Safety
/// `out` must be writable or null; `data` readable for `size` pointers.
pub(crate) unsafe fn ptr_vec_new<V: PtrVec>(out: *mut V, size: usize, data: *const *mut V::Item) {
    // SAFETY: as the caller guarantees.
    let items = unsafe { crate::capi::slice(data, size, "data") }.unwrap_or(&[]);
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = V::from_items(items.to_vec());
    }
}

/// `wasm_X_vec_copy`: a deep copy (null elements stay null).
///
/// # Safety
/// `out` must be writable or null; `src` a live vector or null (empty).
pub(crate) unsafe fn ptr_vec_copy<V: PtrVec>(out: *mut V, src: *const V) {
    // SAFETY: live when not null.
    let items: Vec<*mut V::Item> = match unsafe { src.as_ref() } {
        Some(v) if v.size() > 0 => {
            // SAFETY: a vector's data holds `size` element pointers.
            let items = unsafe { std::slice::from_raw_parts(v.data(), v.size()) };
            // SAFETY: non-null elements are live.
            items.iter().map(|p| unsafe { V::copy_item(*p) }).collect()
        }
        _ => Vec::new(),
    };
    // SAFETY: writable when not null.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = V::from_items(items);
    }
}

/// `wasm_X_vec_delete`: frees the vector and its elements and leaves it
/// empty.
///
/// # Safety
/// `v` must be a vector made by wasmrt whose elements it owns, or null.
pub(crate) unsafe fn ptr_vec_delete<V: PtrVec>(v: *mut V) {
    // SAFETY: live when not null.
    if let Some(v) = unsafe { v.as_mut() } {
        // SAFETY: storage from `into_raw_parts`; elements owned.
        for item in unsafe { from_raw_parts(v.size(), v.data()) } {
            // SAFETY: as above.
            unsafe { V::delete_item(item) };
        }
        *v = V::from_items(Vec::new());
    }
}
