/*
 * The pool of live objects: engines, stores and the items, instances and
 * externrefs of each store. Deleting a store drops everything of it from
 * the pool (nothing of a deleted store is used again), and checks that
 * its finalizers ran.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

world_t W;

/* Slots start with `bool live`. */
static bool slot_live(const void *slots, int i, size_t size) {
  return *(const bool *)((const char *)slots + (size_t)i * size);
}

int pick_live(rng_t *rng, const void *slots, int count, size_t size) {
  int live[64];
  int n = 0;
  for (int i = 0; i < count && n < 64; i++) {
    if (slot_live(slots, i, size)) live[n++] = i;
  }
  return n == 0 ? -1 : live[rng_below(rng, (uint64_t)n)];
}

int free_slot(const void *slots, int count, size_t size) {
  for (int i = 0; i < count; i++) {
    if (!slot_live(slots, i, size)) return i;
  }
  return -1;
}

engine_slot_t *engine_by_id(int id) {
  for (int i = 0; i < MAX_ENGINES; i++) {
    if (W.engines[i].live && W.engines[i].id == id) return &W.engines[i];
  }
  return NULL;
}

/* The fixture `kind` compiled for a live engine with this id (compiled
 * now if need be), or NULL if no such engine lives. */
wasmrt_module_t *fixture_module(int engine_id, int kind) {
  engine_slot_t *engine = engine_by_id(engine_id);
  if (engine == NULL) return NULL;
  if (engine->fixture[kind] == NULL) {
    const wasm_byte_vec_t *wasm = fixture_wasm(kind);
    wasmrt_module_t *module = NULL;
    wasmrt_error_t *error =
        wasmrt_module_new(engine->engine, (const uint8_t *)wasm->data, wasm->size, &module);
    if (!EXPECT_OK(error, "wasmrt_module_new of a fixture")) return NULL;
    EXPECT(module != NULL, "wasmrt_module_new: expected a module, found null");
    engine->fixture[kind] = module;
  }
  return engine->fixture[kind];
}

int add_item(int store, wasmrt_extern_t ext, int kind) {
  int slot = FREE_SLOT(W.items);
  if (slot < 0) slot = (int)rng_below(&W.rng, MAX_ITEMS);
  item_slot_t *item = &W.items[slot];
  memset(item, 0, sizeof *item);
  item->live = true;
  item->ext = ext;
  item->store = store;
  item->kind = kind;
  if (kind == IT_MEM) item->has_max = true, item->max = 4;
  if (kind == IT_FTAB || kind == IT_ETAB) item->has_max = true, item->max = 10;
  return slot;
}

int add_instance(int store, wasmrt_instance_t instance, int kind) {
  int slot = FREE_SLOT(W.instances);
  if (slot < 0) slot = (int)rng_below(&W.rng, MAX_INSTANCES);
  W.instances[slot] = (instance_slot_t){.live = true, .instance = instance, .store = store, .kind = kind};
  return slot;
}

typedef struct export_info {
  const char *name;
  int extern_kind;
  int item_kind;
} export_info_t;

static const export_info_t main_exports[] = {
    {"mem", WASMRT_EXTERN_MEMORY, IT_MEM},     {"ftab", WASMRT_EXTERN_TABLE, IT_FTAB},
    {"etab", WASMRT_EXTERN_TABLE, IT_ETAB},    {"gmut", WASMRT_EXTERN_GLOBAL, IT_GMUT},
    {"gconst", WASMRT_EXTERN_GLOBAL, IT_GCONST}, {"gref", WASMRT_EXTERN_GLOBAL, IT_GREF},
    {"add", WASMRT_EXTERN_FUNC, IT_ADD},       {"call_host", WASMRT_EXTERN_FUNC, IT_CALL_HOST},
    {"trap", WASMRT_EXTERN_FUNC, IT_TRAP},     {"spin", WASMRT_EXTERN_FUNC, IT_SPIN},
};
static const export_info_t importer_exports[] = {{"read_g", WASMRT_EXTERN_FUNC, IT_READ_G}};
static const export_info_t plain_exports[] = {{"answer", WASMRT_EXTERN_FUNC, IT_ANSWER}};

