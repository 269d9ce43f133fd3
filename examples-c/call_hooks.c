/*
 * call_hooks: a call hook sees every transition between the host and wasm:
 * here a call into wasm that calls the host, which calls wasm again. A hook
 * that returns a trap stops the call.
 *
 *   usage: call_hooks call_hooks.wat
 */
#include "example.h"

struct hook_state {
  int depth;        /* how many transitions in we are, for indenting */
  bool refuse_host; /* trap instead of entering the host */
};

static wasm_trap_t *hook(void *env, wasmrt_context_t *context, wasmrt_call_hook_t kind) {
  (void)context;
  struct hook_state *state = env;
  static const char *const names[] = {"calling wasm", "returning from wasm", "calling host", "returning from host"};
  bool entering = kind == WASMRT_CALL_HOOK_CALLING_WASM || kind == WASMRT_CALL_HOOK_CALLING_HOST;
  if (!entering)
    state->depth--;
  printf("%*shook: %s\n", 2 * state->depth, "", kind < 4 ? names[kind] : "?");
  if (state->refuse_host && kind == WASMRT_CALL_HOOK_CALLING_HOST) {
    static const char why[] = "the hook refuses to enter the host";
    return wasmrt_trap_new(why, sizeof why - 1); /* the host is not entered */
  }
  if (entering)
    state->depth++;
  return NULL;
}

/* host.callback(x) = add(x, 1), calling back into the instance. */
static wasm_trap_t *callback(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                             wasmrt_val_t *results, size_t nresults) {
  (void)nargs;
  (void)nresults;
  struct hook_state *state = env;
  printf("%*shost: callback(%d)\n", 2 * state->depth, "", args[0].of.i32);
  wasmrt_extern_t add;
  if (!wasmrt_caller_export_get(caller, "add", 3, &add) || add.kind != WASMRT_EXTERN_FUNC)
    return wasmrt_trap_new("no export `add`", 15);
  wasmrt_val_t pair[2] = {args[0], {.kind = WASMRT_I32, .of.i32 = 1}};
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call(wasmrt_caller_context(caller), &add.of.func, pair, 2, results, 1, &trap);
  if (error != NULL)
    exit_with_error("`add` failed", error, NULL);
  return trap; /* NULL, or a trap passed on to our caller */
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "call_hooks.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  struct hook_state state = {0, false};
  wasm_functype_t *type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  wasmrt_func_new(context, type, callback, &state, NULL, &import.of.func);
  wasm_functype_delete(type);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, &import, 1, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);
  wasmrt_func_t run = export_func(context, &instance, "run");

  wasmrt_store_call_hook(store, hook, &state, NULL);
  wasmrt_val_t arg = {.kind = WASMRT_I32, .of.i32 = 4}, result;
  printf("run(4):\n");
  error = wasmrt_func_call(context, &run, &arg, 1, &result, 1, &trap);
  check_call("`run` failed", error, trap);
  printf("run(4) = %d\n", result.of.i32);

  printf("run(4), with a hook that refuses to enter the host:\n");
  state.refuse_host = true;
  error = wasmrt_func_call(context, &run, &arg, 1, &result, 1, &trap);
  /* A trap made from a message (not a trap code) comes back as an error,
   * as in wasmtime; it carries the wasm frames it passed through. */
  if (error == NULL)
    exit_with_error("`run` was not stopped", NULL, trap);
  wasm_byte_vec_t message;
  wasmrt_error_message(error, &message);
  printf("run(4) failed: %.*s\n", (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);

  wasmrt_store_call_hook(store, NULL, NULL, NULL);
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
