/*
 * Helpers shared by the C API tests: checks that report the failing line
 * and exit non-zero, and small wrappers for compiling text modules.
 */
#ifndef WASMRT_TEST_CHECK_H
#define WASMRT_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasmrt.h"

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (!(cond)) {                                                           \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      exit(1);                                                               \
    }                                                                        \
  } while (0)

/* Fails the test if `error` is not NULL, printing its message. */
static inline void check_ok(wasmrt_error_t *error, const char *what) {
  if (error != NULL) {
    wasm_name_t message;
    wasmrt_error_message(error, &message);
    fprintf(stderr, "%s failed: %.*s\n", what, (int)message.size, (const char *)message.data);
    wasm_byte_vec_delete(&message);
    wasmrt_error_delete(error);
    exit(1);
  }
}

/* Checks that `error` is an error whose message contains `expected`, and
 * frees it. */
static inline void check_error(wasmrt_error_t *error, const char *expected, int line) {
  if (error == NULL) {
    fprintf(stderr, "line %d: expected an error containing \"%s\", got success\n", line, expected);
    exit(1);
  }
  wasm_name_t message;
  wasmrt_error_message(error, &message);
  char *text = (char *)malloc(message.size + 1);
  memcpy(text, message.data, message.size);
  text[message.size] = '\0';
  if (strstr(text, expected) == NULL) {
    fprintf(stderr, "line %d: expected an error containing \"%s\", got \"%s\"\n", line, expected, text);
    exit(1);
  }
  free(text);
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);
}
#define CHECK_ERROR(call, expected) check_error((call), (expected), __LINE__)

/* Compiles WebAssembly text into a module of `engine`. */
static inline wasmrt_module_t *compile_wat(wasm_engine_t *engine, const char *wat) {
  wasm_byte_vec_t wasm;
  check_ok(wasmrt_wat2wasm(wat, strlen(wat), &wasm), "wasmrt_wat2wasm");
  wasmrt_module_t *module = NULL;
  check_ok(wasmrt_module_new(engine, (const uint8_t *)wasm.data, wasm.size, &module), "wasmrt_module_new");
  wasm_byte_vec_delete(&wasm);
  return module;
}

/* Whether the trap's message contains `expected`. */
static inline int trap_says(const wasm_trap_t *trap, const char *expected) {
  wasm_message_t message;
  wasm_trap_message(trap, &message);
  int found = strstr((const char *)message.data, expected) != NULL;
  wasm_byte_vec_delete(&message);
  return found;
}

/* Compiles WebAssembly text with wasm.h's wasm_module_new. */
static inline wasm_module_t *wasm_h_module(wasm_store_t *store, const char *wat) {
  wasm_byte_vec_t wasm;
  check_ok(wasmrt_wat2wasm(wat, strlen(wat), &wasm), "wasmrt_wat2wasm");
  wasm_module_t *module = wasm_module_new(store, &wasm);
  CHECK(module != NULL);
  wasm_byte_vec_delete(&wasm);
  return module;
}

/* Instantiates `module` with the `n` externs at `imports`; fails the test
 * if that traps. */
static inline wasm_instance_t *wasm_h_instance(wasm_store_t *store, const wasm_module_t *module,
                                               wasm_extern_t *const *imports, size_t n) {
  wasm_extern_vec_t vec = {n, (wasm_extern_t **)imports};
  wasm_trap_t *trap = NULL;
  wasm_instance_t *instance = wasm_instance_new(store, module, &vec, &trap);
  if (instance == NULL) {
    wasm_message_t message;
    wasm_trap_message(trap, &message);
    fprintf(stderr, "instantiation failed: %s\n", message.data);
    exit(1);
  }
  return instance;
}

/* Calls `func` with `args`, writing its results to `results`; fails the
 * test if it traps. */
static inline void wasm_h_call(const wasm_func_t *func, wasm_val_t *args, size_t nargs, wasm_val_t *results,
                               size_t nresults) {
  wasm_val_vec_t a = {nargs, args}, r = {nresults, results};
  wasm_trap_t *trap = wasm_func_call(func, &a, &r);
  if (trap != NULL) {
    wasm_message_t message;
    wasm_trap_message(trap, &message);
    fprintf(stderr, "call failed: %s\n", message.data);
    exit(1);
  }
}

/* Calls `func` with `args` and room for `nresults` results; the call must
 * trap with a message containing `expected`. */
static inline void wasm_h_call_traps(const wasm_func_t *func, wasm_val_t *args, size_t nargs, size_t nresults,
                                     const char *expected) {
  wasm_val_t results[16];
  CHECK(nresults <= 16);
  wasm_val_vec_t a = {nargs, args}, r = {nresults, results};
  wasm_trap_t *trap = wasm_func_call(func, &a, &r);
  if (trap == NULL || !trap_says(trap, expected)) {
    fprintf(stderr, "expected a trap saying \"%s\"\n", expected);
    exit(1);
  }
  wasm_trap_delete(trap);
}

#endif
