"""Pathological inputs at full size: time per MB and text lost, as the README's Robustness table.

    python benchmarks/robustness.py [--scale 0.1]

Each case is cleaned once (the worst of its variants is reported); "text lost" checks that the words the
case puts in are still in the output or in the removals (deep nesting, encodings), else says what is
only checked for not crashing.
"""

from __future__ import annotations

import argparse
import codecs
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from cleaner import clean_document

MB = 1 << 20


@dataclass
class Case:
    name: str
    make: Callable[[float], list[str | bytes]]  # the variants of the input at a scale
    words: tuple[str, ...] = ()  # must survive (kept or reported as removed)


def deep(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + "<p>The bottom paragraph.</p>" + "</div>" * levels + "</body></html>"


def lines(n: int, breaks: tuple[str, ...] = ("\n",)) -> str:
    return "".join(f"Paragraph {i} says the council met again.{breaks[i % len(breaks)]}" for i in range(n))


SENTENCE = "Der Rat hat am Dienstag über die neue Buslinie abgestimmt."
CASES = [
    Case("one 50 MB line (words)", lambda s: [("word " * int(10 * MB * s)) + "end."]),
    Case("one 50 MB line (one word)", lambda s: ["x" * int(50 * MB * s)]),
    Case("1,000,000 short lines", lambda s: [lines(int(1_000_000 * s))]),
    Case("HTML nested 100,000 deep", lambda s: [deep(int(100_000 * s))], ("The bottom paragraph.",)),
    Case("HTML nested 5,000 deep", lambda s: [deep(5_000)], ("The bottom paragraph.",)),
    Case("1 MB attribute values", lambda s: [f'<html><body><div class="{"x " * (MB // 2)}"><p>Kept text.</p></div>'],
         ("Kept text.",)),
    Case("100,000 <br>", lambda s: ["<html><body><p>" + "line<br>" * int(100_000 * s) + "</p></body></html>"]),
    Case("a page of only links", lambda s: ["<html><body>" + "".join(
        f'<a href="/p/{i}">Link {i}</a> ' for i in range(int(200_000 * s))) + "</body></html>"]),
    Case("binary garbage", lambda s: [os.urandom(int(10 * MB * s)), b"\0" * int(10 * MB * s)]),
    Case("invalid UTF-8", lambda s: [f"<html><body><p>{SENTENCE}</p>".encode().replace("ü".encode(), b"\xfc\xff")],
         ("Dienstag",)),
    Case("UTF-16 with BOM", lambda s: [bom + f"<html><body><p>{SENTENCE}</p>".encode(c) for c, bom in
                                       (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE))],
         ("Dienstag",)),
    Case("mixed \\r\\n / \\r / \\n", lambda s: [lines(int(200_000 * s), ("\r\n", "\r", "\n"))]),
]


def run(case: Case, scale: float) -> str:
    worst, size, lost = 0.0, 0, []
    variants = case.make(scale)
    for data in variants:
        start = time.perf_counter()
        result = clean_document(data)
        seconds = time.perf_counter() - start
        seen = result.text + " ".join(r.text for r in result.removed)
        lost += [w for w in case.words if w not in seen]
        if case.name.endswith("short lines") or case.name.startswith("mixed"):
            expected = len(re.findall(r"Paragraph \d+", data if isinstance(data, str) else ""))
            found = len(re.findall(r"Paragraph \d+", seen))
            lost += [f"{expected - found} lines"] if found != expected else []
        worst, size = max(worst, seconds), max(size, len(data))
    per_mb = f"{worst / (size / MB):.2f} s" if size >= MB // 10 else "—"  # small pages: start-up, not speed
    what = ", ".join(lost) or ("nothing" if case.words or "lines" in case.name or "\\r" in case.name else "n/a (no crash)")
    return f"| {case.name} | {size / MB:.2f} MB | {len(variants)} | {worst:.2f} s | {per_mb} | {what} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="input sizes times this (default 1: full size)")
    args = parser.parse_args()
    print("| input | size | cases | worst time | time per MB | text lost |")
    print("|---|---|---|---|---|---|")
    for case in CASES:
        print(run(case, args.scale), flush=True)


if __name__ == "__main__":
    main()
