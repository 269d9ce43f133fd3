
/* The helpers below come after wasmrt.h's include guard: guarded on their
 * own, so that the header may be included more than once. */
#ifndef WASMRT_H_HELPERS
#define WASMRT_H_HELPERS
/* Sets `func` to the null function reference. */
static inline void wasmrt_funcref_set_null(wasmrt_func_t *func) {
  func->store_id = 0;
}

/* Whether `func` is the null function reference. */
static inline bool wasmrt_funcref_is_null(const wasmrt_func_t *func) {
  return func->store_id == 0;
}

/* Sets `ref` to the null externref. */
static inline void wasmrt_externref_set_null(wasmrt_externref_t *ref) {
  ref->store_id = 0;
}

/* Whether `ref` is the null externref. */
static inline bool wasmrt_externref_is_null(const wasmrt_externref_t *ref) {
  return ref->store_id == 0;
}

#endif /* WASMRT_H_HELPERS */
