"""Finding and loading the shared library `libwasmrt`.

Places are tried in this order: the file named by the `WASMRT_LIB`
environment variable; the library beside this package (where a wheel
bundles it); and, in a source checkout, cargo's target folder
(`$CARGO_TARGET_DIR/release`, then `<checkout>/target/release`). When none
has it, the error names every place tried.
"""

import ctypes
import os
import sys
from typing import List

__all__ = ["load_library", "library_path"]

if sys.platform == "darwin":
    _NAME = "libwasmrt.dylib"
elif sys.platform == "win32":
    _NAME = "wasmrt.dll"
else:
    _NAME = "libwasmrt.so"

_HERE = os.path.dirname(os.path.abspath(__file__))


def _candidates() -> List[str]:
    places = []
    env = os.environ.get("WASMRT_LIB")
    if env:
        places.append(env)
    places.append(os.path.join(_HERE, _NAME))
    # A source checkout: python/wasmrt/ lies two levels below the root.
    root = os.path.dirname(os.path.dirname(_HERE))
    if os.path.isfile(os.path.join(root, "Cargo.toml")):
        target = os.environ.get("CARGO_TARGET_DIR")
        if target:
            places.append(os.path.join(os.path.join(root, target), "release", _NAME))
        places.append(os.path.join(root, "target", "release", _NAME))
    return places


library_path = ""


def load_library() -> ctypes.CDLL:
    """Loads libwasmrt from the first place that has it."""
    global library_path
    tried = []
    for place in _candidates():
        if not os.path.isfile(place):
            tried.append(place + " (not found)")
            continue
        try:
            lib = ctypes.CDLL(place)
        except OSError as e:
            tried.append("%s (%s)" % (place, e))
            continue
        library_path = place
        return lib
    raise ImportError(
        "wasmrt: cannot find the shared library %s; tried:\n  %s\n"
        "Build it with `cargo build --release` in the wasmrt checkout, or "
        "set WASMRT_LIB to its path." % (_NAME, "\n  ".join(tried)))
