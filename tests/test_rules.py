"""Every registered rule: documented, with positive and negative examples that hold."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.registry import RULES, CODE_RE, NAME_RE

TEXT_RULES = sorted(code for code, cls in RULES.items() if cls.kinds is None or "text" in cls.kinds)


def parse_example(example: str) -> tuple[str, set[int]]:
    """The page of an example (marks stripped) and the 1-based line numbers marked for removal."""
    lines, marked = [], set()
    for number, line in enumerate(example.split("\n"), start=1):
        if line.startswith("- "):
            marked.add(number)
            line = line[2:]
        lines.append(line)
    return "\n".join(lines), marked


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented(code: str) -> None:
    cls = RULES[code]
    assert CODE_RE.match(cls.code) and NAME_RE.match(cls.name)
    doc = cls.documentation()
    assert "Why:" in doc and "False positives:" in doc, f"{code}: say why and what it may get wrong"


@pytest.mark.parametrize("code", TEXT_RULES)
def test_rule_has_positive_and_negative_examples(code: str) -> None:
    marks = [parse_example(e)[1] for e in RULES[code].examples]
    assert any(marks), f"{code}: no positive example"
    assert any(not m for m in marks), f"{code}: no negative example"


@pytest.mark.parametrize(
    ("code", "example"), [(code, ex) for code in TEXT_RULES for ex in RULES[code].examples]
)
def test_rule_examples(code: str, example: str) -> None:
    page, marked = parse_example(example)
    result = Cleaner(select=[code, *RULES[code].requires]).clean_document(page)
    flagged = {r.lines[0] for r in result.removed if r.rule == code}
    assert flagged == marked
    assert all(r.reason for r in result.removed)


def test_comment_counters_of_a_listing_are_not_a_comment_section() -> None:
    """ST02 cuts at a comment heading after an article, not at the "N comments" counters of a feed's teasers
    (three or more), whatever the page type."""
    topics = ["Rust", "Python", "Go", "Kotlin", "Swift", "Elixir", "Haskell", "Scala", "Julia", "Zig", "Nim", "OCaml"]
    cards = [
        line
        for i, topic in enumerate(topics)
        for line in (
            f"Why teams move to {topic} this year",
            f"We asked engineers what changed when they adopted {topic} for their backend services and why.",
            f"{i} comments",
        )
    ]
    result = Cleaner().clean_document("\n".join(cards))
    assert result.page_type == "listing"
    assert not [r for r in result.removed if r.rule == "ST02"]
    story = [f"The council voted on Tuesday to keep ferry {i} running for five more years, the clerk said." for i in range(12)]
    featured = Cleaner().clean_document("\n".join([*story, *cards[:12]]))  # a feed that opens with a long post
    assert featured.page_type == "article"
    assert not [r for r in featured.removed if r.rule == "ST02"]


def test_a_comment_heading_above_a_feed_with_counters_still_cuts() -> None:
    """The counters of a "latest" feed below the comments do not hide the comment section's own heading."""
    story = [f"The council voted on Tuesday to keep ferry {i} running for five more years, the clerk said." for i in range(8)]
    thread = [
        "[ 12 comments ]",
        *[line for name in ("jdoe", "asmith", "river_fan", "kb") for line in (name, f"{name} took that ferry for years.")],
        "Most read",
    ]
    feed = [line for i in range(4) for line in (f"Bridge {i} closes for repairs in spring", f"{i + 3} comments")]
    result = Cleaner().clean_document("\n".join([*story, *thread, *feed]))
    cut = [r.text for r in result.removed if r.rule == "ST02"]
    assert "jdoe" in cut and "kb took that ferry for years." in cut and story[-1] in result.text


def test_a_feed_of_cut_off_summaries_is_not_cut() -> None:
    """NV09 leaves the summaries alone when they are most of the page's prose: a feed taken for an article."""
    summaries = [
        f"Story {i}: the council met on Tuesday to discuss ferry line {i}, and the clerk said the vote would..."
        for i in range(6)
    ]
    result = Cleaner().clean_document("\n".join(["A short intro about the week's local news, in one line.", *summaries]))
    assert not [r for r in result.removed if r.rule == "NV09"]


def test_a_page_of_results_with_little_prose_keeps_its_results() -> None:
    """ST01: when even the best region of prose is too short to be an article's body (a results roundup), the
    page is cut only before its first and after its last region, as other pages are: the results stay."""
    page = "\n".join([
        "Weekend roundup: Harbour club wins again",
        "The Harbour club won its fourth game in a row on Saturday, and the coach said the team was ready for the cup.",
        "Harbour 3, Mill Town 1",
        "Goals: Smith 2, Jones",
        "Riverside 0, Old Port 2",
        "Goals: Brown, Green",
        "Lakeside 1, Hill Park 1",
        "Goals: White; Black",
        "Hill Park had won its first three games before the draw.",
    ])
    result = Cleaner().clean_document(page)
    assert result.page_type == "article"
    assert not [r for r in result.removed if r.rule == "ST01"]


ARTICLE = [
    "Police in eight countries took servers offline this week, the agency said on Friday in a statement.",
    "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
    "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.",
]


def test_a_list_that_the_article_announces_at_its_end_stays() -> None:
    """ST01: the items of a list the last line announces ("Hearing dates:", or a short heading) stay with the
    article when they open alike (a date or number, then the same separator)."""
    dates = ["June 9 -- District court, The Hague", "June 14 -- Regional court, Lyon", "July 2 -- Court of appeal, Turin"]
    for intro in ("The hearings are set for these dates:", "Hearing dates"):
        result = Cleaner(select=["ST01"]).clean_document("\n".join([*ARTICLE, intro, *dates]))
        assert not result.removed, intro


