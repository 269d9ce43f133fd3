/*
 * Operations on modules, instances, exports and function calls through
 * wasmrt.h: right calls must give the right answers, wrong ones (counts,
 * kinds, nulls, another store's items) an error with a message.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* ---- modules ---- */

void op_module_new(void) {
  int engine = PICK(W.engines);
  int slot = FREE_SLOT(W.modules);
  if (engine < 0 || slot < 0) return;
  int kind = (int)rng_below(&W.rng, MOD_COUNT);
  engine_slot_t *e = &W.engines[engine];
  wasmrt_module_t *module = NULL;
  if (rng_one_in(&W.rng, 4)) {
    /* A fresh compilation; the others share the engine's. */
    const wasm_byte_vec_t *wasm = fixture_wasm(kind);
    EXPECT_OK(wasmrt_module_validate(e->engine, (const uint8_t *)wasm->data, wasm->size), "module_validate");
    if (!EXPECT_OK(wasmrt_module_new(e->engine, (const uint8_t *)wasm->data, wasm->size, &module), "module_new"))
      return;
  } else {
    module = wasmrt_module_clone(fixture_module(e->id, kind));
  }
  EXPECT(module != NULL, "module of kind %d: expected a module, found null", kind);
  if (module == NULL) return;
  W.modules[slot] = (module_slot_t){.live = true, .module = module, .engine_id = e->id, .kind = kind};
  note("module kind %d in engine %d", kind, e->id);
}

/* Random, truncated or corrupted bytes; compiling them must fail with a
 * message or succeed, and agree with validation. */
void op_module_bad_bytes(void) {
  int engine = PICK(W.engines);
  if (engine < 0) return;
  const wasm_engine_t *e = W.engines[engine].engine;
  const wasm_byte_vec_t *good = fixture_wasm((int)rng_below(&W.rng, MOD_COUNT));
  size_t len = 0;
  uint8_t *bytes = malloc(good->size + 64);
  switch (rng_below(&W.rng, 3)) {
    case 0: /* random bytes, sometimes after the header */
      len = (size_t)rng_below(&W.rng, 64);
      for (size_t i = 0; i < len; i++) bytes[i] = (uint8_t)rng_next(&W.rng);
      if (len >= 8 && rng_bool(&W.rng)) memcpy(bytes, "\0asm\1\0\0\0", 8);
      break;
    case 1: /* truncated */
      len = (size_t)rng_below(&W.rng, good->size);
      memcpy(bytes, good->data, len);
      break;
    default: /* corrupted */
      len = good->size;
      memcpy(bytes, good->data, len);
      for (int i = 0, n = 1 + (int)rng_below(&W.rng, 3); i < n; i++) {
        bytes[rng_below(&W.rng, len)] ^= (uint8_t)(1 + rng_below(&W.rng, 255));
      }
  }
  note("%zu bytes", len);
  wasmrt_module_t *module = NULL;
  wasmrt_error_t *error = wasmrt_module_new(e, bytes, len, &module);
  bool compiled = ACCEPT(error, "module_new of bad bytes");
  bool valid = ACCEPT(wasmrt_module_validate(e, bytes, len), "module_validate of bad bytes");
  EXPECT(compiled == valid, "bad bytes: expected module_new (%d) and module_validate (%d) to agree", compiled, valid);
  EXPECT(compiled || module == NULL, "failed module_new: expected no module");
  if (compiled) {
    wasm_importtype_vec_t imports = {0, NULL};
    wasm_exporttype_vec_t exports = {0, NULL};
    wasmrt_module_imports(module, &imports);
    wasmrt_module_exports(module, &exports);
    wasm_importtype_vec_delete(&imports);
    wasm_exporttype_vec_delete(&exports);
    wasmrt_module_delete(module);
  }
  free(bytes);
}

