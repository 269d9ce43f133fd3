/*
 * Every configuration setting of wasmtime's config.h, through wasmrt.h:
 * compiler settings reach Cranelift (NaN canonicalization changes a
 * result; a bad Cranelift flag stops the engine, naming it), settings for
 * what wasmrt does not implement fail engine creation with a message
 * saying so, wasmtime-only tuning settings are accepted and leave results
 * unchanged, and wasmrt_engine_new_with_config returns the reason an
 * engine cannot be made while wasm_engine_new_with_config returns NULL.
 */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

static const char *NAN_WAT =
    "(module (func (export \"add\") (param i32) (result i32)\n"
    "  (i32.reinterpret_f32 (f32.add (f32.reinterpret_i32 (local.get 0)) (f32.const 0)))))";

/* Makes an engine from `config` (consumed), failing the test if it cannot. */
static wasm_engine_t *engine_of(wasm_config_t *config) {
  wasm_engine_t *engine = NULL;
  check_ok(wasmrt_engine_new_with_config(config, &engine), "wasmrt_engine_new_with_config");
  CHECK(engine != NULL);
  return engine;
}

/* Checks that `config` (consumed) cannot make an engine, for a reason that
 * contains `expected`. */
static void check_refused(wasm_config_t *config, const char *expected, int line) {
  wasm_engine_t *engine = (wasm_engine_t *)&engine; /* must be reset to NULL */
  check_error(wasmrt_engine_new_with_config(config, &engine), expected, line);
  CHECK(engine == NULL);
}
#define CHECK_REFUSED(config, expected) check_refused((config), (expected), __LINE__)

/* The bits of 0x7fa00001 (a signalling NaN) + 0.0 as `engine` computes them. */
static uint32_t nan_sum(wasm_engine_t *engine) {
  wasmrt_module_t *module = compile_wat(engine, NAN_WAT);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "wasmrt_instance_new");
  CHECK(trap == NULL);
  wasmrt_extern_t add;
  CHECK(wasmrt_instance_export_get(cx, &instance, "add", 3, &add));
  wasmrt_val_t arg;
  arg.kind = WASMRT_I32;
  arg.of.i32 = 0x7fa00001;
  wasmrt_val_t result;
  check_ok(wasmrt_func_call(cx, &add.of.func, &arg, 1, &result, 1, &trap), "wasmrt_func_call");
  CHECK(trap == NULL && result.kind == WASMRT_I32);
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  return (uint32_t)result.of.i32;
}

