"""LS: learned — a small ensemble of boosted trees over per-block features, trained by ``scripts/train_scorer.py``."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate
from typing import NamedTuple

from ..document import Block, Page
from ..memo import Memo
from ..pagetype import PAGE_TYPES
from ..pagetype import guess as guess_page_type
from ..prose import BAD, GOOD, NEAR, SHORT, regions, stop_scale
from ..registry import Rule, register
from ..tables import cells

_SENTENCE_BREAK = re.compile(r"[.!?…。！？](?:\s|$)")
_PUNCTUATION = re.compile(r"[^\w\s]")
WINDOW = 2  # blocks on each side whose prose is a feature of a block
JUDGED = (NEAR, SHORT, BAD)  # the classes (after the context pass) of the blocks judged: never good prose
_ONE_HOT = {c: tuple(float(c == j) for j in JUDGED) for c in (GOOD, *JUDGED)}  # a class as its JUDGED features
TEXT_CACHE = 1 << 16  # texts (with their words) whose own features are remembered

# Feature name -> what it says of a block when low, and when high (the model's features, in this order).
FEATURES: dict[str, tuple[str, str]] = {
    "log_words": ("short line", "long line"),
    "stop_ratio": ("few stopwords", "many stopwords"),
    "ends_sentence": ("no sentence end", "sentence end"),
    "capital_ratio": ("few capitals", "capitalised words"),
    "digit_ratio": ("few digits", "digits"),
    "word_length": ("short words", "long words"),
    "sentences": ("one sentence or none", "several sentences"),
    "punctuation": ("little punctuation", "much punctuation"),
    "question": ("no question", "question"),
    "ellipsis": ("not cut off", "cut off"),
    "lowercase_start": ("capital start", "lowercase start"),
    "link_density": ("little link text", "link text"),
    **{f"class_{c}": (f"not {c} prose class", f"{c} prose class") for c in JUDGED},
    "distance": ("near the article", "far from the article"),
    "region_share": ("weak region", "strong region"),
    "run_length": ("in or near prose", "in a long run without prose"),
    "relative_words": ("shorter than the page's lines", "longer than the page's lines"),
    "best_share": ("article a small part of the page", "article most of the page"),
    "after_best": ("in the article", "after the article"),
    "position": ("early on the page", "late on the page"),
    "prose_after": ("little prose below", "prose below"),
    "prev_words": ("short line before", "long line before"),
    "next_words": ("short line after", "long line after"),
    "window_good": ("no prose around", "prose around"),
    **{f"type_{t}": (f"not a {t} page", f"{t} page") for t in PAGE_TYPES},
}


class Tree(NamedTuple):
    """One regression tree, its nodes in arrays (``feature`` -1 marks a leaf); ``value`` is every node's score."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]


@dataclass(frozen=True)
class Model:
    """Boosted trees over :data:`FEATURES`: a block's log-odds of being content are ``bias`` plus its leaves'
    scores; below probability ``threshold`` it is chrome."""

    trees: tuple[Tree, ...]
    bias: float
    threshold: float
    means: tuple[float, ...]  # the training blocks' averages: is a feature low or high, in a reason

    log_odds: Callable[[Sequence[float]], float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "log_odds", _compile(self.trees, self.bias))

    def probability(self, x: Sequence[float]) -> float:
        """The probability that the block of features ``x`` is content."""
        return 1.0 / (1.0 + math.exp(-max(self.log_odds(x), -60.0)))

    def contributions(self, x: Sequence[float]) -> list[float]:
        """Each feature's share of the log-odds: what each split on the paths changed the score by."""
        out = [0.0] * len(x)
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while (j := feature[node]) >= 0:
                child = left[node] if x[j] <= threshold[node] else right[node]
                out[j] += value[child] - value[node]
                node = child
        return out

    @classmethod
    def from_json(cls, data: dict) -> Model:
        """The model as ``scripts/train_scorer.py`` writes it."""
        if data["features"] != list(FEATURES):
            raise ValueError("the scorer's model does not match its features: retrain it (scripts/train_scorer.py)")
        keys = ("feature", "threshold", "left", "right", "value")
        trees = tuple(Tree(*(tuple(t[k]) for k in keys)) for t in data["trees"])
        return cls(trees, data["bias"], data["threshold"], tuple(data["means"]))


