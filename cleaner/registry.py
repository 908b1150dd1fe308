"""The rule registry: every rule by code, selection by code / prefix / name / ALL, plugins."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from .document import Block, Page

CODE_RE = re.compile(r"^[A-Z]{2}\d{2}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
SCOPES = ("line", "block", "document")


class Rule:
    """Base class of every rule. Subclasses set the class facts and implement one method.

    * ``scope = "line"``: implement :meth:`check` (one block alone; cheap) and, optionally,
      set ``pattern``: a regex that any block the rule can flag must contain (the engine
      uses it as a pre-filter).
    * ``scope = "block"`` / ``"document"``: implement :meth:`find` over the page's live blocks.

    ``examples`` are pages (one block a line) in which the lines starting with ``"- "`` must be
    removed by this rule and no other line must be; a page without such lines is a negative example.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    scope: ClassVar[str] = "line"
    default: ClassVar[bool] = True
    order: ClassVar[int] = 50
    pattern: ClassVar[re.Pattern[str] | None] = None
    page_types: ClassVar[frozenset[str] | None] = None  # run only on these page types (None: on all)
    kinds: ClassVar[frozenset[str] | None] = None  # run only on these inputs, "text" or "html" (None: on both)
    vocabulary: ClassVar[frozenset[str] | None] = None  # line rules: every word of a flagged line is in it
    # line rules: a flagged line has a word starting with one of these stems, or one of these characters
    triggers: ClassVar[frozenset[str] | None] = None
    trigger_chars: ClassVar[str] = ""
    max_words: ClassVar[int] = 10**9  # line rules never flag a longer block (words as tokens: CJK by character)
    examples: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()  # rules whose removals this one reads (run with it in its examples)

    def check(self, block: Block, page: Page) -> str | None:
        """Reason to remove ``block``, or None (line rules)."""
        raise NotImplementedError

    def find(self, page: Page) -> Iterable[tuple[int, int, str]]:
        """``(start, end, reason)`` spans of block indices to remove (block / document rules)."""
        raise NotImplementedError

    @classmethod
    def applies(cls, page: Page) -> bool:
        """Whether the rule runs on this page (its kind of input and its page type)."""
        return (cls.kinds is None or page.kind in cls.kinds) and (
            cls.page_types is None or page.page_type in cls.page_types
        )

    @classmethod
    def summary(cls) -> str:
        """The first paragraph of the rule's docstring, on one line."""
        return " ".join((inspect.getdoc(cls) or "").split("\n\n", 1)[0].split())

    @classmethod
    def documentation(cls) -> str:
        """The rule's full documentation."""
        return inspect.getdoc(cls) or ""


RULES: dict[str, type[Rule]] = {}


def validate(cls: type[Rule]) -> None:
    """Raise ValueError when ``cls`` breaks the rule conventions."""
    if not CODE_RE.match(cls.code):
        raise ValueError(f"rule code {cls.code!r} must be two capital letters and two digits")
    if not NAME_RE.match(cls.name):
        raise ValueError(f"rule {cls.code}: name {cls.name!r} must be kebab-case")
    if cls.scope not in SCOPES:
        raise ValueError(f"rule {cls.code}: scope {cls.scope!r} must be one of {SCOPES}")
    if not cls.summary():
        raise ValueError(f"rule {cls.code}: a docstring is required")


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the registry; a duplicate code or name is an error."""
    validate(cls)
    if cls.code in RULES and RULES[cls.code] is not cls:
        raise ValueError(f"duplicate rule code {cls.code}")
    if any(other.name == cls.name and other is not cls for other in RULES.values()):
        raise ValueError(f"duplicate rule name {cls.name}")
    RULES[cls.code] = cls
    return cls


def load_plugins() -> None:
    """Register the rules that installed packages publish in the ``cleaner.rules`` entry-point group."""
    for ep in entry_points(group="cleaner.rules"):
        obj = ep.load()
        for cls in obj if isinstance(obj, (list, tuple)) else [obj]:
            if cls.code not in RULES:
                register(cls)


@dataclass(frozen=True)
class RuleInfo:
    """A rule as :func:`cleaner.rules` lists it."""

    code: str
    name: str
    scope: str
    default: bool
    description: str


def infos() -> list[RuleInfo]:
    """Every registered rule, sorted by code."""
    return [
        RuleInfo(c.code, c.name, c.scope, c.default, c.summary()) for c in sorted(RULES.values(), key=lambda c: c.code)
    ]


def _matches(selector: str, cls: type[Rule]) -> bool:
    s = selector.strip()
    return s == "ALL" or s == cls.name or cls.code.startswith(s.upper()) and bool(re.fullmatch(r"[A-Za-z]{1,2}\d{0,2}", s))


def resolve(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
    available: dict[str, type[Rule]] | None = None,
) -> list[type[Rule]]:
    """The rules to run: ``select`` (default: the rules on by default) plus ``extend_select``, minus ``ignore``.

    A selector is a code (``CP01``), a prefix (``CP``), a kebab-case name or ``ALL``; an unknown one is an error.
    """
    pool = RULES if available is None else available
    for sel in [*(select or ()), *ignore, *extend_select]:
        if not any(_matches(sel, c) for c in pool.values()):
            raise ValueError(f"unknown rule selector {sel!r} (use a code, a code prefix, a rule name or ALL)")

    def pick(selectors: Iterable[str]) -> set[str]:
        sels = list(selectors)
        return {code for code, c in pool.items() if any(_matches(s, c) for s in sels)}

    chosen = pick(select) if select is not None else {code for code, c in pool.items() if c.default}
    chosen |= pick(extend_select)
    chosen -= pick(ignore)
    return sorted((pool[c] for c in chosen), key=lambda c: (c.order, c.code))
