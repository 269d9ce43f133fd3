/*
 * Memories, tables and globals made by the host and by modules, their
 * types, the external, import and export types of a module, and the
 * conversions between external types.
 */
#include "check.h"

static const char *WAT =
    "(module $items\n"
    "  (import \"env\" \"f\" (func (param i32) (result i64)))\n"
    "  (import \"env\" \"g\" (global (mut i32)))\n"
    "  (import \"env\" \"t\" (table 1 5 funcref))\n"
    "  (import \"env\" \"m\" (memory 1 3))\n"
    "  (func (export \"get_g\") (result i32) global.get 0)\n"
    "  (export \"t\" (table 0))\n"
    "  (export \"m\" (memory 0)))\n";

static int name_is(const wasm_name_t *name, const char *text) {
  return name->size == strlen(text) && memcmp(name->data, text, name->size) == 0;
}

static void type_objects(void) {
  wasm_limits_t limits = {2, wasm_limits_max_default};
  wasm_memorytype_t *memory = wasm_memorytype_new(&limits);
  CHECK(wasm_memorytype_limits(memory)->min == 2);
  CHECK(wasm_memorytype_limits(memory)->max == wasm_limits_max_default);
  wasm_memorytype_t *memory_copy = wasm_memorytype_copy(memory);
  CHECK(wasm_memorytype_limits(memory_copy)->min == 2);
  wasm_memorytype_delete(memory_copy);

  limits.max = 10;
  wasm_tabletype_t *table = wasm_tabletype_new(wasm_valtype_new_funcref(), &limits);
  CHECK(wasm_valtype_kind(wasm_tabletype_element(table)) == WASM_FUNCREF);
  CHECK(wasm_tabletype_limits(table)->max == 10);
  wasm_tabletype_t *table_copy = wasm_tabletype_copy(table);
  CHECK(wasm_tabletype_limits(table_copy)->min == 2);
  wasm_tabletype_delete(table_copy);
  CHECK(wasm_tabletype_new(wasm_valtype_new_i32(), &limits) == NULL);

  wasm_globaltype_t *global = wasm_globaltype_new(wasm_valtype_new_f64(), WASM_VAR);
  CHECK(wasm_valtype_kind(wasm_globaltype_content(global)) == WASM_F64);
  CHECK(wasm_globaltype_mutability(global) == WASM_VAR);
  wasm_globaltype_t *global_copy = wasm_globaltype_copy(global);
  CHECK(wasm_globaltype_mutability(global_copy) == WASM_VAR);
  wasm_globaltype_delete(global_copy);
  CHECK(wasm_globaltype_new(wasm_valtype_new_i32(), 7) == NULL);
  CHECK(wasm_globaltype_new(NULL, WASM_CONST) == NULL);

  /* Every specific type is an external type, and back. */
  wasm_functype_t *func = wasm_functype_new_0_0();
  wasm_externtype_t *ext = wasm_functype_as_externtype(func);
  CHECK(wasm_externtype_kind(ext) == WASM_EXTERN_FUNC);
  CHECK(wasm_externtype_as_functype(ext) == func);
  CHECK(wasm_externtype_as_globaltype(ext) == NULL);
  CHECK(wasm_externtype_as_functype_const(wasm_functype_as_externtype_const(func)) == func);
  ext = wasm_globaltype_as_externtype(global);
  CHECK(wasm_externtype_kind(ext) == WASM_EXTERN_GLOBAL && wasm_externtype_as_globaltype(ext) == global);
  CHECK(wasm_externtype_as_globaltype_const(wasm_globaltype_as_externtype_const(global)) == global);
  ext = wasm_tabletype_as_externtype(table);
  CHECK(wasm_externtype_kind(ext) == WASM_EXTERN_TABLE && wasm_externtype_as_tabletype(ext) == table);
  CHECK(wasm_externtype_as_tabletype_const(wasm_tabletype_as_externtype_const(table)) == table);
  ext = wasm_memorytype_as_externtype(memory);
  CHECK(wasm_externtype_kind(ext) == WASM_EXTERN_MEMORY && wasm_externtype_as_memorytype(ext) == memory);
  CHECK(wasm_externtype_as_memorytype_const(wasm_memorytype_as_externtype_const(memory)) == memory);
  CHECK(wasm_externtype_as_memorytype(wasm_functype_as_externtype(func)) == NULL);
  wasm_externtype_t *ext_copy = wasm_externtype_copy(ext);
  CHECK(wasm_externtype_kind(ext_copy) == WASM_EXTERN_MEMORY);
  wasm_externtype_delete(ext_copy);

  /* Import and export types own what they are given. */
  wasm_name_t module_name, field_name, export_name;
  wasm_name_new_from_string(&module_name, "env");
  wasm_name_new_from_string(&field_name, "f");
  wasm_importtype_t *import = wasm_importtype_new(&module_name, &field_name, wasm_functype_as_externtype(func));
  CHECK(name_is(wasm_importtype_module(import), "env") && name_is(wasm_importtype_name(import), "f"));
  CHECK(wasm_externtype_kind(wasm_importtype_type(import)) == WASM_EXTERN_FUNC);
  wasm_importtype_delete(import);
  wasm_name_new_from_string(&export_name, "mem");
  wasm_exporttype_t *export_type = wasm_exporttype_new(&export_name, wasm_memorytype_as_externtype(memory));
  CHECK(name_is(wasm_exporttype_name(export_type), "mem"));
  CHECK(wasm_externtype_kind(wasm_exporttype_type(export_type)) == WASM_EXTERN_MEMORY);
  wasm_exporttype_delete(export_type);
  wasm_name_new_from_string(&export_name, "x");
  CHECK(wasm_exporttype_new(&export_name, NULL) == NULL);
  wasm_name_new_from_string(&module_name, "a");
  wasm_name_new_from_string(&field_name, "b");
  CHECK(wasm_importtype_new(&module_name, &field_name, NULL) == NULL);

  wasm_tabletype_delete(table);
  wasm_globaltype_delete(global);

  /* wasmrt's memory types. */
  wasm_memorytype_t *mt = NULL;
  check_ok(wasmrt_memorytype_new(1, true, 4, false, false, 16, &mt), "memorytype_new");
  uint64_t max = 0;
  CHECK(wasmrt_memorytype_minimum(mt) == 1);
  CHECK(wasmrt_memorytype_maximum(mt, &max) && max == 4);
  CHECK(!wasmrt_memorytype_is64(mt) && !wasmrt_memorytype_isshared(mt));
  CHECK(wasmrt_memorytype_page_size(mt) == 65536 && wasmrt_memorytype_page_size_log2(mt) == 16);
  wasm_memorytype_delete(mt);
  CHECK_ERROR(wasmrt_memorytype_new(1, false, 0, true, false, 16, &mt), "64-bit");
  CHECK_ERROR(wasmrt_memorytype_new(1, false, 0, false, true, 16, &mt), "shared");
  CHECK_ERROR(wasmrt_memorytype_new(1, false, 0, false, false, 0, &mt), "page size");
  CHECK_ERROR(wasmrt_memorytype_new(5, true, 4, false, false, 16, &mt), "less than the minimum");
  CHECK_ERROR(wasmrt_memorytype_new(70000, false, 0, false, false, 16, &mt), "more than 65536");
}

