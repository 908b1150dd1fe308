"""Golden test: every HTML sample in ``samples/html`` cleans to its ``.expected.txt``."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "html"
PAGES = sorted(SAMPLES.glob("*.html"))
KNOWN = {
    line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip()
    for line in (SAMPLES.parent / "known-failures.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


def _strip(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN[p.stem], strict=False)) if p.stem in KNOWN else p
        for p in PAGES
    ],
    ids=[p.stem for p in PAGES],
)
def test_html_sample(page: Path) -> None:
    expected = page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8")
    assert _strip(clean(page.read_bytes())) == _strip(expected)


def test_samples_exist() -> None:
    assert len(PAGES) >= 10