/* The exports a fixture has, in order. */
static const export_info_t *exports_of(int kind, size_t *count) {
  switch (kind) {
    case MOD_MAIN: *count = sizeof main_exports / sizeof main_exports[0]; return main_exports;
    case MOD_IMPORTER: *count = 1; return importer_exports;
    case MOD_PLAIN: *count = 1; return plain_exports;
    default: *count = 0; return NULL;
  }
}

/* Looks every export of a new instance up by name and by index, checks
 * they agree with the fixture, and adds them to the pool. */
void record_exports(int slot) {
  instance_slot_t *inst = &W.instances[slot];
  wasmrt_context_t *cx = W.stores[inst->store].cx;
  size_t count = 0;
  const export_info_t *exports = exports_of(inst->kind, &count);
  for (size_t i = 0; i < count; i++) {
    wasmrt_extern_t item, nth;
    char *name = NULL;
    size_t name_len = 0;
    bool found = wasmrt_instance_export_get(cx, &inst->instance, exports[i].name, strlen(exports[i].name), &item);
    EXPECT(found, "export_get \"%s\": expected it, found none", exports[i].name);
    if (!found) continue;
    EXPECT(item.kind == exports[i].extern_kind, "export \"%s\": expected kind %d, found %d", exports[i].name,
           exports[i].extern_kind, item.kind);
    bool found_nth = wasmrt_instance_export_nth(cx, &inst->instance, i, &name, &name_len, &nth);
    EXPECT(found_nth, "export_nth %zu: expected \"%s\", found none", i, exports[i].name);
    if (found_nth) {
      EXPECT(name_len == strlen(exports[i].name) && memcmp(name, exports[i].name, name_len) == 0,
             "export_nth %zu: expected name \"%s\", found \"%.*s\"", i, exports[i].name, (int)name_len, name);
      EXPECT(nth.kind == item.kind, "export_nth %zu: expected kind %d, found %d", i, item.kind, nth.kind);
    }
    int kind = exports[i].item_kind;
    if (kind == IT_CALL_HOST && inst->host_traps) kind = IT_CALL_TRAPS;
    add_item(inst->store, item, kind);
  }
  wasmrt_extern_t past;
  char *name = NULL;
  size_t name_len = 0;
  EXPECT(!wasmrt_instance_export_nth(cx, &inst->instance, count, &name, &name_len, &past),
         "export_nth %zu: expected none (out of range), found one", count);
}

int other_store(int store) {
  int candidates[MAX_STORES];
  int n = 0;
  for (int i = 0; i < MAX_STORES; i++) {
    if (W.stores[i].live && i != store) candidates[n++] = i;
  }
  return n == 0 ? -1 : candidates[rng_below(&W.rng, (uint64_t)n)];
}

