/*
 * The standard finalize example, checked: many instances in two stores,
 * each with host info and a finalizer, and host functions with
 * environments; every finalizer runs exactly once, when its store is
 * deleted, and the count of live objects ends at zero.
 */
#include "check.h"

enum { INSTANCES = 500 };

static int live = 0;
static unsigned char finalized[2][INSTANCES + 1];

static void finalize(void *data) {
  unsigned char *count = (unsigned char *)data;
  CHECK(*count == 0);
  (*count)++;
  live--;
}

static wasm_trap_t *nothing(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)env;
  (void)args;
  (void)results;
  return NULL;
}

static void run_in_store(wasm_store_t *store, int which) {
  wasm_module_t *module = wasm_h_module(store, "(module (func (export \"f\")) (global (export \"g\") i32 (i32.const 1)))");
  for (int i = 0; i < INSTANCES; i++) {
    wasm_instance_t *instance = wasm_h_instance(store, module, NULL, 0);
    wasm_instance_set_host_info_with_finalizer(instance, &finalized[which][i], finalize);
    wasm_instance_delete(instance);
    live++;
  }
  wasm_functype_t *type = wasm_functype_new_0_0();
  wasm_func_t *func = wasm_func_new_with_env(store, type, nothing, &finalized[which][INSTANCES], finalize);
  wasm_functype_delete(type);
  live++;
  wasm_func_delete(func);
  wasm_module_delete(module);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store1 = wasm_store_new(engine);
  wasm_store_t *store2 = wasm_store_new(engine);
  run_in_store(store1, 0);
  run_in_store(store2, 1);
  printf("Live count %d\n", live);
  CHECK(live == 2 * (INSTANCES + 1));

  wasm_store_delete(store2);
  printf("Live count %d after deleting store 2\n", live);
  CHECK(live == INSTANCES + 1);
  for (int i = 0; i <= INSTANCES; i++) {
    CHECK(finalized[1][i] == 1 && finalized[0][i] == 0);
  }
  wasm_store_delete(store1);
  printf("Live count %d after deleting store 1\n", live);
  CHECK(live == 0);
  for (int i = 0; i <= INSTANCES; i++) {
    CHECK(finalized[0][i] == 1);
  }
  wasm_engine_delete(engine);
  return 0;
}
