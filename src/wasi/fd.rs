//! `fd_*`: reading, writing, seeking, syncing and describing open
//! descriptors, and the preopen queries.

use super::WasiCtx;
use super::abi;
use super::ctx::{DirPerms, FilePerms};
use super::errno::{Errno, WasiResult};
use super::fd_table::{Descriptor, OpenFile, Stream};
use super::memory::{GuestMemory, IoVec};
use super::stat;
use cap_std::fs::FileExt;
use std::io::{Read, Seek, SeekFrom, Write};

fn readable(f: &mut OpenFile) -> WasiResult<&mut OpenFile> {
    if !f.read || f.rights & abi::RIGHTS_FD_READ == 0 {
        return Err(Errno::Badf);
    }
    Ok(f)
}

fn writable(f: &mut OpenFile) -> WasiResult<&mut OpenFile> {
    if !f.write || f.rights & abi::RIGHTS_FD_WRITE == 0 {
        return Err(Errno::Badf);
    }
    Ok(f)
}

/// Calls `op` on each iovec's buffer in turn until one is not filled
/// (or written) whole; returns the total.
pub(super) fn each_iovec(
    mem: &mut GuestMemory,
    iovs: &[IoVec],
    mut op: impl FnMut(&mut [u8], u64) -> std::io::Result<usize>,
) -> WasiResult<usize> {
    let mut total = 0usize;
    for iov in iovs {
        let buf = mem.slice_mut(iov.ptr, iov.len)?;
        if buf.is_empty() {
            continue;
        }
        let n = match op(buf, total as u64) {
            Ok(n) => n,
            Err(e) if total > 0 && e.kind() != std::io::ErrorKind::Interrupted => break,
            Err(e) => return Err(e.into()),
        };
        total += n;
        if n < iov.len as usize {
            break;
        }
    }
    Ok(total)
}

pub fn fd_write(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    nwritten: u32,
) -> WasiResult {
    let iovs = mem.iovecs(iovs, count)?;
    let n = match cx.table.get(fd)? {
        Descriptor::Stream(s) => each_iovec(mem, &iovs, |buf, _| s.write(buf))?,
        Descriptor::File(f) => {
            let f = writable(f)?;
            each_iovec(mem, &iovs, |buf, _| f.file.write(buf))?
        }
        Descriptor::Dir(_) => return Err(Errno::Badf),
    };
    mem.write_u32(nwritten, n as u32)
}

pub fn fd_read(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    nread: u32,
) -> WasiResult {
    let iovs = mem.iovecs(iovs, count)?;
    let n = match cx.table.get(fd)? {
        Descriptor::Stream(s) => each_iovec(mem, &iovs, |buf, _| s.read(buf))?,
        Descriptor::File(f) => {
            let f = readable(f)?;
            each_iovec(mem, &iovs, |buf, _| f.file.read(buf))?
        }
        Descriptor::Dir(_) => return Err(Errno::Isdir),
    };
    mem.write_u32(nread, n as u32)
}

/// The open file for a positioned operation (`Spipe` for a stream).
fn positioned(cx: &mut WasiCtx, fd: u32) -> WasiResult<&mut OpenFile> {
    match cx.table.get(fd)? {
        Descriptor::File(f) => Ok(f),
        Descriptor::Stream(_) => Err(Errno::Spipe),
        Descriptor::Dir(_) => Err(Errno::Isdir),
    }
}

/// `fd_pread` and `fd_pwrite`: `op` on each iovec in turn, at `offset`
/// onward in the file `fd` (which `allowed` checks); the total goes to
/// `result`.
#[allow(clippy::too_many_arguments)]
fn positioned_io(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: u64,
    result: u32,
    allowed: fn(&mut OpenFile) -> WasiResult<&mut OpenFile>,
    op: fn(&cap_std::fs::File, &mut [u8], u64) -> std::io::Result<usize>,
) -> WasiResult {
    let iovs = mem.iovecs(iovs, count)?;
    let f = allowed(positioned(cx, fd)?)?;
    let n = each_iovec(mem, &iovs, |buf, done| op(&f.file, buf, offset + done))?;
    mem.write_u32(result, n as u32)
}

pub fn fd_pread(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: u64,
    nread: u32,
) -> WasiResult {
    positioned_io(
        cx,
        mem,
        fd,
        iovs,
        count,
        offset,
        nread,
        readable,
        |f, buf, at| f.read_at(buf, at),
    )
}

pub fn fd_pwrite(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: u64,
    nwritten: u32,
) -> WasiResult {
    positioned_io(
        cx,
        mem,
        fd,
        iovs,
        count,
        offset,
        nwritten,
        writable,
        |f, buf, at| f.write_at(buf, at),
    )
}

