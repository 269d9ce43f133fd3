/*
 * A program written for wasmtime's C API, as a wasmtime user would write
 * it: configuration settings (NaN canonicalization among them), a host
 * function, memory access, fuel, epoch interruption from a second thread,
 * two linked modules, multi-value, a trap with its backtrace, and an
 * externref. tests/capi.rs renames it (wasmtime ->
 * wasmrt) and checks that it prints what it printed under wasmtime 48
 * (expected_output.txt).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <wasmtime.h>

static void exit_with_error(const char *message, wasmtime_error_t *error, wasm_trap_t *trap) {
  printf("error: %s\n", message);
  wasm_byte_vec_t text;
  if (error != NULL) {
    wasmtime_error_message(error, &text);
    wasmtime_error_delete(error);
  } else {
    wasm_trap_message(trap, &text);
    wasm_trap_delete(trap);
  }
  printf("%.*s\n", (int)text.size, text.data);
  wasm_byte_vec_delete(&text);
  exit(1);
}

static wasmtime_module_t *compile(wasm_engine_t *engine, const char *wat) {
  wasm_byte_vec_t wasm;
  wasmtime_error_t *error = wasmtime_wat2wasm(wat, strlen(wat), &wasm);
  if (error != NULL)
    exit_with_error("failed to parse the text", error, NULL);
  wasmtime_module_t *module = NULL;
  error = wasmtime_module_new(engine, (uint8_t *)wasm.data, wasm.size, &module);
  wasm_byte_vec_delete(&wasm);
  if (error != NULL)
    exit_with_error("failed to compile", error, NULL);
  return module;
}

static wasmtime_func_t get_func(wasmtime_context_t *context, wasmtime_instance_t *instance, const char *name) {
  wasmtime_extern_t item;
  if (!wasmtime_instance_export_get(context, instance, name, strlen(name), &item) ||
      item.kind != WASMTIME_EXTERN_FUNC) {
    printf("no function %s\n", name);
    exit(1);
  }
  return item.of.func;
}

static wasm_trap_t *hello(void *env, wasmtime_caller_t *caller, const wasmtime_val_t *args, size_t nargs,
                          wasmtime_val_t *results, size_t nresults) {
  (void)env;
  (void)nargs;
  (void)nresults;
  /* Read the greeting the caller left in its memory. */
  wasmtime_extern_t memory;
  if (!wasmtime_caller_export_get(caller, "memory", 6, &memory))
    return wasmtime_trap_new("no memory", 9);
  wasmtime_context_t *context = wasmtime_caller_context(caller);
  const uint8_t *data = wasmtime_memory_data(context, &memory.of.memory);
  int32_t offset = args[0].of.i32, length = args[1].of.i32;
  printf("host: %.*s\n", (int)length, (const char *)data + offset);
  results[0].kind = WASMTIME_I32;
  results[0].of.i32 = length * 2;
  return NULL;
}

static const char *MAIN_WAT =
    "(module $main\n"
    "  (import \"host\" \"hello\" (func $hello (param i32 i32) (result i32)))\n"
    "  (import \"math\" \"double\" (func $double (param i32) (result i32)))\n"
    "  (memory (export \"memory\") 1 4)\n"
    "  (data (i32.const 16) \"hello from wasm\")\n"
    "  (func (export \"greet\") (result i32) i32.const 16 i32.const 15 call $hello)\n"
    "  (func (export \"twice_double\") (param i32) (result i32) local.get 0 call $double call $double)\n"
    "  (func (export \"split\") (param i64) (result i32 i32 f64)\n"
    "    local.get 0 i32.wrap_i64 local.get 0 i64.const 32 i64.shr_u i32.wrap_i64\n"
    "    local.get 0 f64.convert_i64_s)\n"
    "  (func $inner (param i32) (result i32) i32.const 100 local.get 0 i32.div_s)\n"
    "  (func $middle (export \"middle\") (param i32) (result i32) local.get 0 call $inner)\n"
    "  (func (export \"count\") (param $n i32) (result i32) (local $i i32)\n"
    "    (loop $l local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $l)\n"
    "    local.get $i)\n"
    "  (func (export \"spin\") (loop br 0))\n"
    "  (func (export \"keep\") (param externref) (result externref) local.get 0)\n"
    "  (func (export \"nan_plus_zero\") (param i32) (result i32)\n"
    "    local.get 0 f32.reinterpret_i32 f32.const 0 f32.add i32.reinterpret_f32))\n";

static const char *MATH_WAT =
    "(module (func (export \"double\") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))\n";

static void *tick_later(void *engine) {
  struct timespec pause = {0, 20 * 1000 * 1000};
  nanosleep(&pause, NULL);
  wasmtime_engine_increment_epoch((wasm_engine_t *)engine);
  return NULL;
}

