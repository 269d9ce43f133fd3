/*
 * The standard start example, checked: a module whose start function
 * traps does not instantiate; wasm_instance_new gives NULL and the trap,
 * whose origin is the start function (with no instance: it was never
 * made). A start function that succeeds runs before the exports can.
 */
#include "check.h"

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store, "(module (func $start unreachable) (start $start))");

  wasm_trap_t *trap = NULL;
  wasm_extern_vec_t imports = WASM_EMPTY_VEC;
  CHECK(wasm_instance_new(store, module, &imports, &trap) == NULL);
  CHECK(trap != NULL && trap_says(trap, "unreachable"));
  wasm_message_t message;
  wasm_trap_message(trap, &message);
  printf("Printing message...\n> %s\n", message.data);
  wasm_byte_vec_delete(&message);
  wasm_frame_t *origin = wasm_trap_origin(trap);
  CHECK(origin != NULL && wasm_frame_func_index(origin) == 0 && wasm_frame_instance(origin) == NULL);
  wasm_frame_delete(origin);
  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 1);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);
  wasm_module_delete(module);

  /* Without a trap out-parameter the failure is still NULL. */
  module = wasm_h_module(store, "(module (func $start unreachable) (start $start))");
  CHECK(wasm_instance_new(store, module, NULL, NULL) == NULL);
  wasm_module_delete(module);

  module = wasm_h_module(store,
                         "(module (global $g (mut i32) (i32.const 0))\n"
                         "  (func $start (global.set $g (i32.const 5))) (start $start)\n"
                         "  (func (export \"get\") (result i32) global.get $g))");
  wasm_instance_t *instance = wasm_h_instance(store, module, NULL, 0);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_val_t result = WASM_INIT_VAL;
  wasm_h_call(wasm_extern_as_func(exports.data[0]), NULL, 0, &result, 1);
  CHECK(result.of.i32 == 5);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
