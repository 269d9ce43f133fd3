/*
 * The standard serialize example, checked: a module serialized, deleted,
 * deserialized into another store, instantiated with a host function and
 * run. Bytes that are not a serialized module of this wasmrt (a plain
 * wasm binary, junk, a truncated or damaged copy, another version) are
 * refused with NULL.
 */
#include "check.h"

static int calls = 0;

static wasm_trap_t *hello(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  (void)results;
  calls++;
  return NULL;
}

static wasm_module_t *refused(wasm_store_t *store, const wasm_byte_vec_t *bytes, size_t size) {
  wasm_byte_vec_t copy;
  wasm_byte_vec_new(&copy, size, bytes->data);
  wasm_module_t *module = wasm_module_deserialize(store, &copy);
  wasm_byte_vec_delete(&copy);
  return module;
}

int main(void) {
  const char *wat =
      "(module (func $hello (import \"\" \"hello\")) (func (export \"run\") call $hello call $hello))";
  wasm_byte_vec_t wasm;
  check_ok(wasmrt_wat2wasm(wat, strlen(wat), &wasm), "wasmrt_wat2wasm");

  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_module_new(store, &wasm);
  CHECK(module != NULL);
  wasm_byte_vec_t serialized;
  wasm_module_serialize(module, &serialized);
  CHECK(serialized.size > wasm.size);
  wasm_module_delete(module);
  wasm_store_delete(store);

  /* Deserialized in a new store, it runs. */
  store = wasm_store_new(engine);
  wasm_module_t *deserialized = wasm_module_deserialize(store, &serialized);
  CHECK(deserialized != NULL);
  wasm_exporttype_vec_t exports;
  wasm_module_exports(deserialized, &exports);
  CHECK(exports.size == 1);
  wasm_exporttype_vec_delete(&exports);
  wasm_functype_t *type = wasm_functype_new_0_0();
  wasm_func_t *func = wasm_func_new(store, type, hello);
  wasm_functype_delete(type);
  wasm_extern_t *items[] = {wasm_func_as_extern(func)};
  wasm_instance_t *instance = wasm_h_instance(store, deserialized, items, 1);
  wasm_extern_vec_t instance_exports;
  wasm_instance_exports(instance, &instance_exports);
  wasm_h_call(wasm_extern_as_func(instance_exports.data[0]), NULL, 0, NULL, 0);
  CHECK(calls == 2);
  wasm_extern_vec_delete(&instance_exports);
  wasm_instance_delete(instance);
  wasm_func_delete(func);

  /* A serialized copy of the deserialized module is the same bytes. */
  wasm_byte_vec_t again;
  wasm_module_serialize(deserialized, &again);
  CHECK(again.size == serialized.size && memcmp(again.data, serialized.data, again.size) == 0);
  wasm_byte_vec_delete(&again);
  wasm_module_delete(deserialized);

  /* Bytes that are not its own. */
  CHECK(wasm_module_deserialize(store, &wasm) == NULL);
  CHECK(refused(store, &serialized, serialized.size - 1) == NULL);
  CHECK(refused(store, &serialized, 12) == NULL);
  CHECK(refused(store, &serialized, 0) == NULL);
  serialized.data[serialized.size - 1] ^= 0x40;
  CHECK(wasm_module_deserialize(store, &serialized) == NULL);
  serialized.data[serialized.size - 1] ^= 0x40;
  serialized.data[8] ^= 0x7;
  CHECK(wasm_module_deserialize(store, &serialized) == NULL);
  serialized.data[8] ^= 0x7;
  module = wasm_module_deserialize(store, &serialized);
  CHECK(module != NULL);
  wasm_module_delete(module);

  /* Null arguments. */
  CHECK(wasm_module_deserialize(NULL, &serialized) == NULL);
  CHECK(wasm_module_deserialize(store, NULL) == NULL);
  wasm_module_serialize(NULL, &again);

  wasm_byte_vec_delete(&serialized);
  wasm_byte_vec_delete(&wasm);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("serialize: round trip runs, foreign bytes refused\n");
  return 0;
}
