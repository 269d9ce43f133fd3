//! `poll_oneoff`: waiting for clock timeouts and for descriptors to be
//! readable or writable, and `sched_yield`.
//!
//! Regular files and in-memory stdio are always ready; inherited stdin is
//! reported ready too (a read may then block), as there is no host poll of
//! it yet. With no descriptor ready, the call sleeps until the earliest
//! clock subscription is due.

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
                let (error, nbytes) = match fd_readiness(cx, fd, tag) {
                    Ok(n) => (0, n),
                    Err(e) => (e as u16, 0),
                };
                ready.push(Event {
                    userdata,
                    error,
                    kind: tag,
                    nbytes,
                });
            }
            _ => return Err(Errno::Inval),
        }
    }
    if ready.is_empty()
        && let Some((wait, userdata, _)) = earliest
    {
        std::thread::sleep(Duration::from_nanos(wait));
        ready.push(Event {
            userdata,
            error: 0,
            kind: abi::EVENTTYPE_CLOCK,
            nbytes: 0,
        });
    }
    for (i, e) in ready.iter().enumerate() {
        let at = events + i as u32 * abi::EVENT_SIZE;
        mem.slice_mut(at, abi::EVENT_SIZE)?.fill(0);
        mem.write_u64(at, e.userdata)?;
        mem.write_u16(at + 8, e.error)?;
        mem.write_u8(at + 10, e.kind)?;
        mem.write_u64(at + 16, e.nbytes)?;
    }
    mem.write_u32(nevents, ready.len() as u32)
}

/// Bytes available on `fd` for `kind` (reads: what is left of a file).
fn fd_readiness(cx: &mut WasiCtx, fd: u32, kind: u8) -> WasiResult<u64> {
    match cx.table.get(fd)? {
        Descriptor::File(f) => {
            if kind == abi::EVENTTYPE_FD_WRITE {
                return Ok(0);
            }
            use std::io::Seek;
            let size = f.file.metadata()?.len();
            let pos = f.file.stream_position()?;
            Ok(size.saturating_sub(pos))
        }
        Descriptor::Stream(s) => Ok(s.readable_bytes()),
        Descriptor::Dir(_) => Err(Errno::Badf),
    }
}

pub fn sched_yield(_cx: &mut WasiCtx, _mem: &mut GuestMemory) -> WasiResult {
    std::thread::yield_now();
    Ok(())
}
