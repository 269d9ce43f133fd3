/*
 * The standard multi example, checked: multiple values through a host
 * function and back out of wasm, each with its kind.
 */
#include "check.h"

static wasm_trap_t *swap(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 4 && results->size == 4);
  for (size_t i = 0; i < 4; i++) {
    wasm_val_copy(&results->data[i], &args->data[3 - i]);
  }
  return NULL;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(
      store,
      "(module\n"
      "  (func $f (import \"\" \"f\") (param i32 i64 i64 i32) (result i32 i64 i64 i32))\n"
      "  (func $g (export \"g\") (param i32 i64 i64 i32) (result i32 i64 i64 i32)\n"
      "    (call $f (local.get 0) (local.get 2) (local.get 1) (local.get 3)))\n"
      "  (func (export \"round_trip_many\") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)\n"
      "    (result i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)\n"
      "    local.get 0 local.get 1 local.get 2 local.get 3 local.get 4\n"
      "    local.get 5 local.get 6 local.get 7 local.get 8 local.get 9))");

  wasm_valtype_t *params[4] = {wasm_valtype_new_i32(), wasm_valtype_new_i64(), wasm_valtype_new_i64(),
                               wasm_valtype_new_i32()};
  wasm_valtype_t *results[4] = {wasm_valtype_new_i32(), wasm_valtype_new_i64(), wasm_valtype_new_i64(),
                                wasm_valtype_new_i32()};
  wasm_valtype_vec_t param_vec, result_vec;
  wasm_valtype_vec_new(&param_vec, 4, params);
  wasm_valtype_vec_new(&result_vec, 4, results);
  wasm_functype_t *type = wasm_functype_new(&param_vec, &result_vec);
  wasm_func_t *f = wasm_func_new(store, type, swap);
  wasm_functype_delete(type);
  wasm_extern_t *imports[] = {wasm_func_as_extern(f)};
  wasm_instance_t *instance = wasm_h_instance(store, module, imports, 1);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);

  wasm_val_t args[4] = {WASM_I32_VAL(1), WASM_I64_VAL(2), WASM_I64_VAL(3), WASM_I32_VAL(4)};
  wasm_val_t out[4] = {WASM_INIT_VAL, WASM_INIT_VAL, WASM_INIT_VAL, WASM_INIT_VAL};
  wasm_h_call(wasm_extern_as_func(exports.data[0]), args, 4, out, 4);
  printf("g(1, 2, 3, 4) = %d %lld %lld %d\n", out[0].of.i32, (long long)out[1].of.i64,
         (long long)out[2].of.i64, out[3].of.i32);
  CHECK(out[0].kind == WASM_I32 && out[0].of.i32 == 4);
  CHECK(out[1].kind == WASM_I64 && out[1].of.i64 == 2);
  CHECK(out[2].kind == WASM_I64 && out[2].of.i64 == 3);
  CHECK(out[3].kind == WASM_I32 && out[3].of.i32 == 1);

  wasm_val_t many[10], back[10];
  for (int i = 0; i < 10; i++) {
    many[i] = (wasm_val_t)WASM_I64_VAL(i * 1000000007LL);
    back[i] = (wasm_val_t)WASM_INIT_VAL;
  }
  wasm_h_call(wasm_extern_as_func(exports.data[1]), many, 10, back, 10);
  for (int i = 0; i < 10; i++) {
    CHECK(back[i].kind == WASM_I64 && back[i].of.i64 == i * 1000000007LL);
  }

  /* Too few result slots: a trap saying so. */
  wasm_val_vec_t a = {4, args}, r = {2, out};
  wasm_trap_t *trap = wasm_func_call(wasm_extern_as_func(exports.data[0]), &a, &r);
  CHECK(trap != NULL);
  wasm_trap_delete(trap);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_func_delete(f);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
