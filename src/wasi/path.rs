//! `path_*`: opening, creating, removing, renaming and linking paths
//! beneath a directory descriptor.
//!
//! Every path goes to `cap-std`, which resolves it beneath the directory
//! and fails (`Errno::Perm`) rather than leave it through `..`, an absolute
//! path or a symlink; nothing here joins or walks paths by hand.

use super::WasiCtx;
use super::abi;
use super::ctx::{DirPerms, FilePerms};
use super::errno::{Errno, WasiResult};
use super::fd_table::{Descriptor, OpenDir, OpenFile};
use super::memory::GuestMemory;
use super::stat;
use cap_fs_ext::{
    DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt, OpenOptionsSyncExt,
};
use std::path::Path;

/// The guest path of `len` bytes at `ptr`.
fn guest_path<'m>(mem: &'m GuestMemory, ptr: u32, len: u32) -> WasiResult<&'m Path> {
    Ok(Path::new(mem.str(ptr, len)?))
}

/// Fails with `Perm` unless `dir` may be changed.
fn mutable(dir: &OpenDir) -> WasiResult<&OpenDir> {
    if dir.dir_perms.contains(DirPerms::MUTATE) {
        Ok(dir)
    } else {
        Err(Errno::Perm)
    }
}

/// The two directories of a rename or hard link, checked in wasmtime's
/// order: both must be mutable (`Perm`), `follow` is refused (`Inval`:
/// preview 1 links never follow), and both must carry the same permissions
/// (`Perm`): a file moved or linked from a preopen whose files are
/// read-only into one whose files are writable could otherwise be written
/// there.
fn mutable_pair(
    cx: &WasiCtx,
    fd: u32,
    new_fd: u32,
    follow: bool,
) -> WasiResult<(&OpenDir, &OpenDir)> {
    let from = mutable(cx.table.dir_ref(fd)?)?;
    let to = mutable(cx.table.dir_ref(new_fd)?)?;
    if follow {
        return Err(Errno::Inval);
    }
    if from.dir_perms != to.dir_perms || from.file_perms != to.file_perms {
        return Err(Errno::Perm);
    }
    Ok((from, to))
}

const READ_RIGHTS: u64 = abi::RIGHTS_FD_READ | abi::RIGHTS_FD_READDIR;
const WRITE_RIGHTS: u64 = abi::RIGHTS_FD_DATASYNC
    | abi::RIGHTS_FD_WRITE
    | abi::RIGHTS_FD_ALLOCATE
    | abi::RIGHTS_FD_FILESTAT_SET_SIZE;

