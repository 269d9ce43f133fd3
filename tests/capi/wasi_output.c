/*
 * WASI output to C callbacks (wasi_config_set_stdout_custom and
 * wasi_config_set_stderr_custom, as in wasmtime's wasi.h): a guest's
 * writes reach the callback byte for byte; a short count is the guest's
 * short write; a negated error code is the guest's errno; each finalizer
 * runs exactly once, whether the callback was used, replaced, refused or
 * never handed to a store. wasi_config_inherit_network and
 * wasi_config_allow_ip_name_lookup are accepted and change nothing.
 */
#include "check.h"
#include "wasi.h"

#include <errno.h>

/* The guest's `_start` writes "hello, callback\n" to stdout (16 bytes; it
 * traps on an error or a short write), then "err" to stderr, and exits
 * with the errno of that write, or with 100 + the bytes it took. */
static const char *COMMAND =
    "(module\n"
    "  (import \"wasi_snapshot_preview1\" \"fd_write\" (func $fd_write (param i32 i32 i32 i32) (result i32)))\n"
    "  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $proc_exit (param i32)))\n"
    "  (memory (export \"memory\") 1)\n"
    "  (data (i32.const 100) \"hello, callback\\n\")\n"
    "  (data (i32.const 200) \"err\")\n"
    "  ;; fd_write of `len` bytes at `ptr`; the errno, the count at 12.\n"
    "  (func $write (param $fd i32) (param $ptr i32) (param $len i32) (result i32)\n"
    "    (i32.store (i32.const 0) (local.get $ptr))\n"
    "    (i32.store (i32.const 4) (local.get $len))\n"
    "    (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 12)))\n"
    "  (func (export \"_start\") (local $errno i32)\n"
    "    (if (call $write (i32.const 1) (i32.const 100) (i32.const 16)) (then unreachable))\n"
    "    (if (i32.ne (i32.load (i32.const 12)) (i32.const 16)) (then unreachable))\n"
    "    (local.set $errno (call $write (i32.const 2) (i32.const 200) (i32.const 3)))\n"
    "    (if (local.get $errno) (then (call $proc_exit (local.get $errno))))\n"
    "    (call $proc_exit (i32.add (i32.const 100) (i32.load (i32.const 12))))\n"
    "    unreachable))\n";

/* WASI's errno for EIO (`__WASI_ERRNO_IO`). */
#define WASI_ERRNO_IO 29

/* What a callback collects, and how often its finalizer ran. */
struct sink {
  char bytes[256];
  size_t len;
  /* Bytes the callback takes per call at most (0: all of them). */
  size_t take_at_most;
  /* Returned instead of a count when not 0. */
  ptrdiff_t result;
  int calls;
  int finalized;
};

static ptrdiff_t collect(void *data, const unsigned char *buf, size_t len) {
  struct sink *sink = data;
  sink->calls++;
  if (sink->result != 0) {
    return sink->result;
  }
  if (sink->take_at_most != 0 && len > sink->take_at_most) {
    len = sink->take_at_most;
  }
  CHECK(sink->len + len <= sizeof sink->bytes);
  memcpy(sink->bytes + sink->len, buf, len);
  sink->len += len;
  return (ptrdiff_t)len;
}

static void finalize(void *data) {
  struct sink *sink = data;
  sink->finalized++;
}

