/*
 * WASI from C (wasi.h): a WASI command that writes to stdout, reads its
 * arguments, environment, stdin and a file in a preopened directory, and
 * exits with proc_exit(3), run through wasmrt_linker_define_wasi and
 * wasmrt_context_set_wasi with stdout captured to a file; the exit status
 * through wasmrt_error_exit_status; bad input to every wasi_config_*
 * function; a WASI import called in a store without WASI.
 */
#define _POSIX_C_SOURCE 200809L
#include "check.h"
#include "wasi.h"

#include <stdlib.h>
#include <unistd.h>

static const char *COMMAND =
    "(module\n"
    "  (import \"wasi_snapshot_preview1\" \"fd_write\" (func $fd_write (param i32 i32 i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"fd_read\" (func $fd_read (param i32 i32 i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"args_sizes_get\" (func $args_sizes_get (param i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"args_get\" (func $args_get (param i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"environ_sizes_get\" (func $environ_sizes_get (param i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"environ_get\" (func $environ_get (param i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"path_open\"\n"
    "    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $proc_exit (param i32)))\n"
    "  (memory (export \"memory\") 1)\n"
    "  (data (i32.const 100) \"hello from wasi\\n\")\n"
    "  (data (i32.const 200) \"in.txt\")\n"
    "  (func $check (param i32) (if (local.get 0) (then unreachable)))\n"
    "  ;; Writes `len` bytes at `ptr` to stdout.\n"
    "  (func $write (param $ptr i32) (param $len i32)\n"
    "    (i32.store (i32.const 0) (local.get $ptr))\n"
    "    (i32.store (i32.const 4) (local.get $len))\n"
    "    (call $check (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))\n"
    "  ;; Reads up to 256 bytes of `fd` to 5120 and writes them to stdout.\n"
    "  (func $copy (param $fd i32)\n"
    "    (i32.store (i32.const 32) (i32.const 5120))\n"
    "    (i32.store (i32.const 36) (i32.const 256))\n"
    "    (call $check (call $fd_read (local.get $fd) (i32.const 32) (i32.const 1) (i32.const 40)))\n"
    "    (call $write (i32.const 5120) (i32.load (i32.const 40))))\n"
    "  (func (export \"_start\")\n"
    "    (call $write (i32.const 100) (i32.const 16))\n"
    "    (call $check (call $args_sizes_get (i32.const 16) (i32.const 20)))\n"
    "    (call $check (call $args_get (i32.const 1024) (i32.const 2048)))\n"
    "    (call $write (i32.const 2048) (i32.load (i32.const 20)))\n"
    "    (call $check (call $environ_sizes_get (i32.const 16) (i32.const 20)))\n"
    "    (call $check (call $environ_get (i32.const 3072) (i32.const 4096)))\n"
    "    (call $write (i32.const 4096) (i32.load (i32.const 20)))\n"
    "    (call $copy (i32.const 0))\n"
    "    ;; in.txt beneath the preopen (fd 3), opened with the right fd_read.\n"
    "    (call $check (call $path_open (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 6)\n"
    "      (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 24)))\n"
    "    (call $copy (i32.load (i32.const 24)))\n"
    "    (call $proc_exit (i32.const 3))\n"
    "    unreachable))\n";

static char dir[] = "/tmp/wasmrt-wasi-XXXXXX";

/* `dir`/`name` in `out` (of `size` bytes). */
static const char *in_dir(char *out, size_t size, const char *name) {
  int n = snprintf(out, size, "%s/%s", dir, name);
  CHECK(n > 0 && (size_t)n < size);
  return out;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  CHECK(fwrite(text, 1, strlen(text), f) == strlen(text));
  CHECK(fclose(f) == 0);
}

/* The contents of `path` in `out`; returns their length. */
static size_t read_file(const char *path, char *out, size_t size) {
  FILE *f = fopen(path, "rb");
  CHECK(f != NULL);
  size_t n = fread(out, 1, size, f);
  CHECK(fclose(f) == 0);
  return n;
}

/* Calls the instance's `_start` and returns the error it ends with. */
static wasmrt_error_t *run_start(wasmrt_context_t *context, wasmrt_instance_t *instance) {
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, instance, "_start", 6, &item));
  CHECK(item.kind == WASMRT_EXTERN_FUNC);
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call(context, &item.of.func, NULL, 0, NULL, 0, &trap);
  CHECK(trap == NULL);
  return error;
}

