#!/usr/bin/env bash
# Runs the Python package's tests (python/tests, pytest) against the
# libwasmrt.so that `cargo build --release` made, through WASMRT_LIB: no
# second build. Python: $WASMRT_PYTHON, else target/pyvenv (made by
# .ci/run), else python3; it needs pytest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-target}
case "$target" in /*) ;; *) target="$root/$target" ;; esac
export WASMRT_LIB="$target/release/libwasmrt.so"
if [ ! -f "$WASMRT_LIB" ]; then
    echo "error: $WASMRT_LIB is missing: run \`cargo build --release\` first" >&2
    exit 1
fi
python=${WASMRT_PYTHON:-}
if [ -z "$python" ]; then
    if [ -x "$root/target/pyvenv/bin/python" ]; then
        python="$root/target/pyvenv/bin/python"
    else
        python=python3
    fi
fi
case "$python" in
    /*) ;;
    */*) python="$(cd "$(dirname "$python")" && pwd)/$(basename "$python")" ;;
esac
if ! "$python" -c 'import pytest' >/dev/null 2>&1; then
    echo "error: $python has no pytest; for example:" >&2
    echo "  python3 -m venv target/pyvenv && target/pyvenv/bin/pip install pytest" >&2
    exit 1
fi
cd "$root/python"
PYTHONDONTWRITEBYTECODE=1 exec "$python" -m pytest -q -p no:cacheprovider tests