def _compile(trees: Sequence[Tree], bias: float) -> Callable[[Sequence[float]], float]:
    """The log-odds as one Python function: the features the trees split on read once into locals, then a sum of
    nested conditionals (several times faster than walking the arrays); made only of the model's numbers,
    formatted here."""

    def node(tree: Tree, i: int) -> str:
        j = tree.feature[i]
        if j < 0:
            return repr(float(tree.value[i]))
        low, high = node(tree, tree.left[i]), node(tree, tree.right[i])
        return f"({low} if x{int(j)} <= {float(tree.threshold[i])!r} else {high})"

    used = sorted({int(j) for tree in trees for j in tree.feature if j >= 0})
    reads = "".join(f"    x{j} = x[{j}]\n" for j in used)
    total = " + ".join([repr(float(bias)), *(node(tree, 0) for tree in trees)])
    namespace: dict[str, Callable[[Sequence[float]], float]] = {}
    exec(f"def log_odds(x):\n{reads}    return {total}\n", namespace)
    return namespace["log_odds"]


@lru_cache(maxsize=1)
def model() -> Model:
    """The model shipped in ``cleaner/data/scorer.json``."""
    return Model.from_json(json.loads(files("cleaner").joinpath("data/scorer.json").read_text(encoding="utf-8")))