static void check_compiler_settings(void) {
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_cranelift_nan_canonicalization_set(config, true);
  wasmrt_config_cranelift_debug_verifier_set(config, true);
  wasmrt_config_cranelift_regalloc_algorithm_set(config, WASMRT_REGALLOC_SINGLE_PASS);
  wasmrt_config_cranelift_regalloc_algorithm_set(config, WASMRT_REGALLOC_BACKTRACKING);
  wasmrt_config_cranelift_opt_level_set(config, WASMRT_OPT_LEVEL_SPEED_AND_SIZE);
  wasmrt_config_strategy_set(config, WASMRT_STRATEGY_CRANELIFT);
  wasmrt_config_strategy_set(config, WASMRT_STRATEGY_AUTO);
  wasmrt_config_cranelift_flag_enable(config, "enable_alias_analysis");
  wasmrt_config_cranelift_flag_set(config, "opt_level", "speed");
  wasm_engine_t *canonical = engine_of(config);
  CHECK(nan_sum(canonical) == 0x7fc00000);
  CHECK(!wasmrt_engine_is_pulley(canonical));
  wasm_engine_delete(canonical);

  /* Without canonicalization the host's quieted NaN comes through. */
  wasm_engine_t *plain = wasm_engine_new();
  CHECK(nan_sum(plain) != 0x7fc00000);
  wasm_engine_delete(plain);

  config = wasm_config_new();
  wasmrt_config_cranelift_flag_enable(config, "no_such_flag");
  CHECK_REFUSED(config, "unknown Cranelift setting `no_such_flag`");
  config = wasm_config_new();
  wasmrt_config_cranelift_flag_set(config, "opt_level", "fastest");
  CHECK_REFUSED(config, "bad value `fastest` for the Cranelift setting `opt_level`");
  config = wasm_config_new();
  wasmrt_config_cranelift_flag_set(config, "enable_probestack", "true");
  CHECK_REFUSED(config, "`enable_probestack` must stay `false`");
  config = wasm_config_new();
  wasmrt_config_cranelift_flag_set(config, "opt_level", NULL);
  CHECK_REFUSED(config, "the Cranelift flag's value is null");
  config = wasm_config_new();
  wasmrt_config_cranelift_flag_enable(config, NULL);
  CHECK_REFUSED(config, "the Cranelift flag's name is null");
  config = wasm_config_new();
  wasmrt_config_cranelift_opt_level_set(config, 9);
  CHECK_REFUSED(config, "unknown optimisation level 9");
  config = wasm_config_new();
  wasmrt_config_cranelift_regalloc_algorithm_set(config, 9);
  CHECK_REFUSED(config, "unknown register allocator 9");
  config = wasm_config_new();
  wasmrt_config_strategy_set(config, WASMRT_STRATEGY_WINCH);
  CHECK_REFUSED(config, "Cranelift only");
  config = wasm_config_new();
  wasmrt_config_profiler_set(config, WASMRT_PROFILING_STRATEGY_JITDUMP);
  wasm_engine_delete(engine_of(config));
  config = wasm_config_new();
  wasmrt_config_profiler_set(config, WASMRT_PROFILING_STRATEGY_VTUNE);
  CHECK_REFUSED(config, "no VTune profiler");

  /* The first refusal is the one reported. */
  config = wasm_config_new();
  wasmrt_config_strategy_set(config, 7);
  wasmrt_config_profiler_set(config, 7);
  CHECK_REFUSED(config, "unknown compilation strategy 7");

  /* wasm.h's constructor has no error to return: NULL (and the reason on
   * stderr). */
  config = wasm_config_new();
  wasmrt_config_cranelift_flag_enable(config, "no_such_flag");
  CHECK(wasm_engine_new_with_config(config) == NULL);
  CHECK(wasm_engine_new_with_config(NULL) == NULL);
  wasm_engine_t *unset = (wasm_engine_t *)&unset;
  CHECK_ERROR(wasmrt_engine_new_with_config(NULL, &unset), "config is null");
  CHECK(unset == NULL);
  CHECK_ERROR(wasmrt_engine_new_with_config(wasm_config_new(), NULL), "engine_out is null");
}

static void check_profiler_and_target(void) {
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_profiler_set(config, WASMRT_PROFILING_STRATEGY_NONE);
  wasmrt_config_profiler_set(config, WASMRT_PROFILING_STRATEGY_PERFMAP);
  check_ok(wasmrt_config_target_set(config, "x86_64-unknown-linux-gnu"), "wasmrt_config_target_set");
  CHECK_ERROR(wasmrt_config_target_set(config, "riscv64gc-unknown-linux-gnu"),
              "wasmrt compiles only for the host");
  CHECK_ERROR(wasmrt_config_target_set(config, "not a triple"), "is not a target triple");
  CHECK_ERROR(wasmrt_config_target_set(config, NULL), "target is null");
  CHECK_ERROR(wasmrt_config_target_set(NULL, "x86_64-linux"), "config is null");
  wasm_engine_t *engine = engine_of(config);

  /* The perf map lists the module's function by name. */
  wasmrt_module_t *module =
      compile_wat(engine, "(module $mapped (func $listed (export \"f\")))");
  char path[64];
  snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
  FILE *map = fopen(path, "r");
  CHECK(map != NULL);
  char line[512];
  int found = 0;
  while (fgets(line, sizeof line, map) != NULL) {
    if (strstr(line, " mapped::function[0]::listed\n") != NULL) {
      found = 1;
    }
  }
  fclose(map);
  CHECK(found);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
}

