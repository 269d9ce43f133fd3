/*
 * Operations through the standard wasm.h: stores, modules, instances,
 * externs and their conversions, calls, types and vectors, traps and
 * frames. Every object made in a wasm_store_t is kept with the store and
 * deleted, in a random order, before it.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static void delete_wobject(wobject_t *o) {
  switch (o->type) {
    case W_MODULE: wasm_module_delete(o->ptr); break;
    case W_INSTANCE: wasm_instance_delete(o->ptr); break;
    case W_EXTERN: wasm_extern_delete(o->ptr); break;
    case W_FUNC: wasm_func_delete(o->ptr); break;
    case W_TRAP: wasm_trap_delete(o->ptr); break;
    case W_MEMORY: wasm_memory_delete(o->ptr); break;
    case W_GLOBAL: wasm_global_delete(o->ptr); break;
    case W_TABLE: wasm_table_delete(o->ptr); break;
  }
}

/* Keeps an object with its store; if there is no room, deletes it. */
static void keep(wstore_slot_t *ws, int type, void *ptr, int kind) {
  wobject_t o = {type, ptr, kind};
  if (ptr == NULL) return;
  if (ws->nobjects == MAX_WOBJECTS) {
    delete_wobject(&o);
    return;
  }
  ws->objects[ws->nobjects++] = o;
}

/* An object of `type` (and `kind`, if not -1), or NULL. */
static wobject_t *find_wobject(wstore_slot_t *ws, int type, int kind) {
  int start = (int)rng_below(&W.rng, (uint64_t)(ws->nobjects + 1));
  for (int i = 0; i < ws->nobjects; i++) {
    wobject_t *o = &ws->objects[(start + i) % ws->nobjects];
    if (o->type == type && (kind < 0 || o->kind == kind)) return o;
  }
  return NULL;
}

void delete_wstore(int slot) {
  wstore_slot_t *ws = &W.wstores[slot];
  while (ws->nobjects > 0) {
    int i = (int)rng_below(&W.rng, (uint64_t)ws->nobjects);
    delete_wobject(&ws->objects[i]);
    ws->objects[i] = ws->objects[--ws->nobjects];
  }
  wasm_store_delete(ws->store);
  memset(ws, 0, sizeof *ws);
}

static int pick_wstore(void) {
  return PICK(W.wstores);
}

void op_wasm_store(void) {
  int slot = FREE_SLOT(W.wstores);
  int live = pick_wstore();
  if (slot < 0 || (live >= 0 && rng_one_in(&W.rng, 3))) {
    if (live >= 0) delete_wstore(live);
    return;
  }
  int engine = PICK(W.engines);
  if (engine < 0) return;
  wstore_slot_t *ws = &W.wstores[slot];
  memset(ws, 0, sizeof *ws);
  ws->store = wasm_store_new(W.engines[engine].engine);
  EXPECT(ws->store != NULL, "wasm_store_new: expected a store");
  ws->live = ws->store != NULL;
  ws->engine_id = W.engines[engine].id;
  ws->may_stop = W.engines[engine].fuel || W.engines[engine].epoch;
  EXPECT(wasm_store_new(NULL) == NULL, "wasm_store_new(NULL): expected null");
}

/* ---- modules ---- */

static void wasm_module_roundtrip(wstore_slot_t *ws, wasm_module_t *module) {
  wasm_byte_vec_t bytes = {0, NULL};
  wasm_module_serialize(module, &bytes);
  EXPECT(bytes.size > 0, "wasm_module_serialize: expected bytes");
  if (bytes.size == 0) return;
  if (rng_bool(&W.rng)) {
    /* Corrupted or truncated: refused, never loaded. */
    /* A shorter view of the bytes: the vector itself keeps its size, for
     * wasm_byte_vec_delete. */
    wasm_byte_vec_t damaged = bytes;
    if (rng_bool(&W.rng)) bytes.data[rng_below(&W.rng, bytes.size)] ^= (char)(1 + rng_below(&W.rng, 255));
    else damaged.size = (size_t)rng_below(&W.rng, bytes.size);
    wasm_module_t *bad = wasm_module_deserialize(ws->store, &damaged);
    EXPECT(bad == NULL, "wasm_module_deserialize of damaged bytes: expected null");
    if (bad) wasm_module_delete(bad);
  } else {
    wasm_module_t *back = wasm_module_deserialize(ws->store, &bytes);
    EXPECT(back != NULL, "wasm_module_deserialize: expected a module");
    if (back) wasm_module_delete(back);
  }
  wasm_byte_vec_delete(&bytes);
}