CLINIC = ["Dental care at the health centres | Example Health", "Dental care at the health centres",
          "You will find modern treatment rooms at our centres, along with caring dentists, assistants and hygienists "
          "who see adults and children from both counties every day of the week."]
CLINIC_BODY = [
    f"Do you have a dental emergency? Our walk-in centre {i} is open most Saturdays from one to four, and you can "
    "also reach the team by phone with any questions or concerns about your treatment or your bill."
    for i in range(5)
]
TREATMENTS = ["Root canals on select teeth", "Digital radiographic analysis of the jaw", "Dental emergencies on the same day"]


def test_a_list_between_the_standfirst_and_the_body_stays() -> None:
    """ST01: in scraped text, three or more short lines without a sentence end between the standfirst and the body
    are the text's list (its first items went as a menu: the removed lines cut the standfirst's region off)."""
    menu_like = ["Screening Exams", "Cleanings", "Extractions", "X-rays"]
    result = Cleaner().clean_document("\n".join([*CLINIC, *menu_like, *TREATMENTS, *CLINIC_BODY]))
    assert not [r for r in result.removed if r.rule == "ST01"]


def test_a_caption_between_the_standfirst_and_the_body_goes() -> None:
    """ST01: a line that ends a sentence among them ("Opening hours vary.") makes no list: the lines between go."""
    menu_like = ["Screening Exams", "Cleanings", "Extractions", "X-rays"]
    caption = "Opening hours vary."
    result = Cleaner().clean_document("\n".join([*CLINIC, *menu_like, caption, *TREATMENTS, *CLINIC_BODY]))
    assert {r.text for r in result.removed if r.rule == "ST01"} == {*TREATMENTS, caption}


def test_labels_after_an_article_are_no_announced_list() -> None:
    """ST01: short labels without a separator after a heading are a menu, not the article's list."""
    labels = ["More news", "Weather", "Sport", "Travel", "Culture"]
    result = Cleaner(select=["ST01"]).clean_document("\n".join([*ARTICLE, *labels]))
    assert {r.text for r in result.removed if r.rule == "ST01"} == set(labels)


def test_a_footer_heading_cuts_the_page_footer_in_other_languages() -> None:
    """ST03: "Fußzeile" heads the footer of a German page: the notes below it go, the article above stays."""
    article = [
        f"Der Gemeinderat hat am Dienstag beschlossen, die Fährlinie {i} weitere fünf Jahre zu betreiben, und die "
        "Kosten werden mit den beiden Orten auf der anderen Seite des Flusses geteilt."
        for i in range(4)
    ]
    notes = ["Fußzeile", "Alle Angaben ohne Gewähr, die Preise können sich jederzeit und ohne Ankündigung ändern."]
    result = Cleaner(select=["ST03"]).clean_document("\n".join([*article, *notes]))
    assert [r.text for r in result.removed] == notes


def test_a_tutorial_section_named_footer_stays() -> None:
    """ST03: on documentation, "Sticky Footer" heads a section of the text, not the page's footer."""
    intro = [
        f"Step {i}: the layout keeps the last element at the bottom of the window, even when the page has little "
        "content, so the reader never sees it float in the middle of the screen."
        for i in range(4)
    ]
    code = [".wrapper { min-height: 100vh; }", "footer { margin-top: auto; }", "body { display: flex; }"]
    after = [
        f"Note {i}: with the wrapper set this way, the browser grows the main element to fill the space that is left, "
        "and the footer moves down when the content gets longer than the window."
        for i in range(2)
    ]
    page = "\n".join([*intro, "Sticky Footer", "Set the wrapper to a flex column:", *code, *after])
    result = Cleaner().clean_document(page)
    assert result.page_type == "documentation"
    assert not [r for r in result.removed if r.rule == "ST03"]


def test_removed_blocks_weigh_more_past_the_first_two_of_a_run() -> None:
    """prose.weights: the first LONE_REMOVED removed blocks of a run weigh REMOVED_WEIGHT, the next ones the weight
    asked for (by default the same)."""
    from cleaner.document import Block
    from cleaner.prose import CHROME, GOOD, REMOVED_WEIGHT, weights

    blocks = [Block(index=i, text=f"line {i}", first=i + 1, last=i + 1) for i in range(6)]
    classes = [GOOD, CHROME, CHROME, CHROME, CHROME, GOOD]
    heavy = weights(blocks, classes, set(), removed=2 * REMOVED_WEIGHT)
    assert heavy[1:5] == [-REMOVED_WEIGHT, -REMOVED_WEIGHT, -2 * REMOVED_WEIGHT, -2 * REMOVED_WEIGHT]
    assert weights(blocks, classes, set())[1:5] == [-REMOVED_WEIGHT] * 4


def test_a_run_of_removed_chrome_parts_an_article_from_the_prose_beyond() -> None:
    """ST01: on an article, a run of four lines the other rules removed (a share bar) parts the body from a shorter
    paragraph below it, which then goes; two removed lines do not part them."""
    tail = (
        "Our newsroom is run by a small team of editors who have covered the city for many years, and we are "
        "always happy to hear from you and to read all of your letters."
    )
    for bar, cut in ((["Share", "Tweet", "Facebook", "Email"], True), (["Share", "Tweet"], False)):
        result = Cleaner(select=["ST01", "AC03"]).clean_document("\n".join([*ARTICLE, *bar, tail]))
        assert result.page_type == "article"
        assert ({r.text for r in result.removed if r.rule == "ST01"} == {tail}) is cut
