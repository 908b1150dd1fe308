"""Fuzz ``clean()`` on text and HTML with atheris (libFuzzer).

    python fuzz/fuzz_clean.py -max_total_time=600 [-timeout=10] [CORPUS_DIR]

Every input is cleaned three ways: as bytes (charset sniffing, decoding, HTML or text), as text (UTF-8
with replacement) and wrapped in an HTML page. A crash, a hang (``-timeout``) or a broken property is a
finding: libFuzzer saves the input as ``crash-*``; add it to ``tests/test_robustness.py`` as a regression.
:func:`check` is also what the test suite's bounded fuzz run (and its hypothesis twin) calls.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager, nullcontext


def _instrumented() -> AbstractContextManager[object]:
    """Coverage instrumentation of the cleaner's modules, when this file runs as the fuzzer."""
    if __name__ != "__main__":
        return nullcontext()
    import atheris

    return atheris.instrument_imports(include=["cleaner"])


with _instrumented():
    from cleaner import clean
    from cleaner.features import normalise
    from cleaner.html import looks_like_html
    from cleaner.text import split_lines


def check(data: bytes) -> None:
    """Clean ``data`` as bytes, as text and as an HTML page; assert what must hold for any input."""
    assert isinstance(clean(data), str)
    text = data.decode("utf-8", errors="replace")
    assert isinstance(clean(f"<html><body><div>{text}</div></body></html>"), str)
    once = clean(text)
    if looks_like_html(text):
        return
    lines = {normalise(line) for line in split_lines(text)}
    assert all(p in lines for p in once.split("\n\n") if p), "text output holds a line the input does not"
    assert clean(once) == once, "cleaning text again changed it"


def main(argv: list[str]) -> None:
    import atheris

    atheris.Setup(argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
