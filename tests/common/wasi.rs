//! Helpers shared by the WASI tests (`tests/wasi.rs`, `tests/wasi_sandbox.rs`):
//! the store data, instantiating a WAT guest with a `WasiCtx`, a scratch
//! folder with a preopen beside an "outside" folder (and symlinks pointing
//! out), a snapshot of a folder tree to prove nothing changed, and
//! [`Guest`], a module that wraps WASI path and fd functions so a test can
//! call them one by one with paths it writes into guest memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use wasmrt::wasi::{self, Errno, WasiCtx};
use wasmrt::{Engine, Instance, Linker, Memory, Module, Store};

pub const FAULT: i32 = Errno::Fault as i32;
pub const BADF: i32 = Errno::Badf as i32;
pub const EXIST: i32 = Errno::Exist as i32;
pub const LOOP: i32 = Errno::Loop as i32;
pub const NOENT: i32 = Errno::Noent as i32;
pub const NOTDIR: i32 = Errno::Notdir as i32;
pub const PERM: i32 = Errno::Perm as i32;

/// `lookupflags::symlink_follow`.
pub const FOLLOW: i32 = 1;
pub const NOFOLLOW: i32 = 0;
pub const OFLAGS_CREAT: i32 = 1;
pub const OFLAGS_DIRECTORY: i32 = 2;
pub const OFLAGS_TRUNC: i32 = 8;
pub const RIGHTS_FD_READ: i64 = 1 << 1;
pub const RIGHTS_FD_WRITE: i64 = 1 << 6;
/// Every right but `fd_write`, as wasi-libc asks for a directory.
pub const RIGHTS_DIR: i64 = !RIGHTS_FD_WRITE;

/// The store's data: the WASI context.
pub struct State {
    pub wasi: WasiCtx,
}

/// Instantiates the WAT module `wat` with WASI defined by `ctx`.
pub fn instantiate(wat: &str, ctx: WasiCtx) -> (Store<State>, Instance) {
    let engine = Engine::default();
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |s: &mut State| &mut s.wasi).unwrap();
    let module = Module::new(&engine, wat::parse_str(wat).unwrap()).unwrap();
    let mut store = Store::new(&engine, State { wasi: ctx });
    let instance = linker.instantiate(&mut store, &module).unwrap();
    (store, instance)
}

