/*
 * An unchecked host function is told the larger of its parameter and
 * result counts, as the header says, even when wasmrt_func_call_unchecked
 * gives it a longer buffer (found by fuzz/capi: it was told the buffer's
 * length).
 */
#include "check.h"

static size_t seen = 0;

static wasm_trap_t *negate(void *env, wasmrt_caller_t *caller, wasmrt_val_raw_t *values, size_t n) {
  (void)env;
  (void)caller;
  seen = n;
  values[0].i32 = -values[0].i32;
  return NULL;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasm_functype_t *ty = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasmrt_func_t func;
  wasmrt_func_new_unchecked(cx, ty, negate, NULL, NULL, &func);
  wasm_functype_delete(ty);

  wasmrt_val_raw_t values[4] = {{.i32 = 5}};
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_func_call_unchecked(cx, &func, values, 4, &trap), "call_unchecked");
  CHECK(trap == NULL);
  CHECK(seen == 1);
  CHECK(values[0].i32 == -5);

  /* Through a linker too. */
  wasmrt_linker_t *linker = wasmrt_linker_new(engine);
  ty = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  check_ok(wasmrt_linker_define_func_unchecked(linker, "env", 3, "negate", 6, ty, negate, NULL, NULL), "define");
  wasm_functype_delete(ty);
  wasmrt_extern_t item;
  CHECK(wasmrt_linker_get(linker, cx, "env", 3, "negate", 6, &item));
  seen = 0;
  check_ok(wasmrt_func_call_unchecked(cx, &item.of.func, values, 3, &trap), "call_unchecked via linker");
  CHECK(seen == 1);
  CHECK(values[0].i32 == 5);

  wasmrt_linker_delete(linker);
  wasmrt_store_delete(store);
  wasm_engine_delete(engine);
  printf("ok\n");
  return 0;
}
