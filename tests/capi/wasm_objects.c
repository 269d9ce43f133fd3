/*
 * The standard wasm.h objects: stores, modules, instances, functions,
 * values and references, externs and their vectors, globals, tables,
 * memories and host traps, with the bad input a wasm-c-api program can
 * give them (null pointers, wrong counts and kinds of values, items of
 * another store, missing imports): each gives NULL, false or a trap whose
 * message says what is wrong, and the store stays usable.
 */
#include "check.h"

static const char *WAT =
    "(module\n"
    "  (import \"host\" \"twice\" (func $twice (param i32) (result i32)))\n"
    "  (import \"host\" \"g\" (global $g (mut i64)))\n"
    "  (memory (export \"mem\") 1 2)\n"
    "  (table (export \"tab\") 2 3 funcref)\n"
    "  (global (export \"answer\") i32 (i32.const 42))\n"
    "  (elem (i32.const 0) $add)\n"
    "  (func $add (export \"add\") (param i32 i32) (result i32)\n"
    "    local.get 0 local.get 1 i32.add)\n"
    "  (func (export \"call_twice\") (param i32) (result i32)\n"
    "    local.get 0 call $twice)\n"
    "  (func (export \"get_g\") (result i64) global.get $g)\n"
    "  (func (export \"same\") (param funcref) (result funcref) local.get 0)\n"
    "  (func (export \"add_ref\") (result funcref) ref.func $add)\n"
    "  (func (export \"vector\") (result v128) v128.const i32x4 1 2 3 4))\n";

/* Compiles WebAssembly text for `store` with wasm.h's wasm_module_new. */
static wasm_module_t *module_from_wat(wasm_store_t *store, const char *wat) {
  wasm_byte_vec_t wasm;
  check_ok(wasmrt_wat2wasm(wat, strlen(wat), &wasm), "wasmrt_wat2wasm");
  CHECK(wasm_module_validate(store, &wasm));
  wasm_module_t *module = wasm_module_new(store, &wasm);
  CHECK(module != NULL);
  wasm_byte_vec_delete(&wasm);
  return module;
}

static wasm_trap_t *twice(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 1 && args->data[0].kind == WASM_I32);
  CHECK(results->size == 1);
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = 2 * args->data[0].of.i32;
  return NULL;
}

/* Returns an i64 where the function's type says i32. */
static wasm_trap_t *wrong_result(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  results->data[0].kind = WASM_I64;
  results->data[0].of.i64 = 1;
  return NULL;
}

struct env {
  wasm_store_t *store;
  int calls;
  int finalized;
};

/* Fails with a host trap made in the env's store. */
static wasm_trap_t *refuse(void *data, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  (void)results;
  struct env *env = (struct env *)data;
  env->calls++;
  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "refused by the host");
  wasm_trap_t *trap = wasm_trap_new(env->store, &message);
  wasm_name_delete(&message);
  return trap;
}

static void finalize(void *data) { ((struct env *)data)->finalized++; }

/* Checks that `trap` is a trap whose message contains `expected`, and
 * frees it. */
static void check_trap(wasm_trap_t *trap, const char *expected, int line) {
  if (trap == NULL) {
    fprintf(stderr, "line %d: expected a trap containing \"%s\", got none\n", line, expected);
    exit(1);
  }
  if (!trap_says(trap, expected)) {
    wasm_message_t message;
    wasm_trap_message(trap, &message);
    fprintf(stderr, "line %d: expected a trap containing \"%s\", got \"%s\"\n", line, expected,
            message.data);
    exit(1);
  }
  wasm_trap_delete(trap);
}
#define CHECK_TRAP(call, expected) check_trap((call), (expected), __LINE__)

static wasm_extern_t *find_export(const wasm_extern_vec_t *exports, const wasm_module_t *module,
                                  const char *name) {
  wasm_exporttype_vec_t types;
  wasm_module_exports(module, &types);
  CHECK(types.size == exports->size);
  wasm_extern_t *found = NULL;
  for (size_t i = 0; i < types.size; i++) {
    const wasm_name_t *n = wasm_exporttype_name(types.data[i]);
    if (n->size == strlen(name) && memcmp(n->data, name, n->size) == 0) {
      found = exports->data[i];
    }
  }
  wasm_exporttype_vec_delete(&types);
  CHECK(found != NULL);
  return found;
}

