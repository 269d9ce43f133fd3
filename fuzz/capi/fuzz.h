/*
 * The C-API fuzzer's shared state: the pool of live objects a seed's
 * operations pick from, the fixed test modules, and the checks that turn
 * a wrong result into a failure of the seed.
 */
#ifndef CAPI_FUZZ_H
#define CAPI_FUZZ_H

#include <stdbool.h>
#include <stdint.h>

#include "rng.h"
#include "wasi.h"
#include "wasm.h"
#include "wasmrt.h"

#define MAX_ENGINES 3
#define MAX_STORES 4
#define MAX_MODULES 8
#define MAX_INSTANCES 10
#define MAX_ITEMS 40
#define MAX_REFS 12
#define MAX_HANDLES 4
#define MAX_LINKERS 3
#define MAX_WSTORES 2
#define MAX_WOBJECTS 24
/* Store ids are numbered per seed; externref bookkeeping covers these. */
#define MAX_STORE_IDS 1024

/* The fixed modules (fixtures.c), compiled once per engine. */
enum module_kind {
  MOD_MAIN,      /* imports env::host; memory, tables, globals, functions */
  MOD_IMPORTER,  /* imports a memory, a funcref table and a mutable i32 global */
  MOD_PLAIN,     /* no imports: answer() = 42 */
  MOD_START_TRAP, /* its start function traps */
  MOD_COUNT
};

/* What the fuzzer knows about an item, so that it can check results. */
enum item_kind {
  IT_ADD,       /* (i32, i32) -> i32: the sum */
  IT_CALL_HOST, /* (i32) -> i32: calls env::host */
  IT_CALL_TRAPS, /* the same, with env::host a linker's trap for unknown imports */
  IT_TRAP,      /* () -> (): unreachable */
  IT_SPIN,      /* (i32) -> i32: counts down to 0 */
  IT_HOST,      /* (i32) -> i32: the host callback, made in C */
  IT_ANSWER,    /* () -> i32: 42 */
  IT_READ_G,    /* () -> i32: the importer's global */
  IT_MEM,       /* a memory */
  IT_FTAB,      /* a funcref table */
  IT_ETAB,      /* an externref table */
  IT_GMUT,      /* a mutable i32 global */
  IT_GCONST,    /* an immutable i64 global */
  IT_GREF,      /* a mutable externref global */
  IT_GF64,      /* a mutable f64 global made by the host */
  IT_COUNT
};

typedef struct engine_slot {
  bool live;
  wasm_engine_t *engine;
  int id;
  bool fuel, epoch;
  /* Compiled fixtures, shared by this engine's stores (may outlive it). */
  wasmrt_module_t *fixture[MOD_COUNT];
} engine_slot_t;

typedef struct store_slot {
  bool live;
  wasmrt_store_t *store;
  wasmrt_context_t *cx;
  int id, engine_id;
  bool fuel, epoch;
  bool fuel_known;
  bool limited;  /* a limiter is set: growth may fail */
  int hook_depth;  /* wasm and host calls entered, as the call hook saw them */
  uint64_t fuel_left;
  /* The store's data, whose finalizer must run once, at deletion. */
  int *finalized;
} store_slot_t;

typedef struct module_slot {
  bool live;
  wasmrt_module_t *module;
  int engine_id;
  int kind;
} module_slot_t;

typedef struct instance_slot {
  bool live;
  wasmrt_instance_t instance;
  int store;  /* slot index */
  int kind;   /* enum module_kind */
  bool host_traps;  /* its env::host is a linker's trap for unknown imports */
} instance_slot_t;

typedef struct item_slot {
  bool live;
  wasmrt_extern_t ext;
  int store;  /* slot index */
  int kind;   /* enum item_kind */
  bool has_max;
  uint64_t max;  /* pages or elements */
} item_slot_t;

typedef struct ref_slot {
  bool live;
  wasmrt_externref_t ref;
  int store;
  void *data;
} ref_slot_t;

typedef struct handle_slot {
  bool live;
  wasmrt_interrupt_handle_t *handle;
  int store;  /* slot index, -1 once the store is deleted */
} handle_slot_t;

typedef struct linker_slot {
  bool live;
  wasmrt_linker_t *linker;
  int engine_id;
  bool host_defined;  /* env::host is defined */
  bool host_real;     /* ... by wasmrt_linker_define_func, not as a trap */
  bool shadowing;
} linker_slot_t;

/* wasm.h objects of a wasm_store_t: all deleted before the store. */
enum wobject_type { W_MODULE, W_INSTANCE, W_EXTERN, W_FUNC, W_TRAP, W_MEMORY, W_GLOBAL, W_TABLE };

typedef struct wobject {
  int type;
  void *ptr;
  int kind;  /* enum item_kind for externs, enum module_kind for modules */
} wobject_t;

