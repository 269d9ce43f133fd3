/*
 * The standard memory example, checked: a memory exported by wasm, read
 * and written from C and from wasm, grown up to its maximum and not
 * beyond; out-of-bounds accesses trap. Under valgrind it is built with
 * WASM_TEST_NO_GUARD_PAGE_TRAPS, which leaves out the out-of-bounds
 * accesses: wasmrt turns them into traps through its guard pages, which
 * valgrind reports as invalid reads and writes.
 */
#include "check.h"

static wasm_func_t *func(const wasm_extern_vec_t *exports, size_t i) {
  return wasm_extern_as_func(exports->data[i]);
}

static int32_t call_i32(const wasm_func_t *f, wasm_val_t *args, size_t n) {
  wasm_val_t result = WASM_INIT_VAL;
  wasm_h_call(f, args, n, &result, 1);
  return result.of.i32;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store,
                                        "(module\n"
                                        "  (memory (export \"memory\") 2 3)\n"
                                        "  (func (export \"size\") (result i32) (memory.size))\n"
                                        "  (func (export \"load\") (param i32) (result i32) (i32.load8_s (local.get 0)))\n"
                                        "  (func (export \"store\") (param i32 i32)\n"
                                        "    (i32.store8 (local.get 0) (local.get 1)))\n"
                                        "  (data (i32.const 0x1000) \"\\01\\02\\03\\04\"))");
  wasm_instance_t *instance = wasm_h_instance(store, module, NULL, 0);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_memory_t *memory = wasm_extern_as_memory(exports.data[0]);
  wasm_func_t *size = func(&exports, 1), *load = func(&exports, 2), *store_fn = func(&exports, 3);

  CHECK(wasm_memory_size(memory) == 2 && wasm_memory_data_size(memory) == 2 * MEMORY_PAGE_SIZE);
  CHECK(call_i32(size, NULL, 0) == 2);
  byte_t *data = wasm_memory_data(memory);
  CHECK(data[0] == 0 && data[0x1000] == 1 && data[0x1003] == 4);
  wasm_val_t at[1] = {WASM_I32_VAL(0x1002)};
  CHECK(call_i32(load, at, 1) == 3);
  wasm_val_t last[1] = {WASM_I32_VAL(0x1ffff)};
  CHECK(call_i32(load, last, 1) == 0);
#ifndef WASM_TEST_NO_GUARD_PAGE_TRAPS
  wasm_val_t beyond[1] = {WASM_I32_VAL(0x20000)};
  wasm_h_call_traps(load, beyond, 1, 1, "out of bounds");
#endif

  /* Writes from wasm seen by C, and from C seen by wasm. */
  wasm_val_t put[2] = {WASM_I32_VAL(0x1002), WASM_I32_VAL(5)};
  wasm_h_call(store_fn, put, 2, NULL, 0);
  CHECK(data[0x1002] == 5);
  data[0x1003] = 6;
  wasm_val_t at3[1] = {WASM_I32_VAL(0x1003)};
  CHECK(call_i32(load, at3, 1) == 6);
#ifndef WASM_TEST_NO_GUARD_PAGE_TRAPS
  wasm_val_t put_beyond[2] = {WASM_I32_VAL(0x20000), WASM_I32_VAL(0)};
  wasm_h_call_traps(store_fn, put_beyond, 2, 0, "out of bounds");
#endif

  /* Grow to the maximum, not beyond. */
  CHECK(wasm_memory_grow(memory, 1));
  CHECK(wasm_memory_size(memory) == 3 && call_i32(size, NULL, 0) == 3);
  wasm_memory_data(memory)[0x2ffff] = 7;
  wasm_val_t top[1] = {WASM_I32_VAL(0x2ffff)};
  CHECK(call_i32(load, top, 1) == 7);
  CHECK(!wasm_memory_grow(memory, 1) && wasm_memory_size(memory) == 3);
  CHECK(wasm_memory_grow(memory, 0));

  /* A memory made by the host. */
  wasm_limits_t limits = {5, 5};
  wasm_memorytype_t *type = wasm_memorytype_new(&limits);
  wasm_memory_t *own_memory = wasm_memory_new(store, type);
  wasm_memorytype_delete(type);
  CHECK(own_memory != NULL && wasm_memory_size(own_memory) == 5);
  CHECK(!wasm_memory_grow(own_memory, 1) && wasm_memory_grow(own_memory, 0));
  type = wasm_memory_type(own_memory);
  CHECK(wasm_memorytype_limits(type)->min == 5 && wasm_memorytype_limits(type)->max == 5);
  wasm_memorytype_delete(type);
  wasm_memory_delete(own_memory);
  printf("memory: reads, writes, growth and bounds checked\n");

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
