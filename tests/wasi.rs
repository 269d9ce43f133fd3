//! WASI preview 1 through the Rust API: a command written in WAT writes to
//! a captured stdout, reads its arguments and environment, and exits with
//! `proc_exit`; `path_open` works inside a preopen and every escape (`..`,
//! an absolute path, symlinks pointing outside) fails with the right errno;
//! bad guest pointers give `FAULT`.

mod common;

use common::wasi::{FAULT as ERRNO_FAULT, LOOP as ERRNO_LOOP, NOENT as ERRNO_NOENT};
use common::wasi::{PERM as ERRNO_PERM, Scratch, State};
use wasmrt::wasi::pipe::MemoryOutputPipe;
use wasmrt::wasi::{DirPerms, FilePerms, I32Exit, WasiCtx, WasiCtxBuilder};
use wasmrt::{Instance, Memory, Store};

const PROGRAM: &str = r#"
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello\n")

  ;; fd_write of one buffer; the iovec lives at 0, the count at 8.
  (func $write (export "write") (param $fd i32) (param $ptr i32) (param $len i32) (result i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))

  ;; Prints "hello\n", the argument strings and the environment strings
  ;; (NUL-terminated, as WASI gives them), then exits with status 7.
  (func (export "_start")
    (drop (call $write (i32.const 1) (i32.const 16) (i32.const 6)))
    (drop (call $args_sizes_get (i32.const 100) (i32.const 104)))
    (drop (call $args_get (i32.const 200) (i32.const 1000)))
    (drop (call $write (i32.const 1) (i32.const 1000) (i32.load (i32.const 104))))
    (drop (call $environ_sizes_get (i32.const 100) (i32.const 104)))
    (drop (call $environ_get (i32.const 200) (i32.const 2000)))
    (drop (call $write (i32.const 1) (i32.const 2000) (i32.load (i32.const 104))))
    (call $proc_exit (i32.const 7))
    unreachable)

  ;; path_open of the path at 4096 beneath fd 3, for reading; the new fd
  ;; is stored at 96. Returns the errno.
  (func (export "open") (param $len i32) (param $follow i32) (result i32)
    (call $path_open (i32.const 3) (local.get $follow) (i32.const 4096) (local.get $len)
      (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 96)))
  (func (export "opened_fd") (result i32) (i32.load (i32.const 96)))

  ;; Reads up to 64 bytes of $fd to 8192; the count is stored at 92.
  (func (export "read") (param $fd i32) (result i32)
    (i32.store (i32.const 80) (i32.const 8192))
    (i32.store (i32.const 84) (i32.const 64))
    (call $fd_read (local.get $fd) (i32.const 80) (i32.const 1) (i32.const 92)))
  (func (export "nread") (result i32) (i32.load (i32.const 92)))

  ;; An iovec table that runs past the end of memory.
  (func (export "bad_table") (result i32)
    (call $fd_write (i32.const 1) (i32.const 65532) (i32.const 1) (i32.const 8)))
  ;; An iovec whose buffer runs past the end of memory.
  (func (export "bad_buffer") (result i32)
    (i32.store (i32.const 0) (i32.const 65000))
    (i32.store (i32.const 4) (i32.const 10000))
    (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
  ;; A result pointer past the end of memory.
  (func (export "bad_result") (result i32)
    (call $args_sizes_get (i32.const 65535) (i32.const 0)))
)
"#;

fn instantiate(ctx: WasiCtx) -> (Store<State>, Instance) {
    common::wasi::instantiate(PROGRAM, ctx)
}

fn call0(store: &mut Store<State>, instance: &Instance, name: &str) -> i32 {
    instance
        .get_typed_func::<(), i32>(&mut *store, name)
        .unwrap()
        .call(&mut *store, ())
        .unwrap()
}

/// `path_open` of `path` (with or without following symlinks).
fn open(store: &mut Store<State>, instance: &Instance, path: &str, follow: bool) -> i32 {
    let memory: Memory = instance.get_memory(&mut *store, "memory").unwrap();
    memory.write(&mut *store, 4096, path.as_bytes()).unwrap();
    instance
        .get_typed_func::<(i32, i32), i32>(&mut *store, "open")
        .unwrap()
        .call(&mut *store, (path.len() as i32, follow as i32))
        .unwrap()
}

#[test]
fn hello_args_env_and_exit_status() {
    let stdout = MemoryOutputPipe::new(4096);
    let ctx = WasiCtxBuilder::new()
        .args(&["prog", "a1"])
        .env("K", "V")
        .stdout(stdout.clone())
        .build();
    let (mut store, instance) = instantiate(ctx);
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .unwrap();
    let err = start.call(&mut store, ()).unwrap_err();
    let exit = err.downcast_ref::<I32Exit>().expect("an I32Exit");
    assert_eq!(exit.exit_status(), 7);
    assert_eq!(exit.0, 7);
    assert_eq!(stdout.contents(), b"hello\nprog\0a1\0K=V\0");
}

/// A `Write` that records what it takes, at most `take` bytes a call,
/// or fails every call with `fail`.
struct Recorder {
    bytes: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    take: usize,
    fail: Option<i32>,
}

impl std::io::Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(code) = self.fail {
            return Err(std::io::Error::from_raw_os_error(code));
        }
        let n = buf.len().min(self.take);
        self.bytes.lock().unwrap().extend_from_slice(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn output_to_a_writer_with_short_writes_and_errors() {
    let bytes = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let writer = Recorder {
        bytes: bytes.clone(),
        take: usize::MAX,
        fail: None,
    };
    let ctx = WasiCtxBuilder::new()
        .args(&["p"])
        .stdout_writer(writer)
        .build();
    let (mut store, instance) = instantiate(ctx);
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .unwrap();
    let err = start.call(&mut store, ()).unwrap_err();
    assert_eq!(err.downcast_ref::<I32Exit>().expect("an I32Exit").0, 7);
    assert_eq!(*bytes.lock().unwrap(), b"hello\np\0");

    // A short write reports the count the writer took; an error is the
    // guest's errno (EPIPE is WASI's 64).
    for (take, fail, errno, count) in [(2, None, 0, 2), (usize::MAX, Some(libc::EPIPE), 64, 0)] {
        let bytes = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let writer = Recorder {
            bytes: bytes.clone(),
            take,
            fail,
        };
        let ctx = WasiCtxBuilder::new().stdout_writer(writer).build();
        let (mut store, instance) = instantiate(ctx);
        let memory: Memory = instance.get_memory(&mut store, "memory").unwrap();
        let write = instance
            .get_typed_func::<(i32, i32, i32), i32>(&mut store, "write")
            .unwrap();
        assert_eq!(write.call(&mut store, (1, 16, 6)).unwrap(), errno);
        let mut written = [0u8; 4];
        memory.read(&store, 8, &mut written).unwrap();
        if errno == 0 {
            assert_eq!(u32::from_le_bytes(written), count);
        }
        assert_eq!(bytes.lock().unwrap().len(), count as usize);
    }
}

#[test]
fn open_within_a_preopen_and_read() {
    let scratch = Scratch::new("inside");
    let ctx = WasiCtxBuilder::new()
        .preopened_dir(
            scratch.sandbox(),
            "/sandbox",
            DirPerms::all(),
            FilePerms::all(),
        )
        .unwrap()
        .build();
    let (mut store, instance) = instantiate(ctx);
    for path in ["inside.txt", "sub/../inside.txt", "./inside.txt", "rel_in"] {
        assert_eq!(open(&mut store, &instance, path, true), 0, "{path}");
        let fd = call0(&mut store, &instance, "opened_fd");
        let read = instance
            .get_typed_func::<i32, i32>(&mut store, "read")
            .unwrap();
        assert_eq!(read.call(&mut store, fd).unwrap(), 0);
        let n = call0(&mut store, &instance, "nread") as usize;
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        assert_eq!(&memory.data(&store)[8192..8192 + n], b"inside contents");
    }
    assert_eq!(open(&mut store, &instance, "missing", true), ERRNO_NOENT);
}

#[test]
fn escapes_fail_with_the_right_errno() {
    let scratch = Scratch::new("escape");
    let ctx = WasiCtxBuilder::new()
        .preopened_dir(
            scratch.sandbox(),
            "/sandbox",
            DirPerms::all(),
            FilePerms::all(),
        )
        .unwrap()
        .build();
    let (mut store, instance) = instantiate(ctx);
    let secret = scratch.outside().join("secret.txt");
    let cases: &[(&str, bool, i32)] = &[
        ("..", true, ERRNO_PERM),
        ("../outside/secret.txt", true, ERRNO_PERM),
        ("sub/../../outside/secret.txt", true, ERRNO_PERM),
        (secret.to_str().unwrap(), true, ERRNO_PERM),
        ("/etc/passwd", true, ERRNO_PERM),
        ("rel_out", true, ERRNO_PERM),
        ("abs_out", true, ERRNO_PERM),
        // Not following a symlink as the last component: ELOOP.
        ("rel_out", false, ERRNO_LOOP),
        ("abs_out", false, ERRNO_LOOP),
    ];
    for &(path, follow, errno) in cases {
        assert_eq!(
            open(&mut store, &instance, path, follow),
            errno,
            "{path} (follow: {follow})"
        );
    }
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "secret");
}

#[test]
fn bad_guest_pointers_give_fault() {
    let stdout = MemoryOutputPipe::new(4096);
    let ctx = WasiCtxBuilder::new().stdout(stdout.clone()).build();
    let (mut store, instance) = instantiate(ctx);
    for name in ["bad_table", "bad_buffer", "bad_result"] {
        assert_eq!(call0(&mut store, &instance, name), ERRNO_FAULT, "{name}");
    }
    assert!(stdout.contents().is_empty());
}
