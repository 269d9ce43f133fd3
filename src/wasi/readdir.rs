//! `fd_readdir`: a directory's entries as `dirent` records, resumable by
//! cookie (an entry's index; `.` and `..` come first).

use super::WasiCtx;
use super::abi;
use super::errno::WasiResult;
use super::memory::GuestMemory;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;

/// Size of a `dirent` header; the name follows it.
const DIRENT_SIZE: usize = 24;

struct Entry {
    name: Vec<u8>,
    ino: u64,
    filetype: u8,
}

pub fn fd_readdir(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    buf: u32,
    buf_len: u32,
    cookie: u64,
    used: u32,
) -> WasiResult {
    let dir = cx.table.dir_ref(fd)?;
    let self_ino = {
        use cap_std::fs::MetadataExt;
        dir.dir.dir_metadata()?.ino()
    };
    let mut entries = vec![
        Entry {
            name: b".".to_vec(),
            ino: self_ino,
            filetype: abi::FILETYPE_DIRECTORY,
        },
        Entry {
            name: b"..".to_vec(),
            ino: 0,
            filetype: abi::FILETYPE_DIRECTORY,
        },
    ];
    let mut rest = Vec::new();
    for entry in dir.dir.entries()? {
        let entry = entry?;
        let filetype = entry
            .file_type()
            .map(abi::filetype)
            .unwrap_or(abi::FILETYPE_UNKNOWN);
        rest.push(Entry {
            name: entry.file_name().as_bytes().to_vec(),
            ino: entry.ino(),
            filetype,
        });
    }
    rest.sort_by(|a, b| a.name.cmp(&b.name));
    entries.extend(rest);

    // Serialise from the cookie on; the last record may be cut short,
    // which tells the guest to call again from its cookie.
    let mut out = Vec::with_capacity(buf_len as usize);
    let start = usize::try_from(cookie).unwrap_or(usize::MAX);
    for (i, e) in entries.iter().enumerate().skip(start) {
        if out.len() >= buf_len as usize {
            break;
        }
        out.extend_from_slice(&(i as u64 + 1).to_le_bytes());
        out.extend_from_slice(&e.ino.to_le_bytes());
        out.extend_from_slice(&(e.name.len() as u32).to_le_bytes());
        out.extend_from_slice(&[e.filetype, 0, 0, 0]);
        debug_assert_eq!(DIRENT_SIZE, 24);
        out.extend_from_slice(&e.name);
    }
    out.truncate(buf_len as usize);
    mem.write(buf, &out)?;
    mem.write_u32(used, out.len() as u32)
}