/// A fresh scratch folder, removed on drop:
///
/// ```text
/// root/outside/secret.txt        "secret"
/// root/outside/sub/
/// root/sandbox/                  (the folder tests preopen)
/// root/sandbox/inside.txt        "inside contents"
/// root/sandbox/sub/
/// root/sandbox/rel_in      -> inside.txt
/// root/sandbox/rel_out     -> ../outside/secret.txt
/// root/sandbox/abs_out     -> ROOT/outside/secret.txt
/// root/sandbox/rel_dir_out -> ../outside
/// root/sandbox/abs_dir_out -> ROOT/outside
/// root/sandbox/sub/deep_out -> ../../outside/secret.txt
/// ```
pub struct Scratch {
    pub root: PathBuf,
}

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!("wasmrt-wasi-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("sandbox/sub")).unwrap();
        std::fs::create_dir_all(root.join("outside/sub")).unwrap();
        std::fs::write(root.join("sandbox/inside.txt"), "inside contents").unwrap();
        std::fs::write(root.join("outside/secret.txt"), "secret").unwrap();
        let link = |target: &Path, name: &str| {
            std::os::unix::fs::symlink(target, root.join("sandbox").join(name)).unwrap()
        };
        link(Path::new("inside.txt"), "rel_in");
        link(Path::new("../outside/secret.txt"), "rel_out");
        link(&root.join("outside/secret.txt"), "abs_out");
        link(Path::new("../outside"), "rel_dir_out");
        link(&root.join("outside"), "abs_dir_out");
        link(Path::new("../../outside/secret.txt"), "sub/deep_out");
        Scratch { root }
    }

    /// The folder to preopen.
    pub fn sandbox(&self) -> PathBuf {
        self.root.join("sandbox")
    }

    /// The folder the guest must never reach.
    pub fn outside(&self) -> PathBuf {
        self.root.join("outside")
    }

    /// Everything under the scratch root except the sandbox: what a guest
    /// confined to the sandbox must leave exactly as it was.
    pub fn outside_snapshot(&self) -> Snapshot {
        let mut s = snapshot(&self.root);
        s.0.retain(|path, _| !path.starts_with("sandbox/"));
        s
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Every entry of a folder tree: its kind, contents (files) or target
/// (symlinks), size and modification time, by path relative to the root.
#[derive(Debug, PartialEq, Eq)]
pub struct Snapshot(pub BTreeMap<String, String>);

/// The snapshot of the tree at `root` (the root's own entry included).
pub fn snapshot(root: &Path) -> Snapshot {
    fn walk(root: &Path, rel: &Path, out: &mut BTreeMap<String, String>) {
        use std::os::unix::fs::MetadataExt;
        let path = root.join(rel);
        let meta = std::fs::symlink_metadata(&path).unwrap();
        let what = if meta.file_type().is_symlink() {
            format!("link -> {}", std::fs::read_link(&path).unwrap().display())
        } else if meta.is_dir() {
            "dir".to_owned()
        } else {
            let contents = std::fs::read(&path).unwrap();
            format!("file {:?}", String::from_utf8_lossy(&contents))
        };
        let key = format!("{}/", rel.display());
        out.insert(
            key,
            format!(
                "{what} size {} mtime {}.{} ino {} nlink {}",
                meta.len(),
                meta.mtime(),
                meta.mtime_nsec(),
                meta.ino(),
                meta.nlink()
            ),
        );
        if meta.is_dir() && !meta.file_type().is_symlink() {
            for entry in std::fs::read_dir(&path).unwrap() {
                walk(root, &rel.join(entry.unwrap().file_name()), out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, Path::new(""), &mut out);
    Snapshot(out)
}

/// The WASI functions [`proxy`] wraps, with their parameter types (all
/// return the errno as `i32`).
const PROXIED: &[(&str, &str)] = &[
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
    ("path_filestat_get", "i32 i32 i32 i32 i32"),
    ("path_filestat_set_times", "i32 i32 i32 i32 i64 i64 i32"),
    ("path_create_directory", "i32 i32 i32"),
    ("path_remove_directory", "i32 i32 i32"),
    ("path_unlink_file", "i32 i32 i32"),
    ("path_rename", "i32 i32 i32 i32 i32 i32"),
    ("path_link", "i32 i32 i32 i32 i32 i32 i32"),
    ("path_symlink", "i32 i32 i32 i32 i32"),
    ("path_readlink", "i32 i32 i32 i32 i32 i32"),
    ("fd_read", "i32 i32 i32 i32"),
    ("fd_write", "i32 i32 i32 i32"),
    ("fd_close", "i32"),
    ("fd_filestat_set_times", "i32 i64 i64 i32"),
];

/// A guest exporting, under its own name and signature, a function that
/// calls each WASI function of [`PROXIED`] (a host function must be called
/// from wasm to see the guest's memory), so that a test can call them one
/// by one. Memory: 0..64 holds results, 64..80 an iovec, 1024.. the strings
/// a call passes, 32768.. the buffer reads go to.
pub fn proxy() -> String {
    let mut wat = String::from("(module\n");
    for (name, params) in PROXIED {
        wat += &format!(
            "  (import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) (result i32)))\n"
        );
    }
    wat += "  (memory (export \"memory\") 1)\n";
    for (name, params) in PROXIED {
        let gets: String = (0..params.split(' ').count())
            .map(|i| format!(" (local.get {i})"))
            .collect();
        wat += &format!(
            "  (func (export \"{name}\") (param {params}) (result i32) (call ${name}{gets}))\n"
        );
    }
    wat + ")\n"
}

/// An instance of [`proxy`] and typed calls of its functions; each returns
/// the errno as `Err` when it is not 0.
pub struct Guest {
    pub store: Store<State>,
    instance: Instance,
    memory: Memory,
    next: u32,
}

const RESULT: u32 = 0;
const IOVEC: u32 = 64;
const STRINGS: u32 = 1024;
const BUFFER: u32 = 32768;
const BUFFER_LEN: u32 = 16384;

fn check(code: i32) -> Result<(), i32> {
    if code == 0 { Ok(()) } else { Err(code) }
}

impl Guest {
    pub fn new(ctx: WasiCtx) -> Guest {
        let (mut store, instance) = instantiate(&proxy(), ctx);
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        Guest {
            store,
            instance,
            memory,
            next: STRINGS,
        }
    }

    /// Writes `s` to guest memory; its (pointer, length).
    fn put(&mut self, s: &str) -> (i32, i32) {
        let ptr = self.next;
        self.memory
            .write(&mut self.store, ptr as usize, s.as_bytes())
            .unwrap();
        self.next += s.len() as u32 + 1;
        (ptr as i32, s.len() as i32)
    }

    fn u32_at(&self, at: u32) -> u32 {
        let d = &self.memory.data(&self.store)[at as usize..at as usize + 4];
        u32::from_le_bytes(d.try_into().unwrap())
    }

    fn call<P: wasmrt::WasmParams>(&mut self, name: &str, params: P) -> i32 {
        self.next = STRINGS;
        self.instance
            .get_typed_func::<P, i32>(&mut self.store, name)
            .unwrap()
            .call(&mut self.store, params)
            .unwrap()
    }

    /// `path_open` (inheriting every right, as wasi-libc asks); the new
    /// descriptor.
    pub fn path_open(
        &mut self,
        fd: u32,
        dirflags: i32,
        path: &str,
        oflags: i32,
        rights: i64,
    ) -> Result<u32, i32> {
        let (p, l) = self.put(path);
        let params = (
            fd as i32,
            dirflags,
            p,
            l,
            oflags,
            rights,
            -1i64,
            0,
            RESULT as i32,
        );
        check(self.call("path_open", params))?;
        Ok(self.u32_at(RESULT))
    }

    /// `path_open` for reading, following symlinks or not.
    pub fn open_read(&mut self, fd: u32, dirflags: i32, path: &str) -> Result<u32, i32> {
        self.path_open(fd, dirflags, path, 0, RIGHTS_FD_READ)
    }

    /// `path_filestat_get`; the file type.
    pub fn path_filestat_get(&mut self, fd: u32, flags: i32, path: &str) -> Result<u8, i32> {
        let (p, l) = self.put(path);
        check(self.call("path_filestat_get", (fd as i32, flags, p, l, RESULT as i32)))?;
        Ok(self.memory.data(&self.store)[RESULT as usize + 16])
    }

    /// `path_filestat_set_times` setting both times to now.
    pub fn path_filestat_set_times(&mut self, fd: u32, flags: i32, path: &str) -> Result<(), i32> {
        let (p, l) = self.put(path);
        // fstflags: atim_now | mtim_now.
        check(self.call(
            "path_filestat_set_times",
            (fd as i32, flags, p, l, 0i64, 0i64, 2 | 8),
        ))
    }

    /// `fd_filestat_set_times` setting both times to now.
    pub fn fd_filestat_set_times(&mut self, fd: u32) -> Result<(), i32> {
        check(self.call("fd_filestat_set_times", (fd as i32, 0i64, 0i64, 2 | 8)))
    }

    pub fn path_create_directory(&mut self, fd: u32, path: &str) -> Result<(), i32> {
        let (p, l) = self.put(path);
        check(self.call("path_create_directory", (fd as i32, p, l)))
    }

    pub fn path_remove_directory(&mut self, fd: u32, path: &str) -> Result<(), i32> {
        let (p, l) = self.put(path);
        check(self.call("path_remove_directory", (fd as i32, p, l)))
    }

    pub fn path_unlink_file(&mut self, fd: u32, path: &str) -> Result<(), i32> {
        let (p, l) = self.put(path);
        check(self.call("path_unlink_file", (fd as i32, p, l)))
    }

    pub fn path_rename(&mut self, fd: u32, old: &str, new_fd: u32, new: &str) -> Result<(), i32> {
        let (op, ol) = self.put(old);
        let (np, nl) = self.put(new);
        check(self.call("path_rename", (fd as i32, op, ol, new_fd as i32, np, nl)))
    }

    pub fn path_link(&mut self, fd: u32, old: &str, new_fd: u32, new: &str) -> Result<(), i32> {
        let (op, ol) = self.put(old);
        let (np, nl) = self.put(new);
        check(self.call("path_link", (fd as i32, 0, op, ol, new_fd as i32, np, nl)))
    }

    pub fn path_symlink(&mut self, target: &str, fd: u32, new: &str) -> Result<(), i32> {
        let (tp, tl) = self.put(target);
        let (np, nl) = self.put(new);
        check(self.call("path_symlink", (tp, tl, fd as i32, np, nl)))
    }

    /// `path_readlink`; the link's contents.
    pub fn path_readlink(&mut self, fd: u32, path: &str) -> Result<String, i32> {
        let (p, l) = self.put(path);
        let params = (
            fd as i32,
            p,
            l,
            BUFFER as i32,
            BUFFER_LEN as i32,
            RESULT as i32,
        );
        check(self.call("path_readlink", params))?;
        let n = self.u32_at(RESULT) as usize;
        let d = &self.memory.data(&self.store)[BUFFER as usize..BUFFER as usize + n];
        Ok(String::from_utf8_lossy(d).into_owned())
    }

    /// `fd_read` of up to 16 KiB.
    pub fn fd_read(&mut self, fd: u32) -> Result<Vec<u8>, i32> {
        let iovec = [BUFFER.to_le_bytes(), BUFFER_LEN.to_le_bytes()].concat();
        self.memory
            .write(&mut self.store, IOVEC as usize, &iovec)
            .unwrap();
        let params = (fd as i32, IOVEC as i32, 1, RESULT as i32);
        check(self.call("fd_read", params))?;
        let n = self.u32_at(RESULT) as usize;
        Ok(self.memory.data(&self.store)[BUFFER as usize..BUFFER as usize + n].to_vec())
    }

    /// `fd_write` of `data`; the count written.
    pub fn fd_write(&mut self, fd: u32, data: &[u8]) -> Result<u32, i32> {
        self.memory
            .write(&mut self.store, BUFFER as usize, data)
            .unwrap();
        let iovec = [BUFFER.to_le_bytes(), (data.len() as u32).to_le_bytes()].concat();
        self.memory
            .write(&mut self.store, IOVEC as usize, &iovec)
            .unwrap();
        check(self.call("fd_write", (fd as i32, IOVEC as i32, 1, RESULT as i32)))?;
        Ok(self.u32_at(RESULT))
    }

    pub fn fd_close(&mut self, fd: u32) -> Result<(), i32> {
        check(self.call("fd_close", (fd as i32,)))
    }

    /// Opens `path` for reading, reads it whole and closes it.
    pub fn read_file(&mut self, fd: u32, dirflags: i32, path: &str) -> Result<Vec<u8>, i32> {
        let f = self.open_read(fd, dirflags, path)?;
        let data = self.fd_read(f);
        self.fd_close(f).unwrap();
        data
    }
}
