/*
 * References of the standard wasm.h: every referenced type converts to a
 * wasm_ref_t and back, copies and conversions refer to the same object
 * (wasm_X_same), functions written into tables from C are called by
 * call_indirect, and host info belongs to the object: every handle sees
 * it, and each finalizer runs exactly once (when replaced, or when the
 * object goes away). Bad input gives NULL or false.
 */
#include "check.h"

static const char *WAT =
    "(module\n"
    "  (type $r (func (result i32)))\n"
    "  (func (export \"seven\") (result i32) i32.const 7)\n"
    "  (global (export \"g\") (mut i32) (i32.const 1))\n"
    "  (table (export \"funcs\") 2 funcref)\n"
    "  (table (export \"hosts\") 2 externref)\n"
    "  (memory (export \"mem\") 1)\n"
    "  (func (export \"call\") (param i32) (result i32) local.get 0 call_indirect (type $r))\n"
    "  (func (export \"id\") (param externref) (result externref) local.get 0))\n";

enum { SEVEN, G, FUNCS, HOSTS, MEM, CALL, ID, EXPORTS };

static int finalized[16];
static int slots[16];

static void finalize(void *info) { finalized[(int *)info - slots]++; }

static wasm_trap_t *forty_two(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = 42;
  return NULL;
}

/* Calls the export "call" with table index `index`. */
static int32_t call_indirect(wasm_func_t *call, int32_t index) {
  wasm_val_t arg = WASM_I32_VAL(index);
  wasm_val_t result = WASM_INIT_VAL;
  wasm_val_vec_t args = {1, &arg}, results = {1, &result};
  wasm_trap_t *trap = wasm_func_call(call, &args, &results);
  CHECK(trap == NULL);
  return result.of.i32;
}

static void conversions(wasm_store_t *store, wasm_module_t *module, wasm_instance_t *instance,
                        wasm_extern_vec_t *exports) {
  wasm_func_t *seven = wasm_extern_as_func(exports->data[SEVEN]);
  wasm_global_t *g = wasm_extern_as_global(exports->data[G]);
  wasm_table_t *funcs = wasm_extern_as_table(exports->data[FUNCS]);
  wasm_memory_t *mem = wasm_extern_as_memory(exports->data[MEM]);

  wasm_ref_t *r = wasm_func_as_ref(seven);
  CHECK(r != NULL && wasm_func_as_ref(seven) == r);
  CHECK(wasm_func_same(wasm_ref_as_func(r), seven));
  CHECK(wasm_ref_as_func_const(wasm_func_as_ref_const(seven)) != NULL);
  CHECK(wasm_extern_same(wasm_ref_as_extern(r), exports->data[SEVEN]));
  CHECK(wasm_ref_as_global(r) == NULL && wasm_ref_as_table(r) == NULL);
  CHECK(wasm_ref_as_memory(r) == NULL && wasm_ref_as_instance(r) == NULL);
  CHECK(wasm_ref_as_module(r) == NULL && wasm_ref_as_trap(r) == NULL);
  CHECK(wasm_ref_as_foreign(r) == NULL);

  r = wasm_global_as_ref(g);
  CHECK(wasm_global_same(wasm_ref_as_global(r), g) && wasm_ref_as_func(r) == NULL);
  CHECK(wasm_ref_as_global_const(wasm_global_as_ref_const(g)) != NULL);
  r = wasm_table_as_ref(funcs);
  CHECK(wasm_table_same(wasm_ref_as_table(r), funcs));
  CHECK(wasm_ref_as_table_const(wasm_table_as_ref_const(funcs)) != NULL);
  r = wasm_memory_as_ref(mem);
  CHECK(wasm_memory_same(wasm_ref_as_memory(r), mem));
  CHECK(wasm_ref_as_memory_const(wasm_memory_as_ref_const(mem)) != NULL);
  CHECK(!wasm_memory_same(mem, NULL) && wasm_memory_same(NULL, NULL));
  CHECK(!wasm_global_same(g, wasm_extern_as_global(exports->data[G + 1])));

  r = wasm_extern_as_ref(exports->data[SEVEN]);
  CHECK(wasm_func_same(wasm_ref_as_func(r), seven));
  CHECK(wasm_ref_as_extern_const(wasm_extern_as_ref_const(exports->data[G])) != NULL);

  r = wasm_instance_as_ref(instance);
  wasm_instance_t *instance_copy = wasm_instance_copy(wasm_ref_as_instance(r));
  CHECK(wasm_instance_same(instance_copy, instance));
  CHECK(wasm_ref_as_instance_const(wasm_instance_as_ref_const(instance)) != NULL);
  wasm_instance_delete(instance_copy);

  r = wasm_module_as_ref(module);
  wasm_module_t *module_copy = wasm_module_copy(module);
  CHECK(wasm_module_same(wasm_ref_as_module(r), module_copy));
  CHECK(wasm_ref_as_module_const(wasm_module_as_ref_const(module)) != NULL);
  wasm_module_t *other = wasm_h_module(store, "(module)");
  CHECK(!wasm_module_same(module, other));
  wasm_module_delete(other);
  wasm_module_delete(module_copy);

  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "made by the host");
  wasm_trap_t *trap = wasm_trap_new(store, &message);
  wasm_name_delete(&message);
  wasm_trap_t *trap_copy = wasm_trap_copy(wasm_ref_as_trap(wasm_trap_as_ref(trap)));
  CHECK(wasm_trap_same(trap, trap_copy) && trap_says(trap_copy, "made by the host"));
  CHECK(wasm_ref_as_trap_const(wasm_trap_as_ref_const(trap)) != NULL);
  wasm_ref_t *trap_ref = wasm_ref_copy(wasm_trap_as_ref(trap));
  CHECK(wasm_ref_same(trap_ref, wasm_trap_as_ref(trap_copy)));
  wasm_ref_delete(trap_ref);
  wasm_trap_delete(trap);
  wasm_trap_delete(trap_copy);

  wasm_foreign_t *foreign = wasm_foreign_new(store);
  wasm_foreign_t *foreign_copy = wasm_foreign_copy(foreign);
  wasm_foreign_t *stranger = wasm_foreign_new(store);
  CHECK(wasm_foreign_same(foreign, foreign_copy) && !wasm_foreign_same(foreign, stranger));
  CHECK(wasm_foreign_same(wasm_ref_as_foreign(wasm_foreign_as_ref(foreign)), foreign));
  CHECK(wasm_ref_as_foreign_const(wasm_foreign_as_ref_const(foreign)) != NULL);
  CHECK(!wasm_ref_same(wasm_foreign_as_ref(foreign), wasm_func_as_ref(seven)));
  wasm_foreign_delete(foreign_copy);
  wasm_foreign_delete(stranger);
  wasm_foreign_delete(foreign);

  /* Null everywhere. */
  CHECK(wasm_func_as_ref(NULL) == NULL && wasm_ref_as_func(NULL) == NULL);
  CHECK(wasm_foreign_new(NULL) == NULL && wasm_foreign_copy(NULL) == NULL);
  CHECK(wasm_trap_copy(NULL) == NULL && wasm_ref_copy(NULL) == NULL);
  CHECK(wasm_ref_same(NULL, NULL) && !wasm_ref_same(NULL, wasm_func_as_ref(seven)));
  CHECK(wasm_ref_get_host_info(NULL) == NULL && wasm_func_get_host_info(NULL) == NULL);
  wasm_foreign_delete(NULL);
  wasm_ref_delete(NULL);
}

