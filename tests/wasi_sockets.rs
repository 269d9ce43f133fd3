//! WASI sockets through the Rust API: a guest written in WAT accepts a
//! connection on a preopened listener, waits for it with `poll_oneoff`
//! (first timing out on a clock, then woken by the data), echoes what it
//! receives with `sock_recv`/`sock_send` and shuts its side down, while a
//! host thread is the peer. Calls on the wrong kind of descriptor give the
//! errno a program expects. The same through the CLI's `--tcplisten`; and
//! `poll_oneoff` waits for inherited stdin instead of calling it ready.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;
use wasmrt::wasi::WasiCtxBuilder;

const ECHO: &str = r#"
(module
  (import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv"
    (func $recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $shutdown (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 0: accepted fd; 8: iovec {64, 64}; 16: nread; 20: roflags;
  ;; 24: nwritten; 32: fdstat; 64: buffer; 128: two subscriptions of 48
  ;; bytes; 256: events of 32 bytes; 320: nevents.

  ;; Returns 0, or the number of the first check that failed.
  (func (export "run") (result i32)
    (local $conn i32)
    ;; The preopened listener is descriptor 3, a stream socket.
    (if (call $fdstat (i32.const 3) (i32.const 32)) (then (return (i32.const 1))))
    (if (i32.ne (i32.load8_u (i32.const 32)) (i32.const 6)) (then (return (i32.const 2))))
    ;; stdin is no socket: NOTSOCK (57).
    (if (i32.ne (call $accept (i32.const 0) (i32.const 0) (i32.const 0)) (i32.const 57))
      (then (return (i32.const 3))))
    (if (call $accept (i32.const 3) (i32.const 0) (i32.const 0)) (then (return (i32.const 4))))
    (local.set $conn (i32.load (i32.const 0)))
    (if (i32.le_u (local.get $conn) (i32.const 3)) (then (return (i32.const 5))))
    ;; Receiving on the listener: NOTCONN (53).
    (i32.store (i32.const 8) (i32.const 64))
    (i32.store (i32.const 12) (i32.const 64))
    (if (i32.ne (call $recv (i32.const 3) (i32.const 8) (i32.const 1) (i32.const 0)
                  (i32.const 16) (i32.const 20)) (i32.const 53))
      (then (return (i32.const 6))))
    ;; Nothing to read yet: a 20 ms clock fires first (userdata 7).
    (i64.store (i32.const 128) (i64.const 7))
    (i32.store8 (i32.const 136) (i32.const 0))
    (i32.store (i32.const 144) (i32.const 1))
    (i64.store (i32.const 152) (i64.const 20000000))
    (i64.store (i32.const 176) (i64.const 9))
    (i32.store8 (i32.const 184) (i32.const 1))
    (i32.store (i32.const 192) (local.get $conn))
    (if (call $poll (i32.const 128) (i32.const 256) (i32.const 2) (i32.const 320))
      (then (return (i32.const 7))))
    (if (i32.ne (i32.load (i32.const 320)) (i32.const 1)) (then (return (i32.const 8))))
    (if (i64.ne (i64.load (i32.const 256)) (i64.const 7)) (then (return (i32.const 9))))
    (if (i32.load8_u (i32.const 266)) (then (return (i32.const 10))))
    ;; Then the read subscription alone (userdata 9) waits for the data.
    (if (call $poll (i32.const 176) (i32.const 256) (i32.const 1) (i32.const 320))
      (then (return (i32.const 11))))
    (if (i64.ne (i64.load (i32.const 256)) (i64.const 9)) (then (return (i32.const 12))))
    (if (i32.ne (i32.load8_u (i32.const 266)) (i32.const 1)) (then (return (i32.const 13))))
    (if (i64.eqz (i64.load (i32.const 272))) (then (return (i32.const 14))))
    ;; Receive "hello" and send it back.
    (if (call $recv (local.get $conn) (i32.const 8) (i32.const 1) (i32.const 0)
          (i32.const 16) (i32.const 20))
      (then (return (i32.const 15))))
    (if (i32.ne (i32.load (i32.const 16)) (i32.const 5)) (then (return (i32.const 16))))
    (i32.store (i32.const 12) (i32.load (i32.const 16)))
    (if (call $send (local.get $conn) (i32.const 8) (i32.const 1) (i32.const 0) (i32.const 24))
      (then (return (i32.const 17))))
    (if (i32.ne (i32.load (i32.const 24)) (i32.const 5)) (then (return (i32.const 18))))
    ;; No direction is INVAL (28); shutting down writes ends the peer's read.
    (if (i32.ne (call $shutdown (local.get $conn) (i32.const 0)) (i32.const 28))
      (then (return (i32.const 19))))
    (if (call $shutdown (local.get $conn) (i32.const 2)) (then (return (i32.const 20))))
    (i32.const 0))
)
"#;

#[test]
fn a_guest_accepts_polls_receives_sends_and_shuts_down() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let ctx = WasiCtxBuilder::new().preopened_socket(listener).build();
    let peer = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        // Long enough for the guest's 20 ms clock to fire first.
        std::thread::sleep(Duration::from_millis(300));
        stream.write_all(b"hello").unwrap();
        let mut echoed = Vec::new();
        stream.read_to_end(&mut echoed).unwrap();
        echoed
    });
    let (mut store, instance) = common::wasi::instantiate(ECHO, ctx);
    let run = instance
        .get_typed_func::<(), i32>(&mut store, "run")
        .unwrap();
    assert_eq!(
        run.call(&mut store, ()).unwrap(),
        0,
        "the first failed check"
    );
    assert_eq!(peer.join().unwrap(), b"hello");
}

