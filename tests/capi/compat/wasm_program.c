/*
 * A program written for the standard WebAssembly C API alone (the
 * WebAssembly organisation's wasm-c-api `wasm.h`: no wasmtime.h, no
 * wasmrt.h, no vendor extension), as a C programmer using that API would
 * write it. It covers:
 *  - wasm_module_validate on valid bytes, on a module that does not
 *    type-check and on bytes that are not wasm; wasm_module_new failing;
 *  - reflection: wasm_module_imports / wasm_module_exports with module and
 *    name, extern kind, and each kind's type (func param/result counts,
 *    global content and mutability, table element and limits, memory
 *    limits), wasm_extern_type;
 *  - host functions: wasm_func_new, and wasm_func_new_with_env whose
 *    environment's finalizer must have run exactly once once the store is
 *    deleted; wasm_func_param_arity / wasm_func_result_arity;
 *  - wasm_func_call with wasm_val_vec_t; multi-value: a wasm function
 *    returning three values, a host function returning two called by wasm;
 *  - wasm_extern_kind, wasm_*_as_extern, wasm_extern_as_* (including a
 *    conversion to the wrong kind, which gives NULL);
 *  - an exported memory: data, data_size, size, grow (within and past its
 *    maximum), bytes written by wasm read by the host and the reverse;
 *  - globals: exported (mutable and immutable) and imported
 *    (wasm_global_new), wasm_global_get / set / type, changes seen on both
 *    sides;
 *  - an exported table: size, type, wasm_table_get, wasm_table_grow with a
 *    NULL init reference (within and past its maximum);
 *  - linking: the exports of one instance (wasm_instance_exports) in the
 *    import vector of another; an instantiation with missing imports fails;
 *  - traps: `unreachable` and an integer division by zero, with
 *    wasm_trap_origin and wasm_trap_trace (func index, func offset, module
 *    offset of every frame); a host trap made with wasm_trap_new returned
 *    by a host function called from wasm; wasm_trap_message of the host
 *    trap and of one wasm trap (the text a wasm-c-api user prints); a start
 *    function that traps in wasm_instance_new (the trap out-parameter set).
 * Every step is checked: anything unexpected (a NULL, a trap, a wrong kind
 * of value) is reported on stderr and the program exits 1. Everything is
 * freed. It prints nothing whose wording is a runtime's own choice except
 * the two trap messages.
 *
 * The expected output, wasm_program_expected.txt, was recorded under
 * wasmtime 48: compiled with
 *   cc -std=c11 -Wall -Wextra -Werror -I<wasmtime-c-api-impl-48.0.8>/include
 *      wasm_program.c <wheel>/wasmtime/linux-x86_64/_libwasmtime.so -lpthread
 * (wasmtime's `wasm.h` is the standard header; the library is
 * `_libwasmtime.so` from the PyPI wheel wasmtime==48.0.0) and run (the same
 * output on every run). Compiled unmodified against wasmrt's include/wasm.h
 * and libwasmrt.so, it must print exactly the same, byte for byte.
 *
 * Left out because wasmtime 48 aborts or panics on them: wasm_frame_instance
 * (unimplemented), wasm_func_as_ref and so wasm_table_set with a function,
 * wasm_*_same.
 *
 * Under valgrind: the SIGFPE of an integer division by zero does not reach
 * the runtime's signal handler under valgrind (measured with wasmtime 48:
 * the process dies of SIGFPE), so for a valgrind run compile with
 * -DWASM_PROGRAM_NO_DIVIDE_BY_ZERO, which leaves out that one call and the
 * lines it prints (the output then differs from the expected file only
 * there). The other traps (`unreachable`, a host trap, a start function)
 * run under valgrind; with wasmtime 48 and tests/capi/valgrind.supp the run
 * reports no error and no definite leak.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <wasm.h>

/* ------------------------------------------------------------------------
 * The wasm modules, as binaries (wasm.h has no text parser). Above each
 * array is the text it was assembled from with `wat2wasm` (wabt 1.0.32);
 * the invalid module was assembled with `wat2wasm --no-check`.
 * ---------------------------------------------------------------------- */

/*
 * (module
 *   (import "host" "log" (func $log (param i32)))
 *   (import "host" "count" (func $count (param i32) (result i32)))
 *   (import "host" "pair" (func $pair (param i32) (result i32 i32)))
 *   (import "host" "fail" (func $fail))
 *   (import "host" "base" (global $base (mut i32)))
 *   (memory (export "memory") 1 3)
 *   (data (i32.const 16) "Hello from wasm")
 *   (global $counter (export "counter") (mut i32) (i32.const 7))
 *   (global (export "pi") f64 (f64.const 3.25))
 *   (table (export "table") 2 4 funcref)
 *   (elem (i32.const 0) $add $sub)
 *   (func $add (export "add") (param i32 i32) (result i32)
 *     local.get 0 local.get 1 i32.add)
 *   (func $sub (param i32 i32) (result i32)
 *     local.get 0 local.get 1 i32.sub)
 *   (func (export "call_table") (param i32 i32 i32) (result i32) ;; 6
 *     local.get 1 local.get 2 local.get 0 call_indirect (param i32 i32) (result i32))
 *   (func (export "log_and_count") (param i32) (result i32)
 *     local.get 0 call $log
 *     local.get 0 call $count)
 *   (func (export "use_pair") (param i32) (result i32)
 *     local.get 0 call $pair i32.sub)
 *   (func (export "three") (param i32) (result i32 i64 f64)
 *     local.get 0 i32.const 1 i32.add
 *     local.get 0 i64.extend_i32_s i64.const 10000000000 i64.mul
 *     local.get 0 f64.convert_i32_s f64.const 2 f64.div)
 *   (func (export "sum") (param $ptr i32) (param $len i32) (result i32) (local $s i32)
 *     (block $done
 *       (loop $next
 *         local.get $len i32.eqz br_if $done
 *         local.get $s local.get $ptr i32.load8_u i32.add local.set $s
 *         local.get $ptr i32.const 1 i32.add local.set $ptr
 *         local.get $len i32.const 1 i32.sub local.set $len
 *         br $next))
 *     local.get $s)
 *   (func (export "poke") (param i32 i32)
 *     local.get 0 local.get 1 i32.store)
 *   (func (export "pages") (result i32) memory.size)
 *   (func (export "bump") (result i32)
 *     global.get $counter global.get $base i32.add global.set $counter
 *     global.get $counter)
 *   (func (export "set_base") (param i32) local.get 0 global.set $base)
 *   (func (export "get_base") (result i32) global.get $base)
 *   (func $crash unreachable)                  ;; function 16 (4 imports come first)
 *   (func (export "crash") call $crash)        ;; 17
 *   (func $divide (param i32 i32) (result i32) ;; 18
 *     local.get 0 local.get 1 i32.div_u)
 *   (func (export "divide") (param i32 i32) (result i32) ;; 19
 *     local.get 0 local.get 1 call $divide)
 *   (func (export "fail") call $fail))         ;; 20
 */