static void tables_of_functions(wasm_store_t *store, wasm_extern_vec_t *exports) {
  wasm_func_t *seven = wasm_extern_as_func(exports->data[SEVEN]);
  wasm_table_t *funcs = wasm_extern_as_table(exports->data[FUNCS]);
  wasm_table_t *hosts = wasm_extern_as_table(exports->data[HOSTS]);
  wasm_func_t *call = wasm_extern_as_func(exports->data[CALL]);

  wasm_functype_t *type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *host = wasm_func_new(store, type, forty_two);
  wasm_functype_delete(type);
  CHECK(wasm_table_set(funcs, 0, wasm_func_as_ref(host)));
  CHECK(wasm_table_set(funcs, 1, wasm_func_as_ref(seven)));
  CHECK(call_indirect(call, 0) == 42 && call_indirect(call, 1) == 7);

  wasm_ref_t *got = wasm_table_get(funcs, 1);
  CHECK(wasm_func_same(wasm_ref_as_func(got), seven) && wasm_ref_same(got, wasm_func_as_ref(seven)));
  wasm_ref_delete(got);

  /* Objects that are not reference values, and the wrong kind. */
  CHECK(!wasm_table_set(funcs, 0, wasm_global_as_ref(wasm_extern_as_global(exports->data[G]))));
  wasm_foreign_t *foreign = wasm_foreign_new(store);
  CHECK(!wasm_table_set(funcs, 0, wasm_foreign_as_ref(foreign)));
  CHECK(!wasm_table_set(hosts, 0, wasm_func_as_ref(seven)));
  CHECK(wasm_table_set(hosts, 0, wasm_foreign_as_ref(foreign)));
  got = wasm_table_get(hosts, 0);
  CHECK(wasm_foreign_same(wasm_ref_as_foreign(got), foreign));
  wasm_ref_delete(got);

  /* A foreign object through wasm and back, and a global where a host
   * reference is expected. */
  wasm_func_t *id = wasm_extern_as_func(exports->data[ID]);
  wasm_val_t arg = WASM_REF_VAL(wasm_foreign_as_ref(foreign));
  wasm_val_t result = WASM_INIT_VAL;
  wasm_val_vec_t args = {1, &arg}, results = {1, &result};
  CHECK(wasm_func_call(id, &args, &results) == NULL);
  CHECK(wasm_foreign_same(wasm_ref_as_foreign(result.of.ref), foreign));
  wasm_val_delete(&result);
  arg.of.ref = wasm_global_as_ref(wasm_extern_as_global(exports->data[G]));
  wasm_trap_t *trap = wasm_func_call(id, &args, &results);
  CHECK(trap != NULL && trap_says(trap, "the reference is a global"));
  wasm_trap_delete(trap);

  /* A function of another store. */
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *other = wasm_store_new(engine);
  type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *stranger = wasm_func_new(other, type, forty_two);
  wasm_functype_delete(type);
  CHECK(!wasm_table_set(funcs, 0, wasm_func_as_ref(stranger)));
  CHECK(!wasm_table_grow(funcs, 1, wasm_func_as_ref(stranger)));
  wasm_limits_t limits = {1, 1};
  wasm_tabletype_t *table_type = wasm_tabletype_new(wasm_valtype_new_funcref(), &limits);
  CHECK(wasm_table_new(store, table_type, wasm_func_as_ref(stranger)) == NULL);
  wasm_tabletype_delete(table_type);
  /* ... and a host reference of another store, as an argument. */
  wasm_foreign_t *stranger_foreign = wasm_foreign_new(other);
  arg.of.ref = wasm_foreign_as_ref(stranger_foreign);
  trap = wasm_func_call(id, &args, &results);
  CHECK(trap != NULL);
  wasm_trap_delete(trap);
  CHECK(!wasm_table_set(hosts, 0, wasm_foreign_as_ref(stranger_foreign)));
  wasm_foreign_delete(stranger_foreign);
  wasm_func_delete(stranger);
  wasm_store_delete(other);
  wasm_engine_delete(engine);

  wasm_foreign_delete(foreign);
  wasm_func_delete(host);
}