static void stores_and_modules(wasm_engine_t *engine) {
  CHECK(wasm_store_new(NULL) == NULL);
  wasm_store_delete(NULL);
  wasm_store_t *store = wasm_store_new(engine);
  CHECK(store != NULL);

  wasm_byte_vec_t junk;
  wasm_byte_vec_new(&junk, 4, "\0asn");
  CHECK(!wasm_module_validate(store, &junk));
  CHECK(wasm_module_new(store, &junk) == NULL);
  CHECK(!wasm_module_validate(NULL, &junk) && !wasm_module_validate(store, NULL));
  CHECK(wasm_module_new(NULL, &junk) == NULL && wasm_module_new(store, NULL) == NULL);
  wasm_byte_vec_delete(&junk);

  wasm_module_t *module = module_from_wat(store, WAT);
  wasm_importtype_vec_t imports;
  wasm_module_imports(module, &imports);
  CHECK(imports.size == 2);
  wasm_importtype_vec_delete(&imports);
  wasm_module_t *copy = wasm_module_copy(module);
  wasm_module_delete(module);
  wasm_exporttype_vec_t exports;
  wasm_module_exports(copy, &exports);
  CHECK(exports.size == 9);
  wasm_exporttype_vec_delete(&exports);
  CHECK(wasm_module_copy(NULL) == NULL);
  wasm_module_imports(NULL, &imports);
  wasm_module_exports(copy, NULL);
  wasm_module_delete(copy);
  wasm_module_delete(NULL);
  wasm_store_delete(store);
}

static void values_and_vectors(void) {
  wasm_val_t values[2] = {WASM_I32_VAL(7), WASM_F64_VAL(2.5)};
  wasm_val_vec_t vec;
  wasm_val_vec_new(&vec, 2, values);
  CHECK(vec.size == 2 && vec.data[1].kind == WASM_F64 && vec.data[1].of.f64 == 2.5);
  wasm_val_vec_t copy;
  wasm_val_vec_copy(&copy, &vec);
  CHECK(copy.size == 2 && copy.data[0].of.i32 == 7);
  wasm_val_vec_delete(&copy);
  wasm_val_vec_delete(&vec);
  CHECK(vec.size == 0 && vec.data == NULL);
  wasm_val_vec_new_uninitialized(&vec, 3);
  CHECK(vec.size == 3 && vec.data[2].kind == WASM_I32 && vec.data[2].of.i32 == 0);
  wasm_val_vec_delete(&vec);
  wasm_val_vec_new_empty(&vec);
  CHECK(vec.size == 0);
  wasm_val_vec_delete(&vec);
  wasm_val_vec_delete(NULL);
  wasm_val_vec_new_uninitialized(&vec, SIZE_MAX);
  CHECK(vec.size == 0);

  wasm_val_t null_ref = WASM_INIT_VAL;
  wasm_val_t out;
  wasm_val_copy(&out, &null_ref);
  CHECK(out.kind == WASM_EXTERNREF && out.of.ref == NULL);
  wasm_val_delete(&out);
  wasm_val_delete(NULL);
  wasm_val_copy(NULL, &null_ref);

  int x = 0;
  wasm_val_t pointer;
  wasm_val_init_ptr(&pointer, &x);
  CHECK(wasm_val_ptr(&pointer) == &x);

  wasm_extern_vec_t externs;
  wasm_extern_vec_new_uninitialized(&externs, 2);
  CHECK(externs.size == 2 && externs.data[0] == NULL);
  wasm_extern_vec_t externs_copy;
  wasm_extern_vec_copy(&externs_copy, &externs);
  CHECK(externs_copy.size == 2 && externs_copy.data[1] == NULL);
  wasm_extern_vec_delete(&externs_copy);
  wasm_extern_vec_delete(&externs);
  wasm_extern_vec_new_empty(&externs);
  CHECK(externs.size == 0);
  wasm_extern_vec_delete(&externs);
  wasm_extern_vec_new(&externs, 0, NULL);
  CHECK(externs.size == 0);
  wasm_extern_vec_delete(NULL);
}

