"""Throughput and memory of `cleaner clean` on JSONL corpora.

1. docs/s over a 20,000-document JSONL with -j 1 and -j 2, and the speed-up;
2. peak RSS (the cleaner and its workers together) while cleaning a large JSONL (default 1 GB).

The documents are the pages in samples/text/, repeated with variations (numbers and an id line changed).
Needs psutil.  Usage: python benchmarks/cli_throughput.py [--docs 20000] [--big-gb 1.0] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"


def documents(seed: int = 0) -> Iterator[dict[str, object]]:
    """Endless JSONL records made from the sample pages, each a little different."""
    pages = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt")) if ".expected" not in p.name]
    rng = random.Random(seed)
    n = 0
    while True:
        page = rng.choice(pages)
        lines = page.split("\n")
        lines.insert(rng.randrange(len(lines)), f"Article ID: {rng.randrange(10**6)}")
        yield {"id": n, "url": f"https://example.org/{n}", "text": "\n".join(lines).replace("2024", str(1990 + n % 40))}
        n += 1


def write_jsonl(path: Path, *, docs: int | None = None, size: int | None = None) -> int:
    """Write ``docs`` records, or records up to ``size`` bytes; return the number written."""
    written = total = 0
    with path.open("w", encoding="utf-8") as f:
        for record in documents():
            if (docs is not None and written >= docs) or (size is not None and total >= size):
                break
            line = json.dumps(record, ensure_ascii=False) + "\n"
            total += f.write(line)
            written += 1
    return written


def run(args: list[str]) -> tuple[float, int]:
    """Run `cleaner` with ``args``; return the seconds and the peak summed RSS of it and its workers."""
    proc = psutil.Popen([sys.executable, "-m", "cleaner", *args], stdout=subprocess.DEVNULL)
    start, peak = time.perf_counter(), 0
    while proc.poll() is None:
        try:
            rss = sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)])
        except psutil.NoSuchProcess:
            continue
        peak = max(peak, rss)
        time.sleep(0.05)
    if proc.returncode:
        raise SystemExit(f"cleaner {' '.join(args)} failed with exit code {proc.returncode}")
    return time.perf_counter() - start, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--big-gb", type=float, default=1.0, help="size of the large JSONL (0: skip)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the parallel and the memory runs")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_jsonl(corpus, docs=options.docs)
        rates = {}
        for jobs in (1, options.jobs):
            seconds, _ = run(["clean", str(corpus), "-o", str(Path(tmp) / "out.jsonl"), "-j", str(jobs)])
            rates[jobs] = options.docs / seconds
            print(f"-j {jobs}: {rates[jobs]:,.0f} docs/s ({seconds:.1f} s for {options.docs:,} documents)")
        print(f"speed-up -j {options.jobs} / -j 1: {rates[options.jobs] / rates[1]:.2f}x")
        if options.big_gb:
            big = Path(tmp) / "big.jsonl"
            count = write_jsonl(big, size=int(options.big_gb * 2**30))
            seconds, peak = run(["clean", str(big), "-o", str(Path(tmp) / "big-out.jsonl"), "-j", str(options.jobs)])
            print(f"{big.stat().st_size / 2**30:.2f} GB, {count:,} documents, -j {options.jobs}: "
                  f"{seconds:.0f} s, peak RSS {peak / 2**20:.0f} MB (all processes)")


if __name__ == "__main__":
    main()
