"""Train the learned scorer (rule LS01) and write its weights to ``cleaner/data/scorer.json``.

Usage::

    python scripts/train_scorer.py [DATA] [--set modern]

DATA is a benchmark data folder laid out as ``SET/text/ID.txt`` plus ``SET/ground-truth.json``
(``{id: {"articleBody": ...}}``); default ``../shared/bench/data``. Needs numpy (training only).

1. Every page's text is cleaned with the other rules; the blocks LS01 judges when it runs (those that are
   not good prose) are the samples, with the features of :func:`cleaner.rules.learned.features`.
2. A block is content when most of its word 4-shingles (a line of 1-3 words: its words in a row)
   occur in the ground truth; each page weighs the same, its blocks by their words.
3. Boosted regression trees are fitted to the log-loss (second-order, on quantile thresholds; no
   sampling, nothing random: the same data give the same trees, byte for byte).
4. The threshold is the one that maximises the shingle F1 (as ``score.py`` computes it: precision and
   recall averaged over pages) of the cleaner's real output on the same set: LS01 scores a page again
   after each removal, so its effect is measured on real runs, not on step 1's blocks.

Train on one set and check on the others (the rule's figures in the README: trained on ``modern``,
checked on ``scrapinghub`` and ``multilingual``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import Cleaner  # noqa: E402
from cleaner.rules import learned  # noqa: E402

WORD = re.compile(r"\w+")
SHINGLE = 4
CONTENT_SHARE = 0.5  # a block is content when this share of its shingles is in the ground truth
TREES = 40
DEPTH = 4
RATE = 0.2  # learning rate: each tree's share
L2 = 1.0  # penalty on a node's score
MIN_HESSIAN = 5.0  # weight of the blocks on each side of a split, at least
MIN_GAIN = 0.0
BINS = 32  # candidate thresholds per feature
THRESHOLDS = [0.0] + [t / 100 for t in range(10, 51, 5)]  # 0: the cleaner without the scorer
OUT = ROOT / "cleaner" / "data" / "scorer.json"


def shingles(tokens: list[str]) -> Counter:
    """4-shingles as a multiset; 1-3 tokens are one shorter shingle (as ``score.py``)."""
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def is_content(tokens: list[str], truth: set, truth_text: str) -> bool:
    """Most of the block's shingles are in the truth (short blocks: its words in a row)."""
    if len(tokens) < SHINGLE:
        return bool(tokens) and f" {' '.join(tokens)} " in truth_text
    grams = [tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
    return sum(g in truth for g in grams) >= CONTENT_SHARE * len(grams)


def load(data: Path, name: str) -> list[tuple[str, list[str]]]:
    """The set's pages: scraped text and the ground truth's tokens, in id order."""
    truth = json.loads((data / name / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        ((data / name / "text" / f"{pid}.txt").read_text(encoding="utf-8"), WORD.findall(truth[pid]["articleBody"] or ""))
        for pid in sorted(truth)
    ]


@contextmanager
def scoring(m: learned.Model, record: list | None = None) -> Iterator[None]:
    """LS01 with the model ``m``; every set of blocks it scores (features and all) is added to ``record``."""
    model, features = learned.model, learned.features

    def recorded(page):
        found = features(page, opening=True)  # its headings too: the ground truth says what they are
        if found and record is not None:
            record.append(found)
        return found

    learned.model, learned.features = (lambda: m), recorded
    try:
        yield
    finally:
        learned.model, learned.features = model, features


def collect(pages: list[tuple[str, list[str]]]) -> list[dict]:
    """The blocks LS01 judges on each page, the other rules run (each engine round is one sample, a page's samples
    sharing its weight): features, labels and words."""
    keep_all = learned.Model((), 0.0, 0.0, ())  # scores every block 0.5, above threshold 0: removes nothing
    rows = []
    cleaner = Cleaner()
    for text, gold in pages:
        states: list = []
        with scoring(keep_all, states):
            cleaner.clean_document(text)
        truth, truth_text = set(shingles(gold)), f" {' '.join(gold)} "
        for state in states:
            tokens = [WORD.findall(block.text) for block, _ in state]
            x = np.array([x for _, x in state], dtype=float)
            y = np.array([is_content(t, truth, truth_text) for t in tokens], dtype=float)
            rows.append({"x": x, "y": y, "tokens": tokens, "share": 1 / len(states)})
    return rows


def fit(rows: list[dict]) -> tuple[float, list[dict]]:
    """Gradient-boosted regression trees on the log-loss, each page weighing the same and its blocks by their
    words: the log-odds of the average block and the trees, as arrays (``feature`` -1 marks a leaf)."""
    x = np.vstack([r["x"] for r in rows])
    y = np.concatenate([r["y"] for r in rows])
    sizes = [np.array([max(1, len(t)) for t in r["tokens"]], dtype=float) for r in rows]
    weight = np.concatenate([r["share"] * s / s.sum() for r, s in zip(rows, sizes)])
    weight *= len(x) / weight.sum()
    # candidate thresholds: quantiles of each feature, rounded as they are stored
    edges = [np.unique(np.round(np.quantile(column, np.linspace(0, 1, BINS + 1)[1:-1]), 5)) for column in x.T]
    mean = float(np.average(y, weights=weight))
    base = float(np.log(mean / (1 - mean)))
    log_odds = np.full(len(x), base)
    trees = []
    for _ in range(TREES):
        p = 1.0 / (1.0 + np.exp(-log_odds))
        tree: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
        grow(tree, x, weight * (p - y), weight * p * (1 - p), edges, np.arange(len(x)), DEPTH)
        trees.append(tree)
        log_odds += predict(tree, x)
    return base, trees


def grow(tree: dict[str, list], x: np.ndarray, g: np.ndarray, h: np.ndarray, edges: list, rows: np.ndarray, depth: int) -> int:
    """Add the node for ``rows`` (and its subtree, the split with the best gain) to ``tree``; return its index."""
    node = len(tree["value"])
    big_g, big_h = g[rows].sum(), h[rows].sum()
    for key, value in (("feature", -1), ("threshold", 0.0), ("left", -1), ("right", -1)):
        tree[key].append(value)
    tree["value"].append(round(float(-RATE * big_g / (big_h + L2)), 4))
    if depth == 0:
        return node
    best_gain, split = MIN_GAIN, None
    parent = big_g * big_g / (big_h + L2)
    for j, e in enumerate(edges):
        if not len(e):
            continue
        bins = np.searchsorted(e, x[rows, j], side="left")  # bin k: e[k - 1] < x <= e[k]
        gl = np.cumsum(np.bincount(bins, weights=g[rows], minlength=len(e) + 1))[:-1]
        hl = np.cumsum(np.bincount(bins, weights=h[rows], minlength=len(e) + 1))[:-1]
        gr, hr = big_g - gl, big_h - hl
        gain = np.where((hl >= MIN_HESSIAN) & (hr >= MIN_HESSIAN), gl**2 / (hl + L2) + gr**2 / (hr + L2) - parent, -1.0)
        k = int(np.argmax(gain))
        if gain[k] > best_gain:
            best_gain, split = float(gain[k]), (j, float(e[k]))
    if split is None:
        return node
    j, threshold = split
    low = x[rows, j] <= threshold
    tree["feature"][node], tree["threshold"][node] = j, threshold
    tree["left"][node] = grow(tree, x, g, h, edges, rows[low], depth - 1)
    tree["right"][node] = grow(tree, x, g, h, edges, rows[~low], depth - 1)
    return node


def predict(tree: dict[str, list], x: np.ndarray) -> np.ndarray:
    """The tree's leaf value for every row of ``x``."""
    node = np.zeros(len(x), dtype=int)
    feature, threshold = np.array(tree["feature"]), np.array(tree["threshold"])
    left, right, value = np.array(tree["left"]), np.array(tree["right"]), np.array(tree["value"])
    while (inner := feature[node] >= 0).any():
        j = np.where(inner, feature[node], 0)
        go_left = x[np.arange(len(x)), j] <= threshold[node]
        node = np.where(inner, np.where(go_left, left[node], right[node]), node)
    return value[node]


def f1(pages: list[tuple[str, list[str]]], m: learned.Model) -> tuple[float, float, float]:
    """Shingle F1, precision and recall of the cleaner with the model ``m`` on ``pages``, as ``score.py`` computes
    them: precision and recall averaged over pages, then their harmonic mean."""
    precisions, recalls = [], []
    with scoring(m):
        cleaner = Cleaner()
        for text, gold in pages:
            predicted, truth = shingles(WORD.findall(cleaner.clean(text))), shingles(gold)
            tp = sum((predicted & truth).values())
            if predicted:
                precisions.append(tp / sum(predicted.values()))
            if truth:
                recalls.append(tp / sum(truth.values()))
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 2 * p * r / (p + r), p, r


def train(rows: list[dict]) -> dict:
    """The model fitted to ``rows``, as written to the JSON file (but its threshold)."""
    base, trees = fit(rows)
    return {
        "bias": round(base, 4),
        "features": list(learned.FEATURES),
        "means": [round(float(m), 4) for m in np.vstack([r["x"] for r in rows]).mean(axis=0)],
        "trees": trees,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "bench" / "data"), type=Path)
    parser.add_argument("--set", default="modern", help="the set to train on (default: modern)")
    args = parser.parse_args()
    pages = load(args.data, args.set)
    rows = collect(pages)
    model = train(rows)
    scored = []
    for threshold in THRESHOLDS:  # measured on real runs: each removal changes the page the blocks are rescored on
        scored.append((f1(pages, learned.Model.from_json({**model, "threshold": threshold})), threshold))
        print(f"threshold {threshold}: F1 {scored[-1][0][0]:.4f} (P {scored[-1][0][1]:.3f} R {scored[-1][0][2]:.3f})")
    (best, threshold) = max(scored, key=lambda s: (round(s[0][0], 4), -s[1]))
    header = {"trained_on": args.set, "pages": len(pages), "samples": len(rows), "f1_without": round(scored[0][0][0], 4),
              "f1_with": round(best[0], 4)}
    OUT.write_text(json.dumps({**header, "threshold": threshold, **model}, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.set}: {len(pages)} pages, {len(rows)} samples; F1 {scored[0][0][0]:.4f} -> {best[0]:.4f} "
          f"at threshold {threshold}; wrote {OUT}")


if __name__ == "__main__":
    main()
