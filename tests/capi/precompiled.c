/*
 * Precompiled modules through wasmrt.h: a module serialized with
 * wasmrt_module_serialize, loaded back with wasmrt_module_deserialize and,
 * from a file, with wasmrt_module_deserialize_file, runs as the original.
 * wasm_module_serialize writes the same format. Bytes of another engine
 * configuration, damaged or truncated bytes, a missing file and null
 * arguments are errors with a message. wasmrt_module_image_range gives
 * each module's code: the same bytes for a module and its loaded copy.
 */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <unistd.h>

static const char *WAT =
    "(module (memory (export \"memory\") 1) (data (i32.const 100) \"\\2a\")\n"
    "  (func (export \"answer\") (result i32) (i32.add (i32.load8_u (i32.const 100)) (i32.const 0))))";

/* Instantiates `module` in a new store of `engine` and returns what its
 * `answer` export returns. */
static int32_t answer(wasm_engine_t *engine, const wasmrt_module_t *module) {
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "wasmrt_instance_new");
  CHECK(trap == NULL);
  wasmrt_extern_t f;
  CHECK(wasmrt_instance_export_get(cx, &instance, "answer", 6, &f));
  CHECK(f.kind == WASMRT_EXTERN_FUNC);
  wasmrt_val_t result;
  check_ok(wasmrt_func_call(cx, &f.of.func, NULL, 0, &result, 1, &trap), "wasmrt_func_call");
  CHECK(trap == NULL && result.kind == WASMRT_I32);
  wasmrt_store_delete(store);
  return result.of.i32;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_module_t *module = compile_wat(engine, WAT);
  CHECK(answer(engine, module) == 42);

  wasm_byte_vec_t bytes;
  check_ok(wasmrt_module_serialize(module, &bytes), "wasmrt_module_serialize");
  wasmrt_module_t *loaded = NULL;
  check_ok(wasmrt_module_deserialize(engine, (const uint8_t *)bytes.data, bytes.size, &loaded),
           "wasmrt_module_deserialize");
  CHECK(answer(engine, loaded) == 42);

  /* Each module's code, in memory of its own, the same bytes. */
  void *start = NULL, *end = NULL, *copy_start = NULL, *copy_end = NULL;
  wasmrt_module_image_range(module, &start, &end);
  wasmrt_module_image_range(loaded, &copy_start, &copy_end);
  CHECK(start != NULL && (char *)end > (char *)start);
  size_t code_len = (size_t)((char *)end - (char *)start);
  CHECK((size_t)((char *)copy_end - (char *)copy_start) == code_len);
  CHECK((char *)copy_end <= (char *)start || (char *)end <= (char *)copy_start);
  CHECK(memcmp(start, copy_start, code_len) == 0);
  wasmrt_module_image_range(NULL, &start, &end);
  CHECK(start == NULL && end == NULL);
  wasmrt_module_image_range(module, NULL, NULL);
  wasmrt_module_delete(loaded);

  /* From a file, mapped. */
  char path[64];
  snprintf(path, sizeof path, "/tmp/wasmrt-capi-precompiled-%ld.cwasm", (long)getpid());
  FILE *file = fopen(path, "wb");
  CHECK(file != NULL);
  CHECK(fwrite(bytes.data, 1, bytes.size, file) == bytes.size);
  CHECK(fclose(file) == 0);
  loaded = NULL;
  check_ok(wasmrt_module_deserialize_file(engine, path, &loaded), "wasmrt_module_deserialize_file");
  CHECK(answer(engine, loaded) == 42);
  wasmrt_module_delete(loaded);
  CHECK(remove(path) == 0);
  CHECK_ERROR(wasmrt_module_deserialize_file(engine, path, &loaded), "wasmrt-capi-precompiled-");

  /* wasm.h's serialize writes the same bytes. */
  wasm_store_t *wasm_store = wasm_store_new(engine);
  wasm_module_t *standard = wasm_h_module(wasm_store, WAT);
  wasm_byte_vec_t standard_bytes;
  wasm_module_serialize(standard, &standard_bytes);
  CHECK(standard_bytes.size == bytes.size && memcmp(standard_bytes.data, bytes.data, bytes.size) == 0);
  wasm_byte_vec_delete(&standard_bytes);
  wasm_module_delete(standard);
  wasm_store_delete(wasm_store);

  /* Another configuration: the setting is named. */
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_consume_fuel_set(config, true);
  wasm_engine_t *fuel_engine = wasm_engine_new_with_config(config);
  CHECK_ERROR(wasmrt_module_deserialize(fuel_engine, (const uint8_t *)bytes.data, bytes.size, &loaded),
              "consume_fuel = false, but this engine has consume_fuel = true");
  wasm_engine_delete(fuel_engine);

  /* Damaged, truncated, not an artefact at all, null arguments. */
  bytes.data[bytes.size - 1] ^= 1;
  CHECK_ERROR(wasmrt_module_deserialize(engine, (const uint8_t *)bytes.data, bytes.size, &loaded),
              "damaged");
  bytes.data[bytes.size - 1] ^= 1;
  CHECK_ERROR(wasmrt_module_deserialize(engine, (const uint8_t *)bytes.data, bytes.size / 2, &loaded),
              "truncated");
  CHECK_ERROR(wasmrt_module_deserialize(engine, (const uint8_t *)"\0asm\1\0\0\0", 8, &loaded),
              "not a module precompiled by wasmrt");
  CHECK_ERROR(wasmrt_module_deserialize(NULL, (const uint8_t *)bytes.data, bytes.size, &loaded), "engine");
  CHECK_ERROR(wasmrt_module_deserialize(engine, NULL, 8, &loaded), "bytes");
  CHECK_ERROR(wasmrt_module_deserialize(engine, (const uint8_t *)bytes.data, bytes.size, NULL), "ret");
  CHECK_ERROR(wasmrt_module_deserialize_file(engine, NULL, &loaded), "path is null");
  CHECK_ERROR(wasmrt_module_serialize(NULL, &bytes), "module");
  CHECK_ERROR(wasmrt_module_serialize(module, NULL), "ret");

  wasm_byte_vec_delete(&bytes);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  printf("precompiled: serialized, deserialized from bytes and from a file, mismatches refused\n");
  return 0;
}
