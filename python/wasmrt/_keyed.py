"""Python objects that C holds by key: host functions, store callbacks,
externref objects, WASI output callables. C is handed the key as its
data pointer and a finalizer that drops the object again, so an object
lives exactly as long as C's hold on it."""

import itertools
from typing import Dict, Generic, Optional, TypeVar

from . import _ffi as ffi

T = TypeVar("T")


class Keyed(Generic[T]):
    """Objects by key, with the C finalizer that drops one."""

    def __init__(self) -> None:
        # Read directly where a lookup is on a hot path (host calls).
        self.items: Dict[int, T] = {}
        self._next = itertools.count(1)
        self.finalizer = ffi.FINALIZER(self._drop)

    def add(self, item: T) -> int:
        """Keeps `item` under a new key, and returns the key."""
        key = next(self._next)
        self.items[key] = item
        return key

    def discard(self, key: int) -> None:
        """Drops the object under `key` (for a registration C refused)."""
        self.items.pop(key, None)

    def _drop(self, key: Optional[int]) -> None:
        try:
            self.items.pop(key or 0, None)
        except Exception:  # interpreter shutting down
            pass
