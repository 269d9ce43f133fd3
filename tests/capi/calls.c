/*
 * The C API used as an embedder would: an engine and a store, a module
 * with an imported host function, calls in both directions, multi-value,
 * memory access, traps with their codes and frames, fuel and epochs.
 */
#include "check.h"

static const char *WAT =
    "(module $calls\n"
    "  (import \"host\" \"add_env\" (func $add_env (param i32) (result i32)))\n"
    "  (memory (export \"memory\") 1)\n"
    "  (func $add (export \"add\") (param i32 i32) (result i32)\n"
    "    local.get 0 local.get 1 i32.add)\n"
    "  (func $call_host (export \"call_host\") (param i32) (result i32)\n"
    "    local.get 0 call $add_env)\n"
    "  (func $div (export \"div\") (param i32 i32) (result i32)\n"
    "    local.get 0 local.get 1 i32.div_u)\n"
    "  (func $swap (export \"swap\") (param i64 f64) (result f64 i64)\n"
    "    local.get 1 local.get 0)\n"
    "  (func $spin (export \"spin\") (loop br 0)))\n";

/* The host function's environment. */
struct host_env {
  int calls;
  int32_t offset;
  int finalized;
};

/* `add_env(x)`: x + the env's offset + the first byte of the caller's
 * memory; traps for a negative x. */
static wasm_trap_t *add_env(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args,
                            size_t nargs, wasmrt_val_t *results, size_t nresults) {
  struct host_env *host = (struct host_env *)env;
  CHECK(nargs == 1 && nresults == 1);
  CHECK(args[0].kind == WASMRT_I32);
  host->calls++;
  if (args[0].of.i32 < 0) {
    return wasmrt_trap_new("negative argument", strlen("negative argument"));
  }
  /* Called from wasm, the caller is the instance; called from the host
   * there is none, and so no memory. */
  wasmrt_extern_t memory;
  uint8_t first_byte = 0;
  if (wasmrt_caller_export_get(caller, "memory", strlen("memory"), &memory)) {
    CHECK(memory.kind == WASMRT_EXTERN_MEMORY);
    wasmrt_context_t *context = wasmrt_caller_context(caller);
    first_byte = wasmrt_memory_data(context, &memory.of.memory)[0];
  }
  CHECK(!wasmrt_caller_export_get(caller, "nothing", strlen("nothing"), &memory));
  results[0].kind = WASMRT_I32;
  results[0].of.i32 = args[0].of.i32 + host->offset + first_byte;
  return NULL;
}

static void finalize_env(void *env) { ((struct host_env *)env)->finalized = 1; }

static int store_data_finalized = 0;
static void finalize_store_data(void *data) {
  CHECK(data == &store_data_finalized);
  store_data_finalized = 1;
}

static wasmrt_func_t export_func(wasmrt_context_t *context, const wasmrt_instance_t *instance,
                                 const char *name) {
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, instance, name, strlen(name), &item));
  CHECK(item.kind == WASMRT_EXTERN_FUNC);
  return item.of.func;
}

static void check_division_trap(wasm_trap_t *trap) {
  CHECK(trap != NULL);
  wasmrt_trap_code_t code;
  CHECK(wasmrt_trap_code(trap, &code));
  CHECK(code == WASMRT_TRAP_CODE_INTEGER_DIVISION_BY_ZERO);
  CHECK(trap_says(trap, "integer divide by zero"));
  /* Worded as wasmtime words it: the backtrace, then the trap as cause. */
  CHECK(trap_says(trap, "error while executing at wasm backtrace:\n    0: "));
  CHECK(trap_says(trap, " - calls!div\n"));
  CHECK(trap_says(trap, "\n\nCaused by:\n    wasm trap: integer divide by zero\n"));

  /* Imports come first: add_env 0, add 1, call_host 2, div 3. */
  wasm_frame_t *origin = wasm_trap_origin(trap);
  CHECK(origin != NULL);
  CHECK(wasm_frame_func_index(origin) == 3);
  CHECK(wasm_frame_func_offset(origin) != SIZE_MAX);
  CHECK(wasm_frame_module_offset(origin) > wasm_frame_func_offset(origin));
  const wasm_name_t *name = wasmrt_frame_func_name(origin);
  CHECK(name != NULL && name->size == 3 && memcmp(name->data, "div", 3) == 0);
  const wasm_name_t *module_name = wasmrt_frame_module_name(origin);
  CHECK(module_name != NULL && module_name->size == 5 && memcmp(module_name->data, "calls", 5) == 0);
  wasm_frame_t *copy = wasm_frame_copy(origin);
  CHECK(wasm_frame_func_index(copy) == 3);
  wasm_frame_delete(copy);
  wasm_frame_delete(origin);

  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 1);
  CHECK(wasm_frame_func_index(trace.data[0]) == 3);
  wasm_frame_vec_t trace_copy, built, blank;
  wasm_frame_vec_copy(&trace_copy, &trace);
  CHECK(trace_copy.size == 1 && wasm_frame_func_index(trace_copy.data[0]) == 3);
  wasm_frame_vec_delete(&trace_copy);
  wasm_frame_t *frame = wasm_frame_copy(trace.data[0]);
  wasm_frame_vec_new(&built, 1, &frame);
  CHECK(built.size == 1 && built.data[0] == frame);
  wasm_frame_vec_delete(&built);
  wasm_frame_vec_new_uninitialized(&blank, 2);
  CHECK(blank.size == 2 && blank.data[0] == NULL);
  wasm_frame_vec_delete(&blank);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);
}

static void calls_memory_and_traps(void) {
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_parallel_compilation_set(config, false);
  wasmrt_config_wasm_multi_value_set(config, true);
  wasmrt_config_wasm_simd_set(config, true);
  wasmrt_config_wasm_reference_types_set(config, true);
  wasmrt_config_wasm_bulk_memory_set(config, true);
  wasmrt_config_wasm_multi_memory_set(config, false);
  wasmrt_config_max_wasm_stack_set(config, 256 * 1024);
  wasmrt_config_cranelift_opt_level_set(config, WASMRT_OPT_LEVEL_SPEED_AND_SIZE);
  wasm_engine_t *engine = wasm_engine_new_with_config(config);
  CHECK(engine != NULL);

  wasmrt_store_t *store = wasmrt_store_new(engine, &store_data_finalized, finalize_store_data);
  wasmrt_context_t *context = wasmrt_store_context(store);
  CHECK(wasmrt_context_get_data(context) == &store_data_finalized);
  int other_data = 0;
  wasmrt_context_set_data(context, &other_data);
  CHECK(wasmrt_context_get_data(context) == &other_data);
  wasmrt_context_set_data(context, &store_data_finalized);

  wasmrt_module_t *module = compile_wat(engine, WAT);
  wasmrt_module_t *module_again = wasmrt_module_clone(module);
  wasmrt_module_delete(module);

  struct host_env env = {0, 100, 0};
  wasm_functype_t *type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasmrt_func_t host;
  wasmrt_func_new(context, type, add_env, &env, finalize_env, &host);
  wasm_functype_delete(type);

  wasm_functype_t *host_type = wasmrt_func_type(context, &host);
  CHECK(host_type != NULL);
  CHECK(wasm_functype_params(host_type)->size == 1);
  CHECK(wasm_valtype_kind(wasm_functype_params(host_type)->data[0]) == WASM_I32);
  CHECK(wasm_functype_results(host_type)->size == 1);
  wasm_functype_delete(host_type);

  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  import.of.func = host;
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(context, module_again, &import, 1, &instance, &trap), "instantiate");
  CHECK(trap == NULL);
  wasmrt_extern_delete(&import);

  /* Exports by index, in the module's order. */
  const char *expected[] = {"memory", "add", "call_host", "div", "swap", "spin"};
  size_t count = 0;
  char *name;
  size_t name_len;
  wasmrt_extern_t item;
  while (wasmrt_instance_export_nth(context, &instance, count, &name, &name_len, &item)) {
    CHECK(count < 6);
    CHECK(name_len == strlen(expected[count]) && memcmp(name, expected[count], name_len) == 0);
    count++;
  }
  CHECK(count == 6);

  /* add(2, 3) */
  wasmrt_func_t add = export_func(context, &instance, "add");
  wasmrt_val_t args[2];
  args[0].kind = WASMRT_I32;
  args[0].of.i32 = 2;
  args[1].kind = WASMRT_I32;
  args[1].of.i32 = 3;
  wasmrt_val_t results[2];
  check_ok(wasmrt_func_call(context, &add, args, 2, results, 1, &trap), "add");
  CHECK(trap == NULL);
  CHECK(results[0].kind == WASMRT_I32 && results[0].of.i32 == 5);

  /* wasm → host: 10 + 100 + memory[0] */
  wasmrt_memory_t memory;
  CHECK(wasmrt_instance_export_get(context, &instance, "memory", 6, &item));
  memory = item.of.memory;
  uint8_t *bytes = wasmrt_memory_data(context, &memory);
  bytes[0] = 7;
  wasmrt_func_t call_host = export_func(context, &instance, "call_host");
  args[0].of.i32 = 10;
  check_ok(wasmrt_func_call(context, &call_host, args, 1, results, 1, &trap), "call_host");
  CHECK(trap == NULL && results[0].of.i32 == 117 && env.calls == 1);

  /* A host function's trap with a message comes back as an error (a trap
   * with a code would come back as a trap), as in wasmtime. */
  args[0].of.i32 = -1;
  CHECK_ERROR(wasmrt_func_call(context, &call_host, args, 1, results, 1, &trap), "negative argument");
  CHECK(trap == NULL);

  /* The host function called directly: no calling instance. */
  args[0].of.i32 = 1;
  check_ok(wasmrt_func_call(context, &host, args, 1, results, 1, &trap), "host");
  CHECK(trap == NULL && results[0].of.i32 == 101);

  /* A wasm trap with its frames. */
  wasmrt_func_t div = export_func(context, &instance, "div");
  args[0].of.i32 = 1;
  args[1].of.i32 = 0;
  check_ok(wasmrt_func_call(context, &div, args, 2, results, 1, &trap), "div");
  check_division_trap(trap);
  trap = NULL;

  /* Multi-value. */
  wasmrt_func_t swap = export_func(context, &instance, "swap");
  args[0].kind = WASMRT_I64;
  args[0].of.i64 = -5;
  args[1].kind = WASMRT_F64;
  args[1].of.f64 = 2.5;
  check_ok(wasmrt_func_call(context, &swap, args, 2, results, 2, &trap), "swap");
  CHECK(results[0].kind == WASMRT_F64 && results[0].of.f64 == 2.5);
  CHECK(results[1].kind == WASMRT_I64 && results[1].of.i64 == -5);

  /* Memory sizes and growth. */
  CHECK(wasmrt_memory_size(context, &memory) == 1);
  CHECK(wasmrt_memory_data_size(context, &memory) == 65536);
  uint64_t previous = 0;
  check_ok(wasmrt_memory_grow(context, &memory, 2, &previous), "grow");
  CHECK(previous == 1 && wasmrt_memory_size(context, &memory) == 3);
  CHECK_ERROR(wasmrt_memory_grow(context, &memory, 70000, &previous), "failed to grow memory");
  CHECK(wasmrt_memory_data(context, &memory)[0] == 7);

  check_ok(wasmrt_context_gc(context), "gc");
  wasmrt_module_delete(module_again);
  wasmrt_store_delete(store);
  CHECK(env.finalized == 1);
  CHECK(store_data_finalized == 1);
  wasm_engine_delete(engine);
}

static void fuel_and_epochs(void) {
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_consume_fuel_set(config, true);
  wasmrt_config_epoch_interruption_set(config, true);
  wasm_engine_t *engine = wasm_engine_new_with_config(config);
  wasm_engine_t *shared = wasmrt_engine_clone(engine);
  wasmrt_store_t *store = wasmrt_store_new(shared, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_module_t *module = compile_wat(engine, "(module (func (export \"spin\") (loop br 0)))");
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(context, module, NULL, 0, &instance, &trap), "instantiate");
  wasmrt_func_t spin = export_func(context, &instance, "spin");

  uint64_t fuel = 0;
  check_ok(wasmrt_context_set_fuel(context, 1000), "set_fuel");
  check_ok(wasmrt_context_add_fuel(context, 500), "add_fuel");
  check_ok(wasmrt_context_get_fuel(context, &fuel), "get_fuel");
  CHECK(fuel == 1500);
  check_ok(wasmrt_context_consume_fuel(context, 200, &fuel), "consume_fuel");
  CHECK(fuel == 1300);
  CHECK_ERROR(wasmrt_context_consume_fuel(context, 5000, &fuel), "not enough fuel");
  uint64_t consumed = 0;
  CHECK(wasmrt_context_fuel_consumed(context, &consumed));

  /* Running out of fuel stops the loop. */
  check_ok(wasmrt_func_call(context, &spin, NULL, 0, NULL, 0, &trap), "spin without fuel");
  wasmrt_trap_code_t code;
  CHECK(trap != NULL && wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_OUT_OF_FUEL);
  wasm_trap_delete(trap);
  trap = NULL;

  /* The epoch deadline stops it too. */
  check_ok(wasmrt_context_set_fuel(context, UINT64_MAX / 2), "set_fuel");
  wasmrt_context_set_epoch_deadline(context, 1);
  wasmrt_engine_increment_epoch(engine);
  check_ok(wasmrt_func_call(context, &spin, NULL, 0, NULL, 0, &trap), "spin past the deadline");
  CHECK(trap != NULL && wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_INTERRUPT);
  wasm_trap_delete(trap);

  wasmrt_module_delete(module);
  wasmrt_store_delete(store);
  wasm_engine_delete(shared);
  wasm_engine_delete(engine);
}

int main(void) {
  calls_memory_and_traps();
  fuel_and_epochs();
  printf("calls: ok\n");
  return 0;
}