static void module_types(wasm_engine_t *engine) {
  wasmrt_module_t *module = compile_wat(engine, WAT);
  wasm_byte_vec_t name;
  CHECK(wasmrt_module_name(module, &name) && name_is(&name, "items"));
  wasm_byte_vec_delete(&name);

  wasm_importtype_vec_t imports;
  wasmrt_module_imports(module, &imports);
  CHECK(imports.size == 4);
  CHECK(name_is(wasm_importtype_module(imports.data[0]), "env") && name_is(wasm_importtype_name(imports.data[0]), "f"));
  const wasm_functype_t *f = wasm_externtype_as_functype_const(wasm_importtype_type(imports.data[0]));
  CHECK(f != NULL && wasm_valtype_kind(wasm_functype_results(f)->data[0]) == WASM_I64);
  const wasm_globaltype_t *g = wasm_externtype_as_globaltype_const(wasm_importtype_type(imports.data[1]));
  CHECK(g != NULL && wasm_globaltype_mutability(g) == WASM_VAR);
  const wasm_tabletype_t *t = wasm_externtype_as_tabletype_const(wasm_importtype_type(imports.data[2]));
  CHECK(t != NULL && wasm_tabletype_limits(t)->min == 1 && wasm_tabletype_limits(t)->max == 5);
  const wasm_memorytype_t *m = wasm_externtype_as_memorytype_const(wasm_importtype_type(imports.data[3]));
  CHECK(m != NULL && wasm_memorytype_limits(m)->max == 3);
  /* Copies of vectors and of their elements. */
  wasm_importtype_vec_t imports_copy;
  wasm_importtype_vec_copy(&imports_copy, &imports);
  CHECK(imports_copy.size == 4 && imports_copy.data[0] != imports.data[0]);
  CHECK(name_is(wasm_importtype_name(imports_copy.data[3]), "m"));
  wasm_importtype_vec_delete(&imports_copy);
  wasm_importtype_t *one = wasm_importtype_copy(imports.data[1]);
  wasm_importtype_vec_t built, empty_imports;
  wasm_importtype_vec_new(&built, 1, &one);
  CHECK(built.size == 1 && built.data[0] == one);
  wasm_importtype_vec_delete(&built);
  wasm_importtype_vec_new_uninitialized(&built, 2);
  CHECK(built.size == 2 && built.data[1] == NULL);
  wasm_importtype_vec_delete(&built);
  wasm_importtype_vec_new_empty(&empty_imports);
  CHECK(empty_imports.size == 0);
  wasm_importtype_vec_delete(&imports);

  wasm_exporttype_vec_t exports;
  wasmrt_module_exports(module, &exports);
  CHECK(exports.size == 3);
  CHECK(name_is(wasm_exporttype_name(exports.data[0]), "get_g"));
  CHECK(wasm_externtype_kind(wasm_exporttype_type(exports.data[2])) == WASM_EXTERN_MEMORY);
  wasm_exporttype_vec_t exports_copy, built_exports, empty_exports;
  wasm_exporttype_vec_copy(&exports_copy, &exports);
  CHECK(exports_copy.size == 3 && name_is(wasm_exporttype_name(exports_copy.data[1]), "t"));
  wasm_exporttype_vec_delete(&exports_copy);
  wasm_exporttype_t *first = wasm_exporttype_copy(exports.data[0]);
  wasm_exporttype_vec_new(&built_exports, 1, &first);
  CHECK(name_is(wasm_exporttype_name(built_exports.data[0]), "get_g"));
  wasm_exporttype_vec_delete(&built_exports);
  wasm_exporttype_vec_new_uninitialized(&built_exports, 1);
  CHECK(built_exports.data[0] == NULL);
  wasm_exporttype_vec_delete(&built_exports);
  wasm_exporttype_vec_new_empty(&empty_exports);
  CHECK(empty_exports.size == 0);
  wasm_exporttype_vec_delete(&exports);
  wasmrt_module_delete(module);
}

