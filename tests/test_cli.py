"""The `cleaner` command, through main([...]): every subcommand, the corpora, the error paths, atomic writes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import clean, clean_document
from cleaner.cli import main
from cleaner.corpus import fix_text
from cleaner.document import Removal

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"
DIRTY = (SAMPLES / "seed-news-id.txt").read_text("utf-8")
PROSE = (
    "The river rose by two metres overnight, and the town council met at dawn to decide on the evacuation.\n"
    "\n"
    "    Residents of the lower streets were asked to leave their homes before noon, taking only what they need.\r\n"
)


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no config file is found above a temp dir


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def write_jsonl(path: Path, records: list[object], opener=open) -> None:
    with opener(path, "wt", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")


def read_jsonl(path: Path, opener=open) -> list[dict]:
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


RECORDS = [{"id": i, "text": text, "url": f"https://example.org/{i}"} for i, text in enumerate([DIRTY, PROSE] * 3)]


# ------------------------------------------------------------------------------------------------ rules, rule


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (["rules"], 0, "NV03"),
        (["rule", "NV03"], 0, "NV03 ("),
        (["rule", "menu-run"], 0, "NV03 ("),
        (["--version"], 0, "cleaner "),
    ],
)
def test_info_commands(argv, code, needle, capsys):
    assert main(argv) == code
    assert needle in capsys.readouterr().out


# ----------------------------------------------------------------------------------------------------- clean


def test_clean_file_to_stdout(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(DIRTY, "utf-8")
    assert main(["clean", "page.txt"]) == 0
    assert capsys.readouterr().out == clean(DIRTY) + "\n"


@pytest.mark.parametrize("argv", [["clean"], ["clean", "-"]])
def test_clean_stdin_to_stdout(argv, monkeypatch, capsys):
    stdin(monkeypatch, DIRTY.encode())
    assert main(argv) == 0
    assert capsys.readouterr().out == clean(DIRTY) + "\n"


def test_clean_folder_mirrors_tree(tmp_path):
    (tmp_path / "in" / "a" / "b").mkdir(parents=True)
    (tmp_path / "in" / "a" / "b" / "one.txt").write_text(DIRTY, "utf-8")
    (tmp_path / "in" / "two.html").write_text("<html><body><p>" + PROSE + "</p></body></html>", "utf-8")
    (tmp_path / "in" / "skip.txt").write_text(DIRTY, "utf-8")
    (tmp_path / "in" / "notes.md").write_text(DIRTY, "utf-8")
    assert main(["clean", "in", "--output-dir", "out", "--exclude", "skip.txt", "-j", "1"]) == 0
    assert (tmp_path / "out" / "a" / "b" / "one.txt").read_text("utf-8") == clean(DIRTY) + "\n"
    assert (tmp_path / "out" / "two.txt").exists()
    assert sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file()) == ["one.txt", "two.txt"]
    assert main(["clean", "in", "--output-dir", "md", "--include", "*.md"]) == 0
    assert [p.name for p in (tmp_path / "md").rglob("*") if p.is_file()] == ["notes.md"]


def test_clean_to_output_file(tmp_path):
    (tmp_path / "page.txt").write_text(DIRTY, "utf-8")
    assert main(["clean", "page.txt", "-o", "out.txt"]) == 0
    assert (tmp_path / "out.txt").read_text("utf-8") == clean(DIRTY) + "\n"


def test_clean_jsonl_keeps_order_count_and_fields(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [*RECORDS[:2], "", *RECORDS[2:]])
    assert main(["clean", "c.jsonl", "-o", "out.jsonl", "--metadata-field", "meta", "-j", "1"]) == 0
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [r["id"] for r in RECORDS]
    assert all(o["url"] == r["url"] and o["text"] == clean(r["text"]) for o, r in zip(out, RECORDS))
    assert out[0]["meta"]["removed"] == clean_document(DIRTY).counts()
    assert set(out[0]["meta"]) == {"title", "date", "removed"}
    assert (tmp_path / "out.jsonl").read_text("utf-8").count("\n") == len(RECORDS) + 1  # the blank line kept


def test_clean_jsonl_gz_and_stdout(tmp_path, capsys):
    write_jsonl(tmp_path / "c.jsonl.gz", RECORDS, gzip.open)
    assert main(["clean", "c.jsonl.gz", "-o", "out.jsonl.gz", "-j", "1"]) == 0
    assert [r["text"] for r in read_jsonl(tmp_path / "out.jsonl.gz", gzip.open)] == [clean(r["text"]) for r in RECORDS]
    assert main(["clean", "c.jsonl.gz", "-j", "1"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == list(range(len(RECORDS)))


def test_clean_parquet_round_trip(tmp_path):
    pq.write_table(pa.Table.from_pylist(RECORDS), tmp_path / "c.parquet")
    assert main(["clean", "c.parquet", "-o", "out.parquet", "--metadata-field", "meta", "-j", "1"]) == 0
    out = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [(o["id"], o["url"], o["text"]) for o in out] == [(r["id"], r["url"], clean(r["text"])) for r in RECORDS]
    assert dict(out[0]["meta"]["removed"]) == clean_document(DIRTY).counts()


def test_parallel_keeps_order(tmp_path):
    records = [{"id": i, "text": DIRTY if i % 3 else PROSE + str(i)} for i in range(100)]
    write_jsonl(tmp_path / "c.jsonl", records)
    assert main(["clean", "c.jsonl", "-o", "one.jsonl", "-j", "1"]) == 0
    assert main(["clean", "c.jsonl", "-o", "two.jsonl", "-j", "2"]) == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_select_and_statistics(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(DIRTY, "utf-8")
    assert main(["clean", "page.txt", "--select", "MD", "--statistics"]) == 0
    captured = capsys.readouterr()
    assert captured.out == clean(DIRTY, select=["MD"]) + "\n"
    assert "1 documents" in captured.err and "MD01" in captured.err and "CP01" not in captured.err


def test_config_file(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(DIRTY, "utf-8")
    (tmp_path / "cleaner.toml").write_text('select = ["MD"]\n', "utf-8")
    assert main(["clean", "page.txt"]) == 0  # found from the working directory
    assert capsys.readouterr().out == clean(DIRTY, select=["MD"]) + "\n"


# ------------------------------------------------------------------------------------------------ bad input

BAD_JSONL = [RECORDS[0], "{not json", {"id": 2}, {"text": 3}, RECORDS[1]]


@pytest.mark.parametrize(
    ("files", "argv", "message"),
    [
        ({}, ["clean", "missing.txt"], "missing.txt: no such file or directory"),
        ({"bad.txt": b"ok\n\xff\xfe"}, ["clean", "bad.txt"], "bad.txt: not UTF-8: cannot decode byte 0xff at offset 3"),
        ({"c.jsonl": BAD_JSONL}, ["clean", "c.jsonl"], "c.jsonl:2: invalid JSON"),
        ({"c.jsonl": [BAD_JSONL[2]]}, ["clean", "c.jsonl"], "c.jsonl:1: no field 'text'"),
        ({"c.jsonl": [BAD_JSONL[3]]}, ["clean", "c.jsonl"], "c.jsonl:1: field 'text' is a number, not a string"),
        ({"c.jsonl": [RECORDS[0]]}, ["clean", "c.jsonl", "--field", "body"], "c.jsonl:1: no field 'body'"),
        ({"p.txt": DIRTY}, ["clean", "p.txt", "--select", "XX99"], "unknown rule selector"),
        ({"p.txt": DIRTY, "cleaner.toml": "select = [\n"}, ["clean", "p.txt"], "cleaner.toml"),
        ({"p.txt": DIRTY}, ["clean", "p.txt", "--config", "nope.toml"], "nope.toml"),
        ({"c.jsonl": [RECORDS[0]]}, ["explain", "c.jsonl"], "explain takes one page"),
        ({"c.jsonl": [RECORDS[0]], "p.txt": DIRTY}, ["clean", "c.jsonl", "p.txt"], "cannot go into one output"),
        ({}, ["rule", "XX99"], "unknown rule 'XX99'"),
        ({}, ["frobnicate"], "invalid choice"),
        ({}, ["clean", "-j", "0"], "at least 1"),
        ({"c.jsonl.gz": b"not gzip"}, ["clean", "c.jsonl.gz"], "c.jsonl.gz:"),
    ],
)
def test_errors_are_one_line_exit_2(tmp_path, capsys, files, argv, message):
    for name, content in files.items():
        if isinstance(content, list):
            write_jsonl(tmp_path / name, content)
        else:
            (tmp_path / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_parquet_errors(tmp_path, capsys):
    pq.write_table(pa.Table.from_pylist([{"text": "a"}, {"text": None}]), tmp_path / "c.parquet")
    assert main(["clean", "c.parquet"]) == 2
    assert "Parquet is cleaned into Parquet" in capsys.readouterr().err
    assert main(["clean", "c.parquet", "-o", "o.parquet"]) == 2
    assert "c.parquet[1]: field 'text' is null, not a string" in capsys.readouterr().err
    assert main(["clean", "c.parquet", "-o", "o.parquet", "--field", "body"]) == 2
    assert "no column 'body'" in capsys.readouterr().err


def test_on_error_skip_passes_records_through(tmp_path, capsys):
    write_jsonl(tmp_path / "c.jsonl", BAD_JSONL)
    assert main(["clean", "c.jsonl", "-o", "out.jsonl", "--on-error", "skip", "--statistics", "-j", "1"]) == 0
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    assert lines[1:4] == (tmp_path / "c.jsonl").read_text("utf-8").splitlines()[1:4]
    assert json.loads(lines[0])["text"] == clean(DIRTY)
    assert "2 documents, 3 skipped" in capsys.readouterr().err


def test_error_leaves_no_partial_output(tmp_path):
    (tmp_path / "out.jsonl").write_text("previous\n", "utf-8")
    write_jsonl(tmp_path / "c.jsonl", [*RECORDS, "{broken"])
    assert main(["clean", "c.jsonl", "-o", "out.jsonl", "-j", "2"]) == 2
    assert (tmp_path / "out.jsonl").read_text("utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out.jsonl"]


# ----------------------------------------------------------------------------------------------------- check


def test_check_clean_file_is_untouched(tmp_path, capsys):
    (tmp_path / "prose.txt").write_bytes(PROSE.encode())
    assert main(["check", "prose.txt", "--fix"]) == 0
    assert (tmp_path / "prose.txt").read_bytes() == PROSE.encode()
    assert capsys.readouterr().out == ""


def test_check_lists_then_fix_then_clean(tmp_path, capsys):
    dirty = DIRTY.replace("\n", "\r\n")
    (tmp_path / "page.txt").write_bytes(dirty.encode())
    assert main(["check", "page.txt"]) == 1
    out = capsys.readouterr().out
    assert "page.txt:1: MD03" in out and "page.txt:39: FT01" in out and "--fix" in out
    assert (tmp_path / "page.txt").read_bytes() == dirty.encode()
    assert main(["check", "page.txt", "--diff"]) == 1
    assert "-Page Generated in 0/2212 sec" in capsys.readouterr().out
    assert (tmp_path / "page.txt").read_bytes() == dirty.encode()
    assert main(["check", "page.txt", "--fix"]) == 1
    fixed = (tmp_path / "page.txt").read_bytes().decode()
    assert "Page Generated" not in fixed and "\r\n" in fixed and "\n" not in fixed.replace("\r\n", "")
    kept = [line for line in dirty.splitlines() if line.strip() and line in fixed.splitlines()]
    assert fixed.splitlines()[0] == kept[0] and fixed.startswith(kept[0])  # no blank line left on top
    assert main(["check", "page.txt"]) == 0  # nothing left to fix
    assert main(["check", "page.txt", "--fix"]) == 0
    assert (tmp_path / "page.txt").read_bytes().decode() == fixed


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt") if ".expected" not in p.name))
def test_fix_is_idempotent_on_samples(tmp_path, sample):
    (tmp_path / sample).write_bytes((SAMPLES / sample).read_bytes())
    main(["check", sample, "--fix"])
    assert main(["check", sample]) == 0


def test_check_jsonl_fix_rewrites_only_dirty_records(tmp_path, capsys):
    write_jsonl(tmp_path / "c.jsonl.gz", RECORDS, gzip.open)
    before = gzip.decompress((tmp_path / "c.jsonl.gz").read_bytes()).splitlines()
    assert main(["check", "c.jsonl.gz", "-j", "1"]) == 1
    assert "c.jsonl.gz:1 (line 39): FT01" in capsys.readouterr().out
    assert main(["check", "c.jsonl.gz", "--fix", "-j", "1"]) == 1
    after = gzip.decompress((tmp_path / "c.jsonl.gz").read_bytes()).splitlines()
    assert len(after) == len(before) and after[1::2] == before[1::2] and after[0] != before[0]
    assert "Page Generated" not in json.loads(after[0])["text"]
    assert main(["check", "c.jsonl.gz"]) == 0


def test_check_parquet_fix(tmp_path, capsys):
    pq.write_table(pa.Table.from_pylist(RECORDS), tmp_path / "c.parquet")
    assert main(["check", "c.parquet", "-j", "1"]) == 1
    assert "c.parquet[0] (line 39): FT01" in capsys.readouterr().out
    assert main(["check", "c.parquet", "--fix", "-j", "1"]) == 1
    out = pq.read_table(tmp_path / "c.parquet").to_pylist()
    assert [r["text"] for r in out][1::2] == [r["text"] for r in RECORDS][1::2]
    assert main(["check", "c.parquet"]) == 0


@pytest.mark.parametrize(
    ("text", "lines", "fixed"),
    [
        ("A\nMenu\nB", [2], "A\nB"),
        ("A\n\nMenu\n\nB\n", [3], "A\n\nB\n"),
        ("A\nMenu\n\nB", [2], "A\n\nB"),
        ("Menu\n\nA\n", [1], "A\n"),
        ("A\n\nFooter\n", [3], "A\n"),
        ("A\r\n\r\nM1\r\n\r\nM2\r\n\r\nB\r\n", [3, 5], "A\r\n\r\nB\r\n"),
        ("  A\n\tB\n", [], "  A\n\tB\n"),
    ],
)
def test_fix_text(text, lines, fixed):
    assert fix_text(text, [Removal("XX01", "why", "", (n, n)) for n in lines]) == fixed


# --------------------------------------------------------------------------------------------------- explain


def test_explain_text_and_json(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(DIRTY, "utf-8")
    assert main(["explain", "page.txt"]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out and "FT01 Page Generated in 0/2212 sec  ← " in out
    assert main(["explain", "page.txt", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == clean(DIRTY) and {"rule", "reason", "lines", "text", "path"} <= set(data["removed"][0])


def test_python_dash_m(tmp_path):
    (tmp_path / "page.txt").write_text(DIRTY, "utf-8")
    run = subprocess.run([sys.executable, "-m", "cleaner", "check", "page.txt"], capture_output=True, text=True)
    assert run.returncode == 1 and "FT01" in run.stdout and run.stderr == ""
