"""What must always hold, for any input: no crash, idempotence, removal only, linear time."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean, clean_document
from cleaner.features import normalise
from cleaner.text import split_lines

# Lines made of words a page is made of (chrome phrases, prose words, numbers, separators, scripts).
WORDS = st.sampled_from(
    "Home News Share Facebook Cookies accept privacy policy the of and to in is was that for it with as his on "
    "be at by Published April 27, 2018 © 2019 All rights reserved Read more Comments 12 Subscribe Sign in | > - "
    "der die und ist nicht le la et est les de el los que en я не это 的 了 是 在 和 . , : ! ?".split()
)
LINE = st.lists(WORDS, min_size=0, max_size=40).map(" ".join)
PAGE = st.lists(LINE, min_size=0, max_size=60).map("\n".join)
ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.one_of(PAGE, ANY_TEXT))
def test_never_raises_and_returns_str(text: str) -> None:
    result = clean_document(text)
    assert isinstance(result.text, str)


@PROPERTY
@given(st.one_of(PAGE, ANY_TEXT))
def test_clean_is_the_text_of_clean_document(text: str) -> None:
    assert clean(text) == clean_document(text).text


@PROPERTY
@given(st.one_of(PAGE, ANY_TEXT))
def test_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@PROPERTY
@given(st.one_of(PAGE, ANY_TEXT))
def test_removal_only(text: str) -> None:
    source = {normalise(line) for line in split_lines(text)}
    for paragraph in clean(text).split("\n\n"):
        assert not paragraph or paragraph in source


@PROPERTY
@given(PAGE)
def test_every_removed_line_is_explained(text: str) -> None:
    result = clean_document(text)
    kept = len([p for p in result.text.split("\n\n") if p])
    lines = len([line for line in split_lines(text) if normalise(line)])
    assert kept + len(result.removed) == lines
    assert all(r.rule and r.reason for r in result.removed)


def test_time_is_linear_in_input_size() -> None:
    page = "\n".join(
        ["Home", "News", "Sport", "The council voted on Tuesday to build a new bus line through the town centre."] * 50
    )
    times = []
    for factor in (1, 8):  # the best of three runs each: a busy machine slows single runs at random
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            clean(page * factor)
            runs.append(time.perf_counter() - start)
        times.append(min(runs))
    assert times[1] < 8 * 4 * max(times[0], 1e-3)
