/*
 * Operations on linkers, WASI configurations, and calls with null or
 * out-of-range arguments that need no pool object.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int item_of_kind(int store, int kind);

static bool is_error_free(wasmrt_error_t *error) {
  return error == NULL;
}

static void linker_new(void) {
  int engine = PICK(W.engines);
  int slot = FREE_SLOT(W.linkers);
  if (engine < 0 || slot < 0) return;
  int source = PICK(W.linkers);
  linker_slot_t *l = &W.linkers[slot];
  if (source >= 0 && rng_one_in(&W.rng, 3)) {
    *l = W.linkers[source];
    l->linker = wasmrt_linker_clone(W.linkers[source].linker);
  } else {
    memset(l, 0, sizeof *l);
    l->linker = wasmrt_linker_new(W.engines[engine].engine);
    l->engine_id = W.engines[engine].id;
  }
  EXPECT(l->linker != NULL, "linker_new: expected a linker");
  l->live = l->linker != NULL;
  EXPECT(wasmrt_linker_new(NULL) == NULL && wasmrt_linker_clone(NULL) == NULL, "linker_new(NULL): expected null");
}

static void linker_define_host(linker_slot_t *l) {
  wasm_functype_t *ty = functype_i32_i32();
  wasmrt_error_t *error = wasmrt_linker_define_func(l->linker, "env", 3, "host", 4, ty, host_double, NULL, NULL);
  if (l->host_defined && !l->shadowing) {
    EXPECT_ERROR(error, "linker_define_func of a defined name");
  } else if (EXPECT_OK(error, "linker_define_func")) {
    l->host_defined = true;
    l->host_real = true;
  }
  EXPECT_ERROR(wasmrt_linker_define_func(l->linker, "env", 3, "h2", 2, NULL, host_double, NULL, NULL),
               "linker_define_func(NULL type)");
  EXPECT_ERROR(wasmrt_linker_define_func(l->linker, NULL, 3, "h2", 2, ty, host_double, NULL, NULL),
               "linker_define_func(NULL module name)");
  wasm_functype_delete(ty);
}

/* Defines an item of a store under env2 (never env::host). */
static void linker_define_item(linker_slot_t *l) {
  int slot = PICK(W.items);
  if (slot < 0) return;
  item_slot_t *item = &W.items[slot];
  store_slot_t *store = &W.stores[item->store];
  char name[8];
  size_t len = (size_t)(1 + rng_below(&W.rng, 7));
  for (size_t i = 0; i < len; i++) name[i] = (char)('a' + rng_below(&W.rng, 3));
  int other = other_store(item->store);
  if (other >= 0 && rng_bool(&W.rng)) {
    EXPECT_ERROR(wasmrt_linker_define(l->linker, W.stores[other].cx, "env2", 4, name, len, &item->ext),
                 "linker_define with another store's context");
    return;
  }
  wasmrt_error_t *error = wasmrt_linker_define(l->linker, store->cx, "env2", 4, name, len, &item->ext);
  if (store->engine_id != l->engine_id) EXPECT_ERROR(error, "linker_define of another engine's item");
  else ACCEPT(error, "linker_define");  /* the name may be taken */
  EXPECT_ERROR(wasmrt_linker_define(l->linker, store->cx, "env2", 4, name, len, NULL), "linker_define(NULL item)");
}

static void linker_lookup(linker_slot_t *l) {
  int store = PICK(W.stores);
  if (store < 0) return;
  wasmrt_context_t *cx = W.stores[store].cx;
  wasmrt_extern_t item;
  bool same_engine = W.stores[store].engine_id == l->engine_id;
  bool found = wasmrt_linker_get(l->linker, cx, "env", 3, "host", 4, &item);
  if (same_engine) EXPECT(found == l->host_defined, "linker_get env::host: expected %d, found %d", l->host_defined, found);
  EXPECT(!wasmrt_linker_get(l->linker, cx, "nowhere", 7, "x", 1, &item), "linker_get of an undefined name: expected false");
  EXPECT(!wasmrt_linker_get(l->linker, NULL, "env", 3, "host", 4, &item), "linker_get(NULL context): expected false");
  wasmrt_func_t func;
  /* As in wasmtime, a name without a default gives a function doing nothing. */
  ACCEPT(wasmrt_linker_get_default(l->linker, cx, "nowhere", 7, &func), "linker_get_default of an undefined name");
  EXPECT_ERROR(wasmrt_linker_get_default(NULL, cx, "x", 1, &func), "linker_get_default(NULL linker)");
}