static void instances_and_calls(wasm_engine_t *engine) {
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = module_from_wat(store, WAT);

  wasm_functype_t *twice_type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  CHECK(wasm_func_new(NULL, twice_type, twice) == NULL);
  CHECK(wasm_func_new(store, NULL, twice) == NULL);
  CHECK(wasm_func_new(store, twice_type, NULL) == NULL);
  wasm_func_t *host_twice = wasm_func_new(store, twice_type, twice);
  CHECK(host_twice != NULL);
  CHECK(wasm_func_param_arity(host_twice) == 1 && wasm_func_result_arity(host_twice) == 1);
  CHECK(wasm_func_param_arity(NULL) == 0 && wasm_func_result_arity(NULL) == 0);
  wasm_functype_t *seen = wasm_func_type(host_twice);
  CHECK(wasm_functype_params(seen)->size == 1);
  wasm_functype_delete(seen);
  CHECK(wasm_func_type(NULL) == NULL);

  wasm_globaltype_t *g_type = wasm_globaltype_new(wasm_valtype_new_i64(), WASM_VAR);
  wasm_val_t g_init = WASM_I64_VAL(-5);
  wasm_val_t wrong_init = WASM_I32_VAL(1);
  CHECK(wasm_global_new(store, g_type, &wrong_init) == NULL);
  CHECK(wasm_global_new(store, g_type, NULL) == NULL);
  wasm_global_t *g = wasm_global_new(store, g_type, &g_init);
  CHECK(g != NULL);

  /* Bad imports: too few, a null one, one of the wrong type, one of
   * another store. */
  wasm_trap_t *trap = NULL;
  wasm_extern_t *too_few[1] = {wasm_func_as_extern(host_twice)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(too_few);
  CHECK(wasm_instance_new(store, module, &imports, &trap) == NULL);
  CHECK_TRAP(trap, "expected 2 imports, found 1");
  wasm_extern_t *with_null[2] = {wasm_func_as_extern(host_twice), NULL};
  imports = (wasm_extern_vec_t)WASM_ARRAY_VEC(with_null);
  CHECK(wasm_instance_new(store, module, &imports, &trap) == NULL);
  CHECK_TRAP(trap, "import 1 is null");
  wasm_extern_t *swapped[2] = {wasm_global_as_extern(g), wasm_func_as_extern(host_twice)};
  imports = (wasm_extern_vec_t)WASM_ARRAY_VEC(swapped);
  CHECK(wasm_instance_new(store, module, &imports, &trap) == NULL);
  CHECK_TRAP(trap, "incompatible import type for `host::twice`");
  wasm_store_t *other = wasm_store_new(engine);
  wasm_func_t *foreign = wasm_func_new(other, twice_type, twice);
  wasm_extern_t *with_foreign[2] = {wasm_func_as_extern(foreign), wasm_global_as_extern(g)};
  imports = (wasm_extern_vec_t)WASM_ARRAY_VEC(with_foreign);
  CHECK(wasm_instance_new(store, module, &imports, &trap) == NULL);
  CHECK_TRAP(trap, "import 0 belongs to another store");
  CHECK(wasm_instance_new(store, module, &imports, NULL) == NULL);
  CHECK(wasm_instance_new(NULL, module, &imports, &trap) == NULL);
  CHECK_TRAP(trap, "store is null");
  CHECK(wasm_instance_new(store, NULL, &imports, &trap) == NULL);
  CHECK_TRAP(trap, "module is null");
  wasm_func_delete(foreign);
  wasm_store_delete(other);

  wasm_extern_t *good[2] = {wasm_func_as_extern(host_twice), wasm_global_as_extern(g)};
  imports = (wasm_extern_vec_t)WASM_ARRAY_VEC(good);
  trap = NULL;
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, &trap);
  CHECK(instance != NULL && trap == NULL);
  wasm_instance_t *instance_copy = wasm_instance_copy(instance);
  wasm_instance_delete(instance);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance_copy, &exports);
  CHECK(exports.size == 9);
  wasm_instance_exports(NULL, &exports);
  wasm_instance_exports(instance_copy, NULL);
  CHECK(wasm_instance_copy(NULL) == NULL);
  wasm_instance_delete(instance_copy);
  wasm_instance_delete(NULL);

  wasm_func_t *add = wasm_extern_as_func(find_export(&exports, module, "add"));
  wasm_func_t *call_twice = wasm_extern_as_func(find_export(&exports, module, "call_twice"));
  wasm_func_t *get_g = wasm_extern_as_func(find_export(&exports, module, "get_g"));
  wasm_func_t *same = wasm_extern_as_func(find_export(&exports, module, "same"));
  wasm_func_t *add_ref = wasm_extern_as_func(find_export(&exports, module, "add_ref"));
  wasm_func_t *vector = wasm_extern_as_func(find_export(&exports, module, "vector"));
  CHECK(add && call_twice && get_g && same && add_ref && vector);

  /* Calls, good and bad. */
  wasm_val_t args[2] = {WASM_I32_VAL(40), WASM_I32_VAL(2)};
  wasm_val_t results[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args_vec = WASM_ARRAY_VEC(args);
  wasm_val_vec_t results_vec = WASM_ARRAY_VEC(results);
  CHECK(wasm_func_call(add, &args_vec, &results_vec) == NULL);
  CHECK(results[0].kind == WASM_I32 && results[0].of.i32 == 42);
  wasm_val_vec_t one_arg = {1, args};
  CHECK_TRAP(wasm_func_call(add, &one_arg, &results_vec), "expected 2 arguments, got 1");
  wasm_val_vec_t no_results = WASM_EMPTY_VEC;
  CHECK_TRAP(wasm_func_call(add, &args_vec, &no_results), "expected 1 results, got 0");
  CHECK_TRAP(wasm_func_call(add, &args_vec, NULL), "expected 1 results, got 0");
  CHECK_TRAP(wasm_func_call(add, NULL, &results_vec), "expected 2 arguments, got 0");
  wasm_val_t wrong_kind[2] = {WASM_I32_VAL(1), WASM_F32_VAL(1.0f)};
  wasm_val_vec_t wrong_vec = WASM_ARRAY_VEC(wrong_kind);
  CHECK_TRAP(wasm_func_call(add, &wrong_vec, &results_vec), "argument 1");
  wrong_kind[1].kind = 77;
  CHECK_TRAP(wasm_func_call(add, &wrong_vec, &results_vec), "unknown value kind 77");
  CHECK_TRAP(wasm_func_call(NULL, &args_vec, &results_vec), "func is null");
  wasm_val_vec_t dangling = {1, NULL};
  CHECK_TRAP(wasm_func_call(add, &args_vec, &dangling), "results");

  wasm_val_t one[1] = {WASM_I32_VAL(21)};
  wasm_val_vec_t one_vec = WASM_ARRAY_VEC(one);
  CHECK(wasm_func_call(call_twice, &one_vec, &results_vec) == NULL);
  CHECK(results[0].of.i32 == 42);
  CHECK(wasm_func_call(host_twice, &one_vec, &results_vec) == NULL);
  CHECK(results[0].of.i32 == 42);
  CHECK(wasm_func_call(get_g, NULL, &results_vec) == NULL);
  CHECK(results[0].kind == WASM_I64 && results[0].of.i64 == -5);
  CHECK_TRAP(wasm_func_call(vector, NULL, &results_vec), "v128");

  /* Function references out of wasm and back in. */
  CHECK(wasm_func_call(add_ref, NULL, &results_vec) == NULL);
  CHECK(results[0].kind == WASM_FUNCREF && results[0].of.ref != NULL);
  wasm_val_t ref_arg;
  wasm_val_copy(&ref_arg, &results[0]);
  wasm_val_delete(&results[0]);
  wasm_val_vec_t ref_args = {1, &ref_arg};
  CHECK(wasm_func_call(same, &ref_args, &results_vec) == NULL);
  CHECK(results[0].kind == WASM_FUNCREF && results[0].of.ref != NULL);
  wasm_val_delete(&results[0]);
  wasm_ref_t *kept = wasm_ref_copy(ref_arg.of.ref);
  CHECK(kept != NULL && wasm_ref_copy(NULL) == NULL);
  wasm_val_delete(&ref_arg);
  ref_arg.kind = WASM_FUNCREF;
  ref_arg.of.ref = NULL;
  CHECK(wasm_func_call(same, &ref_args, &results_vec) == NULL);
  CHECK(results[0].kind == WASM_FUNCREF && results[0].of.ref == NULL);
  ref_arg.kind = WASM_EXTERNREF;
  CHECK_TRAP(wasm_func_call(same, &ref_args, &results_vec), "argument 0");

  /* A table made by the host, holding the reference kept above. */
  wasm_limits_t limits = {1, 4};
  wasm_tabletype_t *table_type = wasm_tabletype_new(wasm_valtype_new_funcref(), &limits);
  wasm_table_t *table = wasm_table_new(store, table_type, NULL);
  CHECK(table != NULL && wasm_table_size(table) == 1);
  CHECK(wasm_table_get(table, 0) == NULL);
  CHECK(wasm_table_set(table, 0, kept));
  wasm_ref_t *got = wasm_table_get(table, 0);
  CHECK(got != NULL);
  wasm_ref_delete(got);
  CHECK(!wasm_table_set(table, 1, kept));
  CHECK(wasm_table_get(table, 9) == NULL);
  CHECK(wasm_table_grow(table, 2, kept) && wasm_table_size(table) == 3);
  got = wasm_table_get(table, 2);
  CHECK(got != NULL);
  wasm_ref_delete(got);
  CHECK(!wasm_table_grow(table, 2, NULL) && wasm_table_size(table) == 3);
  wasm_tabletype_t *table_type_seen = wasm_table_type(table);
  CHECK(wasm_tabletype_limits(table_type_seen)->max == 4);
  wasm_tabletype_delete(table_type_seen);
  CHECK(wasm_table_new(NULL, table_type, NULL) == NULL);
  CHECK(wasm_table_size(NULL) == 0 && !wasm_table_set(NULL, 0, NULL));
  CHECK(!wasm_table_grow(NULL, 1, NULL) && wasm_table_type(NULL) == NULL);
  wasm_tabletype_t *externref_type = wasm_tabletype_new(wasm_valtype_new_externref(), &limits);
  wasm_table_t *externs = wasm_table_new(store, externref_type, NULL);
  CHECK(externs != NULL && !wasm_table_set(externs, 0, kept));
  CHECK(wasm_table_new(store, externref_type, kept) == NULL);
  wasm_table_delete(externs);
  wasm_tabletype_delete(externref_type);
  wasm_table_t *table_copy = wasm_table_copy(table);
  CHECK(wasm_table_size(table_copy) == 3);
  wasm_table_delete(table_copy);
  wasm_table_delete(table);
  wasm_tabletype_delete(table_type);
  wasm_ref_delete(kept);
  wasm_ref_delete(NULL);

  /* Globals: read and written from both sides; bad writes change nothing. */
  wasm_val_t value = WASM_I64_VAL(9);
  wasm_global_set(g, &value);
  CHECK(wasm_func_call(get_g, NULL, &results_vec) == NULL && results[0].of.i64 == 9);
  wasm_val_t wrong = WASM_F32_VAL(3.0f);
  wasm_global_set(g, &wrong);
  wasm_global_set(g, NULL);
  wasm_global_set(NULL, &value);
  wasm_global_get(g, &value);
  CHECK(value.kind == WASM_I64 && value.of.i64 == 9);
  wasm_global_get(NULL, &value);
  wasm_global_get(g, NULL);
  wasm_global_t *answer = wasm_extern_as_global(find_export(&exports, module, "answer"));
  wasm_val_t forty = WASM_I32_VAL(40);
  wasm_global_set(answer, &forty);
  wasm_global_get(answer, &value);
  CHECK(value.kind == WASM_I32 && value.of.i32 == 42);
  wasm_globaltype_t *answer_type = wasm_global_type(answer);
  CHECK(wasm_globaltype_mutability(answer_type) == WASM_CONST);
  wasm_globaltype_delete(answer_type);
  CHECK(wasm_global_type(NULL) == NULL);
  wasm_global_t *g_copy = wasm_global_copy(g);
  wasm_global_get(g_copy, &value);
  CHECK(value.of.i64 == 9);
  wasm_global_delete(g_copy);

  /* The exported memory and one made by the host. */
  wasm_memory_t *mem = wasm_extern_as_memory(find_export(&exports, module, "mem"));
  CHECK(wasm_memory_size(mem) == 1 && wasm_memory_data_size(mem) == MEMORY_PAGE_SIZE);
  wasm_memory_data(mem)[100] = 7;
  CHECK(wasm_memory_grow(mem, 1) && wasm_memory_size(mem) == 2);
  CHECK(wasm_memory_data(mem)[100] == 7 && wasm_memory_data(mem)[70000] == 0);
  CHECK(!wasm_memory_grow(mem, 1) && wasm_memory_size(mem) == 2);
  wasm_memorytype_t *mem_type = wasm_memory_type(mem);
  CHECK(wasm_memorytype_limits(mem_type)->max == 2);
  CHECK(wasm_memory_new(NULL, mem_type) == NULL && wasm_memory_new(store, NULL) == NULL);
  wasm_memory_t *own_mem = wasm_memory_new(store, mem_type);
  /* A memory's type has its current size as its minimum. */
  CHECK(own_mem != NULL && wasm_memory_size(own_mem) == 2);
  wasm_memorytype_delete(mem_type);
  wasm_memory_t *mem_copy = wasm_memory_copy(own_mem);
  CHECK(wasm_memory_data_size(mem_copy) == 2 * MEMORY_PAGE_SIZE);
  wasm_memory_delete(mem_copy);
  wasm_memory_delete(own_mem);
  CHECK(wasm_memory_size(NULL) == 0 && wasm_memory_data(NULL) == NULL);
  CHECK(wasm_memory_data_size(NULL) == 0 && !wasm_memory_grow(NULL, 1));
  CHECK(wasm_memory_type(NULL) == NULL);

  /* Externs: kinds, types, conversions, copies. */
  wasm_extern_t *tab = find_export(&exports, module, "tab");
  CHECK(wasm_extern_kind(tab) == WASM_EXTERN_TABLE);
  CHECK(wasm_extern_as_func(tab) == NULL && wasm_extern_as_memory(tab) == NULL);
  CHECK(wasm_extern_as_global(tab) == NULL && wasm_extern_as_table(tab) != NULL);
  CHECK(wasm_table_as_extern(wasm_extern_as_table(tab)) == tab);
  CHECK(wasm_table_as_extern_const(wasm_extern_as_table_const(tab)) == tab);
  CHECK(wasm_func_as_extern_const(wasm_extern_as_func_const(find_export(&exports, module, "add"))) != NULL);
  CHECK(wasm_global_as_extern_const(wasm_extern_as_global_const(wasm_global_as_extern(g))) != NULL);
  CHECK(wasm_memory_as_extern_const(wasm_extern_as_memory_const(wasm_memory_as_extern(mem))) != NULL);
  CHECK(wasm_extern_as_func_const(tab) == NULL && wasm_extern_as_global_const(tab) == NULL);
  CHECK(wasm_extern_as_memory_const(tab) == NULL && wasm_extern_as_table_const(NULL) == NULL);
  wasm_externtype_t *tab_type = wasm_extern_type(tab);
  CHECK(wasm_externtype_kind(tab_type) == WASM_EXTERN_TABLE);
  wasm_externtype_delete(tab_type);
  CHECK(wasm_extern_type(NULL) == NULL);
  wasm_extern_t *tab_copy = wasm_extern_copy(tab);
  CHECK(wasm_extern_kind(tab_copy) == WASM_EXTERN_TABLE);
  wasm_extern_delete(tab_copy);
  CHECK(wasm_extern_copy(NULL) == NULL);
  wasm_extern_delete(NULL);
  wasm_func_t *add_copy = wasm_func_copy(add);
  CHECK(wasm_func_call(add_copy, &args_vec, &results_vec) == NULL && results[0].of.i32 == 42);
  wasm_func_delete(add_copy);
  CHECK(wasm_func_copy(NULL) == NULL && wasm_global_copy(NULL) == NULL);
  CHECK(wasm_table_copy(NULL) == NULL && wasm_memory_copy(NULL) == NULL);
  wasm_extern_vec_t exports_copy;
  wasm_extern_vec_copy(&exports_copy, &exports);
  CHECK(exports_copy.size == exports.size);
  wasm_extern_vec_delete(&exports_copy);

  wasm_extern_vec_delete(&exports);
  wasm_global_delete(g);
  wasm_globaltype_delete(g_type);
  wasm_func_delete(host_twice);
  wasm_functype_delete(twice_type);
  wasm_module_delete(module);
  wasm_store_delete(store);
}

