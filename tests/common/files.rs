//! Folder helpers shared by the harnesses that run programs from
//! `../shared` in copies of their folders (`wasi_testsuite.rs`,
//! `sightglass.rs`); each uses a subset.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The entries of `dir`, sorted by path (none if it cannot be read).
pub fn sorted_dir(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// The last component of `p`, lossily as text.
pub fn file_name(p: &Path) -> String {
    p.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// The last component of `p` without its extension, lossily as text.
pub fn file_stem(p: &Path) -> String {
    p.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// Copies `from` into `to` recursively (symlinks as symlinks).
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let dest = to.join(entry.file_name());
        let ty = entry.file_type()?;
        if ty.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path())?, &dest)?;
        } else if ty.is_dir() {
            copy_dir(&entry.path(), &dest)?;
        } else {
            std::fs::copy(entry.path(), &dest)?;
            // The shared folders are read-only; their copies must not be.
            let mut perms = std::fs::metadata(&dest)?.permissions();
            // Making a copy writable is the point.
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            std::fs::set_permissions(&dest, perms)?;
        }
    }
    let mut perms = std::fs::metadata(to)?.permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(to, perms)
}
