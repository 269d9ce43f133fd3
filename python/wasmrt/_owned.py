"""A base class for Python objects that own one C object.

The C object is freed exactly once: by `close()`, at the end of a `with`
block, or when the garbage collector takes the Python object. Using the
object after that raises `ClosedError` (a `WasmrtError` and a
`ValueError`, as wasmtime-py raises `ValueError`).
"""

from typing import Any, Optional

from ._error import ClosedError


class Owned:
    """Owns `_ptr` (an integer address, None once closed)."""

    _ptr: Optional[int] = None

    def _set_ptr(self, ptr: Optional[int]) -> None:
        self._ptr = ptr

    def _delete(self, ptr: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def ptr(self) -> int:
        """The C pointer; raises `ClosedError` once closed."""
        ptr = self._ptr
        if ptr is None:
            raise ClosedError("%s is already closed" % type(self).__name__)
        return ptr

    def _consume(self) -> int:
        """Hands the C object over to a function that takes ownership."""
        ptr = self.ptr()
        self._ptr = None
        return ptr

    def close(self) -> None:
        """Frees the C object now (later calls do nothing)."""
        ptr = self._ptr
        if ptr is not None:
            self._ptr = None
            self._delete(ptr)

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass
