/*
 * The standard reflect example, checked: every import and export of a
 * module and of an instance printed with its kind and full type, and the
 * text compared with what it must be.
 */
#include "check.h"

static char out[4096];
static size_t used = 0;

static void say(const char *format, ...) __attribute__((format(printf, 1, 2)));

#include <stdarg.h>
static void say(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vsnprintf(out + used, sizeof out - used, format, args);
  va_end(args);
  CHECK(n >= 0 && used + (size_t)n < sizeof out);
  used += (size_t)n;
}

static const char *kind_name(wasm_valkind_t kind) {
  switch (kind) {
  case WASM_I32: return "i32";
  case WASM_I64: return "i64";
  case WASM_F32: return "f32";
  case WASM_F64: return "f64";
  case WASM_EXTERNREF: return "externref";
  case WASM_FUNCREF: return "funcref";
  default: return "?";
  }
}

static void say_valtypes(const wasm_valtype_vec_t *types) {
  say("[");
  for (size_t i = 0; i < types->size; i++) {
    say("%s%s", i ? " " : "", kind_name(wasm_valtype_kind(types->data[i])));
  }
  say("]");
}

static void say_limits(const wasm_limits_t *limits) {
  say("%u", limits->min);
  if (limits->max != wasm_limits_max_default) say(" %u", limits->max);
}

static void say_externtype(const wasm_externtype_t *type) {
  switch (wasm_externtype_kind(type)) {
  case WASM_EXTERN_FUNC: {
    const wasm_functype_t *f = wasm_externtype_as_functype_const(type);
    say("func ");
    say_valtypes(wasm_functype_params(f));
    say(" -> ");
    say_valtypes(wasm_functype_results(f));
    break;
  }
  case WASM_EXTERN_GLOBAL: {
    const wasm_globaltype_t *g = wasm_externtype_as_globaltype_const(type);
    say("global %s %s", wasm_globaltype_mutability(g) == WASM_VAR ? "var" : "const",
        kind_name(wasm_valtype_kind(wasm_globaltype_content(g))));
    break;
  }
  case WASM_EXTERN_TABLE: {
    const wasm_tabletype_t *t = wasm_externtype_as_tabletype_const(type);
    say("table ");
    say_limits(wasm_tabletype_limits(t));
    say(" %s", kind_name(wasm_valtype_kind(wasm_tabletype_element(t))));
    break;
  }
  case WASM_EXTERN_MEMORY:
    say("memory ");
    say_limits(wasm_memorytype_limits(wasm_externtype_as_memorytype_const(type)));
    break;
  }
}

static void say_name(const wasm_name_t *name) { say("%.*s", (int)name->size, name->data); }

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = wasm_h_module(store,
                                        "(module\n"
                                        "  (import \"env\" \"f\" (func (param i32 i64) (result f64)))\n"
                                        "  (import \"env\" \"g\" (global (mut f32)))\n"
                                        "  (import \"env\" \"t\" (table 1 funcref))\n"
                                        "  (import \"env\" \"m\" (memory 1 2))\n"
                                        "  (func (export \"func\") (param i32 f32 externref) (result i32 i64)\n"
                                        "    i32.const 0 i64.const 0)\n"
                                        "  (global (export \"global\") f64 (f64.const 0))\n"
                                        "  (table (export \"table\") 0 50 externref))");
  wasm_importtype_vec_t imports;
  wasm_module_imports(module, &imports);
  for (size_t i = 0; i < imports.size; i++) {
    say("import ");
    say_name(wasm_importtype_module(imports.data[i]));
    say(".");
    say_name(wasm_importtype_name(imports.data[i]));
    say(": ");
    say_externtype(wasm_importtype_type(imports.data[i]));
    say("\n");
  }
  wasm_importtype_vec_delete(&imports);
  wasm_exporttype_vec_t exports;
  wasm_module_exports(module, &exports);
  for (size_t i = 0; i < exports.size; i++) {
    say("export ");
    say_name(wasm_exporttype_name(exports.data[i]));
    say(": ");
    say_externtype(wasm_exporttype_type(exports.data[i]));
    say("\n");
  }
  wasm_exporttype_vec_delete(&exports);

  /* The instance's exports have the same types. */
  wasm_module_t *plain = wasm_h_module(store,
                                       "(module (func (export \"func\") (param i32) (result i32) local.get 0)\n"
                                       "  (memory (export \"memory\") 1))");
  wasm_instance_t *instance = wasm_h_instance(store, plain, NULL, 0);
  wasm_extern_vec_t items;
  wasm_instance_exports(instance, &items);
  for (size_t i = 0; i < items.size; i++) {
    wasm_externtype_t *type = wasm_extern_type(items.data[i]);
    say("instance export %zu: ", i);
    say_externtype(type);
    say("\n");
    wasm_externtype_delete(type);
  }
  wasm_functype_t *ftype = wasm_func_type(wasm_extern_as_func(items.data[0]));
  CHECK(wasm_functype_params(ftype)->size == 1);
  wasm_functype_delete(ftype);
  wasm_extern_vec_delete(&items);
  wasm_instance_delete(instance);
  wasm_module_delete(plain);

  const char *expected =
      "import env.f: func [i32 i64] -> [f64]\n"
      "import env.g: global var f32\n"
      "import env.t: table 1 funcref\n"
      "import env.m: memory 1 2\n"
      "export func: func [i32 f32 externref] -> [i32 i64]\n"
      "export global: global const f64\n"
      "export table: table 0 50 externref\n"
      "instance export 0: func [i32] -> [i32]\n"
      "instance export 1: memory 1\n";
  fputs(out, stdout);
  if (strcmp(out, expected) != 0) {
    fprintf(stderr, "expected:\n%s", expected);
    return 1;
  }
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  return 0;
}
