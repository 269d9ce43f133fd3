/*
 * limits: a resource limiter written in C. The store asks it before any
 * memory or table grows (instantiation included); it allows memories of up
 * to three pages and tables of up to two elements. Denied growth makes
 * `memory.grow` and `table.grow` return -1.
 *
 *   usage: limits limits.wat
 */
#include "example.h"

#define PAGE 65536
#define MAX_PAGES 3
#define MAX_ELEMENTS 2

static wasmrt_error_t *memory_growing(void *env, size_t current, size_t desired, size_t maximum, bool *allow) {
  (void)env;
  (void)maximum; /* SIZE_MAX: the module declares none */
  *allow = desired <= MAX_PAGES * PAGE;
  printf("limiter: memory %zu -> %zu pages: %s\n", current / PAGE, desired / PAGE, *allow ? "allowed" : "denied");
  return NULL;
}

static wasmrt_error_t *table_growing(void *env, size_t current, size_t desired, size_t maximum, bool *allow) {
  (void)env;
  (void)maximum;
  *allow = desired <= MAX_ELEMENTS;
  printf("limiter: table %zu -> %zu elements: %s\n", current, desired, *allow ? "allowed" : "denied");
  return NULL;
}

static wasmrt_context_t *context;
static wasmrt_instance_t instance;

static void grow(const char *name, int32_t delta) {
  wasmrt_func_t func = export_func(context, &instance, name);
  wasmrt_val_t arg, result;
  arg.kind = WASMRT_I32;
  arg.of.i32 = delta;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call(context, &func, &arg, 1, &result, 1, &trap);
  check_call(name, error, trap);
  printf("wasm: %s(%d) = %d\n", name, delta, result.of.i32);
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "limits.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  context = wasmrt_store_context(store);
  /* No count callbacks: the default limits of 10,000 instances, tables
   * and memories stay. */
  wasmrt_store_limiter_callback(store, memory_growing, table_growing, NULL, NULL, NULL, NULL, NULL);

  printf("Instantiating...\n");
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, NULL, 0, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);

  grow("grow_memory", 1);
  grow("grow_memory", 1);
  grow("grow_memory", 1);
  grow("grow_table", 1);
  grow("grow_table", 1);

  /* The host's growth goes through the same limiter, and fails. */
  wasmrt_extern_t item;
  if (!wasmrt_instance_export_get(context, &instance, "memory", 6, &item) || item.kind != WASMRT_EXTERN_MEMORY)
    exit_with_error("no exported memory", NULL, NULL);
  uint64_t previous;
  error = wasmrt_memory_grow(context, &item.of.memory, 1, &previous);
  if (error == NULL)
    exit_with_error("the host grew the memory past the limit", NULL, NULL);
  wasm_byte_vec_t message;
  wasmrt_error_message(error, &message);
  printf("host: wasmrt_memory_grow(1) fails: %.*s\n", (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