void op_linker(void) {
  int slot = PICK(W.linkers);
  if (slot < 0 || rng_one_in(&W.rng, 6)) {
    linker_new();
    return;
  }
  linker_slot_t *l = &W.linkers[slot];
  switch (rng_below(&W.rng, 6)) {
    case 0: linker_define_host(l); break;
    case 1: linker_define_item(l); break;
    case 2: linker_lookup(l); break;
    case 3:
      l->shadowing = rng_bool(&W.rng);
      wasmrt_linker_allow_shadowing(l->linker, l->shadowing);
      wasmrt_linker_allow_shadowing(NULL, true);
      break;
    case 4:
      ACCEPT(wasmrt_linker_define_wasi(l->linker), "linker_define_wasi");
      EXPECT_ERROR(wasmrt_linker_define_wasi(NULL), "linker_define_wasi(NULL)");
      break;
    default: {
      int m = PICK(W.modules);
      if (m < 0) break;
      wasmrt_error_t *error = wasmrt_linker_define_unknown_imports_as_traps(l->linker, W.modules[m].module);
      /* Another engine's module only names imports: allowed (its
       * instantiation is what fails). */
      if (is_error_free(error) && W.modules[m].kind == MOD_MAIN) {
        l->host_defined = true;  /* env::host now traps, but is defined */
      } else {
        ACCEPT(error, "define_unknown_imports_as_traps");
      }
      EXPECT_ERROR(wasmrt_linker_define_unknown_imports_as_traps(l->linker, NULL), "define_unknown_imports_as_traps(NULL)");
    }
  }
}

/* Instantiates through a linker, directly or via an instance-pre. */
void op_linker_instantiate(void) {
  int slot = PICK(W.linkers), store = PICK(W.stores), m = PICK(W.modules);
  if (slot < 0 || store < 0 || m < 0) return;
  linker_slot_t *l = &W.linkers[slot];
  store_slot_t *s = &W.stores[store];
  module_slot_t *mod = &W.modules[m];
  bool engines_agree = l->engine_id == s->engine_id && mod->engine_id == s->engine_id;
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error;
  bool pre = rng_bool(&W.rng);
  if (pre) {
    wasmrt_instance_pre_t *ip = NULL;
    wasmrt_error_t *e = wasmrt_linker_instantiate_pre(l->linker, mod->module, &ip);
    if (mod->engine_id != l->engine_id) {
      EXPECT_ERROR(e, "linker_instantiate_pre with another engine's module");
      return;
    }
    if (!ACCEPT(e, "linker_instantiate_pre")) return;
    wasmrt_module_t *back = wasmrt_instance_pre_module(ip);
    EXPECT(back != NULL, "instance_pre_module: expected a module");
    wasmrt_module_delete(back);
    error = wasmrt_instance_pre_instantiate(ip, s->cx, &instance, &trap);
    EXPECT_ERROR(wasmrt_instance_pre_instantiate(ip, NULL, &instance, &trap), "instance_pre_instantiate(NULL context)");
    wasmrt_instance_pre_delete(ip);
  } else {
    error = wasmrt_linker_instantiate(l->linker, s->cx, mod->module, &instance, &trap);
  }
  s->fuel_known = false;
  note("module kind %d, engines agree %d, pre %d", mod->kind, engines_agree, pre);
  if (!engines_agree) {
    EXPECT(trap == NULL, "linker instantiation across engines: expected no trap");
    if (trap) consume_trap(trap, "linker instantiation");
    EXPECT_ERROR(error, "linker instantiation across engines");
    return;
  }
  if (trap != NULL) {
    consume_trap(trap, "linker instantiation");
    EXPECT(mod->kind == MOD_START_TRAP, "linker instantiation of module kind %d: expected no trap", mod->kind);
    ACCEPT(error, "linker instantiation");
    return;
  }
  bool must = mod->kind == MOD_PLAIN || (mod->kind == MOD_MAIN && l->host_defined);
  bool ok = must ? EXPECT_OK(error, "linker instantiation") : ACCEPT(error, "linker instantiation");
  if (ok && mod->kind == MOD_START_TRAP) EXPECT(false, "linker instantiation of a trapping start: expected a trap");
  if (ok && mod->kind != MOD_START_TRAP) {
    int inst = add_instance(store, instance, mod->kind);
    if (rng_bool(&W.rng)) {
      ACCEPT(wasmrt_linker_define_instance(l->linker, s->cx, "inst", 4, &instance), "linker_define_instance");
    }
    W.instances[inst].host_traps = l->host_defined && !l->host_real;
    record_exports(inst);
  }
  EXPECT_ERROR(wasmrt_linker_instantiate(l->linker, NULL, mod->module, &instance, &trap), "linker_instantiate(NULL context)");
  EXPECT_ERROR(wasmrt_linker_instantiate(NULL, s->cx, mod->module, &instance, &trap), "linker_instantiate(NULL linker)");
  if (mod->kind == MOD_PLAIN && rng_bool(&W.rng)) {
    ACCEPT(wasmrt_linker_module(l->linker, s->cx, "plain", 5, mod->module), "linker_module");
  }
}

