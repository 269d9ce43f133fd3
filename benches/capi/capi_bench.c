/*
 * Call overhead through wasmtime's C API: the C-API rows of the benchmark
 * table.
 *
 * Written for wasmtime's C API. The harness (benches/src/capi.rs) compiles
 * it as is against wasmtime's headers and library, and, with `wasmtime`
 * renamed `wasmrt` and `WASMTIME` renamed `WASMRT`, against wasmrt's.
 *
 * Usage: capi_bench ROW COUNT
 *
 *   call-nop              COUNT calls of a () -> () export, wasmtime_func_call
 *   call-unchecked-nop    the same through wasmtime_func_call_unchecked
 *   call-add              COUNT calls of add(i32, i32) -> i32, wasmtime_func_call
 *   call-unchecked-add    the same through wasmtime_func_call_unchecked
 *   host-callback         one call of a wasm loop that calls a () -> () host
 *                         function made with wasmtime_func_new COUNT times
 *
 * Each row first runs a tenth of COUNT untimed (a warm-up), then COUNT timed,
 * checking every result, and prints one line on stdout:
 *
 *   ROW COUNT NANOSECONDS
 *
 * where NANOSECONDS is the CLOCK_MONOTONIC time of the timed part. Errors go
 * to stderr and the exit status is 1; bad usage exits with 2.
 */

/* clock_gettime and CLOCK_MONOTONIC (POSIX.1b) under -std=c11. */
#define _POSIX_C_SOURCE 199309L

#include <wasmtime.h>

#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char WAT[] =
    "(module\n"
    "  (import \"host\" \"nop\" (func $host_nop))\n"
    "  (func (export \"nop\"))\n"
    "  (func (export \"add\") (param i32 i32) (result i32)\n"
    "    local.get 0\n"
    "    local.get 1\n"
    "    i32.add)\n"
    "  (func (export \"call_host\") (param $n i32)\n"
    "    (loop $again\n"
    "      call $host_nop\n"
    "      local.get $n\n"
    "      i32.const 1\n"
    "      i32.sub\n"
    "      local.tee $n\n"
    "      br_if $again)))\n";

/* Everything the rows use; `setup` fills it, `teardown` frees it. */
struct bench {
  wasm_engine_t *engine;
  wasmtime_store_t *store;
  wasmtime_context_t *context;
  wasmtime_module_t *module;
  wasmtime_instance_t instance;
  wasmtime_func_t nop;
  wasmtime_func_t add;
  wasmtime_func_t call_host;
  /* Calls of the host function so far. */
  uint64_t host_calls;
};

/*
 * Prints `what` and the message of `error` or `trap` (whichever is not NULL)
 * on stderr, and deletes them. Returns false, for `return fail(...)`.
 */
static bool fail(const char *what, wasmtime_error_t *error, wasm_trap_t *trap) {
  wasm_byte_vec_t message = {0, NULL};
  if (error != NULL) {
    wasmtime_error_message(error, &message);
    wasmtime_error_delete(error);
  } else if (trap != NULL) {
    wasm_trap_message(trap, &message);
    wasm_trap_delete(trap);
  }
  if (message.size > 0) {
    fprintf(stderr, "capi_bench: %s: %.*s\n", what, (int)message.size,
            message.data);
  } else {
    fprintf(stderr, "capi_bench: %s\n", what);
  }
  wasm_byte_vec_delete(&message);
  return false;
}

/* The imported host function: counts its calls. */
static wasm_trap_t *host_nop(void *env, wasmtime_caller_t *caller,
                             const wasmtime_val_t *args, size_t nargs,
                             wasmtime_val_t *results, size_t nresults) {
  (void)caller;
  (void)args;
  (void)nargs;
  (void)results;
  (void)nresults;
  struct bench *b = env;
  b->host_calls++;
  return NULL;
}

