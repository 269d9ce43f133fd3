//! `filestat` records: what `fd_filestat_get` and `path_filestat_get`
//! write, and the time arguments of the `*_set_times` functions.

use super::abi::{self, filestat};
use super::errno::{Errno, WasiResult};
use super::memory::GuestMemory;
use cap_std::fs::{Metadata, MetadataExt};

fn nanos(secs: i64, nsecs: i64) -> u64 {
    (secs as u64)
        .wrapping_mul(1_000_000_000)
        .wrapping_add(nsecs as u64)
}

/// Writes the `filestat` of `meta` at `ptr`.
pub fn write(mem: &mut GuestMemory, ptr: u32, meta: &Metadata) -> WasiResult {
    let record = mem.slice_mut(ptr, 64)?;
    record.fill(0);
    write_fields(mem, ptr, meta)
}

fn write_fields(mem: &mut GuestMemory, ptr: u32, meta: &Metadata) -> WasiResult {
    mem.write_u64(ptr + filestat::DEV, meta.dev())?;
    mem.write_u64(ptr + filestat::INO, meta.ino())?;
    mem.write_u8(ptr + filestat::FILETYPE, abi::filetype(meta.file_type()))?;
    mem.write_u64(ptr + filestat::NLINK, meta.nlink())?;
    mem.write_u64(ptr + filestat::SIZE, meta.size())?;
    mem.write_u64(ptr + filestat::ATIM, nanos(meta.atime(), meta.atime_nsec()))?;
    mem.write_u64(ptr + filestat::MTIM, nanos(meta.mtime(), meta.mtime_nsec()))?;
    mem.write_u64(ptr + filestat::CTIM, nanos(meta.ctime(), meta.ctime_nsec()))
}

/// Writes a `filestat` of only a file type (for stdio streams).
pub fn write_stream(mem: &mut GuestMemory, ptr: u32, filetype: u8) -> WasiResult {
    mem.slice_mut(ptr, 64)?.fill(0);
    mem.write_u8(ptr + filestat::FILETYPE, filetype)
}

/// A time to set: now or a given instant.
pub enum SetTime {
    Now,
    At(std::time::SystemTime),
}

/// [`times`], each converted by `to` (one of [`SetTime`]'s conversions).
pub fn times_as<T>(
    atim: u64,
    mtim: u64,
    flags: u16,
    to: fn(SetTime) -> T,
) -> WasiResult<(Option<T>, Option<T>)> {
    let (a, m) = times(atim, mtim, flags)?;
    Ok((a.map(to), m.map(to)))
}

/// The access and modification times that `fstflags` asks to set
/// (`Inval` when a time is both given and "now").
pub fn times(atim: u64, mtim: u64, flags: u16) -> WasiResult<(Option<SetTime>, Option<SetTime>)> {
    let known =
        abi::FSTFLAGS_ATIM | abi::FSTFLAGS_ATIM_NOW | abi::FSTFLAGS_MTIM | abi::FSTFLAGS_MTIM_NOW;
    if flags & !known != 0 {
        return Err(Errno::Inval);
    }
    let one = |t: u64, set: u16, now: u16| -> WasiResult<Option<SetTime>> {
        match (flags & set != 0, flags & now != 0) {
            (true, true) => Err(Errno::Inval),
            (false, true) => Ok(Some(SetTime::Now)),
            (true, false) => Ok(Some(SetTime::At(
                std::time::UNIX_EPOCH + std::time::Duration::from_nanos(t),
            ))),
            (false, false) => Ok(None),
        }
    };
    Ok((
        one(atim, abi::FSTFLAGS_ATIM, abi::FSTFLAGS_ATIM_NOW)?,
        one(mtim, abi::FSTFLAGS_MTIM, abi::FSTFLAGS_MTIM_NOW)?,
    ))
}

impl SetTime {
    pub fn fs_set_times(self) -> fs_set_times::SystemTimeSpec {
        match self {
            SetTime::Now => fs_set_times::SystemTimeSpec::SymbolicNow,
            SetTime::At(t) => fs_set_times::SystemTimeSpec::Absolute(t),
        }
    }

    pub fn cap_fs_ext(self) -> cap_fs_ext::SystemTimeSpec {
        match self {
            SetTime::Now => cap_fs_ext::SystemTimeSpec::SymbolicNow,
            SetTime::At(t) => {
                cap_fs_ext::SystemTimeSpec::Absolute(cap_std::time::SystemTime::from_std(t))
            }
        }
    }
}
