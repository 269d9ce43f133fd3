/*
 * The standard hostref example, checked: foreign objects carrying host
 * info, passed through wasm as externrefs, through a global, a table and
 * functions (host and wasm) and back; each comes back the same object
 * with the same host info, and copies share it. Functions round-trip as
 * funcrefs too.
 */
#include "check.h"

static wasm_trap_t *callback(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 1 && args->data[0].kind == WASM_EXTERNREF);
  wasm_val_copy(&results->data[0], &args->data[0]);
  return NULL;
}

static wasm_func_t *func(const wasm_extern_vec_t *exports, size_t i) {
  return wasm_extern_as_func(exports->data[i]);
}

/* Calls `f` with one reference argument (or none) and returns its
 * reference result (owned by the caller). */
static wasm_ref_t *call_ref(const wasm_func_t *f, wasm_ref_t *arg, wasm_valkind_t kind) {
  wasm_val_t args[1] = {{.kind = kind, .of = {.ref = arg}}};
  wasm_val_t result = WASM_INIT_VAL;
  wasm_h_call(f, args, wasm_func_param_arity(f), &result, wasm_func_result_arity(f));
  CHECK(wasm_func_result_arity(f) == 0 || result.kind == kind);
  return result.of.ref;
}

static void check_same(wasm_ref_t *got, const wasm_foreign_t *expected, int info) {
  CHECK(got != NULL);
  CHECK(wasm_foreign_same(wasm_ref_as_foreign_const(got), expected));
  CHECK(*(int *)wasm_ref_get_host_info(got) == info);
  wasm_ref_delete(got);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store,
                                        "(module\n"
                                        "  (import \"\" \"f\" (func $f (param externref) (result externref)))\n"
                                        "  (global $g (export \"global\") (mut externref) (ref.null extern))\n"
                                        "  (table $t (export \"table\") 10 externref)\n"
                                        "  (global $fg (mut funcref) (ref.null func))\n"
                                        "  (func (export \"global.set\") (param externref) (global.set $g (local.get 0)))\n"
                                        "  (func (export \"global.get\") (result externref) (global.get $g))\n"
                                        "  (func (export \"table.set\") (param externref) (table.set $t (i32.const 1) (local.get 0)))\n"
                                        "  (func (export \"table.get\") (result externref) (table.get $t (i32.const 1)))\n"
                                        "  (func (export \"func.call\") (param externref) (result externref)\n"
                                        "    (call $f (local.get 0)))\n"
                                        "  (func (export \"funcref.id\") (param funcref) (result funcref)\n"
                                        "    (global.set $fg (local.get 0)) (global.get $fg)))");
  enum { GLOBAL, TABLE, GLOBAL_SET, GLOBAL_GET, TABLE_SET, TABLE_GET, FUNC_CALL, FUNCREF_ID };

  wasm_functype_t *type = wasm_functype_new_1_1(wasm_valtype_new_externref(), wasm_valtype_new_externref());
  wasm_func_t *f = wasm_func_new(store, type, callback);
  wasm_functype_delete(type);
  wasm_extern_t *imports[] = {wasm_func_as_extern(f)};
  wasm_instance_t *instance = wasm_h_instance(store, module, imports, 1);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);

  static int one = 1, two = 2;
  wasm_foreign_t *host1 = wasm_foreign_new(store);
  wasm_foreign_t *host2 = wasm_foreign_new(store);
  wasm_foreign_set_host_info(host1, &one);
  wasm_foreign_set_host_info(host2, &two);
  wasm_ref_t *ref1 = wasm_foreign_as_ref(host1);
  wasm_ref_t *ref2 = wasm_ref_copy(wasm_foreign_as_ref(host2));
  CHECK(wasm_ref_get_host_info(ref2) == &two && !wasm_ref_same(ref1, ref2));

  /* Through a global, from C and from wasm. */
  wasm_global_t *global = wasm_extern_as_global(exports.data[GLOBAL]);
  wasm_val_t v = WASM_REF_VAL(ref1);
  wasm_global_set(global, &v);
  check_same(call_ref(func(&exports, GLOBAL_GET), NULL, WASM_EXTERNREF), host1, 1);
  call_ref(func(&exports, GLOBAL_SET), ref2, WASM_EXTERNREF);
  wasm_val_t got;
  wasm_global_get(global, &got);
  check_same(got.of.ref, host2, 2);
  CHECK(call_ref(func(&exports, GLOBAL_SET), NULL, WASM_EXTERNREF) == NULL);
  wasm_global_get(global, &got);
  CHECK(got.kind == WASM_EXTERNREF && got.of.ref == NULL);

  /* Through a table. */
  wasm_table_t *table = wasm_extern_as_table(exports.data[TABLE]);
  CHECK(wasm_table_set(table, 1, ref1));
  check_same(call_ref(func(&exports, TABLE_GET), NULL, WASM_EXTERNREF), host1, 1);
  call_ref(func(&exports, TABLE_SET), ref2, WASM_EXTERNREF);
  check_same(wasm_table_get(table, 1), host2, 2);

  /* Through a host function called by wasm. */
  check_same(call_ref(func(&exports, FUNC_CALL), ref1, WASM_EXTERNREF), host1, 1);
  CHECK(call_ref(func(&exports, FUNC_CALL), NULL, WASM_EXTERNREF) == NULL);

  /* Functions as funcrefs. */
  wasm_ref_t *back = call_ref(func(&exports, FUNCREF_ID), wasm_func_as_ref(f), WASM_FUNCREF);
  CHECK(wasm_func_same(wasm_ref_as_func(back), f));
  wasm_ref_delete(back);
  printf("hostref: foreign objects and functions round-tripped through globals, tables and calls\n");

  wasm_ref_delete(ref2);
  wasm_foreign_delete(host1);
  wasm_foreign_delete(host2);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_func_delete(f);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