static const unsigned char LIB_WASM[568] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x30, 0x09, 0x60, 0x01, 0x7f, 0x00, 0x60,
    0x01, 0x7f, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x02, 0x7f, 0x7f, 0x60, 0x00, 0x00, 0x60, 0x02, 0x7f,
    0x7f, 0x01, 0x7f, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x03, 0x7f, 0x7e,
    0x7c, 0x60, 0x02, 0x7f, 0x7f, 0x00, 0x60, 0x00, 0x01, 0x7f, 0x02, 0x3e, 0x05, 0x04, 0x68, 0x6f,
    0x73, 0x74, 0x03, 0x6c, 0x6f, 0x67, 0x00, 0x00, 0x04, 0x68, 0x6f, 0x73, 0x74, 0x05, 0x63, 0x6f,
    0x75, 0x6e, 0x74, 0x00, 0x01, 0x04, 0x68, 0x6f, 0x73, 0x74, 0x04, 0x70, 0x61, 0x69, 0x72, 0x00,
    0x02, 0x04, 0x68, 0x6f, 0x73, 0x74, 0x04, 0x66, 0x61, 0x69, 0x6c, 0x00, 0x03, 0x04, 0x68, 0x6f,
    0x73, 0x74, 0x04, 0x62, 0x61, 0x73, 0x65, 0x03, 0x7f, 0x01, 0x03, 0x12, 0x11, 0x04, 0x04, 0x05,
    0x01, 0x01, 0x06, 0x04, 0x07, 0x08, 0x08, 0x00, 0x08, 0x03, 0x03, 0x04, 0x04, 0x03, 0x04, 0x05,
    0x01, 0x70, 0x01, 0x02, 0x04, 0x05, 0x04, 0x01, 0x01, 0x01, 0x03, 0x06, 0x12, 0x02, 0x7f, 0x01,
    0x41, 0x07, 0x0b, 0x7c, 0x00, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, 0x40, 0x0b, 0x07,
    0xa1, 0x01, 0x12, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x07, 0x63, 0x6f, 0x75,
    0x6e, 0x74, 0x65, 0x72, 0x03, 0x01, 0x02, 0x70, 0x69, 0x03, 0x02, 0x05, 0x74, 0x61, 0x62, 0x6c,
    0x65, 0x01, 0x00, 0x03, 0x61, 0x64, 0x64, 0x00, 0x04, 0x0a, 0x63, 0x61, 0x6c, 0x6c, 0x5f, 0x74,
    0x61, 0x62, 0x6c, 0x65, 0x00, 0x06, 0x0d, 0x6c, 0x6f, 0x67, 0x5f, 0x61, 0x6e, 0x64, 0x5f, 0x63,
    0x6f, 0x75, 0x6e, 0x74, 0x00, 0x07, 0x08, 0x75, 0x73, 0x65, 0x5f, 0x70, 0x61, 0x69, 0x72, 0x00,
    0x08, 0x05, 0x74, 0x68, 0x72, 0x65, 0x65, 0x00, 0x09, 0x03, 0x73, 0x75, 0x6d, 0x00, 0x0a, 0x04,
    0x70, 0x6f, 0x6b, 0x65, 0x00, 0x0b, 0x05, 0x70, 0x61, 0x67, 0x65, 0x73, 0x00, 0x0c, 0x04, 0x62,
    0x75, 0x6d, 0x70, 0x00, 0x0d, 0x08, 0x73, 0x65, 0x74, 0x5f, 0x62, 0x61, 0x73, 0x65, 0x00, 0x0e,
    0x08, 0x67, 0x65, 0x74, 0x5f, 0x62, 0x61, 0x73, 0x65, 0x00, 0x0f, 0x05, 0x63, 0x72, 0x61, 0x73,
    0x68, 0x00, 0x11, 0x06, 0x64, 0x69, 0x76, 0x69, 0x64, 0x65, 0x00, 0x13, 0x04, 0x66, 0x61, 0x69,
    0x6c, 0x00, 0x14, 0x09, 0x08, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x02, 0x04, 0x05, 0x0a, 0xc1, 0x01,
    0x11, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6b,
    0x0b, 0x0b, 0x00, 0x20, 0x01, 0x20, 0x02, 0x20, 0x00, 0x11, 0x04, 0x00, 0x0b, 0x0a, 0x00, 0x20,
    0x00, 0x10, 0x00, 0x20, 0x00, 0x10, 0x01, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x10, 0x02, 0x6b, 0x0b,
    0x1e, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x20, 0x00, 0xac, 0x42, 0x80, 0xc8, 0xaf, 0xa0, 0x25,
    0x7e, 0x20, 0x00, 0xb7, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0xa3, 0x0b, 0x2b,
    0x01, 0x01, 0x7f, 0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x45, 0x0d, 0x01, 0x20, 0x02, 0x20, 0x00,
    0x2d, 0x00, 0x00, 0x6a, 0x21, 0x02, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x21, 0x00, 0x20, 0x01, 0x41,
    0x01, 0x6b, 0x21, 0x01, 0x0c, 0x00, 0x0b, 0x0b, 0x20, 0x02, 0x0b, 0x09, 0x00, 0x20, 0x00, 0x20,
    0x01, 0x36, 0x02, 0x00, 0x0b, 0x04, 0x00, 0x3f, 0x00, 0x0b, 0x0b, 0x00, 0x23, 0x01, 0x23, 0x00,
    0x6a, 0x24, 0x01, 0x23, 0x01, 0x0b, 0x06, 0x00, 0x20, 0x00, 0x24, 0x00, 0x0b, 0x04, 0x00, 0x23,
    0x00, 0x0b, 0x03, 0x00, 0x00, 0x0b, 0x04, 0x00, 0x10, 0x10, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x20,
    0x01, 0x6e, 0x0b, 0x08, 0x00, 0x20, 0x00, 0x20, 0x01, 0x10, 0x12, 0x0b, 0x04, 0x00, 0x10, 0x03,
    0x0b, 0x0b, 0x15, 0x01, 0x00, 0x41, 0x10, 0x0b, 0x0f, 0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x66,
    0x72, 0x6f, 0x6d, 0x20, 0x77, 0x61, 0x73, 0x6d,
};

