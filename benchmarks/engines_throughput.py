"""Throughput of the integrations (datatrove, Ray Data, Scrapy) with 1 and 2 workers, against plain cleaning.

All runs clean the same documents (default 20,000), built from the pages in samples/text/ with variations
(digits changed, a line dropped here and there, an id line added). Baselines: a plain in-process
``Cleaner.clean`` loop and, when ``cleaner.cli`` exists, ``cleaner clean`` on a JSONL file with ``-j N``.

- datatrove: LocalPipelineExecutor, JsonlReader -> CleanerFormatter -> JsonlWriter, 8 shards, ``workers=N``;
- Ray: ``ray.init(num_cpus=2)``; Parquet -> repartition -> ``map_batches(CleanBatches)`` on N half-CPU
  actors -> Parquet (cluster start-up reported apart);
- Scrapy: N crawler processes, each crawling its share of the pages from a loopback HTTP server (its own
  process) through ``CleanerPipeline``; a crawl without the pipeline shows what crawling alone costs.

Needs the extras: pip install '.[all-integrations,cli]'.
Usage: python benchmarks/engines_throughput.py [--docs 20000] [--workers 1 2] [--engines loop,cli,...]
"""

from __future__ import annotations

import argparse
import http.server
import json
import multiprocessing
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "text"
SHARDS = 8
ENGINES = ("loop", "cli", "datatrove", "ray", "scrapy")


def documents(count: int, seed: int = 5) -> list[str]:
    """``count`` pages made from the samples, each a little different from the others."""
    pages = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt")) if not p.name.endswith(".expected.txt")]
    rng = random.Random(seed)
    out = []
    for i in range(count):
        lines = pages[i % len(pages)].splitlines()
        lines = [line for line in lines if rng.random() > 0.03]
        text = re.sub(r"\d", lambda m: str(rng.randrange(10)), "\n".join(lines))
        out.append(f"{text}\nref {i:06d}\n")
    return out


