/*
 * externref: host data passed through wasm as an externref. Wasm keeps it
 * in a global; the host gets it back, then lets go of it, and the
 * finalizer runs once nothing refers to it any more.
 *
 *   usage: externref externref.wat
 */
#include "example.h"

struct thing {
  char name[32];
};

static void finalize(void *data) {
  struct thing *thing = data;
  printf("finalizer: freeing \"%s\"\n", thing->name);
  free(thing);
}

static wasmrt_context_t *context;
static wasmrt_instance_t instance;

/* Calls export `name` with `arg` (if not NULL), writing its result (if
 * `result` is not NULL). */
static void call(const char *name, const wasmrt_val_t *arg, wasmrt_val_t *result) {
  wasmrt_func_t func = export_func(context, &instance, name);
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_func_call(context, &func, arg, arg ? 1 : 0, result, result ? 1 : 0, &trap);
  check_call(name, error, trap);
}

static void collect(void) {
  wasmrt_error_t *error = wasmrt_context_gc(context);
  if (error != NULL)
    exit_with_error("gc failed", error, NULL);
}

int main(int argc, char **argv) {
  need_args(argc, argv, 1, "externref.wat");
  wasm_engine_t *engine = wasm_engine_new();
  if (engine == NULL)
    exit_with_error("cannot create an engine", NULL, NULL);
  wasmrt_module_t *module = load_module(engine, argv[1]);
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  if (store == NULL)
    exit_with_error("cannot create a store", NULL, NULL);
  context = wasmrt_store_context(store);
  wasm_trap_t *trap = NULL;
  wasmrt_error_t *error = wasmrt_instance_new(context, module, NULL, 0, &instance, &trap);
  check_call("cannot instantiate the module", error, trap);

  struct thing *thing = malloc(sizeof *thing);
  if (thing == NULL)
    exit_with_error("out of memory", NULL, NULL);
  snprintf(thing->name, sizeof thing->name, "a host thing");
  wasmrt_val_t ref = {.kind = WASMRT_EXTERNREF};
  if (!wasmrt_externref_new(context, thing, finalize, &ref.of.externref)) {
    free(thing);
    exit_with_error("cannot create an externref", NULL, NULL);
  }

  /* Hand it to wasm and drop our root: wasm's global keeps it alive. */
  call("keep", &ref, NULL);
  wasmrt_val_unroot(&ref);
  collect();
  printf("after gc, wasm still holds it\n");

  wasmrt_val_t back;
  call("get", NULL, &back);
  if (back.kind != WASMRT_EXTERNREF || wasmrt_externref_is_null(&back.of.externref))
    exit_with_error("`get` did not return the reference", NULL, NULL);
  const struct thing *seen = wasmrt_externref_data(context, &back.of.externref);
  printf("get() returns the host's data: \"%s\" (same pointer: %s)\n", seen ? seen->name : "(none)",
         seen == thing ? "yes" : "no");
  wasmrt_val_t is_null;
  call("is_null", &back, &is_null);
  printf("is_null(it) = %d\n", is_null.of.i32);
  wasmrt_val_unroot(&back);

  wasmrt_val_t null_ref = {.kind = WASMRT_EXTERNREF};
  wasmrt_externref_set_null(&null_ref.of.externref);
  call("is_null", &null_ref, &is_null);
  printf("is_null(null) = %d\n", is_null.of.i32);

  /* The last reference goes: the next collection runs the finalizer. */
  call("forget", NULL, NULL);
  printf("wasm forgot it; collecting\n");
  collect();
  printf("collected\n");

  wasmrt_store_delete(store);
  wasmrt_module_delete(module);
  wasm_engine_delete(engine);
  return 0;
}