/* Host info: set through one handle, read through others. */
static void host_info(wasm_engine_t *engine) {
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store, WAT);
  wasm_instance_t *instance = wasm_instance_new(store, module, NULL, NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_func_t *seven = wasm_extern_as_func(exports.data[SEVEN]);

  wasm_func_set_host_info_with_finalizer(seven, &slots[0], finalize);
  wasm_extern_vec_t again;
  wasm_instance_exports(instance, &again);
  CHECK(wasm_func_get_host_info(wasm_extern_as_func(again.data[SEVEN])) == &slots[0]);
  CHECK(wasm_extern_get_host_info(again.data[SEVEN]) == &slots[0]);
  CHECK(wasm_ref_get_host_info(wasm_func_as_ref(seven)) == &slots[0]);
  wasm_func_set_host_info_with_finalizer(seven, &slots[1], finalize);
  CHECK(finalized[0] == 1 && finalized[1] == 0);
  wasm_ref_set_host_info(wasm_extern_as_ref(again.data[SEVEN]), &slots[2]);
  CHECK(finalized[1] == 1 && wasm_func_get_host_info(seven) == &slots[2]);
  wasm_func_set_host_info(seven, &slots[3]);
  CHECK(wasm_func_get_host_info(seven) == &slots[3]);
  wasm_ref_set_host_info_with_finalizer(wasm_func_as_ref(seven), &slots[4], finalize);

  wasm_global_set_host_info_with_finalizer(wasm_extern_as_global(exports.data[G]), &slots[5], finalize);
  CHECK(wasm_global_get_host_info(wasm_extern_as_global(again.data[G])) == &slots[5]);
  wasm_global_set_host_info(wasm_extern_as_global(exports.data[G]), &slots[5]);
  CHECK(finalized[5] == 1);
  wasm_table_set_host_info_with_finalizer(wasm_extern_as_table(exports.data[FUNCS]), &slots[6], finalize);
  wasm_table_set_host_info(wasm_extern_as_table(exports.data[HOSTS]), &slots[7]);
  CHECK(wasm_table_get_host_info(wasm_extern_as_table(again.data[FUNCS])) == &slots[6]);
  CHECK(wasm_table_get_host_info(wasm_extern_as_table(again.data[HOSTS])) == &slots[7]);
  wasm_memory_set_host_info_with_finalizer(wasm_extern_as_memory(exports.data[MEM]), &slots[8], finalize);
  CHECK(wasm_memory_get_host_info(wasm_extern_as_memory(again.data[MEM])) == &slots[8]);
  wasm_memory_set_host_info(wasm_extern_as_memory(exports.data[MEM]), &slots[8]);
  wasm_extern_set_host_info_with_finalizer(exports.data[CALL], &slots[9], finalize);
  wasm_extern_set_host_info(exports.data[ID], &slots[9]);
  CHECK(wasm_func_get_host_info(wasm_extern_as_func(again.data[ID])) == &slots[9]);
  wasm_instance_set_host_info_with_finalizer(instance, &slots[10], finalize);
  wasm_instance_t *instance_copy = wasm_instance_copy(instance);
  CHECK(wasm_instance_get_host_info(instance_copy) == &slots[10]);
  wasm_instance_set_host_info(instance_copy, &slots[10]);
  CHECK(finalized[10] == 1);
  wasm_instance_set_host_info_with_finalizer(instance_copy, &slots[10], finalize);
  wasm_instance_delete(instance_copy);

  /* A module's and a trap's host info live until their last handle. */
  wasm_module_t *module_copy = wasm_module_copy(module);
  wasm_module_set_host_info_with_finalizer(module_copy, &slots[11], finalize);
  CHECK(wasm_module_get_host_info(module) == &slots[11]);
  wasm_module_set_host_info(module, &slots[11]);
  CHECK(finalized[11] == 1);
  wasm_module_set_host_info_with_finalizer(module, &slots[11], finalize);
  wasm_module_delete(module_copy);
  CHECK(finalized[11] == 1);
  wasm_module_delete(module);
  CHECK(finalized[11] == 2);

  wasm_message_t message;
  wasm_name_new_from_string_nt(&message, "a trap");
  wasm_trap_t *trap = wasm_trap_new(store, &message);
  wasm_name_delete(&message);
  wasm_trap_set_host_info_with_finalizer(trap, &slots[12], finalize);
  wasm_trap_t *trap_copy = wasm_trap_copy(trap);
  CHECK(wasm_trap_get_host_info(trap_copy) == &slots[12]);
  wasm_trap_set_host_info(trap_copy, &slots[12]);
  CHECK(finalized[12] == 1);
  wasm_trap_set_host_info_with_finalizer(trap_copy, &slots[12], finalize);
  wasm_trap_delete(trap);
  CHECK(finalized[12] == 1);
  wasm_trap_delete(trap_copy);
  CHECK(finalized[12] == 2);

  /* A foreign object lives while a table holds it. */
  wasm_foreign_t *foreign = wasm_foreign_new(store);
  wasm_foreign_set_host_info_with_finalizer(foreign, &slots[13], finalize);
  CHECK(wasm_table_set(wasm_extern_as_table(exports.data[HOSTS]), 1, wasm_foreign_as_ref(foreign)));
  wasm_ref_t *held = wasm_table_get(wasm_extern_as_table(again.data[HOSTS]), 1);
  CHECK(wasm_foreign_get_host_info(wasm_ref_as_foreign(held)) == &slots[13]);
  wasm_ref_delete(held);
  wasm_foreign_set_host_info(foreign, &slots[14]);
  CHECK(finalized[13] == 1 && wasm_foreign_get_host_info(foreign) == &slots[14]);
  wasm_foreign_set_host_info_with_finalizer(foreign, &slots[13], finalize);
  wasm_foreign_delete(foreign);
  CHECK(finalized[13] == 1);

  /* On a null object, the finalizer runs at once. */
  wasm_func_set_host_info_with_finalizer(NULL, &slots[15], finalize);
  CHECK(finalized[15] == 1);

  wasm_extern_vec_delete(&again);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  int before[16];
  memcpy(before, finalized, sizeof before);
  wasm_store_delete(store);
  /* Deleting the store finalizes what its items and the foreign object
   * still held, each once. */
  int expected[16] = {1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 2, 2, 2, 2, 0, 1};
  for (int i = 0; i < 16; i++) {
    if (finalized[i] != expected[i]) {
      fprintf(stderr, "slot %d: finalized %d times (before the store's deletion %d), expected %d\n", i,
              finalized[i], before[i], expected[i]);
      exit(1);
    }
  }
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store, WAT);
  wasm_instance_t *instance = wasm_instance_new(store, module, NULL, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  CHECK(exports.size == EXPORTS);

  conversions(store, module, instance, &exports);
  tables_of_functions(store, &exports);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);

  host_info(engine);
  wasm_engine_delete(engine);
  printf("references: conversions, identity and host info checked\n");
  return 0;
}
