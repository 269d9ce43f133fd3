/*
 * epoch: epoch-based interruption. A second thread advances the engine's
 * epoch every 5 ms; the store's deadline is one epoch ahead. When wasm
 * reaches the deadline, a callback extends it three times, then gives up
 * with an error, which ends the call. Without a callback, the deadline
 * traps with WASMRT_TRAP_CODE_INTERRUPT.
 *
 *   usage: epoch epoch.wat
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep */

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "example.h"

static atomic_bool stop;

static void *ticker(void *engine) {
  struct timespec pause = {0, 5 * 1000 * 1000};
  while (!atomic_load(&stop)) {
    nanosleep(&pause, NULL);
    wasmrt_engine_increment_epoch(engine);
  }
  return NULL;
}

static wasmrt_error_t *on_deadline(wasmrt_context_t *context, void *data, uint64_t *delta,
                                   wasmrt_update_deadline_kind_t *kind) {
  (void)context;
  int *calls = data;
  if (++*calls > 3) {
    printf("deadline %d: giving up\n", *calls);
    return wasmrt_error_new("spun for too long");
  }
  printf("deadline %d: one more epoch\n", *calls);
  *delta = 1;
  *kind = WASMRT_UPDATE_DEADLINE_CONTINUE;
  return NULL;
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "epoch.wat");
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

  pthread_t thread;
  if (pthread_create(&thread, NULL, ticker, engine) != 0)
    exit_with_error("cannot start a thread", NULL, NULL);

  /* With the callback: extended three times, then an error. */
  int calls = 0;
  wasmrt_store_epoch_deadline_callback(store, on_deadline, &calls, NULL);
  wasmrt_context_set_epoch_deadline(context, 1);
  error = wasmrt_func_call(context, &spin, NULL, 0, NULL, 0, &trap);
  if (error == NULL)
    exit_with_error("`spin` did not fail", NULL, trap);
  wasm_byte_vec_t message;
  wasmrt_error_message(error, &message);
  printf("`spin` failed after %d deadlines:\n%.*s\n", calls, (int)message.size, message.data);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);

  /* Without it: the deadline traps. */
  wasmrt_store_epoch_deadline_callback(store, NULL, NULL, NULL);
  wasmrt_context_set_epoch_deadline(context, 1);
  error = wasmrt_func_call(context, &spin, NULL, 0, NULL, 0, &trap);
  if (error != NULL)
    exit_with_error("`spin` failed", error, NULL);
  wasmrt_trap_code_t code;
  if (trap == NULL || !wasmrt_trap_code(trap, &code) || code != WASMRT_TRAP_CODE_INTERRUPT)
    exit_with_error("`spin` did not trap at the deadline", NULL, trap);
  printf("without the callback, `spin` traps at the deadline (trap code %d)\n", (int)code);
  wasm_trap_delete(trap);

  atomic_store(&stop, true);
  if (pthread_join(thread, NULL) != 0)
    exit_with_error("cannot join the thread", NULL, NULL);
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
