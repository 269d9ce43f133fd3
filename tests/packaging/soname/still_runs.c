/*
 * Linked against libwasmrt.so.0 of one release, run against another of the
 * same major version: compiles a module and calls it, printing the
 * version of the header it was compiled with and the result.
 */
#include <stdio.h>
#include <string.h>

#include <wasmrt.h>

static const char WAT[] = "(module (func (export \"answer\") (result i32) i32.const 42))";

static int report(const char *what, wasmrt_error_t *error) {
  wasm_name_t message;
  wasmrt_error_message(error, &message);
  fprintf(stderr, "%s: %.*s\n", what, (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);
  return 1;
}

int main(void) {
  int status = 1;
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasm_byte_vec_t wasm;
  wasmrt_module_t *module = NULL;
  wasmrt_error_t *error = wasmrt_wat2wasm(WAT, strlen(WAT), &wasm);
  if (error != NULL) {
    status = report("wat2wasm", error);
    goto done;
  }
  error = wasmrt_module_new(engine, (const uint8_t *)wasm.data, wasm.size, &module);
  wasm_byte_vec_delete(&wasm);
  if (error != NULL) {
    status = report("compiling", error);
    goto done;
  }
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  error = wasmrt_instance_new(context, module, NULL, 0, &instance, &trap);
  if (error != NULL || trap != NULL) {
    status = error != NULL ? report("instantiating", error) : 1;
    wasm_trap_delete(trap);
    goto done;
  }
  wasmrt_extern_t answer;
  if (!wasmrt_instance_export_get(context, &instance, "answer", strlen("answer"), &answer)) {
    fprintf(stderr, "no export `answer`\n");
    goto done;
  }
  wasmrt_val_t result;
  error = wasmrt_func_call(context, &answer.of.func, NULL, 0, &result, 1, &trap);
  if (error != NULL || trap != NULL) {
    status = error != NULL ? report("calling", error) : 1;
    wasm_trap_delete(trap);
    goto done;
  }
  printf("built with wasmrt %s, answer %d\n", WASMRT_VERSION, result.of.i32);
  status = 0;
done:
  wasmrt_module_delete(module);
  wasmrt_store_delete(store);
  wasm_engine_delete(engine);
  return status;
}