def write_inputs(texts: list[str], folder: Path) -> None:
    """JSONL (one file, plus ``SHARDS`` shards) and Parquet shards of ``{"id", "text"}`` records."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    for name in ("jsonl", "parquet"):
        (folder / name).mkdir()
    (folder / "all.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for s in range(SHARDS):
        shard = records[s::SHARDS]
        (folder / "jsonl" / f"{s}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in shard), encoding="utf-8")
        pq.write_table(pa.Table.from_pylist(shard), folder / "parquet" / f"{s}.parquet")


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# --- one function per engine: (texts, folder, workers) -> seconds -----------------------------------


def run_loop(texts: list[str], folder: Path, workers: int) -> float:
    from cleaner import Cleaner

    cleaner = Cleaner()
    return timed(lambda: [cleaner.clean(t) for t in texts])


def run_cli(texts: list[str], folder: Path, workers: int) -> float:
    command = [sys.executable, "-m", "cleaner", "clean", str(folder / "all.jsonl"), "-j", str(workers)]
    out = folder / f"cli-{workers}.jsonl"
    return timed(lambda: subprocess.run([*command, "-o", str(out)], check=True, cwd=folder))


def run_datatrove(texts: list[str], folder: Path, workers: int) -> float:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.utils.logging import logger

    from cleaner.integrations.datatrove import CleanerFormatter

    logger.remove()
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(folder / "jsonl")),
            CleanerFormatter(),
            JsonlWriter(str(folder / f"datatrove-{workers}"), compression=None),
        ],
        tasks=SHARDS,
        workers=workers,
        logging_dir=str(folder / f"datatrove-logs-{workers}"),
    )
    return timed(executor.run)


def run_ray(texts: list[str], folder: Path, workers: int) -> float:
    import ray
    import ray.data

    from cleaner.integrations.ray import CleanBatches

    start = time.perf_counter()
    # N actors of half a CPU leave (at least) one CPU for the Parquet read and write tasks; with
    # num_cpus=1 an actor and the read task would wait for each other for ever.
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    print(f"  (ray.init: {time.perf_counter() - start:.1f} s, not counted)", flush=True)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        ds = (
            ray.data.read_parquet(str(folder / "parquet"))
            .repartition(target_num_rows_per_block=500)
            .map_batches(
                CleanBatches,
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=0.5,
            )
        )
        return timed(lambda: ds.write_parquet(str(folder / f"ray-{workers}")))
    finally:
        ray.shutdown()


def run_scrapy(texts: list[str], folder: Path, workers: int, pipeline: bool = True) -> float:
    ready = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(len(texts), ready), daemon=True)
    server.start()
    try:
        base = ready.get(timeout=120)
        shares = [range(w, len(texts), workers) for w in range(workers)]

        def crawl() -> None:
            procs = [
                subprocess.Popen(
                    [sys.executable, __file__, "_crawl", base, str(s.start), str(s.step), str(len(texts))]
                    + (["--pipeline"] if pipeline else []),
                    stdout=subprocess.PIPE,
                )
                for s in shares
            ]
            cleaned = sum(json.loads(p.communicate()[0])["items"] for p in procs)
            if cleaned != len(texts):
                raise RuntimeError(f"scrapy: {cleaned} of {len(texts)} items")

        return timed(crawl)
    finally:
        server.terminate()


def serve(count: int, ready: multiprocessing.Queue) -> None:
    """Serve page i at /i on 127.0.0.1 (own process); put the base URL on ``ready``."""
    pages = [t.encode() for t in documents(count)]

    class Pages(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = pages[int(self.path.strip("/"))]
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    ready.put(f"http://127.0.0.1:{httpd.server_address[1]}/")
    httpd.serve_forever()


def crawl_share(base: str, start: int, step: int, stop: int, pipeline: bool) -> None:
    """One crawler process: fetch pages start, start + step, ... and print the item count as JSON."""
    from scrapy import Spider
    from scrapy.crawler import CrawlerProcess

    class Pages(Spider):
        name = "pages"

        async def start(self):  # type: ignore[no-untyped-def]
            from scrapy import Request

            for i in range(start, stop, step):
                yield Request(f"{base}{i}")

        def parse(self, response):  # type: ignore[no-untyped-def]
            yield {"text": response.body}

    settings = {
        "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
        "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300} if pipeline else {},
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Pages)
    process.crawl(crawler)
    process.start()
    print(json.dumps({"items": crawler.stats.get_value("item_scraped_count", 0)}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated: " + ",".join(ENGINES))
    args = parser.parse_args(argv)
    engines = args.engines.split(",")
    if "cli" in engines and not (ROOT / "cleaner" / "cli.py").exists():
        print("no cleaner/cli.py: skipping the CLI", file=sys.stderr)
        engines.remove("cli")

    texts = documents(args.docs)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{args.docs} documents, {mb:.1f} MB", flush=True)
    runs: dict[str, Callable[[list[str], Path, int], float]] = {
        "loop": run_loop,
        "cli": run_cli,
        "datatrove": run_datatrove,
        "ray": run_ray,
        "scrapy": run_scrapy,
        "scrapy-no-pipeline": lambda t, f, w: run_scrapy(t, f, w, pipeline=False),
    }
    if "scrapy" in engines:
        engines.append("scrapy-no-pipeline")
    rates: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_inputs(texts, folder)
        for engine in engines:
            for workers in [1] if engine == "loop" else args.workers:
                seconds = runs[engine](texts, folder, workers)
                rates[engine, workers] = args.docs / seconds
                rate = rates[engine, workers]
                print(f"{engine:>20} {workers} worker(s): {seconds:7.1f} s {rate:8.1f} docs/s", flush=True)

    loop = rates.get(("loop", 1))
    header = "engine               workers   docs/s   vs loop x workers"
    print("\n" + header + ("   vs cli -j N" if "cli" in engines else ""))
    for (engine, workers), rate in rates.items():
        line = f"{engine:<20} {workers:>7} {rate:8.1f}"
        if loop:
            line += f"   {rate / (loop * workers):17.0%}"
        if ("cli", workers) in rates:
            line += f"   {rate / rates['cli', workers]:11.0%}"
        print(line)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["_crawl"]:
        base, start, step, stop = sys.argv[2], *map(int, sys.argv[3:6])
        crawl_share(base, start, step, stop, "--pipeline" in sys.argv)
    else:
        sys.exit(main())
