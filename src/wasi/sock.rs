//! `sock_*` on TCP sockets the embedder preopened
//! (`WasiCtxBuilder::preopened_socket`, `wasmrt run --tcplisten`):
//! `sock_accept` on a listener, `sock_recv`, `sock_send` and
//! `sock_shutdown` on the connections it accepts (which `fd_read`,
//! `fd_write` and `poll_oneoff` also serve). A descriptor that is not a
//! socket is `Notsock`, one that does not exist `Badf`. `proc_raise` is
//! `Nosys`, as WASI deprecated it and wasmtime does not implement it
//! either.

use super::WasiCtx;
use super::abi;
use super::errno::{Errno, WasiResult};
use super::fd::each_iovec;
use super::fd_table::{Descriptor, Stream};
use super::memory::GuestMemory;
use std::net::{Shutdown, TcpListener, TcpStream};

/// `riflags`: look at the data without taking it.
const RECV_PEEK: u16 = 1;
/// `riflags`: wait until every buffer is full.
const RECV_WAITALL: u16 = 2;
/// `sdflags`.
const SHUT_RD: u8 = 1;
const SHUT_WR: u8 = 2;

/// The listener behind `fd`.
fn listener(cx: &mut WasiCtx, fd: u32) -> WasiResult<&mut TcpListener> {
    match cx.table.get(fd)? {
        Descriptor::Stream(Stream::TcpListener(l)) => Ok(l),
        Descriptor::Stream(Stream::TcpStream(_)) => Err(Errno::Inval),
        _ => Err(Errno::Notsock),
    }
}

/// The connection behind `fd`.
fn connection(cx: &mut WasiCtx, fd: u32) -> WasiResult<&mut TcpStream> {
    match cx.table.get(fd)? {
        Descriptor::Stream(Stream::TcpStream(s)) => Ok(s),
        Descriptor::Stream(Stream::TcpListener(_)) => Err(Errno::Notconn),
        _ => Err(Errno::Notsock),
    }
}

pub fn sock_accept(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    flags: u16,
    out: u32,
) -> WasiResult {
    if flags & !abi::FDFLAGS_NONBLOCK != 0 {
        return Err(Errno::Inval);
    }
    mem.slice(out, 4)?;
    let (stream, _peer) = listener(cx, fd)?.accept()?;
    stream.set_nonblocking(flags & abi::FDFLAGS_NONBLOCK != 0)?;
    let new_fd = cx
        .table
        .push(Descriptor::Stream(Stream::TcpStream(stream)))?;
    mem.write_u32(out, new_fd)
}

#[allow(clippy::too_many_arguments)]
pub fn sock_recv(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    flags: u16,
    nread: u32,
    oflags: u32,
) -> WasiResult {
    if flags & !(RECV_PEEK | RECV_WAITALL) != 0 {
        return Err(Errno::Inval);
    }
    let iovs = mem.iovecs(iovs, count)?;
    mem.slice(nread, 4)?;
    mem.slice(oflags, 2)?;
    let stream = connection(cx, fd)?;
    let n = if flags & RECV_PEEK != 0 {
        each_iovec(mem, &iovs, |buf, _| stream.peek(buf))?
    } else if flags & RECV_WAITALL != 0 {
        // Every buffer filled, unless the peer closes first.
        each_iovec(mem, &iovs, |buf, _| {
            let mut got = 0;
            while got < buf.len() {
                match std::io::Read::read(stream, &mut buf[got..]) {
                    Ok(0) => break,
                    Ok(n) => got += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) if got > 0 => return Ok(got),
                    Err(e) => return Err(e),
                }
            }
            Ok(got)
        })?
    } else {
        each_iovec(mem, &iovs, |buf, _| std::io::Read::read(stream, buf))?
    };
    mem.write_u32(nread, n as u32)?;
    // No `roflags` apply to a stream socket.
    mem.write_u16(oflags, 0)
}

pub fn sock_send(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    flags: u16,
    nwritten: u32,
) -> WasiResult {
    if flags != 0 {
        return Err(Errno::Inval);
    }
    let iovs = mem.iovecs(iovs, count)?;
    mem.slice(nwritten, 4)?;
    let stream = connection(cx, fd)?;
    let n = each_iovec(mem, &iovs, |buf, _| std::io::Write::write(stream, buf))?;
    mem.write_u32(nwritten, n as u32)
}

pub fn sock_shutdown(cx: &mut WasiCtx, _mem: &mut GuestMemory, fd: u32, how: u8) -> WasiResult {
    let how = match how {
        SHUT_RD => Shutdown::Read,
        SHUT_WR => Shutdown::Write,
        h if h == SHUT_RD | SHUT_WR => Shutdown::Both,
        _ => return Err(Errno::Inval),
    };
    connection(cx, fd)?.shutdown(how)?;
    Ok(())
}

pub fn proc_raise(_cx: &mut WasiCtx, _mem: &mut GuestMemory, _sig: u8) -> WasiResult {
    Err(Errno::Nosys)
}
