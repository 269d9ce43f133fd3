//! `add_to_linker`: defines the `wasi_snapshot_preview1` imports in a
//! `Linker` with `func_wrap`, each a thin shim that borrows the guest's
//! memory and the WASI context from its `Caller`, calls the body, and
//! returns the body's errno.

use super::errno;
use super::memory;
use super::{I32Exit, WasiCtx, args, clocks, fd, path, poll, random, readdir, sock};
use crate::{Caller, Linker};
use anyhow::Result;

/// The import module name of WASI preview 1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// The wasm type a WASI parameter type is passed as.
macro_rules! wasm_ty {
    (u8) => {
        i32
    };
    (u16) => {
        i32
    };
    (u32) => {
        i32
    };
    (u64) => {
        i64
    };
    (i64) => {
        i64
    };
}

/// Defines `$module::$name` as the import of that name.
macro_rules! import {
    ($linker:ident, $get:ident, $module:ident :: $name:ident ( $($arg:ident : $ty:ident),* )) => {
        $linker.func_wrap(
            MODULE,
            stringify!($name),
            move |mut caller: Caller<'_, T>, $($arg: wasm_ty!($ty)),*| -> Result<i32> {
                let (mut mem, cx) = memory::split(&mut caller, $get)?;
                Ok(errno::code($module::$name(cx, &mut mem, $($arg as $ty),*)))
            },
        )?;
    };
}

/// Defines every `wasi_snapshot_preview1` function in `linker`; `get`
/// finds the [`WasiCtx`] in the store's data.
pub fn add_to_linker<T: 'static>(
    linker: &mut Linker<T>,
    get: impl Fn(&mut T) -> &mut WasiCtx + Send + Sync + Copy + 'static,
) -> Result<()> {
    try_add_to_linker(linker, move |data: &mut T| Ok(get(data)))
}

/// Like [`add_to_linker`], for store data that may hold no [`WasiCtx`]:
/// an import called when `get` fails ends the call with `get`'s error
/// (the C API's stores, whose WASI context is optional).
pub(crate) fn try_add_to_linker<T: 'static>(
    linker: &mut Linker<T>,
    get: impl Fn(&mut T) -> Result<&mut WasiCtx> + Send + Sync + Copy + 'static,
) -> Result<()> {
    import!(linker, get, args::args_get(argv: u32, buf: u32));
    import!(linker, get, args::args_sizes_get(argc: u32, size: u32));
    import!(linker, get, args::environ_get(environ: u32, buf: u32));
    import!(linker, get, args::environ_sizes_get(count: u32, size: u32));
    import!(linker, get, clocks::clock_res_get(id: u32, out: u32));
    import!(linker, get, clocks::clock_time_get(id: u32, precision: u64, out: u32));
    import!(linker, get, random::random_get(buf: u32, len: u32));
    import!(linker, get, fd::fd_advise(fd: u32, offset: u64, len: u64, advice: u8));
    import!(linker, get, fd::fd_allocate(fd: u32, offset: u64, len: u64));
    import!(linker, get, fd::fd_close(fd: u32));
    import!(linker, get, fd::fd_datasync(fd: u32));
    import!(linker, get, fd::fd_fdstat_get(fd: u32, out: u32));
    import!(linker, get, fd::fd_fdstat_set_flags(fd: u32, flags: u16));
    import!(linker, get, fd::fd_fdstat_set_rights(fd: u32, base: u64, inheriting: u64));
    import!(linker, get, fd::fd_filestat_get(fd: u32, out: u32));
    import!(linker, get, fd::fd_filestat_set_size(fd: u32, size: u64));
    import!(linker, get, fd::fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, flags: u16));
    import!(linker, get, fd::fd_pread(fd: u32, iovs: u32, count: u32, offset: u64, nread: u32));
    import!(linker, get, fd::fd_prestat_get(fd: u32, out: u32));
    import!(linker, get, fd::fd_prestat_dir_name(fd: u32, path: u32, len: u32));
    import!(linker, get, fd::fd_pwrite(fd: u32, iovs: u32, count: u32, offset: u64, nwritten: u32));
    import!(linker, get, fd::fd_read(fd: u32, iovs: u32, count: u32, nread: u32));
    import!(linker, get, readdir::fd_readdir(fd: u32, buf: u32, len: u32, cookie: u64, used: u32));
    import!(linker, get, fd::fd_renumber(from: u32, to: u32));
    import!(linker, get, fd::fd_seek(fd: u32, offset: i64, whence: u8, out: u32));
    import!(linker, get, fd::fd_sync(fd: u32));
    import!(linker, get, fd::fd_tell(fd: u32, out: u32));
    import!(linker, get, fd::fd_write(fd: u32, iovs: u32, count: u32, nwritten: u32));
    import!(linker, get, path::path_create_directory(fd: u32, path: u32, len: u32));
    import!(linker, get, path::path_filestat_get(fd: u32, flags: u32, path: u32, len: u32, out: u32));
    import!(linker, get, path::path_filestat_set_times(
        fd: u32, flags: u32, path: u32, len: u32, atim: u64, mtim: u64, fst: u16
    ));
    import!(linker, get, path::path_link(
        fd: u32, flags: u32, old: u32, old_len: u32, new_fd: u32, new: u32, new_len: u32
    ));
    import!(linker, get, path::path_open(
        fd: u32, dirflags: u32, path: u32, len: u32, oflags: u16,
        base: u64, inheriting: u64, fdflags: u16, out: u32
    ));
    import!(linker, get, path::path_readlink(
        fd: u32, path: u32, len: u32, buf: u32, buf_len: u32, used: u32
    ));
    import!(linker, get, path::path_remove_directory(fd: u32, path: u32, len: u32));
    import!(linker, get, path::path_rename(
        fd: u32, old: u32, old_len: u32, new_fd: u32, new: u32, new_len: u32
    ));
    import!(linker, get, path::path_symlink(
        old: u32, old_len: u32, fd: u32, new: u32, new_len: u32
    ));
    import!(linker, get, path::path_unlink_file(fd: u32, path: u32, len: u32));
    import!(linker, get, poll::poll_oneoff(subs: u32, events: u32, count: u32, nevents: u32));
    import!(linker, get, poll::sched_yield());
    import!(linker, get, sock::proc_raise(sig: u8));
    import!(linker, get, sock::sock_accept(fd: u32, flags: u16, out: u32));
    import!(linker, get, sock::sock_recv(
        fd: u32, iovs: u32, count: u32, flags: u16, nread: u32, oflags: u32
    ));
    import!(linker, get, sock::sock_send(
        fd: u32, iovs: u32, count: u32, flags: u16, nwritten: u32
    ));
    import!(linker, get, sock::sock_shutdown(fd: u32, how: u8));
    linker.func_wrap(
        MODULE,
        "proc_exit",
        |_caller: Caller<'_, T>, status: i32| -> Result<()> { Err(I32Exit(status).into()) },
    )?;
    Ok(())
}
