//! `wasi_config_t` (`include/wasi.h`): wasmtime's WASI configuration for C,
//! under wasmtime's names (they carry no runtime prefix). A configuration
//! is a [`WasiCtxBuilder`] that `wasmrt_context_set_wasi` turns into a
//! store's [`WasiCtx`](crate::wasi::WasiCtx). Output to C callbacks is in
//! `output_callback.rs`.
//!
//! Bad input (a null configuration or path, a string that is not UTF-8, a
//! file or directory that cannot be opened) makes the `bool` functions
//! return false, leaving the configuration as it was, and the `void`
//! ones do nothing; none crashes.

mod output_callback;

use super::wasm::vec::{from_raw_parts, wasm_byte_vec_t};
use crate::wasi::{DirPerms, FilePerms, WasiCtxBuilder};
use std::ffi::{CStr, c_char};

/// A WASI configuration, owned by the caller of `wasi_config_new` until it
/// is deleted (`wasi_config_delete`) or handed to `wasmrt_context_set_wasi`.
pub struct wasi_config_t {
    pub(crate) builder: WasiCtxBuilder,
}

/// The text of the NUL-terminated `s`, or `None` for null or non-UTF-8.
///
/// # Safety
/// `s` must be a NUL-terminated string or null.
unsafe fn text<'a>(s: *const c_char) -> Option<&'a str> {
    if s.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated string, as the caller guarantees.
    unsafe { CStr::from_ptr(s) }.to_str().ok()
}

/// The texts of the `n` strings at `list`, or `None` if `list` is null
/// (with `n > 0`) or any string is null or not UTF-8.
///
/// # Safety
/// `list` must point at `n` NUL-terminated strings (or nulls), or be null.
unsafe fn texts<'a>(n: usize, list: *const *const c_char) -> Option<Vec<&'a str>> {
    // SAFETY: as the caller guarantees.
    let list = unsafe { super::slice(list, n, "list") }.ok()?;
    // SAFETY: each is a NUL-terminated string or null.
    list.iter().map(|&s| unsafe { text(s) }).collect()
}

/// Runs `f` on the configuration behind `config` under the panic guard;
/// false for a null `config` or a panic.
///
/// # Safety
/// `config` must be a live configuration or null.
unsafe fn with_config(
    config: *mut wasi_config_t,
    f: impl FnOnce(&mut WasiCtxBuilder) -> bool,
) -> bool {
    // SAFETY: live when not null.
    let Some(config) = (unsafe { config.as_mut() }) else {
        return false;
    };
    super::guard(|_| false, || f(&mut config.builder))
}

/// A new configuration: no arguments, no environment, no preopened
/// directories, empty stdin, stdout and stderr discarded; owned by the
/// caller.
#[unsafe(no_mangle)]
pub extern "C" fn wasi_config_new() -> *mut wasi_config_t {
    super::guard(
        |_| std::ptr::null_mut(),
        || {
            Box::into_raw(Box::new(wasi_config_t {
                builder: WasiCtxBuilder::new(),
            }))
        },
    )
}

/// Deletes a configuration (null is ignored).
///
/// # Safety
/// `config` must be owned by the caller and not deleted twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_delete(config: *mut wasi_config_t) {
    if !config.is_null() {
        // SAFETY: an owned configuration.
        let config = unsafe { Box::from_raw(config) };
        super::guard(|_| (), move || drop(config));
    }
}

/// Appends the `argc` strings of `argv` (copied) to the arguments; the
/// first is the program's name. False, adding none, for a null config or
/// list, or a null or non-UTF-8 argument.
///
/// # Safety
/// `config` must be live or null; `argv` must hold `argc` NUL-terminated
/// strings (or nulls), or be null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_argv(
    config: *mut wasi_config_t,
    argc: usize,
    argv: *mut *const c_char,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| match texts(argc, argv) {
            Some(args) => {
                builder.args(&args);
                true
            }
            None => false,
        })
    }
}

/// Appends this process's arguments to the guest's (null is ignored).
///
/// # Safety
/// `config` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_inherit_argv(config: *mut wasi_config_t) {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            builder.inherit_args();
            true
        })
    };
}

/// Adds the `envc` variables `names[i]=values[i]` (copied) to the
/// environment. False, adding none, for a null config or list, or a null
/// or non-UTF-8 name or value.
///
/// # Safety
/// `config` must be live or null; `names` and `values` must each hold
/// `envc` NUL-terminated strings (or nulls), or be null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_env(
    config: *mut wasi_config_t,
    envc: usize,
    names: *mut *const c_char,
    values: *mut *const c_char,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            let (Some(names), Some(values)) = (texts(envc, names), texts(envc, values)) else {
                return false;
            };
            for (name, value) in names.iter().zip(values) {
                builder.env(name, value);
            }
            true
        })
    }
}

/// Adds this process's environment to the guest's (null is ignored).
///
/// # Safety
/// `config` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_inherit_env(config: *mut wasi_config_t) {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            builder.inherit_env();
            true
        })
    };
}

