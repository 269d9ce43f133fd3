/*
 * host_state: data of the host's, owned by the store. A host function
 * finds it through its caller's context (`wasmrt_context_get_data`) and
 * changes it; the store's finalizer frees it when the store is deleted.
 *
 *   usage: host_state host_state.wat
 */
#include "example.h"

struct state {
  int calls;     /* how many times wasm called `count` */
  int64_t total; /* the sum of what it passed */
};

static void free_state(void *data) {
  struct state *state = data;
  printf("finalizer: freeing the state after %d calls\n", state->calls);
  free(state);
}

/* host.count(x): adds x to the total, returns the number of calls so far. */
static wasm_trap_t *count(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                          wasmrt_val_t *results, size_t nresults) {
  (void)env;
  (void)nargs;
  (void)nresults;
  struct state *state = wasmrt_context_get_data(wasmrt_caller_context(caller));
  if (state == NULL)
    return wasmrt_trap_new("no host state", 13);
  state->calls++;
  state->total += args[0].of.i32;
  results[0].kind = WASMRT_I32;
  results[0].of.i32 = state->calls;
  return NULL;
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "host_state.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);

  struct state *state = calloc(1, sizeof *state);
  if (state == NULL)
    exit_with_error("out of memory", NULL, NULL);
  wasmrt_store_t *store = wasmrt_store_new(engine, state, free_state); /* the store owns it now */
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  wasm_functype_t *type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  wasmrt_func_new(context, type, count, NULL, NULL, &import.of.func);
  wasm_functype_delete(type);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, &import, 1, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);
  wasmrt_func_t run = export_func(context, &instance, "run");

  for (int32_t n = 3; n <= 5; n++) {
    wasmrt_val_t arg = {.kind = WASMRT_I32, .of.i32 = n}, result;
    error = wasmrt_func_call(context, &run, &arg, 1, &result, 1, &trap);
    check_call("`run` failed", error, trap);
    const struct state *seen = wasmrt_context_get_data(context);
    printf("run(%d) = %d; state: %d calls, total %lld\n", n, result.of.i32, seen->calls, (long long)seen->total);
  }

  /* The host may change the state between calls too. */
  state->calls = 100;
  wasmrt_val_t arg = {.kind = WASMRT_I32, .of.i32 = 1}, result;
  error = wasmrt_func_call(context, &run, &arg, 1, &result, 1, &trap);
  check_call("`run` failed", error, trap);
  printf("after setting calls to 100, run(1) = %d\n", result.of.i32);

  printf("deleting the store\n");
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
