"""WASI through the linker: stdout captured to a file, arguments,
environment, stdin, and proc_exit as ExitTrap."""

import pytest

from wasmrt import DirPerms, ExitTrap, FilePerms, Linker, Module, Store, WasiConfig, WasmrtError

HELLO = """
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $esizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello from wasi\\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 16))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "argc") (result i32)
    (drop (call $sizes (i32.const 100) (i32.const 104))) (i32.load (i32.const 100)))
  (func (export "envc") (result i32)
    (drop (call $esizes (i32.const 100) (i32.const 104))) (i32.load (i32.const 100)))
  (func (export "read_byte") (result i32)
    (i32.store (i32.const 0) (i32.const 200))
    (i32.store (i32.const 4) (i32.const 1))
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.load8_u (i32.const 200)))
  (func (export "exit3") (call $exit (i32.const 3))))
"""


def run(wasi: WasiConfig, export: str):  # type: ignore[no-untyped-def]
    store = Store()
    store.set_wasi(wasi)
    linker = Linker(store.engine)
    linker.define_wasi()
    instance = linker.instantiate(store, Module(store.engine, HELLO))
    return instance.exports(store)[export](store)


def test_stdout_captured_to_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.txt"
    wasi = WasiConfig()
    wasi.stdout_file = out
    run(wasi, "_start")
    assert out.read_text() == "hello from wasi\n"


def test_argv_env_and_stdin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wasi = WasiConfig()
    wasi.argv = ["prog", "a", "b"]
    assert run(wasi, "argc") == 3
    wasi = WasiConfig()
    wasi.env = [("A", "1"), ("B", "2")]
    assert run(wasi, "envc") == 2
    stdin = tmp_path / "in.txt"
    stdin.write_bytes(b"Z")
    wasi = WasiConfig()
    wasi.stdin_file = stdin
    assert run(wasi, "read_byte") == ord("Z")
    wasi = WasiConfig()
    wasi.stdin_bytes = b"Q"
    assert run(wasi, "read_byte") == ord("Q")


def test_proc_exit_raises_exit_trap() -> None:
    with pytest.raises(ExitTrap) as info:
        run(WasiConfig(), "exit3")
    assert info.value.code == 3
    assert isinstance(info.value, WasmrtError)


def test_bad_configuration(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wasi = WasiConfig()
    with pytest.raises(WasmrtError):
        wasi.stdin_file = tmp_path / "missing"
    with pytest.raises(WasmrtError):
        wasi.preopen_dir(tmp_path / "missing", "/x")
    with pytest.raises(TypeError):
        wasi.argv = ["ok", 5]  # type: ignore[list-item]
    wasi.preopen_dir(tmp_path, "/sandbox", fs_mutable=False)
    store = Store()
    store.set_wasi(wasi)
    with pytest.raises(WasmrtError):
        store.set_wasi(wasi)  # consumed


def test_wasi_without_a_context_is_an_error() -> None:
    store = Store()
    linker = Linker(store.engine)
    linker.define_wasi()
    instance = linker.instantiate(store, Module(store.engine, HELLO))
    with pytest.raises(WasmrtError) as info:
        instance.exports(store)["_start"](store)
    assert "WASI" in str(info.value)


CREATE = """
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "new.txt")
  ;; path_open(preopen fd 3, "new.txt", O_CREAT, rights: fd_read|fd_write): the errno
  (func (export "create") (result i32)
    (call $open (i32.const 3) (i32.const 0) (i32.const 16) (i32.const 7) (i32.const 1)
                (i64.const 66) (i64.const 0) (i32.const 0) (i32.const 100))))
"""


def create_in(wasi: WasiConfig) -> int:
    store = Store()
    store.set_wasi(wasi)
    linker = Linker(store.engine)
    linker.define_wasi()
    return linker.instantiate(store, Module(store.engine, CREATE)).exports(store)["create"](store)


def test_preopen_permissions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for i, args in enumerate([(), (DirPerms.READ_WRITE, FilePerms.READ_WRITE), (True,)]):
        d = tmp_path / ("rw%d" % i)
        d.mkdir()
        wasi = WasiConfig()
        wasi.preopen_dir(d, "/", *args)
        assert create_in(wasi) == 0
        assert (d / "new.txt").exists()
    for i, kwargs in enumerate([dict(dir_perms=DirPerms.READ_ONLY, file_perms=FilePerms.READ_ONLY),
                                dict(fs_mutable=False)]):
        d = tmp_path / ("ro%d" % i)
        d.mkdir()
        wasi = WasiConfig()
        wasi.preopen_dir(d, "/", **kwargs)  # type: ignore[arg-type]
        assert create_in(wasi) != 0
        assert not (d / "new.txt").exists()
    wasi = WasiConfig()
    # Combinations wasmrt cannot give exactly are refused, never widened.
    for dp, fp in [(DirPerms.READ_ONLY, FilePerms.READ_WRITE),
                   (DirPerms.READ_WRITE, FilePerms.READ_ONLY),
                   (DirPerms.WRITE_ONLY, FilePerms.WRITE_ONLY)]:
        with pytest.raises(WasmrtError) as info:
            wasi.preopen_dir(tmp_path, "/", dp, fp)
        assert "read-write or read-only" in str(info.value)
    with pytest.raises(TypeError):
        wasi.preopen_dir(tmp_path, "/", "rw")  # type: ignore[arg-type]
    with pytest.raises(WasmrtError):
        wasi.preopen_dir(tmp_path, "/", DirPerms.READ_ONLY, fs_mutable=False)


def test_custom_output_callbacks_get_every_write() -> None:
    from wasmrt._wasi_output import live_outputs
    before = live_outputs()
    got: list = []
    wasi = WasiConfig()
    wasi.stdout_custom = got.append  # returns None: all bytes taken
    wasi.stderr_custom = lambda data: None
    assert live_outputs() == before + 2
    run(wasi, "_start")
    assert got == [b"hello from wasi\n"]
    # The store that took the configuration is gone: both are released.
    import gc
    gc.collect()
    assert live_outputs() == before


def test_custom_output_short_writes_errors_and_exceptions(
        capsys: pytest.CaptureFixture) -> None:
    def write(wasi: WasiConfig) -> "tuple[int, int]":
        """fd_write of 16 bytes to stdout: (errno, bytes written)."""
        store = Store()
        store.set_wasi(wasi)
        linker = Linker(store.engine)
        linker.define_wasi()
        module = Module(store.engine, WRITE)
        exports = linker.instantiate(store, module).exports(store)
        errno = exports["write"](store)
        return errno, exports["written"](store)

    wasi = WasiConfig()
    wasi.stdout_custom = lambda data: 5
    assert write(wasi) == (0, 5)
    wasi = WasiConfig()
    wasi.stdout_custom = lambda data: -32  # -EPIPE: WASI's PIPE is 64
    assert write(wasi)[0] == 64

    def boom(data: bytes) -> int:
        raise ValueError("the callback failed")
    wasi = WasiConfig()
    wasi.stdout_custom = boom
    assert write(wasi)[0] == 29  # EIO
    err = capsys.readouterr().err
    assert "WASI output callback" in err and "the callback failed" in err
    wasi = WasiConfig()
    wasi.stdout_custom = lambda data: "all"
    assert write(wasi)[0] == 29
    assert "must return an int or None" in capsys.readouterr().err
    with pytest.raises(TypeError):
        WasiConfig().stdout_custom = 5  # type: ignore[assignment]


WRITE = """
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "sixteen bytes!!\\n")
  (func (export "write") (result i32)
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 16))
    (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
  (func (export "written") (result i32) (i32.load (i32.const 8))))
"""