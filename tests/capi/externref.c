/*
 * Host references: made in C with a finalizer, passed through wasm, a host
 * function, a table and a global; roots cloned and released; the
 * finalizer runs once the last reference is gone; stale roots reported.
 */
#include "check.h"

static const char *WAT =
    "(module\n"
    "  (import \"host\" \"echo\" (func $echo (param externref) (result externref)))\n"
    "  (table $t (export \"t\") 2 externref)\n"
    "  (global $g (export \"g\") (mut externref) (ref.null extern))\n"
    "  (func (export \"id\") (param externref) (result externref) local.get 0)\n"
    "  (func (export \"via_host\") (param externref) (result externref) local.get 0 call $echo)\n"
    "  (func (export \"keep\") (param externref)\n"
    "    i32.const 1 local.get 0 table.set $t\n"
    "    local.get 0 global.set $g))\n";

static int finalized = 0;
static void finalize(void *data) {
  CHECK(*(int *)data == 1234);
  finalized++;
}

/* Returns its argument: a new root of it, as results are owned by wasmrt. */
static wasm_trap_t *echo(void *env, wasmrt_caller_t *caller, const wasmrt_val_t *args, size_t nargs,
                         wasmrt_val_t *results, size_t nresults) {
  (void)env;
  CHECK(nargs == 1 && nresults == 1 && args[0].kind == WASMRT_EXTERNREF);
  void *data = wasmrt_externref_data(wasmrt_caller_context(caller), &args[0].of.externref);
  CHECK(data != NULL && *(int *)data == 1234);
  wasmrt_val_clone(&args[0], &results[0]);
  return NULL;
}

static wasmrt_func_t export_func(wasmrt_context_t *context, const wasmrt_instance_t *instance, const char *name) {
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, instance, name, strlen(name), &item));
  return item.of.func;
}

int main(void) {
  static int payload = 1234;
  wasm_engine_t *engine = wasm_engine_new();
  wasmrt_store_t *store = wasmrt_store_new(engine, NULL, NULL);
  wasmrt_context_t *context = wasmrt_store_context(store);
  wasmrt_module_t *module = compile_wat(engine, WAT);

  wasm_functype_t *type = wasm_functype_new_1_1(wasm_valtype_new_externref(), wasm_valtype_new_externref());
  wasmrt_extern_t import;
  import.kind = WASMRT_EXTERN_FUNC;
  wasmrt_func_new(context, type, echo, NULL, NULL, &import.of.func);
  wasm_functype_delete(type);
  wasmrt_instance_t instance;
  wasm_trap_t *trap = NULL;
  check_ok(wasmrt_instance_new(context, module, &import, 1, &instance, &trap), "instantiate");

  wasmrt_val_t arg;
  arg.kind = WASMRT_EXTERNREF;
  CHECK(wasmrt_externref_new(context, &payload, finalize, &arg.of.externref));
  CHECK(!wasmrt_externref_is_null(&arg.of.externref));
  CHECK(wasmrt_externref_data(context, &arg.of.externref) == &payload);

  /* Through wasm and back, directly and through the host function. */
  const char *names[] = {"id", "via_host"};
  for (int i = 0; i < 2; i++) {
    wasmrt_func_t f = export_func(context, &instance, names[i]);
    wasmrt_val_t result;
    check_ok(wasmrt_func_call(context, &f, &arg, 1, &result, 1, &trap), names[i]);
    CHECK(trap == NULL && result.kind == WASMRT_EXTERNREF);
    CHECK(wasmrt_externref_data(context, &result.of.externref) == &payload);
    wasmrt_val_unroot(&result);
    CHECK(result.of.externref.store_id == 0);
  }

  /* A null externref passes as null. */
  wasmrt_val_t null_arg, result;
  null_arg.kind = WASMRT_EXTERNREF;
  wasmrt_externref_set_null(&null_arg.of.externref);
  wasmrt_func_t id = export_func(context, &instance, "id");
  check_ok(wasmrt_func_call(context, &id, &null_arg, 1, &result, 1, &trap), "id(null)");
  CHECK(wasmrt_externref_is_null(&result.of.externref));
  CHECK(wasmrt_externref_data(context, &result.of.externref) == NULL);

  /* Kept by wasm in a table and a global, read back by the host. */
  wasmrt_func_t keep = export_func(context, &instance, "keep");
  check_ok(wasmrt_func_call(context, &keep, &arg, 1, NULL, 0, &trap), "keep");
  wasmrt_extern_t item;
  CHECK(wasmrt_instance_export_get(context, &instance, "t", 1, &item));
  wasmrt_val_t element;
  CHECK(wasmrt_table_get(context, &item.of.table, 1, &element));
  CHECK(wasmrt_externref_data(context, &element.of.externref) == &payload);
  wasmrt_val_unroot(&element);
  CHECK(wasmrt_table_get(context, &item.of.table, 0, &element));
  CHECK(wasmrt_externref_is_null(&element.of.externref));
  CHECK(wasmrt_instance_export_get(context, &instance, "g", 1, &item));
  wasmrt_val_t global_value;
  wasmrt_global_get(context, &item.of.global, &global_value);
  CHECK(wasmrt_externref_data(context, &global_value.of.externref) == &payload);
  wasmrt_val_unroot(&global_value);

  /* Clones are roots of their own. */
  wasmrt_externref_t copy;
  wasmrt_externref_clone(&arg.of.externref, &copy);
  wasmrt_externref_unroot(&arg.of.externref);
  CHECK(wasmrt_externref_data(context, &copy) == &payload);

  /* A released root is reported, not followed. */
  wasmrt_val_t stale;
  stale.kind = WASMRT_EXTERNREF;
  stale.of.externref = copy;
  wasmrt_externref_unroot(&copy);
  CHECK(wasmrt_externref_data(context, &stale.of.externref) == NULL);
  CHECK_ERROR(wasmrt_func_call(context, &id, &stale, 1, &result, 1, &trap), "not rooted");
  wasmrt_externref_t out;
  wasmrt_externref_clone(&stale.of.externref, &out);
  CHECK(wasmrt_externref_is_null(&out));
  wasmrt_externref_unroot(&stale.of.externref); /* ignored */
  CHECK(!wasmrt_externref_new(NULL, NULL, NULL, &out));

  /* The table and global still hold it: finalized only with the store. */
  CHECK(finalized == 0);
  wasmrt_module_delete(module);
  wasmrt_store_delete(store);
  CHECK(finalized == 1);
  wasm_engine_delete(engine);
  printf("externref: ok\n");
  return 0;
}
