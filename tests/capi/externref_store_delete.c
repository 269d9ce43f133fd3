/*
 * Deleting a store releases the externref roots C still holds for it:
 * their finalizers run once, with the store's deletion (found by
 * fuzz/capi: they never ran, and their values leaked).
 */
#include "check.h"

static int finalized;

static void finalize(void *data) {
  CHECK(data == &finalized);
  finalized++;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *cx = wasmrt_store_context(store);
  wasmrt_externref_t a, b, kept;
  CHECK(wasmrt_externref_new(cx, &finalized, finalize, &a));
  CHECK(wasmrt_externref_new(cx, &finalized, finalize, &b));
  wasmrt_externref_clone(&a, &kept);
  wasmrt_externref_unroot(&b); /* released by the embedder: gone at the next gc */
  check_ok(wasmrt_context_gc(cx), "wasmrt_context_gc");
  CHECK(finalized == 1);

  /* A root in another store stays. */
  wasmrt_store_t *other = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_externref_t theirs;
  CHECK(wasmrt_externref_new(wasmrt_store_context(other), &finalized, finalize, &theirs));

  wasmrt_store_delete(store); /* `a` and its clone `kept` are still rooted */
  CHECK(finalized == 2);
  CHECK(wasmrt_externref_data(wasmrt_store_context(other), &theirs) == &finalized);
  wasmrt_externref_unroot(&theirs);
  wasmrt_store_delete(other);
  CHECK(finalized == 3);
  wasm_engine_delete(engine);
  printf("ok\n");
  return 0;
}