/* Looks up the exported function `name` of the instance. */
static bool export_func(struct bench *b, const char *name,
                        wasmtime_func_t *func) {
  wasmtime_extern_t item;
  if (!wasmtime_instance_export_get(b->context, &b->instance, name,
                                    strlen(name), &item)) {
    fprintf(stderr, "capi_bench: no export `%s`\n", name);
    return false;
  }
  bool is_func = item.kind == WASMTIME_EXTERN_FUNC;
  if (is_func) {
    *func = item.of.func;
  } else {
    fprintf(stderr, "capi_bench: export `%s` is not a function\n", name);
  }
  wasmtime_extern_delete(&item);
  return is_func;
}

/* Engine, store, module, host function, instance and exports. */
static bool setup(struct bench *b) {
  b->engine = wasm_engine_new();
  if (b->engine == NULL) {
    return fail("cannot create an engine", NULL, NULL);
  }
  b->store = wasmtime_store_new(b->engine, NULL, NULL);
  if (b->store == NULL) {
    return fail("cannot create a store", NULL, NULL);
  }
  b->context = wasmtime_store_context(b->store);

  wasm_byte_vec_t wasm;
  wasmtime_error_t *error = wasmtime_wat2wasm(WAT, strlen(WAT), &wasm);
  if (error != NULL) {
    return fail("wat2wasm", error, NULL);
  }
  error = wasmtime_module_new(b->engine, (const uint8_t *)wasm.data, wasm.size,
                              &b->module);
  wasm_byte_vec_delete(&wasm);
  if (error != NULL) {
    return fail("compiling the module", error, NULL);
  }

  wasm_functype_t *nop_type = wasm_functype_new_0_0();
  if (nop_type == NULL) {
    return fail("cannot create a function type", NULL, NULL);
  }
  wasmtime_extern_t import;
  import.kind = WASMTIME_EXTERN_FUNC;
  wasmtime_func_new(b->context, nop_type, host_nop, b, NULL, &import.of.func);
  wasm_functype_delete(nop_type);

  wasm_trap_t *trap = NULL;
  error = wasmtime_instance_new(b->context, b->module, &import, 1,
                                &b->instance, &trap);
  if (error != NULL || trap != NULL) {
    return fail("instantiating the module", error, trap);
  }
  return export_func(b, "nop", &b->nop) && export_func(b, "add", &b->add) &&
         export_func(b, "call_host", &b->call_host);
}

/* Frees what `setup` made (any prefix of it). */
static void teardown(struct bench *b) {
  if (b->module != NULL) {
    wasmtime_module_delete(b->module);
  }
  if (b->store != NULL) {
    wasmtime_store_delete(b->store);
  }
  if (b->engine != NULL) {
    wasm_engine_delete(b->engine);
  }
}

static bool call_nop(struct bench *b, uint64_t count) {
  for (uint64_t i = 0; i < count; i++) {
    wasm_trap_t *trap = NULL;
    wasmtime_error_t *error =
        wasmtime_func_call(b->context, &b->nop, NULL, 0, NULL, 0, &trap);
    if (error != NULL || trap != NULL) {
      return fail("calling `nop`", error, trap);
    }
  }
  return true;
}

static bool call_unchecked_nop(struct bench *b, uint64_t count) {
  /* No parameters and no results: room for none, but a valid pointer. */
  wasmtime_val_raw_t raw[1];
  for (uint64_t i = 0; i < count; i++) {
    wasm_trap_t *trap = NULL;
    wasmtime_error_t *error =
        wasmtime_func_call_unchecked(b->context, &b->nop, raw, 0, &trap);
    if (error != NULL || trap != NULL) {
      return fail("calling `nop` unchecked", error, trap);
    }
  }
  return true;
}

/* The first operand of the `i`th call of `add`: small enough not to
 * overflow when 1 is added. */
static int32_t operand(uint64_t i) { return (int32_t)(i & 0x3fffffff); }

