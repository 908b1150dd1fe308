"""ST: structure — which blocks are the page's content, judged from their text features and their neighbours.

Two passes in the manner of jusText (our own formulation): each block is first classed alone from its
length, stopword density, sentence ends and digits (``good`` prose, ``near`` prose, ``short`` label, ``bad``
boilerplate); then ``short`` and ``near`` blocks take the class of the prose around them. On an article the
content is the best-scoring contiguous region of blocks (a maximum-sum segment, each block weighing by its
class and length), plus the headline just above it; on other page types only the chrome before the first
and after the last content block is cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Block, Page
from ..registry import Rule, register
from .base import quote
from .navigation import menu_like

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

GOOD_WORDS = 12  # words of a prose paragraph, at least
NEAR_WORDS = 6
STOP_HIGH = 0.28  # stopword share of running text in the page's language
STOP_LOW = 0.18
NO_SPACE_LANGS = frozenset({"zh", "ja", "th"})
HEADLINE_WINDOW = 4  # blocks above the content in which the headline is looked for
HEADLINE_MAX_WORDS = 30
BAD_WEIGHT = 1.5
SHORT_WEIGHT = 2.0
NEAR_WEIGHT = 0.3
CONTEXT_REACH = 3  # how far a short block looks for prose neighbours


def classify(block: Block, language: str) -> str:
    """Class of one block on its own."""
    words = block.words
    if language in NO_SPACE_LANGS:
        words = max(words, len(block.text) // 3)
    if block.digit_ratio > 0.4:
        return BAD
    if words >= GOOD_WORDS and block.stop_ratio >= STOP_HIGH:
        return GOOD
    if words >= NEAR_WORDS and block.stop_ratio >= STOP_LOW:
        return NEAR if block.ends_sentence or words >= GOOD_WORDS else SHORT
    if words < NEAR_WORDS:
        return SHORT
    return BAD


def revise(classes: list[str]) -> list[str]:
    """Context pass: near prose between prose is prose; short blocks inside prose are kept as prose."""
    out = list(classes)
    for i, c in enumerate(classes):
        if c not in (NEAR, SHORT):
            continue
        before = _neighbour(classes, i, -1)
        after = _neighbour(classes, i, +1)
        if c == NEAR and GOOD in (before, after):
            out[i] = GOOD
        elif c == SHORT and before == GOOD and after == GOOD:
            out[i] = GOOD
    return out


def _neighbour(classes: list[str], i: int, step: int) -> str | None:
    j = i + step
    for _ in range(CONTEXT_REACH):
        if not 0 <= j < len(classes):
            return None
        if classes[j] != SHORT:
            return classes[j]
        j += step
    return None


def weight(block: Block, cls: str) -> float:
    """Contribution of a block to the score of a region that holds it."""
    if cls == GOOD:
        return float(block.words)
    if cls == NEAR:
        return NEAR_WEIGHT * block.words
    if cls == SHORT:
        return -SHORT_WEIGHT if menu_like(block) else -0.5
    return -BAD_WEIGHT * max(block.words, 3)


def best_region(weights: list[float]) -> tuple[int, int]:
    """``(start, end)`` of the maximum-sum contiguous segment (Kadane); empty when all are negative."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


@register
class ContentRegion(Rule):
    """Blocks outside the page's content region: on an article, everything but the best contiguous run of
    prose (and the headline above it); on other pages, the chrome before the first and after the last
    content block.

    Why: after the phrase rules, what is left around an article is menus, teasers, bios and footers that
    look like no phrase. Prose density finds the article; short lines inside it (subheadings, list items,
    table rows) stay. False positives: a second part of an article separated from the first by a long run
    of chrome; comments and bios written as prose right after the article are kept.
    """

    code = "ST01"
    name = "content-region"
    scope = "document"
    order = 90
    examples = (
        "- Home\n- World\n- Sport\nPolice seize propaganda servers\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "- Most read: Ten things to do in Paris this autumn - Cheap flights to Rome\n- Contact us today",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "Seized:\nServers\nDomains\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        if not blocks:
            return
        classes = revise([classify(b, page.language) for b in blocks])
        if not any(c in (GOOD, NEAR) for c in classes):
            return  # nothing looks like text: cannot tell, so keep
        if page.page_type == "article":
            start, end = best_region([weight(b, c) for b, c in zip(blocks, classes)])
            reason = "outside the article's main text"
        else:
            content = [i for i, c in enumerate(classes) if c in (GOOD, NEAR)]
            start, end = content[0], content[-1] + 1
            reason = f"before or after the main content of a {page.page_type} page"
        headline = self._headline(page, blocks, start)
        for i, block in enumerate(blocks):
            if start <= i < end or block.index == headline:
                continue
            yield block.index, block.index + 1, f"{reason} ({classes[i]} block {quote(block.text, 30)})"

    @staticmethod
    def _headline(page: Page, blocks: list[Block], start: int) -> int | None:
        if page.headline is not None:
            return page.headline
        for block in reversed(blocks[max(0, start - HEADLINE_WINDOW) : start]):
            if 3 <= block.words <= HEADLINE_MAX_WORDS and not block.text.endswith((".", ":")):
                page.headline = block.index
                return block.index
        return None


_COMMENTS = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|responses?|replies|discussion|leave a (?:comment|reply)|join the discussion|"
    r"what do you think\??|kommentare?|leserkommentare|diskussion|commentaires?|réactions|comentarios?|commenti|"
    r"comentários|комментари\w*|обсуждение|komentarze)\s*(?:\(\d+\))?\W*$",
    re.I,
)


@register
class CommentSection(Rule):
    """The comment section after an article: its heading ("12 Comments", "Leave a Reply") and everything below.

    Why: readers' comments are not the article; they come after it. Only on articles, and only once the
    heading follows at least one paragraph of prose. False positives: a page where the article continues
    after a heading "Comments" (rare); forums are exempt (their posts are the content).
    """

    code = "ST02"
    name = "comment-section"
    scope = "document"
    order = 80
    page_types = frozenset({"article"})
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "- 3 Comments\n- jsmith: Great news, finally someone acts against these people and their servers.",
        "Comments\nPolice in eight countries took servers offline this week, the agency said on Friday.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        seen_prose = False
        for pos, block in enumerate(blocks):
            if block.words >= GOOD_WORDS and block.ends_sentence:
                seen_prose = True
            elif seen_prose and _COMMENTS.match(block.text):
                for b in blocks[pos:]:
                    yield b.index, b.index + 1, f"comment section from line {block.first} {quote(block.text)}"
                return
