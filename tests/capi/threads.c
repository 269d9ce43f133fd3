/*
 * The standard threads example, checked: one module compiled once and
 * shared (wasm_module_share), then, on each of several threads, obtained
 * in that thread's own store, instantiated with a host function and a
 * global of its own, and run. Every call reaches the host with the
 * thread's value. A store of another engine cannot obtain the module.
 */
#include <pthread.h>

#include "check.h"

enum { THREADS = 4, ROUNDS = 5 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int seen[THREADS];

static wasm_trap_t *callback(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)results;
  CHECK(args->size == 1 && args->data[0].kind == WASM_I32);
  int id = args->data[0].of.i32;
  CHECK(id >= 0 && id < THREADS);
  pthread_mutex_lock(&lock);
  seen[id]++;
  pthread_mutex_unlock(&lock);
  return NULL;
}

struct job {
  wasm_engine_t *engine;
  wasm_shared_module_t *shared;
  int id;
};

static void *run(void *data) {
  struct job *job = (struct job *)data;
  wasm_store_t *store = wasm_store_new(job->engine);
  wasm_module_t *module = wasm_module_obtain(store, job->shared);
  CHECK(module != NULL);

  wasm_functype_t *type = wasm_functype_new_1_0(wasm_valtype_new_i32());
  wasm_func_t *func = wasm_func_new(store, type, callback);
  wasm_functype_delete(type);
  wasm_globaltype_t *global_type = wasm_globaltype_new(wasm_valtype_new_i32(), WASM_CONST);
  wasm_val_t value = WASM_I32_VAL(job->id);
  wasm_global_t *global = wasm_global_new(store, global_type, &value);
  wasm_globaltype_delete(global_type);

  wasm_extern_t *items[] = {wasm_func_as_extern(func), wasm_global_as_extern(global)};
  wasm_instance_t *instance = wasm_h_instance(store, module, items, 2);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  for (int i = 0; i < ROUNDS; i++) {
    wasm_h_call(wasm_extern_as_func(exports.data[0]), NULL, 0, NULL, 0);
  }

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_global_delete(global);
  wasm_func_delete(func);
  wasm_module_delete(module);
  wasm_store_delete(store);
  return NULL;
}

int main(void) {
  const char *wat =
      "(module (func $message (import \"\" \"hello\") (param i32))"
      " (global $id (import \"\" \"id\") i32)"
      " (func (export \"run\") (call $message (global.get $id))))";
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store, wat);
  wasm_shared_module_t *shared = wasm_module_share(module);
  CHECK(shared != NULL);
  wasm_module_delete(module);
  wasm_store_delete(store);

  pthread_t threads[THREADS];
  struct job jobs[THREADS];
  for (int i = 0; i < THREADS; i++) {
    jobs[i] = (struct job){engine, shared, i};
    CHECK(pthread_create(&threads[i], NULL, run, &jobs[i]) == 0);
  }
  for (int i = 0; i < THREADS; i++) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(seen[i] == ROUNDS);
  }

  /* Another engine's store, and null arguments. */
  wasm_engine_t *other = wasm_engine_new();
  wasm_store_t *foreign_store = wasm_store_new(other);
  CHECK(wasm_module_obtain(foreign_store, shared) == NULL);
  CHECK(wasm_module_obtain(NULL, shared) == NULL && wasm_module_obtain(foreign_store, NULL) == NULL);
  CHECK(wasm_module_share(NULL) == NULL);
  wasm_store_delete(foreign_store);
  wasm_engine_delete(other);
  wasm_shared_module_delete(shared);
  wasm_shared_module_delete(NULL);
  wasm_engine_delete(engine);
  printf("threads: %d threads ran one shared module %d times each\n", THREADS, ROUNDS);
  return 0;
}
