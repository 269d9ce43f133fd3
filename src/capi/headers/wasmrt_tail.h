
/* Sets `func` to the null function reference. */
static inline void wasmrt_funcref_set_null(wasmrt_func_t *func) {
  func->store_id = 0;
}

/* Whether `func` is the null function reference. */
static inline bool wasmrt_funcref_is_null(const wasmrt_func_t *func) {
  return func->store_id == 0;
}