typedef struct wstore_slot {
  bool live;
  wasm_store_t *store;
  int engine_id;
  bool may_stop;  /* fuel or epoch interruption: calls may trap early */
  wobject_t objects[MAX_WOBJECTS];
  int nobjects;
} wstore_slot_t;

/* Everything one seed has made. */
typedef struct world {
  rng_t rng;
  uint64_t seed;
  int op_index;
  const char *op_name;
  bool verbose;
  int failures;
  int next_id;
  engine_slot_t engines[MAX_ENGINES];
  /* Engines deleted while a store or module of theirs lives on. */
  store_slot_t stores[MAX_STORES];
  module_slot_t modules[MAX_MODULES];
  instance_slot_t instances[MAX_INSTANCES];
  item_slot_t items[MAX_ITEMS];
  ref_slot_t refs[MAX_REFS];
  handle_slot_t handles[MAX_HANDLES];
  linker_slot_t linkers[MAX_LINKERS];
  wstore_slot_t wstores[MAX_WSTORES];
  /* Externrefs made (by wasmrt_externref_new) and finalized, per store id. */
  int refs_made[MAX_STORE_IDS];
  int refs_finalized[MAX_STORE_IDS];
} world_t;

extern world_t W;

/* Checks (checks.c). */
void fuzz_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define EXPECT(cond, ...)                              \
  do {                                                 \
    if (!(cond)) fuzz_fail(__FILE__, __LINE__, __VA_ARGS__); \
  } while (0)
/* An error with a non-empty message is expected; frees it. */
#define EXPECT_ERROR(error, what) expect_error_at((error), (what), __FILE__, __LINE__)
/* Success is expected; returns whether it came. */
#define EXPECT_OK(error, what) expect_ok_at((error), (what), __FILE__, __LINE__)
/* Either is fine; an error must have a message. Returns whether it succeeded. */
#define ACCEPT(error, what) accept_at((error), (what), __FILE__, __LINE__)
void expect_error_at(wasmrt_error_t *error, const char *what, const char *file, int line);
bool expect_ok_at(wasmrt_error_t *error, const char *what, const char *file, int line);
bool accept_at(wasmrt_error_t *error, const char *what, const char *file, int line);
/* The trap must have a non-empty message; frees it. Returns its code or -1. */
int consume_trap(wasm_trap_t *trap, const char *what);

/* Fixtures (fixtures.c). */
extern const char *const module_wat[MOD_COUNT];
const wasm_byte_vec_t *fixture_wasm(int kind);
void fixtures_free(void);
wasm_trap_t *host_double(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                         wasmrt_val_t *results, size_t nresults);
wasm_trap_t *host_double_wasm_h(const wasm_val_vec_t *args, wasm_val_vec_t *results);
wasm_functype_t *functype_i32_i32(void);
/* The data of an externref made by the fuzzer; its finalizer counts. */
void *ref_data_new(int store_id);
void ref_data_finalize(void *data);
int ref_data_store(const void *data);

/* The pool (pool.c). */
int pick_live(rng_t *rng, const void *slots, int count, size_t size);
#define PICK(array) pick_live(&W.rng, (array), (int)(sizeof(array) / sizeof((array)[0])), sizeof((array)[0]))
int free_slot(const void *slots, int count, size_t size);
#define FREE_SLOT(array) free_slot((array), (int)(sizeof(array) / sizeof((array)[0])), sizeof((array)[0]))
engine_slot_t *engine_by_id(int id);
wasmrt_module_t *fixture_module(int engine_id, int kind);
int add_item(int store, wasmrt_extern_t ext, int kind);
int add_instance(int store, wasmrt_instance_t instance, int kind);
void record_exports(int instance);
/* A store other than `store` (a slot index), or -1. */
int other_store(int store);
void op_engine_new(void);
void op_engine_delete(void);
void op_store_new(void);
void op_store_delete(void);
void delete_store(int slot);
void pool_free_all(void);

/* Operations (ops_*.c). */
void op_module_new(void);
void op_module_bad_bytes(void);
void op_wat_bad(void);
void op_module_delete(void);
void op_module_reflect(void);
void op_instance_new(void);
void op_export_get(void);
void op_func_call(void);
void op_func_call_unchecked(void);
void op_func_new(void);
void op_memory(void);
void op_memory_new(void);
void op_table(void);
void op_table_new(void);
void op_global(void);
void op_global_new(void);
void op_externref(void);
void op_fuel(void);
void op_epoch(void);
void op_interrupt(void);
void op_linker(void);
void op_linker_instantiate(void);
void op_item_type(void);
void op_null_args(void);
void op_wasi(void);
void op_wasm_store(void);
void op_wasm_instance(void);
void op_wasm_call(void);
void op_wasm_extern(void);
void op_wasm_types(void);
void op_wasm_trap(void);
void op_wasm_module(void);
void delete_wstore(int slot);

#endif
