// cpp_raii: wasmrt from C++17 through the C header alone. Small RAII
// wrappers of this example's own hold every wasmrt object; errors and
// traps become exceptions; nothing is freed by hand and nothing leaks,
// even when an exception is thrown.
//
//   usage: cpp_raii cpp_raii.wat
#include <wasmrt.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// unique_ptr with a wasmrt delete function as its deleter.
template <typename T, void (*Delete)(T *)>
struct Deleter {
  void operator()(T *p) const noexcept { Delete(p); }
};
template <typename T, void (*Delete)(T *)>
using Owned = std::unique_ptr<T, Deleter<T, Delete>>;
using ErrorPtr = Owned<wasmrt_error_t, wasmrt_error_delete>;
using TrapPtr = Owned<wasm_trap_t, wasm_trap_delete>;

// A byte vector filled by wasmrt, freed at the end of its scope.
struct Bytes {
  wasm_byte_vec_t vec{0, nullptr};
  Bytes() = default;
  Bytes(const Bytes &) = delete;
  ~Bytes() { wasm_byte_vec_delete(&vec); }
};

// An error as an exception; it takes the wasmrt_error_t and frees it.
struct Error : std::runtime_error {
  explicit Error(wasmrt_error_t *raw) : std::runtime_error(message(ErrorPtr(raw).get())) {}
  static std::string message(const wasmrt_error_t *error) {
    Bytes text;
    wasmrt_error_message(error, &text.vec);
    return std::string(text.vec.data, text.vec.size);
  }
};

void check(wasmrt_error_t *error) {
  if (error != nullptr) throw Error(error);
}

// A trap as an exception, with its code; it takes the trap and frees it.
struct Trap : std::runtime_error {
  explicit Trap(wasm_trap_t *raw) : Trap(TrapPtr(raw)) {}
  explicit Trap(TrapPtr trap) : std::runtime_error(message(trap.get())) {
    wasmrt_trap_code_t c;
    code = wasmrt_trap_code(trap.get(), &c) ? c : -1;
  }
  static std::string message(const wasm_trap_t *trap) {
    Bytes text;
    wasm_trap_message(trap, &text.vec);  // NUL-terminated
    return std::string(text.vec.data);
  }
  int code;
};

using Engine = Owned<wasm_engine_t, wasm_engine_delete>;
using Module = Owned<wasmrt_module_t, wasmrt_module_delete>;

// Reads and compiles a WebAssembly text file.
Module compile(const Engine &engine, const std::string &wat_path) {
  std::ifstream file(wat_path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot read " + wat_path);
  std::string wat((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  Bytes wasm;
  check(wasmrt_wat2wasm(wat.data(), wat.size(), &wasm.vec));
  wasmrt_module_t *raw = nullptr;
  check(wasmrt_module_new(engine.get(), reinterpret_cast<const uint8_t *>(wasm.vec.data), wasm.vec.size, &raw));
  return Module(raw);
}

class Store {
 public:
  explicit Store(const Engine &engine) : ptr_(wasmrt_store_new(engine.get(), nullptr, nullptr)) {
    if (!ptr_) throw std::runtime_error("cannot create a store");
  }
  wasmrt_context_t *context() const { return wasmrt_store_context(ptr_.get()); }

  wasmrt_instance_t instantiate(const Module &module) {
    wasmrt_instance_t instance;
    wasm_trap_t *trap = nullptr;
    check(wasmrt_instance_new(context(), module.get(), nullptr, 0, &instance, &trap));
    if (trap != nullptr) throw Trap(trap);
    return instance;
  }

  // Calls export `name` of `instance`: its results, or an exception.
  std::vector<wasmrt_val_t> call(const wasmrt_instance_t &instance, const std::string &name,
                                 const std::vector<wasmrt_val_t> &args, size_t nresults) {
    wasmrt_extern_t item;
    if (!wasmrt_instance_export_get(context(), &instance, name.data(), name.size(), &item) ||
        item.kind != WASMRT_EXTERN_FUNC)
      throw std::runtime_error("no exported function " + name);
    std::vector<wasmrt_val_t> results(nresults);
    wasm_trap_t *trap = nullptr;
    check(wasmrt_func_call(context(), &item.of.func, args.data(), args.size(), results.data(), nresults, &trap));
    if (trap != nullptr) throw Trap(trap);
    return results;
  }

 private:
  Owned<wasmrt_store_t, wasmrt_store_delete> ptr_;
};

}  // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s cpp_raii.wat\n", argc > 0 ? argv[0] : "cpp_raii");
    return 1;
  }
  try {
    Engine engine(wasm_engine_new());  // declared first, so destroyed last
    if (!engine) throw std::runtime_error("cannot create an engine");
    Module module = compile(engine, argv[1]);
    Store store(engine);
    wasmrt_instance_t instance = store.instantiate(module);
    for (int64_t n : {5, 20}) {
      wasmrt_val_t arg{};
      arg.kind = WASMRT_I64;
      arg.of.i64 = n;
      int64_t result = store.call(instance, "factorial", {arg}, 1)[0].of.i64;
      std::printf("factorial(%lld) = %lld\n", static_cast<long long>(n), static_cast<long long>(result));
    }
    try {
      store.call(instance, "fail", {}, 0);
      throw std::runtime_error("`fail` returned");
    } catch (const Trap &trap) {
      std::printf("fail() trapped with code %d:\n%s", trap.code, trap.what());
    }
    try {
      store.call(instance, "factorial", {}, 1);
      throw std::runtime_error("a call without arguments succeeded");
    } catch (const Error &error) {
      std::printf("factorial() without its argument: %s\n", error.what());
    }
  } catch (const std::exception &e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
  return 0;
}
