/*
 * The unchecked, fastest path: calls and host functions on raw values,
 * raw funcrefs and externrefs, and an unchecked host function defined on
 * a linker.
 */
#include "check.h"

static const char *WAT =
    "(module\n"
    "  (import \"host\" \"mul\" (func $mul (param i64 i64) (result i64)))\n"
    "  (func (export \"add\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)\n"
    "  (func (export \"square\") (param i64) (result i64) local.get 0 local.get 0 call $mul)\n"
    "  (func (export \"pass_ref\") (param externref funcref) (result funcref externref)\n"
    "    local.get 1 local.get 0)\n"
    "  (func (export \"div\") (param i32) (result i32) i32.const 1 local.get 0 i32.div_u))\n";

static int mul_calls = 0;

static wasm_trap_t *mul(void *env, wasmrt_caller_t *caller, wasmrt_val_raw_t *values, size_t n) {
  (void)env;
  (void)caller;
  CHECK(n == 2);
  mul_calls++;
  values[0].i64 = values[0].i64 * values[1].i64;
  return NULL;
}

static wasmrt_func_t get(wasmrt_context_t *context, wasmrt_instance_t *instance, const char *name) {
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, instance, name, strlen(name), &item));
  return item.of.func;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_module_t *module = compile_wat(engine, WAT);

  /* The import, defined on a linker as an unchecked host function. */
  wasmrt_linker_t *linker = wasmrt_linker_new(engine);
  wasm_functype_t *type =
      wasm_functype_new_2_1(wasm_valtype_new_i64(), wasm_valtype_new_i64(), wasm_valtype_new_i64());
  check_ok(wasmrt_linker_define_func_unchecked(linker, "host", 4, "mul", 3, type, mul, NULL, NULL), "define");
  CHECK_ERROR(wasmrt_linker_define_func_unchecked(linker, "host", 4, "x", 1, type, NULL, NULL, NULL),
              "callback is null");
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_linker_instantiate(linker, context, module, &instance, &trap), "instantiate");

  /* add(40, 2) on raw values. */
  wasmrt_func_t add = get(context, &instance, "add");
  wasmrt_val_raw_t values[2];
  values[0].i32 = 40;
  values[1].i32 = 2;
  check_ok(wasmrt_func_call_unchecked(context, &add, values, 2, &trap), "add");
  CHECK(trap == NULL && values[0].i32 == 42);
  CHECK_ERROR(wasmrt_func_call_unchecked(context, &add, values, 1, &trap), "needs room for 2");

  /* wasm → unchecked host function. */
  wasmrt_func_t square = get(context, &instance, "square");
  values[0].i64 = -12;
  check_ok(wasmrt_func_call_unchecked(context, &square, values, 1, &trap), "square");
  CHECK(values[0].i64 == 144 && mul_calls == 1);

  /* An unchecked host function made in the store, called directly. */
  wasmrt_func_t host;
  wasmrt_func_new_unchecked(context, type, mul, NULL, NULL, &host);
  wasm_functype_delete(type);
  values[0].i64 = 6;
  values[1].i64 = 7;
  check_ok(wasmrt_func_call_unchecked(context, &host, values, 2, &trap), "host");
  CHECK(values[0].i64 == 42 && mul_calls == 2);

  /* Raw references, through wasm and back. */
  static int payload = 5;
  wasmrt_externref_t ref;
  CHECK(wasmrt_externref_new(context, &payload, NULL, &ref));
  wasmrt_func_t pass_ref = get(context, &instance, "pass_ref");
  values[0].externref = wasmrt_externref_to_raw(context, &ref);
  values[1].funcref = wasmrt_func_to_raw(context, &add);
  CHECK(values[0].externref != 0 && values[1].funcref != NULL);
  check_ok(wasmrt_func_call_unchecked(context, &pass_ref, values, 2, &trap), "pass_ref");
  wasmrt_func_t back;
  wasmrt_func_from_raw(context, values[0].funcref, &back);
  CHECK(back.store_id == add.store_id);
  values[0].i32 = 1;
  values[1].i32 = 1;
  check_ok(wasmrt_func_call_unchecked(context, &back, values, 2, &trap), "add via raw funcref");
  CHECK(values[0].i32 == 2);
  wasmrt_externref_t ref_back;
  wasmrt_externref_from_raw(context, wasmrt_externref_to_raw(context, &ref), &ref_back);
  CHECK(wasmrt_externref_data(context, &ref_back) == &payload);
  wasmrt_externref_unroot(&ref_back);
  wasmrt_externref_from_raw(context, 0, &ref_back);
  CHECK(wasmrt_externref_is_null(&ref_back));
  wasmrt_func_from_raw(context, NULL, &back);
  CHECK(wasmrt_funcref_is_null(&back));
  wasmrt_externref_unroot(&ref);
  CHECK(wasmrt_externref_to_raw(context, &ref) == 0);

  /* A trap on the unchecked path. */
  wasmrt_func_t div = get(context, &instance, "div");
  values[0].i32 = 0;
  check_ok(wasmrt_func_call_unchecked(context, &div, values, 1, &trap), "div");
  wasmrt_trap_code_t code;
  CHECK(trap != NULL && wasmrt_trap_code(trap, &code) && code == WASMRT_TRAP_CODE_INTEGER_DIVISION_BY_ZERO);
  wasm_trap_delete(trap);

  /* Other stores and null arguments. */
  wasmrt_store_t *other = wasmrt_store_new(engine, NULL, NULL);
  CHECK(wasmrt_func_to_raw(wasmrt_store_context(other), &add) == NULL);
  CHECK_ERROR(wasmrt_func_call_unchecked(wasmrt_store_context(other), &add, values, 2, &trap),
              "used with the wrong store");
  CHECK_ERROR(wasmrt_func_call_unchecked(context, NULL, values, 2, &trap), "func is null");
  wasmrt_store_delete(other);

  wasmrt_linker_delete(linker);
  wasmrt_module_delete(module);
  wasmrt_store_delete(store);
  wasm_engine_delete(engine);
  printf("unchecked: ok\n");
  return 0;
}
