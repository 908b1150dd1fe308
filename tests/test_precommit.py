"""The pre-commit hooks for real: `pre-commit try-repo` on a temporary git repo with dirty and clean files.

try-repo installs the hooks from a commit of this repository: the one at HEAD (so commit before testing).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import clean

REPO = Path(__file__).resolve().parent.parent
DIRTY = (REPO / "samples" / "text" / "seed-news-id.txt").read_text("utf-8")
PROSE = "The council met at dawn and agreed to open the shelters in the school gym and the old library.\n"

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def try_repo(cwd: Path, *hook: str) -> subprocess.CompletedProcess[str]:
    """Run the hooks (all, in manifest order, or the one named); each call installs them afresh (~10 s)."""
    head = git(REPO, "rev-parse", "HEAD").strip()
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), *hook, "--ref", head, "--all-files"]
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def test_hooks_check_then_fix(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    files = {
        "pages/dirty.txt": DIRTY,
        "pages/clean.txt": PROSE,
        "data.jsonl": json.dumps({"id": 1, "text": DIRTY}) + "\n" + json.dumps({"id": 2, "text": PROSE}) + "\n",
        "notes.md": DIRTY,  # not a dataset file: the hooks leave it alone
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, "utf-8")
    git(tmp_path, "add", ".")

    both = try_repo(tmp_path)  # cleaner-check lists the findings, then cleaner-fix fixes them
    assert both.returncode == 1, both.stdout + both.stderr
    check = both.stdout.split("cleaner fix")[0]
    assert "pages/dirty.txt:39: FT01" in check and "data.jsonl:1 (line 39): FT01" in check
    assert "clean.txt" not in check and "notes.md" not in check
    assert "files were modified by this hook" in both.stdout
    fixed = (tmp_path / "pages/dirty.txt").read_text("utf-8")
    assert "Page Generated" not in fixed and clean(fixed) == clean(DIRTY)
    records = [json.loads(line) for line in (tmp_path / "data.jsonl").read_text("utf-8").splitlines()]
    assert records[0]["text"] == fixed and records[1]["text"] == PROSE
    assert (tmp_path / "pages/clean.txt").read_text("utf-8") == PROSE
    assert (tmp_path / "notes.md").read_text("utf-8") == DIRTY

    again = try_repo(tmp_path, "cleaner-check")
    assert again.returncode == 0, again.stdout + again.stderr
