
/* The helpers below come after wasm.h's include guard: guarded on their
 * own, so that the header may be included more than once. */
#ifndef WASM_H_HELPERS
#define WASM_H_HELPERS
/* The `max` of limits without a maximum. */
static const uint32_t wasm_limits_max_default = 0xffffffff;

/* The size of a memory page in bytes. */
static const size_t MEMORY_PAGE_SIZE = 0x10000;

/* Value literals. */
#define WASM_I32_VAL(i) {.kind = WASM_I32, .of = {.i32 = i}}
#define WASM_I64_VAL(i) {.kind = WASM_I64, .of = {.i64 = i}}
#define WASM_F32_VAL(z) {.kind = WASM_F32, .of = {.f32 = z}}
#define WASM_F64_VAL(z) {.kind = WASM_F64, .of = {.f64 = z}}
#define WASM_REF_VAL(r) {.kind = WASM_EXTERNREF, .of = {.ref = r}}
#define WASM_INIT_VAL {.kind = WASM_EXTERNREF, .of = {.ref = NULL}}

/* A pointer stored as an integer value of the pointer's width. */
static inline void wasm_val_init_ptr(own wasm_val_t *out, void *p) {
#if UINTPTR_MAX == UINT32_MAX
  out->kind = WASM_I32;
  out->of.i32 = (int32_t)(intptr_t)p;
#else
  out->kind = WASM_I64;
  out->of.i64 = (int64_t)(intptr_t)p;
#endif
}

/* The pointer `wasm_val_init_ptr` stored. */
static inline void *wasm_val_ptr(const wasm_val_t *val) {
#if UINTPTR_MAX == UINT32_MAX
  return (void *)(intptr_t)val->of.i32;
#else
  return (void *)(intptr_t)val->of.i64;
#endif
}

/* Vector literals. */
#define WASM_EMPTY_VEC {0, NULL}
#define WASM_ARRAY_VEC(array) {sizeof(array) / sizeof(*(array)), array}

/* Names are byte vectors. */
#define wasm_name wasm_byte_vec
#define wasm_name_new wasm_byte_vec_new
#define wasm_name_new_empty wasm_byte_vec_new_empty
#define wasm_name_new_uninitialized wasm_byte_vec_new_uninitialized
#define wasm_name_copy wasm_byte_vec_copy
#define wasm_name_delete wasm_byte_vec_delete

/* A name from a NUL-terminated string, without the NUL. */
static inline void wasm_name_new_from_string(own wasm_name_t *out, const char *s) {
  size_t n = 0;
  while (s[n] != '\0') {
    n++;
  }
  wasm_name_new(out, n, s);
}

/* A name from a NUL-terminated string, with the NUL. */
static inline void wasm_name_new_from_string_nt(own wasm_name_t *out, const char *s) {
  size_t n = 0;
  while (s[n] != '\0') {
    n++;
  }
  wasm_name_new(out, n + 1, s);
}

/* Value types by kind. */
static inline own wasm_valtype_t *wasm_valtype_new_i32(void) { return wasm_valtype_new(WASM_I32); }
static inline own wasm_valtype_t *wasm_valtype_new_i64(void) { return wasm_valtype_new(WASM_I64); }
static inline own wasm_valtype_t *wasm_valtype_new_f32(void) { return wasm_valtype_new(WASM_F32); }
static inline own wasm_valtype_t *wasm_valtype_new_f64(void) { return wasm_valtype_new(WASM_F64); }
static inline own wasm_valtype_t *wasm_valtype_new_externref(void) { return wasm_valtype_new(WASM_EXTERNREF); }
static inline own wasm_valtype_t *wasm_valtype_new_funcref(void) { return wasm_valtype_new(WASM_FUNCREF); }

/* Whether a kind (or value type) is a number or a reference. */
static inline bool wasm_valkind_is_num(wasm_valkind_t k) { return k < WASM_EXTERNREF; }
static inline bool wasm_valkind_is_ref(wasm_valkind_t k) { return k >= WASM_EXTERNREF; }
static inline bool wasm_valtype_is_num(const wasm_valtype_t *t) { return wasm_valkind_is_num(wasm_valtype_kind(t)); }
static inline bool wasm_valtype_is_ref(const wasm_valtype_t *t) { return wasm_valkind_is_ref(wasm_valtype_kind(t)); }

