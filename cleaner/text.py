"""Plain text -> a Page of blocks (one block per non-empty line)."""

from __future__ import annotations

import re

from .document import Block, Page
from .features import normalise

# Every line break Python's str.splitlines knows, so no input line is ever merged or lost.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` (every Unicode line break counts)."""
    return _LINE_BREAK.split(text)


def read_text(text: str) -> Page:
    """A page with one block per non-blank line of ``text``."""
    blocks: list[Block] = []
    for number, line in enumerate(split_lines(text), start=1):
        clean = normalise(line)
        if clean:
            blocks.append(Block(index=len(blocks), text=clean, first=number, last=number))
    return Page(blocks=blocks, kind="text")