/*
 * (module
 *   (import "lib" "add" (func $add (param i32 i32) (result i32)))
 *   (import "lib" "memory" (memory 1))
 *   (import "lib" "counter" (global $counter (mut i32)))
 *   (func (export "add_and_store") (param i32 i32) (result i32) (local $r i32)
 *     local.get 0 local.get 1 call $add local.set $r
 *     i32.const 8 local.get $r i32.store
 *     global.get $counter i32.const 1 i32.add global.set $counter
 *     local.get $r))
 */
static const unsigned char USER_WASM[114] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01,
    0x7f, 0x02, 0x28, 0x03, 0x03, 0x6c, 0x69, 0x62, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x03, 0x6c,
    0x69, 0x62, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x01, 0x03, 0x6c, 0x69, 0x62,
    0x07, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x65, 0x72, 0x03, 0x7f, 0x01, 0x03, 0x02, 0x01, 0x00, 0x07,
    0x11, 0x01, 0x0d, 0x61, 0x64, 0x64, 0x5f, 0x61, 0x6e, 0x64, 0x5f, 0x73, 0x74, 0x6f, 0x72, 0x65,
    0x00, 0x01, 0x0a, 0x1e, 0x01, 0x1c, 0x01, 0x01, 0x7f, 0x20, 0x00, 0x20, 0x01, 0x10, 0x00, 0x21,
    0x02, 0x41, 0x08, 0x20, 0x02, 0x36, 0x02, 0x00, 0x23, 0x00, 0x41, 0x01, 0x6a, 0x24, 0x00, 0x20,
    0x02, 0x0b,
};

/*
 * (module
 *   (func $boom unreachable)
 *   (func $start call $boom)
 *   (start $start))
 */
static const unsigned char START_WASM[34] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x03,
    0x02, 0x00, 0x00, 0x08, 0x01, 0x01, 0x0a, 0x0a, 0x02, 0x03, 0x00, 0x00, 0x0b, 0x04, 0x00, 0x10,
    0x00, 0x0b,
};

/*
 * (module (func (result i32) i32.add))
 */
static const unsigned char INVALID_WASM[26] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
    0x02, 0x01, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x6a, 0x0b,
};

/* Not a wasm module at all. */
static const char GARBAGE_WASM[] = "this is not wasm";

/* ------------------------------------------------------------------------
 * Checking every step.
 * ---------------------------------------------------------------------- */

static void fail(const char *what) {
  fprintf(stderr, "unexpected: %s\n", what);
  exit(1);
}

static void *check(void *pointer, const char *what) {
  if (pointer == NULL) {
    fprintf(stderr, "unexpected NULL: %s\n", what);
    exit(1);
  }
  return pointer;
}

static const void *check_const(const void *pointer, const char *what) {
  if (pointer == NULL) {
    fprintf(stderr, "unexpected NULL: %s\n", what);
    exit(1);
  }
  return pointer;
}

static void expect(bool condition, const char *what) {
  if (!condition)
    fail(what);
}

/* The length of a trap message without the terminating NUL that wasm.h
 * promises (wasm_message_t is null terminated). */
static int message_length(const wasm_message_t *message, const char *what) {
  if (message->size == 0 || message->data == NULL || message->data[message->size - 1] != '\0')
    fail(what);
  return (int)(message->size - 1);
}

static void print_trap_message(const char *label, const wasm_trap_t *trap) {
  wasm_message_t message;
  wasm_trap_message(trap, &message);
  printf("%s: %.*s\n", label, message_length(&message, "a trap message is not null terminated"),
         message.data);
  wasm_byte_vec_delete(&message);
}

/* Prints where a trap happened: its origin and every frame of its trace. */
static void print_trap_frames(const wasm_trap_t *trap) {
  wasm_frame_t *origin = wasm_trap_origin(trap);
  if (origin != NULL) {
    printf("  origin: func %u, func offset %zu, module offset %zu\n", wasm_frame_func_index(origin),
           wasm_frame_func_offset(origin), wasm_frame_module_offset(origin));
    wasm_frame_delete(origin);
  } else {
    printf("  origin: none\n");
  }
  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  printf("  trace: %zu frames\n", trace.size);
  for (size_t i = 0; i < trace.size; i++) {
    const wasm_frame_t *frame = check_const(trace.data[i], "a frame of a trace");
    printf("    frame %zu: func %u, func offset %zu, module offset %zu\n", i, wasm_frame_func_index(frame),
           wasm_frame_func_offset(frame), wasm_frame_module_offset(frame));
  }
  wasm_frame_vec_delete(&trace);
}

