"""Bounded memos: what pure functions made of a text (or a word), kept across pages.

Pages of one site repeat their menus, footers and labels, and later rounds see a page's lines again: a memo
works each out once. A memo holds at most ``bound`` entries; when full it starts afresh (memory stays bounded
over any number of pages, and a hit costs one dict lookup).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Bounded(dict[K, V]):
    """A dict of at most ``bound`` entries, emptied when a new one would pass the bound."""

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound

    def keep(self, key: K, value: V) -> V:
        """Store ``value`` under ``key`` and return it."""
        if len(self) >= self.bound:
            self.clear()
        self[key] = value
        return value


class Memo(Bounded[K, V], Generic[K, V]):
    """``memo[key]`` is ``compute(key)``, worked out on first sight."""

    def __init__(self, compute: Callable[[K], V], bound: int) -> None:
        super().__init__(bound)
        self.compute = compute

    def __missing__(self, key: K) -> V:
        return self.keep(key, self.compute(key))


class Recent(Generic[K, V]):
    """The last ``size`` answers of a function of one page's blocks, newest first: the rules of a round (and the
    next round) often ask the same of the same blocks. Cleared when the page is done (it would keep them alive)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: list[tuple[K, V]] = []

    def get(self, key: K) -> V | None:
        """The answer remembered for ``key``, or None."""
        for known, value in self.items:
            if known == key:
                return value
        return None

    def keep(self, key: K, value: V) -> V:
        """Remember ``value`` for ``key`` (the oldest answer goes) and return it."""
        self.items.insert(0, (key, value))
        del self.items[self.size :]
        return value

    def clear(self) -> None:
        """Forget every answer."""
        self.items.clear()
