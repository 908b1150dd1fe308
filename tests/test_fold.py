"""The ASCII fast way of case-insensitive searches finds what the plain search finds."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import pagetype
from cleaner.rules import consent
from cleaner.fold import RARE_TWINS, UNFOLDABLE, Search, fold
from cleaner.registry import RULES

PATTERNS = [c.pattern for c in RULES.values() if c.pattern is not None]
PATTERNS += [pagetype._FORUM_START, pagetype._FORUM_END, pagetype._COMMERCE, pagetype._PRICE]
SEARCHES = [(pattern, Search(pattern)) for pattern in PATTERNS]
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
    lower = fold(text)
    for pattern, search in SEARCHES:
        assert search(text, lower) == (pattern.search(text) is not None), pattern.pattern


NEEDLED = [r"\bsubscribe\b|\bget\s+(?:our|the)\s+news", r"\d{4}|\bago\b", r"(?:x|yz)+w", r"a(?:b|)c", r"[abc]d|e{2,}q"]


def test_unanchored_alternations_get_needles() -> None:
    assert Search(re.compile(r"\bsubscribe\b|\binbox\b", re.IGNORECASE)).needles is not None
    # a search tries an anchored pattern at one position only
    assert Search(re.compile(r"^\W*(?:menu|home)\W*$", re.IGNORECASE)).needles is None
    assert Search(re.compile(r"a(?:b|)", re.IGNORECASE)).needles is not None  # "a"
    assert Search(re.compile(r"(?:a|)", re.IGNORECASE)).needles is None


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abcdeqwxyz 0123 subscribe get our news ago"), max_size=40))
def test_needles_keep_the_verdict(text: str) -> None:
    for source in NEEDLED:
        pattern = re.compile(source, re.IGNORECASE)
        assert Search(pattern)(text, fold(text)) == (pattern.search(text) is not None), source


def test_rare_twins_are_those_of_this_python() -> None:
    try:
        from re._casefix import _EXTRA_CASES as twins  # Python 3.11+
    except ImportError:  # Python 3.10
        from sre_compile import _ignorecase_fixes as twins  # type: ignore[attr-defined,no-redef]
    sets = {frozenset([key, *others]) for key, others in twins.items()}
    assert {chr(c) for s in sets for c in s if c != min(s)} == set(RARE_TWINS)


def _unfoldable() -> set[str]:
    """UNFOLDABLE from scratch: the letters ``c`` for which some needle letter ``x`` (lowercase, no rare twin) is
    matched by IGNORECASE but is not ``c.lower()``, or the other way round; and İ, Σ (see fold)."""
    chars = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    cased = [c for c in chars if c.lower() != c.upper()]
    cased += RARE_TWINS
    domain = "".join(cased)
    found = {c for c in cased if len(c.lower()) != 1} | {"Σ"}
    for x in {c.lower() for c in cased if len(c.lower()) == 1}:
        if x.lower() == x and x not in RARE_TWINS:
            matched = set(re.findall(re.escape(x), domain, re.IGNORECASE))
            found |= matched ^ {c for c in cased if c.lower() == x}
    return {c for c in found if not c.isascii()}


def test_unfoldable_letters_are_those_of_this_python() -> None:
    assert _unfoldable() == set(UNFOLDABLE)


def test_lowercase_keeps_the_character_categories() -> None:
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and len(chr(c).lower()) == 1]
    text = "".join(chars)
    lower = "".join(c.lower() for c in chars)
    for category in (r"\w", r"\d", r"\s"):
        pattern = re.compile(category)
        assert [m.start() for m in pattern.finditer(text)] == [m.start() for m in pattern.finditer(lower)], category


WIDE_WORDS = st.sampled_from(
    ["Cookie", "СОГЛАСИЕ", "согласие", "Über", "ÜBER", "straße", "STRASSE", "İstanbul", "ıi", "ſ", "σΣς", "ᲃ", "12"]
    + ["٣", ":", "©", "Réservé"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(WIDE_WORDS, max_size=10).map(" ".join), st.text(max_size=30)))
def test_fast_way_finds_what_the_plain_search_finds_beyond_ascii(text: str) -> None:
    lower = fold(text)
    for pattern, search in SEARCHES:
        assert search(text, lower) == (pattern.search(text) is not None), pattern.pattern


TERM_WORDS = st.sampled_from(
    ["Privacy", "POLICY", "Cookies", "Trade", "marks", "registered", "office", "I", "agree", "Données", "personnelles"]
    + ["ПЕРСОНАЛЬНЫЕ", "данные", "Datenschutzerklärung", "İ", "ſ", "Σ", "x", "—", "12"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(TERM_WORDS, max_size=14).map(" ".join), st.text(max_size=40)))
def test_matches_are_those_of_the_plain_search_lowercased(text: str) -> None:
    lower = fold(text)
    for search in (consent._CONSENT_TERM, consent._LEGAL_TERM):
        assert search.matches(text, lower) == [m.group(0).lower() for m in search.pattern.finditer(text)]