pub fn fd_seek(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    offset: i64,
    whence: u8,
    out: u32,
) -> WasiResult {
    let f = match cx.table.get(fd)? {
        Descriptor::File(f) => f,
        Descriptor::Stream(_) => return Err(Errno::Spipe),
        Descriptor::Dir(_) => return Err(Errno::Badf),
    };
    let from = match whence {
        abi::WHENCE_SET => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::Inval)?),
        abi::WHENCE_CUR => SeekFrom::Current(offset),
        abi::WHENCE_END => SeekFrom::End(offset),
        _ => return Err(Errno::Inval),
    };
    let pos = f.file.seek(from)?;
    mem.write_u64(out, pos)
}

pub fn fd_tell(cx: &mut WasiCtx, mem: &mut GuestMemory, fd: u32, out: u32) -> WasiResult {
    fd_seek(cx, mem, fd, 0, abi::WHENCE_CUR, out)
}

pub fn fd_close(cx: &mut WasiCtx, _mem: &mut GuestMemory, fd: u32) -> WasiResult {
    cx.table.remove(fd).map(drop)
}

pub fn fd_renumber(cx: &mut WasiCtx, _mem: &mut GuestMemory, from: u32, to: u32) -> WasiResult {
    cx.table.renumber(from, to)
}

/// The WASI fd flags of a host descriptor.
fn fdflags(fd: impl std::os::fd::AsFd) -> WasiResult<u16> {
    use rustix::fs::OFlags;
    let fl = rustix::fs::fcntl_getfl(fd)?;
    let mut out = 0;
    for (host, wasi) in [
        (OFlags::APPEND, abi::FDFLAGS_APPEND),
        (OFlags::NONBLOCK, abi::FDFLAGS_NONBLOCK),
        (OFlags::DSYNC, abi::FDFLAGS_DSYNC),
        (OFlags::RSYNC, abi::FDFLAGS_RSYNC),
        (OFlags::SYNC, abi::FDFLAGS_SYNC),
    ] {
        if fl.contains(host) {
            out |= wasi;
        }
    }
    // O_SYNC includes O_DSYNC (and O_RSYNC) in Linux's encoding.
    if out & abi::FDFLAGS_SYNC != 0 {
        out &= !(abi::FDFLAGS_DSYNC | abi::FDFLAGS_RSYNC);
    }
    Ok(out)
}

pub fn fd_fdstat_get(cx: &mut WasiCtx, mem: &mut GuestMemory, fd: u32, out: u32) -> WasiResult {
    let (filetype, flags, base, inheriting) = match cx.table.get(fd)? {
        Descriptor::Stream(s) => (s.filetype(), 0, abi::STREAM_RIGHTS, 0),
        Descriptor::File(f) => {
            let ft = abi::filetype(f.file.metadata()?.file_type());
            (ft, fdflags(&f.file)?, f.rights, f.inheriting)
        }
        Descriptor::Dir(d) => (abi::FILETYPE_DIRECTORY, 0, d.rights, d.inheriting),
    };
    mem.slice_mut(out, 24)?.fill(0);
    mem.write_u8(out, filetype)?;
    mem.write_u16(out + 2, flags)?;
    mem.write_u64(out + 8, base)?;
    mem.write_u64(out + 16, inheriting)
}

pub fn fd_fdstat_set_flags(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    flags: u16,
) -> WasiResult {
    use rustix::fs::OFlags;
    let settable = abi::FDFLAGS_APPEND | abi::FDFLAGS_NONBLOCK;
    match cx.table.get(fd)? {
        Descriptor::File(f) => {
            if flags & !settable != 0 {
                return Err(Errno::Notsup);
            }
            let mut fl = rustix::fs::fcntl_getfl(&f.file)?;
            fl.set(OFlags::APPEND, flags & abi::FDFLAGS_APPEND != 0);
            fl.set(OFlags::NONBLOCK, flags & abi::FDFLAGS_NONBLOCK != 0);
            rustix::fs::fcntl_setfl(&f.file, fl)?;
            Ok(())
        }
        d @ (Descriptor::Stream(_) | Descriptor::Dir(_)) => {
            if flags & !abi::FDFLAGS_NONBLOCK != 0 {
                return Err(Errno::Notsup);
            }
            // Only sockets act on NONBLOCK; the others accept it.
            let nonblocking = flags & abi::FDFLAGS_NONBLOCK != 0;
            match d {
                Descriptor::Stream(Stream::TcpListener(l)) => l.set_nonblocking(nonblocking)?,
                Descriptor::Stream(Stream::TcpStream(t)) => t.set_nonblocking(nonblocking)?,
                _ => {}
            }
            Ok(())
        }
    }
}

pub fn fd_fdstat_set_rights(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    base: u64,
    inheriting: u64,
) -> WasiResult {
    let (have_base, have_inh) = match cx.table.get(fd)? {
        Descriptor::File(f) => (&mut f.rights, &mut f.inheriting),
        Descriptor::Dir(d) => (&mut d.rights, &mut d.inheriting),
        Descriptor::Stream(_) => return Err(Errno::Notsup),
    };
    if base & !*have_base != 0 || inheriting & !*have_inh != 0 {
        return Err(Errno::Notcapable);
    }
    *have_base = base;
    *have_inh = inheriting;
    Ok(())
}

