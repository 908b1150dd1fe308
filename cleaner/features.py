"""Per-block features, computed once per block and shared by every rule."""

from __future__ import annotations

import re

from .document import Block
from .lang import stopword_ratio

# Sentence-final punctuation in many scripts, optionally followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…:;。！？；।؟][\"'”’»)\]]*$")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def normalise(line: str) -> str:
    """Whitespace folded to single spaces, trimmed: the form in which lines are compared and output."""
    return _SPACES.sub(" ", line).strip()


def comparison_key(text: str) -> str:
    """Case- and punctuation-insensitive form of a line, for finding repeats."""
    return " ".join(_WORD.findall(text.casefold()))


def measure(block: Block, lang: str) -> None:
    """Fill the measured features of ``block`` for language ``lang``."""
    text = block.text
    n, ratio = stopword_ratio(text, lang)
    block.words = n
    block.stop_ratio = ratio
    block.ends_sentence = bool(_SENTENCE_END.search(text))
    words = _WORD.findall(text)
    if words:
        block.capital_ratio = sum([w[0].isupper() for w in words]) / len(words)
    chars = len(text) or 1
    block.digit_ratio = len(_DIGIT.findall(text)) / chars
    # on ASCII text casefolding changes no word boundary: the key is the words, lowercased
    block.key = " ".join(words).lower() if text.isascii() else comparison_key(text)
    block.measured = lang
