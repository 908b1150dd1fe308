"""The page-type guess on pages built to sit on either side of its thresholds."""

from cleaner import Cleaner

TEASERS = [
    line
    for topic in ("ferries", "schools", "libraries", "bridges", "parks", "markets", "trams")
    for line in (
        f"{topic.title()} budget",
        "12 March 2025 · 4 min read",
        f"The council has set aside more money for {topic} next year than in any year before, and the residents "
        f"who came to the meeting on Monday had many questions about how it will be spent.",
    )
]
STORY = [
    f"The council voted on Tuesday to keep ferry line {i} running for five more years, and the clerk said "
    f"that the cost would be shared with the two towns on the far side of the river."
    for i in range(8)
]
ABOUT = [  # longer than all the teasers together
    f"We are a small newsroom that has covered the {i} towns along the river since 1998, in print and online, "
    f"and our reporters live in the towns they write about, so we answer every letter that our readers send us."
    for i in range(6)
]


def test_a_feed_of_single_teasers_is_a_listing() -> None:
    assert Cleaner().clean_document("\n".join(TEASERS)).page_type == "listing"


def test_an_article_between_rails_of_teasers_is_an_article() -> None:
    """One run holds most of the prose: it is the article, the single paragraphs around it are its rails."""
    page = "\n".join([*TEASERS[:6], *STORY, *TEASERS[6:]])
    assert Cleaner().clean_document(page).page_type == "article"


def test_a_feed_that_closes_with_an_about_text_stays_a_listing() -> None:
    """The last run of prose does not make a feed an article: a site's closing text comes after its teasers."""
    page = "\n".join([*TEASERS, *ABOUT])
    assert Cleaner().clean_document(page).page_type == "listing"


LATEST = [  # a "latest" feed of headlines, each with its date and time
    line
    for i, topic in enumerate(("ferries", "schools", "libraries", "bridges", "parks", "markets", "trams", "docks"))
    for line in (f"Why the {topic} of the river towns will cost more to run next year", f"1{i} Nov 2025,", f"9:4{i}pm")
]


def test_an_article_above_a_long_feed_of_headlines_is_an_article() -> None:
    """One run of four paragraphs outweighs every headline of the feed many times: the page is its article."""
    page = "\n".join([*STORY[:4], "Latest news", *LATEST, *LATEST])
    assert Cleaner().clean_document(page).page_type == "article"


def test_a_feed_with_a_short_intro_stays_a_listing() -> None:
    """An intro of a paragraph or two does not outweigh the feed: it is a listing's, not an article's body."""
    page = "\n".join([*STORY[:2], *TEASERS])
    assert Cleaner().clean_document(page).page_type == "listing"


RECIPES = [f"{dish} with {side}" for dish in ("Slow-Cooked Ragù", "Baked Ziti", "Tomato Tart", "Pork Stew", "Meatballs", "Lasagna")
           for side in ("Fresh Basil", "Burst Cherry Tomatoes", "Toasted Crumbs", "Green Olives", "Capers")]
INTRO = ("Our collection of tomato sauce recipes has something for every kind of dish, whether you want a big plate "
         "of pasta on a weeknight or a slow braise for the whole family on a Sunday.")


def test_a_list_under_a_short_intro_is_a_listing() -> None:
    """One paragraph of intro, then thirty titles holding several times its words: the titles are the page's items."""
    assert Cleaner().clean_document("\n".join([INTRO, *RECIPES])).page_type == "listing"


def test_a_short_article_above_a_few_short_lines_stays_an_article() -> None:
    """Short lines that hold fewer words than the intro (a comment form's fields) make no list of items."""
    form = ["Name (required)", "Email (required)", "Website", "Cancel", "Notify me of new posts"] * 3
    page = "\n".join([*STORY[:2], *form])
    assert Cleaner().clean_document(page).page_type == "article"


POSTS = [
    line
    for name in ("jdoe", "river_fan", "kb", "asmith")
    for line in (f"{name} says:", f"I took that ferry for twenty years and {name} is glad that it keeps running, said the post.")
]


def test_an_article_with_its_comments_is_not_a_thread() -> None:
    """The comments under a comment heading may outweigh the article: it stays an article, and ST02 cuts them."""
    page = "\n".join([*STORY[:3], "34 responses to “Ferry line stays”", *POSTS * 3])
    result = Cleaner().clean_document(page)
    assert result.page_type == "article"
    assert "jdoe says:" in [r.text for r in result.removed if r.rule == "ST02"]


def test_a_thread_under_its_replies_count_stays_a_thread() -> None:
    """ "12 replies" heads a thread's posts: the opening post above it does not make the page an article."""
    page = "\n".join([*STORY[:3], "12 replies", *POSTS * 3])
    assert Cleaner().clean_document(page).page_type == "forum"


def test_a_discussion_about_this_post_heads_the_comments() -> None:
    """ "Discussion about this post" (a newsletter platform's heading) is a comment heading: ST02 cuts below it."""
    page = "\n".join([*STORY[:4], "Discussion about this post", *POSTS * 2])
    result = Cleaner().clean_document(page)
    assert result.page_type == "article"
    assert "Discussion about this post" in [r.text for r in result.removed if r.rule == "ST02"]


def test_a_question_with_its_answers_is_a_thread() -> None:
    """A Q&A page: its answers' stamps ("answered Oct 16, 2010", "Improve this answer") are a thread's markers."""
    answers = [
        line
        for n in range(4)
        for line in (
            f"Answer {n}: I took that ferry for twenty years and it is glad that it keeps running, said the post.",
            "Improve this answer",
            f"answered Oct {n + 10}, 2010 at 22:13",
        )
    ]
    page = "\n".join(["How do I get to the island without a car?", "asked Oct 9, 2010 at 21:58", *answers])
    assert Cleaner().clean_document(page).page_type == "forum"