static bool call_add(struct bench *b, uint64_t count) {
  for (uint64_t i = 0; i < count; i++) {
    wasmtime_val_t args[2];
    args[0].kind = WASMTIME_I32;
    args[0].of.i32 = operand(i);
    args[1].kind = WASMTIME_I32;
    args[1].of.i32 = 1;
    wasmtime_val_t result;
    wasm_trap_t *trap = NULL;
    wasmtime_error_t *error =
        wasmtime_func_call(b->context, &b->add, args, 2, &result, 1, &trap);
    if (error != NULL || trap != NULL) {
      return fail("calling `add`", error, trap);
    }
    if (result.kind != WASMTIME_I32 || result.of.i32 != operand(i) + 1) {
      return fail("`add` returned a wrong result", NULL, NULL);
    }
  }
  return true;
}

static bool call_unchecked_add(struct bench *b, uint64_t count) {
  for (uint64_t i = 0; i < count; i++) {
    /* Two parameters in, one result out, in the same slots. */
    wasmtime_val_raw_t raw[2];
    raw[0].i32 = operand(i);
    raw[1].i32 = 1;
    wasm_trap_t *trap = NULL;
    wasmtime_error_t *error =
        wasmtime_func_call_unchecked(b->context, &b->add, raw, 2, &trap);
    if (error != NULL || trap != NULL) {
      return fail("calling `add` unchecked", error, trap);
    }
    if (raw[0].i32 != operand(i) + 1) {
      return fail("`add` returned a wrong result", NULL, NULL);
    }
  }
  return true;
}

static bool host_callback(struct bench *b, uint64_t count) {
  if (count > INT32_MAX) {
    return fail("COUNT is too large for one `call_host` loop", NULL, NULL);
  }
  uint64_t before = b->host_calls;
  wasmtime_val_t arg;
  arg.kind = WASMTIME_I32;
  arg.of.i32 = (int32_t)count;
  wasm_trap_t *trap = NULL;
  wasmtime_error_t *error =
      wasmtime_func_call(b->context, &b->call_host, &arg, 1, NULL, 0, &trap);
  if (error != NULL || trap != NULL) {
    return fail("calling `call_host`", error, trap);
  }
  if (b->host_calls - before != count) {
    return fail("the host function ran a wrong number of times", NULL, NULL);
  }
  return true;
}

/* The rows, by name. */
static const struct row {
  const char *name;
  bool (*run)(struct bench *, uint64_t);
} ROWS[] = {
    {"call-nop", call_nop},
    {"call-unchecked-nop", call_unchecked_nop},
    {"call-add", call_add},
    {"call-unchecked-add", call_unchecked_add},
    {"host-callback", host_callback},
};

static uint64_t now_ns(void) {
  struct timespec t;
  if (clock_gettime(CLOCK_MONOTONIC, &t) != 0) {
    perror("capi_bench: clock_gettime");
    exit(EXIT_FAILURE);
  }
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int usage(void) {
  fprintf(stderr, "usage: capi_bench ROW COUNT\nrows:");
  for (size_t i = 0; i < sizeof ROWS / sizeof ROWS[0]; i++) {
    fprintf(stderr, " %s", ROWS[i].name);
  }
  fprintf(stderr, "\n");
  return 2;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    return usage();
  }
  const struct row *row = NULL;
  for (size_t i = 0; i < sizeof ROWS / sizeof ROWS[0]; i++) {
    if (strcmp(argv[1], ROWS[i].name) == 0) {
      row = &ROWS[i];
    }
  }
  /* COUNT: decimal digits only, at least 1, no overflow. */
  char *end;
  errno = 0;
  unsigned long long count = strtoull(argv[2], &end, 10);
  if (row == NULL || argv[2][0] < '0' || argv[2][0] > '9' || *end != '\0' ||
      errno != 0 || count == 0) {
    return usage();
  }

  struct bench b = {0};
  bool ok = setup(&b);
  uint64_t elapsed = 0;
  if (ok) {
    uint64_t warm_up = count / 10 > 0 ? count / 10 : 1;
    ok = row->run(&b, warm_up);
  }
  if (ok) {
    uint64_t start = now_ns();
    ok = row->run(&b, count);
    elapsed = now_ns() - start;
  }
  teardown(&b);
  if (!ok) {
    return EXIT_FAILURE;
  }
  printf("%s %llu %" PRIu64 "\n", row->name, count, elapsed);
  return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
