//! `poll_oneoff`: waiting for clock timeouts and for descriptors to be
//! readable or writable, and `sched_yield`.
//!
//! Regular files and in-memory stdio are always ready. Streams backed by a
//! host descriptor (inherited stdio, sockets) are ready when the host's
//! `ppoll` says so; the call waits in `ppoll` for them, up to the earliest
//! clock subscription, and with none of them it sleeps until that clock
//! is due.

use super::WasiCtx;
use super::abi;
use super::clocks;
use super::errno::{Errno, WasiResult};
use super::fd_table::Descriptor;
use super::memory::GuestMemory;
use std::time::Duration;

/// One event to report.
struct Event {
    userdata: u64,
    error: u16,
    kind: u8,
    nbytes: u64,
    /// `eventrwflags` (`FD_READWRITE_HANGUP`).
    flags: u16,
}

/// `eventrwflags`: the peer hung up.
const FD_READWRITE_HANGUP: u16 = 1;

/// A subscription waiting on a host descriptor.
struct HostWait {
    userdata: u64,
    kind: u8,
    /// The guest's descriptor (for the bytes readable once ready).
    fd: u32,
}

pub fn poll_oneoff(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    subs: u32,
    events: u32,
    count: u32,
    nevents: u32,
) -> WasiResult {
    if count == 0 {
        return Err(Errno::Inval);
    }
    let size = count
        .checked_mul(abi::SUBSCRIPTION_SIZE)
        .ok_or(Errno::Fault)?;
    mem.slice(subs, size)?;
    let out_size = count.checked_mul(abi::EVENT_SIZE).ok_or(Errno::Fault)?;
    mem.slice(events, out_size)?;

    let mut ready = Vec::new();
    let mut waits: Vec<HostWait> = Vec::new();
    let mut pollfds: Vec<libc::pollfd> = Vec::new();
    // The earliest clock: (nanoseconds to wait, userdata).
    let mut earliest: Option<(u64, u64, u16)> = None;
    for i in 0..count {
        let s = subs + i * abi::SUBSCRIPTION_SIZE;
        let userdata = mem.read_u64(s)?;
        let tag = mem.read_u8(s + 8)?;
        match tag {
            abi::EVENTTYPE_CLOCK => {
                let id = mem.read_u32(s + 16)?;
                let timeout = mem.read_u64(s + 24)?;
                let flags = mem.read_u16(s + 40)?;
                let wait = match clocks::clock(id).and_then(|_| clocks::now(id)) {
                    Ok(now) if flags & abi::SUBCLOCKFLAGS_ABSTIME != 0 => {
                        timeout.saturating_sub(now)
                    }
                    Ok(_) => timeout,
                    Err(e) => {
                        ready.push(Event {
                            userdata,
                            error: e as u16,
                            kind: tag,
                            nbytes: 0,
                            flags: 0,
                        });
                        continue;
                    }
                };
                if earliest.is_none_or(|(w, _, _)| wait < w) {
                    earliest = Some((wait, userdata, 0));
                }
            }
            abi::EVENTTYPE_FD_READ | abi::EVENTTYPE_FD_WRITE => {
                let fd = mem.read_u32(s + 16)?;
                let (error, nbytes) = match readiness(cx, fd, tag) {
                    Ok(Readiness::Host(host_fd)) => {
                        let events = match tag {
                            abi::EVENTTYPE_FD_READ => libc::POLLIN,
                            _ => libc::POLLOUT,
                        };
                        pollfds.push(libc::pollfd {
                            fd: host_fd,
                            events,
                            revents: 0,
                        });
                        waits.push(HostWait {
                            userdata,
                            kind: tag,
                            fd,
                        });
                        continue;
                    }
                    Ok(Readiness::Now(n)) => (0, n),
                    Err(e) => (e as u16, 0),
                };
                ready.push(Event {
                    userdata,
                    error,
                    kind: tag,
                    nbytes,
                    flags: 0,
                });
            }
            _ => return Err(Errno::Inval),
        }
    }
    // Host descriptors: only looked at when something is ready already,
    // otherwise waited for until the earliest clock (or for ever).
    let wait = match (ready.is_empty(), earliest) {
        (false, _) => Some(0),
        (true, Some((wait, _, _))) => Some(wait),
        (true, None) => None,
    };
    if !pollfds.is_empty() {
        host_poll(&mut pollfds, wait)?;
        for (p, w) in pollfds.iter().zip(&waits) {
            if p.revents == 0 {
                continue;
            }
            let hangup = p.revents & libc::POLLHUP != 0;
            let error = if p.revents & libc::POLLNVAL != 0 {
                Errno::Badf as u16
            } else {
                0
            };
            let nbytes = match (w.kind, cx.table.get(w.fd)) {
                (abi::EVENTTYPE_FD_READ, Ok(Descriptor::Stream(s))) => s.readable_bytes(),
                _ => 0,
            };
            ready.push(Event {
                userdata: w.userdata,
                error,
                kind: w.kind,
                nbytes,
                flags: if hangup { FD_READWRITE_HANGUP } else { 0 },
            });
        }
    }
    if ready.is_empty()
        && let Some((wait, userdata, _)) = earliest
    {
        // With host descriptors, `ppoll` has waited already.
        if pollfds.is_empty() {
            std::thread::sleep(Duration::from_nanos(wait));
        }
        ready.push(Event {
            userdata,
            error: 0,
            kind: abi::EVENTTYPE_CLOCK,
            nbytes: 0,
            flags: 0,
        });
    }
    for (i, e) in ready.iter().enumerate() {
        let at = events + i as u32 * abi::EVENT_SIZE;
        mem.slice_mut(at, abi::EVENT_SIZE)?.fill(0);
        mem.write_u64(at, e.userdata)?;
        mem.write_u16(at + 8, e.error)?;
        mem.write_u8(at + 10, e.kind)?;
        mem.write_u64(at + 16, e.nbytes)?;
        mem.write_u16(at + 24, e.flags)?;
    }
    mem.write_u32(nevents, ready.len() as u32)
}

