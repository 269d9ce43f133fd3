#!/usr/bin/env bash
# The packaging test (issue 11). It installs wasmrt with its CMake package
# (cmake/) into a temporary prefix, checks the installed layout, and then
# builds and runs examples-c (ctest) three ways:
#   - find_package(wasmrt) against the install,
#   - FetchContent (SOURCE_SUBDIR cmake) and add_subdirectory(cmake),
#     without installing,
#   - plain cc with `pkg-config --cflags --libs wasmrt`,
# each linked shared and static. It also runs every example under
# valgrind, and checks that a program linked against libwasmrt.so.0 keeps
# running after wasmrt is rebuilt and reinstalled with the next patch
# version.
#
# It reuses the release build in target/ (run `cargo build --release`
# first, as the README's test command does): cargo is invoked only to find
# that build up to date, except for the patch-version rebuild, which
# builds the wasmrt crate alone in a scratch folder that shares target/'s
# compiled dependencies.
#
# Prints one line per step and a closing `N passed, N failed`.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
# Inside target/, so that the patch-version rebuild can hard-link
# target/'s compiled dependencies (same filesystem).
mkdir -p "$repo/target"
work=$(mktemp -d "$repo/target/packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
jobs=$(nproc 2>/dev/null || echo 2)

for tool in cmake ctest pkg-config valgrind readelf cc c++; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: \`$tool\` is not installed (.ci/run installs it)" >&2
        exit 1
    fi
done
if [ ! -f "$repo/target/release/libwasmrt.so" ] || [ ! -f "$repo/target/release/libwasmrt.a" ]; then
    echo "error: no release build in $repo/target/release: run \`cargo build --release\` first" >&2
    exit 1
fi

version=$(sed -n 's/^version = "\([0-9]*\.[0-9]*\.[0-9]*\)"$/\1/p' "$repo/Cargo.toml" | head -n 1)
major=${version%%.*}
minor_patch=${version#*.}
next_version="$major.${minor_patch%%.*}.$((${minor_patch#*.} + 1))"

passed=0
failed=0

# step NAME COMMAND...: runs COMMAND with its output in a log; prints
# NAME with ok (and ctest's summary line, if any) or FAILED with the log's
# end.
step() {
    local name=$1
    shift
    local log="$work/step-$((passed + failed)).log"
    if "$@" >"$log" 2>&1; then
        passed=$((passed + 1))
        local summary
        summary=$(grep -E '^[0-9]+% tests passed' "$log" || true)
        echo "$name: ok${summary:+ ($summary)}"
    else
        failed=$((failed + 1))
        echo "$name: FAILED"
        tail -n 60 "$log" | sed 's/^/    /'
    fi
}

# Configures, builds and tests examples-c (or a consumer of it) in BUILD.
build_and_test() {
    local source=$1 build=$2
    shift 2
    cmake -S "$source" -B "$build" "$@" &&
        cmake --build "$build" -j "$jobs" &&
        ctest --test-dir "$build" --output-on-failure
}

# Fails unless every example executable under BUILD was linked without
# libwasmrt.so (that is, statically).
linked_statically() {
    local build=$1 found=0 exe
    while IFS= read -r exe; do
        found=1
        if readelf -d "$exe" | grep -F "libwasmrt.so"; then
            echo "$exe needs the shared library"
            return 1
        fi
    done < <(find "$build" -type f \( -name hello -o -name cpp_raii \))
    [ "$found" = 1 ] || { echo "no example executables under $build"; return 1; }
}

# As build_and_test, for a static link.
build_and_test_static() {
    build_and_test "$@" && linked_statically "$2"
}

install_wasmrt() {
    cmake -S "$repo/cmake" -B "$work/build-wasmrt" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DWASMRT_CARGO_TARGET_DIR="$repo/target" &&
        cmake --build "$work/build-wasmrt" &&
        cmake --install "$work/build-wasmrt"
}

check_layout() {
    local lib="$prefix/lib"
    for f in "libwasmrt.so.$version" libwasmrt.a cmake/wasmrt/wasmrtConfig.cmake \
        cmake/wasmrt/wasmrtConfigVersion.cmake pkgconfig/wasmrt.pc; do
        [ -f "$lib/$f" ] || { echo "missing $lib/$f"; return 1; }
    done
    for f in wasm.h wasi.h wasmrt.h; do
        cmp "$repo/include/$f" "$prefix/include/$f" || return 1
    done
    [ "$(readlink "$lib/libwasmrt.so.$major")" = "libwasmrt.so.$version" ] || { echo "bad SONAME link"; return 1; }
    [ "$(readlink "$lib/libwasmrt.so")" = "libwasmrt.so.$major" ] || { echo "bad development link"; return 1; }
    readelf -d "$lib/libwasmrt.so.$version" | grep -F "Library soname: [libwasmrt.so.$major]" || return 1
    [ "$(PKG_CONFIG_PATH="$lib/pkgconfig" pkg-config --modversion wasmrt)" = "$version" ] || return 1
    grep -F "#define WASMRT_VERSION \"$version\"" "$prefix/include/wasmrt.h" || return 1
    PKG_CONFIG_PATH="$lib/pkgconfig" pkg-config --static --libs wasmrt | grep -- '-lpthread' || return 1
}

# Builds every example with plain cc/c++ and pkg-config into OUT, linked
# shared or static.
build_with_pkg_config() {
    local link=$1 out=$2
    export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
    local cflags libs
    cflags=$(pkg-config --cflags wasmrt) || return 1
    if [ "$link" = static ]; then
        # The same flags with the archive in place of the shared library.
        libs=$(pkg-config --static --libs wasmrt | sed 's/-lwasmrt\b/-l:libwasmrt.a/') || return 1
    else
        libs="$(pkg-config --libs wasmrt) -Wl,-rpath,$prefix/lib" || return 1
    fi
    mkdir -p "$out"
    local source name
    for source in "$repo"/examples-c/*.c; do
        name=$(basename "$source" .c)
        # shellcheck disable=SC2086
        cc -std=c11 -Wall -Wextra -Werror -pthread $cflags "$source" -o "$out/$name" $libs || return 1
    done
    for source in "$repo"/examples-c/*.cc; do
        name=$(basename "$source" .cc)
        # shellcheck disable=SC2086
        c++ -std=c++17 -Wall -Wextra -Werror -pthread $cflags "$source" -o "$out/$name" $libs || return 1
    done
    build_and_test "$repo/examples-c" "$out/tests" -DWASMRT_EXAMPLES_PREBUILT_DIR="$out" || return 1
    if [ "$link" = static ]; then
        linked_statically "$out"
    fi
}

# A program linked against this release's libwasmrt.so.MAJOR, then run on
# after the next patch version is built and installed in its place.
soname_survives_a_patch_release() {
    local program="$work/still_runs"
    cc -std=c11 -Wall -Wextra -Werror -I"$prefix/include" "$repo/tests/packaging/soname/still_runs.c" \
        -o "$program" -L"$prefix/lib" -lwasmrt -Wl,-rpath,"$prefix/lib" || return 1
    readelf -d "$program" | grep -F "Shared library: [libwasmrt.so.$major]" || return 1
    local expected="built with wasmrt $version, answer 42"
    [ "$("$program")" = "$expected" ] || return 1

    # The next patch version, from a copy of the sources with its version
    # raised; its build shares target/'s compiled dependencies (hard
    # links: the copy's wasmrt gets artifacts of its own names).
    local next="$work/next"
    mkdir -p "$next/src" "$next/target/release"
    (cd "$repo" && cp -r Cargo.toml Cargo.lock build.rs cbindgen.toml src include cmake tests "$next/src/") || return 1
    sed -i "0,/^version = \"$version\"\$/s//version = \"$next_version\"/" "$next/src/Cargo.toml"
    for dir in deps build .fingerprint; do
        cp -al "$repo/target/release/$dir" "$next/target/release/" ||
            cp -a "$repo/target/release/$dir" "$next/target/release/" || return 1
    done
    rm -f "$prefix/lib/libwasmrt.so.$version"
    cmake -S "$next/src/cmake" -B "$next/build" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DWASMRT_CARGO_TARGET_DIR="$next/target" &&
        cmake --build "$next/build" &&
        cmake --install "$next/build" || return 1
    [ "$(readlink -f "$prefix/lib/libwasmrt.so.$major")" = "$prefix/lib/libwasmrt.so.$next_version" ] || return 1
    [ ! -e "$prefix/lib/libwasmrt.so.$version" ] || return 1
    local output
    output=$("$program") || return 1
    echo "after the rebuild: $output"
    [ "$output" = "$expected" ]
}

step "install into a temporary prefix" install_wasmrt
step "installed layout, SONAME, version and pkg-config file" check_layout
step "examples, find_package, shared" \
    build_and_test "$repo/examples-c" "$work/find-shared" -DCMAKE_PREFIX_PATH="$prefix"
step "examples, find_package, static" \
    build_and_test_static "$repo/examples-c" "$work/find-static" -DCMAKE_PREFIX_PATH="$prefix" \
    -DWASMRT_EXAMPLES_STATIC=ON
step "examples, FetchContent without installing, shared" \
    build_and_test "$repo/tests/packaging/subproject" "$work/fetch-shared" \
    -DWASMRT_CHECKOUT="$repo" -DWASMRT_CARGO_TARGET_DIR="$repo/target"
step "examples, FetchContent without installing, static" \
    build_and_test_static "$repo/tests/packaging/subproject" "$work/fetch-static" \
    -DWASMRT_CHECKOUT="$repo" -DWASMRT_CARGO_TARGET_DIR="$repo/target" -DWASMRT_EXAMPLES_STATIC=ON
step "examples, add_subdirectory without installing, shared" \
    build_and_test "$repo/tests/packaging/subproject" "$work/subdir-shared" \
    -DWASMRT_CHECKOUT="$repo" -DWASMRT_CARGO_TARGET_DIR="$repo/target" -DCONSUMER_USE_FETCHCONTENT=OFF
step "examples, pkg-config and cc, shared" build_with_pkg_config shared "$work/pkg-shared"
step "examples, pkg-config and cc, static" build_with_pkg_config static "$work/pkg-static"
step "examples under valgrind" \
    build_and_test "$repo/examples-c" "$work/valgrind" -DCMAKE_PREFIX_PATH="$prefix" \
    -DWASMRT_EXAMPLES_VALGRIND=ON
step "a program linked against libwasmrt.so.$major runs on after a rebuild as $next_version" \
    soname_survives_a_patch_release

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
