//! Checked access to a guest's linear memory.
//!
//! Every pointer and length a guest passes goes through [`GuestMemory`],
//! which checks it against the memory's current size: an out-of-bounds or
//! overflowing range is `Errno::Fault`, never a host access or a panic.
//! Values are little-endian and may be unaligned.

use super::WasiCtx;
use super::errno::{Errno, WasiResult};
use crate::{Caller, Extern};
use anyhow::{Result, bail};

/// The bytes of the calling instance's exported `memory`.
pub struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

/// One `iovec`/`ciovec` of a guest: a buffer's pointer and length.
#[derive(Debug, Clone, Copy)]
pub struct IoVec {
    pub ptr: u32,
    pub len: u32,
}

/// The guest's memory and the WASI context, borrowed together (they are
/// disjoint parts of the store). Fails, trapping the guest, when the caller
/// exports no memory named `memory` or when `get` finds no context.
pub fn split<'a, T>(
    caller: &'a mut Caller<'_, T>,
    get: impl Fn(&mut T) -> Result<&mut WasiCtx>,
) -> Result<(GuestMemory<'a>, &'a mut WasiCtx)> {
    let memory = match caller.get_export("memory") {
        Some(Extern::Memory(m)) => m,
        _ => bail!("missing required memory export `memory`"),
    };
    let inner = &mut *caller.store;
    inner.opaque.check(memory.store_id, "memory")?;
    let bytes = memory.get_mut(&mut inner.opaque).data_mut();
    let ctx = get(&mut inner.data)?;
    Ok((GuestMemory { bytes }, ctx))
}

impl<'a> GuestMemory<'a> {
    /// Guest memory over `bytes` (for tests of this module).
    #[cfg(test)]
    pub fn new(bytes: &'a mut [u8]) -> Self {
        GuestMemory { bytes }
    }

    fn range(&self, ptr: u32, len: u32) -> WasiResult<std::ops::Range<usize>> {
        let start = ptr as usize;
        let end = start.checked_add(len as usize).ok_or(Errno::Fault)?;
        if end > self.bytes.len() {
            return Err(Errno::Fault);
        }
        Ok(start..end)
    }

    /// The `len` bytes at `ptr`.
    pub fn slice(&self, ptr: u32, len: u32) -> WasiResult<&[u8]> {
        let r = self.range(ptr, len)?;
        Ok(&self.bytes[r])
    }

    /// The `len` bytes at `ptr`, writable.
    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> WasiResult<&mut [u8]> {
        let r = self.range(ptr, len)?;
        Ok(&mut self.bytes[r])
    }

    /// The UTF-8 string of `len` bytes at `ptr` (`Ilseq` if it is not).
    pub fn str(&self, ptr: u32, len: u32) -> WasiResult<&str> {
        std::str::from_utf8(self.slice(ptr, len)?).map_err(|_| Errno::Ilseq)
    }

    fn array<const N: usize>(&self, ptr: u32) -> WasiResult<[u8; N]> {
        let mut out = [0; N];
        out.copy_from_slice(self.slice(ptr, N as u32)?);
        Ok(out)
    }

    pub fn read_u8(&self, ptr: u32) -> WasiResult<u8> {
        Ok(self.array::<1>(ptr)?[0])
    }
    pub fn read_u16(&self, ptr: u32) -> WasiResult<u16> {
        self.array(ptr).map(u16::from_le_bytes)
    }
    pub fn read_u32(&self, ptr: u32) -> WasiResult<u32> {
        self.array(ptr).map(u32::from_le_bytes)
    }
    pub fn read_u64(&self, ptr: u32) -> WasiResult<u64> {
        self.array(ptr).map(u64::from_le_bytes)
    }

    /// Copies `data` to `ptr`.
    pub fn write(&mut self, ptr: u32, data: &[u8]) -> WasiResult {
        let len = u32::try_from(data.len()).map_err(|_| Errno::Fault)?;
        self.slice_mut(ptr, len)?.copy_from_slice(data);
        Ok(())
    }
    pub fn write_u8(&mut self, ptr: u32, v: u8) -> WasiResult {
        self.write(ptr, &[v])
    }
    pub fn write_u16(&mut self, ptr: u32, v: u16) -> WasiResult {
        self.write(ptr, &v.to_le_bytes())
    }
    pub fn write_u32(&mut self, ptr: u32, v: u32) -> WasiResult {
        self.write(ptr, &v.to_le_bytes())
    }
    pub fn write_u64(&mut self, ptr: u32, v: u64) -> WasiResult {
        self.write(ptr, &v.to_le_bytes())
    }

    /// The `count` iovecs (8 bytes each) at `ptr`, each buffer checked.
    pub fn iovecs(&self, ptr: u32, count: u32) -> WasiResult<Vec<IoVec>> {
        let size = count.checked_mul(8).ok_or(Errno::Fault)?;
        let table = self.slice(ptr, size)?;
        let mut out = Vec::with_capacity(count as usize);
        for entry in table.chunks_exact(8) {
            let iov = IoVec {
                ptr: u32::from_le_bytes(entry[..4].try_into().unwrap()),
                len: u32::from_le_bytes(entry[4..].try_into().unwrap()),
            };
            self.range(iov.ptr, iov.len)?;
            out.push(iov);
        }
        Ok(out)
    }

    /// The bytes of `iovs`, gathered into one buffer.
    pub fn gather(&self, iovs: &[IoVec]) -> WasiResult<Vec<u8>> {
        let mut out = Vec::new();
        for iov in iovs {
            out.extend_from_slice(self.slice(iov.ptr, iov.len)?);
        }
        Ok(out)
    }

    /// Spreads `data` over `iovs` in order; returns the bytes copied.
    pub fn scatter(&mut self, iovs: &[IoVec], mut data: &[u8]) -> WasiResult<usize> {
        let mut copied = 0;
        for iov in iovs {
            if data.is_empty() {
                break;
            }
            let n = data.len().min(iov.len as usize);
            self.slice_mut(iov.ptr, n as u32)?
                .copy_from_slice(&data[..n]);
            data = &data[n..];
            copied += n;
        }
        Ok(copied)
    }
}

/// The total length of `iovs`, saturating.
pub fn total_len(iovs: &[IoVec]) -> usize {
    iovs.iter()
        .fold(0usize, |acc, iov| acc.saturating_add(iov.len as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_checked() {
        let mut bytes = vec![0u8; 16];
        let mut m = GuestMemory::new(&mut bytes);
        assert!(m.slice(0, 16).is_ok());
        assert_eq!(m.slice(1, 16).unwrap_err(), Errno::Fault);
        assert_eq!(m.slice(u32::MAX, 2).unwrap_err(), Errno::Fault);
        assert_eq!(m.read_u64(9).unwrap_err(), Errno::Fault);
        assert_eq!(m.write_u32(13, 1).unwrap_err(), Errno::Fault);
        m.write_u32(12, 0x0403_0201).unwrap();
        assert_eq!(m.read_u32(12).unwrap(), 0x0403_0201);
        // An iovec table that fits, pointing at a buffer that does not.
        m.write_u32(0, 8).unwrap();
        m.write_u32(4, 100).unwrap();
        assert_eq!(m.iovecs(0, 1).unwrap_err(), Errno::Fault);
        assert_eq!(m.iovecs(0, u32::MAX).unwrap_err(), Errno::Fault);
    }
}