void op_wasm_module(void) {
  int slot = pick_wstore();
  if (slot < 0) return;
  wstore_slot_t *ws = &W.wstores[slot];
  int kind = (int)rng_below(&W.rng, MOD_COUNT);
  wasm_byte_vec_t copy;
  const wasm_byte_vec_t *good = fixture_wasm(kind);
  wasm_byte_vec_copy(&copy, good);
  wasm_byte_vec_t bytes = copy;  /* a view: `copy` keeps its size for wasm_byte_vec_delete */
  bool damaged = rng_one_in(&W.rng, 3);
  if (damaged) bytes.size = (size_t)rng_below(&W.rng, bytes.size);  /* may still be valid: not kept */
  bool valid = wasm_module_validate(ws->store, &bytes);
  wasm_module_t *module = wasm_module_new(ws->store, &bytes);
  EXPECT(valid == (module != NULL), "wasm_module_validate (%d) and wasm_module_new (%d) disagree", valid, module != NULL);
  if (!damaged) EXPECT(module != NULL, "wasm_module_new of fixture %d: expected a module", kind);
  EXPECT(!wasm_module_validate(NULL, &bytes) && !wasm_module_validate(ws->store, NULL), "wasm_module_validate(NULL)");
  EXPECT(wasm_module_new(ws->store, NULL) == NULL, "wasm_module_new(NULL bytes): expected null");
  wasm_byte_vec_delete(&copy);
  if (module == NULL) return;
  if (damaged) {
    wasm_module_delete(module);
    return;
  }
  wasm_importtype_vec_t imports;
  wasm_exporttype_vec_t exports;
  wasm_module_imports(module, &imports);
  wasm_module_exports(module, &exports);
  static const size_t counts[MOD_COUNT][2] = {{1, 10}, {3, 1}, {0, 1}, {0, 0}};
  if (!damaged) {
    EXPECT(imports.size == counts[kind][0] && exports.size == counts[kind][1],
           "wasm_module_imports/exports of fixture %d: expected %zu and %zu, found %zu and %zu", kind, counts[kind][0],
           counts[kind][1], imports.size, exports.size);
  }
  wasm_importtype_vec_t imports_copy;
  wasm_importtype_vec_copy(&imports_copy, &imports);
  wasm_importtype_vec_delete(&imports_copy);
  wasm_importtype_vec_delete(&imports);
  wasm_exporttype_vec_delete(&exports);
  if (rng_one_in(&W.rng, 3)) wasm_module_roundtrip(ws, module);
  if (rng_one_in(&W.rng, 4)) {
    wasm_shared_module_t *shared = wasm_module_share(module);
    wasm_module_t *obtained = wasm_module_obtain(ws->store, shared);
    EXPECT(obtained != NULL, "wasm_module_obtain: expected a module");
    wasm_module_delete(obtained);
    wasm_shared_module_delete(shared);
  }
  wasm_module_t *kept = module;
  if (rng_bool(&W.rng)) {
    kept = wasm_module_copy(module);
    wasm_module_delete(module);
  }
  keep(ws, W_MODULE, kept, kind);
}

/* ---- instances ---- */

static const int main_export_kinds[10] = {IT_MEM, IT_FTAB, IT_ETAB, IT_GMUT, IT_GCONST, IT_GREF,
                                          IT_ADD, IT_CALL_HOST, IT_TRAP, IT_SPIN};

static wasm_func_t *new_host_func(wasm_store_t *store) {
  wasm_functype_t *ty = functype_i32_i32();
  wasm_func_t *func = wasm_func_new(store, ty, host_double_wasm_h);
  wasm_functype_delete(ty);
  EXPECT(func != NULL, "wasm_func_new: expected a function");
  return func;
}

