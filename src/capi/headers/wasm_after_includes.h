
#ifndef own
/* Marks owned pointers, as in the standard header (documentation only). */
#define own
#endif

#ifndef WASM_API_EXTERN
#define WASM_API_EXTERN
#endif

typedef char byte_t;
typedef float float32_t;
typedef double float64_t;
typedef byte_t wasm_byte_t;

/* External types and the types they generalise: each specific type is an
 * external type underneath (see the `*_as_externtype` functions). */
typedef struct wasm_externtype_t wasm_externtype_t;
typedef struct wasm_functype_t wasm_functype_t;
typedef struct wasm_globaltype_t wasm_globaltype_t;
typedef struct wasm_tabletype_t wasm_tabletype_t;
typedef struct wasm_memorytype_t wasm_memorytype_t;
typedef struct wasm_tagtype_t wasm_tagtype_t;

/* Items of a store and the externs they generalise: each specific item is
 * an extern underneath (see the `*_as_extern` functions). */
typedef struct wasm_func_t wasm_func_t;
typedef struct wasm_global_t wasm_global_t;
typedef struct wasm_table_t wasm_table_t;
typedef struct wasm_memory_t wasm_memory_t;
