/*
 * hello: a host function written in C, imported by a wasm module and
 * called from wasm.
 *
 *   usage: hello hello.wat
 */
#include "example.h"

/* The host function: `(param i32)`, no results. */
static wasm_trap_t *hello(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                          wasmrt_val_t *results, size_t nresults) {
  (void)caller;
  (void)nargs;
  (void)results;
  (void)nresults;
  const char *greeting = env;
  printf("%s (wasm passed %d)\n", greeting, args[0].of.i32);
  return NULL;
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "hello.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  printf("Compiling the module...\n");
  wasmrt_module_t *module = load_module(engine, argv[1]);

  /* The import, as a function of the store; the greeting is its `env`. */
  static const char greeting[] = "Hello from the host!";
  wasm_functype_t *type = wasm_functype_new_1_0(wasm_valtype_new_i32());
  wasmrt_func_t func;
  wasmrt_func_new(context, type, hello, (void *)greeting, NULL, &func);
  wasm_functype_delete(type);

  printf("Instantiating...\n");
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  import.of.func = func;
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, &import, 1, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);

  printf("Calling `run`...\n");
  wasmrt_func_t run = export_func(context, &instance, "run");
  error = wasmrt_func_call(context, &run, NULL, 0, NULL, 0, &trap);
  check_call("`run` failed", error, trap);

  printf("Done.\n");
  wasmrt_module_delete(module);
  wasmrt_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
