/*
 * fuel: metering wasm. The store starts with a little fuel; each call uses
 * some; when it runs out the call traps, the host adds more and carries on.
 *
 *   usage: fuel fuel.wat
 */
#include "example.h"

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "fuel.wat");
  wasm_config_t *config = wasm_config_new();
  if (config == NULL)
    exit_with_error("cannot create a config", NULL, NULL);
  wasmrt_config_consume_fuel_set(config, true);
  wasm_engine_t *engine = wasm_engine_new_with_config(config); /* takes the config */
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  wasmrt_error_t *error = wasmrt_context_set_fuel(context, 10000);
  if (error != NULL)
    exit_with_error("cannot set the fuel", error, NULL);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  error = wasmrt_instance_new(context, module, NULL, 0, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);
  wasmrt_func_t fib = export_func(context, &instance, "fib");

  int refills = 0;
  for (int32_t n = 8; n <= 15;) {
    uint64_t before, after;
    error = wasmrt_context_get_fuel(context, &before);
    if (error != NULL)
      exit_with_error("cannot read the fuel", error, NULL);
    wasmrt_val_t arg, result;
    arg.kind = WASMRT_I32;
    arg.of.i32 = n;
    error = wasmrt_func_call(context, &fib, &arg, 1, &result, 1, &trap);
    if (error != NULL)
      exit_with_error("`fib` failed", error, NULL);
    if (trap != NULL) {
      wasmrt_trap_code_t code;
      if (!wasmrt_trap_code(trap, &code) || code != WASMRT_TRAP_CODE_OUT_OF_FUEL || refills == 5)
        exit_with_error("`fib` trapped", NULL, trap);
      wasm_trap_delete(trap);
      trap = NULL;
      error = wasmrt_context_get_fuel(context, &after);
      if (error != NULL)
        exit_with_error("cannot read the fuel", error, NULL);
      printf("fib(%d): out of fuel (%llu before the call, %llu now); adding 20000\n", n,
             (unsigned long long)before, (unsigned long long)after);
      error = wasmrt_context_add_fuel(context, 20000);
      if (error != NULL)
        exit_with_error("cannot add fuel", error, NULL);
      refills++;
      continue; /* and try the same n again */
    }
    error = wasmrt_context_get_fuel(context, &after);
    if (error != NULL)
      exit_with_error("cannot read the fuel", error, NULL);
    printf("fib(%d) = %d, using %llu fuel\n", n, result.of.i32, (unsigned long long)(before - after));
    n++;
  }

  uint64_t consumed;
  if (!wasmrt_context_fuel_consumed(context, &consumed))
    exit_with_error("cannot read the fuel consumed", NULL, NULL);
  uint64_t left;
  error = wasmrt_context_get_fuel(context, &left);
  if (error != NULL)
    exit_with_error("cannot read the fuel", error, NULL);
  /* A call that runs out may overshoot a little (the cost of the code it
   * was charged for): that debt is paid from the fuel added next. */
  printf("%d refills: %d fuel given, %llu consumed, %llu left\n", refills, 10000 + refills * 20000,
         (unsigned long long)consumed, (unsigned long long)left);

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