/// The guest's stdin reads the host file at `path`. False for a null
/// config or path, a non-UTF-8 path, or a file that cannot be opened for
/// reading.
///
/// # Safety
/// `config` must be live or null; `path` a NUL-terminated string or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_stdin_file(
    config: *mut wasi_config_t,
    path: *const c_char,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            text(path).is_some_and(|path| builder.stdin_file(path).is_ok())
        })
    }
}

/// The guest's stdin reads the bytes of `binary`, which this takes: it is
/// left empty, and the caller need not delete it. Null arguments are
/// ignored.
///
/// # Safety
/// `config` must be live or null; `binary` a live vector owned by the
/// caller, or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_stdin_bytes(
    config: *mut wasi_config_t,
    binary: *mut wasm_byte_vec_t,
) {
    // SAFETY: live when not null.
    let Some(binary) = (unsafe { binary.as_mut() }) else {
        return;
    };
    // SAFETY: as the caller guarantees; `binary`'s storage is owned by the
    // caller and taken once (the vector is left empty).
    unsafe {
        with_config(config, |builder| {
            let bytes = from_raw_parts(binary.size, binary.data.cast::<u8>());
            *binary = wasm_byte_vec_t::from_vec(Vec::new());
            builder.stdin_bytes(bytes);
            true
        })
    };
}

/// The guest's stdin is this process's (null is ignored).
///
/// # Safety
/// `config` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_inherit_stdin(config: *mut wasi_config_t) {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            builder.inherit_stdin();
            true
        })
    };
}

/// The guest's stdout goes to the host file at `path`, created or
/// truncated now. False for a null config or path, a non-UTF-8 path, or a
/// file that cannot be opened for writing.
///
/// # Safety
/// `config` must be live or null; `path` a NUL-terminated string or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_stdout_file(
    config: *mut wasi_config_t,
    path: *const c_char,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            text(path).is_some_and(|path| builder.stdout_file(path).is_ok())
        })
    }
}

/// The guest's stdout is this process's (null is ignored).
///
/// # Safety
/// `config` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_inherit_stdout(config: *mut wasi_config_t) {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            builder.inherit_stdout();
            true
        })
    };
}

/// The guest's stderr goes to the host file at `path`, created or
/// truncated now. False for a null config or path, a non-UTF-8 path, or a
/// file that cannot be opened for writing.
///
/// # Safety
/// `config` must be live or null; `path` a NUL-terminated string or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_stderr_file(
    config: *mut wasi_config_t,
    path: *const c_char,
) -> bool {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            text(path).is_some_and(|path| builder.stderr_file(path).is_ok())
        })
    }
}

/// The guest's stderr is this process's (null is ignored).
///
/// # Safety
/// `config` must be live or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_inherit_stderr(config: *mut wasi_config_t) {
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            builder.inherit_stderr();
            true
        })
    };
}

/// Gives the guest the host directory `host_path` under the name
/// `guest_path`: everything beneath it and nothing above. With
/// `fs_mutable` the guest may also create, write, rename and remove
/// there; without, only read. False for a null config or path, a non-UTF-8
/// path, or a directory that cannot be opened.
///
/// # Safety
/// `config` must be live or null; the paths NUL-terminated strings or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_preopen_dir(
    config: *mut wasi_config_t,
    host_path: *const c_char,
    guest_path: *const c_char,
    fs_mutable: bool,
) -> bool {
    let (dir_perms, file_perms) = if fs_mutable {
        (DirPerms::all(), FilePerms::all())
    } else {
        (DirPerms::READ, FilePerms::READ)
    };
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, |builder| {
            let (Some(host), Some(guest)) = (text(host_path), text(guest_path)) else {
                return false;
            };
            builder
                .preopened_dir(host, guest, dir_perms, file_perms)
                .is_ok()
        })
    }
}

/// Accepted for programs written for wasmtime, where it lets a guest bind
/// and connect to any address through `wasi:sockets` (preview 2). Preview
/// 1, which is what wasmrt runs, has no call that opens, binds or connects
/// a socket (a guest only accepts on sockets the host preopened), so there
/// is nothing for this to permit: a preview-1 module behaves the same with
/// or without it, as under wasmtime. `config` is not read (null is fine).
#[unsafe(no_mangle)]
pub extern "C" fn wasi_config_inherit_network(config: *mut wasi_config_t) {
    let _ = config;
}

/// Accepted for programs written for wasmtime, where it enables
/// `wasi:sockets/ip-name-lookup` (preview 2). Preview 1 has no name
/// lookup, so, as with `wasi_config_inherit_network`, a preview-1 module
/// behaves the same either way. `config` is not read (null is fine).
#[unsafe(no_mangle)]
pub extern "C" fn wasi_config_allow_ip_name_lookup(config: *mut wasi_config_t, enable: bool) {
    let _ = (config, enable);
}
