"""Finding libwasmrt: WASMRT_LIB, and the error naming the places tried."""

import os
import shutil
import subprocess
import sys

import wasmrt
from wasmrt import _lib

PACKAGE = os.path.dirname(os.path.abspath(wasmrt.__file__))


def run_copy(tmp_path, env_lib):  # type: ignore[no-untyped-def]
    """Imports a copy of the package that has no library beside it and is
    not in a checkout."""
    dest = tmp_path / "site"
    shutil.copytree(PACKAGE, dest / "wasmrt",
                    ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    env = dict(os.environ)
    env.pop("WASMRT_LIB", None)
    if env_lib is not None:
        env["WASMRT_LIB"] = env_lib
    code = "import wasmrt, wasmrt._lib as l; print(l.library_path)"
    return subprocess.run([sys.executable, "-c", code], cwd=str(dest), env=env,
                          capture_output=True, text=True)


def test_wasmrt_lib_is_used(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_copy(tmp_path, _lib.library_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == _lib.library_path


def test_error_names_every_place_tried(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_copy(tmp_path, "/nonexistent/libwasmrt.so")
    assert result.returncode != 0
    assert "cannot find the shared library" in result.stderr
    assert "/nonexistent/libwasmrt.so (not found)" in result.stderr
    assert os.path.join(str(tmp_path), "site", "wasmrt", "libwasmrt.so") in result.stderr
    assert "WASMRT_LIB" in result.stderr


def test_loaded_library_exists() -> None:
    assert os.path.isfile(_lib.library_path)
