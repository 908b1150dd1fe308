"""Data tables in scraped text: a scraper that writes each cell on a line of its own turns a table into a
run of short lines, which reads like a menu. The rows give it away: the run repeats a pattern of word
cells and number cells, row after row ("1 / Kyle Busch / 5040 / 5 / 17", "2 / Martin Truex Jr. / 5035 …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Block
from .memo import Memo, Recent

CELL_WORDS = 4  # a cell holds at most this many words ...
CELL_CHARS = 40  # ... and characters
MIN_COLUMNS = 3
MAX_COLUMNS = 12
MIN_ROWS = 3
MIN_NUMBER_COLUMNS = 2  # a data table has at least two columns of figures (a count beside a label is a widget)
_NUMBER = re.compile(r"[#№]?[-+−]?[$€£¥]? ?\d[\d.,:/'’ ]*(?:%|[^\W\d_]{0,3}\.?)")
_COUNT = re.compile(r"\(\s*\d[\d.,]*\s*\)")  # "(12)": the count of a category or archive entry


_TABLE_RUN = re.compile(f"s{{{MIN_COLUMNS * MIN_ROWS},}}")  # a run of short lines that may hold a table
# (a page's cells are asked for again and again, each page's are few: small bounds keep the memory flat)
TEXT_CACHE = 1 << 13  # texts whose kind of cell is remembered
RUN_CACHE = 1 << 10  # runs of cells (their kinds) whose table is remembered


_last: Recent[tuple[object, ...], set[int]] = Recent(1)  # the last call's blocks (numbers and sizes) and answer


def cells(blocks: Sequence[Block]) -> set[int]:
    """Indices of the blocks that are cells of a data table (only the blocks given are read, in order).

    The regions of prose and then LS01 (or NV03) often ask for the same blocks in a row: the last answer is
    remembered. It holds for the same blocks in the same order, numbered and sized alike (their text never changes,
    their sizes and digits follow from it and the language they were measured in)."""
    key = (tuple(blocks), tuple([b.index for b in blocks]), tuple([b.words for b in blocks]))
    found = _last.get(key)
    return _last.keep(key, _cells(blocks)) if found is None else found


def forget_cells() -> None:
    """Drop the last answer (it would keep the blocks of the page just cleaned alive)."""
    _last.clear()


def _cells(blocks: Sequence[Block]) -> set[int]:
    found: set[int] = set()
    # the runs of short lines long enough for a table, found in a string of one letter a block
    shape = "".join(["s" if b.words <= CELL_WORDS and len(b.text) <= CELL_CHARS else "l" for b in blocks])
    for m in _TABLE_RUN.finditer(shape):
        run = blocks[m.start() : m.end()]
        # a table's rows hold two figures each, and a figure a digit (its block a digit ratio above 0)
        if _with_digits(run) >= MIN_ROWS * MIN_NUMBER_COLUMNS:
            found.update(run[i].index for i in _positions["".join([_kinds[b.text] for b in run])])
    return found


def _with_digits(run: list[Block]) -> int:
    return sum([b.digit_ratio > 0 for b in run])


def _kind(text: str) -> str:
    """"n" a figure, "c" a count in brackets, "s" a symbol, "w" words."""
    if _NUMBER.fullmatch(text):
        return "n"
    if _COUNT.fullmatch(text):
        return "c"
    return "w" if any(ch.isalnum() for ch in text) else "s"


_NONE: frozenset[int] = frozenset()


def _table_positions(kinds: str) -> frozenset[int]:
    """Positions of the longest stretch of ``kinds`` that repeats one row pattern at least ``MIN_ROWS`` times
    (the row's shortest period, with words and two or more figures, no symbols), with the header row above it."""
    best: set[int] = set()
    for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        same = [kinds[i] == kinds[i + width] for i in range(len(kinds) - width)]
        start = 0
        for i, repeats in enumerate([*same, False]):
            if repeats:
                continue
            end = i + width  # kinds[start:end] repeats with period ``width``
            if end - start >= MIN_ROWS * width and _data_row(kinds[start : start + width]):
                rows = set(range(start, end))
                if start >= width and all(k == "w" for k in kinds[start - width : start]):
                    rows.update(range(start - width, start))  # the header
                if len(rows) > len(best):
                    best = rows
            start = i + 1
    return frozenset(best) if best else _NONE


def _data_row(row: str) -> bool:
    """A row of a data table: words, at least two figures, no symbol cells, and not a repeat of a shorter row."""
    width = len(row)
    shorter = any(width % d == 0 and row == row[:d] * (width // d) for d in range(1, width))
    return "w" in row and row.count("n") >= MIN_NUMBER_COLUMNS and "s" not in row and not shorter


# a text is the same kind of cell wherever it stands; a run of the same kinds holds the same table
_kinds: Memo[str, str] = Memo(_kind, TEXT_CACHE)
_positions: Memo[str, frozenset[int]] = Memo(_table_positions, RUN_CACHE)
