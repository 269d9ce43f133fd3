/*
 * interrupt: stopping an infinite loop from a second thread with an
 * interrupt handle. The interrupted call traps with
 * WASMRT_TRAP_CODE_INTERRUPT; the store stays usable.
 *
 *   usage: interrupt interrupt.wat
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep */

#include <pthread.h>
#include <time.h>

#include "example.h"

/* The second thread: waits a little, then interrupts the store. */
static void *interrupt_later(void *arg) {
  const wasmrt_interrupt_handle_t *handle = arg;
  struct timespec pause = {0, 100 * 1000 * 1000}; /* 100 ms */
  nanosleep(&pause, NULL);
  wasmrt_error_t *error = wasmrt_interrupt_handle_interrupt(handle);
  if (error != NULL)
    exit_with_error("cannot interrupt", error, NULL);
  return NULL;
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "interrupt.wat");
  /* Interrupt handles work through epoch checks in the generated code. */
  wasm_config_t *config = wasm_config_new();
  if (config == NULL)
    exit_with_error("cannot create a config", NULL, NULL);
  wasmrt_config_epoch_interruption_set(config, true);
  wasm_engine_t *engine = wasm_engine_new_with_config(config);
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
  wasmrt_func_t spin = export_func(context, &instance, "spin");
  wasmrt_func_t answer = export_func(context, &instance, "answer");

  wasmrt_interrupt_handle_t *handle = wasmrt_interrupt_handle_new(context);
  if (handle == NULL)
    exit_with_error("cannot create an interrupt handle", NULL, NULL);
  pthread_t thread;
  if (pthread_create(&thread, NULL, interrupt_later, handle) != 0)
    exit_with_error("cannot start a thread", NULL, NULL);

  printf("Calling `spin`, which loops forever...\n");
  error = wasmrt_func_call(context, &spin, NULL, 0, NULL, 0, &trap);
  if (pthread_join(thread, NULL) != 0)
    exit_with_error("cannot join the thread", NULL, NULL);
  if (error != NULL)
    exit_with_error("`spin` failed", error, NULL);
  wasmrt_trap_code_t code;
  if (trap == NULL || !wasmrt_trap_code(trap, &code) || code != WASMRT_TRAP_CODE_INTERRUPT)
    exit_with_error("`spin` was not interrupted", NULL, trap);
  printf("`spin` was interrupted (trap code %d)\n", (int)code);
  wasm_trap_delete(trap);
  trap = NULL;

  /* The interrupt is used up: the next call runs normally. */
  wasmrt_val_t result;
  error = wasmrt_func_call(context, &answer, NULL, 0, &result, 1, &trap);
  check_call("`answer` failed", error, trap);
  printf("afterwards, `answer` returns %d\n", result.of.i32);

  wasmrt_interrupt_handle_delete(handle);
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
