/*
 * Store callbacks written in C: the epoch deadline callback, limits as
 * numbers and as callbacks, call hooks, and interrupt handles used from a
 * second thread.
 */
#define _POSIX_C_SOURCE 200809L /* nanosleep */

#include <pthread.h>
#include <time.h>

#include "check.h"

static const char *WAT =
    "(module\n"
    "  (import \"host\" \"tick\" (func $tick))\n"
    "  (memory (export \"memory\") 1)\n"
    "  (table 1 funcref)\n"
    "  (func (export \"ticks\") (param $n i32)\n"
    "    (loop $again call $tick\n"
    "      local.get $n i32.const 1 i32.sub local.tee $n br_if $again))\n"
    "  (func (export \"grow\") (param i32) (result i32) local.get 0 memory.grow)\n"
    "  (func (export \"grow_table\") (result i32) ref.null func i32.const 1 table.grow)\n"
    "  (func (export \"spin\") (loop br 0)))\n";

/* Everything the callbacks of one test record. */
struct record {
  wasm_engine_t *engine;
  int deadline_calls;
  int finalized;
  wasmrt_call_hook_t hooks[8];
  int nhooks;
  int fail_on_host;
};

static wasm_trap_t *tick(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                         wasmrt_val_t *results, size_t nresults) {
  (void)caller;
  (void)args;
  (void)nargs;
  (void)results;
  (void)nresults;
  wasmrt_engine_increment_epoch(((struct record *)env)->engine);
  return NULL;
}

static void finalize(void *env) { ((struct record *)env)->finalized++; }

/* Extends the deadline four times, then asks to yield (which fails). */
static wasmrt_error_t *on_deadline(wasmrt_context_t *context, void *data, uint64_t *delta,
                                   wasmrt_update_deadline_kind_t *kind) {
  struct record *r = (struct record *)data;
  CHECK(context != NULL);
  r->deadline_calls++;
  if (r->deadline_calls <= 4) {
    *delta = 1;
    *kind = WASMRT_UPDATE_DEADLINE_CONTINUE;
    return NULL;
  }
  if (r->deadline_calls == 5) {
    *kind = WASMRT_UPDATE_DEADLINE_YIELD;
    return NULL;
  }
  return wasmrt_error_new("deadline callback gives up");
}

static wasm_trap_t *on_hook(void *env, wasmrt_context_t *context, wasmrt_call_hook_t hook) {
  struct record *r = (struct record *)env;
  CHECK(context != NULL);
  if (r->nhooks < 8) {
    r->hooks[r->nhooks++] = hook;
  }
  if (r->fail_on_host && hook == WASMRT_CALL_HOOK_CALLING_HOST) {
    return wasmrt_trap_new_code(WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED);
  }
  return NULL;
}

static wasmrt_error_t *memory_growing(void *env, size_t current, size_t desired, size_t maximum, bool *allow) {
  (void)env;
  (void)current;
  CHECK(maximum == SIZE_MAX);
  *allow = desired <= 3 * 65536;
  return NULL;
}

static wasmrt_error_t *table_growing(void *env, size_t current, size_t desired, size_t maximum, bool *allow) {
  (void)env;
  (void)maximum;
  (void)allow;
  /* Creating a table (from nothing) is fine; growing one is not. */
  if (current > 0 && desired > current) {
    return wasmrt_error_new("no table growth here");
  }
  return NULL;
}

static size_t two_instances(void *env) {
  (void)env;
  return 2;
}

struct setup {
  wasmrt_store_t *store;
  wasmrt_context_t *context;
  wasmrt_module_t *module;
  wasmrt_instance_t instance;
  wasmrt_func_t tick;
};

static struct setup make(wasm_engine_t *engine, struct record *r) {
  struct setup s;
  s.store = wasmrt_store_new(engine, NULL, NULL);
  s.context = wasmrt_store_context(s.store);
  s.module = compile_wat(engine, WAT);
  wasm_functype_t *type = wasm_functype_new_0_0();
  wasmrt_func_new(s.context, type, tick, r, NULL, &s.tick);
  wasm_functype_delete(type);
  return s;
}

