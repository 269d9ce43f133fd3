//! `args_*` and `environ_*`: the guest's arguments and `KEY=VALUE`
//! environment, as NUL-terminated strings.

use super::WasiCtx;
use super::errno::{Errno, WasiResult};
use super::memory::GuestMemory;

/// Writes the count and the total NUL-terminated size of `list`.
fn sizes(mem: &mut GuestMemory, list: &[String], count_ptr: u32, size_ptr: u32) -> WasiResult {
    let count = u32::try_from(list.len()).map_err(|_| Errno::Overflow)?;
    let size: usize = list.iter().map(|s| s.len() + 1).sum();
    mem.write_u32(count_ptr, count)?;
    mem.write_u32(size_ptr, u32::try_from(size).map_err(|_| Errno::Overflow)?)
}

/// Writes `list` into `buf` (NUL-terminated, in order) and a pointer to
/// each string at `ptrs`.
fn strings(mem: &mut GuestMemory, list: &[String], ptrs: u32, buf: u32) -> WasiResult {
    let mut at = buf;
    for (i, s) in list.iter().enumerate() {
        let slot = ptrs.checked_add(4 * i as u32).ok_or(Errno::Fault)?;
        mem.write_u32(slot, at)?;
        mem.write(at, s.as_bytes())?;
        let end = at.checked_add(s.len() as u32).ok_or(Errno::Fault)?;
        mem.write_u8(end, 0)?;
        at = end.checked_add(1).ok_or(Errno::Fault)?;
    }
    Ok(())
}

pub fn args_sizes_get(cx: &mut WasiCtx, mem: &mut GuestMemory, argc: u32, size: u32) -> WasiResult {
    sizes(mem, &cx.args, argc, size)
}

pub fn args_get(cx: &mut WasiCtx, mem: &mut GuestMemory, argv: u32, buf: u32) -> WasiResult {
    strings(mem, &cx.args, argv, buf)
}

pub fn environ_sizes_get(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    count: u32,
    size: u32,
) -> WasiResult {
    sizes(mem, &cx.env, count, size)
}

pub fn environ_get(cx: &mut WasiCtx, mem: &mut GuestMemory, environ: u32, buf: u32) -> WasiResult {
    strings(mem, &cx.env, environ, buf)
}