static wasm_trap_t *f_impl(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                           wasmrt_val_t *results, size_t nresults) {
  (void)env;
  (void)caller;
  (void)nargs;
  (void)nresults;
  results[0].kind = WASMRT_I64;
  results[0].of.i64 = (int64_t)args[0].of.i32 * 3;
  return NULL;
}

static void host_items(wasm_engine_t *engine) {
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_store_t *other = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *other_context = wasmrt_store_context(other);

  /* A global, a table and a memory made by the host. */
  wasm_globaltype_t *gt = wasm_globaltype_new(wasm_valtype_new_i32(), WASM_VAR);
  wasmrt_val_t value;
  value.kind = WASMRT_I32;
  value.of.i32 = 5;
  wasmrt_global_t global;
  check_ok(wasmrt_global_new(context, gt, &value, &global), "global_new");
  value.kind = WASMRT_F32;
  CHECK_ERROR(wasmrt_global_new(context, gt, &value, &global), "global initial value");
  wasm_globaltype_delete(gt);

  wasm_limits_t table_limits = {1, 5};
  wasm_tabletype_t *tt = wasm_tabletype_new(wasm_valtype_new_funcref(), &table_limits);
  wasmrt_val_t null_ref;
  null_ref.kind = WASMRT_FUNCREF;
  wasmrt_funcref_set_null(&null_ref.of.funcref);
  wasmrt_table_t table;
  check_ok(wasmrt_table_new(context, tt, &null_ref, &table), "table_new");
  CHECK_ERROR(wasmrt_table_new(context, tt, &value, &table), "must be a reference");
  wasm_tabletype_delete(tt);

  wasm_limits_t memory_limits = {1, 3};
  wasm_memorytype_t *mt = wasm_memorytype_new(&memory_limits);
  wasmrt_memory_t memory;
  check_ok(wasmrt_memory_new(context, mt, &memory), "memory_new");
  wasm_memorytype_delete(mt);
  CHECK(wasmrt_memory_page_size(context, &memory) == 65536);
  CHECK(wasmrt_memory_page_size_log2(context, &memory) == 16);
  wasm_memorytype_t *memory_type = wasmrt_memory_type(context, &memory);
  CHECK(wasm_memorytype_limits(memory_type)->min == 1 && wasm_memorytype_limits(memory_type)->max == 3);
  wasm_memorytype_delete(memory_type);
  CHECK(wasmrt_memory_type(other_context, &memory) == NULL);

  wasm_functype_t *ft = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i64());
  wasmrt_func_t func;
  wasmrt_func_new(context, ft, f_impl, NULL, NULL, &func);
  wasm_functype_delete(ft);

  /* A module importing all four. */
  wasmrt_module_t *module = compile_wat(engine, WAT);
  wasmrt_extern_t imports[4];
  imports[0].kind = WASMRT_EXTERN_FUNC;
  imports[0].of.func = func;
  imports[1].kind = WASMRT_EXTERN_GLOBAL;
  imports[1].of.global = global;
  imports[2].kind = WASMRT_EXTERN_TABLE;
  imports[2].of.table = table;
  imports[3].kind = WASMRT_EXTERN_MEMORY;
  imports[3].of.memory = memory;
  /* In the wrong order, the error names what does not match. */
  wasmrt_extern_t swapped[4] = {imports[1], imports[0], imports[2], imports[3]};
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  CHECK_ERROR(wasmrt_instance_new(context, module, swapped, 4, &instance, &trap), "env::f");
  check_ok(wasmrt_instance_new(context, module, imports, 4, &instance, &trap), "instantiate");

  /* The global: read by wasm, set by the host. */
  value.kind = WASMRT_I32;
  value.of.i32 = 77;
  check_ok(wasmrt_global_set(context, &global, &value), "global_set");
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, &instance, "get_g", 5, &item));
  wasmrt_val_t result;
  check_ok(wasmrt_func_call(context, &item.of.func, NULL, 0, &result, 1, &trap), "get_g");
  CHECK(result.of.i32 == 77);
  wasmrt_global_get(context, &global, &result);
  CHECK(result.kind == WASMRT_I32 && result.of.i32 == 77);
  value.kind = WASMRT_I64;
  CHECK_ERROR(wasmrt_global_set(context, &global, &value), "global value");
  CHECK_ERROR(wasmrt_global_set(other_context, &global, &value), "used with the wrong store");
  wasm_globaltype_t *global_type = wasmrt_global_type(context, &global);
  CHECK(wasm_globaltype_mutability(global_type) == WASM_VAR);
  wasm_globaltype_delete(global_type);
  CHECK(wasmrt_global_type(other_context, &global) == NULL);
  result.kind = 99;
  wasmrt_global_get(other_context, &global, &result);
  CHECK(result.kind == 99); /* untouched */

  /* The table: holds the host function, grows within its limits. */
  wasmrt_val_t func_ref;
  func_ref.kind = WASMRT_FUNCREF;
  func_ref.of.funcref = func;
  check_ok(wasmrt_table_set(context, &table, 0, &func_ref), "table_set");
  CHECK(wasmrt_table_get(context, &table, 0, &result));
  CHECK(result.kind == WASMRT_FUNCREF && result.of.funcref.store_id == func.store_id);
  CHECK(!wasmrt_table_get(context, &table, 1, &result));
  CHECK_ERROR(wasmrt_table_set(context, &table, 9, &func_ref), "out of bounds");
  uint64_t previous = 0;
  check_ok(wasmrt_table_grow(context, &table, 2, &null_ref, &previous), "table_grow");
  CHECK(previous == 1 && wasmrt_table_size(context, &table) == 3);
  CHECK_ERROR(wasmrt_table_grow(context, &table, 10, &null_ref, &previous), "failed to grow table");
  CHECK(wasmrt_table_size(other_context, &table) == 0);
  CHECK(!wasmrt_table_get(other_context, &table, 0, &result));
  wasm_tabletype_t *table_type = wasmrt_table_type(context, &table);
  CHECK(wasm_tabletype_limits(table_type)->min == 3);
  wasm_tabletype_delete(table_type);
  CHECK(wasmrt_table_type(other_context, &table) == NULL);

  /* External types of items. */
  wasm_externtype_t *ext = wasmrt_extern_type(context, &imports[2]);
  CHECK(wasm_externtype_kind(ext) == WASM_EXTERN_TABLE);
  wasm_externtype_delete(ext);
  ext = wasmrt_extern_type(context, &imports[0]);
  CHECK(wasm_externtype_kind(ext) == WASM_EXTERN_FUNC);
  wasm_externtype_delete(ext);
  CHECK(wasmrt_extern_type(other_context, &imports[3]) == NULL);
  item.kind = 9;
  CHECK(wasmrt_extern_type(context, &item) == NULL);

  /* Null arguments. */
  CHECK_ERROR(wasmrt_global_new(NULL, NULL, NULL, NULL), "context is null");
  CHECK_ERROR(wasmrt_table_new(context, NULL, &null_ref, &table), "ty is null");
  CHECK_ERROR(wasmrt_memory_new(context, NULL, &memory), "ty is null");
  wasm_byte_vec_t no_name;
  CHECK(!wasmrt_module_name(NULL, &no_name));

  wasmrt_module_delete(module);
  wasmrt_store_delete(other);
  wasmrt_store_delete(store);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  type_objects();
  module_types(engine);
  host_items(engine);
  wasm_engine_delete(engine);
  printf("items: ok\n");
  return 0;
}
