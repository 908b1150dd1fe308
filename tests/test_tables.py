"""Data tables that scraped text writes one cell a line (cleaner.tables), and what the rules make of them."""

from __future__ import annotations

from cleaner import Cleaner, clean
from cleaner.features import measure
from cleaner.text import read_text
from cleaner.tables import cells

STANDINGS = [
    "Pos.", "Club", "Played", "Points",
    "1", "Harbour Rovers", "12", "31",
    "2", "Northgate United", "12", "27",
    "3", "Mill Lane Athletic", "11", "24",
    "4", "Castle Park", "12", "19",
]


def _cells(lines: list[str]) -> list[str]:
    page = read_text("\n".join(lines))
    measure(page.blocks, "en")
    found = cells(page.blocks)
    return [b.text for b in page.blocks if b.index in found]


def test_a_table_written_one_cell_a_line_is_found_with_its_header() -> None:
    assert _cells(["The table after round twelve:", *STANDINGS, "The next round is on Saturday."]) == STANDINGS


def test_menus_widgets_and_numbered_headlines_are_not_tables() -> None:
    menu = ["News", "Sport", "Weather", "Culture", "Travel", "Money", "Health", "Science", "Opinion", "Video"]
    categories = [line for name, n in [("Politics", 12), ("Sport", 8), ("Travel", 3), ("Food", 9), ("Music", 4)]
                  for line in (name, f"({n})")]
    archive = [line for month, n in [("May", 4), ("April", 7), ("March", 2), ("February", 5)]
               for line in ("►", month, f"({n})")]
    most_read = [line for i in range(1, 6) for line in (str(i), f"Storm number {i} hits the coast")]
    pages = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Next"]
    for lines in (menu, categories, archive, most_read, pages):
        assert _cells(lines) == []


def test_an_article_keeps_its_table_and_loses_its_menu() -> None:
    page = "\n".join(
        [
            "Home", "News", "Sport", "Weather", "Culture",
            "Harbour Rovers stay top after late winner",
            "Harbour Rovers kept their lead at the top of the table with a late winner against Castle Park on "
            "Saturday, and the gap to second place is now four points.",
            "The table after round twelve:",
            *STANDINGS,
            "Northgate United play Mill Lane Athletic on Sunday in the match of the round, the league said.",
            "Contact", "Privacy", "Careers", "Advertise",
        ]
    )
    kept = clean(page).split("\n\n")
    assert all(line in kept for line in STANDINGS)
    assert "Weather" not in kept and "Careers" not in kept
    removed = Cleaner(select=["NV03"]).clean_document(page).removed
    assert not {r.text for r in removed} & set(STANDINGS)
