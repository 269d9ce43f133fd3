//! `wasm_ref_t`: a reference to any object the standard calls referenced
//! (a function, global, table, memory or other extern, a foreign object,
//! an instance, a module or a trap), and what every referenced type
//! shares: copies, identity (`wasm_X_same`) and host info. Values, tables
//! and globals hold the two kinds wasm knows, functions and host
//! references (foreign objects); a null reference is a null pointer.

use super::extern_::wasm_extern_t;
use super::foreign::wasm_foreign_t;
use super::host_info::{Finalizer, InfoSlot};
use super::instance::wasm_instance_t;
use super::module::wasm_module_t;
use super::store::StorePtr;
use super::trap::wasm_trap_t;
use crate::capi::env::CEnv;
use crate::{Extern, Ref, ValType};
use std::ffi::c_void;
use std::sync::OnceLock;

/// A reference owned by its holder (`wasm_ref_delete`).
pub struct wasm_ref_t {
    pub(crate) object: Object,
}

/// What a reference refers to.
pub(crate) enum Object {
    Extern(wasm_extern_t),
    Foreign(wasm_foreign_t),
    Instance(wasm_instance_t),
    Module(wasm_module_t),
    Trap(wasm_trap_t),
}

/// The reference `wasm_X_as_ref` returns: made on first use, owned by
/// the handle it was asked of.
pub(crate) type RefCache = OnceLock<Box<wasm_ref_t>>;

/// What every referenced C type has (`WASM_DECLARE_REF_BASE`).
pub(crate) trait Referenced: Sized {
    /// A new handle to the same object.
    fn duplicate(&self) -> Self;
    /// Whether both handles refer to the same object.
    fn same(&self, other: &Self) -> bool;
    /// Where the object keeps its host info (see `host_info`).
    fn info_slot(&self) -> InfoSlot<'_>;
}

/// A referenced type that converts to and from `wasm_ref_t`
/// (`WASM_DECLARE_REF`).
pub(crate) trait Convertible: Referenced {
    /// A reference's content for this object.
    fn to_object(&self) -> Object;
    /// The object of this type `object` is, if it is one.
    fn in_object(object: &Object) -> Option<&Self>;
    /// Where this handle keeps the reference `wasm_X_as_ref` returns.
    fn ref_cache(&self) -> &RefCache;
}

impl wasm_ref_t {
    /// `r` for C: null for a null reference, else a new reference owned
    /// by the caller.
    pub(crate) fn boxed(store: StorePtr, r: Ref) -> *mut wasm_ref_t {
        let object = match r {
            Ref::Func(Some(f)) => Object::Extern(wasm_extern_t::new(store, Extern::Func(f))),
            Ref::Extern(Some(e)) => Object::Foreign(wasm_foreign_t::new(store, e)),
            Ref::Func(None) | Ref::Extern(None) => return std::ptr::null_mut(),
        };
        Box::into_raw(Box::new(wasm_ref_t { object }))
    }

    /// The wasm reference value this is: a function or a host reference;
    /// an error for the other kinds of object.
    pub(crate) fn value(&self) -> anyhow::Result<Ref> {
        match &self.object {
            Object::Extern(e) => match e.which {
                Extern::Func(f) => Ok(Ref::Func(Some(f))),
                _ => anyhow::bail!(
                    "the reference is a {} (only functions and foreign objects are reference values)",
                    self.kind()
                ),
            },
            Object::Foreign(f) => Ok(Ref::Extern(Some(f.r.clone()))),
            _ => anyhow::bail!(
                "the reference is a {} (only functions and foreign objects are reference values)",
                self.kind()
            ),
        }
    }

