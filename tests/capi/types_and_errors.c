/*
 * Vectors, value and function types, errors and traps made by the host,
 * and bad input: null pointers, items of another store, wrong counts and
 * kinds, invalid modules and names. Every bad call must report what is
 * wrong and leave everything usable.
 */
#include "check.h"

static void vectors_and_types(void) {
  wasm_byte_vec_t bytes, copy, empty, zeros;
  wasm_byte_vec_new(&bytes, 3, "abc");
  wasm_byte_vec_copy(&copy, &bytes);
  CHECK(copy.size == 3 && memcmp(copy.data, "abc", 3) == 0);
  wasm_byte_vec_new_empty(&empty);
  CHECK(empty.size == 0);
  wasm_byte_vec_new_uninitialized(&zeros, 4);
  CHECK(zeros.size == 4 && zeros.data[3] == 0);
  wasm_byte_vec_delete(&bytes);
  wasm_byte_vec_delete(&copy);
  wasm_byte_vec_delete(&empty);
  wasm_byte_vec_delete(&zeros);
  CHECK(zeros.size == 0 && zeros.data == NULL);
  /* More than memory can hold: an empty vector, not an abort. */
  wasm_byte_vec_new_uninitialized(&zeros, SIZE_MAX);
  CHECK(zeros.size == 0);
  wasm_valtype_vec_t huge;
  wasm_valtype_vec_new_uninitialized(&huge, SIZE_MAX / 4);
  CHECK(huge.size == 0);
  wasm_frame_vec_t huge_frames;
  wasm_frame_vec_new_uninitialized(&huge_frames, ((size_t)1) << 50);
  CHECK(huge_frames.size == 0);

  wasm_name_t name;
  wasm_name_new_from_string(&name, "hello");
  CHECK(name.size == 5);
  wasm_name_delete(&name);

  wasm_valtype_t *i64 = wasm_valtype_new(WASM_I64);
  CHECK(wasm_valtype_kind(i64) == WASM_I64);
  wasm_valtype_t *i64_copy = wasm_valtype_copy(i64);
  CHECK(wasm_valtype_kind(i64_copy) == WASM_I64);
  CHECK(wasm_valtype_new(77) == NULL);
  wasm_valtype_t *funcref = wasm_valtype_new_funcref();
  CHECK(wasm_valtype_kind(funcref) == WASM_FUNCREF);
  wasm_valtype_delete(funcref);

  wasm_valtype_vec_t params, results, params_copy, none;
  wasm_valtype_t *ps[2] = {i64, wasm_valtype_new_f32()};
  wasm_valtype_vec_new(&params, 2, ps);
  wasm_valtype_vec_copy(&params_copy, &params);
  CHECK(params_copy.size == 2 && wasm_valtype_kind(params_copy.data[1]) == WASM_F32);
  wasm_valtype_vec_delete(&params_copy);
  wasm_valtype_vec_new_uninitialized(&results, 1);
  CHECK(results.size == 1 && results.data[0] == NULL);
  results.data[0] = i64_copy;
  wasm_functype_t *type = wasm_functype_new(&params, &results);
  CHECK(type != NULL);
  wasm_functype_t *type_copy = wasm_functype_copy(type);
  CHECK(wasm_functype_params(type_copy)->size == 2);
  CHECK(wasm_valtype_kind(wasm_functype_results(type_copy)->data[0]) == WASM_I64);
  wasm_functype_delete(type_copy);
  wasm_functype_delete(type);

  /* A vector holding a null value type makes no function type. */
  wasm_valtype_vec_new_uninitialized(&params, 1);
  wasm_valtype_vec_new_empty(&none);
  CHECK(wasm_functype_new(&params, &none) == NULL);

  wasm_valtype_t *loose = wasm_valtype_new_i32();
  wasm_valtype_delete(loose);

  wasm_frame_vec_t frames;
  wasm_frame_vec_new_empty(&frames);
  CHECK(frames.size == 0);
  wasm_frame_vec_delete(&frames);
}

static void errors_and_host_traps(void) {
  wasmrt_error_t *error = wasmrt_error_new("something broke");
  wasm_name_t message;
  wasmrt_error_message(error, &message);
  CHECK(message.size == strlen("something broke"));
  CHECK(memcmp(message.data, "something broke", message.size) == 0);
  wasm_byte_vec_delete(&message);
  int status = -1;
  CHECK(!wasmrt_error_exit_status(error, &status));
  wasm_frame_vec_t trace;
  wasmrt_error_wasm_trace(error, &trace);
  CHECK(trace.size == 0);
  wasm_frame_vec_delete(&trace);
  wasmrt_error_delete(error);

  wasm_trap_t *trap = wasmrt_trap_new_code(WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED);
  wasmrt_trap_code_t code;
  CHECK(wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED);
  CHECK(trap_says(trap, "unreachable"));
  CHECK(wasm_trap_origin(trap) == NULL);
  wasm_trap_delete(trap);
  CHECK(wasmrt_trap_new_code(200) == NULL);

  wasm_message_t trap_message;
  trap = wasmrt_trap_new("custom", 6);
  CHECK(!wasmrt_trap_code(trap, &code));
  wasm_trap_message(trap, &trap_message);
  CHECK(trap_message.size == 7 && trap_message.data[6] == '\0');
  wasm_byte_vec_delete(&trap_message);
  wasm_trap_delete(trap);
}