void op_wat_bad(void) {
  const char *good = module_wat[rng_below(&W.rng, MOD_COUNT)];
  size_t good_len = strlen(good);
  size_t len = (size_t)rng_below(&W.rng, good_len + 1);
  char *text = malloc(good_len + 1);
  memcpy(text, good, good_len);
  if (rng_bool(&W.rng)) {
    for (int i = 0, n = 1 + (int)rng_below(&W.rng, 4); i < n && len > 0; i++) {
      text[rng_below(&W.rng, len)] = (char)rng_below(&W.rng, 256);
    }
  }
  wasm_byte_vec_t out = {0, NULL};
  if (ACCEPT(wasmrt_wat2wasm(text, len, &out), "wat2wasm of bad text")) wasm_byte_vec_delete(&out);
  EXPECT_ERROR(wasmrt_wat2wasm(NULL, 5, &out), "wat2wasm(NULL)");
  EXPECT_ERROR(wasmrt_wat2wasm("(module)", 8, NULL), "wat2wasm(ret NULL)");
  free(text);
}

static const size_t fixture_imports[MOD_COUNT] = {1, 3, 0, 0};
static const size_t fixture_exports[MOD_COUNT] = {10, 1, 1, 0};

void op_module_reflect(void) {
  int slot = PICK(W.modules);
  if (slot < 0) return;
  module_slot_t *m = &W.modules[slot];
  wasm_importtype_vec_t imports = {0, NULL};
  wasm_exporttype_vec_t exports = {0, NULL};
  wasmrt_module_imports(m->module, &imports);
  wasmrt_module_exports(m->module, &exports);
  EXPECT(imports.size == fixture_imports[m->kind], "module kind %d: expected %zu imports, found %zu", m->kind,
         fixture_imports[m->kind], imports.size);
  EXPECT(exports.size == fixture_exports[m->kind], "module kind %d: expected %zu exports, found %zu", m->kind,
         fixture_exports[m->kind], exports.size);
  if (m->kind == MOD_MAIN && imports.size == 1) {
    const wasm_name_t *name = wasm_importtype_name(imports.data[0]);
    EXPECT(name && name->size == 4 && memcmp(name->data, "host", 4) == 0, "import 0: expected name \"host\"");
    const wasm_externtype_t *type = wasm_importtype_type(imports.data[0]);
    EXPECT(wasm_externtype_kind(type) == WASM_EXTERN_FUNC, "import 0: expected a function");
  }
  wasm_importtype_vec_delete(&imports);
  wasm_exporttype_vec_delete(&exports);
  wasm_byte_vec_t name = {0, NULL};
  EXPECT(!wasmrt_module_name(m->module, &name), "module_name: expected none (no name section)");
  EXPECT(!wasmrt_module_name(NULL, &name), "module_name(NULL): expected false");
  wasmrt_module_imports(NULL, &imports);
  EXPECT(imports.size == 0 && imports.data == NULL, "module_imports(NULL): expected nothing written");
  EXPECT(wasmrt_module_clone(NULL) == NULL, "module_clone(NULL): expected null");
  wasmrt_module_delete(wasmrt_module_clone(m->module));
}

/* ---- items ---- */

static bool is_func_kind(int kind) {
  return kind <= IT_READ_G;
}

static int find_item(int store, int kind) {
  for (int i = 0; i < MAX_ITEMS; i++) {
    if (W.items[i].live && W.items[i].store == store && W.items[i].kind == kind) return i;
  }
  return -1;
}

/* An item of the store of `kind` with a current size of at least 1 (the
 * importer's minimum). */
static int find_sized_item(int store, int kind) {
  for (int i = 0; i < MAX_ITEMS; i++) {
    item_slot_t *item = &W.items[i];
    if (!item->live || item->store != store || item->kind != kind) continue;
    wasmrt_context_t *cx = W.stores[store].cx;
    uint64_t size = kind == IT_MEM ? wasmrt_memory_size(cx, &item->ext.of.memory)
                                   : wasmrt_table_size(cx, &item->ext.of.table);
    if (size >= 1) return i;
  }
  return -1;
}

static int find_func_item(int store) {
  for (int i = 0; i < MAX_ITEMS; i++) {
    if (W.items[i].live && W.items[i].store == store && is_func_kind(W.items[i].kind)) return i;
  }
  return -1;
}

