//! The guest's file descriptors: stdio streams, TCP sockets (preopened
//! listeners and the connections accepted from them), open files and open
//! directories (preopened or opened beneath one), by number.

use super::abi;
use super::ctx::{DirPerms, FilePerms};
use super::errno::{Errno, WasiResult};
use super::pipe::{MemoryInputPipe, MemoryOutputPipe};
use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::os::fd::{AsRawFd, RawFd};

/// Where a stdio descriptor reads from or writes to.
pub enum Stream {
    /// Reads see end of file.
    Empty,
    /// Writes are discarded.
    Sink,
    InheritStdin,
    InheritStdout,
    InheritStderr,
    Input(MemoryInputPipe),
    Output(MemoryOutputPipe),
    /// A host file opened by the embedder, read or written in order.
    File(std::fs::File),
    /// Output the embedder takes itself (a Rust writer, a C callback).
    Writer(Box<dyn Write + Send>),
    /// A listening TCP socket the embedder preopened (`sock_accept`).
    TcpListener(std::net::TcpListener),
    /// A connection accepted from a preopened listener.
    TcpStream(std::net::TcpStream),
}

impl Stream {
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Empty => Ok(0),
            Stream::InheritStdin => io::stdin().read(buf),
            Stream::Input(pipe) => Ok(pipe.read(buf)),
            Stream::File(f) => f.read(buf),
            Stream::TcpStream(s) => s.read(buf),
            Stream::TcpListener(_) => Err(io::Error::from_raw_os_error(libc::ENOTCONN)),
            Stream::Sink
            | Stream::InheritStdout
            | Stream::InheritStderr
            | Stream::Output(_)
            | Stream::Writer(_) => Err(io::Error::from_raw_os_error(libc::EBADF)),
        }
    }

    pub fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Sink => Ok(data.len()),
            Stream::InheritStdout => {
                let mut out = io::stdout().lock();
                out.write_all(data)?;
                out.flush()?;
                Ok(data.len())
            }
            Stream::InheritStderr => io::stderr().write_all(data).map(|()| data.len()),
            Stream::Output(pipe) => pipe.write(data),
            Stream::File(f) => f.write(data),
            Stream::Writer(w) => {
                let n = w.write(data)?;
                w.flush()?;
                Ok(n)
            }
            Stream::TcpStream(s) => s.write(data),
            Stream::TcpListener(_) => Err(io::Error::from_raw_os_error(libc::ENOTCONN)),
            Stream::Empty | Stream::InheritStdin | Stream::Input(_) => {
                Err(io::Error::from_raw_os_error(libc::EBADF))
            }
        }
    }

    /// Whether this stream is the host's terminal.
    fn is_tty(&self) -> bool {
        match self {
            Stream::InheritStdin => io::stdin().is_terminal(),
            Stream::InheritStdout => io::stdout().is_terminal(),
            Stream::InheritStderr => io::stderr().is_terminal(),
            _ => false,
        }
    }

    /// The file type the guest sees.
    pub fn filetype(&self) -> u8 {
        match self {
            Stream::File(_) => abi::FILETYPE_REGULAR_FILE,
            Stream::TcpListener(_) | Stream::TcpStream(_) => abi::FILETYPE_SOCKET_STREAM,
            s if s.is_tty() => abi::FILETYPE_CHARACTER_DEVICE,
            _ => abi::FILETYPE_UNKNOWN,
        }
    }

    /// Bytes known to be readable without blocking (for `poll_oneoff`).
    pub fn readable_bytes(&self) -> u64 {
        match self {
            Stream::Input(pipe) => pipe.remaining() as u64,
            Stream::TcpStream(s) => pending_bytes(s.as_raw_fd()),
            Stream::InheritStdin => pending_bytes(0),
            _ => 0,
        }
    }

    /// The host descriptor behind the stream, for streams whose readiness
    /// only the host's `poll` knows (inherited stdio, sockets).
    pub fn host_fd(&self) -> Option<RawFd> {
        match self {
            Stream::InheritStdin => Some(0),
            Stream::InheritStdout => Some(1),
            Stream::InheritStderr => Some(2),
            Stream::TcpListener(l) => Some(l.as_raw_fd()),
            Stream::TcpStream(s) => Some(s.as_raw_fd()),
            _ => None,
        }
    }
}

/// Bytes waiting to be read on host descriptor `fd` (`FIONREAD`; 0 when
/// it cannot say).
fn pending_bytes(fd: RawFd) -> u64 {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one int through the pointer; a bad or
    // unsuitable descriptor only makes the call fail.
    let r = unsafe { libc::ioctl(fd, libc::FIONREAD, &mut n) };
    if r == 0 { n.max(0) as u64 } else { 0 }
}

/// A regular file (or other non-directory) opened by the guest.
pub struct OpenFile {
    pub file: cap_std::fs::File,
    pub read: bool,
    pub write: bool,
    /// The permissions of the preopen it was opened beneath.
    pub perms: FilePerms,
    /// Rights the guest asked for, reported by `fd_fdstat_get`.
    pub rights: u64,
    pub inheriting: u64,
}

/// A directory: a preopen or one the guest opened beneath it.
pub struct OpenDir {
    pub dir: cap_std::fs::Dir,
    /// The guest name of a preopened directory.
    pub preopen: Option<String>,
    pub dir_perms: DirPerms,
    pub file_perms: FilePerms,
    pub rights: u64,
    pub inheriting: u64,
}

/// One descriptor.
pub enum Descriptor {
    Stream(Stream),
    File(OpenFile),
    Dir(OpenDir),
}

/// The descriptor table, numbered from 0 (stdin, stdout, stderr first).
#[derive(Default)]
pub struct FdTable {
    map: BTreeMap<u32, Descriptor>,
}

impl FdTable {
    /// Adds `d` at the lowest free number.
    pub fn push(&mut self, d: Descriptor) -> WasiResult<u32> {
        let mut fd = 0u32;
        for &used in self.map.keys() {
            if used != fd {
                break;
            }
            fd = fd.checked_add(1).ok_or(Errno::Mfile)?;
        }
        self.map.insert(fd, d);
        Ok(fd)
    }

    pub fn insert_at(&mut self, fd: u32, d: Descriptor) {
        self.map.insert(fd, d);
    }

    pub fn get(&mut self, fd: u32) -> WasiResult<&mut Descriptor> {
        self.map.get_mut(&fd).ok_or(Errno::Badf)
    }

    pub fn remove(&mut self, fd: u32) -> WasiResult<Descriptor> {
        self.map.remove(&fd).ok_or(Errno::Badf)
    }

    /// Moves `from` to `to`, closing what `to` was.
    pub fn renumber(&mut self, from: u32, to: u32) -> WasiResult {
        if !self.map.contains_key(&to) {
            return Err(Errno::Badf);
        }
        let d = self.remove(from)?;
        self.map.insert(to, d);
        Ok(())
    }

    /// The directory `fd`, shared (`Notdir` for anything else).
    pub fn dir_ref(&self, fd: u32) -> WasiResult<&OpenDir> {
        match self.map.get(&fd).ok_or(Errno::Badf)? {
            Descriptor::Dir(d) => Ok(d),
            _ => Err(Errno::Notdir),
        }
    }
}