#[allow(clippy::too_many_arguments)]
pub fn path_open(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    dirflags: u32,
    path: u32,
    path_len: u32,
    oflags: u16,
    base: u64,
    inheriting: u64,
    fdflags: u16,
    out: u32,
) -> WasiResult {
    let parent = cx.table.dir_ref(fd)?;
    let path = guest_path(mem, path, path_len)?;
    let create = oflags & abi::OFLAGS_CREAT != 0;
    let excl = oflags & abi::OFLAGS_EXCL != 0;
    let trunc = oflags & abi::OFLAGS_TRUNC != 0;
    let directory = oflags & abi::OFLAGS_DIRECTORY != 0;
    let read = base & READ_RIGHTS != 0;
    let write = base & WRITE_RIGHTS != 0;
    if directory && (create || trunc) {
        return Err(Errno::Inval);
    }
    // A directory cannot be opened for writing.
    if directory && base & abi::RIGHTS_FD_WRITE != 0 {
        return Err(Errno::Isdir);
    }
    if create || trunc {
        mutable(parent)?;
    }
    // Rights the guest dropped from the directory with
    // `fd_fdstat_set_rights`.
    let needed = abi::RIGHTS_PATH_OPEN
        | if create {
            abi::RIGHTS_PATH_CREATE_FILE
        } else {
            0
        }
        | if trunc {
            abi::RIGHTS_PATH_FILESTAT_SET_SIZE
        } else {
            0
        };
    if parent.rights & needed != needed {
        return Err(Errno::Notcapable);
    }
    if write && !directory && !parent.file_perms.contains(FilePerms::WRITE) {
        return Err(Errno::Perm);
    }
    if read && !parent.file_perms.contains(FilePerms::READ) && !directory {
        return Err(Errno::Perm);
    }

    let mut opts = cap_std::fs::OpenOptions::new();
    opts.follow(if dirflags & abi::LOOKUPFLAGS_SYMLINK_FOLLOW != 0 {
        FollowSymlinks::Yes
    } else {
        FollowSymlinks::No
    });
    opts.maybe_dir(true);
    if directory {
        opts.read(true);
    } else {
        // Creating or truncating needs a writable open on the host.
        let host_write = write || create || trunc;
        opts.read(read || !host_write);
        opts.write(host_write);
        // std's rules refuse append with truncate; append is set after.
        opts.append(fdflags & abi::FDFLAGS_APPEND != 0 && !trunc);
        opts.truncate(trunc);
        if create && excl {
            opts.create_new(true);
        } else {
            opts.create(create);
        }
        opts.sync(fdflags & abi::FDFLAGS_SYNC != 0);
        opts.dsync(fdflags & abi::FDFLAGS_DSYNC != 0);
        opts.rsync(fdflags & abi::FDFLAGS_RSYNC != 0);
        opts.nonblock(fdflags & abi::FDFLAGS_NONBLOCK != 0);
    }
    let file = match parent.dir.open_with(path, &opts) {
        // Rights that imply writing, asked for a directory (as for the
        // preopen's own rights): open it as a directory.
        Err(e) if e.raw_os_error() == Some(libc::EISDIR) && !directory && !create && !trunc => {
            let mut opts = cap_std::fs::OpenOptions::new();
            opts.read(true).maybe_dir(true).follow(FollowSymlinks::No);
            let file = parent.dir.open_with(path, &opts)?;
            if !file.metadata()?.is_dir() {
                return Err(Errno::Isdir);
            }
            file
        }
        r => r?,
    };
    if trunc && fdflags & abi::FDFLAGS_APPEND != 0 {
        let fl = rustix::fs::fcntl_getfl(&file)?;
        rustix::fs::fcntl_setfl(&file, fl | rustix::fs::OFlags::APPEND)?;
    }
    let is_dir = file.metadata()?.is_dir();
    let allowed = parent.inheriting;
    let descriptor = if is_dir {
        Descriptor::Dir(OpenDir {
            dir: cap_std::fs::Dir::from_std_file(file.into_std()),
            preopen: None,
            dir_perms: parent.dir_perms,
            file_perms: parent.file_perms,
            rights: base & allowed & abi::DIR_RIGHTS,
            inheriting: inheriting & allowed,
        })
    } else {
        if directory {
            return Err(Errno::Notdir);
        }
        Descriptor::File(OpenFile {
            file,
            read,
            write,
            perms: parent.file_perms,
            rights: base & allowed & abi::FILE_RIGHTS,
            inheriting: inheriting & allowed & abi::FILE_RIGHTS,
        })
    };
    let new_fd = cx.table.push(descriptor)?;
    mem.write_u32(out, new_fd)
}

/// Runs `op` on the guest path of `len` bytes at `path` beneath the
/// directory `fd`, which must be mutable.
fn mutate(
    cx: &WasiCtx,
    mem: &GuestMemory,
    fd: u32,
    path: u32,
    len: u32,
    op: impl FnOnce(&cap_std::fs::Dir, &str) -> std::io::Result<()>,
) -> WasiResult {
    let dir = mutable(cx.table.dir_ref(fd)?)?;
    op(&dir.dir, mem.str(path, len)?)?;
    Ok(())
}

