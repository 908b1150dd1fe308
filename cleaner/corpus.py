"""Documents in and out for the command line: text and HTML files, JSONL (plain or gzipped) and Parquet corpora.

Each document goes through one worker function (:func:`run_file`, :func:`run_line`, :func:`run_cell`) that
returns an :class:`Outcome`; :class:`Runner` maps those functions over a stream of documents in worker
processes, in order and with a bounded number of documents in flight, so memory stays flat.
Every output file is written atomically (:func:`atomic_file`); JSONL outputs can be resumed after a
killed run (:func:`recover`).
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import tempfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeVar

from .api import Cleaner
from .document import Removal, Result
from .limits import CleanerTimeout, InputTooLarge
from .text import split_lines

CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CHUNK = 16  # documents sent to a worker at once
IN_FLIGHT = 4  # chunks per worker queued ahead: keeps workers busy, bounds memory
PARQUET_BATCH = 1024  # rows read (and written) at a time
FIX_PASSES = 4  # check --fix deletes, re-checks and deletes again at most this often

T = TypeVar("T")


class DocumentError(Exception):
    """One document cannot be processed (bad JSON, missing field, undecodable bytes...)."""


class Unchanged(Exception):
    """Raised inside :func:`atomic_file` to leave the original file untouched (nothing to write)."""


def kind_of(path: str | Path) -> str:
    """``jsonl``, ``jsonl.gz``, ``parquet``, ``html`` or ``text``, from the file name."""
    name = str(path).lower()
    for suffix in CORPUS_SUFFIXES:
        if name.endswith(suffix):
            return suffix[1:]
    return "html" if name.endswith(HTML_SUFFIXES) else "text"


# ---------------------------------------------------------------------------------------------------- the work


@dataclass(frozen=True)
class Task:
    """What every document goes through: clean it, or (``check``) find the removals and (``fix``) fix the text."""

    cleaner: Cleaner
    check: bool = False
    fix: bool = False
    field: str = "text"
    metadata_field: str | None = None
    diff: bool = False  # keep the text before and after the fix


@dataclass(slots=True)
class Outcome:
    """What became of one document."""

    value: Any = None  # the output: file bytes, a JSONL line (bytes) or a Parquet cell (str)
    changed: bool = False
    removed: tuple[Removal, ...] = ()  # check mode: what would be removed
    lines: dict[str, int] = field(default_factory=dict)  # input lines removed, per rule
    metadata: dict[str, Any] | None = None  # for --metadata-field
    size_in: int = 0
    size_out: int = 0
    before_after: tuple[str, str] | None = None  # check --diff: the text and its fixed version
    error: str | None = None
    document: bool = True  # False for a blank JSONL line


def fix_text(text: str, removed: Iterable[Removal]) -> str:
    """``text`` without the removed lines; every other byte is kept.

    The lines that separated a removed run from its neighbours are tidied so that fixing never leaves a
    hole: a run at the start or the end of the text takes the blank lines after (before) it along; a run
    between two kept lines keeps the blank lines before it, or if there are none, the ones after it.
    So paragraphs stay separated as they were and a fixed text has nothing left to fix.
    """
    doomed = {n - 1 for r in removed for n in range(r.lines[0], r.lines[1] + 1)}
    if not doomed:
        return text
    lines = _with_breaks(text)
    drop = set(doomed)
    i = 0
    while i < len(lines):
        if i not in doomed:
            i += 1
            continue
        start, end = i, i  # the run: removed lines and the blank lines around and between them
        while start > 0 and (start - 1 in doomed or not lines[start - 1].strip()):
            start -= 1
        while end + 1 < len(lines) and (end + 1 in doomed or not lines[end + 1].strip()):
            end += 1
        removed_here = [n for n in range(start, end + 1) if n in doomed]
        leading = range(start, removed_here[0])
        trailing = range(removed_here[-1] + 1, end + 1)
        keep = () if start == 0 or end == len(lines) - 1 else leading or trailing
        drop.update(n for n in range(start, end + 1) if n not in keep)
        i = end + 1
    return "".join(line for n, line in enumerate(lines) if n not in drop)


def _with_breaks(text: str) -> list[str]:
    """The lines of ``text`` as :func:`split_lines` numbers them, each with its own line break."""
    out: list[str] = []
    pos = 0
    for line in split_lines(text):
        pos += len(line)
        brk = 2 if text.startswith("\r\n", pos) else 1 if pos < len(text) else 0
        out.append(line + text[pos : pos + brk])
        pos += brk
    return out


def run_text(task: Task, text: str | bytes) -> Outcome:
    """Clean (or check) one document's text."""
    size_in = len(text.encode("utf-8")) if isinstance(text, str) else len(text)
    result = task.cleaner.clean_document(text)
    lines = _lines_per_rule(result)
    if not task.check:
        meta = _metadata(result) if task.metadata_field else None
        return Outcome(result.text, True, (), lines, meta, size_in, len(result.text.encode("utf-8")))
    if not result.removed:
        return Outcome(text, False, size_in=size_in, size_out=size_in)
    if not task.fix:
        return Outcome(text, True, result.removed, lines, None, size_in, size_in)
    if not isinstance(text, str) or any(r.path for r in result.removed):
        raise DocumentError("HTML is not fixed in place (its lines are markup); clean it with `cleaner clean`")
    fixed, found = text, result
    for _ in range(FIX_PASSES):  # removing chrome can change how the rest reads: fix until nothing is flagged
        fixed = fix_text(fixed, found.removed)
        found = task.cleaner.clean_document(fixed)
        if not found.removed:
            break
    pair = (text, fixed) if task.diff else None
    return Outcome(fixed, True, result.removed, lines, None, size_in, len(fixed.encode("utf-8")), pair)