/* A host function of the store: the one in the pool, or a new one. */
static int host_func(int store) {
  int slot = find_item(store, IT_HOST);
  if (slot >= 0) return slot;
  wasm_functype_t *ty = functype_i32_i32();
  wasmrt_extern_t ext = {.kind = WASMRT_EXTERN_FUNC};
  wasmrt_func_new(W.stores[store].cx, ty, host_double, NULL, NULL, &ext.of.func);
  wasm_functype_delete(ty);
  EXPECT(ext.of.func.store_id != 0, "func_new: expected a function, found null");
  return add_item(store, ext, IT_HOST);
}

static wasm_trap_t *raw_double(void *env, wasmrt_caller_t *caller, wasmrt_val_raw_t *values, size_t n) {
  (void)env;
  wasmrt_val_t arg = {.kind = WASMRT_I32, .of.i32 = values[0].i32}, result;
  EXPECT(n == 1, "raw host: expected 1 value (the larger count), found %zu", n);
  wasm_trap_t *trap = host_double(NULL, caller, &arg, 1, &result, 1);
  if (trap == NULL) values[0].i32 = result.of.i32;
  return trap;
}

void op_func_new(void) {
  int store = PICK(W.stores);
  if (store < 0) return;
  wasmrt_context_t *cx = W.stores[store].cx;
  wasm_functype_t *ty = functype_i32_i32();
  wasmrt_extern_t ext = {.kind = WASMRT_EXTERN_FUNC};
  int *env = malloc(sizeof *env);
  if (rng_bool(&W.rng)) {
    wasmrt_func_new(cx, ty, host_double, env, free, &ext.of.func);
  } else {
    wasmrt_func_new_unchecked(cx, ty, raw_double, env, free, &ext.of.func);
  }
  EXPECT(ext.of.func.store_id != 0, "func_new: expected a function, found null");
  add_item(store, ext, IT_HOST);
  /* Null arguments: nothing is made, nothing written. */
  wasmrt_func_t untouched = {.store_id = 12345};
  wasmrt_func_new(cx, NULL, host_double, NULL, NULL, &untouched);
  wasmrt_func_new(NULL, ty, host_double, NULL, NULL, &untouched);
  wasmrt_func_new_unchecked(cx, NULL, raw_double, NULL, NULL, &untouched);
  wasmrt_func_new(cx, ty, host_double, NULL, NULL, NULL);
  EXPECT(untouched.store_id == 12345, "func_new with a null argument: expected nothing written");
  wasm_functype_delete(ty);
}

/* ---- instances ---- */

/* A module of kind `kind` for the store's engine (or, if `foreign`,
 * another engine's); NULL if there is none. Owned by the pool. */
static const wasmrt_module_t *module_for(int store, int kind, bool foreign) {
  int engine_id = W.stores[store].engine_id;
  for (int i = 0; i < MAX_MODULES; i++) {
    module_slot_t *m = &W.modules[i];
    if (m->live && m->kind == kind && (m->engine_id == engine_id) != foreign) return m->module;
  }
  if (foreign) return NULL;
  return fixture_module(engine_id, kind);
}

/* The right imports of a fixture, from the store's items; false if the
 * store lacks one. */
static bool right_imports(int store, int kind, wasmrt_extern_t *imports) {
  if (kind == MOD_MAIN) {
    imports[0] = W.items[host_func(store)].ext;
    return true;
  }
  if (kind == MOD_IMPORTER) {
    int mem = find_sized_item(store, IT_MEM), tab = find_sized_item(store, IT_FTAB), g = find_item(store, IT_GMUT);
    if (mem < 0 || tab < 0 || g < 0) return false;
    imports[0] = W.items[mem].ext;
    imports[1] = W.items[tab].ext;
    imports[2] = W.items[g].ext;
  }
  return true;
}

/* Makes one import wrong: another kind, or the same kind of another type. */
static void spoil_import(int store, int kind, wasmrt_extern_t *imports) {
  if (kind == MOD_MAIN) {
    int add = find_item(store, IT_ADD), mem = find_item(store, IT_MEM);
    if (add >= 0 && rng_bool(&W.rng)) imports[0] = W.items[add].ext;
    else if (mem >= 0) imports[0] = W.items[mem].ext;
    else imports[0].kind = WASMRT_EXTERN_GLOBAL;
    return;
  }
  int i = (int)rng_below(&W.rng, 3);
  int wrong[3] = {find_item(store, IT_FTAB), find_item(store, IT_ETAB), find_item(store, IT_GCONST)};
  imports[i] = wrong[i] >= 0 ? W.items[wrong[i]].ext : imports[(i + 1) % 3];
}