/* Every wasi_config_* function given bad input returns false (or does
 * nothing) and leaves the configuration usable. */
static void bad_input(void) {
  const char *good[] = {"a"};
  const char *not_utf8[] = {"\xff\xfe"};
  const char *with_null[] = {NULL};
  char path[512];

  /* A null configuration. */
  CHECK(!wasi_config_set_argv(NULL, 1, good));
  CHECK(!wasi_config_set_env(NULL, 1, good, good));
  CHECK(!wasi_config_set_stdin_file(NULL, in_dir(path, sizeof path, "in.txt")));
  CHECK(!wasi_config_set_stdout_file(NULL, in_dir(path, sizeof path, "unused.txt")));
  CHECK(!wasi_config_set_stderr_file(NULL, in_dir(path, sizeof path, "unused.txt")));
  CHECK(!wasi_config_preopen_dir(NULL, dir, "/", true));
  wasi_config_inherit_argv(NULL);
  wasi_config_inherit_env(NULL);
  wasi_config_inherit_stdin(NULL);
  wasi_config_inherit_stdout(NULL);
  wasi_config_inherit_stderr(NULL);
  wasi_config_delete(NULL);
  wasm_byte_vec_t bytes;
  wasm_byte_vec_new(&bytes, 2, "hi");
  wasi_config_set_stdin_bytes(NULL, &bytes); /* not taken */
  CHECK(bytes.size == 2);
  wasm_byte_vec_delete(&bytes);

  wasi_config_t *config = wasi_config_new();
  CHECK(config != NULL);
  wasi_config_set_stdin_bytes(config, NULL);
  /* Null lists, null strings, text that is not UTF-8. */
  CHECK(!wasi_config_set_argv(config, 1, NULL));
  CHECK(!wasi_config_set_argv(config, 1, with_null));
  CHECK(!wasi_config_set_argv(config, 1, not_utf8));
  CHECK(wasi_config_set_argv(config, 0, NULL));
  CHECK(!wasi_config_set_env(config, 1, NULL, good));
  CHECK(!wasi_config_set_env(config, 1, good, NULL));
  CHECK(!wasi_config_set_env(config, 1, good, with_null));
  CHECK(!wasi_config_set_env(config, 1, not_utf8, good));
  CHECK(!wasi_config_set_env(config, 1, good, not_utf8));
  /* Null paths, files that cannot be opened. */
  CHECK(!wasi_config_set_stdin_file(config, NULL));
  CHECK(!wasi_config_set_stdin_file(config, in_dir(path, sizeof path, "no-such-file")));
  CHECK(!wasi_config_set_stdin_file(config, "\xff\xfe"));
  CHECK(!wasi_config_set_stdout_file(config, NULL));
  CHECK(!wasi_config_set_stdout_file(config, "/nonexistent-wasmrt-dir/out.txt"));
  CHECK(!wasi_config_set_stdout_file(config, dir)); /* a directory */
  CHECK(!wasi_config_set_stderr_file(config, NULL));
  CHECK(!wasi_config_set_stderr_file(config, "/nonexistent-wasmrt-dir/err.txt"));
  /* Preopens: null paths, a directory that does not exist, a file. */
  CHECK(!wasi_config_preopen_dir(config, NULL, "/", true));
  CHECK(!wasi_config_preopen_dir(config, dir, NULL, true));
  CHECK(!wasi_config_preopen_dir(config, "/nonexistent-wasmrt-dir", "/", false));
  CHECK(!wasi_config_preopen_dir(config, in_dir(path, sizeof path, "in.txt"), "/", false));
  CHECK(!wasi_config_preopen_dir(config, dir, "\xff", false));
  /* The inheriting functions, on a configuration that is then deleted. */
  wasi_config_inherit_argv(config);
  wasi_config_inherit_env(config);
  wasi_config_inherit_stdin(config);
  wasi_config_inherit_stdout(config);
  wasi_config_inherit_stderr(config);
  wasi_config_delete(config);
}

