/*
 * The pooling allocator through wasmrt.h: an engine made from a
 * configuration with wasmrt_pooling_allocation_strategy_set takes memories
 * from its pool. A store dropped gives its slot back, and the next instance
 * sees its data segment and zeros again. A full pool is an error naming the
 * limit, and a module too large for the pool is refused when compiled.
 * Null arguments are ignored.
 */
#include "check.h"

static const char *WAT =
    "(module (memory (export \"memory\") 1) (data (i32.const 8) \"pooled\")\n"
    "  (func (export \"scribble\") (memory.fill (i32.const 0) (i32.const 0xEE) (i32.const 65536))))";

/* Instantiates `module` into `store`, checks that its memory holds only the
 * data segment, then scribbles over the memory. */
static void check_fresh_then_scribble(wasmrt_store_t *store, const wasmrt_module_t *module) {
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "wasmrt_instance_new");
  CHECK(trap == NULL);

  wasmrt_extern_t memory;
  CHECK(wasmrt_instance_export_get(cx, &instance, "memory", 6, &memory));
  CHECK(memory.kind == WASMRT_EXTERN_MEMORY);
  const uint8_t *data = wasmrt_memory_data(cx, &memory.of.memory);
  size_t size = wasmrt_memory_data_size(cx, &memory.of.memory);
  CHECK(size == 65536);
  for (size_t i = 0; i < size; i++) {
    uint8_t expected = (i >= 8 && i < 14) ? (uint8_t)"pooled"[i - 8] : 0;
    CHECK(data[i] == expected);
  }

  wasmrt_extern_t scribble;
  CHECK(wasmrt_instance_export_get(cx, &instance, "scribble", 8, &scribble));
  check_ok(wasmrt_func_call(cx, &scribble.of.func, NULL, 0, NULL, 0, &trap), "wasmrt_func_call");
  CHECK(trap == NULL);
  CHECK(data[0] == 0xEE && data[10] == 0xEE);
}

int main(void) {
  wasmrt_pooling_allocation_config_t *pooling = wasmrt_pooling_allocation_config_new();
  CHECK(pooling != NULL);
  wasmrt_pooling_allocation_config_total_core_instances_set(pooling, 8);
  wasmrt_pooling_allocation_config_total_memories_set(pooling, 1);
  wasmrt_pooling_allocation_config_total_tables_set(pooling, 1);
  wasmrt_pooling_allocation_config_max_memories_per_module_set(pooling, 1);
  wasmrt_pooling_allocation_config_max_tables_per_module_set(pooling, 1);
  wasmrt_pooling_allocation_config_max_memory_size_set(pooling, 4 * 65536);
  wasmrt_pooling_allocation_config_table_elements_set(pooling, 100);
  wasmrt_pooling_allocation_config_max_core_instance_size_set(pooling, 1 << 16);
  wasmrt_pooling_allocation_config_linear_memory_keep_resident_set(pooling, 4096);
  wasmrt_pooling_allocation_config_table_keep_resident_set(pooling, 4096);
  wasmrt_pooling_allocation_config_max_unused_warm_slots_set(pooling, 10);
  /* Null is ignored. */
  wasmrt_pooling_allocation_config_total_memories_set(NULL, 1);
  wasmrt_pooling_allocation_strategy_set(NULL, pooling);

  wasm_config_t *config = wasm_config_new();
  wasmrt_pooling_allocation_strategy_set(config, NULL);
  wasmrt_pooling_allocation_strategy_set(config, pooling);
  /* The settings were copied: the caller may free them now. */
  wasmrt_pooling_allocation_config_delete(pooling);
  wasmrt_pooling_allocation_config_delete(NULL);
  wasm_engine_t *engine = wasm_engine_new_with_config(config);
  CHECK(engine != NULL);

  wasmrt_module_t *module = compile_wat(engine, WAT);
  /* One memory slot: every store after the first reuses it. */
  for (int round = 0; round < 3; round++) {
    wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
    check_fresh_then_scribble(store, module);
    /* The only slot is taken: a second instance fails, naming the limit. */
    wasmrt_instance_t second;
    wasm_trap_t *trap = NULL;
    CHECK_ERROR(wasmrt_instance_new(wasmrt_store_context(store), module, NULL, 0, &second, &trap),
                "maximum concurrent limit of 1 for memories reached");
    CHECK(trap == NULL);
    wasmrt_store_delete(store);
  }

  /* Five pages exceed the pool's four. */
  wasm_byte_vec_t wasm;
  const char *big = "(module (memory 5))";
  check_ok(wasmrt_wat2wasm(big, strlen(big), &wasm), "wasmrt_wat2wasm");
  wasmrt_module_t *refused = NULL;
  CHECK_ERROR(wasmrt_module_new(engine, (const uint8_t *)wasm.data, wasm.size, &refused),
              "which exceeds the limit of 262144 bytes");
  CHECK(refused == NULL);
  wasm_byte_vec_delete(&wasm);

  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  puts("pooling: ok");
  return 0;
}
