//! `clock_res_get` and `clock_time_get`: realtime, monotonic, and the
//! process's and thread's CPU time, in nanoseconds.

use super::WasiCtx;
use super::abi;
use super::errno::{Errno, WasiResult};
use super::memory::GuestMemory;
use rustix::time::{ClockId, Timespec, clock_getres, clock_gettime};

/// The host clock for a WASI clock id (`Inval` for an unknown one).
pub fn clock(id: u32) -> WasiResult<ClockId> {
    Ok(match id {
        abi::CLOCK_REALTIME => ClockId::Realtime,
        abi::CLOCK_MONOTONIC => ClockId::Monotonic,
        abi::CLOCK_PROCESS_CPUTIME => ClockId::ProcessCPUTime,
        abi::CLOCK_THREAD_CPUTIME => ClockId::ThreadCPUTime,
        _ => return Err(Errno::Inval),
    })
}

fn nanos(t: Timespec) -> WasiResult<u64> {
    let secs = u64::try_from(t.tv_sec)?;
    let nsec = u64::try_from(t.tv_nsec)?;
    secs.checked_mul(1_000_000_000)
        .and_then(|n| n.checked_add(nsec))
        .ok_or(Errno::Overflow)
}

/// The current time of `id` in nanoseconds.
pub fn now(id: u32) -> WasiResult<u64> {
    nanos(clock_gettime(clock(id)?))
}

pub fn clock_res_get(_cx: &mut WasiCtx, mem: &mut GuestMemory, id: u32, out: u32) -> WasiResult {
    let res = nanos(clock_getres(clock(id)?))?.max(1);
    mem.write_u64(out, res)
}

pub fn clock_time_get(
    _cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    id: u32,
    _precision: u64,
    out: u32,
) -> WasiResult {
    let t = now(id)?;
    mem.write_u64(out, t)
}