/* Keeps the instance's exports (copies) with the store. */
static void keep_exports(wstore_slot_t *ws, wasm_instance_t *instance, int kind) {
  wasm_extern_vec_t exports = {0, NULL};
  wasm_instance_exports(instance, &exports);
  if (kind == MOD_MAIN) {
    EXPECT(exports.size == 10, "wasm_instance_exports: expected 10, found %zu", exports.size);
    for (size_t i = 0; i < exports.size && i < 10; i++) {
      if (rng_bool(&W.rng)) keep(ws, W_EXTERN, wasm_extern_copy(exports.data[i]), main_export_kinds[i]);
    }
  }
  wasm_extern_vec_delete(&exports);
}

void op_wasm_instance(void) {
  int slot = pick_wstore();
  if (slot < 0) return;
  wstore_slot_t *ws = &W.wstores[slot];
  wobject_t *m = find_wobject(ws, W_MODULE, -1);
  if (m == NULL) return;
  wasm_module_t *module = m->ptr;
  int kind = m->kind;
  wasm_extern_t *imports[4] = {NULL, NULL, NULL, NULL};
  size_t n = kind == MOD_MAIN ? 1 : kind == MOD_IMPORTER ? 3 : 0;
  wasm_func_t *host = NULL;
  if (kind == MOD_MAIN) {
    host = new_host_func(ws->store);
    imports[0] = wasm_func_as_extern(host);
  } else if (kind == MOD_IMPORTER) {
    wobject_t *mem = find_wobject(ws, W_EXTERN, IT_MEM), *tab = find_wobject(ws, W_EXTERN, IT_FTAB),
              *g = find_wobject(ws, W_EXTERN, IT_GMUT);
    if (!mem || !tab || !g) return;
    imports[0] = mem->ptr, imports[1] = tab->ptr, imports[2] = g->ptr;
  }
  int how = rng_bool(&W.rng) ? -1 : (int)rng_below(&W.rng, 4);
  wasm_func_t *foreign = NULL;
  int other = pick_wstore();
  switch (how) {
    case 0: n++; break;  /* imports[n] is NULL */
    case 1: if (n == 0) how = -1; else n--; break;
    case 2: if (n == 0) { how = -1; break; } { wobject_t *e = find_wobject(ws, W_EXTERN, IT_ETAB); if (!e) { how = -1; break; } imports[0] = e->ptr; } break;
    case 3:
      if (n == 0 || other == slot || other < 0) { how = -1; break; }
      foreign = new_host_func(W.wstores[other].store);
      imports[0] = wasm_func_as_extern(foreign);
      break;
  }
  if (how == 0 && n == 1) imports[0] = NULL;
  wasm_extern_vec_t vec = {n, imports};
  wasm_trap_t *trap = NULL;
  wasm_instance_t *instance = wasm_instance_new(ws->store, module, &vec, &trap);
  note("module kind %d, %zu imports, %s (%d)", kind, n, how < 0 ? "right" : "wrong", how);
  if (how >= 0 || kind == MOD_START_TRAP) {
    EXPECT(instance == NULL, "wasm_instance_new (%d, kind %d): expected null", how, kind);
    EXPECT(trap != NULL, "wasm_instance_new (%d, kind %d): expected a trap saying why", how, kind);
    if (trap) consume_trap(trap, "wasm_instance_new");
    if (instance) wasm_instance_delete(instance);
  } else if (instance == NULL) {
    EXPECT(ws->may_stop, "wasm_instance_new of fixture %d: expected an instance", kind);
    if (trap) consume_trap(trap, "wasm_instance_new");
  } else {
    keep_exports(ws, instance, kind);
    keep(ws, W_INSTANCE, instance, kind);
  }
  EXPECT(wasm_instance_new(ws->store, NULL, &vec, &trap) == NULL, "wasm_instance_new(NULL module): expected null");
  if (trap) consume_trap(trap, "wasm_instance_new(NULL module)");
  trap = NULL;
  if (host) keep(ws, W_FUNC, host, IT_HOST);
  if (foreign) keep(&W.wstores[other], W_FUNC, foreign, IT_HOST);
}

/* ---- calls ---- */