static int finalized = 0;
static void finalize(void *data) {
  (void)data;
  finalized = 1;
}

int main(void) {
  wasm_config_t *config = wasm_config_new();
  wasmtime_config_consume_fuel_set(config, true);
  wasmtime_config_epoch_interruption_set(config, true);
  wasmtime_config_strategy_set(config, WASMTIME_STRATEGY_CRANELIFT);
  wasmtime_config_cranelift_opt_level_set(config, WASMTIME_OPT_LEVEL_SPEED_AND_SIZE);
  wasmtime_config_cranelift_nan_canonicalization_set(config, true);
  wasmtime_config_cranelift_flag_enable(config, "enable_alias_analysis");
  wasmtime_config_debug_info_set(config, false);
  wasmtime_config_native_unwind_info_set(config, true);
  wasmtime_config_profiler_set(config, WASMTIME_PROFILING_STRATEGY_NONE);
  wasmtime_config_wasm_tail_call_set(config, false);
  wasmtime_config_wasm_relaxed_simd_set(config, false);
  wasmtime_config_max_wasm_stack_set(config, 1 << 20);
  wasm_engine_t *engine = wasm_engine_new_with_config(config);
  wasmtime_store_t *store = wasmtime_store_new(engine, NULL, NULL);
  wasmtime_context_t *context = wasmtime_store_context(store);
  wasmtime_error_t *error = wasmtime_context_set_fuel(context, 1000000);
  if (error != NULL)
    exit_with_error("failed to set fuel", error, NULL);
  wasmtime_context_set_epoch_deadline(context, 100);

  /* Two modules linked by name, and a host function. */
  wasmtime_linker_t *linker = wasmtime_linker_new(engine);
  wasm_functype_t *hello_type =
      wasm_functype_new_2_1(wasm_valtype_new_i32(), wasm_valtype_new_i32(), wasm_valtype_new_i32());
  error = wasmtime_linker_define_func(linker, "host", 4, "hello", 5, hello_type, hello, NULL, NULL);
  wasm_functype_delete(hello_type);
  if (error != NULL)
    exit_with_error("failed to define hello", error, NULL);
  wasmtime_module_t *math = compile(engine, MATH_WAT);
  wasmtime_instance_t math_instance;
  wasm_trap_t *trap = NULL;
  error = wasmtime_instance_new(context, math, NULL, 0, &math_instance, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("failed to instantiate math", error, trap);
  error = wasmtime_linker_define_instance(linker, context, "math", 4, &math_instance);
  if (error != NULL)
    exit_with_error("failed to define math", error, NULL);
  wasmtime_module_t *module = compile(engine, MAIN_WAT);
  wasmtime_instance_t instance;
  error = wasmtime_linker_instantiate(linker, context, module, &instance, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("failed to instantiate main", error, trap);

  /* wasm -> host, reading memory. */
  wasmtime_func_t greet = get_func(context, &instance, "greet");
  wasmtime_val_t results[3];
  error = wasmtime_func_call(context, &greet, NULL, 0, results, 1, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("greet failed", error, trap);
  printf("greet returned %d\n", results[0].of.i32);

  /* Linked modules. */
  wasmtime_func_t twice = get_func(context, &instance, "twice_double");
  wasmtime_val_t arg;
  arg.kind = WASMTIME_I32;
  arg.of.i32 = 5;
  error = wasmtime_func_call(context, &twice, &arg, 1, results, 1, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("twice_double failed", error, trap);
  printf("twice_double(5) = %d\n", results[0].of.i32);

  /* Multi-value. */
  wasmtime_func_t split = get_func(context, &instance, "split");
  arg.kind = WASMTIME_I64;
  arg.of.i64 = 0x0000000700000009;
  error = wasmtime_func_call(context, &split, &arg, 1, results, 3, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("split failed", error, trap);
  printf("split = %d %d %.1f\n", results[0].of.i32, results[1].of.i32, results[2].of.f64);

  /* Memory from the host. */
  wasmtime_extern_t item;
  wasmtime_instance_export_get(context, &instance, "memory", 6, &item);
  wasmtime_memory_t memory = item.of.memory;
  printf("memory: %llu pages, %zu bytes\n", (unsigned long long)wasmtime_memory_size(context, &memory),
         wasmtime_memory_data_size(context, &memory));
  uint64_t previous = 0;
  error = wasmtime_memory_grow(context, &memory, 2, &previous);
  if (error != NULL)
    exit_with_error("grow failed", error, NULL);
  printf("grew from %llu to %llu pages\n", (unsigned long long)previous,
         (unsigned long long)wasmtime_memory_size(context, &memory));
  error = wasmtime_memory_grow(context, &memory, 2, &previous);
  printf("growing past the maximum %s\n", error != NULL ? "fails" : "succeeds");
  if (error != NULL)
    wasmtime_error_delete(error);

  /* Fuel. */
  uint64_t before = 0, after = 0;
  wasmtime_context_get_fuel(context, &before);
  wasmtime_func_t count = get_func(context, &instance, "count");
  arg.kind = WASMTIME_I32;
  arg.of.i32 = 100;
  error = wasmtime_func_call(context, &count, &arg, 1, results, 1, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("count failed", error, trap);
  wasmtime_context_get_fuel(context, &after);
  printf("count(100) = %d using %llu fuel\n", results[0].of.i32, (unsigned long long)(before - after));
  wasmtime_context_set_fuel(context, 50);
  arg.of.i32 = 1000;
  error = wasmtime_func_call(context, &count, &arg, 1, results, 1, &trap);
  wasmtime_trap_code_t code;
  if (trap != NULL && wasmtime_trap_code(trap, &code))
    printf("count(1000) with 50 fuel: trap code %d\n", (int)code);
  if (trap != NULL)
    wasm_trap_delete(trap);
  trap = NULL;
  wasmtime_context_set_fuel(context, 1000000000);

  /* Epoch interruption from another thread. */
  wasmtime_context_set_epoch_deadline(context, 1);
  pthread_t thread;
  pthread_create(&thread, NULL, tick_later, engine);
  wasmtime_func_t spin = get_func(context, &instance, "spin");
  error = wasmtime_func_call(context, &spin, NULL, 0, NULL, 0, &trap);
  pthread_join(thread, NULL);
  if (trap != NULL && wasmtime_trap_code(trap, &code))
    printf("spin: trap code %d\n", (int)code);
  if (trap != NULL)
    wasm_trap_delete(trap);
  trap = NULL;
  wasmtime_context_set_epoch_deadline(context, 100);

  /* A trap and its backtrace. */
  wasmtime_func_t middle = get_func(context, &instance, "middle");
  arg.of.i32 = 0;
  error = wasmtime_func_call(context, &middle, &arg, 1, results, 1, &trap);
  if (trap != NULL) {
    wasmtime_trap_code(trap, &code);
    printf("middle(0): trap code %d\n", (int)code);
    wasm_frame_vec_t trace;
    wasm_trap_trace(trap, &trace);
    for (size_t i = 0; i < trace.size; i++) {
      const wasm_frame_t *frame = trace.data[i];
      const wasm_name_t *name = wasmtime_frame_func_name(frame);
      printf("  frame %zu: function %u (%.*s) at module offset %#zx, function offset %#zx\n", i,
             wasm_frame_func_index(frame), name ? (int)name->size : 1, name ? name->data : "?",
             wasm_frame_module_offset(frame), wasm_frame_func_offset(frame));
    }
    wasm_frame_vec_delete(&trace);
    wasm_trap_delete(trap);
    trap = NULL;
  }

  /* An externref through wasm. */
  static int payload = 42;
  wasmtime_val_t ref;
  ref.kind = WASMTIME_EXTERNREF;
  if (!wasmtime_externref_new(context, &payload, finalize, &ref.of.externref))
    exit_with_error("externref_new failed", NULL, NULL);
  wasmtime_func_t keep = get_func(context, &instance, "keep");
  error = wasmtime_func_call(context, &keep, &ref, 1, results, 1, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("keep failed", error, trap);
  int *back = (int *)wasmtime_externref_data(context, &results[0].of.externref);
  printf("externref back: %d\n", back ? *back : -1);
  wasmtime_val_unroot(&results[0]);
  wasmtime_val_unroot(&ref);

  /* NaN canonicalization: a signalling NaN plus zero is the canonical NaN. */
  wasmtime_func_t nan_plus_zero = get_func(context, &instance, "nan_plus_zero");
  arg.kind = WASMTIME_I32;
  arg.of.i32 = 0x7fa00001;
  error = wasmtime_func_call(context, &nan_plus_zero, &arg, 1, results, 1, &trap);
  if (error != NULL || trap != NULL)
    exit_with_error("nan_plus_zero failed", error, trap);
  printf("NaN + 0 = 0x%08x\n", (unsigned)results[0].of.i32);

  wasmtime_module_delete(module);
  wasmtime_module_delete(math);
  wasmtime_linker_delete(linker);
  wasmtime_store_delete(store);
  wasm_engine_delete(engine);
  printf("externref finalized: %s\n", finalized ? "yes" : "no");
  return 0;
}
