//! `random_get`: bytes from the operating system's random source.

use super::WasiCtx;
use super::errno::{Errno, WasiResult};
use super::memory::GuestMemory;

/// Fills `buf` from `getrandom(2)`.
pub fn fill(buf: &mut [u8]) -> WasiResult {
    let mut filled = 0;
    while filled < buf.len() {
        let rest = &mut buf[filled..];
        // SAFETY: `rest` is a valid, writable buffer of `rest.len()` bytes
        // for the duration of the call.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(Errno::from(err));
        }
        filled += n as usize;
    }
    Ok(())
}

pub fn random_get(_cx: &mut WasiCtx, mem: &mut GuestMemory, buf: u32, len: u32) -> WasiResult {
    fill(mem.slice_mut(buf, len)?)
}
