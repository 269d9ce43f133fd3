/*
 * linking: two modules linked by name through a linker. The library's
 * instance is defined in the linker as `lib`; the user module imports
 * `lib::memory` and `lib::store_square`, and `env::print`, a host function
 * defined in the linker.
 *
 *   usage: linking linking.wat linking_lib.wat
 */
#include "example.h"

static wasm_trap_t *print(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                          wasmrt_val_t *results, size_t nresults) {
  (void)env;
  (void)caller;
  (void)nargs;
  (void)results;
  (void)nresults;
  printf("print: %d\n", args[0].of.i32);
  return NULL;
}

int main(int argc, char **argv) {
  need_args(argc, argv, 2, "linking.wat linking_lib.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *user = load_module(engine, argv[1]);
  wasmrt_module_t *lib = load_module(engine, argv[2]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_linker_t *linker = wasmrt_linker_new(engine);
  if (linker == NULL)
    exit_with_error("cannot create a linker", NULL, NULL);

  wasm_functype_t *type = wasm_functype_new_1_0(wasm_valtype_new_i32());
  wasmrt_error_t *error = wasmrt_linker_define_func(linker, "env", 3, "print", 5, type, print, NULL, NULL);
  wasm_functype_delete(type);
  if (error != NULL)
    exit_with_error("cannot define env::print", error, NULL);

  wasmrt_instance_t lib_instance, user_instance;
  wasm_trap_t *trap = NULL;
  error = wasmrt_linker_instantiate(linker, context, lib, &lib_instance, &trap);
  check_call("cannot instantiate the library", error, trap);
  error = wasmrt_linker_define_instance(linker, context, "lib", 3, &lib_instance);
  if (error != NULL)
    exit_with_error("cannot define lib", error, NULL);
  error = wasmrt_linker_instantiate(linker, context, user, &user_instance, &trap);
  check_call("cannot instantiate the user module", error, trap);

  wasmrt_func_t run = export_func(context, &user_instance, "run");
  wasmrt_val_t arg = {.kind = WASMRT_I32, .of.i32 = 4};
  error = wasmrt_func_call(context, &run, &arg, 1, NULL, 0, &trap);
  check_call("`run` failed", error, trap);

  /* The library's state, read through the linker: what the user did. */
  wasmrt_extern_t calls;
  if (!wasmrt_linker_get(linker, context, "lib", 3, "calls", 5, &calls) || calls.kind != WASMRT_EXTERN_GLOBAL)
    exit_with_error("lib::calls is not defined", NULL, NULL);
  wasmrt_val_t value;
  wasmrt_global_get(context, &calls.of.global, &value);
  printf("lib::calls = %d\n", value.of.i32);

  /* A module whose imports the linker lacks is refused, with their names. */
  wasmrt_instance_t again;
  wasmrt_linker_t *empty = wasmrt_linker_new(engine);
  if (empty == NULL)
    exit_with_error("cannot create a linker", NULL, NULL);
  error = wasmrt_linker_instantiate(empty, context, user, &again, &trap);
  if (error == NULL)
    exit_with_error("instantiating without imports succeeded", NULL, trap);
  wasm_byte_vec_t message;
  wasmrt_error_message(error, &message);
  printf("without the imports: %.*s\n", (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);
  wasmrt_linker_delete(empty);

  wasmrt_linker_delete(linker);
  wasmrt_store_delete(store);
  wasmrt_module_delete(lib);
  wasmrt_module_delete(user);
  wasm_engine_delete(engine);
  return 0;
}
