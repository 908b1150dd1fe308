"""The datatrove, Ray Data and Scrapy integrations, each run for real on its engine.

Every engine test checks its output against the single-process ``Cleaner().clean`` record for record.
A test skips only when its engine (the extra) is not installed.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.integrations._common import FINDINGS, Policy, assess, removed_share

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BANNER_ONLY = "We use cookies to improve your experience. Accept all cookies\nSign in\nSubscribe\n"


def pages() -> dict[str, bytes]:
    """Sample pages by file name (raw bytes), plus one that nothing is left of."""
    found = {
        p.name: p.read_bytes()
        for p in sorted(SAMPLES.glob("*/*"))
        if p.suffix in (".txt", ".html") and not p.name.endswith(".expected.txt")
    }
    return {**found, "banner-only.txt": BANNER_ONLY.encode()}


def text_records() -> list[dict[str, str]]:
    """The sample pages as ``{"id", "text"}`` records of str (undecodable bytes replaced)."""
    return [{"id": name, "text": raw.decode("utf-8", "replace")} for name, raw in pages().items()]


def expected(records: list[dict[str, str]]) -> dict[str, str]:
    cleaner = Cleaner()
    return {r["id"]: cleaner.clean(r["text"]) for r in records}


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging) when the block runs longer than ``seconds``. Main thread only."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- the shared policy (no engine needed) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "policy", "drop", "over"),
    [
        (BANNER_ONLY, Policy(), None, False),
        (BANNER_ONLY, Policy(drop_empty=True), "empty", False),
        (BANNER_ONLY, Policy(drop_empty=True, max_removed_share=0.5), "empty", True),
        (BANNER_ONLY, Policy(max_removed_share=0.5), "over_budget", True),
        (BANNER_ONLY, Policy(max_removed_share=0.5, over_budget="flag"), None, True),
        ("", Policy(drop_empty=True), "empty", False),
        (None, Policy(), None, False),
    ],
)
def test_policy(text: str | None, policy: Policy, drop: str | None, over: bool) -> None:
    outcome = assess(Cleaner(), text, policy)
    assert (outcome.drop, outcome.over_budget) == (drop, over)
    assert tuple(outcome.findings()) == FINDINGS


def test_removed_share_counts_text_not_markup() -> None:
    result = Cleaner().clean_document("Accept cookies\n\n" + "A sentence that is the article body. " * 3)
    assert 0 < removed_share(result) < 0.5
    assert removed_share(Cleaner().clean_document(BANNER_ONLY)) == 1.0
    assert removed_share(Cleaner().clean_document("")) == 0.0


@pytest.mark.parametrize("bad", [{"max_removed_share": 1.5}, {"over_budget": "keep"}])
def test_policy_rejects_bad_values(bad: dict) -> None:
    with pytest.raises(ValueError):
        Policy(**bad)


# --- datatrove -------------------------------------------------------------------------------------


def test_datatrove_local_executor(tmp_path: Path) -> None:
    pytest.importorskip("datatrove", reason="datatrove is not installed (pip install 'scrape-cleaner[datatrove]')")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.integrations.datatrove import CleanerFormatter

    records = text_records()
    (tmp_path / "in").mkdir()
    for shard in range(2):  # two input files, so the two tasks each get one
        lines = (json.dumps(r, ensure_ascii=False) for r in records[shard::2])
        (tmp_path / "in" / f"{shard}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            CleanerFormatter(drop_empty=True),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    with deadline(120):
        executor.run()

    out = [json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl")) for line in f.open(encoding="utf-8")]
    want = {k: v for k, v in expected(records).items() if v}
    assert {d["id"]: d["text"] for d in out} == want
    assert len(out) == len(want) == len(records) - 1  # banner-only dropped
    findings = {d["id"]: d["metadata"]["cleaner"] for d in out}
    seed = Cleaner().clean_document(pages()["seed-news-id.txt"])
    assert findings["seed-news-id.txt"]["removals"] == seed.counts()
    assert findings["seed-news-id.txt"]["metadata"] == seed.metadata

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step_stats = next(s for s in stats if "Cleaner" in s["name"])["stats"]
    # datatrove saves a counter that only ever went up by one as a bare int
    step = {k: v if isinstance(v, int) else v["total"] for k, v in step_stats.items()}
    assert (step["dropped_empty"], step["forwarded"]) == (1, len(want))
    removed = {k[len("removed_") :]: v for k, v in step.items() if k.startswith("removed_")}
    total: dict[str, int] = {}
    for r in records:
        for code, n in Cleaner().clean_document(r["text"]).counts().items():
            total[code] = total.get(code, 0) + n
    assert removed == total


def test_datatrove_budget_flags_or_drops_to_exclusion_writer(tmp_path: Path) -> None:
    pytest.importorskip("datatrove", reason="datatrove is not installed (pip install 'scrape-cleaner[datatrove]')")
    from datatrove.data import Document
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.integrations.datatrove import CleanerFormatter

    def docs() -> Iterator[Document]:
        return (Document(text=r["text"], id=r["id"]) for r in text_records())

    flag = CleanerFormatter(max_removed_share=0.5, over_budget="flag")
    flagged = [d.id for d in flag.run(docs()) if d.metadata["cleaner"]["over_budget"]]
    assert "banner-only.txt" in flagged

    drop = CleanerFormatter(max_removed_share=0.5, exclusion_writer=JsonlWriter(str(tmp_path), compression=None))
    kept = [d.id for d in drop.run(docs())]
    excluded = [json.loads(line) for f in tmp_path.glob("*.jsonl") for line in f.open(encoding="utf-8")]
    assert sorted(d["id"] for d in excluded) == sorted(flagged)
    assert not set(kept) & set(flagged) and len(kept) + len(flagged) == len(text_records())
    banner = next(d for d in excluded if d["id"] == "banner-only.txt")
    assert banner["text"] == BANNER_ONLY  # dropped documents are written as they came in
    assert CleanerFormatter().format(BANNER_ONLY) == ""


# --- Ray Data --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_local() -> Iterator[object]:
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'scrape-cleaner[ray]')")
    pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install 'scrape-cleaner[ray]')")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.mark.parametrize("batch_format", ["pyarrow", "pandas"])
def test_ray_parquet_to_parquet(ray_local: object, tmp_path: Path, batch_format: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    import ray.data

    from cleaner.integrations.ray import CleanBatches

    records = text_records()
    (tmp_path / "in").mkdir()
    for shard in range(2):
        pq.write_table(pa.Table.from_pylist(records[shard::2]), tmp_path / "in" / f"{shard}.parquet")
    # The read packs small files into one block: split it so that both actors get work. Two actors of
    # 1 CPU each would take both CPUs and starve the Parquet read and write tasks (a hang): half a CPU
    # each leaves one for them, and the actors still run in two processes.
    ds = (
        ray.data.read_parquet(str(tmp_path / "in"))
        .repartition(target_num_rows_per_block=8)
        .map_batches(
            CleanBatches,
            fn_constructor_kwargs={"drop_empty": True},
            batch_format=batch_format,
            compute=ray.data.ActorPoolStrategy(size=2),
            num_cpus=0.5,
        )
    )
    with deadline(150):
        ds.write_parquet(str(tmp_path / "out"))

    out = pq.read_table(tmp_path / "out").to_pylist()
    want = {k: v for k, v in expected(records).items() if v}
    assert {r["id"]: r["text"] for r in out} == want
    assert len(out) == len(want)
    seed = next(r for r in out if r["id"] == "seed-news-id.txt")
    assert json.loads(seed["cleaner_removals"]) == Cleaner().clean_document(pages()["seed-news-id.txt"]).counts()
    assert seed["cleaner_page_type"] == "article" and isinstance(seed["cleaner_removed_share"], float)


def test_ray_batch_kinds_agree() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'scrape-cleaner[ray]')")
    pytest.importorskip("pandas", reason="pandas is not installed")
    pytest.importorskip("ray", reason="Ray is not installed (pip install 'scrape-cleaner[ray]')")
    import numpy as np

    from cleaner.integrations.ray import CleanBatches

    table = pa.Table.from_pylist(text_records())
    clean = CleanBatches(max_removed_share=0.5, over_budget="drop", prefix="c_")
    want = clean(table).to_pylist()
    assert "banner-only.txt" not in {r["id"] for r in want}
    assert clean(table.to_pandas()).to_dict("records") == want
    as_numpy = clean({k: np.asarray(v, dtype=object) for k, v in table.to_pydict().items()})
    assert [dict(zip(as_numpy, row)) for row in zip(*as_numpy.values())] == want


# --- Scrapy ----------------------------------------------------------------------------------------


@pytest.fixture()
def served_pages(tmp_path: Path) -> Iterator[tuple[str, dict[str, bytes]]]:
    """The sample pages served on 127.0.0.1 by a tiny http.server thread: (base URL, pages by name)."""
    found = pages()
    for name, raw in found.items():
        (tmp_path / name).write_bytes(raw)
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", found
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_scrapy_crawl(served_pages: tuple[str, dict[str, bytes]], tmp_path: Path) -> None:
    pytest.importorskip("scrapy", reason="Scrapy is not installed (pip install 'scrape-cleaner[scrapy]')")
    from scrapy import Spider
    from scrapy.crawler import CrawlerProcess

    base, found = served_pages

    class PagesSpider(Spider):
        name = "pages"
        start_urls = tuple(base + name for name in found)

        def parse(self, response):  # type: ignore[no-untyped-def]
            yield {"url": response.url, "text": response.body}

    feed = tmp_path / "items.jsonl"
    process = CrawlerProcess(
        settings={
            "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300},
            "CLEANER_DROP_EMPTY": True,
            "CLEANER_FINDINGS_FIELD": "cleaner",
            "FEEDS": {feed.as_uri(): {"format": "jsonlines", "encoding": "utf-8"}},
            "LOG_LEVEL": "WARNING",
            "TELNETCONSOLE_ENABLED": False,
            "ROBOTSTXT_OBEY": False,
            "DOWNLOAD_TIMEOUT": 10,
            "CLOSESPIDER_TIMEOUT": 90,
            "LOG_INSTALL_ROOT_HANDLER": False,
        }
    )
    crawler = process.create_crawler(PagesSpider)
    process.crawl(crawler)
    process.start()

    cleaner = Cleaner()
    want = {base + name: cleaner.clean(raw) for name, raw in found.items()}
    items = [json.loads(line) for line in feed.open(encoding="utf-8")]
    assert {i["url"]: i["text"] for i in items} == {url: text for url, text in want.items() if text}
    assert all(set(i["cleaner"]) >= {"title", "removals", "removed_share"} for i in items)
    stats = crawler.stats.get_stats()
    assert stats["cleaner/items"] == len(found)
    assert stats["cleaner/dropped/empty"] == 1
    total: dict[str, int] = {}
    for raw in found.values():
        for code, n in cleaner.clean_document(raw).counts().items():
            total[code] = total.get(code, 0) + n
    assert {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("cleaner/removed/")} == total


def test_scrapy_pipeline_settings() -> None:
    pytest.importorskip("scrapy", reason="Scrapy is not installed (pip install 'scrape-cleaner[scrapy]')")
    from scrapy.exceptions import DropItem
    from scrapy.utils.test import get_crawler

    from cleaner.integrations.scrapy import CleanerPipeline

    crawler = get_crawler(
        settings_dict={
            "CLEANER_FIELD": "body",
            "CLEANER_OPTIONS": {"ignore": ["CO"]},
            "CLEANER_MAX_REMOVED_SHARE": "0.1",
            "CLEANER_OVER_BUDGET": "flag",
        }
    )
    pipeline = CleanerPipeline.from_crawler(crawler)
    item = pipeline.process_item({"body": BANNER_ONLY})
    assert item["body"] == Cleaner(ignore=["CO"]).clean(BANNER_ONLY)
    assert "cleaner" not in item
    assert pipeline.process_item({"other": "x"}) == {"other": "x"}
    assert crawler.stats.get_value("cleaner/flagged/over_budget") == 1
    assert crawler.stats.get_value("cleaner/missing_field") == 1

    pipeline.policy = Policy(max_removed_share=0.1)
    with pytest.raises(DropItem, match="over_budget"):
        pipeline.process_item({"body": BANNER_ONLY})
