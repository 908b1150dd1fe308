"""The ASCII fast way of case-insensitive searches finds what the plain search finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import pagetype
from cleaner.fold import Search, ascii_lower
from cleaner.registry import RULES

PATTERNS = [c.pattern for c in RULES.values() if c.pattern is not None]
PATTERNS += [pagetype._FORUM, pagetype._COMMERCE, pagetype._PRICE]
WORDS = st.sampled_from("Cookie GDPR Posted BY 12 2019 ago Reply # :: | - SKU $ 9,99 In Stock Re: wrote: x".split())
ASCII_LINE = st.one_of(st.lists(WORDS, max_size=12).map(" ".join), st.text(st.characters(max_codepoint=127)))


@pytest.mark.parametrize("source", ["ſ", "ı", "İ", "\u212a", "[a-ſ]", "A", "[A-Z]", "(?-i:a)", "[^ı]"])
def test_patterns_that_pair_with_ascii_letters_keep_the_plain_search(source: str) -> None:
    assert Search(re.compile(source, re.I)).folded is None


def test_lowercase_patterns_take_the_fast_way() -> None:
    assert Search(re.compile(r"(?<!\w)(?:cookie|согласи)s?\b", re.I)).folded is not None


@settings(max_examples=300, deadline=None)
@given(ASCII_LINE)
def test_fast_way_finds_what_the_plain_search_finds(text: str) -> None:
    lower = ascii_lower(text)
    for pattern in PATTERNS:
        assert Search(pattern)(text, lower) == (pattern.search(text) is not None), pattern.pattern


NEEDLED = [r"\bsubscribe\b|\bget\s+(?:our|the)\s+news", r"\d{4}|\bago\b", r"(?:x|yz)+w", r"a(?:b|)c", r"[abc]d|e{2,}q"]


def test_unanchored_alternations_get_needles() -> None:
    assert Search(re.compile(r"\bsubscribe\b|\binbox\b", re.I)).needles is not None
    assert Search(re.compile(r"^\W*(?:menu|home)\W*$", re.I)).needles is None  # a search tries one position only
    assert Search(re.compile(r"a(?:b|)", re.I)).needles is not None  # "a"
    assert Search(re.compile(r"(?:a|)", re.I)).needles is None


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abcdeqwxyz 0123 subscribe get our news ago"), max_size=40))
def test_needles_keep_the_verdict(text: str) -> None:
    for source in NEEDLED:
        pattern = re.compile(source, re.I)
        assert Search(pattern)(text, ascii_lower(text)) == (pattern.search(text) is not None), source
