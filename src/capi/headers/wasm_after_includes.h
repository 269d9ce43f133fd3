
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
