"""Per-block features, computed once per block and shared by every rule."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .document import Block
from .lang import stopword_ratio
from .memo import Memo

Features = tuple[int, float, bool, float, float, str]
FEATURE_CACHE = 1 << 16  # texts (with a language) whose features are remembered

# Sentence-final punctuation in many scripts, and the closing quotes and brackets that may follow it.
_SENTENCE_ENDS = frozenset(".!?…:;。！？；।؟")
_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
# characters a browser does not show inside a word: the soft hyphen (HTML's &shy;), zero-width space, word joiner
_INVISIBLE = dict.fromkeys(map(ord, "\xad\u200b\u2060"))


def normalise(line: str) -> str:
    """Whitespace folded to single spaces, trimmed: the form in which lines are compared and output."""
    # most lines are so already: one whose only whitespace is the space (every other whitespace character is
    # unprintable), never two in a row nor at either end, is its own form, found without splitting it
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())  # str.split's whitespace is exactly re's \s


def comparison_key(text: str) -> str:
    """Case- and punctuation-insensitive form of a line, for finding repeats."""
    return " ".join(_WORD.findall(text.casefold()))


def measure(blocks: Iterable[Block], lang: str) -> None:
    """Fill the measured features of the ``blocks`` not yet measured for language ``lang`` (a text that a page
    repeats, or that another page held, is measured once)."""
    known = _known
    for block in blocks:
        if block.measured == lang:
            continue
        found = known[block.text, lang]
        block.words, block.stop_ratio, block.ends_sentence, block.capital_ratio, block.digit_ratio, block.key = found
        block.measured = lang


def _features(key: tuple[str, str]) -> Features:
    """Words, stopword ratio, sentence end, capital ratio, digit ratio and comparison key of a text in a language."""
    text, lang = key
    if not text.isascii() and ("\xad" in text or "\u200b" in text or "\u2060" in text):
        text = text.translate(_INVISIBLE)  # "Kar\xadrie\xadre" is one word (a translation is slow: only when one is in)
    n, ratio = stopword_ratio(text, lang)
    words = _WORD.findall(text)
    capitals = sum([w[0].isupper() for w in words]) / len(words) if words else 0.0
    digits = len(_DIGIT.findall(text)) / (len(text) or 1)
    # on ASCII text casefolding changes no word boundary: the key is the words, lowercased
    key = " ".join(words).lower() if text.isascii() else comparison_key(text)
    return n, ratio, _ends_sentence(text), capitals, digits, key


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends in sentence-final punctuation, perhaps followed by closing quotes or brackets (and a
    line break), as a search for them before the end would find."""
    return text.removesuffix("\n").rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


_known: Memo[tuple[str, str], Features] = Memo(_features, FEATURE_CACHE)