static void host_traps(wasm_engine_t *engine) {
  wasm_store_t *store = wasm_store_new(engine);
  struct env env = {store, 0, 0};
  wasm_functype_t *type = wasm_functype_new_0_0();
  CHECK(wasm_func_new_with_env(store, type, NULL, &env, finalize) == NULL);
  CHECK(env.finalized == 1);
  env.finalized = 0;
  wasm_func_t *refusing = wasm_func_new_with_env(store, type, refuse, &env, finalize);
  CHECK(refusing != NULL);

  wasm_module_t *module = module_from_wat(
      store,
      "(module (import \"\" \"refuse\" (func $refuse))\n"
      "  (func (export \"run\") call $refuse))");
  wasm_extern_t *items[1] = {wasm_func_as_extern(refusing)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(items);
  wasm_trap_t *trap = NULL;
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, &trap);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_func_t *run = wasm_extern_as_func(exports.data[0]);

  /* Called from the host, the trap comes back as it was made. */
  trap = wasm_func_call(refusing, NULL, NULL);
  CHECK(trap != NULL && trap_says(trap, "refused by the host"));
  CHECK(wasm_trap_origin(trap) == NULL);
  wasm_trap_delete(trap);

  /* Through wasm, it gains the wasm frames that called the host. */
  trap = wasm_func_call(run, NULL, NULL);
  CHECK(trap != NULL && trap_says(trap, "error while executing at wasm backtrace:"));
  CHECK(trap_says(trap, "Caused by:\n    refused by the host"));
  wasm_frame_t *origin = wasm_trap_origin(trap);
  CHECK(origin != NULL && wasm_frame_func_index(origin) == 1);
  wasm_frame_delete(origin);
  wasm_trap_delete(trap);
  CHECK(env.calls == 2);

  /* A host function returning a value of the wrong kind. */
  wasm_functype_t *i32_type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *wrong = wasm_func_new(store, i32_type, wrong_result);
  wasm_val_t result = WASM_INIT_VAL;
  wasm_val_vec_t results = {1, &result};
  CHECK_TRAP(wasm_func_call(wrong, NULL, &results), "result 0 of host function");
  wasm_func_delete(wrong);
  wasm_functype_delete(i32_type);

  /* Messages: a missing NUL is tolerated; no store or message, no trap. */
  wasm_message_t bare;
  wasm_name_new_from_string(&bare, "no terminator");
  trap = wasm_trap_new(store, &bare);
  CHECK(trap_says(trap, "no terminator"));
  wasm_trap_delete(trap);
  CHECK(wasm_trap_new(NULL, &bare) == NULL && wasm_trap_new(store, NULL) == NULL);
  wasm_name_delete(&bare);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_func_delete(refusing);
  wasm_functype_delete(type);
  CHECK(env.finalized == 0);
  wasm_store_delete(store);
  CHECK(env.finalized == 1);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  CHECK(engine != NULL);
  stores_and_modules(engine);
  values_and_vectors();
  instances_and_calls(engine);
  host_traps(engine);
  wasm_engine_delete(engine);
  printf("ok\n");
  return 0;
}