/* Whether a right call into the store may still stop early: epoch
 * interruption, or fuel that may run out. */
static bool may_stop(int store) {
  store_slot_t *s = &W.stores[store];
  return s->epoch || (s->fuel && !(s->fuel_known && s->fuel_left >= 100000000));
}

static bool stop_code(int code) {
  return code == WASMRT_TRAP_CODE_INTERRUPT || code == WASMRT_TRAP_CODE_OUT_OF_FUEL;
}

/* After a call that ran wasm, fuel is no longer known. */
static void ran_wasm(int store) {
  W.stores[store].fuel_known = false;
}

void op_instance_new(void) {
  int store = PICK(W.stores);
  if (store < 0) return;
  int kind = (int)rng_below(&W.rng, MOD_COUNT);
  wasmrt_context_t *cx = W.stores[store].cx;
  int how = (int)rng_below(&W.rng, 8);
  const wasmrt_module_t *module = module_for(store, kind, how == 5);
  if (module == NULL) return;
  wasmrt_extern_t imports[4];
  memset(imports, 0, sizeof imports);
  size_t n = fixture_imports[kind];
  if (!right_imports(store, kind, imports)) return;
  bool wrong = true;
  const wasmrt_extern_t *args = imports;
  wasmrt_context_t *use_cx = cx;
  switch (how) {
    case 0: n = n + 1; imports[n - 1] = imports[0]; break;                   /* one too many */
    case 1: if (n == 0) { wrong = false; break; } n--; break;                 /* one too few */
    case 2: if (n == 0) { wrong = false; break; } spoil_import(store, kind, imports); break;
    case 3: { /* in another store: its items (if any) are foreign there */
      int other = other_store(store);
      if (other >= 0) use_cx = W.stores[other].cx;
      wrong = false;
      break;
    }
    case 4: if (n == 0) { wrong = false; break; } args = NULL; break;         /* null imports */
    case 5: break;                                                           /* another engine's module */
    default: wrong = false;
  }
  note("module kind %d, %zu imports, %s", kind, n, wrong ? "wrong" : "right");
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(use_cx, module, args, n, &instance, &trap);
  if (wrong) {
    EXPECT(trap == NULL, "instance_new with wrong arguments: expected no trap");
    if (trap) consume_trap(trap, "instance_new");
    EXPECT_ERROR(error, "instance_new with wrong arguments");
    return;
  }
  int use_store = store;
  for (int i = 0; i < MAX_STORES; i++) {
    if (W.stores[i].live && W.stores[i].cx == use_cx) use_store = i;
  }
  ran_wasm(use_store);
  bool other_engine = W.stores[use_store].engine_id != W.stores[store].engine_id;
  if (use_store != store && (n > 0 || other_engine)) {
    /* Imports of `store`, or a module of another engine, in another store. */
    EXPECT(trap == NULL, "instance_new with foreign imports or module: expected no trap");
    if (trap) consume_trap(trap, "instance_new");
    EXPECT_ERROR(error, "instance_new with foreign imports or module");
    return;
  }
  if (kind == MOD_START_TRAP) {
    EXPECT(error == NULL, "instance_new with a trapping start: expected a trap, found an error");
    ACCEPT(error, "instance_new");
    EXPECT(trap != NULL, "instance_new with a trapping start: expected a trap, found none");
    if (trap) {
      int code = consume_trap(trap, "start");
      EXPECT(code == WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED || (may_stop(use_store) && stop_code(code)),
             "start trap: expected code %d, found %d", WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED, code);
    }
    return;
  }
  EXPECT(trap == NULL, "instance_new: expected no trap");
  if (trap) consume_trap(trap, "instance_new");
  if (!EXPECT_OK(error, "instance_new")) return;
  record_exports(add_instance(use_store, instance, kind));
  /* Null arguments. */
  EXPECT_ERROR(wasmrt_instance_new(NULL, module, args, n, &instance, &trap), "instance_new(NULL context)");
  EXPECT_ERROR(wasmrt_instance_new(cx, NULL, args, n, &instance, &trap), "instance_new(NULL module)");
  if (n == 0) EXPECT_ERROR(wasmrt_instance_new(cx, module, args, n, NULL, &trap), "instance_new(NULL out)");
}

