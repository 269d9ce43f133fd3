/*
 * Every declaration of the standard wasm.h, checked against the
 * standard's signatures: each function's address goes into a pointer of
 * the standard's type (a missing function, or one of another signature,
 * does not compile: warnings are errors), inline helpers included; every
 * macro is referenced, every type and constant named. The program then
 * checks that no address is null. It includes wasm.h alone, twice.
 */
#include "wasm.h"
#include "wasm.h"

#include <stdio.h>
#include <stdlib.h>

static size_t functions = 0;

static void note(void (*address)(void), const char *name) {
  if (address == NULL) {
    fprintf(stderr, "%s has no address\n", name);
    exit(1);
  }
  functions++;
}

/* The function `name` exists with the type `ret (*)args`. */
#define HAS(name, ret, args)                                                                           \
  do {                                                                                                 \
    ret(*typed_) args = name;                                                                          \
    note((void (*)(void))typed_, #name);                                                               \
  } while (0)

/* The families the standard declares with its WASM_DECLARE_* macros. */
#define HAS_OWN(n) HAS(wasm_##n##_delete, void, (wasm_##n##_t *))
#define HAS_VEC(n, ptr)                                                                                \
  HAS(wasm_##n##_vec_new_empty, void, (wasm_##n##_vec_t *));                                           \
  HAS(wasm_##n##_vec_new_uninitialized, void, (wasm_##n##_vec_t *, size_t));                           \
  HAS(wasm_##n##_vec_new, void, (wasm_##n##_vec_t *, size_t, wasm_##n##_t ptr const[]));               \
  HAS(wasm_##n##_vec_copy, void, (wasm_##n##_vec_t *, const wasm_##n##_vec_t *));                      \
  HAS(wasm_##n##_vec_delete, void, (wasm_##n##_vec_t *))
#define HAS_TYPE(n)                                                                                    \
  HAS_OWN(n);                                                                                          \
  HAS_VEC(n, *);                                                                                       \
  HAS(wasm_##n##_copy, wasm_##n##_t *, (const wasm_##n##_t *))
#define HAS_REF_BASE(n)                                                                                \
  HAS_OWN(n);                                                                                          \
  HAS(wasm_##n##_copy, wasm_##n##_t *, (const wasm_##n##_t *));                                        \
  HAS(wasm_##n##_same, bool, (const wasm_##n##_t *, const wasm_##n##_t *));                            \
  HAS(wasm_##n##_get_host_info, void *, (const wasm_##n##_t *));                                       \
  HAS(wasm_##n##_set_host_info, void, (wasm_##n##_t *, void *));                                       \
  HAS(wasm_##n##_set_host_info_with_finalizer, void, (wasm_##n##_t *, void *, void (*)(void *)))
#define HAS_REF(n)                                                                                     \
  HAS_REF_BASE(n);                                                                                     \
  HAS(wasm_##n##_as_ref, wasm_ref_t *, (wasm_##n##_t *));                                              \
  HAS(wasm_ref_as_##n, wasm_##n##_t *, (wasm_ref_t *));                                                \
  HAS(wasm_##n##_as_ref_const, const wasm_ref_t *, (const wasm_##n##_t *));                            \
  HAS(wasm_ref_as_##n##_const, const wasm_##n##_t *, (const wasm_ref_t *))
#define HAS_EXTERN_CONVERSIONS(n)                                                                      \
  HAS(wasm_##n##_as_extern, wasm_extern_t *, (wasm_##n##_t *));                                        \
  HAS(wasm_##n##_as_extern_const, const wasm_extern_t *, (const wasm_##n##_t *));                      \
  HAS(wasm_extern_as_##n, wasm_##n##_t *, (wasm_extern_t *));                                          \
  HAS(wasm_extern_as_##n##_const, const wasm_##n##_t *, (const wasm_extern_t *))
#define HAS_EXTERNTYPE_CONVERSIONS(n)                                                                  \
  HAS(wasm_##n##_as_externtype, wasm_externtype_t *, (wasm_##n##_t *));                                \
  HAS(wasm_##n##_as_externtype_const, const wasm_externtype_t *, (const wasm_##n##_t *));              \
  HAS(wasm_externtype_as_##n, wasm_##n##_t *, (wasm_externtype_t *));                                  \
  HAS(wasm_externtype_as_##n##_const, const wasm_##n##_t *, (const wasm_externtype_t *))

/* The standard's macros, each defined. */
#if !defined(own) || !defined(WASM_API_EXTERN) || !defined(WASM_EMPTY_VEC) || !defined(WASM_ARRAY_VEC)
#error "a vector or ownership macro is missing"
#endif
#if !defined(WASM_I32_VAL) || !defined(WASM_I64_VAL) || !defined(WASM_F32_VAL) || !defined(WASM_F64_VAL) ||  \
    !defined(WASM_REF_VAL) || !defined(WASM_INIT_VAL)
#error "a value macro is missing"
#endif
#if !defined(wasm_name) || !defined(wasm_name_new) || !defined(wasm_name_new_empty) ||                     \
    !defined(wasm_name_new_uninitialized) || !defined(wasm_name_copy) || !defined(wasm_name_delete)
#error "a name macro is missing"
#endif
#if !defined(WASM_DECLARE_OWN) || !defined(WASM_DECLARE_VEC) || !defined(WASM_DECLARE_TYPE) ||             \
    !defined(WASM_DECLARE_REF_BASE) || !defined(WASM_DECLARE_REF) || !defined(WASM_DECLARE_SHARABLE_REF)
#error "a declaration macro is missing"
#endif

/* The declaration macros declare a family the way the header does. */
WASM_DECLARE_TYPE(probe)
typedef struct wasm_plain_t {
  int value;
} wasm_plain_t;
WASM_DECLARE_VEC(plain, )
WASM_DECLARE_SHARABLE_REF(sharable)
WASM_DECLARE_REF(other)
WASM_DECLARE_REF_BASE(base)

/* Every named type. */
static const size_t type_sizes[] = {
    sizeof(byte_t), sizeof(float32_t), sizeof(float64_t), sizeof(wasm_byte_t), sizeof(wasm_byte_vec_t),
    sizeof(wasm_name_t), sizeof(wasm_message_t), sizeof(wasm_limits_t), sizeof(wasm_mutability_t),
    sizeof(wasm_valkind_t), sizeof(wasm_externkind_t), sizeof(wasm_val_t), sizeof(wasm_val_vec_t),
    sizeof(wasm_table_size_t), sizeof(wasm_memory_pages_t), sizeof(wasm_func_callback_t),
    sizeof(wasm_func_callback_with_env_t), sizeof(wasm_valtype_vec_t), sizeof(wasm_functype_vec_t),
    sizeof(wasm_globaltype_vec_t), sizeof(wasm_tabletype_vec_t), sizeof(wasm_memorytype_vec_t),
    sizeof(wasm_externtype_vec_t), sizeof(wasm_tagtype_vec_t), sizeof(wasm_importtype_vec_t), sizeof(wasm_exporttype_vec_t),
    sizeof(wasm_frame_vec_t), sizeof(wasm_extern_vec_t), sizeof(wasm_probe_vec_t), sizeof(wasm_plain_vec_t)};

/* Incomplete (opaque) types, named. */
static const void *const opaque[] = {
    (wasm_config_t *)0,     (wasm_engine_t *)0,   (wasm_store_t *)0,         (wasm_valtype_t *)0,
    (wasm_functype_t *)0,   (wasm_globaltype_t *)0, (wasm_tabletype_t *)0,   (wasm_memorytype_t *)0, (wasm_tagtype_t *)0,
    (wasm_externtype_t *)0, (wasm_importtype_t *)0, (wasm_exporttype_t *)0,  (wasm_ref_t *)0,
    (wasm_frame_t *)0,      (wasm_trap_t *)0,     (wasm_foreign_t *)0,       (wasm_module_t *)0,
    (wasm_shared_module_t *)0, (wasm_func_t *)0,  (wasm_global_t *)0,        (wasm_table_t *)0,
    (wasm_memory_t *)0,     (wasm_extern_t *)0,   (wasm_instance_t *)0};

int main(void) {
  /* Runtime environment. */
  HAS_OWN(config);
  HAS(wasm_config_new, wasm_config_t *, (void));
  HAS_OWN(engine);
  HAS(wasm_engine_new, wasm_engine_t *, (void));
  HAS(wasm_engine_new_with_config, wasm_engine_t *, (wasm_config_t *));
  HAS_OWN(store);
  HAS(wasm_store_new, wasm_store_t *, (wasm_engine_t *));

  /* Byte vectors and names. */
  HAS_VEC(byte, );
  HAS(wasm_name_new_from_string, void, (wasm_name_t *, const char *));
  HAS(wasm_name_new_from_string_nt, void, (wasm_name_t *, const char *));

  /* Types. */
  HAS_TYPE(valtype);
  HAS(wasm_valtype_new, wasm_valtype_t *, (wasm_valkind_t));
  HAS(wasm_valtype_kind, wasm_valkind_t, (const wasm_valtype_t *));
  HAS(wasm_valkind_is_num, bool, (wasm_valkind_t));
  HAS(wasm_valkind_is_ref, bool, (wasm_valkind_t));
  HAS(wasm_valtype_is_num, bool, (const wasm_valtype_t *));
  HAS(wasm_valtype_is_ref, bool, (const wasm_valtype_t *));
  HAS_TYPE(functype);
  HAS(wasm_functype_new, wasm_functype_t *, (wasm_valtype_vec_t *, wasm_valtype_vec_t *));
  HAS(wasm_functype_params, const wasm_valtype_vec_t *, (const wasm_functype_t *));
  HAS(wasm_functype_results, const wasm_valtype_vec_t *, (const wasm_functype_t *));
  HAS_TYPE(globaltype);
  HAS(wasm_globaltype_new, wasm_globaltype_t *, (wasm_valtype_t *, wasm_mutability_t));
  HAS(wasm_globaltype_content, const wasm_valtype_t *, (const wasm_globaltype_t *));
  HAS(wasm_globaltype_mutability, wasm_mutability_t, (const wasm_globaltype_t *));
  HAS_TYPE(tabletype);
  HAS(wasm_tabletype_new, wasm_tabletype_t *, (wasm_valtype_t *, const wasm_limits_t *));
  HAS(wasm_tabletype_element, const wasm_valtype_t *, (const wasm_tabletype_t *));
  HAS(wasm_tabletype_limits, const wasm_limits_t *, (const wasm_tabletype_t *));
  HAS_TYPE(memorytype);
  HAS(wasm_memorytype_new, wasm_memorytype_t *, (const wasm_limits_t *));
  HAS(wasm_memorytype_limits, const wasm_limits_t *, (const wasm_memorytype_t *));
  /* Tag types: wasmtime's copy of the standard adds them. */
  HAS_TYPE(tagtype);
  HAS(wasm_tagtype_new, wasm_tagtype_t *, (wasm_functype_t *));
  HAS(wasm_tagtype_functype, const wasm_functype_t *, (const wasm_tagtype_t *));
  HAS_TYPE(externtype);
  HAS(wasm_externtype_kind, wasm_externkind_t, (const wasm_externtype_t *));
  HAS_EXTERNTYPE_CONVERSIONS(functype);
  HAS_EXTERNTYPE_CONVERSIONS(globaltype);
  HAS_EXTERNTYPE_CONVERSIONS(tabletype);
  HAS_EXTERNTYPE_CONVERSIONS(memorytype);
  HAS_EXTERNTYPE_CONVERSIONS(tagtype);
  HAS_TYPE(importtype);
  HAS(wasm_importtype_new, wasm_importtype_t *, (wasm_name_t *, wasm_name_t *, wasm_externtype_t *));
  HAS(wasm_importtype_module, const wasm_name_t *, (const wasm_importtype_t *));
  HAS(wasm_importtype_name, const wasm_name_t *, (const wasm_importtype_t *));
  HAS(wasm_importtype_type, const wasm_externtype_t *, (const wasm_importtype_t *));
  HAS_TYPE(exporttype);
  HAS(wasm_exporttype_new, wasm_exporttype_t *, (wasm_name_t *, wasm_externtype_t *));
  HAS(wasm_exporttype_name, const wasm_name_t *, (const wasm_exporttype_t *));
  HAS(wasm_exporttype_type, const wasm_externtype_t *, (const wasm_exporttype_t *));

  /* Values and references. */
  HAS(wasm_val_delete, void, (wasm_val_t *));
  HAS(wasm_val_copy, void, (wasm_val_t *, const wasm_val_t *));
  HAS_VEC(val, );
  HAS_REF_BASE(ref);

  /* Frames and traps. */
  HAS_OWN(frame);
  HAS_VEC(frame, *);
  HAS(wasm_frame_copy, wasm_frame_t *, (const wasm_frame_t *));
  HAS(wasm_frame_instance, wasm_instance_t *, (const wasm_frame_t *));
  HAS(wasm_frame_func_index, uint32_t, (const wasm_frame_t *));
  HAS(wasm_frame_func_offset, size_t, (const wasm_frame_t *));
  HAS(wasm_frame_module_offset, size_t, (const wasm_frame_t *));
  HAS_REF(trap);
  HAS(wasm_trap_new, wasm_trap_t *, (wasm_store_t *, const wasm_message_t *));
  HAS(wasm_trap_message, void, (const wasm_trap_t *, wasm_message_t *));
  HAS(wasm_trap_origin, wasm_frame_t *, (const wasm_trap_t *));
  HAS(wasm_trap_trace, void, (const wasm_trap_t *, wasm_frame_vec_t *));

  /* Foreign objects and modules. */
  HAS_REF(foreign);
  HAS(wasm_foreign_new, wasm_foreign_t *, (wasm_store_t *));
  HAS_REF(module);
  HAS_OWN(shared_module);
  HAS(wasm_module_share, wasm_shared_module_t *, (const wasm_module_t *));
  HAS(wasm_module_obtain, wasm_module_t *, (wasm_store_t *, const wasm_shared_module_t *));
  HAS(wasm_module_new, wasm_module_t *, (wasm_store_t *, const wasm_byte_vec_t *));
  HAS(wasm_module_validate, bool, (wasm_store_t *, const wasm_byte_vec_t *));
  HAS(wasm_module_imports, void, (const wasm_module_t *, wasm_importtype_vec_t *));
  HAS(wasm_module_exports, void, (const wasm_module_t *, wasm_exporttype_vec_t *));
  HAS(wasm_module_serialize, void, (const wasm_module_t *, wasm_byte_vec_t *));
  HAS(wasm_module_deserialize, wasm_module_t *, (wasm_store_t *, const wasm_byte_vec_t *));

  /* Functions, globals, tables, memories. */
  HAS_REF(func);
  HAS(wasm_func_new, wasm_func_t *, (wasm_store_t *, const wasm_functype_t *, wasm_func_callback_t));
  HAS(wasm_func_new_with_env, wasm_func_t *,
      (wasm_store_t *, const wasm_functype_t *, wasm_func_callback_with_env_t, void *, void (*)(void *)));
  HAS(wasm_func_type, wasm_functype_t *, (const wasm_func_t *));
  HAS(wasm_func_param_arity, size_t, (const wasm_func_t *));
  HAS(wasm_func_result_arity, size_t, (const wasm_func_t *));
  HAS(wasm_func_call, wasm_trap_t *, (const wasm_func_t *, const wasm_val_vec_t *, wasm_val_vec_t *));
  HAS_REF(global);
  HAS(wasm_global_new, wasm_global_t *, (wasm_store_t *, const wasm_globaltype_t *, const wasm_val_t *));
  HAS(wasm_global_type, wasm_globaltype_t *, (const wasm_global_t *));
  HAS(wasm_global_get, void, (const wasm_global_t *, wasm_val_t *));
  HAS(wasm_global_set, void, (wasm_global_t *, const wasm_val_t *));
  HAS_REF(table);
  HAS(wasm_table_new, wasm_table_t *, (wasm_store_t *, const wasm_tabletype_t *, wasm_ref_t *));
  HAS(wasm_table_type, wasm_tabletype_t *, (const wasm_table_t *));
  HAS(wasm_table_get, wasm_ref_t *, (const wasm_table_t *, wasm_table_size_t));
  HAS(wasm_table_set, bool, (wasm_table_t *, wasm_table_size_t, wasm_ref_t *));
  HAS(wasm_table_size, wasm_table_size_t, (const wasm_table_t *));
  HAS(wasm_table_grow, bool, (wasm_table_t *, wasm_table_size_t, wasm_ref_t *));
  HAS_REF(memory);
  HAS(wasm_memory_new, wasm_memory_t *, (wasm_store_t *, const wasm_memorytype_t *));
  HAS(wasm_memory_type, wasm_memorytype_t *, (const wasm_memory_t *));
  HAS(wasm_memory_data, byte_t *, (wasm_memory_t *));
  HAS(wasm_memory_data_size, size_t, (const wasm_memory_t *));
  HAS(wasm_memory_size, wasm_memory_pages_t, (const wasm_memory_t *));
  HAS(wasm_memory_grow, bool, (wasm_memory_t *, wasm_memory_pages_t));

  /* Externs and instances. */
  HAS_REF(extern);
  HAS_VEC(extern, *);
  HAS(wasm_extern_kind, wasm_externkind_t, (const wasm_extern_t *));
  HAS(wasm_extern_type, wasm_externtype_t *, (const wasm_extern_t *));
  HAS_EXTERN_CONVERSIONS(func);
  HAS_EXTERN_CONVERSIONS(global);
  HAS_EXTERN_CONVERSIONS(table);
  HAS_EXTERN_CONVERSIONS(memory);
  HAS_REF(instance);
  HAS(wasm_instance_new, wasm_instance_t *,
      (wasm_store_t *, const wasm_module_t *, const wasm_extern_vec_t *, wasm_trap_t **));
  HAS(wasm_instance_exports, void, (const wasm_instance_t *, wasm_extern_vec_t *));

  /* Convenience helpers. */
  HAS(wasm_valtype_new_i32, wasm_valtype_t *, (void));
  HAS(wasm_valtype_new_i64, wasm_valtype_t *, (void));
  HAS(wasm_valtype_new_f32, wasm_valtype_t *, (void));
  HAS(wasm_valtype_new_f64, wasm_valtype_t *, (void));
  HAS(wasm_valtype_new_externref, wasm_valtype_t *, (void));
  HAS(wasm_valtype_new_funcref, wasm_valtype_t *, (void));
  HAS(wasm_functype_new_0_0, wasm_functype_t *, (void));
  HAS(wasm_functype_new_1_0, wasm_functype_t *, (wasm_valtype_t *));
  HAS(wasm_functype_new_2_0, wasm_functype_t *, (wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_3_0, wasm_functype_t *, (wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_0_1, wasm_functype_t *, (wasm_valtype_t *));
  HAS(wasm_functype_new_1_1, wasm_functype_t *, (wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_2_1, wasm_functype_t *, (wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_3_1, wasm_functype_t *,
      (wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_0_2, wasm_functype_t *, (wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_1_2, wasm_functype_t *, (wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_2_2, wasm_functype_t *,
      (wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_functype_new_3_2, wasm_functype_t *,
      (wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *, wasm_valtype_t *));
  HAS(wasm_val_init_ptr, void, (wasm_val_t *, void *));
  HAS(wasm_val_ptr, void *, (const wasm_val_t *));

  /* The constants and value macros, used. */
  const wasm_valkind_t kinds[] = {WASM_I32, WASM_I64, WASM_F32, WASM_F64, WASM_EXTERNREF, WASM_FUNCREF};
  const wasm_externkind_t extern_kinds[] = {WASM_EXTERN_FUNC, WASM_EXTERN_GLOBAL, WASM_EXTERN_TABLE,
                                            WASM_EXTERN_MEMORY, WASM_EXTERN_TAG};
  const wasm_mutability_t mutabilities[] = {WASM_CONST, WASM_VAR};
  wasm_val_t values[] = {WASM_I32_VAL(1), WASM_I64_VAL(2), WASM_F32_VAL(3), WASM_F64_VAL(4), WASM_REF_VAL(NULL),
                         WASM_INIT_VAL};
  wasm_val_vec_t some = WASM_ARRAY_VEC(values);
  wasm_val_vec_t none = WASM_EMPTY_VEC;
  if (some.size != 6 || none.size != 0 || values[4].kind != WASM_EXTERNREF || kinds[5] != WASM_FUNCREF ||
      extern_kinds[4] != WASM_EXTERN_TAG || mutabilities[1] != WASM_VAR ||
      wasm_limits_max_default != 0xffffffffu || MEMORY_PAGE_SIZE != 65536 || !wasm_valkind_is_ref(WASM_FUNCREF) ||
      wasm_valkind_is_num(WASM_EXTERNREF)) {
    fprintf(stderr, "a constant or value macro is wrong\n");
    return 1;
  }
  own wasm_name_t name;
  wasm_name_new_empty(&name);
  wasm_name_delete(&name);

  printf("declarations: %zu functions, %zu named types, %zu opaque types\n", functions,
         sizeof type_sizes / sizeof *type_sizes, sizeof opaque / sizeof *opaque);
  return 0;
}
