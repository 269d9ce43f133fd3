/*
 * gcd: calling an exported wasm function with arguments and reading its
 * result.
 *
 *   usage: gcd gcd.wat
 */
#include "example.h"

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "gcd.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, NULL, 0, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);
  wasmrt_func_t gcd = export_func(context, &instance, "gcd");

  static const int32_t pairs[][2] = {{6, 27}, {48, 18}, {17, 5}, {0, 9}, {1071, 462}};
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    wasmrt_val_t args[2], result;
    args[0].kind = WASMRT_I32;
    args[0].of.i32 = pairs[i][0];
    args[1].kind = WASMRT_I32;
    args[1].of.i32 = pairs[i][1];
    error = wasmrt_func_call(context, &gcd, args, 2, &result, 1, &trap);
    check_call("`gcd` failed", error, trap);
    printf("gcd(%d, %d) = %d\n", pairs[i][0], pairs[i][1], result.of.i32);
  }

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
