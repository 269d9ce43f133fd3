/*
 * The fixed test modules (as WebAssembly text, converted once per
 * process), the host functions they import, and the data of the
 * externrefs the fuzzer makes.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

const char *const module_wat[MOD_COUNT] = {
    [MOD_MAIN] =
        "(module\n"
        "  (import \"env\" \"host\" (func $host (param i32) (result i32)))\n"
        "  (memory (export \"mem\") 1 4)\n"
        "  (table $ftab (export \"ftab\") 2 10 funcref)\n"
        "  (table (export \"etab\") 2 10 externref)\n"
        "  (global (export \"gmut\") (mut i32) (i32.const 7))\n"
        "  (global (export \"gconst\") i64 (i64.const 42))\n"
        "  (global (export \"gref\") (mut externref) (ref.null extern))\n"
        "  (func $add (export \"add\") (param i32 i32) (result i32)\n"
        "    local.get 0 local.get 1 i32.add)\n"
        "  (func (export \"call_host\") (param i32) (result i32)\n"
        "    local.get 0 call $host)\n"
        "  (func (export \"trap\") unreachable)\n"
        "  (func (export \"spin\") (param i32) (result i32)\n"
        "    (block $done (loop $again\n"
        "      local.get 0 i32.eqz br_if $done\n"
        "      local.get 0 i32.const 1 i32.sub local.set 0\n"
        "      br $again))\n"
        "    local.get 0)\n"
        "  (elem (table $ftab) (i32.const 0) func $add))\n",
    [MOD_IMPORTER] =
        "(module\n"
        "  (import \"env\" \"mem\" (memory 1))\n"
        "  (import \"env\" \"tab\" (table 1 funcref))\n"
        "  (import \"env\" \"g\" (global (mut i32)))\n"
        "  (func (export \"read_g\") (result i32) global.get 0))\n",
    [MOD_PLAIN] =
        "(module (func (export \"answer\") (result i32) i32.const 42))\n",
    [MOD_START_TRAP] =
        "(module (func $start unreachable) (start $start))\n",
};

static wasm_byte_vec_t fixture_bytes[MOD_COUNT];
static bool fixture_ready[MOD_COUNT];

const wasm_byte_vec_t *fixture_wasm(int kind) {
  if (!fixture_ready[kind]) {
    const char *wat = module_wat[kind];
    wasmrt_error_t *error = wasmrt_wat2wasm(wat, strlen(wat), &fixture_bytes[kind]);
    if (!EXPECT_OK(error, "wasmrt_wat2wasm of a fixture")) exit(2);
    fixture_ready[kind] = true;
  }
  return &fixture_bytes[kind];
}

void fixtures_free(void) {
  for (int kind = 0; kind < MOD_COUNT; kind++) {
    if (fixture_ready[kind]) wasm_byte_vec_delete(&fixture_bytes[kind]);
    fixture_ready[kind] = false;
  }
}

/* What the host function computes, for the checks. */
static int32_t doubled(int32_t x) {
  return (int32_t)((uint32_t)x * 2u);
}

/* From inside a host function, calls the calling instance's `add` back
 * through the caller's context. */
static void call_back_add(wasmrt_caller_t *caller, const wasmrt_extern_t *item) {
  EXPECT(item->kind == WASMRT_EXTERN_FUNC, "caller export \"add\": expected a function, found kind %d", item->kind);
  note("host: calls its caller's add");
  wasmrt_val_t args[2] = {{.kind = WASMRT_I32, .of.i32 = 20}, {.kind = WASMRT_I32, .of.i32 = 22}};
  wasmrt_val_t result = {.kind = WASMRT_I64};
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call(wasmrt_caller_context(caller), &item->of.func, args, 2, &result, 1, &trap);
  if (trap != NULL) {
    consume_trap(trap, "nested call of add");  /* fuel or an epoch may stop it */
  } else if (ACCEPT(error, "nested call of add")) {
    EXPECT(result.kind == WASMRT_I32 && result.of.i32 == 42, "nested call of add: expected 42, found %d", result.of.i32);
  }
}

/* env::host and the C functions of wasmrt_func_new: doubles its argument;
 * a negative one makes it trap (odd: a trap with a code, even: with a
 * message). Also checks what a caller offers. */
wasm_trap_t *host_double(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                         wasmrt_val_t *results, size_t nresults) {
  (void)env;
  EXPECT(nargs == 1 && nresults == 1, "host: expected 1 argument and 1 result, found %zu and %zu", nargs,
         nresults);
  EXPECT(args[0].kind == WASMRT_I32, "host: expected an i32 argument, found kind %d", args[0].kind);
  EXPECT(wasmrt_caller_context(caller) != NULL, "host: expected the caller's context, found null");
  wasmrt_extern_t item;
  EXPECT(!wasmrt_caller_export_get(caller, "no such export", 14, &item),
         "host: expected no export \"no such export\"");
  EXPECT(!wasmrt_caller_export_get(caller, NULL, 3, &item), "host: expected false for a null name");
  EXPECT(!wasmrt_caller_export_get(NULL, "mem", 3, &item), "host: expected false for a null caller");
  if (wasmrt_caller_export_get(caller, "add", 3, &item) && rng_one_in(&W.rng, 2)) {
    call_back_add(caller, &item);
  }
  int32_t x = args[0].of.i32;
  if (x < 0) {
    if (x & 1) return wasmrt_trap_new_code(WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED);
    return wasmrt_trap_new("host refuses", 12);
  }
  results[0].kind = WASMRT_I32;
  results[0].of.i32 = doubled(x);
  return NULL;
}

/* The same for wasm.h's host functions (no traps: wasm.h reports them
 * all alike). */
wasm_trap_t *host_double_wasm_h(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  EXPECT(args->size == 1 && results->size == 1, "wasm.h host: expected 1 argument and 1 result");
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = doubled(args->data[0].of.i32);
  return NULL;
}

wasm_functype_t *functype_i32_i32(void) {
  return wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
}

typedef struct ref_data {
  int store_id;
} ref_data_t;

void *ref_data_new(int store_id) {
  ref_data_t *data = malloc(sizeof *data);
  data->store_id = store_id;
  return data;
}

void ref_data_finalize(void *data) {
  ref_data_t *ref = data;
  W.refs_finalized[ref->store_id]++;
  EXPECT(W.refs_finalized[ref->store_id] <= W.refs_made[ref->store_id],
         "externref finalizer: expected at most %d runs for store %d, found %d", W.refs_made[ref->store_id],
         ref->store_id, W.refs_finalized[ref->store_id]);
  free(ref);
}

int ref_data_store(const void *data) {
  return ((const ref_data_t *)data)->store_id;
}