void op_wasm_call(void) {
  int slot = pick_wstore();
  if (slot < 0) return;
  wstore_slot_t *ws = &W.wstores[slot];
  wasm_func_t *func = NULL;
  int kind = IT_HOST;
  wobject_t *o = find_wobject(ws, W_EXTERN, rng_bool(&W.rng) ? IT_ADD : IT_TRAP);
  if (o != NULL) {
    func = wasm_extern_as_func(o->ptr);
    kind = o->kind;
  } else if ((o = find_wobject(ws, W_FUNC, -1)) != NULL) {
    func = o->ptr;
  }
  if (func == NULL) return;
  size_t nparams = kind == IT_ADD ? 2 : kind == IT_TRAP ? 0 : 1, nresults = kind == IT_TRAP ? 0 : 1;
  EXPECT(wasm_func_param_arity(func) == nparams && wasm_func_result_arity(func) == nresults,
         "wasm_func arity: expected %zu/%zu", nparams, nresults);
  wasm_val_t args[3] = {WASM_I32_VAL(rng_i32(&W.rng)), WASM_I32_VAL(rng_i32(&W.rng)), WASM_I32_VAL(0)};
  wasm_val_t results[2] = {WASM_INIT_VAL, WASM_INIT_VAL};
  wasm_val_vec_t a = {nparams, args}, r = {nresults, results};
  int how = rng_bool(&W.rng) ? -1 : (int)rng_below(&W.rng, 4);
  if (how == 0) a.size++;
  if (how == 1) r.size = nresults == 0 ? 1 : 0;
  if (how == 2) { if (nparams == 0) a.size = 1; args[0].kind = WASM_F64; }
  if (how == 3) { a.size = nparams == 0 ? 1 : nparams; a.data = NULL; }
  wasm_trap_t *trap = wasm_func_call(func, &a, &r);
  if (how >= 0) {
    EXPECT(trap != NULL, "wasm_func_call with wrong vectors (%d): expected a trap", how);
  } else if (kind == IT_TRAP) {
    EXPECT(trap != NULL, "wasm_func_call of trap: expected a trap");
    if (trap) {
      wasm_frame_t *origin = wasm_trap_origin(trap);
      wasm_frame_vec_t frames = {0, NULL};
      wasm_trap_trace(trap, &frames);
      EXPECT(ws->may_stop || (origin != NULL && frames.size >= 1), "trap of wasm: expected frames");
      if (origin) {
        wasm_frame_t *copy = wasm_frame_copy(origin);
        EXPECT(wasm_frame_func_index(copy) == wasm_frame_func_index(origin), "wasm_frame_copy: expected the same index");
        (void)wasm_frame_func_offset(origin);
        (void)wasm_frame_module_offset(origin);
        (void)wasm_frame_instance(origin);
        (void)wasmrt_frame_func_name(origin);
        wasm_frame_delete(copy);
        wasm_frame_delete(origin);
      }
      wasm_frame_vec_delete(&frames);
    }
  } else if (trap == NULL) {
    int32_t want = kind == IT_ADD ? (int32_t)((uint32_t)args[0].of.i32 + (uint32_t)args[1].of.i32)
                                  : (int32_t)((uint32_t)args[0].of.i32 * 2u);
    EXPECT(results[0].kind == WASM_I32 && results[0].of.i32 == want, "wasm_func_call: expected %d, found kind %d value %d",
           want, results[0].kind, results[0].of.i32);
  } else {
    EXPECT(ws->may_stop, "wasm_func_call: expected success, found a trap");
  }
  if (trap) consume_trap(trap, "wasm_func_call");
  trap = wasm_func_call(NULL, &a, &r);
  EXPECT(trap != NULL, "wasm_func_call(NULL): expected a trap");
  if (trap) consume_trap(trap, "wasm_func_call(NULL)");
}

/* ---- externs ---- */

