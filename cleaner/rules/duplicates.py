"""DU: repeated text — the title line that repeats the headline, and any line printed again."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Page
from ..features import comparison_key
from ..registry import Rule, register
from .base import quote

# " - Site", " | Site", " — Site", " :: Site", " · Site", "_Site": how titles glue the site's name to the headline.
_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[-|–—:·•/»]|::)\s+|(?<!\s)\s*[_｜|]\s*")
TITLE_SEARCH = 40  # blocks after the title line in which to look for the headline
OTHER_PAGE_MIN_WORDS = 6  # off articles, shorter repeats are labels repeated by design (a category under each item)


def _title_candidates(title: str) -> set[str]:
    """The title, and what is left when the site's name is cut off at any separator, on either side."""
    out = {title}
    for m in _TITLE_SEPARATOR.finditer(title):
        out.add(title[: m.start()])
        out.add(title[m.end() :])
    return out


@register
class TitleLine(Rule):
    """The page title line when the headline follows it ("Headline - Site Name" then "Headline").

    Why: scrapers put the page's ``<title>`` first (the first line no other rule removed); it repeats
    the headline, often with the site's name appended. The headline is kept once (the copy in the text,
    or the title line when it is an exact copy; further copies go too), and recorded as ``.title``.
    False positives: none: the line is removed only when a copy of its headline follows.
    """

    code = "DU01"
    name = "title-line"
    scope = "document"
    kinds = frozenset({"text"})  # an HTML page's title is in <title>, not among its blocks
    order = 5
    examples = (
        "- EU police cripple propaganda servers - World News\nHome\nEU police cripple propaganda servers\n"
        "Police in eight countries took servers offline this week, officials said on Friday.",
        "EU police cripple propaganda servers\nPolice in eight countries took servers offline, officials said.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        if len(blocks) < 2:
            return
        title = blocks[0]
        parts = sorted(_title_candidates(title.text), key=lambda part: (-len(part), part))  # same order every run
        window = blocks[1 : TITLE_SEARCH + 1]
        later = {}
        for block in window:
            if block.key:
                later.setdefault(block.key, block)
        for key in (comparison_key(p) for p in parts):
            headline = later.get(key)
            if headline is None or not (len(key.split()) >= 2 or len(key) >= 6):
                continue
            # one headline stays: the title line itself when it is an exact copy, else the first copy below it
            keep = title if title.key == key else headline
            page.title = keep.text
            page.headline = keep.index
            if keep is headline:
                yield title.index, title.index + 1, f"page title repeating the headline on line {headline.first}"
            for block in window:
                if block.key == key and block is not keep:
                    yield block.index, block.index + 1, f"copy of the headline on line {keep.first}"
            return


@register
class RepeatedLine(Rule):
    """A line that repeats an earlier line: the headline printed twice, a menu at top and bottom, an article
    printed again.

    Why: a page's text never needs the same line twice; the first copy is kept. Lines are compared
    case- and punctuation-insensitively. False positives: a refrain or a table cell that legitimately
    repeats ("Yes") — lines of one short word are left alone, and on pages other than articles, lines
    under six words.
    """

    code = "DU02"
    name = "repeated-line"
    scope = "document"
    order = 20
    examples = (
        "EU police cripple propaganda servers\n- EU police cripple propaganda servers\n"
        "Police in eight countries took servers offline this week, officials said on Friday.",
        "Police in eight countries took servers offline.\nOfficials said more arrests could follow soon.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        seen: dict[str, int] = {}
        # on listings and shops a short label may be repeated by design (a category under each item)
        min_words = 1 if page.page_type == "article" else OTHER_PAGE_MIN_WORDS
        for block in page.alive():
            key = block.key
            if not key or (" " not in key and len(key) < 8) or block.words < min_words:
                continue
            if key in seen:
                yield block.index, block.index + 1, f"repeat of line {seen[key]} {quote(block.text)}"
            else:
                seen[key] = block.first