def features(page: Page, opening: bool = False) -> list[tuple[Block, list[float]]]:
    """The live blocks of ``page`` from the start of its best region of prose on that are not good prose, the
    headline, the heading the region opens with (unless ``opening``: training learns from it too), a data
    table's cells or its caption (never judged, nor what is above the article), and their feature vectors, in
    the order of :data:`FEATURES`; the other blocks are their context."""
    blocks = page.alive()
    n = len(blocks)
    if not n:
        return []
    classes, segments = regions(blocks, page.language)
    if GOOD not in classes:
        return []  # nothing reads like prose: the model cannot tell the content, so keep
    scale = stop_scale(blocks)
    best = max(segments, key=lambda s: s[2])
    table = cells(blocks)  # a data table written one cell a line is content (see cleaner.tables), and its caption
    share = [0.0] * n
    for a, b, score in segments:
        share[a:b] = [score / best[2]] * (b - a)
    good_words = [b.words if c == GOOD else 0 for b, c in zip(blocks, classes)]
    total_good = sum(good_words) or 1
    log_words = [math.log1p(b.words) for b in blocks]
    after = total_good
    page_type = [float(page.page_type == t) for t in PAGE_TYPES]
    out = []
    runs = _runs(classes)
    median = math.log1p(sorted(b.words for b in blocks)[n // 2])
    best_share = sum(b.words for b in blocks[best[0] : best[1]]) / (sum(b.words for b in blocks) or 1)
    good_before = list(accumulate((c == GOOD for c in classes), initial=0))  # good blocks above each block
    for i, (block, cls) in enumerate(zip(blocks, classes)):
        after -= good_words[i]
        caption = i + 1 < n and blocks[i + 1].index in table
        heading = not opening and i == best[0] and not block.ends_sentence  # the article's region opens with it
        if cls == GOOD or i < best[0] or heading or block.index == page.headline or block.index in table or caption:
            continue
        distance = max(0, i - best[1] + 1)  # blocks after the best region
        above = good_before[i] - good_before[max(0, i - WINDOW)]  # good blocks among the WINDOW blocks above
        below = good_before[min(n, i + 1 + WINDOW)] - good_before[i + 1]  # and among those below
        x = [
            log_words[i],
            min(block.stop_ratio / scale, 2.0),
            float(block.ends_sentence),
            block.capital_ratio,
            block.digit_ratio,
            *_own[block.text, block.words],
            block.link_density,
            *_ONE_HOT[cls],
            math.log1p(distance),
            share[i],
            math.log1p(runs[i]),
            log_words[i] - median,
            best_share,
            float(distance > 0),
            i / (n - 1) if n > 1 else 0.0,
            after / total_good,
            log_words[i - 1] if i else 0.0,
            log_words[i + 1] if i + 1 < n else 0.0,
            (above + below) / (2 * WINDOW),
            *page_type,
        ]
        out.append((block, x))
    return out


def _own_features(key: tuple[str, int]) -> tuple[float, ...]:
    """The features that a block's text (of so many words) alone decides: word length, sentences, punctuation,
    question, ellipsis, lowercase start."""
    text, words = key
    return (
        min(len(text) / (words or 1), 20.0),
        math.log1p(len(_SENTENCE_BREAK.findall(text))),
        len(_PUNCTUATION.findall(text)) / len(text),
        float(text.endswith("?")),
        float(text.endswith(("…", "..."))),
        float(text[0].islower()),
    )


# a text that the page's next scoring, its next round or another page holds has the same own features
_own: Memo[tuple[str, int], tuple[float, ...]] = Memo(_own_features, TEXT_CACHE)


def _runs(classes: Sequence[str]) -> list[int]:
    """For each block, the length of the run of blocks that are not good prose it belongs to (0 for prose)."""
    out = [0] * len(classes)
    start = 0
    for i, c in enumerate([*classes, GOOD]):
        if c == GOOD:
            out[start:i] = [i - start] * (i - start)
            start = i + 1
    return out


def _page_type(blocks: list[Block], page: Page) -> str:
    """The type of a page of these ``blocks`` alone, as the engine's next round (or cleaning again) guesses it."""
    return guess_page_type(Page(blocks, page.kind, page.language, hints=page.hints))


def explain(m: Model, x: Sequence[float], p: float, strongest: int = 3) -> str:
    """The reason: the probability and the features that pushed the block towards chrome the most."""
    contributions = m.contributions(x)
    ranked = sorted(range(len(contributions)), key=contributions.__getitem__)[:strongest]
    names = list(FEATURES.values())
    parts = [f"{names[j][x[j] > m.means[j]]} ({contributions[j]:+.1f})" for j in ranked if contributions[j] < 0]
    return f"learned scorer {p:.2f}: " + ", ".join(parts)


MAX_SHARE = 0.4  # a page of which the model would drop more than this share of the blocks is one it misreads


@register
class LearnedScorer(Rule):
    """Blocks that a small model (boosted trees), trained on labelled pages, scores as chrome with confidence;
    never a paragraph of good prose, nor anything above the article's best region of prose (the headline).

    Why: comment threads, teaser feeds, bios and leftover menus that survive the phrase and region rules
    still differ from the article in shape: length, stopwords, sentence ends, prose class, where they sit
    relative to the best region of prose and what surrounds them. The model (``cleaner/data/scorer.json``,
    retrained by ``scripts/train_scorer.py``) weighs these features; the reason names the probability and
    the strongest contributions towards chrome. A page that would read as another type without the blocks
    found is left whole: those are its own items (a list, a thread); so is a page of which it would drop more
    than 40 % of the blocks, and pages typed listing are not judged. False positives: short lines of the
    article below its main body (a lone list, a caption, a closing note), and pages unlike those it was
    trained on.
    """

    code = "LS01"
    name = "learned-scorer"
    scope = "document"
    order = 95  # after ST01: it judges what the rules left
    kinds = frozenset({"text"})
    # not on listings: their items are short lines below one short intro, just what the model learned as chrome
    page_types = frozenset({"article", "forum", "product", "collection", "documentation"})
    examples = (
        "Police seize propaganda servers\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.\n"
        "Investigators said that the people behind it had moved to other services after the last operation.\n"
        "The agency would not say where the servers were, but it said that they were now in the hands of police.\n"
        "- Weather\n- Traffic",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        """Score the live blocks, drop the chrome, and score what is left again until nothing more goes (as
        cleaning the output again would: the features of a block depend on the blocks around it). When the
        page would read as another type without them, they are the page's own items (a list, a thread), not
        chrome around its content: nothing goes."""
        m = model()
        alive = page.alive()
        chrome: dict[int, tuple[list[float], float]] = {}  # the blocks found, with their features and probability
        while True:
            left = [b for b in alive if b.index not in chrome]
            found: dict[int, tuple[list[float], float]] = {}
            for block, x in features(Page(left, page.kind, page.language, page.page_type, headline=page.headline)):
                p = m.probability(x)
                if p < m.threshold:
                    found[block.index] = x, p
            if not found:
                break
            chrome.update(found)
        if not chrome or len(chrome) > MAX_SHARE * len(alive):
            return  # nothing, or so much that the page is not one the model knows (a list of titles read as an article)
        if _page_type(alive, page) == _page_type([b for b in alive if b.index not in chrome], page):
            yield from ((index, index + 1, explain(m, x, p)) for index, (x, p) in chrome.items())
