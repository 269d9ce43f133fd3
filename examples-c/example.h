/*
 * What every C example needs besides its own subject: reporting an error
 * or a trap and stopping, and compiling the .wat file named on the command
 * line. Only the public header <wasmrt.h> is used.
 */
#ifndef WASMRT_EXAMPLE_H
#define WASMRT_EXAMPLE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <wasmrt.h>

/* Prints `what` and the message of `error` or `trap` (either may be NULL)
 * to stderr, frees them and exits with status 1. */
_Noreturn static inline void exit_with_error(const char *what, wasmrt_error_t *error, wasm_trap_t *trap) {
  fprintf(stderr, "error: %s\n", what);
  wasm_byte_vec_t message;
  if (error != NULL) {
    wasmrt_error_message(error, &message);
    fprintf(stderr, "%.*s\n", (int)message.size, message.data);
    wasm_byte_vec_delete(&message);
    wasmrt_error_delete(error);
  }
  if (trap != NULL) {
    wasm_trap_message(trap, &message); /* NUL-terminated */
    fprintf(stderr, "%s\n", message.data);
    wasm_byte_vec_delete(&message);
    wasm_trap_delete(trap);
  }
  exit(1);
}

/* Stops the program if a call failed or trapped. */
static inline void check_call(const char *what, wasmrt_error_t *error, wasm_trap_t *trap) {
  if (error != NULL || trap != NULL)
    exit_with_error(what, error, trap);
}

/* Reads the WebAssembly text file at `path`, converts it to binary and
 * compiles it. The module is the caller's (`wasmrt_module_delete`). */
static inline wasmrt_module_t *load_module(wasm_engine_t *engine, const char *path) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) {
    perror(path);
    exit(1);
  }
  char *text = NULL;
  size_t size = 0;
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, file)) > 0) {
    char *bigger = realloc(text, size + n);
    if (bigger == NULL) {
      fprintf(stderr, "error: out of memory reading %s\n", path);
      exit(1);
    }
    text = bigger;
    memcpy(text + size, chunk, n);
    size += n;
  }
  if (ferror(file)) {
    perror(path);
    exit(1);
  }
  fclose(file);

  wasm_byte_vec_t wasm;
  wasmrt_error_t *error = wasmrt_wat2wasm(text, size, &wasm);
  free(text);
  if (error != NULL)
    exit_with_error(path, error, NULL);
  wasmrt_module_t *module = NULL;
  error = wasmrt_module_new(engine, (const uint8_t *)wasm.data, wasm.size, &module);
  wasm_byte_vec_delete(&wasm);
  if (error != NULL)
    exit_with_error(path, error, NULL);
  return module;
}

/* The function exported as `name` by `instance`; exits if there is none. */
static inline wasmrt_func_t export_func(wasmrt_context_t *context, const wasmrt_instance_t *instance,
                                        const char *name) {
  wasmrt_extern_t item;
  if (!wasmrt_instance_export_get(context, instance, name, strlen(name), &item) ||
      item.kind != WASMRT_EXTERN_FUNC) {
    fprintf(stderr, "error: no exported function `%s`\n", name);
    exit(1);
  }
  return item.of.func;
}

/* The usage check every example starts with. */
static inline void need_args(int argc, char **argv, int wanted, const char *usage) {
  if (argc != wanted + 1) {
    fprintf(stderr, "usage: %s %s\n", argc > 0 ? argv[0] : "example", usage);
    exit(1);
  }
}

#endif
