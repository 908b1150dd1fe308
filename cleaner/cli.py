"""The ``cleaner`` command: clean, check (--fix, --diff), explain, rules, rule CODE.

Exit codes: 0 ok, 1 check found something (or --fix changed something), 2 error (one line on stderr).
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import json
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from . import __version__
from .api import Cleaner, rules
from .config import Config, ConfigError, find_config, load_config
from .corpus import (
    DocumentError,
    Outcome,
    Runner,
    Task,
    Unchanged,
    atomic_file,
    kind_of,
    line_writer,
    new_batch,
    open_lines,
    pyarrow,
    read_cells,
    recover,
    run_cell,
    run_file,
    run_line,
)
from .registry import RULES
from .text import split_lines

DEFAULT_INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.jsonl.gz", "*.parquet")
T = TypeVar("T")
COLOURS = {"code": "\033[1;33m", "removed": "\033[31m", "reason": "\033[2m", "reset": "\033[0m"}


class CliError(Exception):
    """An error reported as one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, no usage dump
        raise CliError(f"{message} (see `{self.prog} --help`)")


# ------------------------------------------------------------------------------------------------- shared bits


@dataclass
class Stats:
    """Counters for the summary on stderr."""

    documents: int = 0
    skipped: int = 0
    size_in: int = 0
    size_out: int = 0
    lines: Counter[str] = field(default_factory=Counter)

    def add(self, out: Outcome) -> None:
        self.documents += 1
        self.size_in += out.size_in
        self.size_out += out.size_out
        self.lines.update(out.lines)

    def report(self, per_rule: bool) -> None:
        mb = 1 << 20
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        print(
            f"cleaner: {self.documents} documents{skipped}, {self.size_in / mb:.1f} MB in, "
            f"{self.size_out / mb:.1f} MB out, {sum(self.lines.values())} lines removed",
            file=sys.stderr,
        )
        if per_rule:
            for code, n in sorted(self.lines.items(), key=lambda kv: (-kv[1], kv[0])):
                name = RULES[code].name if code in RULES else ""
                print(f"{n:>10}  {code}  {name}", file=sys.stderr)


class Session:
    """One run: the task, the worker processes, the counters, the progress bar and the error policy."""

    def __init__(self, args: argparse.Namespace, task: Task) -> None:
        self.args = args
        self.task = task
        self.stats = Stats()
        self.done = 0  # records a killed run already wrote (--resume): skipped, in input order
        self._stack = ExitStack()
        self.runner = self._stack.enter_context(Runner(task, args.jobs or os.cpu_count() or 1))
        self._bar = _progress_bar()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
        self._stack.close()

    def settle(self, where: str, out: Outcome) -> bool:
        """Count ``out``; False when it failed and is skipped (an error with --on-error fail)."""
        if self._bar is not None:
            self._bar.update()
        if out.error is None:
            if out.document:
                self.stats.add(out)
            return True
        if self.args.on_error == "fail":
            raise CliError(f"{where}: {out.error}")
        print(f"cleaner: {where}: {out.error} (skipped)", file=sys.stderr)
        self.stats.skipped += 1
        return False

    def skip_done(self, lines: Iterator[bytes]) -> int:
        """Consume the input lines whose records a killed run already wrote (--resume); how many."""
        skipped = 0
        while self.done and next(lines, None) is not None:
            self.done -= 1
            skipped += 1
        return skipped

    def summary(self) -> None:
        if self.args.statistics or self._bar is not None:
            self.stats.report(self.args.statistics)


def _progress_bar() -> Any:
    """A tqdm bar counting documents when stderr is a terminal (and tqdm is installed), else None."""
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)


def make_cleaner(args: argparse.Namespace) -> Cleaner:
    """The Cleaner of the config file (given, or found like ruff finds its own) and the selection options."""
    path = args.config or find_config(Path.cwd())
    config = load_config(path) if path else Config()
    options: dict[str, Any] = {}
    if args.select:
        options["select"] = _codes(args.select)
    if args.ignore:
        options["ignore"] = (*config.ignore, *_codes(args.ignore))
    if args.extend_select:
        options["extend_select"] = (*config.extend_select, *_codes(args.extend_select))
    try:
        return Cleaner(config, **options)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _codes(values: list[str]) -> tuple[str, ...]:
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