/* Calls a function that must not trap. */
static void call(const wasm_func_t *func, const wasm_val_vec_t *args, wasm_val_vec_t *results, const char *what) {
  wasm_trap_t *trap = wasm_func_call(func, args, results);
  if (trap != NULL) {
    wasm_message_t message;
    wasm_trap_message(trap, &message);
    fprintf(stderr, "unexpected trap in %s: %.*s\n", what, message.size > 0 ? (int)message.size - 1 : 0,
            message.data);
    exit(1);
  }
}

/* Calls a function that must trap; returns the trap. */
static wasm_trap_t *call_trapping(const wasm_func_t *func, const wasm_val_vec_t *args, wasm_val_vec_t *results,
                                  const char *what) {
  wasm_trap_t *trap = wasm_func_call(func, args, results);
  if (trap == NULL) {
    fprintf(stderr, "unexpected: %s did not trap\n", what);
    exit(1);
  }
  return trap;
}

static int32_t result_i32(const wasm_val_vec_t *results, size_t i) {
  expect(i < results->size && results->data[i].kind == WASM_I32, "an i32 result");
  return results->data[i].of.i32;
}

static const char *extern_kind_name(wasm_externkind_t kind) {
  switch (kind) {
  case WASM_EXTERN_FUNC:
    return "func";
  case WASM_EXTERN_GLOBAL:
    return "global";
  case WASM_EXTERN_TABLE:
    return "table";
  case WASM_EXTERN_MEMORY:
    return "memory";
  default:
    return "unknown";
  }
}

static const char *val_kind_name(wasm_valkind_t kind) {
  switch (kind) {
  case WASM_I32:
    return "i32";
  case WASM_I64:
    return "i64";
  case WASM_F32:
    return "f32";
  case WASM_F64:
    return "f64";
  case WASM_EXTERNREF:
    return "externref";
  case WASM_FUNCREF:
    return "funcref";
  default:
    return "unknown";
  }
}

static void print_limits(const wasm_limits_t *limits) {
  printf(" min %u", limits->min);
  if (limits->max == wasm_limits_max_default)
    printf(" no max");
  else
    printf(" max %u", limits->max);
}

/* Prints an extern type: its kind and what a user would look at. */
static void print_externtype(const wasm_externtype_t *type) {
  wasm_externkind_t kind = wasm_externtype_kind(type);
  printf("%s", extern_kind_name(kind));
  switch (kind) {
  case WASM_EXTERN_FUNC: {
    const wasm_functype_t *func = check_const(wasm_externtype_as_functype_const(type), "a func type");
    printf(" (%zu params, %zu results)", wasm_functype_params(func)->size, wasm_functype_results(func)->size);
    break;
  }
  case WASM_EXTERN_GLOBAL: {
    const wasm_globaltype_t *global = check_const(wasm_externtype_as_globaltype_const(type), "a global type");
    printf(" %s %s", val_kind_name(wasm_valtype_kind(wasm_globaltype_content(global))),
           wasm_globaltype_mutability(global) == WASM_VAR ? "var" : "const");
    break;
  }
  case WASM_EXTERN_TABLE: {
    const wasm_tabletype_t *table = check_const(wasm_externtype_as_tabletype_const(type), "a table type");
    printf(" %s", val_kind_name(wasm_valtype_kind(wasm_tabletype_element(table))));
    print_limits(wasm_tabletype_limits(table));
    break;
  }
  case WASM_EXTERN_MEMORY: {
    const wasm_memorytype_t *memory = check_const(wasm_externtype_as_memorytype_const(type), "a memory type");
    print_limits(wasm_memorytype_limits(memory));
    break;
  }
  default:
    break;
  }
  printf("\n");
}

static void print_module(const char *label, const wasm_module_t *module) {
  wasm_importtype_vec_t imports;
  wasm_exporttype_vec_t exports;
  wasm_module_imports(module, &imports);
  wasm_module_exports(module, &exports);
  printf("module %s: %zu imports, %zu exports\n", label, imports.size, exports.size);
  for (size_t i = 0; i < imports.size; i++) {
    const wasm_importtype_t *import = check_const(imports.data[i], "an import type");
    const wasm_name_t *module_name = wasm_importtype_module(import);
    const wasm_name_t *name = wasm_importtype_name(import);
    printf("  import %.*s.%.*s: ", (int)module_name->size, module_name->data, (int)name->size, name->data);
    print_externtype(wasm_importtype_type(import));
  }
  for (size_t i = 0; i < exports.size; i++) {
    const wasm_exporttype_t *exporttype = check_const(exports.data[i], "an export type");
    const wasm_name_t *name = wasm_exporttype_name(exporttype);
    printf("  export %.*s: ", (int)name->size, name->data);
    print_externtype(wasm_exporttype_type(exporttype));
  }
  wasm_importtype_vec_delete(&imports);
  wasm_exporttype_vec_delete(&exports);
}

static wasm_module_t *compile(wasm_store_t *store, const unsigned char *bytes, size_t size, const char *what) {
  wasm_byte_vec_t binary;
  wasm_byte_vec_new(&binary, size, (const wasm_byte_t *)bytes);
  expect(wasm_module_validate(store, &binary), what);
  wasm_module_t *module = check(wasm_module_new(store, &binary), what);
  wasm_byte_vec_delete(&binary);
  return module;
}

/* The export of an instance called `name`, found through the module's
 * export types (which are in the order of wasm_instance_exports). */
static wasm_extern_t *find_export(const wasm_module_t *module, const wasm_extern_vec_t *externs, const char *name) {
  wasm_exporttype_vec_t exports;
  wasm_module_exports(module, &exports);
  expect(exports.size == externs->size, "as many exports as export types");
  wasm_extern_t *found = NULL;
  for (size_t i = 0; i < exports.size; i++) {
    const wasm_name_t *export_name = wasm_exporttype_name(exports.data[i]);
    if (export_name->size == strlen(name) && memcmp(export_name->data, name, export_name->size) == 0)
      found = externs->data[i];
  }
  wasm_exporttype_vec_delete(&exports);
  if (found == NULL) {
    fprintf(stderr, "no export %s\n", name);
    exit(1);
  }
  return found;
}

