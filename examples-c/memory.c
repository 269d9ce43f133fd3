/*
 * memory: a wasm memory seen from the host: its size, reading and writing
 * its bytes (checking offsets against its size), growing it, and wasm
 * seeing what the host wrote.
 *
 *   usage: memory memory.wat
 */
#include "example.h"

static wasmrt_context_t *context;
static wasmrt_instance_t instance;

/* Calls the export `name` with up to two i32 arguments; returns its i32
 * result, or 0 if it has none. */
static int32_t call(const char *name, size_t nargs, int32_t a, int32_t b, size_t nresults) {
  wasmrt_func_t func = export_func(context, &instance, name);
  wasmrt_val_t args[2], result;
  args[0].kind = WASMRT_I32;
  args[0].of.i32 = a;
  args[1].kind = WASMRT_I32;
  args[1].of.i32 = b;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call(context, &func, args, nargs, &result, nresults, &trap);
  check_call(name, error, trap);
  return nresults > 0 ? result.of.i32 : 0;
}

/* Reads the byte at `offset` if it lies inside the memory. */
static void host_read(const wasmrt_memory_t *memory, size_t offset) {
  size_t size = wasmrt_memory_data_size(context, memory);
  if (offset >= size) {
    printf("host: byte %#zx is out of bounds (memory has %zu bytes)\n", offset, size);
    return;
  }
  /* Re-read the base after every call that may grow the memory. */
  const uint8_t *data = wasmrt_memory_data(context, memory);
  printf("host: byte %#zx = %u\n", offset, data[offset]);
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "memory.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  context = wasmrt_store_context(store);
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, NULL, 0, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);

  wasmrt_extern_t item;
  if (!wasmrt_instance_export_get(context, &instance, "memory", 6, &item) || item.kind != WASMRT_EXTERN_MEMORY)
    exit_with_error("no exported memory", NULL, NULL);
  wasmrt_memory_t memory = item.of.memory;

  printf("size: %llu pages (%zu bytes); wasm says %d pages\n", (unsigned long long)wasmrt_memory_size(context, &memory),
         wasmrt_memory_data_size(context, &memory), call("size", 0, 0, 0, 1));
  uint8_t *data = wasmrt_memory_data(context, &memory);
  if (data == NULL)
    exit_with_error("no memory data", NULL, NULL);
  printf("data segment: %u %u %u %u\n", data[0x1000], data[0x1001], data[0x1002], data[0x1003]);

  /* The host writes, wasm reads; wasm writes, the host reads. */
  data[0x1003] = 5;
  printf("wasm: load(0x1003) = %d\n", call("load", 1, 0x1003, 0, 1));
  call("store", 2, 0x1002, 6, 0);
  host_read(&memory, 0x1002);
  host_read(&memory, 0x20000);

  /* Grow by one page through the API: the new page reads as zero. */
  uint64_t previous = 0;
  error = wasmrt_memory_grow(context, &memory, 1, &previous);
  if (error != NULL)
    exit_with_error("cannot grow the memory", error, NULL);
  printf("grew from %llu to %llu pages\n", (unsigned long long)previous,
         (unsigned long long)wasmrt_memory_size(context, &memory));
  host_read(&memory, 0x20000);

  /* Three pages is the maximum: growing further fails, both ways. */
  error = wasmrt_memory_grow(context, &memory, 1, &previous);
  if (error == NULL)
    exit_with_error("growing past the maximum succeeded", NULL, NULL);
  wasm_byte_vec_t message;
  wasmrt_error_message(error, &message);
  printf("growing past the maximum: %.*s\n", (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);
  int32_t grown = call("grow", 1, 1, 0, 1);
  printf("wasm: grow(1) = %d, grow(0) = %d\n", grown, call("grow", 1, 0, 0, 1));

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