def _lines_per_rule(result: Result) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in result.removed:
        out[r.rule] = out.get(r.rule, 0) + r.lines[1] - r.lines[0] + 1
    return out


def _metadata(result: Result) -> dict[str, Any]:
    return {"title": result.title, "date": result.metadata.get("date"), "removed": result.counts()}


def attempt(fn: Callable[[Task, T], Outcome], task: Task, item: T) -> Outcome:
    """``fn(task, item)``, with document errors in ``Outcome.error`` (so one bad record stops nothing)."""
    try:
        return fn(task, item)
    except (DocumentError, InputTooLarge, CleanerTimeout) as exc:
        return Outcome(error=str(exc))
    except UnicodeDecodeError as exc:
        return Outcome(error=f"not UTF-8: cannot decode byte 0x{exc.object[exc.start]:02x} at offset {exc.start}")
    except OSError as exc:
        return Outcome(error=exc.strerror or str(exc))


def run_file(task: Task, source: Path | bytes) -> Outcome:
    """A text or HTML file (or the bytes of stdin); the output is bytes: the cleaned text and a newline, or
    the fixed file."""
    raw = source if isinstance(source, bytes) else source.read_bytes()
    if isinstance(source, Path) and kind_of(source) == "html":
        out = run_text(task, raw)  # HTML declares its own encoding: the cleaner reads the bytes
        if task.check:  # reported, never fixed (run_text refuses)
            out.value = raw
            return out
    else:
        bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
        out = run_text(task, raw[len(bom) :].decode("utf-8"))
        if task.check:
            out.value = bom + out.value.encode("utf-8")
            return out
    out.value = (out.value + "\n").encode("utf-8") if out.value else b""
    return out


def run_line(task: Task, line: bytes) -> Outcome:
    """A JSONL line; the output is the line (re-serialised only if the field changed)."""
    body = line.rstrip(b"\r\n")
    if not body.strip():
        return Outcome(line, document=False)
    try:
        record = json.loads(body)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    text = field_text(record, task.field)
    out = run_text(task, text)
    if out.changed:
        record[task.field] = out.value
        if out.metadata is not None:
            record[task.metadata_field] = out.metadata
        out.value = json.dumps(record, ensure_ascii=False).encode("utf-8") + line[len(body) :]
    else:
        out.value = line
    return out


def run_cell(task: Task, value: Any) -> Outcome:
    """A Parquet cell of the field; the output is the new cell."""
    if not isinstance(value, str):
        raise DocumentError(f"field {task.field!r} is {_type_name(value)}, not a string")
    return run_text(task, value)


def field_text(record: Any, name: str) -> str:
    """The string in field ``name`` of a JSON record, or a DocumentError saying what is wrong."""
    if not isinstance(record, dict):
        raise DocumentError(f"record is {_type_name(record)}, not an object")
    if name not in record:
        raise DocumentError(f"no field {name!r} in the record")
    if not isinstance(record[name], str):
        raise DocumentError(f"field {name!r} is {_type_name(record[name])}, not a string")
    return record[name]


TYPE_NAMES = {type(None): "null", dict: "an object", list: "a list", bool: "a boolean", int: "a number",
              float: "a number"}


def _type_name(value: Any) -> str:
    return TYPE_NAMES.get(type(value), f"a {type(value).__name__}")


# ---------------------------------------------------------------------------------------------- in parallel

_WORKER_TASK: Task | None = None


def _init_worker(task: Task) -> None:
    global _WORKER_TASK
    _WORKER_TASK = task


def _work(fn: Callable[[Task, Any], Outcome], chunk: list[Any]) -> list[Outcome]:
    assert _WORKER_TASK is not None
    return [attempt(fn, _WORKER_TASK, item) for item in chunk]


class Runner:
    """Maps a worker function over documents with ``jobs`` processes, in order, a bounded window at a time.

    (``multiprocessing.Pool.imap`` would read the whole input ahead of the workers: memory would grow
    with the file.) With one job everything runs in this process.
    """

    def __init__(self, task: Task, jobs: int) -> None:
        self.task = task
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def map(self, fn: Callable[[Task, T], Outcome], items: Iterable[T]) -> Iterator[tuple[T, Outcome]]:
        """``(item, outcome)`` for every item, in input order."""
        if self.jobs <= 1:
            for item in items:
                yield item, attempt(fn, self.task, item)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs, initializer=_init_worker, initargs=(self.task,))
        pending: deque[tuple[list[T], Future[list[Outcome]]]] = deque()
        source = iter(items)
        while chunk := list(islice(source, CHUNK)):
            pending.append((chunk, self._pool.submit(_work, fn, chunk)))
            if len(pending) >= IN_FLIGHT * self.jobs:
                yield from _done(pending.popleft())
        while pending:
            yield from _done(pending.popleft())


