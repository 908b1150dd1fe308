"""ST: structure — which blocks are the page's content, judged from their text and their neighbours."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import find_date
from ..document import Block, Page
from ..memo import Memo
from ..pagetype import COMMENT_HEADING
from ..prose import ARTICLE_REMOVED_WEIGHT, GOOD, GOOD_WORDS, NEAR, REMOVED_WEIGHT, is_prose, regions
from ..registry import Rule, register
from .base import quote

MIN_BODY_SCORE = 30.0  # a best region scoring less holds no article's body: the page is judged as other pages are
ARTICLE_SHARE = 0.7  # on an article, a region of prose is kept when it scores this share of the best one
PRELUDE_SCORE = 120.0  # a region above an article's body that scores this much ...
PRELUDE_PARAGRAPHS = 2  # ... and holds this many long paragraphs is a body of its own: kept
PRELUDE_WORDS = 25  # words of a long paragraph, at least
OTHER_SHARE = 0.0  # on other pages (threads, listings, docs) all between the first and last region that
# scores this share of the best one is content: their small regions are items and posts
LIST_ITEMS = 3  # items of a list that the content's last line announces, at least
LIST_ITEM_WORDS = 25  # words of such an item, at most
LIST_HEADING_WORDS = 8  # words of a heading that announces such a list, at most
GAP_ITEM_WORDS = 12  # words of an item of a list between an article's standfirst and its body, at most
HEADLINE_WINDOW = 4  # blocks above the content in which the headline is looked for
HEADLINE_MAX_WORDS = 30
ARTICLE_ABOVE_COMMENTS = 60  # words of prose above a comment heading, at least
COMMENTS_RATIO = 0.33  # prose above the heading, relative to the prose below it
FEED_COUNTERS = 3  # this many comment headings are the counters of a feed's items, not one comment section
STAMP_REACH = 4  # blocks after a comment heading in which the first post's stamp is looked for
STAMP_WORDS = 12
SCATTERED_COUNTERS = 5  # this many headings even far apart are a feed's counters
FEED_GAP = 8  # blocks between a feed's counters, at most
HEADING_CACHE = 1 << 16  # texts whose reading as a comment heading is remembered
FOOTER_ABOVE = 60  # words of prose above a footer's heading, at least
FOOTER_HEADING_WORDS = 4


@register
class ContentRegion(Rule):
    """Blocks outside the page's regions of prose (see ``cleaner.prose``): on an article, the regions that
    score less than 70 % of the best one (but not the standfirst between headline and body, nor, in scraped text,
    a list of three or more short lines between the standfirst and the body, nor a region above the
    body that is a body itself, with two long paragraphs and a score of 120, nor a list that the article's last line
    or a short heading below it announces, its items opening alike; there a run of three or more blocks that other
    rules removed parts two regions twice as firmly as a line or two removed inside the text); on other pages,
    and on an article whose best region is too short to be a body (a results roundup), only the chrome before
    the first and after the last region.

    Why: after the phrase rules, what is left around an article is menus, teasers, bios and footers that
    look like no phrase. Prose density finds the article; short lines inside it (subheadings, list items,
    table rows) stay, and so does the headline just above it. False positives: a second part of an
    article separated from the first by a long run of chrome; short pages with no prose are kept whole.
    """

    code = "ST01"
    name = "content-region"
    scope = "document"
    order = 90
    examples = (
        "- Home\n- World\n- Sport\nPolice seize propaganda servers\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "- Contact us today\n- Cheap flights to Rome",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "Seized:\nServers\nDomains\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
        # a landing page: its first sections are a body of their own, however a list of names cuts them off
        "\n".join(
            [
                f"Our crews have protected homes in the valley from {pest} for twenty years, and every visit comes with "
                "a written plan, a fixed price and a guarantee that we will come back for free if the pests do."
                for pest in ("ants", "termites", "scorpions", "spiders")
            ]
            + ["Camponotus Sceliphron Chalybion Polistes Latrodectus Centruroides Reticulitermes Heterotermes"] * 16
            + [
                f"Service {i}: when you call us, a licensed technician inspects the whole house, finds where the pests "
                "come in, seals the gaps and treats the nests, and then explains what was done and what comes next."
                for i in range(8)
            ]
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        if page.kind == "html" and page.page_type in ("listing", "collection"):
            return  # the markup rules judged the page; a listing's items are short blocks prose density drops
        blocks = page.blocks
        # on an article, what the other rules removed (a share bar, a bio, a newsletter box) parts the body from the
        # prose beyond it more firmly: the body is one run, and what stands past such chrome is another page's
        article = page.page_type == "article"
        classes, segments = regions(blocks, page.language, ARTICLE_REMOVED_WEIGHT if article else REMOVED_WEIGHT)
        if not segments or not any(c in (GOOD, NEAR) for c in classes):
            return  # nothing reads like text: cannot tell, so keep
        best = max(segments, key=lambda seg: seg[2])
        headline = _headline(page, blocks, best[0])
        if article and best[2] >= MIN_BODY_SCORE:
            # the article's regions, and the standfirst between the headline and the body
            body = [
                (a, b)
                for a, b, score in segments
                if score >= ARTICLE_SHARE * best[2] or a < best[0] and _prelude(blocks[a:b], score)
            ]
            standfirst = [(a, b) for a, b, _ in segments if headline is not None and headline <= a < body[0][0]]
            if standfirst and page.kind == "text" and _short_list(blocks[standfirst[-1][1] : body[0][0]]):
                standfirst = [(standfirst[0][0], body[0][0])]  # the list between the standfirst and the body stays
            keep = [*standfirst, (body[0][0], _announced_list(blocks, body[-1][1]))]
        else:  # keep everything from the first to the last region of prose that counts
            counted = [(a, b) for a, b, score in segments if score >= OTHER_SHARE * best[2]]
            keep = [(counted[0][0], counted[-1][1])]
        reason = f"outside the main content of this {page.page_type} page"
        spans = iter(keep)
        span = next(spans, None)
        for i, block in enumerate(blocks):
            while span is not None and i >= span[1]:
                span = next(spans, None)
            kept = span is not None and span[0] <= i
            # on HTML, the main content below the headline is trusted (the HT rules judged the markup)
            trusted = block.in_main and (headline is None or block.index > headline)
            if block.removed_by is not None or kept or block.index == headline or trusted:
                continue
            yield block.index, block.index + 1, f"{reason} ({classes[i]} block)"


def _prelude(region: list[Block], score: float) -> bool:
    """A region above the body that reads as a body itself: a landing page's first sections, cut off from the rest
    by a list or a row of logos (a mega-menu's one-line blurbs and a standfirst are too short for it)."""
    long = sum(1 for block in region if block.alive and block.words >= PRELUDE_WORDS)
    return score >= PRELUDE_SCORE and long >= PRELUDE_PARAGRAPHS


def _short_list(gap: list[Block]) -> bool:
    """The live blocks between the standfirst and the body are a list of the text: three or more, each a short line
    without a sentence end (its items; a byline or caption the line rules left is a lone line)."""
    alive = [b for b in gap if b.alive]
    return len(alive) >= LIST_ITEMS and all(b.words <= GAP_ITEM_WORDS and not b.ends_sentence for b in alive)


def _announced_list(blocks: list[Block], end: int) -> int:
    """The end of the content with the list that its last line announces ("Tour dates:", or a short heading
    just below it, then "June 9 -- Coral Sky Amphitheatre, Tampa, FL", ...): at least LIST_ITEMS short items in a
    row, each opening like the one before it or the one before that (a date, a number or a word, then the same
    separator)."""
    if blocks[end - 1].text.rstrip().endswith(":"):
        start = end  # the content's own last line
    elif end < len(blocks) and _announces(blocks[end]):
        start = end + 1  # the announcement below the content
    else:
        return end
    shapes: list[str] = []
    for block in blocks[start:]:
        shape = _item_shape(block)
        if shape is None or len(shapes) >= 2 and shape not in shapes[-2:]:
            break
        shapes.append(shape)
    return start + len(shapes) if len(shapes) >= LIST_ITEMS else end


def _announces(block: Block) -> bool:
    """A line that may announce a list: it ends with a colon, or it is a short heading."""
    text = block.text.rstrip()
    return block.alive and (text.endswith(":") or block.words <= LIST_HEADING_WORDS and text[-1:].isalnum())


_OPENING = re.compile(r"^\W*(\d+|[^\W\d]+)\.?\s*(?:\d+\s*)?([^\w\s]{1,2})?")


def _item_shape(block: Block) -> str | None:
    """How a list item opens: a number or a word, and the separator after it (with a day number between);
    None for what is no item (removed, long, or opening with neither)."""
    if not block.alive or block.words > LIST_ITEM_WORDS:
        return None
    m = _OPENING.match(block.text)
    if m is None or not m.group(2):
        return None
    return ("0" if m.group(1).isdigit() else "a") + m.group(2)


def _headline(page: Page, blocks: list[Block], start: int) -> int | None:
    """The headline: the title rule's, else a heading-like block just above the content."""
    if page.headline is not None:
        return page.headline
    above = [b for b in blocks[:start] if b.alive]
    for block in reversed(above[-HEADLINE_WINDOW:]):
        if 3 <= block.words <= HEADLINE_MAX_WORDS and not block.text.endswith((".", ":")):
            page.headline = block.index
            return block.index
    return None


_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d\b")


@register
class CommentSection(Rule):
    """The comment section after an article: everything below its heading ("12 Comments", "Leave a Reply").

    Why: readers' comments are not the main content; they come after it. Not on forums (their posts are
    the content), and only when the heading follows the main content: at least 60 words of prose above
    it, and a third as much as below it, unless the first post's stamp (a short line with a date or a time
    of day) follows the heading: a long thread under a short article. The comment counters of a feed's
    teasers ("0 comments", "4 comments": three or more a few blocks apart, or five anywhere) are not
    headings, also on a feed the page type took for an article; a comment heading above such a feed is.
    False positives: a page whose text goes on after a heading "Comments" (rare).
    ``keep_comments=True`` turns it off.
    """

    code = "ST02"
    name = "comment-section"
    scope = "document"
    order = 80
    page_types = frozenset({"article", "listing", "product", "collection", "documentation"})  # not forums
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.\n"
        "- 3 Comments\n- jsmith: Great news, finally someone acts against these people and their servers.",
        "Comments\nPolice in eight countries took servers offline this week, the agency said on Friday.",
        # a long thread under a short post: the first post's stamp follows the heading
        "Open thread: what should we look into next year? Tell us which charities and which questions you think "
        "deserve more of our time, and we will answer every comment in this thread before the end of the month. "
        "Last year's thread led to two new reports, and we would like this one to lead to at least as many of them.\n"
        "- Comments\n- Alex on March 3, 2024 at 9:14 pm said:\n"
        + "\n".join(
            f"- I would like to see more work on question {i}, because the evidence we have on it is thin, the "
            "studies are old and small, and the few recent ones point in different directions for now."
            for i in range(4)
        ),
        # a "Comments" link between the standfirst and the body: nothing stamped follows, the article does
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement, "
        "and the operation was the third in a series, so more arrests could follow, the head of Europol said.\n"
        "Comments\n"
        + "\n".join(
            f"Europol began warning about the rise of network {i} in late 2015, stressing its technical resilience, "
            "and the agency has since then tracked its servers across eight countries and three continents."
            for i in range(4)
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        if page.hints.get("keep_comments"):
            return
        blocks = page.blocks
        headings = _lone([b.index for b in blocks if b.words <= 20 and _comment_heading[b.text]])
        if not headings or len(headings) >= SCATTERED_COUNTERS:
            return
        prose = [b.words if b.removed_by is None and is_prose(b, GOOD_WORDS) else 0 for b in blocks]
        total = sum(prose)
        above = 0
        for block, words in zip(blocks, prose):
            above += words
            if block.index not in headings or above < ARTICLE_ABOVE_COMMENTS:
                continue
            # under a third as much prose above as below: comments only when a post's stamp follows (not the article
            # going on after a "Comments" link)
            if above < COMMENTS_RATIO * (total - above) and not _stamped(blocks[block.index + 1 :]):
                continue
            for b in blocks[block.index :]:
                if b.alive:
                    yield b.index, b.index + 1, f"comment section from line {block.first} {quote(block.text)}"
            return


def _is_comment_heading(text: str) -> bool:
    """The line heads a comment section (or a thread's replies)."""
    return COMMENT_HEADING.match(text) is not None


# a text the next round, the page or another page holds again is a comment heading or not alike: the pattern reads
# nothing but the text
_comment_heading: Memo[str, bool] = Memo(_is_comment_heading, HEADING_CACHE)


def _lone(headings: list[int]) -> list[int]:
    """The headings that are not among the counters of a feed's teasers: three or more, each a few blocks from
    the next (a comment section's heading may come before such a feed)."""
    groups: list[list[int]] = []
    for index in headings:
        if groups and index - groups[-1][-1] <= FEED_GAP:
            groups[-1].append(index)
        else:
            groups.append([index])
    return [index for group in groups if len(group) < FEED_COUNTERS for index in group]


def _stamped(blocks: list[Block]) -> bool:
    """A thread's first post follows: one of the next few blocks is a short line with a date or a time of day."""
    return any(b.words <= STAMP_WORDS and (_TIME.search(b.text) or find_date(b.text)) for b in blocks[:STAMP_REACH])


# the heading of the page's footer, which only screen readers show: "Footer", "Site Footer", "Acme Footer"
_FOOTER_HEADING = re.compile(
    r"^(?:[\w&'’.-]+\s+){0,2}footer(?:\s+(?:navigation|menu|links|nav))?$"
    r"|^(?:fußzeile|pied de page|pie de página|piè di pagina|rodapé|voettekst|stopka)$",
    re.I,
)


def _footer_heading(text: str) -> bool:
    """The line heads the page's footer: it names it, capitalised, and is no sentence ("printing a footer:")."""
    text = text.strip()
    return text[:1].isupper() and _FOOTER_HEADING.match(text) is not None


@register
class FooterSection(Rule):
    """The page's footer: everything below a heading that names it ("Footer", "Site Footer", "Acme Footer",
    "Fußzeile", "Pied de page").

    Why: accessible sites head the footer landmark with a heading that only screen readers show; scraped text keeps
    it, and below it come the footer's menus, legal notes and footnotes, whose long sentences read as prose and
    stretch the content to the end of the page. Only below 60 words of prose (a skip link "Footer" at the top of
    the page heads nothing), and not on documentation or forums (a tutorial's section "Sticky Footer", a thread
    about a site's footer). False positives: a text that goes on below a line saying only "Footer" (rare).
    """

    code = "ST03"
    name = "footer-section"
    scope = "document"
    order = 82  # after the comment section, before the legal notices and the content region are measured
    page_types = frozenset({"article", "listing", "product", "collection"})  # not docs and forums
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.\n"
        "- Site Footer\n"
        "- Financing is available to qualified customers, subject to credit approval, and the terms may change.\n"
        "- Help and Contact",
        "Skip to: Content\nFooter\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
        "The template prints the same line at the bottom of every page, and the editor shows where it goes.\n"
        "The layout engine reserves space for it, so the text never runs into the margin of the page.\n"
        "To change it, open the settings and choose the option for printing a footer:\n"
        "Settings, then Layout, then Footer text, where you type the line you want on every page of the file.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        above = 0  # words of prose above
        for block in page.blocks:
            if above >= FOOTER_ABOVE and block.words <= FOOTER_HEADING_WORDS and _footer_heading(block.text):
                for b in page.blocks[block.index :]:
                    if b.alive:
                        yield b.index, b.index + 1, f"page footer from line {block.first} {quote(block.text)}"
                return
            if block.alive and is_prose(block, GOOD_WORDS):
                above += block.words
