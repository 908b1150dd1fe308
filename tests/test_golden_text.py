"""Golden test: every plain-text sample in samples/text cleans to its expected output."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"
PAGES = sorted(p for p in SAMPLES.glob("*.txt") if not p.name.endswith(".expected.txt"))
KNOWN_FAILURES = {
    line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip()
    for line in (SAMPLES.parent / "known-failures.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_sample(page: Path) -> None:
    if page.stem in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[page.stem])
    expected = page.with_name(page.stem + ".expected.txt").read_text("utf-8").strip()
    assert clean(page.read_text("utf-8")) == expected


def test_known_failures_name_real_samples() -> None:
    assert set(KNOWN_FAILURES) <= {p.stem for p in PAGES}
