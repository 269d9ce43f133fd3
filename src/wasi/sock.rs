//! `sock_*` and `proc_raise`. No sockets can be preopened yet, so every
//! socket call fails: `Badf` for a descriptor that does not exist,
//! `Notsock` for one that is not a socket. `proc_raise` is `Nosys`, as
//! WASI deprecated it and wasmtime does not implement it either.

use super::WasiCtx;
use super::errno::{Errno, WasiResult};
use super::memory::GuestMemory;

/// The error for a socket call on `fd`.
fn not_a_socket(cx: &mut WasiCtx, fd: u32) -> WasiResult {
    cx.table.get(fd)?;
    Err(Errno::Notsock)
}

pub fn sock_accept(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    _flags: u16,
    _out: u32,
) -> WasiResult {
    not_a_socket(cx, fd)
}

#[allow(clippy::too_many_arguments)]
pub fn sock_recv(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    _iovs: u32,
    _count: u32,
    _flags: u16,
    _nread: u32,
    _oflags: u32,
) -> WasiResult {
    not_a_socket(cx, fd)
}

pub fn sock_send(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    _iovs: u32,
    _count: u32,
    _flags: u16,
    _nwritten: u32,
) -> WasiResult {
    not_a_socket(cx, fd)
}

pub fn sock_shutdown(cx: &mut WasiCtx, _mem: &mut GuestMemory, fd: u32, _how: u8) -> WasiResult {
    not_a_socket(cx, fd)
}

pub fn proc_raise(_cx: &mut WasiCtx, _mem: &mut GuestMemory, _sig: u8) -> WasiResult {
    Err(Errno::Nosys)
}
