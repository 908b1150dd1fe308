"""Plain text -> a Page of blocks (one block per non-empty line)."""

from __future__ import annotations

from .document import Block, Page
from .features import normalise

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # those str.splitlines knows ("\r\n" is one)


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` (every Unicode line break counts), and after a final line break an empty last line."""
    lines = text.splitlines()
    if not text or text[-1] in _LINE_BREAKS:
        lines.append("")
    return lines


def read_text(text: str) -> Page:
    """A page with one block per non-blank line of ``text``."""
    lines = [(number, clean) for number, clean in enumerate(map(normalise, split_lines(text)), start=1) if clean]
    return Page(blocks=[Block(i, clean, number, number) for i, (number, clean) in enumerate(lines)], kind="text")
