/*
 * Checks: a failed one is printed with the seed, the operation and what
 * was expected against what was found, and fails the seed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fuzz.h"

void fuzz_fail(const char *file, int line, const char *fmt, ...) {
  va_list args;
  fprintf(stderr, "FAIL seed %llu op %d (%s): ", (unsigned long long)W.seed, W.op_index,
          W.op_name ? W.op_name : "setup");
  va_start(args, fmt);
  vfprintf(stderr, fmt, args);
  va_end(args);
  fprintf(stderr, " [%s:%d]\n", file, line);
  W.failures++;
}

void note(const char *fmt, ...) {
  if (!W.verbose) return;
  va_list args;
  printf("    ");
  va_start(args, fmt);
  vprintf(fmt, args);
  va_end(args);
  printf("\n");
}

/* The error's message; fails the check if it is empty. Frees the error. */
static void check_message(wasmrt_error_t *error, const char *what, const char *file, int line) {
  wasm_name_t message = {0, NULL};
  wasmrt_error_message(error, &message);
  if (message.size == 0 || message.data == NULL) {
    fuzz_fail(file, line, "%s: expected an error message, found an empty one", what);
  } else {
    note("%s: error: %.*s", what, (int)message.size, message.data);
  }
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);
}

void expect_error_at(wasmrt_error_t *error, const char *what, const char *file, int line) {
  if (error == NULL) {
    fuzz_fail(file, line, "%s: expected an error, found success", what);
    return;
  }
  check_message(error, what, file, line);
}

bool expect_ok_at(wasmrt_error_t *error, const char *what, const char *file, int line) {
  if (error == NULL) return true;
  wasm_name_t message = {0, NULL};
  wasmrt_error_message(error, &message);
  fuzz_fail(file, line, "%s: expected success, found error \"%.*s\"", what, (int)message.size,
            message.data ? message.data : "");
  wasm_byte_vec_delete(&message);
  wasmrt_error_delete(error);
  return false;
}

bool accept_at(wasmrt_error_t *error, const char *what, const char *file, int line) {
  if (error == NULL) return true;
  check_message(error, what, file, line);
  return false;
}

int consume_trap(wasm_trap_t *trap, const char *what) {
  wasm_message_t message = {0, NULL};
  wasm_trap_message(trap, &message);
  EXPECT(message.size > 0, "%s: expected a trap message, found an empty one", what);
  note("%s: trap: %.*s", what, (int)message.size, message.data ? message.data : "");
  wasm_byte_vec_delete(&message);
  wasmrt_trap_code_t code = 0;
  int result = wasmrt_trap_code(trap, &code) ? code : -1;
  wasm_trap_delete(trap);
  return result;
}
