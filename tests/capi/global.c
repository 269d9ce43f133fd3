/*
 * The standard global example, checked: globals imported from the host
 * and exported by wasm, read and written from both sides; setting a
 * constant global, or a value of the wrong type, changes nothing (the
 * standard's wasm_global_set cannot report it).
 */
#include "check.h"

static wasm_global_t *new_global(wasm_store_t *store, wasm_valtype_t *type, wasm_mutability_t mutability,
                                 wasm_val_t value) {
  wasm_globaltype_t *global_type = wasm_globaltype_new(type, mutability);
  wasm_global_t *global = wasm_global_new(store, global_type, &value);
  wasm_globaltype_delete(global_type);
  CHECK(global != NULL);
  return global;
}

static wasm_val_t get(const wasm_global_t *global) {
  wasm_val_t v;
  wasm_global_get(global, &v);
  return v;
}

static wasm_val_t call(const wasm_extern_vec_t *exports, size_t index) {
  wasm_val_t v = WASM_INIT_VAL;
  wasm_h_call(wasm_extern_as_func(exports->data[index]), NULL, 0, &v, 1);
  return v;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store,
                                        "(module\n"
                                        "  (global $f32_import (import \"\" \"const f32\") f32)\n"
                                        "  (global $i64_import (import \"\" \"var i64\") (mut i64))\n"
                                        "  (global (export \"const f32\") f32 (f32.const 5))\n"
                                        "  (global $var (export \"var i64\") (mut i64) (i64.const 7))\n"
                                        "  (func (export \"get f32 import\") (result f32) global.get $f32_import)\n"
                                        "  (func (export \"get i64 import\") (result i64) global.get $i64_import)\n"
                                        "  (func (export \"get var\") (result i64) global.get $var)\n"
                                        "  (func (export \"set i64 import\") (param i64) local.get 0 global.set "
                                        "$i64_import))");

  wasm_global_t *const_f32 = new_global(store, wasm_valtype_new_f32(), WASM_CONST, (wasm_val_t)WASM_F32_VAL(1));
  wasm_global_t *var_i64 = new_global(store, wasm_valtype_new_i64(), WASM_VAR, (wasm_val_t)WASM_I64_VAL(2));
  wasm_extern_t *imports[] = {wasm_global_as_extern(const_f32), wasm_global_as_extern(var_i64)};
  wasm_instance_t *instance = wasm_h_instance(store, module, imports, 2);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_global_t *export_f32 = wasm_extern_as_global(exports.data[0]);
  wasm_global_t *export_var = wasm_extern_as_global(exports.data[1]);

  wasm_globaltype_t *type = wasm_global_type(export_var);
  CHECK(wasm_globaltype_mutability(type) == WASM_VAR);
  CHECK(wasm_valtype_kind(wasm_globaltype_content(type)) == WASM_I64);
  wasm_globaltype_delete(type);

  CHECK(get(const_f32).of.f32 == 1 && call(&exports, 2).of.f32 == 1);
  CHECK(get(var_i64).of.i64 == 2 && call(&exports, 3).of.i64 == 2);
  CHECK(get(export_f32).of.f32 == 5 && get(export_var).of.i64 == 7);

  /* Set from C, seen by wasm; set by wasm, seen from C. */
  wasm_val_t v = WASM_I64_VAL(21);
  wasm_global_set(var_i64, &v);
  CHECK(call(&exports, 3).of.i64 == 21);
  v.of.i64 = 27;
  wasm_global_set(export_var, &v);
  CHECK(call(&exports, 4).of.i64 == 27);
  wasm_val_t arg = WASM_I64_VAL(33);
  wasm_h_call(wasm_extern_as_func(exports.data[5]), &arg, 1, NULL, 0);
  CHECK(get(var_i64).of.i64 == 33);

  /* Mutability and type errors leave the globals as they were. */
  wasm_val_t f = WASM_F32_VAL(9);
  wasm_global_set(export_f32, &f);
  wasm_global_set(const_f32, &f);
  CHECK(get(export_f32).of.f32 == 5 && get(const_f32).of.f32 == 1);
  wasm_global_set(export_var, &f);
  CHECK(get(export_var).of.i64 == 27);
  wasm_globaltype_t *i32_type = wasm_globaltype_new(wasm_valtype_new_i32(), WASM_CONST);
  CHECK(wasm_global_new(store, i32_type, &f) == NULL);
  wasm_globaltype_delete(i32_type);
  printf("globals: imports and exports read and written, errors change nothing\n");

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_global_delete(const_f32);
  wasm_global_delete(var_i64);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
