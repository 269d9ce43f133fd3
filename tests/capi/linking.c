/*
 * Linking: two modules joined through a linker, host functions defined on
 * the linker, shadowing, default functions, instance-pre, modules defined
 * by name, and unknown imports turned into traps.
 */
#include "check.h"

static const char *PROVIDER =
    "(module\n"
    "  (func (export \"double\") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))\n";

static const char *USER =
    "(module\n"
    "  (import \"provider\" \"double\" (func $double (param i32) (result i32)))\n"
    "  (import \"host\" \"offset\" (func $offset (result i32)))\n"
    "  (func (export \"run\") (param i32) (result i32)\n"
    "    local.get 0 call $double call $offset i32.add)\n"
    "  (func (export \"\") (result i32) i32.const 42))\n";

static int env_finalized = 0;

static wasm_trap_t *offset(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                           wasmrt_val_t *results, size_t nresults) {
  (void)caller;
  (void)args;
  CHECK(nargs == 0 && nresults == 1);
  results[0].kind = WASMRT_I32;
  results[0].of.i32 = *(int32_t *)env;
  return NULL;
}

static void finalize(void *env) {
  (void)env;
  env_finalized++;
}

static int32_t call_i32(wasmrt_context_t *context, wasmrt_func_t func, const wasmrt_val_t *args, size_t nargs) {
  wasmrt_val_t result;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_func_call(context, &func, args, nargs, &result, 1, &trap), "call");
  CHECK(trap == NULL && result.kind == WASMRT_I32);
  return result.of.i32;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_linker_t *linker = wasmrt_linker_new(engine);
  CHECK(linker != NULL);
  wasmrt_module_t *provider = compile_wat(engine, PROVIDER);
  wasmrt_module_t *user = compile_wat(engine, USER);

  /* The provider's exports, under its name. */
  wasmrt_instance_t provider_instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(context, provider, NULL, 0, &provider_instance, &trap), "provider");
  check_ok(wasmrt_linker_define_instance(linker, context, "provider", 8, &provider_instance), "define_instance");

  /* Instantiating before the host function is defined names what is missing. */
  wasmrt_instance_t instance;
  CHECK_ERROR(wasmrt_linker_instantiate(linker, context, user, &instance, &trap), "host::offset");

  static int32_t offset_value = 1000;
  wasm_functype_t *type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  check_ok(wasmrt_linker_define_func(linker, "host", 4, "offset", 6, type, offset, &offset_value, finalize),
           "define_func");
  /* Defining it again fails unless shadowing is allowed. */
  CHECK_ERROR(wasmrt_linker_define_func(linker, "host", 4, "offset", 6, type, offset, &offset_value, NULL),
              "host::offset");
  wasmrt_linker_allow_shadowing(linker, true);
  check_ok(wasmrt_linker_define_func(linker, "host", 4, "offset", 6, type, offset, &offset_value, finalize),
           "define_func again");
  CHECK(env_finalized == 1); /* the shadowed definition's env is released */
  wasm_functype_delete(type);

  check_ok(wasmrt_linker_instantiate(linker, context, user, &instance, &trap), "instantiate");
  CHECK(trap == NULL);
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, &instance, "run", 3, &item));
  wasmrt_val_t arg;
  arg.kind = WASMRT_I32;
  arg.of.i32 = 21;
  CHECK(call_i32(context, item.of.func, &arg, 1) == 1042);

  /* Items by name, and the default function of a module defined by name. */
  CHECK(wasmrt_linker_get(linker, context, "provider", 8, "double", 6, &item));
  CHECK(item.kind == WASMRT_EXTERN_FUNC && call_i32(context, item.of.func, &arg, 1) == 42);
  CHECK(!wasmrt_linker_get(linker, context, "provider", 8, "triple", 6, &item));
  check_ok(wasmrt_linker_module(linker, context, "user", 4, user), "module");
  wasmrt_func_t default_func;
  check_ok(wasmrt_linker_get_default(linker, context, "user", 4, &default_func), "get_default");
  CHECK(call_i32(context, default_func, NULL, 0) == 42);
  /* A name with neither "" nor _start gets a function that does nothing,
   * as in wasmtime. */
  check_ok(wasmrt_linker_get_default(linker, context, "nobody", 6, &default_func), "get_default");
  check_ok(wasmrt_func_call(context, &default_func, NULL, 0, NULL, 0, &trap), "no-op default");
  CHECK(trap == NULL);
  CHECK_ERROR(wasmrt_linker_get_default(linker, context, "nobody", 6, NULL), "func is null");

  /* An item of the store defined directly. */
  CHECK(wasmrt_instance_export_get(context, &provider_instance, "double", 6, &item));
  check_ok(wasmrt_linker_define(linker, context, "again", 5, "double", 6, &item), "define");
  CHECK(wasmrt_linker_get(linker, context, "again", 5, "double", 6, &item));

  /* Imports resolved once, instantiated twice; a clone of the linker. */
  wasmrt_instance_pre_t *pre = NULL;
  check_ok(wasmrt_linker_instantiate_pre(linker, user, &pre), "instantiate_pre");
  wasmrt_module_t *pre_module = wasmrt_instance_pre_module(pre);
  CHECK(pre_module != NULL);
  wasmrt_module_delete(pre_module);
  for (int i = 0; i < 2; i++) {
    check_ok(wasmrt_instance_pre_instantiate(pre, context, &instance, &trap), "pre instantiate");
    CHECK(wasmrt_instance_export_get(context, &instance, "run", 3, &item));
    CHECK(call_i32(context, item.of.func, &arg, 1) == 1042);
  }
  wasmrt_instance_pre_delete(pre);
  wasmrt_linker_t *copy = wasmrt_linker_clone(linker);
  check_ok(wasmrt_linker_instantiate(copy, context, user, &instance, &trap), "instantiate with the copy");
  wasmrt_linker_delete(copy);

  /* Unknown imports as traps: calling one traps. */
  wasmrt_module_t *needy = compile_wat(engine,
                                       "(module (import \"x\" \"y\" (func $y))\n"
                                       "  (func (export \"go\") call $y))");
  wasmrt_linker_t *empty = wasmrt_linker_new(engine);
  check_ok(wasmrt_linker_define_unknown_imports_as_traps(empty, needy), "unknown imports");
  check_ok(wasmrt_linker_instantiate(empty, context, needy, &instance, &trap), "instantiate needy");
  CHECK(wasmrt_instance_export_get(context, &instance, "go", 2, &item));
  CHECK_ERROR(wasmrt_func_call(context, &item.of.func, NULL, 0, NULL, 0, &trap), "`x::y` has not been defined");
  wasmrt_linker_delete(empty);

  /* Unknown imports as default values, of every kind; the import the
   * linker already has (again::double, which doubles) is kept. */
  wasmrt_module_t *defaults = compile_wat(engine,
      "(module\n"
      "  (import \"env\" \"f\" (func $f (param i32) (result i32 i64)))\n"
      "  (import \"env\" \"g\" (global $g (mut i32)))\n"
      "  (import \"env\" \"t\" (table $t 3 funcref))\n"
      "  (import \"env\" \"m\" (memory 1))\n"
      "  (import \"again\" \"double\" (func $double (param i32) (result i32)))\n"
      "  (func (export \"probe\") (result i32)\n"
      "    (drop (call $f (i32.const 7)))\n"
      "    (i32.add (global.get $g))\n"
      "    (i32.add (table.size $t))\n"
      "    (i32.add (i32.mul (memory.size) (i32.const 10)))\n"
      "    (i32.add (i32.mul (call $double (i32.const 50)) (i32.const 100)))\n"
      "    (i32.add (if (result i32) (ref.is_null (table.get $t (i32.const 2)))\n"
      "      (then (i32.const 100000)) (else (i32.const 0))))))");
  check_ok(wasmrt_linker_define_unknown_imports_as_default_values(linker, context, defaults),
           "unknown imports as default values");
  check_ok(wasmrt_linker_instantiate(linker, context, defaults, &instance, &trap), "instantiate defaults");
  CHECK(wasmrt_instance_export_get(context, &instance, "probe", 5, &item));
  /* 0 + 0 + 3 (table) + 10 (one page) + 100 * 100 (double(50)) + 100000 (null) */
  CHECK(call_i32(context, item.of.func, NULL, 0) == 110013);
  CHECK(wasmrt_linker_get(linker, context, "env", 3, "g", 1, &item));
  CHECK(item.kind == WASMRT_EXTERN_GLOBAL);
  CHECK_ERROR(wasmrt_linker_define_unknown_imports_as_default_values(linker, NULL, defaults), "context is null");
  CHECK_ERROR(wasmrt_linker_define_unknown_imports_as_default_values(NULL, context, defaults), "linker is null");
  CHECK_ERROR(wasmrt_linker_define_unknown_imports_as_default_values(linker, context, NULL), "module is null");
  wasmrt_module_delete(defaults);

  /* Bad input. */
  CHECK(wasmrt_linker_new(NULL) == NULL);
  CHECK(wasmrt_linker_clone(NULL) == NULL);
  CHECK(wasmrt_instance_pre_module(NULL) == NULL);
  CHECK_ERROR(wasmrt_linker_define(NULL, context, "a", 1, "b", 1, &item), "linker is null");
  CHECK_ERROR(wasmrt_linker_define(linker, context, "\xff", 1, "b", 1, &item), "not valid UTF-8");
  CHECK_ERROR(wasmrt_linker_define_func(linker, "a", 1, "b", 1, NULL, offset, NULL, NULL), "ty is null");
  CHECK_ERROR(wasmrt_linker_instantiate(linker, NULL, user, &instance, &trap), "context is null");
  CHECK_ERROR(wasmrt_linker_instantiate_pre(linker, NULL, &pre), "module is null");
  CHECK_ERROR(wasmrt_instance_pre_instantiate(NULL, context, &instance, &trap), "instance_pre is null");
  CHECK_ERROR(wasmrt_linker_module(linker, context, "m", 1, NULL), "module is null");
  CHECK_ERROR(wasmrt_linker_define_unknown_imports_as_traps(linker, NULL), "module is null");
  CHECK(!wasmrt_linker_get(NULL, context, "a", 1, "b", 1, &item));

  wasmrt_linker_delete(linker);
  wasmrt_module_delete(needy);
  wasmrt_module_delete(user);
  wasmrt_module_delete(provider);
  wasmrt_store_delete(store);
  CHECK(env_finalized == 2); /* the store's functions and the linker are gone */
  wasm_engine_delete(engine);
  printf("linking: ok\n");
  return 0;
}