/* Runs the command in a new store with `config`; returns its exit status. */
static int run(wasm_engine_t *engine, wasmrt_linker_t *linker, wasmrt_module_t *module,
               wasi_config_t *config) {
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  check_ok(wasmrt_context_set_wasi(context, config), "wasmrt_context_set_wasi");
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_linker_instantiate(linker, context, module, &instance, &trap), "instantiate");
  CHECK(trap == NULL);
  wasmrt_extern_t start;
  CHECK(wasmrt_instance_export_get(context, &instance, "_start", 6, &start));
  wasmrt_error_t *error = wasmrt_func_call(context, &start.of.func, NULL, 0, NULL, 0, &trap);
  CHECK(trap == NULL);
  CHECK(error != NULL);
  int status = -1;
  CHECK(wasmrt_error_exit_status(error, &status));
  wasmrt_error_delete(error);
  wasmrt_store_delete(store);
  return status;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_linker_t *linker = wasmrt_linker_new(engine);
  check_ok(wasmrt_linker_define_wasi(linker), "wasmrt_linker_define_wasi");
  wasmrt_module_t *module = compile_wat(engine, COMMAND);

  /* Both streams to callbacks: stdout's bytes arrive whole, stderr's
   * callback fails with -EIO, which the guest sees as its errno. The
   * network settings change nothing. */
  struct sink out = {0}, err = {.result = -EIO};
  wasi_config_t *config = wasi_config_new();
  wasi_config_inherit_network(config);
  wasi_config_allow_ip_name_lookup(config, true);
  wasi_config_set_stdout_custom(config, collect, &out, finalize);
  wasi_config_set_stderr_custom(config, collect, &err, finalize);
  CHECK(run(engine, linker, module, config) == WASI_ERRNO_IO);
  CHECK(out.len == 16 && memcmp(out.bytes, "hello, callback\n", 16) == 0);
  CHECK(out.calls == 1 && err.calls == 1 && err.len == 0);
  /* Deleting the store dropped the WASI context: each finalizer ran once. */
  CHECK(out.finalized == 1 && err.finalized == 1);

  /* A short count is a short write: stderr's callback takes 2 of the 3
   * bytes, and the guest exits with 100 + 2. */
  struct sink out2 = {0}, short_err = {.take_at_most = 2};
  config = wasi_config_new();
  wasi_config_set_stdout_custom(config, collect, &out2, finalize);
  wasi_config_set_stderr_custom(config, collect, &short_err, NULL); /* no finalizer */
  CHECK(run(engine, linker, module, config) == 102);
  CHECK(short_err.len == 2 && memcmp(short_err.bytes, "er", 2) == 0);
  CHECK(out2.finalized == 1 && short_err.finalized == 0);

  /* A callback claiming more than it was given is an I/O error. */
  struct sink out3 = {0}, liar = {.result = 4};
  config = wasi_config_new();
  wasi_config_set_stdout_custom(config, collect, &out3, finalize);
  wasi_config_set_stderr_custom(config, collect, &liar, finalize);
  CHECK(run(engine, linker, module, config) == WASI_ERRNO_IO);
  CHECK(liar.calls == 1 && liar.finalized == 1);

  /* Replacing a callback finalizes the old one at once; deleting a
   * configuration finalizes what it holds; neither calls a callback. */
  struct sink first = {0}, second = {0};
  config = wasi_config_new();
  wasi_config_set_stdout_custom(config, collect, &first, finalize);
  wasi_config_set_stdout_custom(config, collect, &second, finalize);
  CHECK(first.finalized == 1 && second.finalized == 0);
  CHECK(wasi_config_set_stdout_file(config, "/dev/null"));
  CHECK(second.finalized == 1);
  wasi_config_set_stderr_custom(config, collect, &first, finalize);
  wasi_config_delete(config);
  CHECK(first.finalized == 2 && first.calls == 0 && second.calls == 0);

  /* Bad input: a null configuration or callback takes nothing, and the
   * finalizer runs at once, so the data is not leaked. */
  struct sink refused = {0};
  wasi_config_set_stdout_custom(NULL, collect, &refused, finalize);
  wasi_config_set_stderr_custom(NULL, collect, &refused, finalize);
  CHECK(refused.finalized == 2);
  config = wasi_config_new();
  wasi_config_set_stdout_custom(config, NULL, &refused, finalize);
  wasi_config_set_stderr_custom(config, NULL, &refused, finalize);
  CHECK(refused.finalized == 4 && refused.calls == 0);
  wasi_config_set_stdout_custom(config, collect, &refused, NULL); /* no finalizer at all */
  wasi_config_inherit_network(NULL);
  wasi_config_allow_ip_name_lookup(NULL, false);
  wasi_config_delete(config);
  CHECK(refused.finalized == 4 && refused.calls == 0);

  wasmrt_module_delete(module);
  wasmrt_linker_delete(linker);
  wasm_engine_delete(engine);
  printf("ok\n");
  return 0;
}