@dataclass(frozen=True)
class Source:
    """An input file; ``rel`` is its path under the folder it was found in (for --output-dir)."""

    path: Path
    rel: Path

    @property
    def kind(self) -> str:
        return kind_of(self.path)


def gather(paths: Sequence[str], include: Sequence[str] | None, exclude: Sequence[str]) -> list[Source]:
    """The files named, and the files under the folders named that match the globs (hidden ones skipped)."""
    out: list[Source] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    rel = (Path(folder) / file).relative_to(path)
                    if not file.startswith(".") and _wanted(rel, include or DEFAULT_INCLUDE, exclude):
                        out.append(Source(path / rel, rel))
        elif path.exists():
            out.append(Source(path, Path(path.name)))
        else:
            raise CliError(f"{name}: no such file or directory")
    return out


def _wanted(rel: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    def hit(globs: Sequence[str]) -> bool:
        return any(fnmatch.fnmatch(rel.as_posix() if "/" in g else rel.name, g) for g in globs)

    return hit(include) and not hit(exclude)


# ------------------------------------------------------------------------------------------------------- clean


def cmd_clean(args: argparse.Namespace) -> int:
    task = Task(make_cleaner(args), field=args.field, metadata_field=args.metadata_field)
    with Session(args, task) as session:
        if not args.paths or args.paths == ["-"]:
            if args.output_dir:
                raise CliError("stdin is cleaned to stdout or --output, not --output-dir")
            if args.resume:
                raise CliError("--resume continues a corpus run into --output FILE.jsonl or --output-dir")
            with _sink(args.output) as sink:
                _clean_stdin(session, sink)
        else:
            sources = gather(args.paths, args.include, args.exclude or ())
            if args.output_dir:
                _clean_to_dir(session, sources, Path(args.output_dir))
            else:
                _clean_to_one(session, sources, args.output)
        session.summary()
    return 0


def _sink(output: str | None) -> Any:
    """The output file (written atomically) or stdout, as a binary stream."""
    return atomic_file(Path(output)) if output else nullcontext(sys.stdout.buffer)


def _clean_stdin(session: Session, sink: IO[bytes]) -> None:
    data = sys.stdin.buffer.read()
    for _, out in session.runner.map(run_file, [data]):
        if session.settle("<stdin>", out):
            sink.write(out.value)


def _clean_to_dir(session: Session, sources: list[Source], folder: Path) -> None:
    for group in _runs(sources):
        if group[0].kind in ("text", "html"):
            if session.args.resume:  # outputs are written whole (atomically): one that exists is done
                group = [s for s in group if not (folder / _text_output(s)).exists()]
            for source, (_, out) in zip(group, session.runner.map(run_file, [s.path for s in group])):
                if session.settle(str(source.path), out):
                    with atomic_file(folder / _text_output(source)) as f:
                        f.write(out.value)
        else:
            source = group[0]
            target = folder / source.rel
            if session.args.resume and target.exists():
                continue
            resumable = source.kind != "parquet"
            session.done = recover(target, session.args.resume) if resumable else 0
            with atomic_file(target, resumable=resumable) as f, line_writer(f, source.kind) as sink:
                _clean_corpus(session, source, sink)


def _text_output(source: Source) -> Path:
    """Where --output-dir puts the clean text of a text or HTML file."""
    return source.rel.with_suffix(".txt") if source.kind == "html" else source.rel


def _clean_to_one(session: Session, sources: list[Source], output: str | None) -> None:
    """Every input into one stream: stdout (text, or JSONL for corpora) or the --output file."""
    kinds = {"text" if s.kind == "html" else "jsonl" if s.kind == "jsonl.gz" else s.kind for s in sources}
    if len(kinds) > 1:
        raise CliError("text files and corpora (or JSONL and Parquet) cannot go into one output: use --output-dir")
    out_kind = kind_of(output) if output else "jsonl" if kinds != {"text"} else "text"
    if kinds == {"parquet"} and (out_kind != "parquet" or len(sources) != 1):
        raise CliError("Parquet is cleaned into Parquet: one input with --output FILE.parquet, or --output-dir")
    if kinds == {"jsonl"} and out_kind not in ("jsonl", "jsonl.gz"):
        raise CliError(f"{output}: JSONL is cleaned into a .jsonl or .jsonl.gz file")
    resumable = output is not None and kinds == {"jsonl"}
    if session.args.resume and not resumable:
        raise CliError("--resume continues a corpus run into --output FILE.jsonl or --output-dir")
    if resumable:
        session.done = recover(Path(output), session.args.resume)
    with atomic_file(Path(output), resumable=True) if resumable else _sink(output) as sink:
        if kinds == {"text"}:
            for source, out in session.runner.map(run_file, [s.path for s in sources]):
                if session.settle(str(source), out):
                    sink.write(out.value)
        else:
            with line_writer(sink, out_kind) as lines:
                for source in sources:
                    _clean_corpus(session, source, lines)
            if session.done:
                raise CliError(f"{output}: the output of the killed run holds more records than the input")


def _runs(sources: list[Source]) -> Iterator[list[Source]]:
    """Consecutive sources grouped: runs of text/HTML files (cleaned in parallel), each corpus alone."""
    group: list[Source] = []
    for source in sources:
        if source.kind in ("text", "html"):
            group.append(source)
            continue
        if group:
            yield group
            group = []
        yield [source]
    if group:
        yield group


def _clean_corpus(session: Session, source: Source, sink: IO[bytes]) -> None:
    """Clean the records of one corpus into ``sink`` (a Parquet file, or JSONL lines, gzipped if need be)."""
    _records(session, source, sink, lambda where, out: None)


Report = Callable[[str, Outcome], None]


def _records(session: Session, source: Source, sink: IO[bytes] | None, report: Report) -> bool:
    """Run the task over every record of a corpus, writing each (the new one, or the old one if it was
    skipped) to ``sink`` unless it is None, and reporting each to ``report``; True if any record changed."""
    try:
        if source.kind == "parquet":
            return _parquet(session, source, sink, report)
        changed = False
        written = 0
        with open_lines(source.path) as lines:
            skipped = session.skip_done(lines)
            read = _Counted(lines)
            for number, (raw, out) in enumerate(session.runner.map(run_line, read), start=skipped + 1):
                where = f"{source.path}:{number}"
                ok = session.settle(where, out)
                if ok:
                    report(where, out)
                    changed |= out.changed
                if sink is not None:
                    sink.write(out.value if ok else raw)
                    written += 1
        if sink is not None:
            _check_count(source, read.count, written)
        return changed
    except (OSError, EOFError, ValueError) as exc:  # unreadable, truncated gzip, broken Parquet
        raise CliError(f"{source.path}: {exc}") from None


def _parquet(session: Session, source: Source, sink: IO[bytes] | None, report: Report) -> bool:
    """:func:`_records` for Parquet: cells of the field go through the workers, batches are rewritten."""
    _, pq = pyarrow()
    task = session.task
    batches: deque[Any] = deque()
    cells: list[Any] = []
    metas: list[Any] = []
    writer = None
    changed = False
    read = _Counted(read_cells(source.path, task.field, batches))
    written = 0
    try:
        for index, (cell, out) in enumerate(session.runner.map(run_cell, read)):
            where = f"{source.path}[{index}]"
            ok = session.settle(where, out)
            if ok:
                report(where, out)
                changed |= out.changed
            cells.append(out.value if ok else cell)
            metas.append(out.metadata if ok else None)
            if len(cells) == batches[0].num_rows:
                batch = batches.popleft()
                if sink is not None:
                    new = new_batch(batch, task.field, cells, task.metadata_field, metas)
                    writer = writer or pq.ParquetWriter(sink, new.schema)
                    writer.write_batch(new)
                    written += new.num_rows
                cells, metas = [], []
        if sink is not None and writer is None:  # no rows: the same empty table
            pq.write_table(pq.read_schema(source.path).empty_table(), sink)
    finally:
        if writer is not None:
            writer.close()
    if sink is not None:
        _check_count(source, read.count, written)
    return changed


class _Counted(Iterator[T]):
    """An iterator that counts the items taken from it."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = iter(items)
        self.count = 0

    def __next__(self) -> T:
        item = next(self._items)
        self.count += 1
        return item


def _check_count(source: Source, read: int, written: int) -> None:
    """Records in must be records out: a mismatch is an error (the output is not put in place)."""
    if read != written:
        raise CliError(f"{source.path}: {read} records read but {written} written; the output is discarded")


# ------------------------------------------------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    fix = args.fix and not args.diff
    task = Task(make_cleaner(args), check=True, fix=args.fix or args.diff, field=args.field, diff=args.diff)
    found: Counter[str] = Counter()
    documents: set[str] = set()

    def report(where: str, out: Outcome) -> None:
        for r in out.removed:
            found[r.rule] += 1
            documents.add(where)
            line = f"line {r.lines[0]}" if r.lines[0] == r.lines[1] else f"lines {r.lines[0]}-{r.lines[1]}"
            loc = f"{where}:{r.lines[0]}" if ":" not in where and "[" not in where else f"{where} ({line})"
            print(f"{loc}: {r.rule} {r.reason}: {_snippet(r.text)}")
        if out.before_after is not None and out.changed:
            _print_diff(where, *out.before_after)

    with Session(args, task) as session:
        for group in _runs(gather(args.paths or ["."], args.include, args.exclude or ())):
            if group[0].kind in ("text", "html"):
                for source, (_, out) in zip(group, session.runner.map(run_file, [s.path for s in group])):
                    if session.settle(str(source.path), out):
                        report(str(source.path), out)
                        if fix and out.changed:
                            with atomic_file(source.path, like=source.path) as f:
                                f.write(out.value)
                continue
            source = group[0]
            if not fix:
                _records(session, source, None, report)
                continue
            with atomic_file(source.path, like=source.path) as f, line_writer(f, source.kind) as sink:
                if not _records(session, source, sink, report):
                    raise Unchanged
        if found:
            total, docs = sum(found.values()), len(documents)
            verb = "Removed" if fix else "Found"
            print(f"{verb} {total} block{'s' * (total != 1)} in {docs} document{'s' * (docs != 1)}.", end="")
            print("" if fix or args.diff else " Run `cleaner check --fix` to remove them.")
            if args.statistics:
                for code, n in found.most_common():
                    print(f"{n:>10}  {code}  {RULES[code].name if code in RULES else ''}")
    return 1 if found else 0


def _snippet(text: str, width: int = 60) -> str:
    return json.dumps(text if len(text) <= width else text[: width - 1] + "…", ensure_ascii=False)


def _print_diff(where: str, before: str, after: str) -> None:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{where}", f"b/{where}"
    )
    for line in lines:
        sys.stdout.write(line if line.endswith(("\n", "\r")) else line + "\n")


# ----------------------------------------------------------------------------------------------------- explain


def cmd_explain(args: argparse.Namespace) -> int:
    if kind_of(args.path) in ("jsonl", "jsonl.gz", "parquet"):
        raise CliError(f"{args.path}: explain takes one page; for the records of a corpus use `cleaner check`")
    try:
        raw = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
    except OSError as exc:
        raise CliError(f"{args.path}: {exc.strerror or exc}") from None
    html = kind_of(args.path) == "html"
    try:
        text = raw.decode("utf-8-sig", errors="replace" if html else "strict")
    except UnicodeDecodeError as exc:
        raise CliError(f"{args.path}: not UTF-8: cannot decode byte 0x{raw[exc.start]:02x} at offset {exc.start}")
    result = make_cleaner(args).clean_document(raw if html else text)
    if args.format == "json":
        payload = {
            "path": args.path, "title": result.title, "language": result.language, "page_type": result.page_type,
            "metadata": result.metadata, "text": result.text,
            "removed": [
                {"rule": r.rule, "reason": r.reason, "lines": list(r.lines), "text": r.text, "path": r.path}
                for r in result.removed
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    paint = (lambda what, s: f"{COLOURS[what]}{s}{COLOURS['reset']}") if colour else (lambda what, s: s)
    marks = {n: r for r in result.removed for n in range(r.lines[0], r.lines[1] + 1)}
    print(f"{args.path}: {result.page_type}, language {result.language}, {len(result.removed)} blocks removed")
    for number, line in enumerate(split_lines(text), start=1):
        removal = marks.get(number)
        if removal is None:
            print(f"{number:>5}        {line}")
        else:
            reason = f"  ← {removal.reason}" if number == removal.lines[0] else ""
            print(f"{number:>5} {paint('code', removal.rule):>6} {paint('removed', line)}{paint('reason', reason)}")
    return 0


# ------------------------------------------------------------------------------------------------------- rules


def cmd_rules(args: argparse.Namespace) -> int:
    for info in rules():
        print(f"{info.code}  {info.name:<28} {'on ' if info.default else 'off'}  {info.description}")
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    wanted = args.code.strip()
    cls = RULES.get(wanted.upper()) or next((c for c in RULES.values() if c.name == wanted), None)
    if cls is None:
        raise CliError(f"unknown rule {wanted!r} (see `cleaner rules`)")
    print(f"{cls.code} ({cls.name})\n{cls.scope} rule, {'on' if cls.default else 'off'} by default\n")
    print(cls.documentation())
    return 0


# ------------------------------------------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``cleaner`` command."""
    parser = _Parser(prog="cleaner", description="Turn scraped web pages into clean article text.")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    commands = parser.add_subparsers(dest="name", required=True, metavar="COMMAND", parser_class=_Parser)

    selection = _Parser(add_help=False)
    selection.add_argument("--config", metavar="FILE", help="cleaner.toml or pyproject.toml (default: found from .)")
    for flag, what in (("--select", "run only these rules"), ("--ignore", "do not run these rules"),
                       ("--extend-select", "run these rules too")):
        selection.add_argument(flag, action="append", metavar="RULES", help=f"{what}: codes, prefixes, names or ALL")

    batch = _Parser(add_help=False)
    batch.add_argument("--include", action="append", metavar="GLOB", help="files to take from folders")
    batch.add_argument("--exclude", action="append", metavar="GLOB", help="files to leave out of folders")
    batch.add_argument("--field", default="text", help="the field of JSONL/Parquet records to clean (text)")
    batch.add_argument("-j", "--jobs", type=_positive, metavar="N", help="worker processes (default: all cores)")
    batch.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                       help="a bad file or record stops the run (fail) or passes through unchanged (skip)")
    batch.add_argument("--statistics", action="store_true", help="print counts per rule at the end")

    clean = commands.add_parser("clean", parents=[selection, batch], help="print or write the clean text")
    clean.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - or none: stdin")
    out = clean.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="FILE", help="write everything into FILE")
    out.add_argument("--output-dir", metavar="DIR", help="write each file into DIR, mirroring the folders")
    clean.add_argument("--metadata-field", metavar="NAME", help="add title, date and removals per rule to records")
    clean.add_argument("--resume", action="store_true",
                       help="continue a killed run into the same --output/--output-dir: skip what it wrote")
    clean.set_defaults(command=cmd_clean)

    check = commands.add_parser("check", parents=[selection, batch], help="list what would be removed (exit 1)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    check.add_argument("--fix", action="store_true", help="delete the flagged lines in place")
    check.add_argument("--diff", action="store_true", help="print the fix as a unified diff; write nothing")
    check.set_defaults(command=cmd_check)

    explain = commands.add_parser("explain", parents=[selection], help="show every removed line and why")
    explain.add_argument("path", metavar="PATH", help="a page (text or HTML); - for stdin")
    explain.add_argument("--format", choices=("text", "json"), default="text")
    explain.set_defaults(command=cmd_explain)

    commands.add_parser("rules", help="list every rule").set_defaults(command=cmd_rules)
    rule = commands.add_parser("rule", help="print the documentation of a rule")
    rule.add_argument("code", metavar="CODE", help="a rule code or name")
    rule.set_defaults(command=cmd_rule)
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``cleaner`` command; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
        return args.command(args)
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:  # the reader went away (`cleaner clean big.jsonl | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (CliError, ConfigError, DocumentError, OSError) as exc:
        print(f"cleaner: error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("cleaner: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, naming the exception
        print(f"cleaner: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    return 2