pub fn fd_filestat_get(cx: &mut WasiCtx, mem: &mut GuestMemory, fd: u32, out: u32) -> WasiResult {
    match cx.table.get(fd)? {
        Descriptor::Stream(s) => stat::write_stream(mem, out, s.filetype()),
        Descriptor::File(f) => stat::write(mem, out, &f.file.metadata()?),
        Descriptor::Dir(d) => stat::write(mem, out, &d.dir.dir_metadata()?),
    }
}

pub fn fd_filestat_set_size(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    size: u64,
) -> WasiResult {
    let f = writable(positioned(cx, fd)?)?;
    f.file.set_len(size)?;
    Ok(())
}

pub fn fd_filestat_set_times(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    atim: u64,
    mtim: u64,
    flags: u16,
) -> WasiResult {
    use fs_set_times::SetTimes;
    let (a, m) = stat::times_as(atim, mtim, flags, stat::SetTime::fs_set_times)?;
    // Changing times is a change: refused beneath a read-only preopen
    // (`Perm`, as in wasmtime).
    match cx.table.get(fd)? {
        Descriptor::File(f) if !f.perms.contains(FilePerms::WRITE) => return Err(Errno::Perm),
        Descriptor::Dir(d) if !d.dir_perms.contains(DirPerms::MUTATE) => return Err(Errno::Perm),
        Descriptor::File(f) => f.file.set_times(a, m)?,
        Descriptor::Dir(d) => d.dir.set_times(a, m)?,
        Descriptor::Stream(_) => return Err(Errno::Badf),
    }
    Ok(())
}

pub fn fd_sync(cx: &mut WasiCtx, _mem: &mut GuestMemory, fd: u32) -> WasiResult {
    match cx.table.get(fd)? {
        Descriptor::File(f) => f.file.sync_all()?,
        Descriptor::Dir(d) => rustix::fs::fsync(&d.dir)?,
        Descriptor::Stream(_) => return Err(Errno::Inval),
    }
    Ok(())
}

pub fn fd_datasync(cx: &mut WasiCtx, _mem: &mut GuestMemory, fd: u32) -> WasiResult {
    match cx.table.get(fd)? {
        Descriptor::File(f) => f.file.sync_data()?,
        Descriptor::Dir(d) => rustix::fs::fdatasync(&d.dir)?,
        Descriptor::Stream(_) => return Err(Errno::Inval),
    }
    Ok(())
}

pub fn fd_advise(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    offset: u64,
    len: u64,
    advice: u8,
) -> WasiResult {
    use rustix::fs::Advice;
    let advice = match advice {
        0 => Advice::Normal,
        1 => Advice::Sequential,
        2 => Advice::Random,
        3 => Advice::WillNeed,
        4 => Advice::DontNeed,
        5 => Advice::NoReuse,
        _ => return Err(Errno::Inval),
    };
    let f = match cx.table.get(fd)? {
        Descriptor::File(f) => f,
        Descriptor::Dir(_) => return Err(Errno::Badf),
        Descriptor::Stream(_) => return Err(Errno::Spipe),
    };
    rustix::fs::fadvise(&f.file, offset, std::num::NonZeroU64::new(len), advice)?;
    Ok(())
}

pub fn fd_allocate(
    cx: &mut WasiCtx,
    _mem: &mut GuestMemory,
    fd: u32,
    offset: u64,
    len: u64,
) -> WasiResult {
    let f = writable(positioned(cx, fd)?)?;
    if len == 0 {
        return Err(Errno::Inval);
    }
    offset.checked_add(len).ok_or(Errno::Fbig)?;
    rustix::fs::fallocate(&f.file, rustix::fs::FallocateFlags::empty(), offset, len)?;
    Ok(())
}

pub fn fd_prestat_get(cx: &mut WasiCtx, mem: &mut GuestMemory, fd: u32, out: u32) -> WasiResult {
    let name = preopen_name(cx, fd)?;
    let len = name.len() as u32;
    mem.write_u32(out, abi::PREOPENTYPE_DIR as u32)?;
    mem.write_u32(out + 4, len)
}

pub fn fd_prestat_dir_name(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult {
    let name = preopen_name(cx, fd)?;
    if (len as usize) < name.len() {
        return Err(Errno::Nametoolong);
    }
    mem.write(path, name.as_bytes())
}

fn preopen_name(cx: &mut WasiCtx, fd: u32) -> WasiResult<String> {
    match cx.table.get(fd)? {
        Descriptor::Dir(d) => d.preopen.clone().ok_or(Errno::Badf),
        _ => Err(Errno::Badf),
    }
}