/* A setting for what wasmrt lacks: `accepted` (set to the value wasmrt
 * behaves with) makes an engine, `refused` (set otherwise) does not. */
static void check_unimplemented(wasm_config_t *accepted, wasm_config_t *refused,
                                const char *expected, int line) {
  wasm_engine_delete(engine_of(accepted));
  check_refused(refused, expected, line);
}
#define CHECK_UNIMPLEMENTED(accepted, refused, expected) \
  check_unimplemented((accepted), (refused), (expected), __LINE__)

static void check_proposals_and_guarantees(void) {
  wasm_config_t *accepted, *refused;

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_tail_call_set(accepted, false);
  wasmrt_config_wasm_tail_call_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "tail-call proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_relaxed_simd_set(accepted, false);
  wasmrt_config_wasm_relaxed_simd_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "relaxed SIMD proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_memory64_set(accepted, false);
  wasmrt_config_wasm_memory64_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "memory64 proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_threads_set(accepted, false);
  wasmrt_config_wasm_threads_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "threads proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_gc_set(accepted, false);
  wasmrt_config_wasm_gc_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "GC proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_function_references_set(accepted, false);
  wasmrt_config_wasm_function_references_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "typed function references proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_exceptions_set(accepted, false);
  wasmrt_config_wasm_exceptions_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "exception-handling proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_wide_arithmetic_set(accepted, false);
  wasmrt_config_wasm_wide_arithmetic_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "wide-arithmetic proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_custom_page_sizes_set(accepted, false);
  wasmrt_config_wasm_custom_page_sizes_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "custom-page-sizes proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_stack_switching_set(accepted, false);
  wasmrt_config_wasm_stack_switching_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "stack-switching proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_shared_memory_set(accepted, false);
  wasmrt_config_shared_memory_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "no shared memories");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_signals_based_traps_set(accepted, true);
  wasmrt_config_signals_based_traps_set(refused, false);
  CHECK_UNIMPLEMENTED(accepted, refused, "signal-based traps");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_component_model_set(accepted, false);
  wasmrt_config_wasm_component_model_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "component-model proposal");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_concurrency_support_set(accepted, false);
  wasmrt_config_concurrency_support_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "concurrency support");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_component_model_map_set(accepted, false);
  wasmrt_config_wasm_component_model_map_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "map type");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_component_model_async_set(accepted, false);
  wasmrt_config_wasm_component_model_async_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "async ABI");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_component_model_more_async_builtins_set(accepted, false);
  wasmrt_config_wasm_component_model_more_async_builtins_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "async builtins");

  accepted = wasm_config_new();
  refused = wasm_config_new();
  wasmrt_config_wasm_component_model_async_stackful_set(accepted, false);
  wasmrt_config_wasm_component_model_async_stackful_set(refused, true);
  CHECK_UNIMPLEMENTED(accepted, refused, "stackful async");
}

/* wasmtime's tuning settings: accepted whatever their value, with results
 * unchanged. */