static wasm_func_t *export_func(const wasm_module_t *module, const wasm_extern_vec_t *externs, const char *name) {
  wasm_extern_t *item = find_export(module, externs, name);
  expect(wasm_extern_kind(item) == WASM_EXTERN_FUNC, name);
  return check(wasm_extern_as_func(item), name);
}

/* ------------------------------------------------------------------------
 * Host functions.
 * ---------------------------------------------------------------------- */

/* host.log: (i32) -> (), made with wasm_func_new. */
static wasm_trap_t *host_log(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  expect(args->size == 1 && args->data[0].kind == WASM_I32, "host.log's argument");
  expect(results->size == 0, "host.log has no results");
  printf("host.log(%d)\n", args->data[0].of.i32);
  return NULL;
}

/* host.pair: (i32) -> (i32 i32), two results, made with wasm_func_new. */
static wasm_trap_t *host_pair(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  expect(args->size == 1 && args->data[0].kind == WASM_I32, "host.pair's argument");
  expect(results->size == 2, "host.pair has two results");
  int32_t x = args->data[0].of.i32;
  wasm_val_t first = WASM_I32_VAL(x * 10);
  wasm_val_t second = WASM_I32_VAL(x);
  results->data[0] = first;
  results->data[1] = second;
  return NULL;
}

/* host.count: (i32) -> (i32), with an environment and a finalizer. */
struct counter {
  int calls;
  int32_t total;
};

static int finalizer_runs = 0;

static void counter_finalize(void *env) {
  free(env);
  finalizer_runs++;
}

static wasm_trap_t *host_count(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  struct counter *counter = env;
  expect(args->size == 1 && args->data[0].kind == WASM_I32, "host.count's argument");
  expect(results->size == 1, "host.count has one result");
  counter->calls++;
  counter->total += args->data[0].of.i32;
  printf("host.count: call %d, total %d\n", counter->calls, counter->total);
  wasm_val_t total = WASM_I32_VAL(counter->total);
  results->data[0] = total;
  return NULL;
}

/* host.fail: () -> (), returns a trap made with wasm_trap_new; its
 * environment is the store. */
static wasm_trap_t *host_fail(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  (void)results;
  wasm_store_t *store = env;
  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "the host says no");
  wasm_trap_t *trap = check(wasm_trap_new(store, &message), "wasm_trap_new");
  wasm_byte_vec_delete(&message);
  return trap;
}

/* ------------------------------------------------------------------------ */