int main(void) {
  CHECK(mkdtemp(dir) != NULL);
  char in_path[512], out_path[512], err_path[512], stdin_path[512];
  in_dir(in_path, sizeof in_path, "in.txt");
  in_dir(out_path, sizeof out_path, "out.txt");
  in_dir(err_path, sizeof err_path, "err.txt");
  in_dir(stdin_path, sizeof stdin_path, "stdin.txt");
  write_file(in_path, "from the preopen\n");
  write_file(stdin_path, "from a stdin file\n");

  bad_input();

  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_linker_t *linker = wasmrt_linker_new(engine);
  check_ok(wasmrt_linker_define_wasi(linker), "wasmrt_linker_define_wasi");
  CHECK_ERROR(wasmrt_linker_define_wasi(NULL), "linker is null");
  wasmrt_module_t *module = compile_wat(engine, COMMAND);

  /* The command, with everything configured. */
  wasi_config_t *config = wasi_config_new();
  const char *argv[] = {"prog", "first arg"};
  CHECK(wasi_config_set_argv(config, 2, argv));
  const char *names[] = {"GREETING", "EMPTY"};
  const char *values[] = {"hi there", ""};
  CHECK(wasi_config_set_env(config, 2, names, values));
  CHECK(wasi_config_set_stdin_file(config, stdin_path));
  wasm_byte_vec_t stdin_bytes;
  wasm_byte_vec_new(&stdin_bytes, 15, "from stdin ok.\n");
  wasi_config_set_stdin_bytes(config, &stdin_bytes); /* replaces the file; takes the bytes */
  CHECK(stdin_bytes.size == 0);
  CHECK(wasi_config_set_stdout_file(config, out_path));
  CHECK(wasi_config_set_stderr_file(config, err_path));
  CHECK(wasi_config_preopen_dir(config, dir, "/sandbox", false));

  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  check_ok(wasmrt_context_set_wasi(context, config), "wasmrt_context_set_wasi");
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_linker_instantiate(linker, context, module, &instance, &trap), "instantiate");
  CHECK(trap == NULL);
  wasmrt_error_t *error = run_start(context, &instance);
  CHECK(error != NULL);
  int status = -1;
  CHECK(wasmrt_error_exit_status(error, &status));
  CHECK(status == 3);
  CHECK(wasmrt_error_exit_status(error, NULL));
  wasmrt_error_delete(error);

  char out[1024];
  size_t n = read_file(out_path, out, sizeof out);
  const char expected[] =
      "hello from wasi\n"
      "prog\0first arg\0"
      "GREETING=hi there\0EMPTY=\0"
      "from stdin ok.\n"
      "from the preopen\n";
  CHECK(n == sizeof expected - 1);
  CHECK(memcmp(out, expected, n) == 0);
  CHECK(read_file(err_path, out, sizeof out) == 0);
  wasmrt_store_delete(store);

  /* A WASI import called in a store without WASI: an error saying so,
   * which is no exit. */
  store = wasmrt_store_new(engine, NULL, NULL);
  context = wasmrt_store_context(store);
  check_ok(wasmrt_linker_instantiate(linker, context, module, &instance, &trap), "instantiate");
  error = run_start(context, &instance);
  CHECK(error != NULL);
  status = -1;
  CHECK(!wasmrt_error_exit_status(error, &status));
  CHECK(status == -1);
  CHECK_ERROR(error, "wasmrt_context_set_wasi");
  CHECK(!wasmrt_error_exit_status(NULL, &status));
  error = wasmrt_error_new("not an exit");
  CHECK(!wasmrt_error_exit_status(error, &status));
  wasmrt_error_delete(error);

  /* wasmrt_context_set_wasi takes its configuration even when it fails. */
  CHECK_ERROR(wasmrt_context_set_wasi(NULL, wasi_config_new()), "context is null");
  CHECK_ERROR(wasmrt_context_set_wasi(context, NULL), "WASI configuration is null");
  /* A second configuration replaces the first. */
  config = wasi_config_new();
  CHECK(wasi_config_set_stdout_file(config, out_path));
  check_ok(wasmrt_context_set_wasi(context, config), "wasmrt_context_set_wasi");
  check_ok(wasmrt_context_set_wasi(context, wasi_config_new()), "wasmrt_context_set_wasi");
  wasmrt_store_delete(store);

  wasmrt_module_delete(module);
  wasmrt_linker_delete(linker);
  wasm_engine_delete(engine);
  CHECK(unlink(in_path) == 0 && unlink(out_path) == 0 && unlink(err_path) == 0 && unlink(stdin_path) == 0);
  CHECK(rmdir(dir) == 0);
  printf("ok\n");
  return 0;
}