static void instantiate(struct setup *s) {
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  import.of.func = s->tick;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(s->context, s->module, &import, 1, &s->instance, &trap), "instantiate");
  CHECK(trap == NULL);
}

static wasmrt_func_t get(struct setup *s, const char *name) {
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(s->context, &s->instance, name, strlen(name), &item));
  return item.of.func;
}

static void finish(struct setup *s) {
  wasmrt_module_delete(s->module);
  wasmrt_store_delete(s->store);
}

static wasm_engine_t *epoch_engine(void) {
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_epoch_interruption_set(config, true);
  return wasm_engine_new_with_config(config);
}

static void deadline_callback(void) {
  struct record r = {0};
  r.engine = epoch_engine();
  struct setup s = make(r.engine, &r);
  instantiate(&s);
  wasmrt_store_epoch_deadline_callback(s.store, on_deadline, &r, finalize);
  wasmrt_context_set_epoch_deadline(s.context, 1);
  wasmrt_func_t ticks = get(&s, "ticks");
  wasmrt_val_t n;
  n.kind = WASMRT_I32;
  n.of.i32 = 5;
  wasm_trap_t *trap = NULL;
  /* Five ticks: the deadline is passed at four loop back edges, and the
   * callback extends it each time. */
  check_ok(wasmrt_func_call(s.context, &ticks, &n, 1, NULL, 0, &trap), "ticks");
  CHECK(trap == NULL && r.deadline_calls == 4);
  /* The fifth asks to yield, the sixth fails: both stop the call. */
  n.of.i32 = 10;
  CHECK_ERROR(wasmrt_func_call(s.context, &ticks, &n, 1, NULL, 0, &trap), "async");
  CHECK_ERROR(wasmrt_func_call(s.context, &ticks, &n, 1, NULL, 0, &trap), "deadline callback gives up");
  /* Removing the callback makes the deadline trap again. */
  wasmrt_store_epoch_deadline_callback(s.store, NULL, NULL, NULL);
  CHECK(r.finalized == 1);
  check_ok(wasmrt_func_call(s.context, &ticks, &n, 1, NULL, 0, &trap), "ticks past the deadline");
  wasmrt_trap_code_t code;
  CHECK(trap != NULL && wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_INTERRUPT);
  wasm_trap_delete(trap);
  finish(&s);
  wasm_engine_delete(r.engine);
}

static void limits(void) {
  struct record r = {0};
  r.engine = wasm_engine_new();

  /* As numbers: memories of at most two pages. */
  struct setup s = make(r.engine, &r);
  wasmrt_store_limiter(s.store, 2 * 65536, -1, -1, -1, -1);
  instantiate(&s);
  wasmrt_func_t grow = get(&s, "grow");
  wasmrt_val_t arg, result;
  arg.kind = WASMRT_I32;
  arg.of.i32 = 1;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_func_call(s.context, &grow, &arg, 1, &result, 1, &trap), "grow to 2");
  CHECK(result.of.i32 == 1);
  check_ok(wasmrt_func_call(s.context, &grow, &arg, 1, &result, 1, &trap), "grow to 3");
  CHECK(result.of.i32 == -1);
  finish(&s);

  /* As callbacks: three pages, two instances, tables that never grow. */
  s = make(r.engine, &r);
  wasmrt_store_limiter_callback(s.store, memory_growing, table_growing, two_instances, NULL, NULL, &r, finalize);
  instantiate(&s);
  grow = get(&s, "grow");
  arg.of.i32 = 2;
  check_ok(wasmrt_func_call(s.context, &grow, &arg, 1, &result, 1, &trap), "grow to 3");
  CHECK(result.of.i32 == 1);
  arg.of.i32 = 1;
  check_ok(wasmrt_func_call(s.context, &grow, &arg, 1, &result, 1, &trap), "grow to 4");
  CHECK(result.of.i32 == -1);
  wasmrt_func_t grow_table = get(&s, "grow_table");
  CHECK_ERROR(wasmrt_func_call(s.context, &grow_table, NULL, 0, &result, 1, &trap), "no table growth here");
  instantiate(&s);
  wasmrt_instance_t third;
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  import.of.func = s.tick;
  CHECK_ERROR(wasmrt_instance_new(s.context, s.module, &import, 1, &third, &trap), "instance count too high");
  finish(&s);
  CHECK(r.finalized == 1);
  wasm_engine_delete(r.engine);
}

