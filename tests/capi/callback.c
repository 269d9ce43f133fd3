/*
 * The standard callback example, checked: a host function printing the
 * value wasm passes it, and a closure (wasm_func_new_with_env) returning
 * its environment's value; wasm adds them up. The environment's finalizer
 * runs once, when the store is deleted.
 */
#include "check.h"

static int32_t printed = 0;

static wasm_trap_t *print(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 1 && args->data[0].kind == WASM_I32 && results->size == 1);
  printf("> %d\n", args->data[0].of.i32);
  printed = args->data[0].of.i32;
  wasm_val_copy(&results->data[0], &args->data[0]);
  return NULL;
}

struct closure {
  int32_t value;
  int calls;
  int finalized;
};

static wasm_trap_t *closure(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  struct closure *c = (struct closure *)env;
  c->calls++;
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = c->value;
  return NULL;
}

static void finalize(void *env) { ((struct closure *)env)->finalized++; }

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store,
                                        "(module\n"
                                        "  (func $print (import \"\" \"print\") (param i32) (result i32))\n"
                                        "  (func $closure (import \"\" \"closure\") (result i32))\n"
                                        "  (func (export \"run\") (param $x i32) (param $y i32) (result i32)\n"
                                        "    (i32.add (call $print (i32.add (local.get $x) (local.get $y)))\n"
                                        "             (call $closure))))");

  wasm_functype_t *print_type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_func_t *print_func = wasm_func_new(store, print_type, print);
  wasm_functype_delete(print_type);
  struct closure env = {42, 0, 0};
  wasm_functype_t *closure_type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *closure_func = wasm_func_new_with_env(store, closure_type, closure, &env, finalize);
  wasm_functype_delete(closure_type);

  wasm_extern_t *imports[] = {wasm_func_as_extern(print_func), wasm_func_as_extern(closure_func)};
  wasm_instance_t *instance = wasm_h_instance(store, module, imports, 2);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_val_t args[2] = {WASM_I32_VAL(3), WASM_I32_VAL(4)};
  wasm_val_t results[1] = {WASM_INIT_VAL};
  wasm_h_call(wasm_extern_as_func(exports.data[0]), args, 2, results, 1);
  printf("Printing result...\n> %d\n", results[0].of.i32);
  CHECK(printed == 7 && env.calls == 1 && results[0].kind == WASM_I32 && results[0].of.i32 == 49);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_func_delete(print_func);
  wasm_func_delete(closure_func);
  wasm_module_delete(module);
  CHECK(env.finalized == 0);
  wasm_store_delete(store);
  CHECK(env.finalized == 1);
  wasm_engine_delete(engine);
  return 0;
}
