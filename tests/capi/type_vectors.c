/*
 * The standard vectors of type objects (function, global, table, memory
 * and external types): made empty, uninitialized and filled, from owned
 * elements, deep-copied (null elements stay null) and deleted; null
 * arguments are ignored.
 */
#include "check.h"

static wasm_limits_t limits = {1, 2};

int main(void) {
  wasm_functype_vec_t funcs;
  wasm_functype_vec_new_empty(&funcs);
  CHECK(funcs.size == 0);
  wasm_functype_vec_delete(&funcs);
  wasm_functype_vec_new_uninitialized(&funcs, 2);
  CHECK(funcs.size == 2 && funcs.data[0] == NULL);
  funcs.data[0] = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i64());
  wasm_functype_vec_t func_copy;
  wasm_functype_vec_copy(&func_copy, &funcs);
  CHECK(func_copy.size == 2 && func_copy.data[1] == NULL && func_copy.data[0] != funcs.data[0]);
  CHECK(wasm_valtype_kind(wasm_functype_results(func_copy.data[0])->data[0]) == WASM_I64);
  wasm_functype_vec_delete(&func_copy);
  wasm_functype_vec_delete(&funcs);
  wasm_functype_t *one_func[1] = {wasm_functype_new_0_0()};
  wasm_functype_vec_new(&funcs, 1, one_func);
  wasm_functype_vec_delete(&funcs);

  wasm_globaltype_t *globals_in[2] = {wasm_globaltype_new(wasm_valtype_new_f32(), WASM_VAR),
                                      wasm_globaltype_new(wasm_valtype_new_i32(), WASM_CONST)};
  wasm_globaltype_vec_t globals, global_copy;
  wasm_globaltype_vec_new(&globals, 2, globals_in);
  wasm_globaltype_vec_copy(&global_copy, &globals);
  CHECK(global_copy.size == 2 && wasm_globaltype_mutability(global_copy.data[0]) == WASM_VAR);
  wasm_globaltype_vec_delete(&global_copy);
  wasm_globaltype_vec_delete(&globals);
  wasm_globaltype_vec_new_empty(&globals);
  wasm_globaltype_vec_delete(&globals);
  wasm_globaltype_vec_new_uninitialized(&globals, 1);
  wasm_globaltype_vec_delete(&globals);

  wasm_tabletype_t *tables_in[1] = {wasm_tabletype_new(wasm_valtype_new_funcref(), &limits)};
  wasm_tabletype_vec_t tables, table_copy;
  wasm_tabletype_vec_new(&tables, 1, tables_in);
  wasm_tabletype_vec_copy(&table_copy, &tables);
  CHECK(wasm_tabletype_limits(table_copy.data[0])->max == 2);
  wasm_tabletype_vec_delete(&table_copy);
  wasm_tabletype_vec_delete(&tables);
  wasm_tabletype_vec_new_empty(&tables);
  wasm_tabletype_vec_delete(&tables);
  wasm_tabletype_vec_new_uninitialized(&tables, 3);
  wasm_tabletype_vec_delete(&tables);

  wasm_memorytype_t *memories_in[1] = {wasm_memorytype_new(&limits)};
  wasm_memorytype_vec_t memories, memory_copy;
  wasm_memorytype_vec_new(&memories, 1, memories_in);
  wasm_memorytype_vec_copy(&memory_copy, &memories);
  CHECK(wasm_memorytype_limits(memory_copy.data[0])->min == 1);
  wasm_memorytype_vec_delete(&memory_copy);
  wasm_memorytype_vec_delete(&memories);
  wasm_memorytype_vec_new_empty(&memories);
  wasm_memorytype_vec_delete(&memories);
  wasm_memorytype_vec_new_uninitialized(&memories, 1);
  wasm_memorytype_vec_delete(&memories);

  wasm_externtype_t *externs_in[2] = {wasm_memorytype_as_externtype(wasm_memorytype_new(&limits)),
                                      wasm_functype_as_externtype(wasm_functype_new_0_0())};
  wasm_externtype_vec_t externs, extern_copy;
  wasm_externtype_vec_new(&externs, 2, externs_in);
  wasm_externtype_vec_copy(&extern_copy, &externs);
  CHECK(wasm_externtype_kind(extern_copy.data[0]) == WASM_EXTERN_MEMORY);
  CHECK(wasm_externtype_kind(extern_copy.data[1]) == WASM_EXTERN_FUNC);
  wasm_externtype_vec_delete(&extern_copy);
  wasm_externtype_vec_delete(&externs);
  wasm_externtype_vec_new_empty(&externs);
  wasm_externtype_vec_delete(&externs);
  wasm_externtype_vec_new_uninitialized(&externs, 2);
  wasm_externtype_vec_delete(&externs);

  /* Tag types (wasmtime's addition): types only, no wasmrt item has one. */
  wasm_tagtype_t *tag = wasm_tagtype_new(wasm_functype_new_1_0(wasm_valtype_new_i32()));
  CHECK(wasm_functype_params(wasm_tagtype_functype(tag))->size == 1);
  wasm_externtype_t *as_extern = wasm_tagtype_as_externtype(tag);
  CHECK(wasm_externtype_kind(as_extern) == WASM_EXTERN_TAG && wasm_externtype_as_tagtype(as_extern) == tag);
  CHECK(wasm_externtype_as_tagtype_const(wasm_tagtype_as_externtype_const(tag)) == tag);
  CHECK(wasm_externtype_as_functype(as_extern) == NULL && wasm_tagtype_new(NULL) == NULL);
  wasm_externtype_t *extern_copy_of_tag = wasm_externtype_copy(as_extern);
  CHECK(wasm_externtype_kind(extern_copy_of_tag) == WASM_EXTERN_TAG);
  wasm_externtype_delete(extern_copy_of_tag);
  wasm_tagtype_vec_t tags, tag_copy;
  wasm_tagtype_t *tags_in[1] = {wasm_tagtype_copy(tag)};
  wasm_tagtype_vec_new(&tags, 1, tags_in);
  wasm_tagtype_vec_copy(&tag_copy, &tags);
  CHECK(wasm_tagtype_functype(tag_copy.data[0]) != wasm_tagtype_functype(tags.data[0]));
  wasm_tagtype_vec_delete(&tag_copy);
  wasm_tagtype_vec_delete(&tags);
  wasm_tagtype_vec_new_empty(&tags);
  wasm_tagtype_vec_delete(&tags);
  wasm_tagtype_vec_new_uninitialized(&tags, 1);
  wasm_tagtype_vec_delete(&tags);
  wasm_tagtype_delete(tag);

  /* Null arguments are ignored; copying a null vector gives an empty one. */
  wasm_functype_vec_new_empty(NULL);
  wasm_globaltype_vec_delete(NULL);
  wasm_tabletype_vec_copy(&tables, NULL);
  CHECK(tables.size == 0);
  wasm_tabletype_vec_delete(&tables);
  wasm_memorytype_vec_new_uninitialized(NULL, 4);
  wasm_externtype_vec_new(NULL, 0, NULL);
  printf("type vectors: made, copied and deleted\n");
  return 0;
}