static void check_tuning(void) {
  char dir_template[] = "/tmp/wasmrt-config-XXXXXX";
  char *dir = mkdtemp(dir_template);
  CHECK(dir != NULL);
  char toml[128];
  snprintf(toml, sizeof toml, "%s/cache.toml", dir);
  FILE *file = fopen(toml, "w");
  CHECK(file != NULL);
  fputs("[cache]\n", file);
  fclose(file);

  wasm_config_t *config = wasm_config_new();
  wasmrt_config_debug_info_set(config, true);
  wasmrt_config_native_unwind_info_set(config, false);
  wasmrt_config_macos_use_mach_ports_set(config, false);
  wasmrt_config_memory_init_cow_set(config, false);
  wasmrt_config_memory_may_move_set(config, false);
  wasmrt_config_gc_support_set(config, true);
  wasmrt_config_wasm_relaxed_simd_deterministic_set(config, true);
  wasmrt_config_wasm_branch_hinting_set(config, true);
  wasmrt_config_memory_reservation_set(config, 1 << 20);
  wasmrt_config_memory_guard_size_set(config, 1 << 16);
  wasmrt_config_memory_reservation_for_growth_set(config, 0);
  check_ok(wasmrt_config_cache_config_load(config, NULL), "wasmrt_config_cache_config_load");
  check_ok(wasmrt_config_cache_config_load(config, toml), "wasmrt_config_cache_config_load");
  CHECK_ERROR(wasmrt_config_cache_config_load(config, "/nonexistent/cache.toml"),
              "failed to read the cache configuration `/nonexistent/cache.toml`");
  CHECK_ERROR(wasmrt_config_cache_config_load(config, dir), "is not a file");
  CHECK_ERROR(wasmrt_config_cache_config_load(NULL, NULL), "config is null");
  /* Null configurations are ignored. */
  wasmrt_config_debug_info_set(NULL, true);
  wasmrt_config_memory_reservation_set(NULL, 0);

  wasmrt_pooling_allocation_config_t *pooling = wasmrt_pooling_allocation_config_new();
  wasmrt_pooling_allocation_config_decommit_batch_size_set(pooling, 64);
  wasmrt_pooling_allocation_config_total_component_instances_set(pooling, 10);
  wasmrt_pooling_allocation_config_max_component_instance_size_set(pooling, 1 << 20);
  wasmrt_pooling_allocation_config_max_core_instances_per_component_set(pooling, 10);
  wasmrt_pooling_allocation_config_max_memories_per_component_set(pooling, 10);
  wasmrt_pooling_allocation_config_max_tables_per_component_set(pooling, 10);
  wasmrt_pooling_allocation_config_total_gc_heaps_set(pooling, 10);
  wasmrt_pooling_allocation_config_total_stacks_set(pooling, 10);
  wasmrt_pooling_allocation_config_async_stack_keep_resident_set(pooling, 4096);
  wasmrt_pooling_allocation_config_total_memories_set(pooling, 4);
  wasmrt_pooling_allocation_strategy_set(config, pooling);
  wasmrt_pooling_allocation_config_delete(pooling);

  wasm_engine_t *engine = engine_of(config);
  CHECK(nan_sum(engine) == nan_sum(engine));
  /* A memory still grows (memory_may_move=false holds: it never moves). */
  wasmrt_module_t *module = compile_wat(
      engine, "(module (memory (export \"m\") 1) (func (export \"grow\") (result i32)"
              " (memory.grow (i32.const 1))))");
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "wasmrt_instance_new");
  wasmrt_extern_t memory, grow;
  CHECK(wasmrt_instance_export_get(cx, &instance, "m", 1, &memory));
  CHECK(wasmrt_instance_export_get(cx, &instance, "grow", 4, &grow));
  const uint8_t *before = wasmrt_memory_data(cx, &memory.of.memory);
  wasmrt_val_t result;
  check_ok(wasmrt_func_call(cx, &grow.of.func, NULL, 0, &result, 1, &trap), "wasmrt_func_call");
  CHECK(trap == NULL && result.of.i32 == 1);
  CHECK(wasmrt_memory_data(cx, &memory.of.memory) == before);
  CHECK(wasmrt_memory_data_size(cx, &memory.of.memory) == 2 * 65536);
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  remove(toml);
  rmdir(dir);
}

int main(void) {
  check_compiler_settings();
  check_profiler_and_target();
  check_proposals_and_guarantees();
  check_tuning();
  printf("config: ok\n");
  return 0;
}