static void bad_input(void) {
  wasm_engine_t *engine = wasm_engine_new();
  CHECK(engine != NULL);
  wasm_config_t *unused = wasm_config_new();
  wasm_config_delete(unused);
  CHECK(wasm_engine_new_with_config(NULL) == NULL);

  /* Modules: invalid bytes, text given as binary, null pointers. */
  wasmrt_module_t *module = NULL;
  const uint8_t garbage[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 0xff};
  CHECK_ERROR(wasmrt_module_new(engine, garbage, sizeof garbage, &module), "invalid WebAssembly module");
  CHECK_ERROR(wasmrt_module_validate(engine, garbage, sizeof garbage), "invalid WebAssembly module");
  const char *text = "(module)";
  CHECK_ERROR(wasmrt_module_new(engine, (const uint8_t *)text, strlen(text), &module), "wasmrt_wat2wasm");
  CHECK_ERROR(wasmrt_module_new(NULL, garbage, sizeof garbage, &module), "engine is null");
  CHECK_ERROR(wasmrt_module_new(engine, NULL, 8, &module), "wasm is null");
  CHECK_ERROR(wasmrt_module_new(engine, garbage, SIZE_MAX, &module), "impossible length");
  CHECK_ERROR(wasmrt_module_new(engine, garbage, sizeof garbage, NULL), "ret is null");
  wasm_byte_vec_t wasm;
  CHECK_ERROR(wasmrt_wat2wasm("(module", 7, &wasm), "expected");
  CHECK_ERROR(wasmrt_wat2wasm("\xff\xfe", 2, &wasm), "not valid UTF-8");
  check_ok(wasmrt_wat2wasm("(module)", 8, &wasm), "wat2wasm");
  check_ok(wasmrt_module_validate(engine, (const uint8_t *)wasm.data, wasm.size), "validate");
  wasm_byte_vec_delete(&wasm);

  module = compile_wat(engine,
                       "(module (import \"m\" \"f\" (func (param i32)))\n"
                       "  (global (export \"g\") i32 (i32.const 1))\n"
                       "  (func (export \"id\") (param i32) (result i32) local.get 0))");
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_store_t *other = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *other_context = wasmrt_store_context(other);
  CHECK(wasmrt_store_new(NULL, NULL, NULL) == NULL);

  /* Instantiation: missing imports, wrong kinds, null pointers. */
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  CHECK_ERROR(wasmrt_instance_new(context, module, NULL, 0, &instance, &trap), "expected 1 imports, found 0");
  CHECK_ERROR(wasmrt_instance_new(NULL, module, NULL, 0, &instance, &trap), "context is null");
  CHECK_ERROR(wasmrt_instance_new(context, NULL, NULL, 0, &instance, &trap), "module is null");
  CHECK_ERROR(wasmrt_instance_new(context, module, NULL, 1, &instance, &trap), "imports is null");
  wasmrt_extern_t import;
  import.kind = 42;
  /* Causes are laid out as wasmtime lays them out. */
  CHECK_ERROR(wasmrt_instance_new(context, module, &import, 1, &instance, &trap),
              "import 0\n\nCaused by:\n    unknown extern kind 42");

  /* A host function of the wrong type, then of another store. */
  wasm_functype_t *wrong = wasm_functype_new_0_0();
  wasmrt_func_t f;
  wasmrt_func_new(context, wrong, NULL, NULL, NULL, &f); /* null callback: nothing made */
  wasmrt_func_new(other_context, wrong, NULL, NULL, NULL, &f);
  wasm_functype_delete(wrong);
  wasm_functype_t *right = wasm_functype_new_1_0(wasm_valtype_new_i32());
  wasmrt_func_t theirs;
  theirs.store_id = 0;
  wasmrt_func_new(other_context, right, NULL, NULL, NULL, &theirs);
  CHECK(wasmrt_funcref_is_null(&theirs));
  wasm_functype_delete(right);

  /* Instantiate for real with a trivial host function defined in C. */
  wasmrt_module_t *plain = compile_wat(engine, "(module (func (export \"id\") (param i32) (result i32) local.get 0)"
                                               "  (global (export \"g\") i32 (i32.const 1)))");
  check_ok(wasmrt_instance_new(context, plain, NULL, 0, &instance, &trap), "instantiate");
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, &instance, "id", 2, &item));
  wasmrt_func_t id = item.of.func;

  /* Exports: unknown names, bad UTF-8, out-of-range indices, other store. */
  CHECK(!wasmrt_instance_export_get(context, &instance, "nope", 4, &item));
  CHECK(!wasmrt_instance_export_get(context, &instance, "\xff", 1, &item));
  CHECK(!wasmrt_instance_export_get(other_context, &instance, "id", 2, &item));
  CHECK(!wasmrt_instance_export_get(NULL, &instance, "id", 2, &item));
  char *name;
  size_t name_len;
  CHECK(!wasmrt_instance_export_nth(context, &instance, 2, &name, &name_len, &item));
  CHECK(!wasmrt_instance_export_nth(other_context, &instance, 0, &name, &name_len, &item));

  /* Calls: wrong counts and kinds, other store, null pointers. */
  wasmrt_val_t arg, result;
  arg.kind = WASMRT_I32;
  arg.of.i32 = 9;
  CHECK_ERROR(wasmrt_func_call(context, &id, NULL, 0, &result, 1, &trap), "expected 1 arguments, got 0");
  CHECK_ERROR(wasmrt_func_call(context, &id, &arg, 1, NULL, 0, &trap), "expected 1 results, got 0");
  arg.kind = WASMRT_I64;
  CHECK_ERROR(wasmrt_func_call(context, &id, &arg, 1, &result, 1, &trap), "argument 0");
  arg.kind = 99;
  CHECK_ERROR(wasmrt_func_call(context, &id, &arg, 1, &result, 1, &trap), "unknown value kind 99");
  /* A forged externref (never made by wasmrt_externref_new). */
  arg.kind = WASMRT_EXTERNREF;
  arg.of.externref.store_id = 1;
  arg.of.externref.__private1 = 12345;
  arg.of.externref.__private2 = 7;
  arg.of.externref.__private3 = NULL;
  CHECK_ERROR(wasmrt_func_call(context, &id, &arg, 1, &result, 1, &trap), "externref is not rooted");
  arg.kind = WASMRT_I32;
  arg.of.i32 = 9;
  CHECK_ERROR(wasmrt_func_call(other_context, &id, &arg, 1, &result, 1, &trap), "used with the wrong store");
  CHECK_ERROR(wasmrt_func_call(context, NULL, &arg, 1, &result, 1, &trap), "func is null");
  CHECK_ERROR(wasmrt_func_call(context, &id, NULL, 1, &result, 1, &trap), "args is null");
  CHECK(wasmrt_func_type(other_context, &id) == NULL);
  CHECK(wasmrt_func_type(context, NULL) == NULL);

  /* Everything still works afterwards. */
  check_ok(wasmrt_func_call(context, &id, &arg, 1, &result, 1, &trap), "id");
  CHECK(trap == NULL && result.of.i32 == 9);

  /* Memory functions with a non-memory or foreign handle. */
  wasmrt_memory_t bogus;
  bogus.store_id = 0;
  bogus.__private = 0;
  CHECK(wasmrt_memory_data(context, &bogus) == NULL);
  CHECK(wasmrt_memory_data_size(context, &bogus) == 0);
  CHECK(wasmrt_memory_size(context, NULL) == 0);
  uint64_t previous;
  CHECK_ERROR(wasmrt_memory_grow(context, &bogus, 1, &previous), "used with the wrong store");
  CHECK_ERROR(wasmrt_memory_grow(context, &bogus, 1, NULL), "prev_size is null");

  /* Contexts and fuel. */
  CHECK(wasmrt_context_get_data(NULL) == NULL);
  CHECK(wasmrt_store_context(NULL) == NULL);
  uint64_t fuel;
  CHECK_ERROR(wasmrt_context_get_fuel(context, &fuel), "fuel is not configured");
  CHECK_ERROR(wasmrt_context_set_fuel(NULL, 1), "context is null");
  CHECK(!wasmrt_context_fuel_consumed(context, &fuel));
  CHECK(wasmrt_engine_clone(NULL) == NULL);
  CHECK(wasmrt_module_clone(NULL) == NULL);

  wasmrt_module_delete(plain);
  wasmrt_module_delete(module);
  wasmrt_store_delete(other);
  wasmrt_store_delete(store);
  wasm_engine_delete(engine);
}

int main(void) {
  vectors_and_types();
  errors_and_host_traps();
  bad_input();
  printf("types_and_errors: ok\n");
  return 0;
}
