//! `wasmrt_config_host_memory_creator_set`: linear memories the embedder
//! makes from C, as wasmtime's `wasmtime_memory_creator_t` and
//! `wasmtime_linear_memory_t` (the Rust side is `MemoryCreator` and
//! `LinearMemory`).

use super::env::CEnv;
use super::error::wasmrt_error_t;
use super::wasm::config::wasm_config_t;
use super::wasm::extern_types::wasm_memorytype_t;
use crate::{LinearMemory, MemoryCreator, MemoryType};
use std::ffi::c_void;
use std::sync::Arc;

/// Where a memory lies: returns its base and stores its accessible size and
/// its capacity (the most it can grow to without moving), in bytes.
pub type wasmrt_memory_get_callback_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        byte_size: *mut usize,
        byte_capacity: *mut usize,
    ) -> *mut u8,
>;

/// Grows a memory to `new_size` bytes (zero-filled beyond the old size);
/// returns NULL, or an error (`wasmrt_error_new`) that wasmrt takes.
pub type wasmrt_memory_grow_callback_t =
    Option<unsafe extern "C" fn(env: *mut c_void, new_size: usize) -> *mut wasmrt_error_t>;

/// A memory the embedder made, filled in by its `new_memory` callback.
/// wasmrt owns it afterwards and runs `finalizer` (if any) on `env` when
/// the memory is freed.
#[repr(C)]
pub struct wasmrt_linear_memory_t {
    pub env: *mut c_void,
    pub get_memory: wasmrt_memory_get_callback_t,
    pub grow_memory: wasmrt_memory_grow_callback_t,
    pub finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
}

/// Makes a memory of type `ty`, `minimum` bytes accessible and growable to
/// `maximum` (`SIZE_MAX`: no maximum), within a reservation of
/// `reserved_size_in_bytes` (4 GiB in wasmrt) followed by
/// `guard_size_in_bytes` of inaccessible guard: wasmrt's code accesses it
/// without bounds checks, relying on the guard to fault, and on the memory
/// never moving. Fills in `memory_ret` and returns NULL (wasmrt then owns
/// the memory), or returns an error (then `memory_ret` is ignored). Called
/// from any thread that instantiates. Growth past the capacity
/// `get_memory` reports fails (`memory.grow` returns -1): a wasmrt memory
/// never moves, and one that moves while growing stops the process.
pub type wasmrt_new_memory_callback_t = Option<
    unsafe extern "C" fn(
        env: *mut c_void,
        ty: *const wasm_memorytype_t,
        minimum: usize,
        maximum: usize,
        reserved_size_in_bytes: usize,
        guard_size_in_bytes: usize,
        memory_ret: *mut wasmrt_linear_memory_t,
    ) -> *mut wasmrt_error_t,
>;

/// The embedder's memory creator.
#[repr(C)]
pub struct wasmrt_memory_creator_t {
    pub env: *mut c_void,
    pub new_memory: wasmrt_new_memory_callback_t,
    pub finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
}

/// A C creator, as `MemoryCreator`.
struct CMemoryCreator {
    env: CEnv,
    new_memory: unsafe extern "C" fn(
        *mut c_void,
        *const wasm_memorytype_t,
        usize,
        usize,
        usize,
        usize,
        *mut wasmrt_linear_memory_t,
    ) -> *mut wasmrt_error_t,
}

/// A C memory, as `LinearMemory`.
struct CLinearMemory {
    env: CEnv,
    get_memory: unsafe extern "C" fn(*mut c_void, *mut usize, *mut usize) -> *mut u8,
    grow_memory: unsafe extern "C" fn(*mut c_void, usize) -> *mut wasmrt_error_t,
}

impl CLinearMemory {
    /// (base, size, capacity) as the embedder reports them.
    fn get(&self) -> (*mut u8, usize, usize) {
        let (mut size, mut capacity) = (0, 0);
        // SAFETY: the embedder's callback, given its own pointer and two
        // places to write.
        let base = unsafe { (self.get_memory)(self.env.ptr(), &mut size, &mut capacity) };
        (base, size, capacity)
    }
}