def _done(entry: tuple[list[T], Future[list[Outcome]]]) -> Iterator[tuple[T, Outcome]]:
    chunk, future = entry
    return zip(chunk, future.result())


# ------------------------------------------------------------------------------------------- reading, writing


@contextmanager
def atomic_file(path: Path, like: Path | None = None, resumable: bool = False) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only when the block ends without an error (temp file + rename).

    ``like``: an existing file whose permissions the new file takes (for fixing in place).
    ``resumable``: the file is written at :func:`partial_path`, appending to what :func:`recover` kept of
    a killed run, and stays there when the run is interrupted (Ctrl-C, or killed) for ``--resume``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if resumable:
        tmp = str(partial_path(path))
        f = open(tmp, "ab")
    else:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        f = os.fdopen(fd, "wb")
    try:
        with f:
            yield f
        os.chmod(tmp, (like.stat().st_mode if like else 0o666 & ~_umask()) & 0o7777)
        os.replace(tmp, path)
    except Unchanged:
        os.unlink(tmp)
    except KeyboardInterrupt:
        if not resumable:
            os.unlink(tmp)
        raise
    except BaseException:
        os.unlink(tmp)
        raise


def partial_path(path: Path) -> Path:
    """Where a resumable output grows until it is complete: ``.NAME.partial`` beside ``path``."""
    return path.with_name(f".{path.name}.partial")


def recover(path: Path, resume: bool) -> int:
    """Prepare the partial file of a resumable JSONL output; the number of records it already holds.

    With ``resume``, a killed run's partial output is cut back to its last complete record (a gzipped one
    is rewritten with the records that decompress whole); without, it is removed and the run starts over.
    """
    partial = partial_path(path)
    if not resume or not partial.exists():
        partial.unlink(missing_ok=True)
        return 0
    if kind_of(path) != "jsonl.gz":
        with partial.open("r+b") as f:
            records, end = 0, 0
            for line in f:
                if not line.endswith(b"\n"):
                    break
                records, end = records + 1, end + len(line)
            f.truncate(end)
        return records
    records = 0
    fresh = partial.with_name(partial.name + ".new")
    with gzip.open(partial, "rb") as old, fresh.open("wb") as f, line_writer(f, "jsonl.gz") as new:
        try:
            for line in old:
                if not line.endswith(b"\n"):
                    break
                new.write(line)
                records += 1
        except (EOFError, OSError, zlib.error):  # the stream ends where the run was killed
            pass
    os.replace(fresh, partial)
    return records


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def open_lines(path: Path) -> IO[bytes]:
    """A JSONL file (gzipped if its name says so) opened for reading lines as bytes."""
    return gzip.open(path, "rb") if kind_of(path) == "jsonl.gz" else path.open("rb")


@contextmanager
def line_writer(f: IO[bytes], kind: str) -> Iterator[IO[bytes]]:
    """Write JSONL lines to ``f``, gzipped when ``kind`` is ``jsonl.gz``."""
    if kind != "jsonl.gz":
        yield f
        return
    with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as gz:
        yield gz


def pyarrow() -> tuple[Any, Any]:
    """``(pyarrow, pyarrow.parquet)``, or a DocumentError saying how to install them."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise DocumentError("Parquet needs pyarrow: pip install 'scrape-cleaner[cli]'") from None
    return pa, pq


def read_cells(path: Path, name: str, batches: deque[Any]) -> Iterator[Any]:
    """The cells of column ``name``, batch after batch; each batch is appended to ``batches`` as it is read."""
    _, pq = pyarrow()
    source = pq.ParquetFile(path)
    if name not in source.schema_arrow.names:
        raise DocumentError(f"no column {name!r} (columns: {', '.join(source.schema_arrow.names)})")
    for batch in source.iter_batches(batch_size=PARQUET_BATCH):
        batches.append(batch)
        yield from batch.column(name).to_pylist()


def metadata_type(pa: Any) -> Any:
    """The Arrow type of a ``--metadata-field`` column."""
    return pa.struct([("title", pa.string()), ("date", pa.string()), ("removed", pa.map_(pa.string(), pa.int64()))])


def new_batch(batch: Any, name: str, cells: list[Any], metadata_field: str | None, metas: list[Any]) -> Any:
    """``batch`` with column ``name`` replaced by ``cells`` (and a metadata column added or replaced)."""
    pa, _ = pyarrow()
    index = batch.schema.get_field_index(name)
    out = batch.set_column(index, batch.schema.field(index), pa.array(cells, type=batch.schema.field(index).type))
    if metadata_field:
        column = pa.array(metas, type=metadata_type(pa))
        where = out.schema.get_field_index(metadata_field)
        out = out.set_column(where, metadata_field, column) if where >= 0 else out.append_column(metadata_field, column)
    return out
