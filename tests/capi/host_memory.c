/*
 * Linear memories the embedder makes (wasmrt_config_host_memory_creator_set):
 * an instance's memory lies in the creator's mapping with its data segment,
 * grows within the capacity the creator reports and no further, traps
 * through the guard the creator was asked to leave, and is given back
 * (its finalizer runs) with its store; the creator's own finalizer runs
 * with the engine. A creator's error fails instantiation with its message,
 * and a null creator stops the engine.
 */
#define _DEFAULT_SOURCE
#include "check.h"

#include <stdint.h>
#include <sys/mman.h>

typedef struct {
  uint8_t *base;
  size_t mapped;
  size_t size;
  size_t capacity;
} mapped_memory_t;

typedef struct {
  size_t capacity;  /* bytes each memory may grow to */
  int fail;         /* whether new_memory refuses */
  int made;         /* memories made */
  int live;         /* memories not yet finalized */
  int finalized;    /* whether the creator's env was finalized */
  size_t reserved;  /* what the last request asked for */
  size_t guard;
} creator_state_t;

static creator_state_t *state_of_memories = NULL;

static uint8_t *get_memory(void *env, size_t *byte_size, size_t *byte_capacity) {
  mapped_memory_t *memory = (mapped_memory_t *)env;
  *byte_size = memory->size;
  *byte_capacity = memory->capacity;
  return memory->base;
}

static wasmrt_error_t *grow_memory(void *env, size_t new_size) {
  mapped_memory_t *memory = (mapped_memory_t *)env;
  if (new_size > memory->capacity) {
    return wasmrt_error_new("past the capacity");
  }
  if (mprotect(memory->base, new_size, PROT_READ | PROT_WRITE) != 0) {
    return wasmrt_error_new("mprotect failed");
  }
  memory->size = new_size;
  return NULL;
}

static void free_memory(void *env) {
  mapped_memory_t *memory = (mapped_memory_t *)env;
  munmap(memory->base, memory->mapped);
  free(memory);
  state_of_memories->live--;
}