/* Function types of up to three parameters and three results, taking
 * ownership of the value types given. */
static inline own wasm_functype_t *wasm_functype_new_from_arrays__(
    size_t np, own wasm_valtype_t *const *p, size_t nr, own wasm_valtype_t *const *r) {
  wasm_valtype_vec_t params, results;
  wasm_valtype_vec_new(&params, np, p);
  wasm_valtype_vec_new(&results, nr, r);
  return wasm_functype_new(&params, &results);
}

static inline own wasm_functype_t *wasm_functype_new_0_0(void) {
  return wasm_functype_new_from_arrays__(0, NULL, 0, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_1_0(own wasm_valtype_t *p) {
  wasm_valtype_t *ps[1] = {p};
  return wasm_functype_new_from_arrays__(1, ps, 0, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_2_0(own wasm_valtype_t *p1, own wasm_valtype_t *p2) {
  wasm_valtype_t *ps[2] = {p1, p2};
  return wasm_functype_new_from_arrays__(2, ps, 0, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_3_0(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                        own wasm_valtype_t *p3) {
  wasm_valtype_t *ps[3] = {p1, p2, p3};
  return wasm_functype_new_from_arrays__(3, ps, 0, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_0_1(own wasm_valtype_t *r) {
  wasm_valtype_t *rs[1] = {r};
  return wasm_functype_new_from_arrays__(0, NULL, 1, rs);
}
static inline own wasm_functype_t *wasm_functype_new_1_1(own wasm_valtype_t *p, own wasm_valtype_t *r) {
  wasm_valtype_t *ps[1] = {p};
  wasm_valtype_t *rs[1] = {r};
  return wasm_functype_new_from_arrays__(1, ps, 1, rs);
}
static inline own wasm_functype_t *wasm_functype_new_2_1(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                        own wasm_valtype_t *r) {
  wasm_valtype_t *ps[2] = {p1, p2};
  wasm_valtype_t *rs[1] = {r};
  return wasm_functype_new_from_arrays__(2, ps, 1, rs);
}
static inline own wasm_functype_t *wasm_functype_new_3_1(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                        own wasm_valtype_t *p3, own wasm_valtype_t *r) {
  wasm_valtype_t *ps[3] = {p1, p2, p3};
  wasm_valtype_t *rs[1] = {r};
  return wasm_functype_new_from_arrays__(3, ps, 1, rs);
}
static inline own wasm_functype_t *wasm_functype_new_0_2(own wasm_valtype_t *r1, own wasm_valtype_t *r2) {
  wasm_valtype_t *rs[2] = {r1, r2};
  return wasm_functype_new_from_arrays__(0, NULL, 2, rs);
}
static inline own wasm_functype_t *wasm_functype_new_1_2(own wasm_valtype_t *p, own wasm_valtype_t *r1,
                                                        own wasm_valtype_t *r2) {
  wasm_valtype_t *ps[1] = {p};
  wasm_valtype_t *rs[2] = {r1, r2};
  return wasm_functype_new_from_arrays__(1, ps, 2, rs);
}
static inline own wasm_functype_t *wasm_functype_new_2_2(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                        own wasm_valtype_t *r1, own wasm_valtype_t *r2) {
  wasm_valtype_t *ps[2] = {p1, p2};
  wasm_valtype_t *rs[2] = {r1, r2};
  return wasm_functype_new_from_arrays__(2, ps, 2, rs);
}
static inline own wasm_functype_t *wasm_functype_new_3_2(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                        own wasm_valtype_t *p3, own wasm_valtype_t *r1,
                                                        own wasm_valtype_t *r2) {
  wasm_valtype_t *ps[3] = {p1, p2, p3};
  wasm_valtype_t *rs[2] = {r1, r2};
  return wasm_functype_new_from_arrays__(3, ps, 2, rs);
}

/* The standard's declaration macros, which declare an object family the
 * way this header declares its own: `WASM_DECLARE_OWN(x)` the type
 * `wasm_x_t` and `wasm_x_delete`; `WASM_DECLARE_VEC(x, *)` (or with
 * nothing for a vector of values) `wasm_x_vec_t` and its five functions;
 * `WASM_DECLARE_TYPE(x)` both and `wasm_x_copy`; `WASM_DECLARE_REF_BASE`,
 * `WASM_DECLARE_REF` and `WASM_DECLARE_SHARABLE_REF` the functions of a
 * referenced object. */
#define WASM_DECLARE_OWN(name)                                                                         \
  typedef struct wasm_##name##_t wasm_##name##_t;                                                       \
  WASM_API_EXTERN void wasm_##name##_delete(own wasm_##name##_t *);

#define WASM_DECLARE_VEC(name, ptr_or_none)                                                            \
  typedef struct wasm_##name##_vec_t {                                                                  \
    size_t size;                                                                                        \
    wasm_##name##_t ptr_or_none *data;                                                                  \
  } wasm_##name##_vec_t;                                                                                \
  WASM_API_EXTERN void wasm_##name##_vec_new_empty(own wasm_##name##_vec_t *out);                     \
  WASM_API_EXTERN void wasm_##name##_vec_new_uninitialized(own wasm_##name##_vec_t *out, size_t);     \
  WASM_API_EXTERN void wasm_##name##_vec_new(own wasm_##name##_vec_t *out, size_t,                    \
                                             own wasm_##name##_t ptr_or_none const[]);                 \
  WASM_API_EXTERN void wasm_##name##_vec_copy(own wasm_##name##_vec_t *out, const wasm_##name##_vec_t *); \
  WASM_API_EXTERN void wasm_##name##_vec_delete(own wasm_##name##_vec_t *);

#define WASM_DECLARE_TYPE(name)                                                                        \
  WASM_DECLARE_OWN(name)                                                                                \
  WASM_DECLARE_VEC(name, *)                                                                             \
  WASM_API_EXTERN own wasm_##name##_t *wasm_##name##_copy(const wasm_##name##_t *);

#define WASM_DECLARE_REF_BASE(name)                                                                    \
  WASM_DECLARE_OWN(name)                                                                                \
  WASM_API_EXTERN own wasm_##name##_t *wasm_##name##_copy(const wasm_##name##_t *);                   \
  WASM_API_EXTERN bool wasm_##name##_same(const wasm_##name##_t *, const wasm_##name##_t *);           \
  WASM_API_EXTERN void *wasm_##name##_get_host_info(const wasm_##name##_t *);                         \
  WASM_API_EXTERN void wasm_##name##_set_host_info(wasm_##name##_t *, void *);                        \
  WASM_API_EXTERN void wasm_##name##_set_host_info_with_finalizer(wasm_##name##_t *, void *,          \
                                                                  void (*)(void *));

#define WASM_DECLARE_REF(name)                                                                         \
  WASM_DECLARE_REF_BASE(name)                                                                           \
  WASM_API_EXTERN wasm_ref_t *wasm_##name##_as_ref(wasm_##name##_t *);                                \
  WASM_API_EXTERN wasm_##name##_t *wasm_ref_as_##name(wasm_ref_t *);                                  \
  WASM_API_EXTERN const wasm_ref_t *wasm_##name##_as_ref_const(const wasm_##name##_t *);              \
  WASM_API_EXTERN const wasm_##name##_t *wasm_ref_as_##name##_const(const wasm_ref_t *);

#define WASM_DECLARE_SHARABLE_REF(name)                                                                \
  WASM_DECLARE_REF(name)                                                                                \
  WASM_DECLARE_OWN(shared_##name)                                                                       \
  WASM_API_EXTERN own wasm_shared_##name##_t *wasm_##name##_share(const wasm_##name##_t *);           \
  WASM_API_EXTERN own wasm_##name##_t *wasm_##name##_obtain(wasm_store_t *, const wasm_shared_##name##_t *);

#endif /* WASM_H_HELPERS */