static void call_hooks(void) {
  struct record r = {0};
  r.engine = wasm_engine_new();
  struct setup s = make(r.engine, &r);
  instantiate(&s);
  wasmrt_store_call_hook(s.store, on_hook, &r, finalize);
  wasmrt_func_t ticks = get(&s, "ticks");
  wasmrt_val_t n;
  n.kind = WASMRT_I32;
  n.of.i32 = 1;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_func_call(s.context, &ticks, &n, 1, NULL, 0, &trap), "ticks");
  CHECK(r.nhooks == 4);
  CHECK(r.hooks[0] == WASMRT_CALL_HOOK_CALLING_WASM);
  CHECK(r.hooks[1] == WASMRT_CALL_HOOK_CALLING_HOST);
  CHECK(r.hooks[2] == WASMRT_CALL_HOOK_RETURNING_FROM_HOST);
  CHECK(r.hooks[3] == WASMRT_CALL_HOOK_RETURNING_FROM_WASM);
  /* A hook's trap stops the call. */
  r.fail_on_host = 1;
  check_ok(wasmrt_func_call(s.context, &ticks, &n, 1, NULL, 0, &trap), "ticks with a failing hook");
  wasmrt_trap_code_t code;
  CHECK(trap != NULL && wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED);
  wasm_trap_delete(trap);
  wasmrt_store_call_hook(s.store, NULL, NULL, NULL);
  CHECK(r.finalized == 1);
  finish(&s);
  wasm_engine_delete(r.engine);
}

static void *interrupt_later(void *handle) {
  struct timespec pause = {0, 50 * 1000 * 1000};
  nanosleep(&pause, NULL);
  check_ok(wasmrt_interrupt_handle_interrupt((wasmrt_interrupt_handle_t *)handle), "interrupt");
  return NULL;
}

static void interrupt_handles(void) {
  struct record r = {0};
  r.engine = epoch_engine();
  struct setup s = make(r.engine, &r);
  instantiate(&s);
  wasmrt_interrupt_handle_t *handle = wasmrt_interrupt_handle_new(s.context);
  CHECK(handle != NULL);
  wasmrt_func_t spin = get(&s, "spin");
  for (int round = 0; round < 2; round++) {
    pthread_t thread;
    CHECK(pthread_create(&thread, NULL, interrupt_later, handle) == 0);
    wasm_trap_t *trap = NULL;
    check_ok(wasmrt_func_call(s.context, &spin, NULL, 0, NULL, 0, &trap), "spin");
    wasmrt_trap_code_t code;
    CHECK(trap != NULL && wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_INTERRUPT);
    wasm_trap_delete(trap);
    CHECK(pthread_join(thread, NULL) == 0);
  }
  wasmrt_interrupt_handle_delete(handle);
  CHECK_ERROR(wasmrt_interrupt_handle_interrupt(handle), "was deleted");
  wasmrt_interrupt_handle_delete(handle); /* a second delete is ignored */
  CHECK_ERROR(wasmrt_interrupt_handle_interrupt(NULL), "interrupt handle is null");
  CHECK(wasmrt_interrupt_handle_new(NULL) == NULL);
  finish(&s);
  wasm_engine_delete(r.engine);

  /* Without epoch interruption there is no handle. */
  wasm_engine_t *plain = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(plain, NULL, NULL);
  CHECK(wasmrt_interrupt_handle_new(wasmrt_store_context(store)) == NULL);
  wasmrt_store_delete(store);
  wasm_engine_delete(plain);
}

int main(void) {
  deadline_callback();
  limits();
  call_hooks();
  interrupt_handles();
  /* Null stores are ignored. */
  wasmrt_store_epoch_deadline_callback(NULL, on_deadline, NULL, NULL);
  wasmrt_store_limiter(NULL, 0, 0, 0, 0, 0);
  wasmrt_store_limiter_callback(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
  wasmrt_store_call_hook(NULL, on_hook, NULL, NULL);
  printf("store_callbacks: ok\n");
  return 0;
}