void op_engine_new(void) {
  int slot = FREE_SLOT(W.engines);
  if (slot < 0) return;
  engine_slot_t *engine = &W.engines[slot];
  memset(engine, 0, sizeof *engine);
  int source = PICK(W.engines);
  if (source >= 0 && rng_one_in(&W.rng, 4)) {
    /* A second reference to the same engine. */
    engine->engine = wasmrt_engine_clone(W.engines[source].engine);
    EXPECT(engine->engine != NULL, "wasmrt_engine_clone: expected an engine, found null");
    engine->id = W.engines[source].id;
    engine->fuel = W.engines[source].fuel;
    engine->epoch = W.engines[source].epoch;
    note("clone of engine %d", engine->id);
  } else {
    wasm_config_t *config = wasm_config_new();
    engine->fuel = rng_one_in(&W.rng, 3);
    engine->epoch = rng_one_in(&W.rng, 3);
    wasmrt_config_consume_fuel_set(config, engine->fuel);
    wasmrt_config_epoch_interruption_set(config, engine->epoch);
    wasmrt_config_parallel_compilation_set(config, false);
    wasmrt_config_cranelift_opt_level_set(config, rng_one_in(&W.rng, 4) ? WASMRT_OPT_LEVEL_SPEED : WASMRT_OPT_LEVEL_NONE);
    if (rng_one_in(&W.rng, 8)) {
      /* Any level: an unknown one stops the engine, with a message. */
      wasmrt_opt_level_t level = (wasmrt_opt_level_t)rng_next(&W.rng);
      wasm_config_t *trial = wasm_config_new();
      wasmrt_config_cranelift_opt_level_set(trial, level);
      wasm_engine_t *made = NULL;
      wasmrt_error_t *error = wasmrt_engine_new_with_config(trial, &made);
      if (level > WASMRT_OPT_LEVEL_SPEED_AND_SIZE) {
        EXPECT_ERROR(error, "wasmrt_engine_new_with_config with an unknown opt level");
        EXPECT(made == NULL, "wasmrt_engine_new_with_config failed but gave an engine");
      } else {
        EXPECT_OK(error, "wasmrt_engine_new_with_config");
        EXPECT(made != NULL, "wasmrt_engine_new_with_config: expected an engine, found null");
      }
      wasm_engine_delete(made);
    }
    if (rng_one_in(&W.rng, 8)) wasmrt_config_max_wasm_stack_set(config, 64 * 1024);
    engine->engine = wasm_engine_new_with_config(config);
    EXPECT(engine->engine != NULL, "wasm_engine_new_with_config: expected an engine, found null");
    engine->id = ++W.next_id;
    note("engine %d: fuel %d, epoch %d", engine->id, engine->fuel, engine->epoch);
  }
  engine->live = engine->engine != NULL;
  wasmrt_engine_increment_epoch(NULL);
  EXPECT(wasmrt_engine_clone(NULL) == NULL, "wasmrt_engine_clone(NULL): expected null");
}

static void delete_engine(int slot) {
  engine_slot_t *engine = &W.engines[slot];
  for (int kind = 0; kind < MOD_COUNT; kind++) wasmrt_module_delete(engine->fixture[kind]);
  wasm_engine_delete(engine->engine);
  memset(engine, 0, sizeof *engine);
}

/* Deletes an engine; its stores, modules and linkers live on. */
void op_engine_delete(void) {
  int slot = PICK(W.engines);
  if (slot < 0) return;
  note("engine %d", W.engines[slot].id);
  delete_engine(slot);
}

static void store_finalizer(void *data) {
  (*(int *)data)++;
}

void op_store_new(void) {
  int engine = PICK(W.engines);
  int slot = FREE_SLOT(W.stores);
  if (engine < 0 || slot < 0) return;
  engine_slot_t *e = &W.engines[engine];
  store_slot_t *store = &W.stores[slot];
  memset(store, 0, sizeof *store);
  store->finalized = calloc(1, sizeof(int));
  store->store = wasmrt_store_new(e->engine, store->finalized, store_finalizer);
  EXPECT(store->store != NULL, "wasmrt_store_new: expected a store, found null");
  if (store->store == NULL) {
    free(store->finalized);
    return;
  }
  store->cx = wasmrt_store_context(store->store);
  EXPECT(store->cx != NULL, "wasmrt_store_context: expected a context, found null");
  EXPECT(wasmrt_context_get_data(store->cx) == store->finalized, "wasmrt_context_get_data: expected %p, found %p",
         (void *)store->finalized, wasmrt_context_get_data(store->cx));
  store->live = true;
  store->id = ++W.next_id;
  store->engine_id = e->id;
  store->fuel = e->fuel;
  store->epoch = e->epoch;
  store->fuel_known = e->fuel;
  store->fuel_left = 0;
  if (store->epoch) wasmrt_context_set_epoch_deadline(store->cx, 1000000);
  note("store %d in engine %d", store->id, store->engine_id);
}

