#!/bin/sh
# Builds the C-API fuzzer with AddressSanitizer and UndefinedBehaviorSanitizer
# against include/ and an already built libwasmrt.so, then runs it:
#   fuzz/capi/run.sh                      # seeds 0..2000 (the default)
#   fuzz/capi/run.sh --seeds 0..20000 --jobs 2
#   fuzz/capi/run.sh --seed 17            # one seed, printing each operation
# WASMRT_LIB_DIR chooses the library's folder (default target/release).
# This never runs cargo: build the library first (`cargo build --release`).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
lib_dir=${WASMRT_LIB_DIR:-$root/target/release}
out=$root/target/capi-fuzz

if [ ! -f "$lib_dir/libwasmrt.so" ]; then
  echo "run.sh: $lib_dir/libwasmrt.so is missing: build it first with \`cargo build --release\`" \
       "(or set WASMRT_LIB_DIR)" >&2
  exit 2
fi

mkdir -p "$out"
# The library's SONAME is libwasmrt.so.<major>: link it under that name
# (as tests/capi.rs does) so that the rpath finds it.
major=$(sed -n 's/^#define WASMRT_VERSION_MAJOR \([0-9]*\)$/\1/p' "$root/include/wasmrt.h")
ln -sf "$lib_dir/libwasmrt.so" "$out/libwasmrt.so.$major"

cd "$root/fuzz/capi"
${CC:-cc} -std=c11 -Wall -Wextra -Werror -g -O1 \
  -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
  -D_POSIX_C_SOURCE=200809L -I "$root/include" \
  capi_fuzz.c checks.c fixtures.c pool.c ops_calls.c ops_items.c ops_linker.c ops_wasm.c \
  -o "$out/capi_fuzz" -L "$lib_dir" -Wl,-rpath,"$out" -lwasmrt -lpthread -lm

# Sanitizers and wasmrt's signal handlers. Wasm traps are SIGSEGV/SIGILL/
# SIGFPE/SIGBUS faults that wasmrt's handlers turn into traps, passing the
# faults that are not in wasm code on to the handler installed before
# them. ASan installs its handlers at start-up and intercepts sigaction:
# - allow_user_segv_handler=1 lets wasmrt install its handlers over ASan's
#   (with 0, ASan ignores them and reports the first wasm trap as a SEGV:
#   tried);
# - handle_segv=1 (the default, stated): ASan's handler stays underneath,
#   so a real fault in C or Rust code, chained to it by wasmrt, is still
#   reported with its stack (tried: a null write in C after a wasm trap);
# - abort_on_error=1: a sanitizer report (a leak report too) kills the
#   child with SIGABRT, which the driver tells apart from a failed check
#   (exit 3); exitcode=86 marks a report that exits instead.
# use_sigaltstack and detect_stack_use_after_return make no difference
# (both values tried); they keep their defaults. LeakSanitizer stays on,
# with no suppressions.
export ASAN_OPTIONS="${ASAN_OPTIONS:-allow_user_segv_handler=1:handle_segv=1:abort_on_error=1:exitcode=86:detect_leaks=1}"
# Panics that the C layer's guards catch are printed by Rust's default hook;
# symbolising a backtrace for each is slow, and the message with its
# location is what a report needs.
export RUST_BACKTRACE=0
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"

cd "$root"
if [ $# -eq 0 ]; then
  set -- --seeds 0..2000
fi
exec "$out/capi_fuzz" --corpus "$root/fuzz/corpus" --work "$out/work" "$@"
