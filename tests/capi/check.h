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

#endif
