/*
 * traps: a wasm trap and a trap raised by a host function, each with its
 * code, message and wasm backtrace (function index and name, offsets in
 * the function and in the module).
 *
 *   usage: traps traps.wat
 */
#include "example.h"

static wasm_trap_t *fail(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                         wasmrt_val_t *results, size_t nresults) {
  (void)env;
  (void)caller;
  (void)args;
  (void)nargs;
  (void)results;
  (void)nresults;
  return wasmrt_trap_new_code(WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED);
}

static void show(wasm_trap_t *trap) {
  wasmrt_trap_code_t code;
  if (wasmrt_trap_code(trap, &code))
    printf("trap code: %d\n", (int)code);
  wasm_message_t message;
  wasm_trap_message(trap, &message); /* NUL-terminated, ends with a newline */
  printf("message:\n%s", message.data);
  wasm_byte_vec_delete(&message);

  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  printf("%zu frames, innermost first:\n", trace.size);
  for (size_t i = 0; i < trace.size; i++) {
    const wasm_frame_t *frame = trace.data[i];
    const wasm_name_t *module = wasmrt_frame_module_name(frame);
    const wasm_name_t *func = wasmrt_frame_func_name(frame);
    printf("  #%zu %.*s::%.*s (function %u) at function offset %#zx, module offset %#zx\n", i,
           module ? (int)module->size : 1, module ? module->data : "?", func ? (int)func->size : 1,
           func ? func->data : "?", wasm_frame_func_index(frame), wasm_frame_func_offset(frame),
           wasm_frame_module_offset(frame));
  }
  wasm_frame_vec_delete(&trace);
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "traps.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);

  wasm_functype_t *type = wasm_functype_new_0_0();
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  wasmrt_func_new(context, type, fail, NULL, NULL, &import.of.func);
  wasm_functype_delete(type);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, &import, 1, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);
  wasmrt_func_t outer = export_func(context, &instance, "outer");

  for (int32_t how = 0; how <= 1; how++) {
    printf(how == 0 ? "== outer(0): `unreachable` in wasm\n" : "== outer(1): a trap from the host\n");
    wasmrt_val_t arg = {.kind = WASMRT_I32, .of.i32 = how};
    error = wasmrt_func_call(context, &outer, &arg, 1, NULL, 0, &trap);
    if (error != NULL)
      exit_with_error("`outer` failed", error, NULL);
    if (trap == NULL)
      exit_with_error("`outer` did not trap", NULL, NULL);
    show(trap);
    wasm_trap_delete(trap);
    trap = NULL;
  }

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