void op_export_get(void) {
  int slot = PICK(W.instances);
  if (slot < 0) return;
  instance_slot_t *inst = &W.instances[slot];
  wasmrt_context_t *cx = W.stores[inst->store].cx;
  wasmrt_extern_t item;
  char name[16];
  size_t len = (size_t)rng_below(&W.rng, sizeof name);
  for (size_t i = 0; i < len; i++) name[i] = (char)rng_below(&W.rng, 256);
  bool found = wasmrt_instance_export_get(cx, &inst->instance, name, len, &item);
  EXPECT(!found || len > 0, "export_get of an empty name: expected none");
  EXPECT(!wasmrt_instance_export_get(cx, &inst->instance, NULL, 3, &item), "export_get(NULL name): expected false");
  EXPECT(!wasmrt_instance_export_get(NULL, &inst->instance, "add", 3, &item), "export_get(NULL context)");
  EXPECT(!wasmrt_instance_export_get(cx, NULL, "add", 3, &item), "export_get(NULL instance)");
  int other = other_store(inst->store);
  if (other >= 0) {
    EXPECT(!wasmrt_instance_export_get(W.stores[other].cx, &inst->instance, "add", 3, &item),
           "export_get with another store's context: expected false");
    char *n = NULL;
    size_t nl = 0;
    EXPECT(!wasmrt_instance_export_nth(W.stores[other].cx, &inst->instance, 0, &n, &nl, &item),
           "export_nth with another store's context: expected false");
  }
  char *n = NULL;
  size_t nl = 0;
  size_t index = rng_bool(&W.rng) ? (size_t)rng_below(&W.rng, 14) : (size_t)rng_next(&W.rng);
  bool nth = wasmrt_instance_export_nth(cx, &inst->instance, index, &n, &nl, &item);
  EXPECT(nth == (index < fixture_exports[inst->kind]), "export_nth %zu of %zu exports: found %d", index,
         fixture_exports[inst->kind], nth);
  if (rng_one_in(&W.rng, 4)) record_exports(slot);
}

/* ---- calls ---- */

typedef struct call_plan {
  size_t nparams, nresults;
  wasmrt_val_t args[2];
  bool traps;        /* a trap with a code is expected */
  bool errs;         /* an error is expected */
  bool known;        /* the result is known */
  int32_t result;
} call_plan_t;

static int32_t i32_arg(int kind) {
  if (kind == IT_SPIN) return (int32_t)rng_below(&W.rng, 2000);
  return rng_i32(&W.rng);
}

/* The right arguments for a function item and what it must return. */
static call_plan_t plan_call(int kind) {
  call_plan_t p;
  memset(&p, 0, sizeof p);
  p.known = true;
  switch (kind) {
    case IT_ADD:
      p.nparams = 2, p.nresults = 1;
      p.args[0] = (wasmrt_val_t){.kind = WASMRT_I32, .of.i32 = rng_i32(&W.rng)};
      p.args[1] = (wasmrt_val_t){.kind = WASMRT_I32, .of.i32 = rng_i32(&W.rng)};
      p.result = (int32_t)((uint32_t)p.args[0].of.i32 + (uint32_t)p.args[1].of.i32);
      break;
    case IT_CALL_TRAPS:
      p.nparams = 1, p.nresults = 1, p.errs = true;
      p.args[0] = (wasmrt_val_t){.kind = WASMRT_I32, .of.i32 = rng_i32(&W.rng)};
      break;
    case IT_CALL_HOST:
    case IT_HOST:
    case IT_SPIN: {
      p.nparams = 1, p.nresults = 1;
      int32_t x = i32_arg(kind);
      p.args[0] = (wasmrt_val_t){.kind = WASMRT_I32, .of.i32 = x};
      if (kind == IT_SPIN) p.result = 0;
      else if (x >= 0) p.result = (int32_t)((uint32_t)x * 2u);
      else if (x & 1) p.traps = true;
      else p.errs = true;
      break;
    }
    case IT_TRAP: p.traps = true; break;
    case IT_ANSWER: p.nresults = 1, p.result = 42; break;
    default: p.nresults = 1, p.known = false;  /* IT_READ_G */
  }
  return p;
}