void delete_store(int slot) {
  store_slot_t *store = &W.stores[slot];
  for (int i = 0; i < MAX_REFS; i++) {
    /* Some roots are released first; the store frees the rest. */
    if (W.refs[i].live && W.refs[i].store == slot) {
      if (rng_bool(&W.rng)) wasmrt_externref_unroot(&W.refs[i].ref);
      W.refs[i].live = false;
    }
  }
  for (int i = 0; i < MAX_ITEMS; i++) {
    if (W.items[i].store == slot) W.items[i].live = false;
  }
  for (int i = 0; i < MAX_INSTANCES; i++) {
    if (W.instances[i].store == slot) W.instances[i].live = false;
  }
  for (int i = 0; i < MAX_HANDLES; i++) {
    if (W.handles[i].live && W.handles[i].store == slot) W.handles[i].store = -1;
  }
  wasmrt_store_delete(store->store);
  EXPECT(*store->finalized == 1, "store %d's data finalizer: expected 1 run, found %d", store->id,
         *store->finalized);
  if (store->id < MAX_STORE_IDS) {
    EXPECT(W.refs_finalized[store->id] == W.refs_made[store->id],
           "store %d deleted: expected its %d externrefs finalized, found %d", store->id,
           W.refs_made[store->id], W.refs_finalized[store->id]);
  }
  free(store->finalized);
  memset(store, 0, sizeof *store);
}

void op_store_delete(void) {
  int slot = PICK(W.stores);
  if (slot < 0) return;
  note("store %d", W.stores[slot].id);
  delete_store(slot);
}

static void delete_module(int slot) {
  wasmrt_module_delete(W.modules[slot].module);
  memset(&W.modules[slot], 0, sizeof W.modules[slot]);
}

static void delete_handle(int slot) {
  if (rng_bool(&W.rng)) {
    /* Fired last, possibly after its store is gone. */
    ACCEPT(wasmrt_interrupt_handle_interrupt(W.handles[slot].handle), "interrupt before delete");
  }
  wasmrt_interrupt_handle_delete(W.handles[slot].handle);
  memset(&W.handles[slot], 0, sizeof W.handles[slot]);
}

static void delete_linker(int slot) {
  wasmrt_linker_delete(W.linkers[slot].linker);
  memset(&W.linkers[slot], 0, sizeof W.linkers[slot]);
}

/* Frees everything left, in a random order of kinds and slots. */
void pool_free_all(void) {
  W.op_name = "free all";
  for (;;) {
    int kinds[6], n = 0;
    if (PICK(W.engines) >= 0) kinds[n++] = 0;
    if (PICK(W.stores) >= 0) kinds[n++] = 1;
    if (PICK(W.modules) >= 0) kinds[n++] = 2;
    if (PICK(W.handles) >= 0) kinds[n++] = 3;
    if (PICK(W.linkers) >= 0) kinds[n++] = 4;
    if (PICK(W.wstores) >= 0) kinds[n++] = 5;
    if (n == 0) break;
    switch (kinds[rng_below(&W.rng, (uint64_t)n)]) {
      case 0: delete_engine(PICK(W.engines)); break;
      case 1: delete_store(PICK(W.stores)); break;
      case 2: delete_module(PICK(W.modules)); break;
      case 3: delete_handle(PICK(W.handles)); break;
      case 4: delete_linker(PICK(W.linkers)); break;
      case 5: delete_wstore(PICK(W.wstores)); break;
    }
  }
}

void op_module_delete(void) {
  int slot = PICK(W.modules);
  if (slot >= 0) delete_module(slot);
  int handle = PICK(W.handles);
  if (handle >= 0 && rng_bool(&W.rng)) delete_handle(handle);
  int linker = PICK(W.linkers);
  if (linker >= 0 && rng_one_in(&W.rng, 3)) delete_linker(linker);
}