static void wasm_memory_ops(wasm_memory_t *memory) {
  wasm_memory_pages_t size = wasm_memory_size(memory);
  EXPECT(wasm_memory_data_size(memory) == (size_t)size * 65536, "wasm_memory_data_size: expected %u pages", size);
  wasm_memory_pages_t delta = (wasm_memory_pages_t)(rng_bool(&W.rng) ? rng_below(&W.rng, 6) : rng_next(&W.rng));
  bool fits = (uint64_t)size + delta <= 4;
  bool grew = wasm_memory_grow(memory, delta);
  wasm_memory_pages_t after = wasm_memory_size(memory);
  EXPECT(grew == fits, "wasm_memory_grow %u + %u (max 4): expected %d, found %d", size, delta, fits, grew);
  EXPECT(after == (grew ? size + delta : size), "wasm_memory_grow: expected size %u, found %u", grew ? size + delta : size,
         after);
  if (after > 0) wasm_memory_data(memory)[rng_below(&W.rng, (uint64_t)after * 65536)] = 1;
}

static void wasm_table_ops(wstore_slot_t *ws, wasm_table_t *table, bool funcref) {
  wasm_table_size_t size = wasm_table_size(table);
  wasm_table_size_t index = (wasm_table_size_t)rng_below(&W.rng, size + 2);
  wasm_ref_t *got = wasm_table_get(table, index);
  if (got) wasm_ref_delete(got);
  wasm_ref_t *r = NULL;
  wobject_t *f = find_wobject(ws, W_FUNC, -1);
  if (f && rng_bool(&W.rng)) r = wasm_func_as_ref(f->ptr);
  bool right = r == NULL || funcref;
  bool set = wasm_table_set(table, index, r);
  EXPECT(set == (right && index < size), "wasm_table_set %u of %u (ref %d, funcref %d): expected %d", index, size,
         r != NULL, funcref, right && index < size);
  /* A function of another store. */
  for (int i = 0; i < MAX_WSTORES; i++) {
    wobject_t *g = W.wstores[i].live && &W.wstores[i] != ws ? find_wobject(&W.wstores[i], W_FUNC, -1) : NULL;
    if (g && funcref && size > 0) {
      EXPECT(!wasm_table_set(table, 0, wasm_func_as_ref(g->ptr)), "wasm_table_set of another store's function: expected false");
      EXPECT(!wasm_table_grow(table, 1, wasm_func_as_ref(g->ptr)), "wasm_table_grow with another store's function: expected false");
    }
  }
  wasm_table_size_t delta = (wasm_table_size_t)rng_below(&W.rng, 12);
  bool fits = size + delta <= 10 && right;
  bool grew = wasm_table_grow(table, delta, r);
  EXPECT(grew == fits, "wasm_table_grow %u + %u (max 10): expected %d, found %d", size, delta, fits, grew);
  EXPECT(wasm_table_size(table) == (grew ? size + delta : size), "wasm_table_grow: wrong size after");
}

static void wasm_global_ops(wasm_global_t *global, int kind) {
  wasm_val_t v = WASM_INIT_VAL;
  wasm_global_get(global, &v);
  wasm_val_t set = kind == IT_GMUT ? (wasm_val_t)WASM_I32_VAL(rng_i32(&W.rng)) : (wasm_val_t)WASM_I64_VAL(5);
  bool wrong = rng_bool(&W.rng);
  if (wrong) set = (wasm_val_t)WASM_F32_VAL(1.5f);
  wasm_global_set(global, &set);
  wasm_val_t after = WASM_INIT_VAL;
  wasm_global_get(global, &after);
  if (kind == IT_GMUT && !wrong) EXPECT(after.of.i32 == set.of.i32, "wasm_global_get after set: expected %d", set.of.i32);
  if (kind == IT_GCONST) EXPECT(after.of.i64 == 42, "wasm_global_get of a constant: expected 42");
  if (wrong && kind == IT_GMUT) EXPECT(after.of.i32 == v.of.i32, "wasm_global_set of the wrong kind changed the value");
  wasm_val_delete(&v);
  wasm_val_delete(&after);
}

