"""Case-insensitive searches, faster on ASCII text.

Python's ``re`` matches an IGNORECASE pattern far slower than a case-sensitive one. On ASCII text, a pattern
whose letters are all lowercase finds exactly the same matches without the flag in the lowercased text,
provided it holds no character that IGNORECASE pairs with an ASCII letter (``ſ``, ``ı``, ``İ``, the Kelvin
sign). :class:`Search` checks that on the parsed pattern once and then takes the fast way where it may.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_parse  # type: ignore[no-redef]

_CASE_FREE = frozenset({"ANY", "AT", "CATEGORY", "NEGATE", "GROUPREF"})  # no letters of their own
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def ascii_lower(text: str) -> str | None:
    """``text`` lowercased when it is ASCII (what :class:`Search` reads the fast way), else None."""
    return text.lower() if text.isascii() else None


class Search:
    """``pattern.search(text) is not None``, run without IGNORECASE on lowercased ASCII text when that is exact."""

    __slots__ = ("folded", "pattern")

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.folded = _without_ignorecase(pattern)

    def __call__(self, text: str, lower: str | None) -> bool:
        """Whether the pattern occurs in ``text``; ``lower`` is :func:`ascii_lower` of ``text``."""
        if lower is not None and self.folded is not None:
            return self.folded.search(lower) is not None
        return self.pattern.search(text) is not None


def _without_ignorecase(pattern: Any) -> re.Pattern[str] | None:
    """The pattern compiled without IGNORECASE when it matches lowercased ASCII text exactly alike, else None."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    flags = pattern.flags
    if not flags & re.IGNORECASE or flags & re.LOCALE:
        return None
    try:
        caseless = _lowercase_only(sre_parse.parse(pattern.pattern, flags))
    except (re.error, TypeError, ValueError, IndexError):  # an unfamiliar parse tree: keep the plain search
        return None
    return re.compile(pattern.pattern, flags & ~re.IGNORECASE) if caseless else None


def _lowercase_only(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether every character the parsed pattern names is one IGNORECASE pairs with no other ASCII letter."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            ok = _lowercase_range(av, av)
        elif name == "RANGE":
            ok = _lowercase_range(*av)
        elif name in ("IN", "ATOMIC_GROUP"):
            ok = _lowercase_only(av)
        elif name in _REPEATS:
            ok = _lowercase_only(av[2])
        elif name == "SUBPATTERN":  # (group, added flags, removed flags, pattern): local flags change the case
            ok = not av[1] and not av[2] and _lowercase_only(av[3])
        elif name == "BRANCH":
            ok = all(_lowercase_only(branch) for branch in av[1])
        elif name in ("ASSERT", "ASSERT_NOT"):
            ok = _lowercase_only(av[1])
        elif name == "GROUPREF_EXISTS":
            ok = _lowercase_only(av[1]) and (av[2] is None or _lowercase_only(av[2]))
        else:
            ok = name in _CASE_FREE
        if not ok:
            return False
    return True


@lru_cache(maxsize=1024)
def _lowercase_range(lo: int, hi: int) -> bool:
    """Whether code points ``lo``..``hi`` hold no capital ASCII letter and nothing IGNORECASE pairs with one."""
    if lo <= ord("Z") and hi >= ord("A"):
        return False
    if hi < 128:
        return True
    members = f"[{re.escape(chr(max(lo, 128)))}-{re.escape(chr(hi))}]"
    return re.search(members, string.ascii_letters, re.IGNORECASE) is None
