/*
 * Item handles whose index names no item of their kind (an index past the
 * store's items, or a function read as a memory, table or global) are
 * reported with a null, zero or false result, never a panic that aborts
 * the process across extern "C" (found by fuzz/capi: wasmrt_memory_size
 * aborted).
 */
#include "check.h"

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_module_t *module = compile_wat(engine, "(module (func (export \"f\")))");
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "wasmrt_instance_new");
  wasmrt_extern_t f;
  CHECK(wasmrt_instance_export_get(cx, &instance, "f", 1, &f));

  /* The function's handle as each other kind: this store has none. */
  wasmrt_memory_t memory = {f.of.func.store_id, f.of.func.__private};
  wasmrt_table_t table = {f.of.func.store_id, f.of.func.__private};
  wasmrt_global_t global = {f.of.func.store_id, f.of.func.__private};
  CHECK(wasmrt_memory_size(cx, &memory) == 0);
  CHECK(wasmrt_memory_data_size(cx, &memory) == 0);
  CHECK(wasmrt_memory_data(cx, &memory) == NULL);
  CHECK(wasmrt_memory_type(cx, &memory) == NULL);
  CHECK(wasmrt_table_size(cx, &table) == 0);
  CHECK(wasmrt_table_type(cx, &table) == NULL);
  wasmrt_val_t val = {.kind = 99};
  CHECK(!wasmrt_table_get(cx, &table, 0, &val));
  wasmrt_global_get(cx, &global, &val);
  CHECK(val.kind == 99);
  CHECK(wasmrt_global_type(cx, &global) == NULL);

  /* A function index past the store's functions. */
  wasmrt_func_t past = {f.of.func.store_id, f.of.func.__private + 1000};
  CHECK(wasmrt_func_to_raw(cx, &past) == NULL);
  CHECK(wasmrt_func_type(cx, &past) == NULL);
  CHECK_ERROR(wasmrt_func_call(cx, &past, NULL, 0, NULL, 0, &trap), "");

  wasmrt_module_delete(module);
  wasmrt_store_delete(store);
  wasm_engine_delete(engine);
  printf("ok\n");
  return 0;
}