#[test]
fn the_cli_gives_the_guest_a_tcplisten_socket() {
    // A free port: bound by the test, then released for the CLI.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = std::env::temp_dir().join(format!("wasmrt-sockets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("echo.wat");
    std::fs::write(&file, ECHO).unwrap();
    let address = format!("127.0.0.1:{port}");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_wasmrt"))
        .args(["run", "--tcplisten", &address, "--invoke", "run"])
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stream = None;
    for _ in 0..500 {
        match TcpStream::connect(&address) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    let mut stream = stream.expect("the CLI listens");
    std::thread::sleep(Duration::from_millis(300));
    stream.write_all(b"hello").unwrap();
    let mut echoed = Vec::new();
    stream.read_to_end(&mut echoed).unwrap();
    assert_eq!(echoed, b"hello");
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(text.trim(), "0", "the first failed check");
    // A bad address is a usage error naming it.
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_wasmrt"))
        .args(["run", "--tcplisten", "not-an-address", "--invoke", "run"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("`--tcplisten`: cannot listen on `not-an-address`"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Polls stdin for reading with a 50 ms clock beside it; returns the
/// type of the first event (0: the clock, 1: stdin readable).
const POLL_STDIN: &str = r#"
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "run") (result i32)
    (i32.store8 (i32.const 8) (i32.const 0))
    (i32.store (i32.const 16) (i32.const 1))
    (i64.store (i32.const 24) (i64.const 50000000))
    (i32.store8 (i32.const 56) (i32.const 1))
    (i32.store (i32.const 64) (i32.const 0))
    (if (call $poll (i32.const 0) (i32.const 256) (i32.const 2) (i32.const 320))
      (then (return (i32.const -1))))
    (i32.load8_u (i32.const 266)))
)
"#;

#[test]
fn poll_oneoff_waits_for_inherited_stdin() {
    let dir = std::env::temp_dir().join(format!("wasmrt-poll-stdin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("poll.wat");
    std::fs::write(&file, POLL_STDIN).unwrap();
    let run = |data: Option<&[u8]>| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wasmrt"))
            .args(["run", "--invoke", "run"])
            .arg(&file)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Keep stdin open (no end of file) while the guest polls.
        let mut stdin = child.stdin.take().unwrap();
        if let Some(data) = data {
            stdin.write_all(data).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(run(None), "0", "nothing to read: the clock fires");
    assert_eq!(run(Some(b"x")), "1", "stdin is readable");
    std::fs::remove_dir_all(&dir).unwrap();
}