/* ---- WASI configurations ---- */

void op_wasi(void) {
  wasi_config_t *config = wasi_config_new();
  EXPECT(config != NULL, "wasi_config_new: expected a configuration");
  const char *args[] = {"prog", NULL, "arg"};
  EXPECT(!wasi_config_set_argv(config, 2, args), "set_argv with a null argument: expected false");
  EXPECT(!wasi_config_set_argv(config, 1, NULL), "set_argv(NULL list): expected false");
  EXPECT(!wasi_config_set_argv(NULL, 1, args), "set_argv(NULL config): expected false");
  EXPECT(wasi_config_set_argv(config, 1, args), "set_argv: expected true");
  const char *names[] = {"A", NULL}, *values[] = {"1", "2"};
  EXPECT(!wasi_config_set_env(config, 2, names, values), "set_env with a null name: expected false");
  EXPECT(wasi_config_set_env(config, 1, names, values), "set_env: expected true");
  EXPECT(!wasi_config_set_stdin_file(config, NULL), "set_stdin_file(NULL): expected false");
  EXPECT(!wasi_config_set_stdin_file(config, "/nonexistent/capi-fuzz"), "set_stdin_file of no file: expected false");
  EXPECT(!wasi_config_set_stdout_file(config, "/nonexistent/capi-fuzz"), "set_stdout_file in no folder: expected false");
  EXPECT(!wasi_config_set_stderr_file(NULL, "/dev/null"), "set_stderr_file(NULL config): expected false");
  EXPECT(wasi_config_set_stdout_file(config, "/dev/null"), "set_stdout_file(/dev/null): expected true");
  EXPECT(!wasi_config_preopen_dir(config, "/nonexistent/capi-fuzz", "/x", false), "preopen_dir of no folder: expected false");
  EXPECT(!wasi_config_preopen_dir(config, NULL, "/x", true), "preopen_dir(NULL host path): expected false");
  EXPECT(!wasi_config_preopen_dir(config, "/", NULL, true), "preopen_dir(NULL guest path): expected false");
  const char bad_utf8[] = {(char)0xff, (char)0xfe, 0};
  EXPECT(!wasi_config_set_stdin_file(config, bad_utf8), "set_stdin_file of non-UTF-8: expected false");
  wasm_byte_vec_t bytes;
  wasm_byte_vec_new(&bytes, 3, "abc");
  wasi_config_set_stdin_bytes(config, &bytes);
  wasi_config_set_stdin_bytes(NULL, NULL);
  wasi_config_inherit_argv(NULL);
  wasi_config_inherit_env(NULL);
  int store = PICK(W.stores);
  switch (store < 0 ? 0 : rng_below(&W.rng, 3)) {
    case 0: wasi_config_delete(config); break;
    case 1: EXPECT_OK(wasmrt_context_set_wasi(W.stores[store].cx, config), "context_set_wasi"); break;
    default: EXPECT_ERROR(wasmrt_context_set_wasi(NULL, config), "context_set_wasi(NULL context)");
  }
  if (store >= 0) EXPECT_ERROR(wasmrt_context_set_wasi(W.stores[store].cx, NULL), "context_set_wasi(NULL config)");
  wasi_config_delete(NULL);
}

/* ---- nulls and codes ---- */