/* Picks a function item (and its store). */
static int pick_func(void) {
  for (int tries = 0; tries < 8; tries++) {
    int slot = PICK(W.items);
    if (slot >= 0 && is_func_kind(W.items[slot].kind)) return slot;
  }
  return -1;
}

/* Checks the outcome of a right call. */
static void check_call(int store, const call_plan_t *p, wasmrt_error_t *error, wasm_trap_t *trap,
                       const wasmrt_val_t *results, const char *what) {
  int code = trap ? consume_trap(trap, what) : -1;
  if (p->errs && trap != NULL && may_stop(store) && stop_code(code)) {
    ACCEPT(error, what);  /* stopped (fuel, epoch) before the host ran */
    return;
  }
  if (p->errs) {
    EXPECT(trap == NULL, "%s: expected an error (host trap with a message), found trap code %d", what, code);
    EXPECT_ERROR(error, what);
    return;
  }
  if (error != NULL) {
    EXPECT(false, "%s: expected no error", what);
    ACCEPT(error, what);
    return;
  }
  if (trap != NULL) {
    bool expected = (p->traps && code == WASMRT_TRAP_CODE_UNREACHABLE_CODE_REACHED) ||
                    (may_stop(store) && stop_code(code));
    EXPECT(expected, "%s: expected %s, found trap code %d", what, p->traps ? "an unreachable trap" : "success",
           code);
    return;
  }
  EXPECT(!p->traps, "%s: expected a trap, found success", what);
  if (!p->traps && p->nresults == 1) {
    EXPECT(results[0].kind == WASMRT_I32, "%s: expected an i32 result, found kind %d", what, results[0].kind);
    EXPECT(!p->known || results[0].of.i32 == p->result, "%s: expected %d, found %d", what, p->result,
           results[0].of.i32);
  }
}

void op_func_call(void) {
  int slot = pick_func();
  if (slot < 0) return;
  item_slot_t *item = &W.items[slot];
  wasmrt_context_t *cx = W.stores[item->store].cx;
  call_plan_t p = plan_call(item->kind);
  wasmrt_val_t args[4], results[4];
  memcpy(args, p.args, sizeof p.args);
  args[2] = args[3] = (wasmrt_val_t){.kind = WASMRT_I32};
  size_t nargs = p.nparams, nresults = p.nresults;
  const wasmrt_val_t *args_ptr = args;
  wasmrt_val_t *results_ptr = results;
  const wasmrt_func_t *func = &item->ext.of.func;
  wasmrt_func_t null_func = {0, 0};
  int how = rng_bool(&W.rng) ? -1 : (int)rng_below(&W.rng, 9);
  switch (how) {
    case 0: nargs = nargs + 1 + rng_below(&W.rng, 2); break;
    case 1: if (nargs == 0) { nargs = 1; break; } nargs--; break;
    case 2: if (nargs == 0) { nresults++; break; } args[rng_below(&W.rng, nargs)].kind = (wasmrt_valkind_t)(1 + rng_below(&W.rng, 6)); break;
    case 3: if (nargs == 0) { nresults++; break; } args[0].kind = (wasmrt_valkind_t)(7 + rng_below(&W.rng, 249)); break;
    case 4: if (nargs == 0) { nargs = 2; } args_ptr = NULL; break;
    case 5: nresults = nresults == 0 ? 1 : nresults - 1; break;
    case 6: if (nresults == 0) { nresults = 1; } results_ptr = NULL; break;
    case 7: {
      int other = other_store(item->store);
      if (other < 0) { func = &null_func; break; }
      cx = W.stores[other].cx;
      break;
    }
    case 8: func = rng_bool(&W.rng) ? &null_func : NULL; break;
  }
  if (how == 8 && rng_bool(&W.rng)) cx = NULL;
  note("item kind %d, %s (%d), %zu args, %zu results", item->kind, how < 0 ? "right" : "wrong", how, nargs, nresults);
  wasm_trap_t *trap = NULL;
  memset(results, 0, sizeof results);
  wasmrt_error_t *error = wasmrt_func_call(cx, func, args_ptr, nargs, results_ptr, nresults, &trap);
  if (how >= 0) {
    EXPECT(trap == NULL, "func_call with wrong arguments (%d): expected no trap", how);
    if (trap) consume_trap(trap, "func_call");
    EXPECT_ERROR(error, "func_call with wrong arguments");
    return;
  }
  ran_wasm(item->store);
  check_call(item->store, &p, error, trap, results, "func_call");
  EXPECT(W.stores[item->store].hook_depth == 0, "call hook after func_call: expected depth 0, found %d",
         W.stores[item->store].hook_depth);
}