void op_wasm_extern(void) {
  int slot = pick_wstore();
  if (slot < 0) return;
  wstore_slot_t *ws = &W.wstores[slot];
  wobject_t *o = find_wobject(ws, W_EXTERN, -1);
  if (o == NULL) return;
  wasm_extern_t *ext = o->ptr;
  wasm_externkind_t kind = wasm_extern_kind(ext);
  static const wasm_externkind_t want[IT_COUNT] = {[IT_MEM] = WASM_EXTERN_MEMORY, [IT_FTAB] = WASM_EXTERN_TABLE,
                                                   [IT_ETAB] = WASM_EXTERN_TABLE, [IT_GMUT] = WASM_EXTERN_GLOBAL,
                                                   [IT_GCONST] = WASM_EXTERN_GLOBAL, [IT_GREF] = WASM_EXTERN_GLOBAL};
  EXPECT(kind == want[o->kind], "wasm_extern_kind of item kind %d: expected %d, found %d", o->kind, want[o->kind], kind);
  EXPECT((wasm_extern_as_func(ext) != NULL) == (kind == WASM_EXTERN_FUNC), "wasm_extern_as_func of kind %d", kind);
  EXPECT((wasm_extern_as_memory(ext) != NULL) == (kind == WASM_EXTERN_MEMORY), "wasm_extern_as_memory of kind %d", kind);
  EXPECT((wasm_extern_as_table(ext) != NULL) == (kind == WASM_EXTERN_TABLE), "wasm_extern_as_table of kind %d", kind);
  EXPECT((wasm_extern_as_global(ext) != NULL) == (kind == WASM_EXTERN_GLOBAL), "wasm_extern_as_global of kind %d", kind);
  EXPECT(wasm_extern_as_func(NULL) == NULL && wasm_extern_as_memory_const(NULL) == NULL, "wasm_extern_as_*(NULL)");
  wasm_externtype_t *ty = wasm_extern_type(ext);
  EXPECT(ty && wasm_externtype_kind(ty) == kind, "wasm_extern_type: expected kind %d", kind);
  wasm_externtype_delete(ty);
  wasm_ref_t *ref = wasm_extern_as_ref(ext);
  EXPECT(ref != NULL && wasm_ref_as_extern(ref) != NULL, "wasm_extern_as_ref round trip");
  EXPECT(wasm_ref_as_func(NULL) == NULL && wasm_ref_as_trap(NULL) == NULL, "wasm_ref_as_*(NULL)");
  if (o->kind == IT_MEM) wasm_memory_ops(wasm_extern_as_memory(ext));
  else if (o->kind == IT_FTAB || o->kind == IT_ETAB) wasm_table_ops(ws, wasm_extern_as_table(ext), o->kind == IT_FTAB);
  else if (o->kind == IT_GMUT || o->kind == IT_GCONST) wasm_global_ops(wasm_extern_as_global(ext), o->kind);
  if (rng_one_in(&W.rng, 4)) {
    /* Drop it (the others stay valid). */
    wasm_extern_delete(ext);
    *o = ws->objects[--ws->nobjects];
  }
}

/* ---- types and vectors ---- */