/// The error a callback returned, taken over (NULL is none).
fn take_error(error: *mut wasmrt_error_t) -> Option<anyhow::Error> {
    // SAFETY: the callback returns NULL or an error from
    // `wasmrt_error_new`, whose ownership passes to wasmrt.
    (!error.is_null()).then(|| unsafe { Box::from_raw(error) }.error)
}

// SAFETY: the embedder promises a memory that keeps `LinearMemory`'s
// promises (wasmtime's C API asks the same).
unsafe impl LinearMemory for CLinearMemory {
    fn byte_size(&self) -> usize {
        self.get().1
    }

    fn byte_capacity(&self) -> usize {
        self.get().2
    }

    fn grow_to(&mut self, new_size: usize) -> anyhow::Result<()> {
        // SAFETY: the embedder's callback with its own pointer.
        let error = unsafe { (self.grow_memory)(self.env.ptr(), new_size) };
        match take_error(error) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    fn as_ptr(&self) -> *mut u8 {
        self.get().0
    }
}

// SAFETY: the creator's callbacks must be thread-safe (the header says
// so, as wasmtime's does).
unsafe impl MemoryCreator for CMemoryCreator {
    fn new_memory(
        &self,
        ty: MemoryType,
        minimum: usize,
        maximum: Option<usize>,
        reserved_size_in_bytes: Option<usize>,
        guard_size_in_bytes: usize,
    ) -> Result<Box<dyn LinearMemory>, String> {
        let ty = wasm_memorytype_t::new(ty);
        let mut made = wasmrt_linear_memory_t {
            env: std::ptr::null_mut(),
            get_memory: None,
            grow_memory: None,
            finalizer: None,
        };
        // SAFETY: the embedder's callback, given a live type and a place
        // to fill in.
        let error = unsafe {
            (self.new_memory)(
                self.env.ptr(),
                &ty,
                minimum,
                maximum.unwrap_or(usize::MAX),
                reserved_size_in_bytes.unwrap_or(0),
                guard_size_in_bytes,
                &mut made,
            )
        };
        // On an error `memory_ret` is not the creator's memory (as in
        // wasmtime); otherwise it is wasmrt's, finalized however this ends.
        if let Some(error) = take_error(error) {
            return Err(super::error::describe(&error));
        }
        let env = CEnv::new(made.env, made.finalizer);
        match (made.get_memory, made.grow_memory) {
            (Some(get_memory), Some(grow_memory)) => Ok(Box::new(CLinearMemory {
                env,
                get_memory,
                grow_memory,
            })),
            _ => Err("the memory it made lacks a get_memory or grow_memory callback".to_string()),
        }
    }
}

/// Memories made on demand (instances' and `wasmrt_memory_new`'s) come
/// from `creator` (its fields are copied; the configuration takes over its
/// `env`, running `finalizer` once no engine needs it). Pooled memories
/// still come from the pool. A null `creator` or `new_memory` makes engine
/// creation fail; a null `config` or `new_memory` runs the finalizer at
/// once.
///
/// # Safety
/// `config` must be live or null, and `creator` point at a creator or be
/// null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasmrt_config_host_memory_creator_set(
    config: *mut wasm_config_t,
    creator: *const wasmrt_memory_creator_t,
) {
    // SAFETY: live when not null, as the caller guarantees.
    let (config, creator) = unsafe { (config.as_mut(), creator.as_ref()) };
    let env = creator.map(|c| CEnv::new(c.env, c.finalizer));
    let Some(config) = config else {
        return; // `env` drops, running the finalizer.
    };
    match (creator.and_then(|c| c.new_memory), env) {
        (Some(new_memory), Some(env)) => {
            config
                .config
                .with_host_memory(Arc::new(CMemoryCreator { env, new_memory }));
        }
        _ => {
            config.refused.get_or_insert_with(|| {
                "wasmrt_config_host_memory_creator_set: the creator or its new_memory \
                 callback is null"
                    .to_string()
            });
        }
    }
}
