"""Memory over many HTML pages in one process: RSS before and after cleaning 10,000 pages.

Cycles the benchmark's HTML pages (``../shared/bench/data/*/html``) when present, else ``samples/html``.
Usage: ``python benchmarks/memory_html.py [PAGES]``; prints the figures and exits 1 if RSS grew over 10 %.
"""

from __future__ import annotations

import gc
import gzip
import sys
import time
from itertools import cycle, islice
from pathlib import Path

from cleaner import Cleaner

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench" / "data"
PAGES = 10_000
WARM_UP = 500  # pages cleaned before the first reading (imports, caches of pure functions, allocator pools)
GROWTH_LIMIT = 0.10


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc; ru_maxrss elsewhere)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_pages() -> list[bytes]:
    """The pages to cycle through, as bytes."""
    files = sorted(BENCH.glob("*/html/*.html.gz"))
    if files:
        return [gzip.open(f).read() for f in files]
    return [f.read_bytes() for f in sorted((ROOT / "samples" / "html").glob("*.html"))]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    total = int(args[0]) if args else PAGES
    pages = load_pages()
    cleaner = Cleaner()
    for page in islice(cycle(pages), WARM_UP):
        cleaner.clean(page)
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    for page in islice(cycle(pages), total):
        cleaner.clean(page)
    seconds = time.perf_counter() - start
    gc.collect()
    after = rss_mb()
    growth = (after - before) / before
    print(f"pages: {total} (cycling {len(pages)} distinct), {total / seconds:.0f} pages/s")
    print(f"RSS before: {before:.1f} MB, after: {after:.1f} MB, growth: {after - before:+.1f} MB ({growth:+.1%})")
    return 0 if growth <= GROWTH_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