pub fn path_create_directory(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult {
    mutate(cx, mem, fd, path, len, |dir, path| dir.create_dir(path))
}

pub fn path_remove_directory(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult {
    mutate(cx, mem, fd, path, len, |dir, path| {
        // `rmdir("d/")` removes `d`, as on the host (cap-std refuses the
        // trailing slash).
        let trimmed = path.trim_end_matches('/');
        dir.remove_dir(if trimmed.is_empty() { path } else { trimmed })
    })
}

pub fn path_unlink_file(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    path: u32,
    len: u32,
) -> WasiResult {
    mutate(cx, mem, fd, path, len, |dir, path| {
        dir.remove_file_or_symlink(path)
    })
}

#[allow(clippy::too_many_arguments)]
pub fn path_rename(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> WasiResult {
    let (from, to) = mutable_pair(cx, fd, new_fd, false)?;
    let old = guest_path(mem, old, old_len)?;
    let new = guest_path(mem, new, new_len)?;
    from.dir.rename(old, &to.dir, new)?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn path_link(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    flags: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> WasiResult {
    let follow = flags & abi::LOOKUPFLAGS_SYMLINK_FOLLOW != 0;
    let (from, to) = mutable_pair(cx, fd, new_fd, follow)?;
    let old = guest_path(mem, old, old_len)?;
    let new = guest_path(mem, new, new_len)?;
    from.dir.hard_link(old, &to.dir, new)?;
    Ok(())
}

pub fn path_symlink(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    old: u32,
    old_len: u32,
    fd: u32,
    new: u32,
    new_len: u32,
) -> WasiResult {
    let dir = mutable(cx.table.dir_ref(fd)?)?;
    let target = guest_path(mem, old, old_len)?;
    // An absolute target could only ever point outside the sandbox.
    if target.is_absolute() {
        return Err(Errno::Perm);
    }
    dir.dir.symlink(target, guest_path(mem, new, new_len)?)?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn path_readlink(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    path: u32,
    len: u32,
    buf: u32,
    buf_len: u32,
    used: u32,
) -> WasiResult {
    use std::os::unix::ffi::OsStrExt;
    let dir = cx.table.dir_ref(fd)?;
    // `read_link`, not `read_link_contents`: an absolute target is refused
    // (`Perm`, as in wasmtime) rather than tell the guest a host path.
    let target = dir.dir.read_link(guest_path(mem, path, len)?)?;
    let bytes = target.as_os_str().as_bytes();
    let n = bytes.len().min(buf_len as usize);
    mem.write(buf, &bytes[..n])?;
    mem.write_u32(used, n as u32)
}

pub fn path_filestat_get(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    flags: u32,
    path: u32,
    len: u32,
    out: u32,
) -> WasiResult {
    let dir = cx.table.dir_ref(fd)?;
    let path = guest_path(mem, path, len)?;
    let meta = if flags & abi::LOOKUPFLAGS_SYMLINK_FOLLOW != 0 {
        dir.dir.metadata(path)?
    } else {
        dir.dir.symlink_metadata(path)?
    };
    stat::write(mem, out, &meta)
}

#[allow(clippy::too_many_arguments)]
pub fn path_filestat_set_times(
    cx: &mut WasiCtx,
    mem: &mut GuestMemory,
    fd: u32,
    flags: u32,
    path: u32,
    len: u32,
    atim: u64,
    mtim: u64,
    fst: u16,
) -> WasiResult {
    let (a, m) = stat::times_as(atim, mtim, fst, stat::SetTime::cap_fs_ext)?;
    // Changing times is a change: refused beneath a read-only preopen.
    let dir = mutable(cx.table.dir_ref(fd)?)?;
    let path = guest_path(mem, path, len)?;
    if flags & abi::LOOKUPFLAGS_SYMLINK_FOLLOW != 0 {
        dir.dir.set_times(path, a, m)?;
    } else {
        dir.dir.set_symlink_times(path, a, m)?;
    }
    Ok(())
}
