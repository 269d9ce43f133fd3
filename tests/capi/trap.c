/*
 * The standard trap example, checked: a host function's trap and wasm
 * traps come back from wasm_func_call with their message, their origin
 * and their trace; each frame names its function, its offsets and its
 * instance (wasm_frame_instance, which wasmtime panics in), also with
 * several instances of the module in the store and a trace that runs
 * through two instances.
 */
#include "check.h"

static wasm_store_t *the_store;

static wasm_trap_t *fail(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  (void)results;
  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "callback abort");
  wasm_trap_t *trap = wasm_trap_new(the_store, &message);
  wasm_name_delete(&message);
  return trap;
}

/* Calls export `index`, which must trap saying `expected`; returns the
 * trap. */
static wasm_trap_t *trapping_call(const wasm_extern_vec_t *exports, size_t index, const char *expected) {
  wasm_val_t result = WASM_INIT_VAL;
  wasm_val_vec_t args = WASM_EMPTY_VEC, results = {1, &result};
  wasm_func_t *func = wasm_extern_as_func(exports->data[index]);
  results.size = wasm_func_result_arity(func);
  wasm_trap_t *trap = wasm_func_call(func, &args, &results);
  CHECK(trap != NULL);
  if (!trap_says(trap, expected)) {
    wasm_message_t message;
    wasm_trap_message(trap, &message);
    fprintf(stderr, "expected \"%s\", got \"%s\"\n", expected, message.data);
    exit(1);
  }
  return trap;
}

/* Checks the frame: function index, known offsets, and its instance. */
static void check_frame(const wasm_frame_t *frame, uint32_t func_index, const wasm_instance_t *instance) {
  CHECK(frame != NULL);
  CHECK(wasm_frame_func_index(frame) == func_index);
  CHECK(wasm_frame_func_offset(frame) != SIZE_MAX && wasm_frame_module_offset(frame) != SIZE_MAX);
  CHECK(wasm_frame_module_offset(frame) > wasm_frame_func_offset(frame));
  if (instance == NULL) {
    CHECK(wasm_frame_instance(frame) == NULL);
  } else {
    CHECK(wasm_instance_same(wasm_frame_instance(frame), instance));
  }
  printf("  frame: func %u, func offset 0x%zx, module offset 0x%zx\n", wasm_frame_func_index(frame),
         wasm_frame_func_offset(frame), wasm_frame_module_offset(frame));
}

int main(void) {
  const char *wat =
      "(module\n"
      "  (func $fail (import \"\" \"fail\") (result i32))\n"
      "  (func (export \"callback\") (result i32) call $fail)\n"
      "  (func (export \"unreachable\") (result i32) unreachable)\n"
      "  (func $inner unreachable)\n"
      "  (func (export \"nested\") call $inner))\n";
  wasm_engine_t *engine = wasm_engine_new();
  the_store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(the_store, wat);

  wasm_functype_t *type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *host = wasm_func_new(the_store, type, fail);
  wasm_functype_delete(type);
  wasm_extern_t *items[] = {wasm_func_as_extern(host)};
  wasm_instance_t *instance = wasm_h_instance(the_store, module, items, 1);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);

  printf("host trap:\n");
  wasm_trap_t *trap = trapping_call(&exports, 0, "callback abort");
  wasm_frame_t *origin = wasm_trap_origin(trap);
  check_frame(origin, 1, instance);
  wasm_frame_t *copy = wasm_frame_copy(origin);
  check_frame(copy, 1, instance);
  wasm_frame_delete(copy);
  wasm_frame_delete(origin);
  wasm_trap_delete(trap);

  printf("wasm trap:\n");
  trap = trapping_call(&exports, 1, "unreachable");
  origin = wasm_trap_origin(trap);
  check_frame(origin, 2, instance);
  wasm_frame_delete(origin);
  wasm_trap_delete(trap);

  printf("nested wasm trap:\n");
  trap = trapping_call(&exports, 2, "unreachable");
  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 2);
  check_frame(trace.data[0], 3, instance);
  check_frame(trace.data[1], 4, instance);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);

  /* A trap made by the host has no frames. */
  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "no frames");
  trap = wasm_trap_new(the_store, &message);
  wasm_name_delete(&message);
  CHECK(wasm_trap_origin(trap) == NULL);
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 0);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);
  CHECK(wasm_frame_instance(NULL) == NULL);

  printf("with a second instance of the module:\n");
  wasm_instance_t *second = wasm_h_instance(the_store, module, items, 1);
  wasm_extern_vec_t second_exports;
  wasm_instance_exports(second, &second_exports);
  trap = trapping_call(&exports, 1, "unreachable");
  origin = wasm_trap_origin(trap);
  check_frame(origin, 2, instance);
  wasm_frame_delete(origin);
  wasm_trap_delete(trap);
  trap = trapping_call(&second_exports, 1, "unreachable");
  origin = wasm_trap_origin(trap);
  check_frame(origin, 2, second);
  wasm_frame_delete(origin);
  wasm_trap_delete(trap);

  printf("through an import from the second instance:\n");
  wasm_module_t *outer_module =
      wasm_h_module(the_store, "(module (func $nested (import \"\" \"nested\"))\n"
                               "  (func (export \"go\") call $nested))\n");
  wasm_extern_t *outer_items[] = {second_exports.data[2]};
  wasm_instance_t *outer = wasm_h_instance(the_store, outer_module, outer_items, 1);
  wasm_extern_vec_t outer_exports;
  wasm_instance_exports(outer, &outer_exports);
  trap = trapping_call(&outer_exports, 0, "unreachable");
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 3);
  check_frame(trace.data[0], 3, second);
  check_frame(trace.data[1], 4, second);
  check_frame(trace.data[2], 1, outer);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);
  wasm_extern_vec_delete(&outer_exports);
  wasm_instance_delete(outer);
  wasm_module_delete(outer_module);
  wasm_extern_vec_delete(&second_exports);
  wasm_instance_delete(second);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_func_delete(host);
  wasm_module_delete(module);
  wasm_store_delete(the_store);
  wasm_engine_delete(engine);
  printf("trap: messages, origins, traces and instances checked\n");
  return 0;
}
