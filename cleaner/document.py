"""The page model: blocks with their features, spans that rules report, and the Result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Block:
    """One unit of the page: a line of scraped text or a block element of HTML.

    ``text`` is whitespace-normalised; ``first``/``last`` are 1-based input line numbers.
    The measured features are filled once by :func:`cleaner.features.measure`.
    """

    index: int
    text: str
    first: int
    last: int
    # markup signals (HTML input only; neutral defaults for plain text)
    tag: str = ""
    link_density: float = 0.0
    heading: int = 0
    in_list: bool = False
    in_table: bool = False
    in_main: bool = False
    container: Container | None = None  # innermost enclosing element (HTML only); its chain leads to <body>
    # measured features
    words: int = 0
    stop_ratio: float = 0.0
    ends_sentence: bool = False
    capital_ratio: float = 0.0
    digit_ratio: float = 0.0
    key: str = ""
    measured: str = ""  # the language the features were measured for
    markers: str | None = None  # page-type evidence in this block (see cleaner.pagetype), found once
    # the span that removed this block, if any
    removed_by: Span | None = None

    @property
    def alive(self) -> bool:
        return self.removed_by is None

    @property
    def path(self) -> str:
        """The element path of the block's element (HTML only): ``body/main/article.story/p``."""
        return self.container.path if self.container is not None else ""

    @property
    def tokens(self) -> frozenset[str]:
        """The class/id tokens of the block's element and every element around it (HTML only)."""
        if self.container is None:
            return frozenset()
        return frozenset().union(*(node.tokens for node in self.container.chain()))


@dataclass(slots=True, eq=False)
class Container:
    """An HTML element that encloses blocks, with its own markup signals (``parent`` leads outwards)."""

    index: int  # document order
    tag: str
    name: str  # this element's step of the path: ``div#comments``, ``section.most-read``
    tokens: frozenset[str] = frozenset()  # this element's class/id tokens
    role: str = ""
    main: bool = False  # article, main, itemprop=articleBody, role=main, or the JSON-LD articleBody region
    parent: Container | None = None
    _path: str = ""

    @property
    def path(self) -> str:
        """The element path from ``body``: ``body/main/article.story/div.story-body``."""
        if not self._path:
            self._path = f"{self.parent.path}/{self.name}" if self.parent is not None else self.name
        return self._path

    def chain(self) -> list[Container]:
        """This element and its enclosing elements, innermost first."""
        out: list[Container] = []
        node: Container | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out


@dataclass(slots=True)
class Span:
    """Blocks ``start``..``end - 1`` (block indices) flagged by rule ``rule`` for ``reason``.

    Internal and never changed once made; not frozen, as a frozen dataclass takes three times as long to make
    (one is made for every removed line)."""

    rule: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed block as the user sees it."""

    rule: str
    reason: str
    text: str
    lines: tuple[int, int]
    path: str = ""


@dataclass(slots=True)
class Page:
    """A page being cleaned: its blocks plus what the rules learned about it."""

    blocks: list[Block]
    kind: str = "text"
    language: str = "und"
    page_type: str = "article"
    title: str = ""
    headline: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)

    def alive(self) -> list[Block]:
        """Blocks no rule has removed yet, in page order."""
        return [b for b in self.blocks if b.removed_by is None]


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`cleaner.clean_document` returns."""

    text: str
    title: str
    metadata: dict[str, Any]
    removed: tuple[Removal, ...]
    page_type: str
    language: str
    timed_out: bool = False

    def counts(self) -> dict[str, int]:
        """Removed blocks per rule code."""
        out: dict[str, int] = {}
        for r in self.removed:
            out[r.rule] = out.get(r.rule, 0) + 1
        return out