int main(void) {
  wasm_engine_t *engine = check(wasm_engine_new(), "wasm_engine_new");
  wasm_store_t *store = check(wasm_store_new(engine), "wasm_store_new");

  /* Validation. */
  wasm_byte_vec_t bytes;
  wasm_byte_vec_new(&bytes, sizeof LIB_WASM, (const wasm_byte_t *)LIB_WASM);
  printf("validate lib: %s\n", wasm_module_validate(store, &bytes) ? "valid" : "invalid");
  wasm_byte_vec_delete(&bytes);
  wasm_byte_vec_new(&bytes, sizeof INVALID_WASM, (const wasm_byte_t *)INVALID_WASM);
  printf("validate a module that does not type-check: %s\n",
         wasm_module_validate(store, &bytes) ? "valid" : "invalid");
  wasm_module_t *bad = wasm_module_new(store, &bytes);
  printf("compiling it %s\n", bad == NULL ? "fails" : "succeeds");
  if (bad != NULL)
    wasm_module_delete(bad);
  wasm_byte_vec_delete(&bytes);
  wasm_byte_vec_new(&bytes, strlen(GARBAGE_WASM), GARBAGE_WASM);
  printf("validate bytes that are not wasm: %s\n", wasm_module_validate(store, &bytes) ? "valid" : "invalid");
  wasm_byte_vec_delete(&bytes);

  /* Compile and reflect. */
  wasm_module_t *lib = compile(store, LIB_WASM, sizeof LIB_WASM, "compiling lib");
  wasm_module_t *user = compile(store, USER_WASM, sizeof USER_WASM, "compiling user");
  print_module("lib", lib);
  print_module("user", user);

  /* The host's imports of lib, in the order of its imports. */
  wasm_functype_t *log_type = wasm_functype_new_1_0(wasm_valtype_new_i32());
  wasm_functype_t *count_type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_functype_t *pair_type =
      wasm_functype_new_1_2(wasm_valtype_new_i32(), wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_functype_t *fail_type = wasm_functype_new_0_0();
  wasm_func_t *log_func = check(wasm_func_new(store, log_type, host_log), "wasm_func_new log");
  wasm_func_t *pair_func = check(wasm_func_new(store, pair_type, host_pair), "wasm_func_new pair");
  struct counter *counter = check(calloc(1, sizeof *counter), "calloc");
  wasm_func_t *count_func = check(wasm_func_new_with_env(store, count_type, host_count, counter, counter_finalize),
                                  "wasm_func_new_with_env count");
  wasm_func_t *fail_func =
      check(wasm_func_new_with_env(store, fail_type, host_fail, store, NULL), "wasm_func_new_with_env fail");
  wasm_functype_delete(log_type);
  wasm_functype_delete(count_type);
  wasm_functype_delete(pair_type);
  wasm_functype_delete(fail_type);
  printf("host funcs: log %zu->%zu, count %zu->%zu, pair %zu->%zu, fail %zu->%zu\n", wasm_func_param_arity(log_func),
         wasm_func_result_arity(log_func), wasm_func_param_arity(count_func), wasm_func_result_arity(count_func),
         wasm_func_param_arity(pair_func), wasm_func_result_arity(pair_func), wasm_func_param_arity(fail_func),
         wasm_func_result_arity(fail_func));

  wasm_globaltype_t *base_type = wasm_globaltype_new(wasm_valtype_new_i32(), WASM_VAR);
  wasm_val_t base_init = WASM_I32_VAL(100);
  wasm_global_t *base = check(wasm_global_new(store, base_type, &base_init), "wasm_global_new base");
  wasm_globaltype_delete(base_type);

  wasm_extern_t *lib_import_array[] = {
      wasm_func_as_extern(log_func),  wasm_func_as_extern(count_func),  wasm_func_as_extern(pair_func),
      wasm_func_as_extern(fail_func), wasm_global_as_extern(base),
  };
  for (size_t i = 0; i < sizeof lib_import_array / sizeof *lib_import_array; i++)
    check(lib_import_array[i], "an extern of a host object");
  printf("import kinds: %s %s %s %s %s\n", extern_kind_name(wasm_extern_kind(lib_import_array[0])),
         extern_kind_name(wasm_extern_kind(lib_import_array[1])), extern_kind_name(wasm_extern_kind(lib_import_array[2])),
         extern_kind_name(wasm_extern_kind(lib_import_array[3])), extern_kind_name(wasm_extern_kind(lib_import_array[4])));
  wasm_extern_vec_t lib_imports = WASM_ARRAY_VEC(lib_import_array);
  wasm_trap_t *trap = NULL;
  wasm_instance_t *lib_instance = check(wasm_instance_new(store, lib, &lib_imports, &trap), "instantiating lib");
  expect(trap == NULL, "no trap instantiating lib");
  wasm_extern_vec_t lib_exports;
  wasm_instance_exports(lib_instance, &lib_exports);
  printf("lib instance: %zu exports\n", lib_exports.size);

  /* Conversions between externs and their kinds. */
  wasm_extern_t *memory_extern = find_export(lib, &lib_exports, "memory");
  wasm_extern_t *table_extern = find_export(lib, &lib_exports, "table");
  wasm_extern_t *counter_extern = find_export(lib, &lib_exports, "counter");
  wasm_extern_t *pi_extern = find_export(lib, &lib_exports, "pi");
  wasm_extern_t *add_extern = find_export(lib, &lib_exports, "add");
  printf("export kinds: memory %s, table %s, counter %s, pi %s, add %s\n",
         extern_kind_name(wasm_extern_kind(memory_extern)), extern_kind_name(wasm_extern_kind(table_extern)),
         extern_kind_name(wasm_extern_kind(counter_extern)), extern_kind_name(wasm_extern_kind(pi_extern)),
         extern_kind_name(wasm_extern_kind(add_extern)));
  wasm_memory_t *memory = check(wasm_extern_as_memory(memory_extern), "wasm_extern_as_memory");
  wasm_table_t *table = check(wasm_extern_as_table(table_extern), "wasm_extern_as_table");
  wasm_global_t *counter_global = check(wasm_extern_as_global(counter_extern), "wasm_extern_as_global counter");
  wasm_global_t *pi = check(wasm_extern_as_global(pi_extern), "wasm_extern_as_global pi");
  wasm_func_t *add = check(wasm_extern_as_func(add_extern), "wasm_extern_as_func");
  printf("a memory as a func: %s, a func as a memory: %s, a func as a global: %s, a global as a table: %s\n",
         wasm_extern_as_func(memory_extern) == NULL ? "NULL" : "not NULL",
         wasm_extern_as_memory(add_extern) == NULL ? "NULL" : "not NULL",
         wasm_extern_as_global(add_extern) == NULL ? "NULL" : "not NULL",
         wasm_extern_as_table(counter_extern) == NULL ? "NULL" : "not NULL");
  wasm_externtype_t *add_type = check(wasm_extern_type(add_extern), "wasm_extern_type");
  printf("type of add: ");
  print_externtype(add_type);
  wasm_externtype_delete(add_type);
  printf("arity of add: %zu params, %zu results\n", wasm_func_param_arity(add), wasm_func_result_arity(add));

  /* Calls with wasm_val_vec_t. */
  wasm_val_t add_args_array[] = {WASM_I32_VAL(20), WASM_I32_VAL(22)};
  wasm_val_vec_t add_args = WASM_ARRAY_VEC(add_args_array);
  wasm_val_t one_result_array[1] = {WASM_INIT_VAL};
  wasm_val_vec_t one_result = WASM_ARRAY_VEC(one_result_array);
  call(add, &add_args, &one_result, "add");
  printf("add(20, 22) = %d\n", result_i32(&one_result, 0));

  /* wasm -> host: a plain host function and one with an environment. */
  wasm_func_t *log_and_count = export_func(lib, &lib_exports, "log_and_count");
  for (int32_t i = 1; i <= 2; i++) {
    wasm_val_t arg_array[] = {WASM_I32_VAL(i * 5)};
    wasm_val_vec_t args = WASM_ARRAY_VEC(arg_array);
    call(log_and_count, &args, &one_result, "log_and_count");
    printf("log_and_count(%d) = %d\n", i * 5, result_i32(&one_result, 0));
  }

  /* Multi-value: wasm returning three values, a host function returning two. */
  wasm_func_t *three = export_func(lib, &lib_exports, "three");
  printf("arity of three: %zu params, %zu results\n", wasm_func_param_arity(three), wasm_func_result_arity(three));
  wasm_val_t seven_array[] = {WASM_I32_VAL(7)};
  wasm_val_vec_t seven = WASM_ARRAY_VEC(seven_array);
  wasm_val_t three_results_array[3] = {WASM_INIT_VAL, WASM_INIT_VAL, WASM_INIT_VAL};
  wasm_val_vec_t three_results = WASM_ARRAY_VEC(three_results_array);
  call(three, &seven, &three_results, "three");
  expect(three_results.data[1].kind == WASM_I64 && three_results.data[2].kind == WASM_F64, "three's result kinds");
  printf("three(7) = %d %lld %.2f\n", result_i32(&three_results, 0), (long long)three_results.data[1].of.i64,
         three_results.data[2].of.f64);
  wasm_func_t *use_pair = export_func(lib, &lib_exports, "use_pair");
  call(use_pair, &seven, &one_result, "use_pair");
  printf("use_pair(7) = %d\n", result_i32(&one_result, 0));

  /* Memory. */
  printf("memory: %u pages, %zu bytes\n", wasm_memory_size(memory), wasm_memory_data_size(memory));
  wasm_memorytype_t *memory_type = check(wasm_memory_type(memory), "wasm_memory_type");
  printf("memory type:");
  print_limits(wasm_memorytype_limits(memory_type));
  printf("\n");
  wasm_memorytype_delete(memory_type);
  byte_t *data = check(wasm_memory_data(memory), "wasm_memory_data");
  printf("memory at 16: \"%.15s\"\n", data + 16);
  wasm_func_t *poke = export_func(lib, &lib_exports, "poke");
  wasm_val_t poke_args_array[] = {WASM_I32_VAL(100), WASM_I32_VAL(0x04030201)};
  wasm_val_vec_t poke_args = WASM_ARRAY_VEC(poke_args_array);
  wasm_val_vec_t no_results = WASM_EMPTY_VEC;
  call(poke, &poke_args, &no_results, "poke");
  data = check(wasm_memory_data(memory), "wasm_memory_data");
  printf("bytes wasm stored at 100: %d %d %d %d\n", data[100], data[101], data[102], data[103]);
  for (int i = 0; i < 10; i++)
    data[200 + i] = (byte_t)(i + 1);
  wasm_func_t *sum = export_func(lib, &lib_exports, "sum");
  wasm_val_t sum_args_array[] = {WASM_I32_VAL(200), WASM_I32_VAL(10)};
  wasm_val_vec_t sum_args = WASM_ARRAY_VEC(sum_args_array);
  call(sum, &sum_args, &one_result, "sum");
  printf("sum of the 10 bytes the host wrote at 200: %d\n", result_i32(&one_result, 0));
  printf("grow by 1: %s\n", wasm_memory_grow(memory, 1) ? "ok" : "failed");
  printf("memory: %u pages, %zu bytes\n", wasm_memory_size(memory), wasm_memory_data_size(memory));
  wasm_func_t *pages = export_func(lib, &lib_exports, "pages");
  call(pages, &no_results, &one_result, "pages");
  printf("wasm sees %d pages\n", result_i32(&one_result, 0));
  data = check(wasm_memory_data(memory), "wasm_memory_data");
  data[65536 + 5] = 9;
  wasm_val_t sum_args2_array[] = {WASM_I32_VAL(65536), WASM_I32_VAL(10)};
  wasm_val_vec_t sum_args2 = WASM_ARRAY_VEC(sum_args2_array);
  call(sum, &sum_args2, &one_result, "sum");
  printf("sum of the new page's first 10 bytes: %d\n", result_i32(&one_result, 0));
  printf("grow by 2 past the maximum of 3: %s\n", wasm_memory_grow(memory, 2) ? "ok" : "failed");
  printf("grow by 0: %s\n", wasm_memory_grow(memory, 0) ? "ok" : "failed");
  printf("memory: %u pages, %zu bytes\n", wasm_memory_size(memory), wasm_memory_data_size(memory));

  /* Globals: exported (mutable and immutable) and imported. */
  wasm_val_t value;
  wasm_global_get(counter_global, &value);
  expect(value.kind == WASM_I32, "counter is an i32");
  printf("counter = %d\n", value.of.i32);
  wasm_globaltype_t *counter_type = check(wasm_global_type(counter_global), "wasm_global_type");
  printf("counter type: %s %s\n", val_kind_name(wasm_valtype_kind(wasm_globaltype_content(counter_type))),
         wasm_globaltype_mutability(counter_type) == WASM_VAR ? "var" : "const");
  wasm_globaltype_delete(counter_type);
  wasm_val_t forty = WASM_I32_VAL(40);
  wasm_global_set(counter_global, &forty);
  wasm_func_t *bump = export_func(lib, &lib_exports, "bump");
  call(bump, &no_results, &one_result, "bump");
  printf("after setting counter to 40, bump() = %d\n", result_i32(&one_result, 0));
  wasm_global_get(counter_global, &value);
  printf("counter = %d\n", value.of.i32);
  wasm_global_get(pi, &value);
  expect(value.kind == WASM_F64, "pi is an f64");
  printf("pi = %.2f\n", value.of.f64);
  wasm_globaltype_t *pi_type = check(wasm_global_type(pi), "wasm_global_type");
  printf("pi type: %s %s\n", val_kind_name(wasm_valtype_kind(wasm_globaltype_content(pi_type))),
         wasm_globaltype_mutability(pi_type) == WASM_VAR ? "var" : "const");
  wasm_globaltype_delete(pi_type);
  wasm_global_get(base, &value);
  printf("base = %d\n", value.of.i32);
  wasm_func_t *set_base = export_func(lib, &lib_exports, "set_base");
  wasm_val_t five_array[] = {WASM_I32_VAL(5)};
  wasm_val_vec_t five = WASM_ARRAY_VEC(five_array);
  call(set_base, &five, &no_results, "set_base");
  wasm_global_get(base, &value);
  printf("after set_base(5), base = %d\n", value.of.i32);
  wasm_val_t eleven = WASM_I32_VAL(11);
  wasm_global_set(base, &eleven);
  wasm_func_t *get_base = export_func(lib, &lib_exports, "get_base");
  call(get_base, &no_results, &one_result, "get_base");
  printf("after the host set base to 11, get_base() = %d\n", result_i32(&one_result, 0));

  /* Table. */
  printf("table: %u elements\n", wasm_table_size(table));
  wasm_tabletype_t *table_type = check(wasm_table_type(table), "wasm_table_type");
  printf("table type: %s", val_kind_name(wasm_valtype_kind(wasm_tabletype_element(table_type))));
  print_limits(wasm_tabletype_limits(table_type));
  printf("\n");
  wasm_tabletype_delete(table_type);
  wasm_func_t *call_table = export_func(lib, &lib_exports, "call_table");
  for (int32_t i = 0; i < 2; i++) {
    wasm_val_t arg_array[] = {WASM_I32_VAL(i), WASM_I32_VAL(50), WASM_I32_VAL(8)};
    wasm_val_vec_t args = WASM_ARRAY_VEC(arg_array);
    call(call_table, &args, &one_result, "call_table");
    printf("call_table(%d, 50, 8) = %d\n", i, result_i32(&one_result, 0));
  }
  printf("grow by 2 with null: %s\n", wasm_table_grow(table, 2, NULL) ? "ok" : "failed");
  printf("table: %u elements\n", wasm_table_size(table));
  printf("grow by 1 past the maximum of 4: %s\n", wasm_table_grow(table, 1, NULL) ? "ok" : "failed");
  printf("table: %u elements\n", wasm_table_size(table));
  for (wasm_table_size_t i = 0; i < 4; i += 3) {
    wasm_ref_t *element = wasm_table_get(table, i);
    printf("element %u is %s\n", i, element == NULL ? "null" : "not null");
    if (element != NULL)
      wasm_ref_delete(element);
  }

  /* Linking: lib's exports in user's import vector. */
  wasm_extern_t *user_import_array[] = {
      find_export(lib, &lib_exports, "add"),
      find_export(lib, &lib_exports, "memory"),
      find_export(lib, &lib_exports, "counter"),
  };
  wasm_extern_vec_t user_imports = WASM_ARRAY_VEC(user_import_array);
  trap = NULL;
  wasm_instance_t *user_instance = check(wasm_instance_new(store, user, &user_imports, &trap), "instantiating user");
  expect(trap == NULL, "no trap instantiating user");
  wasm_extern_vec_t user_exports;
  wasm_instance_exports(user_instance, &user_exports);
  wasm_func_t *add_and_store = export_func(user, &user_exports, "add_and_store");
  wasm_val_t link_args_array[] = {WASM_I32_VAL(1000), WASM_I32_VAL(234)};
  wasm_val_vec_t link_args = WASM_ARRAY_VEC(link_args_array);
  call(add_and_store, &link_args, &one_result, "add_and_store");
  printf("user's add_and_store(1000, 234) = %d\n", result_i32(&one_result, 0));
  data = check(wasm_memory_data(memory), "wasm_memory_data");
  int32_t stored;
  memcpy(&stored, data + 8, sizeof stored);
  printf("lib's memory at 8: %d\n", stored);
  wasm_global_get(counter_global, &value);
  printf("lib's counter = %d\n", value.of.i32);
  wasm_extern_vec_t no_imports = WASM_EMPTY_VEC;
  trap = NULL;
  wasm_instance_t *unlinked = wasm_instance_new(store, user, &no_imports, &trap);
  printf("instantiating user without its imports %s\n", unlinked == NULL ? "fails" : "succeeds");
  if (unlinked != NULL)
    wasm_instance_delete(unlinked);
  if (trap != NULL)
    wasm_trap_delete(trap);

  /* Traps from wasm. */
  wasm_func_t *crash = export_func(lib, &lib_exports, "crash");
  trap = call_trapping(crash, &no_results, &no_results, "crash");
  print_trap_message("crash()", trap);
  print_trap_frames(trap);
  wasm_trap_delete(trap);
  wasm_func_t *divide = export_func(lib, &lib_exports, "divide");
  wasm_val_t divide_args_array[] = {WASM_I32_VAL(7), WASM_I32_VAL(2)};
  wasm_val_vec_t divide_args = WASM_ARRAY_VEC(divide_args_array);
  call(divide, &divide_args, &one_result, "divide");
  printf("divide(7, 2) = %d\n", result_i32(&one_result, 0));
#ifndef WASM_PROGRAM_NO_DIVIDE_BY_ZERO
  divide_args_array[1].of.i32 = 0;
  trap = call_trapping(divide, &divide_args, &one_result, "divide(7, 0)");
  printf("divide(7, 0) traps\n");
  print_trap_frames(trap);
  wasm_trap_delete(trap);
#endif

  /* A host trap through wasm. */
  wasm_func_t *fail_through_wasm = export_func(lib, &lib_exports, "fail");
  trap = call_trapping(fail_through_wasm, &no_results, &no_results, "fail");
  print_trap_message("fail()", trap);
  print_trap_frames(trap);
  wasm_trap_delete(trap);

  /* The store is still usable after traps. */
  call(add, &add_args, &one_result, "add");
  printf("add(20, 22) = %d\n", result_i32(&one_result, 0));

  /* A start function that traps. */
  wasm_module_t *start = compile(store, START_WASM, sizeof START_WASM, "compiling start");
  print_module("start", start);
  trap = NULL;
  wasm_instance_t *started = wasm_instance_new(store, start, &no_imports, &trap);
  printf("instantiating start %s, trap %s\n", started == NULL ? "fails" : "succeeds", trap == NULL ? "not set" : "set");
  if (started != NULL)
    wasm_instance_delete(started);
  if (trap != NULL) {
    print_trap_frames(trap);
    wasm_trap_delete(trap);
  }
  wasm_module_delete(start);

  /* Free everything; the environment's finalizer runs with the store. */
  wasm_extern_vec_delete(&user_exports);
  wasm_instance_delete(user_instance);
  wasm_extern_vec_delete(&lib_exports);
  wasm_instance_delete(lib_instance);
  wasm_func_delete(log_func);
  wasm_func_delete(count_func);
  wasm_func_delete(pair_func);
  wasm_func_delete(fail_func);
  wasm_global_delete(base);
  wasm_module_delete(user);
  wasm_module_delete(lib);
  wasm_store_delete(store);
  printf("after deleting the store, the finalizer ran %d time(s)\n", finalizer_runs);
  wasm_engine_delete(engine);
  printf("done\n");
  return 0;
}
