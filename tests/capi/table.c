/*
 * The standard table example, checked: a funcref table exported by wasm,
 * read and written from C (a host function and a wasm function written
 * with wasm_func_as_ref), called through call_indirect, grown with an
 * initial element up to its maximum; out-of-bounds accesses fail.
 */
#include "check.h"

static wasm_trap_t *neg(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = -args->data[0].of.i32;
  return NULL;
}

static int32_t call_indirect(const wasm_func_t *call, int32_t arg, int32_t index) {
  wasm_val_t args[2] = {WASM_I32_VAL(arg), WASM_I32_VAL(index)};
  wasm_val_t result = WASM_INIT_VAL;
  wasm_h_call(call, args, 2, &result, 1);
  return result.of.i32;
}

static void check_call_traps(const wasm_func_t *call, int32_t index, const char *expected) {
  wasm_val_t args[2] = {WASM_I32_VAL(0), WASM_I32_VAL(index)};
  wasm_h_call_traps(call, args, 2, 1, expected);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store,
                                        "(module\n"
                                        "  (type $i_i (func (param i32) (result i32)))\n"
                                        "  (table (export \"table\") 2 10 funcref)\n"
                                        "  (func $f (export \"f\") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))\n"
                                        "  (func $g (param i32 i32) (result i32) (i32.const 0))\n"
                                        "  (func (export \"call_indirect\") (param i32 i32) (result i32)\n"
                                        "    (call_indirect (type $i_i) (local.get 0) (local.get 1)))\n"
                                        "  (elem (i32.const 1) $g))");
  wasm_instance_t *instance = wasm_h_instance(store, module, NULL, 0);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_table_t *table = wasm_extern_as_table(exports.data[0]);
  wasm_func_t *f = wasm_extern_as_func(exports.data[1]);
  wasm_func_t *call = wasm_extern_as_func(exports.data[2]);

  wasm_functype_t *type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_func_t *host = wasm_func_new(store, type, neg);
  wasm_functype_delete(type);

  wasm_tabletype_t *table_type = wasm_table_type(table);
  CHECK(wasm_tabletype_limits(table_type)->min == 2 && wasm_tabletype_limits(table_type)->max == 10);
  CHECK(wasm_valtype_kind(wasm_tabletype_element(table_type)) == WASM_FUNCREF);
  wasm_tabletype_delete(table_type);
  CHECK(wasm_table_size(table) == 2);
  CHECK(wasm_table_get(table, 0) == NULL);
  wasm_ref_t *g = wasm_table_get(table, 1);
  CHECK(g != NULL && wasm_func_param_arity(wasm_ref_as_func(g)) == 2);
  wasm_ref_delete(g);
  CHECK(wasm_table_get(table, 2) == NULL);

  check_call_traps(call, 0, "uninitialized element");
  check_call_traps(call, 1, "indirect call type mismatch");
  check_call_traps(call, 2, "undefined element");

  /* Functions written from C. */
  CHECK(wasm_table_set(table, 0, wasm_func_as_ref(f)));
  CHECK(wasm_table_set(table, 1, wasm_func_as_ref(host)));
  CHECK(call_indirect(call, 7, 0) == 8 && call_indirect(call, 7, 1) == -7);
  CHECK(!wasm_table_set(table, 2, wasm_func_as_ref(f)));
  CHECK(wasm_table_set(table, 0, NULL) && wasm_table_get(table, 0) == NULL);

  /* Growing with an initial element. */
  CHECK(wasm_table_grow(table, 3, wasm_func_as_ref(host)));
  CHECK(wasm_table_size(table) == 5 && call_indirect(call, 5, 4) == -5);
  CHECK(wasm_table_grow(table, 0, NULL));
  CHECK(!wasm_table_grow(table, 6, NULL) && wasm_table_size(table) == 5);
  CHECK(wasm_table_grow(table, 5, NULL) && wasm_table_size(table) == 10);
  CHECK(wasm_table_get(table, 9) == NULL);

  /* A table made by the host, every element the initial one. */
  wasm_limits_t limits = {3, 3};
  table_type = wasm_tabletype_new(wasm_valtype_new_funcref(), &limits);
  wasm_table_t *own_table = wasm_table_new(store, table_type, wasm_func_as_ref(f));
  wasm_tabletype_delete(table_type);
  CHECK(own_table != NULL && wasm_table_size(own_table) == 3);
  wasm_ref_t *element = wasm_table_get(own_table, 2);
  CHECK(wasm_func_same(wasm_ref_as_func(element), f));
  wasm_ref_delete(element);
  CHECK(!wasm_table_grow(own_table, 1, NULL));
  wasm_table_delete(own_table);
  printf("table: elements set from C, called indirectly, grown with an initial element\n");

  wasm_func_delete(host);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
