//! `wasi_config_set_stdout_custom` and `wasi_config_set_stderr_custom`:
//! the guest's output handed to a C callback, as wasmtime's `wasi.h` does.
//!
//! The callback gets the embedder's pointer and the bytes of one write. It
//! returns how many it took (a short count is a short write, which the
//! guest's libc retries), or a negated OS error code (`-EIO`), which the
//! guest sees as that error's errno. wasmtime turns a short count into an
//! error instead; a short write is what POSIX `write` may return, so
//! wasmrt passes it on.

use super::{wasi_config_t, with_config};
use crate::capi::env::CEnv;
use std::ffi::c_void;
use std::io;

/// The C signature of an output callback. (The exported functions spell it
/// out, so that the header declares their parameters as wasmtime's does.)
type OutputCallback = extern "C" fn(*mut c_void, *const u8, usize) -> isize;

/// A `Write` that calls the embedder's callback; dropping it runs the
/// embedder's finalizer on its pointer.
struct CallbackWriter {
    callback: OutputCallback,
    env: CEnv,
}

impl io::Write for CallbackWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let wrote = (self.callback)(self.env.ptr(), buf.as_ptr(), buf.len());
        match usize::try_from(wrote) {
            // More than it was given is not a count the guest can use.
            Ok(n) if n <= buf.len() => Ok(n),
            Ok(_) => Err(io::Error::other(
                "output callback returned a count larger than the write",
            )),
            Err(_) => Err(match i32::try_from(wrote.unsigned_abs()) {
                Ok(code) => io::Error::from_raw_os_error(code),
                Err(_) => io::Error::other("output callback returned an unknown error"),
            }),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Which stream a callback is for.
enum Output {
    Stdout,
    Stderr,
}

/// Sets `callback` as `which`, or, for a null config or callback, runs the
/// finalizer on `data` at once (the configuration is then unchanged).
///
/// # Safety
/// `config` must be live or null.
unsafe fn set_custom(
    config: *mut wasi_config_t,
    which: Output,
    callback: Option<OutputCallback>,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // Owning `data` from here on: dropped unused, it is finalized.
    let env = CEnv::new(data, finalizer);
    let Some(callback) = callback else { return };
    let writer = CallbackWriter { callback, env };
    // SAFETY: as the caller guarantees.
    unsafe {
        with_config(config, move |builder| {
            match which {
                Output::Stdout => builder.stdout_writer(writer),
                Output::Stderr => builder.stderr_writer(writer),
            };
            true
        })
    };
}

/// The guest's stdout goes to `callback(data, bytes, len)`, which returns
/// the number of bytes it took or a negated OS error code. `finalizer`
/// (if not null) runs on `data` once, when the configuration or the
/// store's WASI context that took it is dropped, or when another stdout
/// replaces this one. A null config or callback changes nothing; the
/// finalizer then runs at once.
///
/// # Safety
/// `config` must be live or null; `callback` must be safe to call with
/// `data` until `finalizer` has run.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_stdout_custom(
    config: *mut wasi_config_t,
    callback: Option<extern "C" fn(*mut c_void, *const u8, usize) -> isize>,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_custom(config, Output::Stdout, callback, data, finalizer) }
}

/// The guest's stderr goes to `callback`, as for
/// `wasi_config_set_stdout_custom`.
///
/// # Safety
/// As for `wasi_config_set_stdout_custom`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasi_config_set_stderr_custom(
    config: *mut wasi_config_t,
    callback: Option<extern "C" fn(*mut c_void, *const u8, usize) -> isize>,
    data: *mut c_void,
    finalizer: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    // SAFETY: as the caller guarantees.
    unsafe { set_custom(config, Output::Stderr, callback, data, finalizer) }
}
