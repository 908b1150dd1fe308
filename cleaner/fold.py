"""Case-insensitive searches, faster on lowercased text.

Python's ``re`` matches an IGNORECASE pattern far slower than a case-sensitive one. On ASCII text, a pattern
whose letters are all lowercase finds exactly the same matches without the flag in the lowercased text,
provided it holds no character that IGNORECASE pairs with an ASCII letter (``ſ``, ``ı``, ``İ``, the Kelvin
sign). :class:`Search` checks that on the parsed pattern once and then takes the fast way where it may.

The same holds beyond ASCII, for a text that :func:`fold` lowercases (one that holds none of :data:`UNFOLDABLE`)
and a pattern whose characters are all lowercase and none of :data:`RARE_TWINS` ("wide").

On the fast way a search first looks for the pattern's needles, strings (or digits) one of which any match holds,
unless the pattern is anchored at the start: most lines hold none of them, and a search for a few plain strings
tells that faster than one that tries every branch of the pattern at every position. Likewise a pattern whose
branches start with ``^`` only in part is searched as two: its anchored branches matched at the start of the text
alone, the others searched for (a search would try every anchored branch again at every position).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_parse  # type: ignore[no-redef]

_CASE_FREE = frozenset({"ANY", "AT", "CATEGORY", "NEGATE", "GROUPREF"})  # no letters of their own
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
MAX_NEEDLES = 32  # more needles than this take about as long to look for as the pattern ...
LONG_PATTERN = 3  # ... unless its source is this many times as long as theirs (each branch far more than a needle)
# Of each set of lowercase letters IGNORECASE takes for one (i ı, s ſ, ς σ, β ϐ, с ᲃ, …), all but the first by code
# point: no needle holds them (written escaped: some are canonical equivalents of others, which editors normalise).
RARE_TWINS = (
    "\u0131\u017f\u03b9\u03bc\u03c3\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"  # ı ſ ι μ σ ϐ ϑ ϕ ϖ ϰ ϱ ϵ
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb06"  # ᲀ-ᲇ ẛ, ι ΐ ΰ twins, ꙋ ﬆ
)
# Letters whose lowercase is not what IGNORECASE matches them as: İ lowercases to two characters, Σ to ς at the end
# of a word, the others to one of RARE_TWINS (or are one). tests/test_fold.py derives both from the running Python.
UNFOLDABLE = RARE_TWINS + "\u0130\u0399\u039c\u03a3\ua64a"  # and İ, Ι, Μ, Σ, Ꙋ
_UNFOLDABLE = re.compile(f"[{UNFOLDABLE}]")
_RARE = re.compile(f"[{RARE_TWINS}]")


def fold(text: str) -> str | None:
    """``text`` lowercased, as :class:`Search` reads it the fast way; None when it holds one of UNFOLDABLE."""
    return text.lower() if text.isascii() or not _UNFOLDABLE.search(text) else None


class Search:
    """``pattern.search(text) is not None`` (and the pattern's matches), run without IGNORECASE on the text's
    :func:`fold` when that is exact (a search there after a search for the pattern's needles, when it has some)."""

    __slots__ = ("folded", "needles", "pattern", "rest", "start", "wide")

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.folded = _without_ignorecase(pattern)
        self.needles = None
        self.wide = False  # the fast way holds on any foldable text, not only on ASCII
        self.start = self.rest = None  # the anchored branches and the others, when the pattern has both
        if self.folded is not None:
            parsed = sre_parse.parse(self.folded.pattern, self.folded.flags)
            self.needles = None if _anchored(parsed) else _needle_search(self.folded.pattern, parsed)
            self.wide = _lowercase_only(parsed, _plain_range)
            self.start, self.rest = _split_anchored(self.folded)

    def __call__(self, text: str, lower: str | None) -> bool:
        """Whether the pattern occurs in ``text``; ``lower`` is :func:`fold` of ``text``."""
        if lower is not None and self.folded is not None and (self.wide or text.isascii()):
            if self.needles is not None and self.needles.search(lower) is None:
                return False
            if self.start is not None:  # some branch matches somewhere: an anchored one at the start
                return self.start.match(lower) is not None or self.rest.search(lower) is not None
            return self.folded.search(lower) is not None
        return self.pattern.search(text) is not None

    def matches(self, text: str, lower: str | None) -> list[str]:
        """Every match of the pattern in ``text`` (as ``finditer`` finds them), lowercased; ``lower`` is
        :func:`fold` of ``text``."""
        if lower is not None and self.folded is not None and (self.wide or text.isascii()):
            return [m.group(0) for m in self.folded.finditer(lower)]
        return [m.group(0).lower() for m in self.pattern.finditer(text)]


@lru_cache(maxsize=1024)
def _lowercase_range(lo: int, hi: int) -> bool:
    """Whether code points ``lo``..``hi`` hold no capital ASCII letter and nothing IGNORECASE pairs with one."""
    if lo <= ord("Z") and hi >= ord("A"):
        return False
    if hi < 128:
        return True
    members = f"[{re.escape(chr(max(lo, 128)))}-{re.escape(chr(hi))}]"
    return re.search(members, string.ascii_letters, re.IGNORECASE) is None


@lru_cache(maxsize=1024)
def _plain_range(lo: int, hi: int) -> bool:
    """Whether code points ``lo``..``hi`` are all lowercase and no rare twin (and, past the BMP, caseless: there
    IGNORECASE also tries a character's uppercase): IGNORECASE matches them in any foldable text as they are."""
    chars = "".join(map(chr, range(lo, hi + 1)))
    return chars == chars.lower() and not _RARE.search(chars) and (hi <= 0xFFFF or chars == chars.upper())


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


def _lowercase_only(items: Sequence[tuple[Any, Any]], plain: Callable[[int, int], bool] = _lowercase_range) -> bool:
    """Whether every character the parsed pattern names is ``plain`` (by default: one IGNORECASE pairs with no other
    ASCII letter)."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            ok = plain(av, av)
        elif name == "RANGE":
            ok = plain(*av)
        elif name in ("IN", "ATOMIC_GROUP"):
            ok = _lowercase_only(av, plain)
        elif name in _REPEATS:
            ok = _lowercase_only(av[2], plain)
        elif name == "SUBPATTERN":  # (group, added flags, removed flags, pattern): local flags change the case
            ok = not av[1] and not av[2] and _lowercase_only(av[3], plain)
        elif name == "BRANCH":
            ok = all(_lowercase_only(branch, plain) for branch in av[1])
        elif name in ("ASSERT", "ASSERT_NOT"):
            ok = _lowercase_only(av[1], plain)
        elif name == "GROUPREF_EXISTS":
            ok = _lowercase_only(av[1], plain) and (av[2] is None or _lowercase_only(av[2], plain))
        else:
            ok = name in _CASE_FREE
        if not ok:
            return False
    return True


def _split_anchored(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | tuple[None, None]:
    """The top-level branches of ``pattern`` that start with ``^`` and the others, each an alternation of its
    own; (None, None) unless it has both (and ``^`` means the start of the text: no MULTILINE or VERBOSE)."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE):
        return None, None
    anchored: list[str] = []
    others: list[str] = []
    try:
        for branch in _top_branches(pattern.pattern):
            (anchored if _anchored(sre_parse.parse(branch, pattern.flags)) else others).append(branch)
        if not anchored or not others:
            return None, None
        return re.compile("|".join(anchored), pattern.flags), re.compile("|".join(others), pattern.flags)
    except re.error:  # a branch that does not stand alone (a global flag, a group reference): keep one search
        return None, None


def _top_branches(source: str) -> list[str]:
    """``source`` cut at each ``|`` outside groups and character classes (each piece is checked by compiling it)."""
    branches: list[str] = []
    depth = 0
    start = i = 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or source[i - 1] == "[" or source[i - 2 : i] == "[^"  # "[]" and "[^]" hold a "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    return [*branches, source[start:]]


def _anchored(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether every branch of a parsed pattern starts with ``^`` (a search tries it at one position only)."""
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name == "SUBPATTERN":
        return _anchored(av[3])
    if name == "BRANCH":
        return all(_anchored(branch) for branch in av[1])
    return name == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING")


Needles = tuple[tuple[str, int], ...]  # (regex source, characters it matches), one of which any match holds


def _needle_search(source: str, parsed: Sequence[tuple[Any, Any]]) -> re.Pattern[str] | None:
    """A search for the needles of a pattern (its ``source``, parsed): up to MAX_NEEDLES of them, or any number when
    the pattern is LONG_PATTERN times as long as their alternation."""
    needles = _needles(parsed) or _needles(parsed, cap=None)
    if not needles:
        return None
    alternation = "|".join(needle for needle, _ in needles)
    if len(needles) > MAX_NEEDLES and len(source) < LONG_PATTERN * len(alternation):
        return None
    return re.compile(alternation)


def _needles(items: Sequence[tuple[Any, Any]], cap: int | None = MAX_NEEDLES) -> Needles | None:
    """Needles of a parsed pattern, when it tells: of the strings or classes a match must hold somewhere, the
    longest (then the fewest), at most ``cap`` of them (None: any number)."""
    best: Needles | None = None
    run = ""  # consecutive literal characters
    for op, av in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            continue
        found = [((re.escape(run), len(run)),)] if run else []
        if name == "SUBPATTERN" and not av[1] and not av[2]:  # a local flag would change what the needles match
            found.append(_needles(av[3], cap))
        elif name in _REPEATS and av[0]:
            found.append(_needles(av[2], cap))
        elif name == "BRANCH":
            found.append(_branch_needles(av[1], cap))
        elif name == "IN":
            found.append(_class_needles(av))
        for needles in found:
            fits = needles is not None and (cap is None or len(needles) <= cap)
            if fits and (best is None or _rank(needles) > _rank(best)):
                best = needles
        run = ""
    return best


def _rank(needles: Needles) -> tuple[int, int]:
    return min(width for _, width in needles), -len(needles)


def _branch_needles(branches: Sequence[Sequence[tuple[Any, Any]]], cap: int | None) -> Needles | None:
    """Needles of an alternation: every branch's, when every branch has some."""
    out: dict[tuple[str, int], None] = {}
    for branch in branches:
        needles = _needles(branch, cap)
        if needles is None:
            return None
        out.update(dict.fromkeys(needles))
    return tuple(out)


def _class_needles(items: Sequence[tuple[Any, Any]]) -> Needles | None:
    """A character class as needles: each of its few characters, or ``\\d``; None for any other class."""
    out: list[tuple[str, int]] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append((re.escape(chr(av)), 1))
        elif name == "RANGE" and av[1] - av[0] < MAX_NEEDLES:
            out += ((re.escape(chr(c)), 1) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            out.append((r"\d", 1))
        else:
            return None
    return tuple(out)