void op_null_args(void) {
  wasm_name_t message = {0, NULL};
  wasmrt_error_t *error = wasmrt_error_new("capi fuzz");
  wasmrt_error_message(error, &message);
  EXPECT(message.size == 9 && memcmp(message.data, "capi fuzz", 9) == 0, "error_new: expected the message back");
  wasm_byte_vec_delete(&message);
  int32_t status = 0;
  EXPECT(!wasmrt_error_exit_status(error, &status), "error_exit_status of a plain error: expected false");
  wasm_frame_vec_t trace = {0, NULL};
  wasmrt_error_wasm_trace(error, &trace);
  EXPECT(trace.size == 0, "error_wasm_trace of a host error: expected no frames");
  wasm_frame_vec_delete(&trace);
  wasmrt_error_delete(error);
  EXPECT_ERROR(wasmrt_error_new(NULL), "error_new(NULL)");
  const char bad_utf8[] = {'a', (char)0xc3, 0};
  EXPECT_ERROR(wasmrt_error_new(bad_utf8), "error_new of non-UTF-8");
  wasmrt_error_message(NULL, NULL);
  EXPECT(!wasmrt_error_exit_status(NULL, &status), "error_exit_status(NULL): expected false");
  wasmrt_error_delete(NULL);
  /* Trap codes round trip; unknown ones give no trap. */
  wasmrt_trap_code_t code = (wasmrt_trap_code_t)rng_below(&W.rng, 16);
  wasm_trap_t *trap = wasmrt_trap_new_code(code);
  /* Null for codes wasmrt does not know: those above 11, and
   * HEAP_MISALIGNED (wasmrt has no atomics). */
  bool known = code <= WASMRT_TRAP_CODE_OUT_OF_FUEL && code != WASMRT_TRAP_CODE_HEAP_MISALIGNED;
  EXPECT((trap != NULL) == known, "trap_new_code(%d): expected %s", code, known ? "a trap" : "null");
  if (trap) EXPECT(consume_trap(trap, "trap_new_code") == code, "trap_code: expected %d", code);
  trap = wasmrt_trap_new("", 0);
  wasmrt_trap_code_t none;
  EXPECT(trap && !wasmrt_trap_code(trap, &none), "trap_code of a message trap: expected false");
  wasm_trap_delete(trap);
  EXPECT(!wasmrt_trap_code(NULL, &none), "trap_code(NULL): expected false");
  EXPECT(wasmrt_frame_func_name(NULL) == NULL && wasmrt_frame_module_name(NULL) == NULL, "frame names(NULL)");
  EXPECT(wasmrt_store_context(NULL) == NULL, "store_context(NULL): expected null");
  EXPECT(wasmrt_store_new(NULL, NULL, NULL) == NULL, "store_new(NULL): expected null");
  wasmrt_store_delete(NULL);
  wasmrt_module_delete(NULL);
  wasmrt_linker_delete(NULL);
  wasmrt_instance_pre_delete(NULL);
  wasmrt_val_unroot(NULL);
  wasmrt_val_clone(NULL, NULL);
  EXPECT(wasmrt_memorytype_minimum(NULL) == 0, "memorytype_minimum(NULL): expected 0");
  EXPECT(wasmrt_context_get_data(NULL) == NULL, "context_get_data(NULL): expected null");
  wasmrt_context_set_data(NULL, NULL);
  wasmrt_module_t *module = NULL;
  EXPECT_ERROR(wasmrt_module_new(NULL, (const uint8_t *)"\0asm", 4, &module), "module_new(NULL engine)");
  int engine = PICK(W.engines);
  if (engine >= 0) {
    EXPECT_ERROR(wasmrt_module_new(W.engines[engine].engine, NULL, 8, &module), "module_new(NULL bytes)");
    EXPECT_ERROR(wasmrt_module_new(W.engines[engine].engine, (const uint8_t *)"\0asm\1\0\0\0", 8, NULL), "module_new(NULL ret)");
    EXPECT_ERROR(wasmrt_module_validate(W.engines[engine].engine, NULL, 3), "module_validate(NULL bytes)");
  }
  /* A value cloned keeps its kind and payload. */
  wasmrt_val_t a = {.kind = WASMRT_I64, .of.i64 = (int64_t)rng_next(&W.rng)}, b;
  wasmrt_val_clone(&a, &b);
  EXPECT(b.kind == a.kind && b.of.i64 == a.of.i64, "val_clone: expected the same i64");
  int store = PICK(W.stores);
  if (store >= 0) {
    wasmrt_context_t *cx = W.stores[store].cx;
    void *old = wasmrt_context_get_data(cx);
    wasmrt_context_set_data(cx, &a);
    EXPECT(wasmrt_context_get_data(cx) == &a, "context_set_data: expected it back");
    wasmrt_context_set_data(cx, old);
    wasmrt_func_t null_func = {0, 0};
    wasm_trap_t *t = NULL;
    EXPECT_ERROR(wasmrt_func_call(cx, &null_func, NULL, 0, NULL, 0, &t), "func_call of a null funcref");
    EXPECT_ERROR(wasmrt_func_call(cx, NULL, NULL, 0, NULL, 0, &t), "func_call(NULL func)");
    wasmrt_func_t forged = {W.stores[store].id == 0 ? 1 : (uint64_t)-1, 0};
    EXPECT_ERROR(wasmrt_func_call(cx, &forged, NULL, 0, NULL, 0, &t), "func_call of an unknown store's func");
  }
}