void op_func_call_unchecked(void) {
  int slot = pick_func();
  if (slot < 0) return;
  item_slot_t *item = &W.items[slot];
  wasmrt_context_t *cx = W.stores[item->store].cx;
  call_plan_t p = plan_call(item->kind);
  wasmrt_val_raw_t raw[3];
  memset(raw, 0, sizeof raw);
  for (size_t i = 0; i < p.nparams; i++) raw[i].i32 = p.args[i].of.i32;
  size_t need = p.nparams > p.nresults ? p.nparams : p.nresults;
  size_t len = need;
  wasmrt_val_raw_t *ptr = raw;
  int how = rng_bool(&W.rng) ? -1 : (int)rng_below(&W.rng, 3);
  if (how == 0) {
    if (need == 0) how = -1;
    else len = need - 1;
  } else if (how == 1) {
    ptr = NULL;
    if (len == 0) len = 1;
  } else if (how == 2) {
    int other = other_store(item->store);
    if (other < 0) how = -1;
    else cx = W.stores[other].cx;
  }
  if (how < 0 && rng_bool(&W.rng)) len = need + 1;  /* room to spare is fine */
  note("item kind %d, %s (%d), len %zu of %zu", item->kind, how < 0 ? "right" : "wrong", how, len, need);
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call_unchecked(cx, &item->ext.of.func, ptr, len, &trap);
  if (how >= 0) {
    EXPECT(trap == NULL, "func_call_unchecked with wrong arguments: expected no trap");
    if (trap) consume_trap(trap, "func_call_unchecked");
    EXPECT_ERROR(error, "func_call_unchecked with wrong arguments");
    return;
  }
  ran_wasm(item->store);
  wasmrt_val_t result = {.kind = WASMRT_I32, .of.i32 = raw[0].i32};
  check_call(item->store, &p, error, trap, &result, "func_call_unchecked");
  /* The function's type agrees. */
  wasm_functype_t *ty = wasmrt_func_type(cx, &item->ext.of.func);
  EXPECT(ty != NULL, "func_type: expected a type, found null");
  if (ty) {
    EXPECT(wasm_functype_params(ty)->size == p.nparams && wasm_functype_results(ty)->size == p.nresults,
           "func_type: expected %zu params and %zu results, found %zu and %zu", p.nparams, p.nresults,
           wasm_functype_params(ty)->size, wasm_functype_results(ty)->size);
    wasm_functype_delete(ty);
  }
  int other = other_store(item->store);
  if (other >= 0) {
    EXPECT(wasmrt_func_type(W.stores[other].cx, &item->ext.of.func) == NULL,
           "func_type with another store's context: expected null");
    EXPECT(wasmrt_func_to_raw(W.stores[other].cx, &item->ext.of.func) == NULL,
           "func_to_raw with another store's context: expected null");
  }
  /* A raw round trip names the same function. */
  void *fraw = wasmrt_func_to_raw(cx, &item->ext.of.func);
  wasmrt_func_t back = {0, 0};
  wasmrt_func_from_raw(cx, fraw, &back);
  EXPECT(back.store_id == item->ext.of.func.store_id, "func_from_raw(func_to_raw): expected store %llu, found %llu",
         (unsigned long long)item->ext.of.func.store_id, (unsigned long long)back.store_id);
  wasmrt_func_from_raw(cx, NULL, &back);
  EXPECT(back.store_id == 0, "func_from_raw(NULL): expected a null funcref");
}

int item_of_kind(int store, int kind) {
  return find_item(store, kind);
}

int any_func_item(int store) {
  return find_func_item(store);
}