    /// What kind of object this refers to, for messages.
    fn kind(&self) -> &'static str {
        match &self.object {
            Object::Extern(e) => match e.which {
                Extern::Func(_) => "function",
                Extern::Global(_) => "global",
                Extern::Table(_) => "table",
                Extern::Memory(_) => "memory",
            },
            Object::Foreign(_) => "foreign object",
            Object::Instance(_) => "instance",
            Object::Module(_) => "module",
            Object::Trap(_) => "trap",
        }
    }

    /// The reference at `ptr` (live or null) as a Rust reference to store
    /// in a table or global of `store` whose elements are `ty`; null is
    /// the null reference of `ty`.
    ///
    /// # Safety
    /// `ptr` must be a live reference or null.
    pub(crate) unsafe fn read(
        ptr: *const wasm_ref_t,
        ty: &ValType,
        store: StorePtr,
    ) -> anyhow::Result<Ref> {
        // SAFETY: guaranteed by the caller.
        match unsafe { ptr.as_ref() } {
            Some(r) => {
                let value = r.value()?;
                let same_store = match &r.object {
                    Object::Extern(e) => e.store.same(store),
                    Object::Foreign(f) => f.store.same(store),
                    _ => false,
                };
                if !same_store {
                    anyhow::bail!("the reference belongs to another store");
                }
                Ok(value)
            }
            None => match ty {
                ValType::FuncRef => Ok(Ref::Func(None)),
                ValType::ExternRef => Ok(Ref::Extern(None)),
                other => anyhow::bail!("a null reference is not a value of type {other}"),
            },
        }
    }
}

impl Referenced for wasm_ref_t {
    fn duplicate(&self) -> wasm_ref_t {
        let object = match &self.object {
            Object::Extern(x) => Object::Extern(x.duplicate()),
            Object::Foreign(x) => Object::Foreign(x.duplicate()),
            Object::Instance(x) => Object::Instance(x.duplicate()),
            Object::Module(x) => Object::Module(x.duplicate()),
            Object::Trap(x) => Object::Trap(x.duplicate()),
        };
        wasm_ref_t { object }
    }

    fn same(&self, other: &wasm_ref_t) -> bool {
        match (&self.object, &other.object) {
            (Object::Extern(a), Object::Extern(b)) => a.same(b),
            (Object::Foreign(a), Object::Foreign(b)) => a.same(b),
            (Object::Instance(a), Object::Instance(b)) => a.same(b),
            (Object::Module(a), Object::Module(b)) => a.same(b),
            (Object::Trap(a), Object::Trap(b)) => a.same(b),
            _ => false,
        }
    }

    fn info_slot(&self) -> InfoSlot<'_> {
        match &self.object {
            Object::Extern(x) => x.info_slot(),
            Object::Foreign(x) => x.info_slot(),
            Object::Instance(x) => x.info_slot(),
            Object::Module(x) => x.info_slot(),
            Object::Trap(x) => x.info_slot(),
        }
    }
}

/// `Convertible` for a type that a reference holds as
/// `Object::$variant` and that keeps the reference `wasm_X_as_ref` gives
/// in its field `as_ref`.
macro_rules! convertible {
    ($t:ty, $variant:ident) => {
        impl $crate::capi::wasm::ref_::Convertible for $t {
            fn to_object(&self) -> $crate::capi::wasm::ref_::Object {
                use $crate::capi::wasm::ref_::Referenced;
                $crate::capi::wasm::ref_::Object::$variant(self.duplicate())
            }

            fn in_object(object: &$crate::capi::wasm::ref_::Object) -> Option<&$t> {
                match object {
                    $crate::capi::wasm::ref_::Object::$variant(x) => Some(x),
                    _ => None,
                }
            }

            fn ref_cache(&self) -> &$crate::capi::wasm::ref_::RefCache {
                &self.as_ref
            }
        }
    };
}
pub(crate) use convertible;