static wasmrt_error_t *new_memory(void *env, const wasm_memorytype_t *ty, size_t minimum,
                                  size_t maximum, size_t reserved, size_t guard,
                                  wasmrt_linear_memory_t *memory_ret) {
  creator_state_t *state = (creator_state_t *)env;
  if (state->fail) {
    return wasmrt_error_new("no memory today");
  }
  const wasm_limits_t *limits = wasm_memorytype_limits(ty);
  CHECK(minimum == (size_t)limits->min * 65536);
  CHECK(limits->max == wasm_limits_max_default ? maximum == SIZE_MAX
                                               : maximum == (size_t)limits->max * 65536);
  state->reserved = reserved;
  state->guard = guard;
  mapped_memory_t *memory = (mapped_memory_t *)malloc(sizeof *memory);
  CHECK(memory != NULL);
  memory->mapped = reserved + guard;
  void *base = mmap(NULL, memory->mapped, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  CHECK(base != MAP_FAILED);
  memory->base = (uint8_t *)base;
  memory->size = 0;
  memory->capacity = state->capacity;
  wasmrt_error_t *error = grow_memory(memory, minimum);
  if (error != NULL) {
    munmap(base, memory->mapped);
    free(memory);
    return error;
  }
  memory_ret->env = memory;
  memory_ret->get_memory = get_memory;
  memory_ret->grow_memory = grow_memory;
  memory_ret->finalizer = free_memory;
  state->made++;
  state->live++;
  return NULL;
}

static void finalize_creator(void *env) {
  ((creator_state_t *)env)->finalized = 1;
}

static const char *WAT =
    "(module (memory (export \"memory\") 1)\n"
    "  (data (i32.const 100) \"from the host\")\n"
    "  (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0)))\n"
    "  (func (export \"load\") (param i32) (result i32) (i32.load8_u (local.get 0))))";

static int32_t call_i32(wasmrt_context_t *cx, wasmrt_instance_t *instance, const char *name,
                        int32_t arg, wasm_trap_t **trap) {
  wasmrt_extern_t func;
  CHECK(wasmrt_instance_export_get(cx, instance, name, strlen(name), &func));
  wasmrt_val_t param, result;
  param.kind = WASMRT_I32;
  param.of.i32 = arg;
  result.of.i32 = 0;
  check_ok(wasmrt_func_call(cx, &func.of.func, &param, 1, &result, 1, trap), name);
  return result.of.i32;
}

static wasm_engine_t *engine_with(creator_state_t *state) {
  wasmrt_memory_creator_t creator;
  creator.env = state;
  creator.new_memory = new_memory;
  creator.finalizer = finalize_creator;
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_host_memory_creator_set(config, &creator);
  wasm_engine_t *engine = NULL;
  check_ok(wasmrt_engine_new_with_config(config, &engine), "wasmrt_engine_new_with_config");
  return engine;
}

int main(void) {
  creator_state_t state = {3 * 65536, 0, 0, 0, 0, 0, 0};
  state_of_memories = &state;
  wasm_engine_t *engine = engine_with(&state);
  wasmrt_module_t *module = compile_wat(engine, WAT);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "wasmrt_instance_new");
  CHECK(trap == NULL);
  CHECK(state.made == 1 && state.live == 1);
  CHECK(state.reserved == (size_t)4 << 30 && state.guard >= (size_t)4 << 30);

  wasmrt_extern_t memory;
  CHECK(wasmrt_instance_export_get(cx, &instance, "memory", 6, &memory));
  uint8_t *data = wasmrt_memory_data(cx, &memory.of.memory);
  CHECK(memcmp(data + 100, "from the host", 13) == 0);

  CHECK(call_i32(cx, &instance, "grow", 2, &trap) == 1 && trap == NULL);
  CHECK(wasmrt_memory_data_size(cx, &memory.of.memory) == 3 * 65536);
  CHECK(wasmrt_memory_data(cx, &memory.of.memory) == data);
  /* Past the capacity the creator reports, growth fails as wasm sees it. */
  CHECK(call_i32(cx, &instance, "grow", 1, &trap) == -1 && trap == NULL);
  CHECK(call_i32(cx, &instance, "load", 3 * 65536 - 1, &trap) == 0 && trap == NULL);
#ifndef WASM_TEST_NO_GUARD_PAGE_TRAPS
  /* The guard catches what lies beyond (a fault valgrind would report,
   * so it is left out there). */
  call_i32(cx, &instance, "load", 3 * 65536, &trap);
  CHECK(trap != NULL && trap_says(trap, "out of bounds memory access"));
  wasm_trap_delete(trap);
  trap = NULL;
#endif

  /* A memory the host makes comes from the creator too. */
  wasm_limits_t limits = {2, 3};
  wasm_memorytype_t *type = wasm_memorytype_new(&limits);
  wasmrt_memory_t host_made;
  check_ok(wasmrt_memory_new(cx, type, &host_made), "wasmrt_memory_new");
  wasm_memorytype_delete(type);
  CHECK(state.made == 2 && state.live == 2);

  wasmrt_store_delete(store);
  CHECK(state.live == 0);
  wasmrt_module_delete(module);
  CHECK(!state.finalized);
  wasm_engine_delete(engine);
  CHECK(state.finalized);

  /* A creator that fails: instantiation fails with its message. */
  creator_state_t failing = {65536, 1, 0, 0, 0, 0, 0};
  engine = engine_with(&failing);
  module = compile_wat(engine, WAT);
  store = wasmrt_store_new(engine, NULL, NULL);
  cx = wasmrt_store_context(store);
  CHECK_ERROR(wasmrt_instance_new(cx, module, NULL, 0, &instance, &trap), "no memory today");
  CHECK(trap == NULL);
  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  CHECK(failing.finalized);

  /* A null creator stops the engine; a null config finalizes at once. */
  wasm_config_t *config = wasm_config_new();
  wasmrt_config_host_memory_creator_set(config, NULL);
  wasm_engine_t *none = NULL;
  CHECK_ERROR(wasmrt_engine_new_with_config(config, &none), "the creator or its new_memory callback is null");
  CHECK(none == NULL);
  creator_state_t orphan = {0, 0, 0, 0, 0, 0, 0};
  wasmrt_memory_creator_t creator = {&orphan, new_memory, finalize_creator};
  wasmrt_config_host_memory_creator_set(NULL, &creator);
  CHECK(orphan.finalized);

  printf("host_memory: ok\n");
  return 0;
}
