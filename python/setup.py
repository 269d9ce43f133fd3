"""Builds libwasmrt with cargo and bundles it in the `wasmrt` package.

`pip install ./python` (from a wasmrt checkout) runs `cargo build --release
--lib` in the checkout's root and copies the shared library into the
package beside `__init__.py`, where `wasmrt._lib` looks first. Cargo's
output folder is read from `cargo metadata`, so CARGO_TARGET_DIR (or a
cargo config) is honoured. The wheel is tagged for this platform.
"""

import json
import os
import shutil
import subprocess
import sys

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LIB = {"darwin": "libwasmrt.dylib", "win32": "wasmrt.dll"}.get(sys.platform, "libwasmrt.so")


def build_library() -> str:
    manifest = os.path.join(ROOT, "Cargo.toml")
    if not os.path.isfile(manifest):
        sys.exit("wasmrt: building needs the wasmrt source checkout (no %s)" % manifest)
    cargo = os.environ.get("CARGO", "cargo")
    subprocess.check_call([cargo, "build", "--release", "--lib", "--manifest-path", manifest])
    meta = json.loads(subprocess.check_output(
        [cargo, "metadata", "--format-version", "1", "--no-deps", "--manifest-path", manifest]))
    path = os.path.join(meta["target_directory"], "release", LIB)
    if not os.path.isfile(path):
        sys.exit("wasmrt: cargo did not produce %s" % path)
    return path


class BuildWithLibrary(build_py):
    """build_py that also puts the freshly built libwasmrt into the package."""

    def run(self) -> None:
        super().run()
        dest = os.path.join(self.build_lib, "wasmrt", LIB)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(build_library(), dest)


class PlatformDistribution(Distribution):
    """The package holds a native library: not a pure-Python wheel."""

    def has_ext_modules(self) -> bool:
        return True


setup(cmdclass={"build_py": BuildWithLibrary}, distclass=PlatformDistribution)