/// `wasm_X_copy`: a new handle to the same object, owned by the caller;
/// null for null.
///
/// # Safety
/// `x` must be a live object (of a live store) or null.
pub(crate) unsafe fn copy<T: Referenced>(x: *const T) -> *mut T {
    // SAFETY: live when not null.
    let Some(x) = (unsafe { x.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || Box::into_raw(Box::new(x.duplicate())),
    )
}

/// `wasm_X_same`: whether both refer to the same object (two nulls are
/// the same null reference; null and an object are not).
///
/// # Safety
/// `a` and `b` must be live objects (of live stores) or null.
pub(crate) unsafe fn same<T: Referenced>(a: *const T, b: *const T) -> bool {
    // SAFETY: live when not null.
    match unsafe { (a.as_ref(), b.as_ref()) } {
        (Some(a), Some(b)) => crate::capi::guard(|_| false, || a.same(b)),
        (None, None) => true,
        _ => false,
    }
}

/// `wasm_X_get_host_info`: the object's host info (null for none or for
/// a null object).
///
/// # Safety
/// `x` must be a live object (of a live store) or null.
pub(crate) unsafe fn get_host_info<T: Referenced>(x: *const T) -> *mut c_void {
    // SAFETY: live when not null.
    match unsafe { x.as_ref() } {
        Some(x) => crate::capi::guard(|_| std::ptr::null_mut(), || x.info_slot().get()),
        None => std::ptr::null_mut(),
    }
}

/// `wasm_X_set_host_info_with_finalizer` (and, with no finalizer,
/// `wasm_X_set_host_info`). For a null object nothing is set and the
/// finalizer runs at once, so that it runs exactly once.
///
/// # Safety
/// `x` must be a live object (of a live store) or null.
pub(crate) unsafe fn set_host_info<T: Referenced>(
    x: *const T,
    info: *mut c_void,
    finalizer: Finalizer,
) {
    let info = CEnv::new(info, finalizer);
    // SAFETY: live when not null.
    if let Some(x) = unsafe { x.as_ref() } {
        crate::capi::guard(|_| (), || x.info_slot().set(info));
    }
}

/// `wasm_X_as_ref`: the object as a reference owned by `x` (valid while
/// `x` is); null for null.
///
/// # Safety
/// `x` must be a live object or null.
pub(crate) unsafe fn as_ref<T: Convertible>(x: *const T) -> *mut wasm_ref_t {
    // SAFETY: live when not null.
    let Some(x) = (unsafe { x.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || {
            let r = x.ref_cache().get_or_init(|| {
                Box::new(wasm_ref_t {
                    object: x.to_object(),
                })
            });
            std::ptr::from_ref::<wasm_ref_t>(r).cast_mut()
        },
    )
}

/// `wasm_ref_as_X`: the object `r` refers to, owned by `r` (valid while
/// `r` is); null for null or a reference to another kind of object.
///
/// # Safety
/// `r` must be a live reference or null.
pub(crate) unsafe fn ref_as<T: Convertible>(r: *const wasm_ref_t) -> *mut T {
    // SAFETY: live when not null.
    match unsafe { r.as_ref() }.and_then(|r| T::in_object(&r.object)) {
        Some(x) => std::ptr::from_ref(x).cast_mut(),
        None => std::ptr::null_mut(),
    }
}

/// A copy of `r` (another reference to the same object), owned by the
/// caller; null for null.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_copy(r: *const wasm_ref_t) -> *mut wasm_ref_t {
    // SAFETY: as the caller guarantees.
    unsafe { copy(r) }
}

/// Frees a reference (null is ignored); what it refers to lives on while
/// anything else refers to it.
///
/// # Safety
/// `r` must be owned by the caller and not freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_delete(r: *mut wasm_ref_t) {
    if !r.is_null() {
        // SAFETY: an owned reference.
        let r = unsafe { Box::from_raw(r) };
        crate::capi::guard(|_| (), move || drop(r));
    }
}

/// Whether both refer to the same object (two nulls are the same null
/// reference).
///
/// # Safety
/// `a` and `b` must be live references or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_same(a: *const wasm_ref_t, b: *const wasm_ref_t) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe { same(a, b) }
}

/// The host info of the object `r` refers to (null for none or null).
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_get_host_info(r: *const wasm_ref_t) -> *mut c_void {
    // SAFETY: as the caller guarantees.
    unsafe { get_host_info(r) }
}

/// Sets the host info of the object `r` refers to, without a finalizer
/// (see `wasm_ref_set_host_info_with_finalizer`).
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_set_host_info(r: *mut wasm_ref_t, info: *mut c_void) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(r, info, None) }
}

/// Sets the host info of the object `r` refers to; `finalizer` (if not
/// null) runs with `info` exactly once, when the info is replaced or the
/// object goes away (a store's items: when the store is deleted; a
/// foreign object: when it is collected; a module or trap: when its last
/// handle is deleted). For a null `r` it runs at once.
///
/// # Safety
/// `r` must be a live reference or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_ref_set_host_info_with_finalizer(
    r: *mut wasm_ref_t,
    info: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_host_info(r, info, finalizer) }
}
