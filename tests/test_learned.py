"""LS01, the learned scorer: its model loads, explains itself, tells chrome from prose, and is deterministic."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from cleaner import Cleaner
from cleaner.document import Page
from cleaner.features import measure
from cleaner.rules import learned
from cleaner.rules.learned import FEATURES, Model, features, model
from cleaner.text import read_text

PARAGRAPHS = [
    "The council voted on Tuesday to keep the ferry running for five more years, the clerk said after the meeting.",
    "Residents had asked for the line to stay open, and more than two thousand of them signed a petition in June.",
    "The ferry carries about four hundred people a day across the river, most of them on their way to work.",
    "A new boat will be ordered next spring, and the old one is to be sold once it arrives in the harbour.",
    "The mayor said that the town could not do without the service and that the costs were worth it.",
    "Some members of the council had wanted a bridge instead, but the plan was dropped as too expensive.",
    "The vote was twelve to three, and the three who voted against it said they would accept the result.",
    "Work on the new landing stage is to start in the autumn and should be finished by the end of next year.",
    "Until then the ferry will run from the old pier, which was repaired last winter after the storms.",
    "Tickets will cost the same as this year, and children under twelve will still travel for free.",
]
MENU = ["Weather", "Traffic", "Jobs"]
PAGE = "\n".join([*PARAGRAPHS, *MENU])


def judged(text: str, headline: int | None = None) -> Page:
    """The raw page of ``text`` in English, as LS01 sees it."""
    page = read_text(text)
    page.language, page.headline = "en", headline
    measure(page.blocks, "en")
    return page


def scored(text: str) -> dict[str, float]:
    """Each judged line of ``text`` and the probability the model gives it of being content (on the raw page)."""
    return {block.text: model().probability(x) for block, x in features(judged(text))}


def test_weights_load_and_match_the_features() -> None:
    data = json.loads(files("cleaner").joinpath("data/scorer.json").read_text(encoding="utf-8"))
    m = model()
    assert data["features"] == list(FEATURES)
    assert m.trees and len(m.means) == len(FEATURES)
    assert 0 < m.threshold < 1
    assert len(files("cleaner").joinpath("data/scorer.json").read_bytes()) < 64_000  # a small data file


def test_a_menu_scores_low_and_a_paragraph_is_never_judged() -> None:
    p = scored(PAGE)
    assert all(p[line] < 0.5 for line in MENU)  # chrome more likely than not; removed in the end (below)
    assert not set(PARAGRAPHS) & set(p)


def test_the_reason_names_the_strongest_features() -> None:
    removed = [r for r in Cleaner(select=["LS01"]).clean_document(PAGE).removed if r.rule == "LS01"]
    assert {r.text for r in removed} == set(MENU)
    descriptions = {d for pair in FEATURES.values() for d in pair}
    for r in removed:
        assert r.reason.startswith("learned scorer 0.")
        named = [part.rsplit(" (", 1)[0] for part in r.reason.split(": ", 1)[1].split(", ")]
        assert 1 <= len(named) <= 3 and set(named) <= descriptions


def test_deterministic_and_idempotent() -> None:
    cleaner = Cleaner()
    once = cleaner.clean_document(PAGE)
    assert [(r.rule, r.reason) for r in once.removed] == [(r.rule, r.reason) for r in cleaner.clean_document(PAGE).removed]
    assert cleaner.clean(once.text) == once.text


def test_no_prose_no_removal() -> None:
    """A page with nothing that reads like prose gives the model nothing to place the content by: kept."""
    assert not scored("\n".join(MENU))


def test_the_headline_is_never_judged() -> None:
    page = judged("Council keeps the ferry running\n" + PAGE, headline=0)
    assert [block.index for block, _ in features(page)] == list(range(len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 1 + len(MENU)))


def test_a_page_that_would_change_type_is_kept_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks without which the page would read as another type are the page's own items: none goes (a model
    that calls every judged block chrome shows it)."""
    monkeypatch.setattr(learned, "model", lambda: Model((), 0.0, 1.0, ()))
    items = [f"Book {i}: a novel about the sea, by an author from the coast" for i in range(40)]
    shelf = Cleaner(select=["LS01"]).clean_document("\n".join([PARAGRAPHS[0], *items, PARAGRAPHS[1]]))
    assert shelf.page_type == "listing" and not shelf.removed
    article = Cleaner(select=["LS01"]).clean_document(PAGE)
    assert {r.text for r in article.removed} == set(MENU)


def test_a_page_it_would_mostly_drop_is_kept_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of which the model would drop more than MAX_SHARE of the blocks is one it misreads: none goes."""
    monkeypatch.setattr(learned, "model", lambda: Model((), 0.0, 1.0, ()))
    titles = [f"How I rebuilt my garden shed in {n} weekends" for n in range(3, 20)]
    page = Cleaner(select=["LS01"]).clean_document("\n".join([*PARAGRAPHS[:2], *titles]))
    assert not page.removed
