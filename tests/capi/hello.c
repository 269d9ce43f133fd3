/*
 * The standard hello example, checked: a module importing a host
 * function, instantiated with it, and an export calling it.
 */
#include "check.h"

static int hellos = 0;

static wasm_trap_t *hello(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 0 && results->size == 0);
  printf("Hello World!\n");
  hellos++;
  return NULL;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module =
      wasm_h_module(store, "(module (func $hello (import \"\" \"hello\")) (func (export \"run\") call $hello))");

  wasm_functype_t *type = wasm_functype_new_0_0();
  wasm_func_t *func = wasm_func_new(store, type, hello);
  wasm_functype_delete(type);
  wasm_extern_t *imports[] = {wasm_func_as_extern(func)};
  wasm_instance_t *instance = wasm_h_instance(store, module, imports, 1);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  CHECK(exports.size == 1 && wasm_extern_kind(exports.data[0]) == WASM_EXTERN_FUNC);
  const wasm_func_t *run = wasm_extern_as_func_const(exports.data[0]);
  CHECK(wasm_func_param_arity(run) == 0 && wasm_func_result_arity(run) == 0);
  wasm_h_call(run, NULL, 0, NULL, 0);
  CHECK(hellos == 1);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_func_delete(func);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
