"""Shared shapes for built-in rules: phrase prompts and bars of chrome words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from ..document import Block, Page
from ..features import comparison_key
from ..registry import Rule

# What may stand between the items of a bar of links: "Home | News · Sport / Contact (3)".
FILLER = " 0123456789|,;:.!?·•/\\»«›‹<>→←-–—_*+()[]{}#'\"“”"


def phrases(words: Iterable[str]) -> str:
    """Alternation of phrases, longest first, each a whole word sequence."""
    alts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(alts) + ")"


def only_phrases(text: str, pattern: re.Pattern[str]) -> bool:
    """True when ``text`` is made only of ``pattern``'s phrases (at least one), separators and numbers."""
    rest, found = pattern.subn(" ", text)
    return found > 0 and not rest.strip(FILLER)


def words_in(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def quote(text: str, limit: int = 40) -> str:
    """A short quotation of ``text`` for reasons."""
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'


class PromptRule(Rule):
    """A line rule: a short line that holds one of ``words`` (or matches ``regex``) is chrome.

    ``max_words`` keeps it off article sentences that merely mention the phrase.
    """

    words: ClassVar[tuple[str, ...]] = ()
    regex: ClassVar[str] = ""
    max_words: ClassVar[int] = 12
    what: ClassVar[str] = "chrome phrase"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.words and not cls.regex:
            cls.triggers = frozenset(comparison_key(w).split()[0] for w in cls.words if comparison_key(w))
        alts = [f"(?<!\\w){phrases(cls.words)}(?!\\w)"] if cls.words else []
        alts += [cls.regex] if cls.regex else []
        if alts:
            cls.pattern = re.compile("|".join(alts), re.I)

    def check(self, block: Block, page: Page) -> str | None:
        m = self.pattern.search(block.text) if self.pattern else None
        if m is None:
            return None
        return f"{self.what} {quote(m.group(0).strip())} in a {block.words}-word line"


class BarRule(Rule):
    """A line rule: a line made only of chrome words (buttons, links) and separators."""

    words: ClassVar[tuple[str, ...]] = ()
    what: ClassVar[str] = "bar of chrome words"
    max_words = 30

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.words:
            cls.pattern = re.compile(f"(?<!\\w){phrases(cls.words)}(?!\\w)", re.I)
            cls.vocabulary = frozenset(comparison_key(" ".join(cls.words)).split())

    def check(self, block: Block, page: Page) -> str | None:
        if not only_phrases(block.text, self.pattern):
            return None
        return f"{self.what}: {quote(block.text)}"