/// Whether a descriptor is ready, as far as can be told without waiting.
enum Readiness {
    /// Only the host's `poll` on this descriptor can tell.
    Host(std::os::fd::RawFd),
    /// Ready now, with this many bytes (reads: what is left of a file).
    Now(u64),
}

/// `ppoll` on `fds` for up to `wait` nanoseconds (for ever if `None`);
/// whether any is ready. A wait interrupted by a signal goes on for the
/// time that is left.
fn host_poll(fds: &mut [libc::pollfd], wait: Option<u64>) -> WasiResult<bool> {
    let deadline = wait.map(|ns| std::time::Instant::now() + Duration::from_nanos(ns));
    loop {
        let timeout = deadline.map(|d| {
            let left = d.saturating_duration_since(std::time::Instant::now());
            libc::timespec {
                tv_sec: left.as_secs().min(i64::MAX as u64) as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            }
        });
        let timeout_ptr = timeout
            .as_ref()
            .map_or(std::ptr::null(), |t| t as *const libc::timespec);
        // SAFETY: `fds` is a valid array of `fds.len()` pollfds, the
        // timeout is null or a valid timespec, and no signal mask is given.
        let n = unsafe {
            libc::ppoll(
                fds.as_mut_ptr(),
                fds.len() as libc::nfds_t,
                timeout_ptr,
                std::ptr::null(),
            )
        };
        if n >= 0 {
            return Ok(n > 0);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e.into());
        }
    }
}

/// How `fd` is ready for `kind`, from one look at the descriptor table.
fn readiness(cx: &mut WasiCtx, fd: u32, kind: u8) -> WasiResult<Readiness> {
    match cx.table.get(fd)? {
        Descriptor::File(f) => {
            if kind == abi::EVENTTYPE_FD_WRITE {
                return Ok(Readiness::Now(0));
            }
            use std::io::Seek;
            let size = f.file.metadata()?.len();
            let pos = f.file.stream_position()?;
            Ok(Readiness::Now(size.saturating_sub(pos)))
        }
        Descriptor::Stream(s) => Ok(match s.host_fd() {
            Some(host_fd) => Readiness::Host(host_fd),
            None => Readiness::Now(s.readable_bytes()),
        }),
        Descriptor::Dir(_) => Err(Errno::Badf),
    }
}

pub fn sched_yield(_cx: &mut WasiCtx, _mem: &mut GuestMemory) -> WasiResult {
    std::thread::yield_now();
    Ok(())
}
