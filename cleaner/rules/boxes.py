"""HT (continued): boxes the markup names for what they are, even when they hold sentences.

The container rules of :mod:`cleaner.rules.markup` keep an element inside the main content that reads as text
(a widget holding paragraphs may be part of the article). Some boxes are never the article, however much
prose they hold: a dialog, a newsletter form, a cookie notice, the box about the author. These rules read the
same DOM features and the same :class:`~cleaner.rules.markup.Layout`; an element that holds the page's
content is still never touched.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Container, Page
from ..registry import Rule, register
from .base import quote
from .markup import CARD_REPEAT, PAGE_TAGS, Layout, headline_index, in_comments

DIALOG = frozenset(  # boxes that are never the article: dialogs, sign-up and consent boxes
    {"modal", "popup", "newsletter", "signup", "cookie", "cookies", "consent", "gdpr", "login", "signin"}
)
AUTHOR = "author"
ARTICLE_BOXES = frozenset({"cta"})  # on articles: the call to action (on a landing page it is the content)
ABOUT = frozenset({"bio", "biography", "profile", "box", "about", "info", "description", "desc", "details"})
AUTHOR_PLUGINS = frozenset({"saboxplugin"})  # author boxes of common blog plugins, named without "author"
RELATED = frozenset({"related", "relatedposts", "recommended", "recirculation"})  # on articles: other stories
ANY_BOX = DIALOG | ARTICLE_BOXES | AUTHOR_PLUGINS | RELATED | {AUTHOR}  # a page without these tokens has no box


@register
class ChromeBox(Rule):
    """Blocks inside a dialog, newsletter, sign-up, cookie, consent or login box (class or id ``modal``,
    ``popup``, ``newsletter``, ``signup``, ``cookie``, ``consent``, ``gdpr``, ``login``), and, on articles,
    inside the author box (``author`` with ``bio``, ``profile``, ``box``, ``about``, ``info``,
    ``description``..., or a blog plugin's ``saboxplugin``), a call-to-action box (``cta``) and a box of
    related stories (``related``, ``recommended``), even when the box reads as text.

    Why: HT01 spares an element inside the main content that reads as prose (a widget of paragraphs may be
    the article's); these boxes are never the article however many sentences they hold: the "email this
    story" dialog with its privacy note, the newsletter form with its terms, the bio that ends the post.
    False positives: an element so named that holds the page's content (a profile page's ``author-bio``,
    a page that is a newsletter) is protected when it holds half the page's prose; on forums and other
    non-articles an ``author-info`` box (the poster) is left alone, and so is a call to action (on a landing
    page it is the content), also on an "article" with four or more of them (a grid of cards). A service
    page taken for an article loses its closing call to action.
    """

    code = "HT06"
    name = "chrome-box"
    scope = "document"
    order = 5
    kinds = frozenset({"html"})
    html_examples = (
        (
            (
                "<body><article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p>"
                "<p>The ferry carries about four hundred people a day across the river in the summer months.</p>"
                '<div class="author-bio"><p>Jane Doe has covered the town council and its budget fights for the '
                "Courier since 2009, and before that the county courts for a decade.</p></div>"
                '<div class="modal-body"><p>Your email address is used only to let the recipient know who sent the '
                "email. Neither your address nor the recipient's address will be used for any other purpose.</p>"
                '</div><div class="cta-letter"><p>We do this work every day at no cost to you, but it is far from '
                "free to produce, and we cannot do it without the support of readers like you.</p></div>"
                '<div class="related-stories"><p>Storm knocks out power: the county lost power for two days after '
                "the storm, and the ferry stopped running until the lines were fixed.</p></div>"
                "</article></body>"
            ),
            (
                (
                    "Jane Doe has covered the town council and its budget fights for the Courier since 2009, and "
                    "before that the county courts for a decade."
                ),
                (
                    "We do this work every day at no cost to you, but it is far from free to produce, and we cannot "
                    "do it without the support of readers like you."
                ),
                (
                    "Your email address is used only to let the recipient know who sent the email. Neither your "
                    "address nor the recipient's address will be used for any other purpose."
                ),
                (
                    "Storm knocks out power: the county lost power for two days after the storm, and the ferry "
                    "stopped running until the lines were fixed."
                ),
            ),
            ("The council voted on Tuesday to keep the ferry running for another five years.",),
        ),
        (
            (
                '<body><div class="author-bio"><h1>Jane Doe</h1><p>Jane Doe has covered the town council and its '
                "budget fights for the Courier since 2009, and before that the county courts for a decade.</p>"
                "<p>She grew up in the valley, studied law in the city and came back to write about the people "
                "who run the place she loves.</p></div></body>"
            ),
            (),
            (
                (
                    "Jane Doe has covered the town council and its budget fights for the Courier since 2009, and "
                    "before that the county courts for a decade."
                ),
            ),
        ),
        (
            (
                "<body><main><h1>Our services</h1>"
                + "".join(
                    f'<div class="cta-card"><h3>Service {i}</h3><p>We help companies in the region plan, build and run '
                    f"their ferry, bus and train lines, from the first study to the daily timetable ({i}).</p></div>"
                    for i in range(4)
                )
                + "</main></body>"
            ),
            (),
            ("Service 2",),
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        layout = Layout.of(page)
        article = page.page_type == "article"
        named = {i: n.tokens for i, n in layout.nodes.items() if not ANY_BOX.isdisjoint(n.tokens)}
        if not named:
            return  # no element names a box: nothing to look up (most pages)
        # a call-to-action class on every card of a grid names the cards, which are the page
        calls = article and sum(not ARTICLE_BOXES.isdisjoint(tokens) for tokens in named.values()) < CARD_REPEAT
        memo: dict[int, str | None] = {}
        for block in page.alive():
            if block.index != headline and block.container is not None:
                reason = self._box(block.container, layout, (article, calls), named, memo)
                if reason:
                    yield block.index, block.index + 1, reason

    def _box(
        self,
        node: Container,
        layout: Layout,
        kinds: tuple[bool, bool],
        named: dict[int, frozenset[str]],
        memo: dict[int, str | None],
    ) -> str | None:
        """Why the blocks in ``node`` are in a chrome box: the outermost such element below the content
        (``kinds``: whether author boxes, and call-to-action boxes, count; ``named``: the candidates)."""
        if node.index not in memo:
            reason = None
            if node.tag not in PAGE_TAGS and not layout.holds_content(node):
                parent = node.parent
                reason = self._box(parent, layout, kinds, named, memo) if parent is not None else None
                if reason is None and node.index in named:
                    why = _named_box(node, *kinds)
                    reason = f"{why} in <{node.path}>" if why else None
            memo[node.index] = reason
        return memo[node.index]


def _named_box(node: Container, authors: bool, calls: bool) -> str | None:
    """What box ``node``'s class or id names, if any (author and call-to-action boxes only if asked)."""
    hits = node.tokens & DIALOG
    if hits:
        return f"box class {quote(min(hits))}"
    if authors and AUTHOR in node.tokens and node.tokens & ABOUT:
        return f"author box class {quote(AUTHOR + '-' + min(node.tokens & ABOUT))}"
    if authors and node.tokens & AUTHOR_PLUGINS:
        return f"author box class {quote(min(node.tokens & AUTHOR_PLUGINS))}"
    if authors and node.tokens & RELATED:
        return f"related stories class {quote(min(node.tokens & RELATED))}"
    hits = node.tokens & ARTICLE_BOXES if calls else frozenset()
    return f"call-to-action class {quote(min(hits))}" if hits else None



NESTED_TEASERS = 3  # side by side inside another article, this many <article> elements are teasers


@register
class NestedTeasers(Rule):
    """On articles, blocks inside ``<article>`` elements that stand three or more side by side inside another
    ``<article>`` (the post's "You may also like" cards).

    Why: an article is one ``<article>``; a row of small articles within it is a list of other posts, marked up
    as posts. One nested article (an embedded post, a quoted story) is kept. Not on forums, listings or other
    non-articles, whose posts and cards are the content, nor inside a comment section when comments are kept.
    False positives: an article made of sections that are each marked up as an ``<article>`` (protected when
    one of them holds half the page's prose).
    """

    code = "HT07"
    name = "nested-teasers"
    scope = "document"
    order = 6
    kinds = frozenset({"html"})
    page_types = frozenset({"article"})
    html_examples = (
        (
            (
                "<body><article><h1>Ferry saved</h1>"
                "<p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p>"
                "<p>The ferry carries about four hundred people a day across the river in the summer months.</p>"
                "<h3>You may like</h3>"
                + "".join(
                    f"<article><p>Story {i}: a new bridge upstream would cost the county more than it can raise in "
                    "taxes, engineers warned.</p></article>"
                    for i in range(3)
                )
                + "</article></body>"
            ),
            (
                (
                    "Story 1: a new bridge upstream would cost the county more than it can raise in taxes, engineers "
                    "warned."
                ),
            ),
            ("The council voted on Tuesday to keep the ferry running for another five years.",),
        ),
        (
            (
                "<body><article><h1>Ferry saved</h1>"
                "<p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<article><p>Earlier: a new bridge upstream would cost the county more than it can raise in taxes, "
                "engineers warned.</p></article>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p></article>"
                "</body>"
            ),
            (),
            (
                (
                    "Earlier: a new bridge upstream would cost the county more than it can raise in taxes, engineers "
                    "warned."
                ),
            ),
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        layout = Layout.of(page)
        rows = _nested_rows(layout.nodes)
        if not rows:
            return
        keep_comments = page.hints.get("keep_comments")
        memo: dict[int, Container | None] = {}
        for block in page.alive():
            if block.index == headline or block.container is None or keep_comments and in_comments(block):
                continue
            teaser = _teaser(block.container, rows, layout, memo)
            if teaser is not None:
                row = teaser.parent
                yield block.index, block.index + 1, f"one of {rows[row.index]} articles in <{row.path}>"


def _nested_rows(nodes: dict[int, Container]) -> dict[int, int]:
    """Elements inside an ``<article>`` that hold ``NESTED_TEASERS`` or more ``<article>`` children, by index, with
    how many they hold (``nodes``: the elements around the page's blocks)."""
    rows: dict[int, int] = {}
    for node in nodes.values():
        parent = node.parent
        if node.tag == "article" and parent is not None and any(c.tag == "article" for c in parent.chain()):
            rows[parent.index] = rows.get(parent.index, 0) + 1
    return {index: count for index, count in rows.items() if count >= NESTED_TEASERS}


def _teaser(
    node: Container, rows: dict[int, int], layout: Layout, memo: dict[int, Container | None]
) -> Container | None:
    """The teaser ``<article>`` around ``node`` (or ``node`` itself), if any: one of a row, not holding the content."""
    if node.index not in memo:
        found = None
        if not layout.holds_content(node):
            if node.tag == "article" and node.parent is not None and node.parent.index in rows:
                found = node
            elif node.parent is not None:
                found = _teaser(node.parent, rows, layout, memo)
        memo[node.index] = found
    return memo[node.index]