void op_wasm_types(void) {
  wasm_valkind_t kinds[] = {WASM_I32, WASM_I64, WASM_F32, WASM_F64, WASM_EXTERNREF, WASM_FUNCREF};
  wasm_valkind_t k = kinds[rng_below(&W.rng, 6)];
  wasm_valtype_t *vt = wasm_valtype_new(k);
  EXPECT(vt && wasm_valtype_kind(vt) == k, "wasm_valtype_new(%d)", k);
  wasm_valtype_t *params[2] = {vt, wasm_valtype_copy(vt)};
  wasm_valtype_vec_t pv, rv;
  wasm_valtype_vec_new(&pv, 2, params);
  wasm_valtype_vec_new_empty(&rv);
  wasm_functype_t *ft = wasm_functype_new(&pv, &rv);
  EXPECT(wasm_functype_params(ft)->size == 2 && wasm_functype_results(ft)->size == 0, "wasm_functype_new sizes");
  wasm_externtype_t *et = wasm_functype_as_externtype(ft);
  EXPECT(wasm_externtype_as_globaltype(et) == NULL && wasm_externtype_as_tabletype(et) == NULL &&
             wasm_externtype_as_memorytype(et) == NULL && wasm_externtype_as_functype(et) == ft,
         "wasm_externtype_as_* of a function type");
  wasm_externtype_t *etc = wasm_externtype_copy(et);
  wasm_name_t module, name;
  wasm_name_new_from_string(&module, "m");
  wasm_name_new_from_string_nt(&name, "n");
  wasm_importtype_t *it = wasm_importtype_new(&module, &name, etc);
  EXPECT(wasm_importtype_name(it)->size == 2, "wasm_importtype_name: expected \"n\\0\"");
  wasm_importtype_delete(it);
  wasm_functype_vec_t fv;
  wasm_functype_vec_new(&fv, 1, &ft);
  wasm_functype_vec_t fv2;
  wasm_functype_vec_copy(&fv2, &fv);
  wasm_functype_vec_delete(&fv);
  wasm_functype_vec_delete(&fv2);
  wasm_limits_t limits = {1, (uint32_t)rng_below(&W.rng, 3)};
  wasm_memorytype_t *mt = wasm_memorytype_new(&limits);
  if (mt) {
    EXPECT(wasm_memorytype_limits(mt)->min == 1, "wasm_memorytype_limits: expected min 1");
    wasm_memorytype_delete(mt);
  }
  EXPECT(wasm_memorytype_new(NULL) == NULL, "wasm_memorytype_new(NULL): expected null");
  EXPECT(wasm_tabletype_new(NULL, &limits) == NULL, "wasm_tabletype_new(NULL element): expected null");
  EXPECT(wasm_globaltype_new(NULL, WASM_VAR) == NULL, "wasm_globaltype_new(NULL content): expected null");
  wasm_globaltype_t *gt = wasm_globaltype_new(wasm_valtype_new(k), (wasm_mutability_t)rng_below(&W.rng, 2));
  if (gt) wasm_globaltype_delete(gt);
  wasm_val_t vals[2] = {WASM_I32_VAL(1), WASM_I64_VAL(2)};
  wasm_val_vec_t vv, vv2;
  wasm_val_vec_new(&vv, 2, vals);
  wasm_val_vec_copy(&vv2, &vv);
  EXPECT(vv2.size == 2 && vv2.data[1].of.i64 == 2, "wasm_val_vec_copy");
  wasm_val_vec_delete(&vv);
  wasm_val_vec_delete(&vv2);
  wasm_byte_vec_t bv;
  wasm_byte_vec_new_uninitialized(&bv, (size_t)rng_below(&W.rng, 8));
  wasm_byte_vec_delete(&bv);
  wasm_extern_vec_t ev;
  wasm_extern_vec_new_empty(&ev);
  wasm_extern_vec_delete(&ev);
  wasm_valtype_vec_delete(NULL);
  wasm_externtype_delete(NULL);
}

/* ---- traps ---- */

void op_wasm_trap(void) {
  int slot = pick_wstore();
  if (slot < 0) return;
  wstore_slot_t *ws = &W.wstores[slot];
  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "fuzz trap");
  wasm_trap_t *trap = wasm_trap_new(ws->store, &message);
  EXPECT(trap != NULL, "wasm_trap_new: expected a trap");
  EXPECT(wasm_trap_new(NULL, &message) == NULL && wasm_trap_new(ws->store, NULL) == NULL, "wasm_trap_new(NULL)");
  wasm_byte_vec_delete(&message);
  if (trap == NULL) return;
  wasm_message_t back = {0, NULL};
  wasm_trap_message(trap, &back);
  EXPECT(back.size >= 9 && memcmp(back.data, "fuzz trap", 9) == 0, "wasm_trap_message: expected \"fuzz trap\"");
  wasm_byte_vec_delete(&back);
  EXPECT(wasm_trap_origin(trap) == NULL, "wasm_trap_origin of a host trap: expected null");
  wasm_frame_vec_t frames = {0, NULL};
  wasm_trap_trace(trap, &frames);
  EXPECT(frames.size == 0, "wasm_trap_trace of a host trap: expected no frames");
  wasm_frame_vec_delete(&frames);
  wasm_trap_t *copy = wasm_trap_copy(trap);
  EXPECT(wasm_trap_same(trap, copy), "wasm_trap_copy: expected the same trap");
  wasm_trap_delete(copy);
  back = (wasm_message_t){0, NULL};
  wasm_trap_message(NULL, &back);
  wasm_byte_vec_delete(&back);
  EXPECT(wasm_trap_origin(NULL) == NULL, "wasm_trap_origin(NULL)");
  keep(ws, W_TRAP, trap, 0);
}
