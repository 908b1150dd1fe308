"""How prose-like each block is, and where the page's regions of prose are.

Two passes in the manner of jusText (our own formulation): each block is first classed alone from its
length, stopword density, sentence end, digits and link density (``good`` prose, ``near`` prose, ``short``
label, ``bad`` boilerplate); then ``short`` and ``near`` blocks take the class of the prose around them.
Each block then weighs by its class and length, and the page's content regions are its maximal-scoring
contiguous segments (Ruzzo–Tompa).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .document import Block
from .memo import Recent
from .tables import cells, forget_cells

GOOD, NEAR, SHORT, BAD, CHROME = "good", "near", "short", "bad", "chrome"

GOOD_WORDS = 12  # words of a prose paragraph, at least
NEAR_WORDS = 6
STOP_HIGH = 0.28  # stopword share of running text in the page's language
STOP_LOW = 0.18
TYPICAL_STOP_RATIO = 0.45  # median stopword share of long lines of prose in well-covered languages
LONG_LINE_WORDS = 20
MIN_SCALE = 0.25
NO_SPACE_LANGS = frozenset({"zh", "ja", "th"})  # token counts are characters: a third of them count as words
DIGITS_BAD = 0.4
LINK_DENSITY_BAD = 0.5  # HTML: a block mostly made of link text is navigation
CONTEXT_REACH = 3  # how far a short block looks for prose neighbours
BAD_WEIGHT = 1.5
SHORT_WEIGHT = 2.0
NEAR_WEIGHT = 0.3
REMOVED_WEIGHT = 7.0  # a block a rule removed, between two regions of prose
CELL_WEIGHT = NEAR_WEIGHT  # a cell of a data table (see cleaner.tables) weighs like a word of near prose
MENU_ITEM_WORDS = 4
# a line of code or a shell command: a path that starts a word ("/dev/sda1"), a command-line option ("-v",
# "--exclude"), or an assignment, brace, semicolon or backslash
CODE = re.compile(r"""(?:^|[\s"'(=])/[\w.-]+/|(?:^|\s)--?[a-z]|[={};\\]""", re.I)


def menu_like(block: Block) -> bool:
    """A short label line: few words, no sentence end, starts with a capital or a non-cased letter; not code."""
    text = block.text
    return (
        block.words <= MENU_ITEM_WORDS
        and len(text) <= 40
        and not block.ends_sentence
        and block.digit_ratio < 0.3
        and not text[0].islower()
        and not CODE.search(text)
    )


def is_prose(block: Block, words: int = 10) -> bool:
    """A paragraph of running text: a sentence end and enough words."""
    return block.ends_sentence and block.words >= words


def closing(blocks: Sequence[Block], matches: Callable[[Block], bool], tail_words: int) -> list[Block]:
    """The live blocks at the end of a page that ``matches`` takes, with at most ``tail_words`` words of other
    prose below each of them (what closes the page: notices, bios), in page order."""
    found: list[Block] = []
    after = 0  # words of other prose below
    for block in reversed(blocks):
        if after > tail_words:
            break
        if block.removed_by is not None:
            continue
        if matches(block):
            found.append(block)
        elif is_prose(block, GOOD_WORDS):
            after += block.words
    return found[::-1]


def stop_scale(blocks: Sequence[Block]) -> float:
    """How this page's stoplist density compares with typical prose (1.0), from its long lines.

    Agglutinative languages and character-tokenised scripts match fewer stopwords per token; the
    thresholds scale down with the page's own long lines instead of failing all of its prose.
    """
    ratios = sorted(b.stop_ratio for b in blocks if b.words >= LONG_LINE_WORDS)
    if not ratios:
        return 1.0
    typical = ratios[len(ratios) // 2]
    return min(1.0, max(MIN_SCALE, typical / TYPICAL_STOP_RATIO))


def classify(block: Block, language: str, scale: float = 1.0) -> str:
    """Class of one block on its own; ``scale`` adjusts the stopword thresholds to the page."""
    words = block.words // 3 if language in NO_SPACE_LANGS else block.words
    if block.digit_ratio > DIGITS_BAD or block.link_density > LINK_DENSITY_BAD:
        return BAD
    stops = block.stop_ratio
    if words >= GOOD_WORDS and stops >= STOP_HIGH * scale and (block.ends_sentence or words >= 2 * GOOD_WORDS):
        return GOOD
    if words >= NEAR_WORDS and stops >= STOP_LOW * scale:
        return NEAR if block.ends_sentence or words >= GOOD_WORDS else SHORT
    if words < NEAR_WORDS:
        return SHORT
    return BAD


def revise(classes: Sequence[str]) -> list[str]:
    """Context pass: near prose next to prose is prose; a short block between prose is kept as prose (the nearest
    block that is not short on a side, within CONTEXT_REACH blocks, is prose)."""
    out = list(classes)
    for m in _REVISED.finditer("".join(map(_LETTER.__getitem__, classes))):
        out[m.start()] = GOOD
    return out


_LETTER = {c: c[0] for c in (GOOD, NEAR, SHORT, BAD, CHROME)}  # one letter a class, to search the classes in
_GOOD_BEFORE = "(?:" + "|".join(f"(?<=g{'s' * k})" for k in range(CONTEXT_REACH)) + ")"  # prose, then k short
_GOOD_AFTER = f"(?=s{{0,{CONTEXT_REACH - 1}}}g)"
# a near block with prose on either side, a short one with prose on both
_REVISED = re.compile(f"{_GOOD_BEFORE}(?:n|s{_GOOD_AFTER})|n{_GOOD_AFTER}")


def maximal_segments(weights: Sequence[float]) -> list[tuple[int, int, float]]:
    """Every maximal-scoring contiguous segment ``(start, end, score)``, in order (Ruzzo–Tompa)."""
    segments: list[tuple[int, int, float, float]] = []  # (start, end, cumulative before start, cumulative at end)
    cumulative = 0.0
    for i, w in enumerate(weights):
        if w <= 0:
            cumulative += w
            continue
        start, left, right = i, cumulative, cumulative + w
        cumulative = right
        j = len(segments) - 1
        while True:  # the rightmost segment that starts lower; while it ends lower too, the new one takes it in
            while j >= 0 and segments[j][2] >= left:
                j -= 1
            if j < 0 or segments[j][3] >= right:
                break
            start, left = segments[j][0], segments[j][2]
            del segments[j:]
            j -= 1
        segments.append((start, i + 1, left, right))
    return [(a, b, right - left) for a, b, left, right in segments]


Regions = tuple[list[str], list[tuple[int, int, float]]]
RECENT = 4  # answers of regions() remembered: the page type, ST01 and LS01 of a round and the next round's
_recent: Recent[tuple[object, ...], Regions] = Recent(RECENT)  # the last calls' blocks (and what was removed)


def regions(blocks: Sequence[Block], language: str) -> Regions:
    """Class of every block and the content segments they form, as positions in ``blocks``.

    Blocks already removed by a rule are chrome: they weigh against a region, so that the article is
    not joined to the prose beyond the share bar, the bio box or the newsletter form that ends it. The
    cells of a data table that the text writes one a line count for a region, not against it.

    The page type, ST01 and LS01 ask for the same blocks in a round, often with nothing removed between, and the
    next round's page type often for the blocks LS01 last scored: the last few answers are remembered. An answer
    holds for the same blocks, in the same order, with the same of them removed, in the same language: their
    features follow from their text and the language, and the answer is positions, not block numbers.
    """
    key = (language, tuple(blocks), tuple([b.removed_by is None for b in blocks]))
    found = _recent.get(key)
    return _recent.keep(key, _regions(blocks, language)) if found is None else found


def forget() -> None:
    """Drop the answers remembered for the page just cleaned (they would keep its blocks alive)."""
    _recent.clear()
    forget_cells()


def _regions(blocks: Sequence[Block], language: str) -> Regions:
    alive = [b for b in blocks if b.removed_by is None]
    scale = stop_scale(alive)
    classes = revise([classify(b, language, scale) if b.removed_by is None else CHROME for b in blocks])
    return classes, maximal_segments(weights(blocks, classes, cells(alive)))


def weights(blocks: Sequence[Block], classes: Sequence[str], table: set[int]) -> list[float]:
    """Contribution of each block, of its class, to the score of a region that holds it (the blocks numbered in
    ``table`` are cells of a data table: CELL_WEIGHT each)."""
    return [
        -REMOVED_WEIGHT if cls == CHROME
        else CELL_WEIGHT if block.index in table
        else float(block.words) if cls == GOOD
        else NEAR_WEIGHT * block.words if cls == NEAR
        else -SHORT_WEIGHT if cls == SHORT
        else -BAD_WEIGHT * max(block.words, 3)
        for block, cls in zip(blocks, classes)
    ]
