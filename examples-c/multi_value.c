/*
 * multi_value: functions with several results. A host function returns
 * two values to wasm; the host calls wasm functions that return two and
 * four values.
 *
 *   usage: multi_value multi_value.wat
 */
#include "example.h"

/* host.divmod(a, b) = (a / b, a % b); b is never 0 here, but check. */
static wasm_trap_t *divmod(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                           wasmrt_val_t *results, size_t nresults) {
  (void)env;
  (void)caller;
  (void)nargs;
  (void)nresults;
  int32_t a = args[0].of.i32, b = args[1].of.i32;
  if (b == 0)
    return wasmrt_trap_new_code(WASMRT_TRAP_CODE_INTEGER_DIVISION_BY_ZERO);
  printf("host: divmod(%d, %d)\n", a, b);
  results[0].kind = WASMRT_I32;
  results[0].of.i32 = a / b;
  results[1].kind = WASMRT_I32;
  results[1].of.i32 = a % b;
  return NULL;
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "multi_value.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  /* (i32, i32) -> (i32, i32) */
  wasm_functype_t *type = wasm_functype_new_2_2(wasm_valtype_new_i32(), wasm_valtype_new_i32(),
                                                wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  wasmrt_func_new(context, type, divmod, NULL, NULL, &import.of.func);
  wasm_functype_delete(type);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, &import, 1, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);

  wasmrt_func_t swap = export_func(context, &instance, "swap");
  wasmrt_val_t args[2], results[4];
  args[0].kind = WASMRT_I64;
  args[0].of.i64 = 1234567890123;
  args[1].kind = WASMRT_F64;
  args[1].of.f64 = 2.5;
  error = wasmrt_func_call(context, &swap, args, 2, results, 2, &trap);
  check_call("`swap` failed", error, trap);
  if (results[0].kind != WASMRT_F64 || results[1].kind != WASMRT_I64)
    exit_with_error("`swap` returned the wrong types", NULL, NULL);
  printf("swap(%lld, %.1f) = (%.1f, %lld)\n", (long long)args[0].of.i64, args[1].of.f64, results[0].of.f64,
         (long long)results[1].of.i64);

  wasmrt_func_t divmod_twice = export_func(context, &instance, "divmod_twice");
  args[0].kind = WASMRT_I32;
  args[0].of.i32 = 47;
  args[1].kind = WASMRT_I32;
  args[1].of.i32 = 10;
  error = wasmrt_func_call(context, &divmod_twice, args, 2, results, 4, &trap);
  check_call("`divmod_twice` failed", error, trap);
  printf("divmod_twice(47, 10) = (%d, %d, %d, %d)\n", results[0].of.i32, results[1].of.i32, results[2].of.i32,
         results[3].of.i32);

  /* Asking for the wrong number of results is an error, not a crash. */
  error = wasmrt_func_call(context, &divmod_twice, args, 2, results, 3, &trap);
  if (error == NULL)
    exit_with_error("a call with too few results succeeded", NULL, trap);
  wasm_byte_vec_t message;
  wasmrt_error_message(error, &message);
  printf("with room for 3 results: %.*s\n", (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
