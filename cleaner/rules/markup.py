"""HT: markup — what the HTML says is chrome: boilerplate containers, landmarks, link lists, comments,
everything outside a clear ``<article>``/``<main>`` region.

These rules read the DOM features that :mod:`cleaner.html` puts on blocks (the chain of enclosing
:class:`~cleaner.document.Container` elements, link density). They share one view of the page's layout
(:class:`Layout`): how much prose each element holds, and which main-content element, if any, clearly
holds the article. An element that holds the content is never chrome, whatever its class says
(``<body class="has-sidebar">``, ``<div class="entry-content share-enabled">``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Block, Container, Page
from ..registry import Rule, register
from .base import quote

PROSE_WORDS = 10  # a block of at least this many words, mostly not link text, is prose
PROSE_LINK_DENSITY = 0.35
ROOT_SHARE = 0.5  # a main-content element holding this share of the page's prose clearly holds the article
ROOT_MIN_WORDS = 40
WIDEN = 0.25  # an enclosing main-content element that adds at most this share of prose is the root instead
LEAD_BLOCKS = 6  # blocks between a headline and the main element that may be its standfirst
LEAD_WORDS = 5
FEEDS = frozenset({"listing", "collection"})  # pages whose content is a feed of teasers, not one region
CARD_REPEAT = 4  # alike elements, each alone in its parent, that make a rail of teaser cards
FORM_SHARE = 0.5  # a form holding this share of the page's words is the page, not a search or login box
HOLD_SHARE = 0.5  # an element holding this share of the prose is content, whatever its class or tag
PROSE_HEAVY = 0.5  # share of an element's words in prose blocks above which it reads as text, not chrome
TEXT_WORDS = 40  # ... and the prose words it needs for that (one sentence in a callout box is not text)
LINK_DENSE = 0.5  # share of a block's text inside links above which it is a link, not text
COMMENTS_AFTER = 30  # prose words that must come before a comment section for it to be an article's
COMMENTS_RATIO = 0.05  # ... and their share of the comments' prose, at least
ORPHAN_SECTION = 2  # blocks under a heading, all removed, that make it the heading of chrome (one may be a slip)
PAGER_HEADINGS = 3  # headings in an element named pagination that make it the list it pages, not the pager
EDGE_SHARE = 0.05  # share of the page's words before a ``header`` (after a ``footer``) that still makes it the page's

BOILERPLATE = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "navi",
        "topnav",
        "subnav",
        "sitenav",
        "mainnav",
        "menu",
        "menubar",
        "megamenu",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "share",
        "sharing",
        "sharebar",
        "shares",
        "social",
        "socials",
        "related",
        "recommended",
        "recommendations",
        "recirculation",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "adsense",
        "adslot",
        "adunit",
        "dfp",
        "promo",
        "promotion",
        "promoted",
        "sponsor",
        "sponsored",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "modal",
        "popup",
        "sidebar",
        "sidenav",
        "toolbar",
        "pagination",
        "pager",
        "tags",
        "tagcloud",
        "login",
        "signin",
        "masthead",
        "outbrain",
        "taboola",
        "toc",  # a table of contents repeats the headings
        "trending",
        "popular",
        "headlines",  # a list of other stories' headlines
        "dateline",
        "feedback",
        "messenger",
        "print",  # print-only headers and print buttons
        "overlay",  # a layer over the page: a video player, a menu, a pop-up
        "shariff",  # share and like buttons of common blog plugins
        "sharedaddy",
        "copyright",  # the copyright notice (``footer-copyright``, ``article-copyright``)
        "noprint",  # left out when printing: buttons, menus, boxes (MediaWiki's and many CMSs' class)
    }
)
PAGER = frozenset({"pagination", "pager"})
CONSENT = frozenset({"cookie", "cookies", "consent", "gdpr"})  # a consent dialog: never the content, however long
ONCE = frozenset({"author", "meta", "byline"})  # chrome when the page has one (a bio box); repeated, a feed's cards
EDGE = frozenset({"header", "footer", "banner", "contentinfo"})  # chrome only outside the main content
TOP = frozenset({"header"})  # ... and only at the top of the page (in the middle, a section's or a card's header)
BOTTOM = frozenset({"footer"})  # ... and only at its bottom
EDGE_TAGS = frozenset({"header", "footer", "form"})
ARTICLE_EDGE = frozenset({"footer"})  # inside the main content too: an article's footer holds its tags and buttons
LANDMARK_TAGS = frozenset({"nav", "aside", "header", "footer", "form"})
LANDMARK_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
PAGE_TAGS = frozenset({"html", "body"})  # a page-wide class on these names the template, not the content
CONTENT_WHAT = frozenset({"article", "post", "entry", "story", "blog", "news", "single", "main"})
CONTENT_PART = frozenset({"body", "content", "text"})
CONTENT_WORDS = frozenset(
    {
        "articlebody",
        "postbody",
        "entrycontent",
        "storybody",
        "articletext",
        "posttext",
        "storycontent",
        "articlecontent",
        "postcontent",
    }
)
EMBEDS = frozenset({"embed", "embedded", "tweet"})  # inside the main content: a quoted post, not a share bar
CONTENT_TOKENS = CONTENT_WHAT | CONTENT_PART | CONTENT_WORDS
_CHROME_TOKENS = BOILERPLATE | EDGE | ARTICLE_EDGE | ONCE  # every token that HT01 may name an element chrome by
COMMENTS = frozenset({"comment", "comments", "commentlist", "disqus", "respond", "replies"})
ARTICLE_HTML = (  # the body of the rules' examples: three paragraphs of prose
    "<p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
    "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
    "<p>Opponents argued that the state should pay for the service instead of the town.</p>"
)


def headline_index(page: Page) -> int | None:
    """Index of the page's headline block (kept by every HT rule), also on a page re-read from kept blocks."""
    if page.headline is not None:
        return page.headline
    marker = page.hints.get("headline_block")
    if marker is not None:
        container, text = marker
        for block in page.blocks:
            if block.container is container and block.text == text:
                page.headline = block.index
                return block.index
    return None


def is_edge(node: Container) -> bool:
    """A page header, footer or form: chrome around the content, unless it holds text of its own."""
    return node.tag in EDGE_TAGS or node.role in EDGE or bool(node.tokens & EDGE)


def names_content(node: Container) -> bool:
    """The element's class or id names an article body: ``entry-content``, ``article-body``, ``postText``."""
    return bool(node.tokens & CONTENT_WHAT and node.tokens & CONTENT_PART) or bool(node.tokens & CONTENT_WORDS)


def prose_words(block: Block) -> int:
    """The block's words when it is running text (long, few links), else 0."""
    ok = block.words >= PROSE_WORDS and block.link_density < PROSE_LINK_DENSITY and not block.heading
    return block.words if ok else 0


@dataclass(slots=True)
class Layout:
    """Prose per element, and the main-content element that clearly holds the article (if one does)."""

    total: int
    all_words: int  # words of every block, prose or not
    prose: dict[int, int]
    words: dict[int, int]
    headings: dict[int, int]
    before: dict[int, int]  # words of the blocks before each element's first block
    top: int  # words before the page's headline, at most ``EDGE_SHARE`` of the page's: where its header may start
    root: Container | None
    nodes: dict[int, Container]  # every element around the page's blocks, by index
    inside: set[int]  # indices of the blocks inside the root
    around: set[int]  # ids of the root and the elements that enclose it
    alike: Counter[tuple[str, str]]  # elements by tag and each ``ONCE`` token they carry

    @classmethod
    def of(cls, page: Page) -> Layout:
        """The page's layout, computed once per page (over all blocks, so every rule sees the same)."""
        cached = page.hints.get("layout")
        if cached is not None and cached[0] is page.blocks:  # the engine may re-read the kept blocks as a new page
            return cached[1]
        prose: dict[int, int] = {}
        words: dict[int, int] = {}
        headings: dict[int, int] = {}
        before: dict[int, int] = {}
        direct: dict[int, int] = {}  # prose of the paragraphs right inside each element
        nodes: dict[int, Container] = {}
        alike: Counter[tuple[str, str]] = Counter()
        total = all_words = 0
        cards = _card_blocks(page.blocks)
        headline = headline_index(page)
        top = None
        last = None
        for block in page.blocks:
            if block.index == headline:
                top = all_words
            container = block.container
            if container is not last:  # a run of blocks in one element: its elements are known after the first
                last = node = container
                while node is not None and node.index not in nodes:  # the element's first block
                    index = node.index
                    nodes[index] = node
                    before[index] = all_words
                    prose[index] = words[index] = headings[index] = 0
                    if not ONCE.isdisjoint(node.tokens):
                        alike.update((node.tag, t) for t in node.tokens & ONCE)
                    node = node.parent
            size = block.words
            all_words += size
            if container is None:
                continue
            index = container.index
            words[index] += size
            if block.heading:
                headings[index] += 1
            elif size >= PROSE_WORDS and block.link_density < PROSE_LINK_DENSITY and block.index not in cards:
                total += size  # prose_words(block), inlined: the loop runs over every block of every round
                prose[index] += size
                if container.parent is not None:
                    index = container.parent.index
                    direct[index] = direct.get(index, 0) + size
        order = sorted(nodes)  # document order: an element comes before the elements inside it
        for index in reversed(order):
            parent = nodes[index].parent
            if parent is not None:
                up = parent.index
                prose[up] += prose[index]
                words[up] += words[index]
                headings[up] += headings[index]
        root = _choose_root(nodes, prose, direct, total)
        inside: set[int] = set()
        around: set[int] = set()
        if root is not None:
            under = {root.index}  # the elements inside the root, and the root
            for index in order[bisect_right(order, root.index) :]:  # they follow the root, before any other element
                parent = nodes[index].parent
                if parent is None or parent.index not in under:
                    break
                under.add(index)
            inside = {b.index for b in page.blocks if b.container is not None and b.container.index in under}
            around = {id(c) for c in root.chain()}
        top = min(top if top is not None else all_words, int(EDGE_SHARE * all_words))
        layout = cls(total, all_words, prose, words, headings, before, top, root, nodes, inside, around, alike)
        page.hints["layout"] = (page.blocks, layout)
        return layout

    def holds_content(self, node: Container) -> bool:
        """The element is (or encloses) the main content, or holds a large share of the page's prose (unless it is
        a page footer or an aside, or in a consent dialog: a legal notice, a blurb in a sidebar or a cookie
        dialog's list of vendors can outweigh a short article)."""
        if id(node) in self.around:
            return True
        return (
            self.prose.get(node.index, 0) >= HOLD_SHARE * self.total > 0
            and not _page_footer(node)
            and not any(c.tokens & CONSENT for c in node.chain() if c.tag not in PAGE_TAGS)
        )

    def at_edge(self, node: Container) -> frozenset[str]:
        """The ``EDGE`` tokens of the element that name the page's header or footer: a ``header`` only at the top of
        the page (not below its headline), a ``footer`` only at its bottom, unless inside an element named chrome (a
        consent dialog's header is the dialog's); elsewhere they head or close a section or a card of the content."""
        edge = node.tokens & EDGE
        if not edge & (TOP | BOTTOM) or any(c.tokens & BOILERPLATE for c in node.chain()[1:] if c.tag not in PAGE_TAGS):
            return edge
        start = self.before[node.index]
        if start > self.top:
            edge -= TOP
        if self.all_words - start - self.words.get(node.index, 0) > EDGE_SHARE * self.all_words:
            edge -= BOTTOM
        return edge

    def reads_as_text(self, node: Container) -> bool:
        """Most of the element's words, and a good many, are in prose blocks."""
        prose = self.prose.get(node.index, 0)
        return prose >= TEXT_WORDS and prose >= PROSE_HEAVY * self.words.get(node.index, 0)


def _page_footer(node: Container) -> bool:
    """A page footer or aside (``<footer>``, ``<aside>``, role contentinfo or complementary, a ``footer`` class)
    that is not marked as main content."""
    return not node.main and (
        node.tag in ("footer", "aside") or node.role in ("contentinfo", "complementary") or "footer" in node.tokens
    )


def _card_blocks(blocks: list[Block]) -> set[int]:
    """Blocks of a repeated card: at least ``CARD_REPEAT`` classed elements alike (same tag and classes), each
    alone in its own parent (teaser descriptions in a rail), unlike an article's paragraphs, which share one."""
    groups: dict[tuple[str, frozenset[str]], list[Block]] = {}
    for block in blocks:
        node = block.container
        if node is not None and node.tokens and node.parent is not None:
            groups.setdefault((node.tag, node.tokens), []).append(block)
    cards: set[int] = set()
    for group in groups.values():
        if len(group) >= CARD_REPEAT and len({id(b.container.parent) for b in group if b.container}) == len(group):
            cards.update(b.index for b in group)
    return cards


def _choose_root(
    nodes: dict[int, Container], prose: dict[int, int], direct: dict[int, int], total: int
) -> Container | None:
    """The element that clearly holds the article: the innermost main-content element (by tag, role, itemprop,
    JSON-LD or class name) holding ``ROOT_SHARE`` of the prose, else the element with the most paragraphs
    right inside it, if it holds that much; widened to an enclosing main-content element that adds little."""
    if total < ROOT_MIN_WORDS:
        return None
    enough = [c for c in nodes.values() if prose[c.index] >= ROOT_SHARE * total and c.tag not in PAGE_TAGS]
    marked = [c for c in enough if c.main or names_content(c)]
    if marked:
        root = max(marked, key=lambda c: c.index)  # the innermost: nested elements come later
    elif direct:
        best = nodes[max(direct, key=direct.__getitem__)]
        root = best if prose[best.index] >= ROOT_SHARE * total and best.tag not in PAGE_TAGS else None
    else:
        root = None
    if root is None or _in_chrome_frame(root):
        return None
    core = prose[root.index]
    for node in root.chain()[1:]:
        if node in marked and prose[node.index] <= (1 + WIDEN) * core:
            root = node
    return _with_twins(root, nodes, prose)


def _in_chrome_frame(root: Container) -> bool:
    """The element, or one around it up to the page's ``<main>`` (or role main), is a chrome frame. The elements
    around ``<main>`` are the page's layout (``div.sidebar-right``: a page with a sidebar), not chrome: HTML allows
    no ``<main>`` in a header, footer, aside or nav."""
    for node in root.chain():
        if node.tag == "main" or node.role == "main":
            return False
        if _chrome_frame(node):
            return True
    return False


def _chrome_frame(node: Container) -> bool:
    """A page footer, header, landmark or chrome-classed element: the prose in it (footnotes, a cookie notice,
    a bio) is not the page's content, so it cannot hold the main content (``html``/``body`` classes name the
    template and do not count)."""
    if node.tag in PAGE_TAGS or node.main:
        return False
    return is_edge(node) or node.tag in LANDMARK_TAGS or node.role in LANDMARK_ROLES or bool(node.tokens & BOILERPLATE)


def _with_twins(root: Container, nodes: dict[int, Container], prose: dict[int, int]) -> Container:
    """The element around ``root`` and its twins (same tag and classes, or the same content-naming classes,
    holding prose): an article split into several ``<section class="body">`` chunks is held by their common
    ancestor."""
    naming = root.tokens & CONTENT_TOKENS if names_content(root) else frozenset()
    twins = [
        c
        for c in nodes.values()
        if c is not root
        and c.tag == root.tag
        and prose[c.index]
        and (c.tokens == root.tokens and c.name == root.name or naming and c.tokens & CONTENT_TOKENS == naming)
    ]
    if not twins:
        return root
    common = root.chain()
    for twin in twins:
        around = set(map(id, twin.chain()))
        common = [c for c in common if id(c) in around]
    return common[0] if common and common[0].tag not in PAGE_TAGS else root


class ContainerRule(Rule):
    """A document rule that removes the blocks inside elements that :meth:`mark` names as chrome.

    The outermost marked element around a block wins the attribution; an element that holds the content
    is never marked, nor one that reads as text inside the main content (or, anywhere, a header, footer or
    form that reads as text: the intro of a landing page).
    """

    scope = "document"
    kinds = frozenset({"html"})
    html_examples: ClassVar[tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = ()

    def mark(self, node: Container, inside_root: bool, layout: Layout) -> str | None:
        """Why ``node`` is chrome, or None."""
        raise NotImplementedError

    def markable(self, node: Container) -> bool:
        """Whether :meth:`mark` can name ``node`` at all: a cheap test of its tag, role or tokens, made first (most
        elements fail it)."""
        raise NotImplementedError

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        layout = Layout.of(page)
        verdicts: tuple[dict[int, str | None], ...] = ({}, {})  # outside and inside the root, by element
        for block in page.alive():
            if block.index == headline or block.container is None:
                continue
            inside = block.index in layout.inside
            reason = self._verdict(block.container, inside, layout, verdicts[inside])
            if reason:
                yield block.index, block.index + 1, reason

    def _verdict(self, node: Container, inside: bool, layout: Layout, memo: dict[int, str | None]) -> str | None:
        """Why the blocks directly in ``node`` are chrome: the outermost marked element wins."""
        if node.index not in memo:
            reason = None
            if not layout.holds_content(node):
                reason = self._verdict(node.parent, inside, layout, memo) if node.parent is not None else None
                if not reason and node.tag not in PAGE_TAGS and self.markable(node):
                    text = (inside or is_edge(node)) and layout.reads_as_text(node)
                    why = None if text else self.mark(node, inside, layout)
                    reason = f"{why} in <{node.path}>" if why else None
            memo[node.index] = reason
        return memo[node.index]


@register
class BoilerplateContainer(ContainerRule):
    """Blocks inside an element whose class or id names chrome: nav, menu, share, social, related, cookie,
    consent, ad, promo, sponsor, breadcrumb, newsletter, subscribe, paywall, modal, popup, sidebar, toc, trending,
    headlines, print, noprint, copyright, overlay... (and outside the main content ``header`` at the top of the page,
    above its headline, and ``footer`` at its bottom; ``footer`` inside the main content too; ``author``/``meta``/
    ``byline`` when not repeated).

    Why: sites name their chrome; the class says what the text cannot (a menu of plain words, a share bar).
    Tokens are whole words of the class or id (``share-bar``, ``adSlot`` -> ``ad``), so ``download`` or
    ``header-image`` do not match ``ad``/``head``. False positives: an element that wraps the article and
    happens to carry such a class is protected when it holds the page's prose (not in a cookie or consent dialog:
    its list of purposes and vendors can be longer than a forum thread); inside the main content,
    an element that reads as prose (a widget holding paragraphs) is kept, and so is an embedded post
    (``social-media-embed``, ``tweet``). A ``header``/``footer`` in the middle of the page heads or closes a
    section or a card (a landing page's blocks, a shop's product tiles), not the page; an element named
    ``pagination`` that holds several headings wraps the list it pages (a grid of products). An element around the
    page's ``<main>`` is its layout (``div.sidebar-right``: a page with a sidebar), so it does not keep ``<main>`` from
    holding the content, and the sections in there that read as prose stay (a manual's ``section#s-select-related``).
    A chapter page of a manual whose table of contents (``toc``) is most of its text loses it.
    """

    code = "HT01"
    name = "boilerplate-container"
    order = 3
    html_examples = (
        (
            (
                '<body><div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Email</a></div>'
                "<article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p></article>"
                '<div id="cookieBanner"><p>We use cookies to measure traffic.</p></div></body>'
            ),
            ("Share on Facebook Email", "We use cookies to measure traffic."),
            ("The council voted on Tuesday to keep the ferry running for another five years.",),
        ),
        (
            (
                '<body><article><div class="toc"><ul><li>Vote</li><li>Reactions</li></ul></div><h2>Vote</h2>'
                "<p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p>"
                '<h2>Reactions</h2><div class="trending-box"><h4>Storm knocks out power across the county</h4></div>'
                "</article></body>"
            ),
            ("Reactions", "Storm knocks out power across the county"),
            ("Vote",),
        ),
        (
            (
                '<body class="has-sidebar"><div class="download-area"><p>The council voted on Tuesday to keep the '
                "ferry running for another five years, and the measure passed with a wide margin.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town and its people."
                "</p></div></body>"
            ),
            (),
            (
                (
                    "The council voted on Tuesday to keep the ferry running for another five years, and the "
                    "measure passed with a wide margin."
                ),
            ),
        ),
        (
            (
                "<body><article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                '</article><div class="footer-wrap"><ul>'
                + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(25))
                + '</ul><p class="footer-note">The Courier customer service center can be reached with any question '
                "or request by telephone from Sunday to Thursday between eight and six, by email at any hour, or by "
                "mail at the address printed on the last page of the paper; all rights reserved to the publisher.</p>"
                "</div></body>"
            ),
            (
                "Section 3",
                (
                    "The Courier customer service center can be reached with any question or request by telephone "
                    "from Sunday to Thursday between eight and six, by email at any hour, or by mail at the address "
                    "printed on the last page of the paper; all rights reserved to the publisher."
                ),
            ),
            ("The council voted on Tuesday to keep the ferry running for another five years.",),
        ),
        (
            (
                '<body><div class="site-header"><a href="/">Acme Outdoor</a> <a href="/sale">Sale</a></div>'
                "<h1>Walking shoes</h1>"
                + "".join(
                    f'<div class="card"><div class="card-header"><h3>Trail runner model {i}</h3></div>'
                    f"<p>Light mesh upper, size {i + 38}</p></div>"
                    for i in range(6)
                )
                + '<div class="site-footer"><a href="/help">Help</a> <a href="/jobs">Jobs</a></div></body>'
            ),
            ("Acme Outdoor Sale", "Help Jobs"),
            ("Trail runner model 0", "Trail runner model 5"),
        ),
        (
            (
                '<body><h1>Walking shoes</h1><div class="grid-and-pagination">'
                + "".join(f"<h3>Trail runner model {i}</h3><p>Light mesh upper, size {i + 38}</p>" for i in range(4))
                + '</div><div class="pagination"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">Next</a>'
                "</div></body>"
            ),
            ("1 2 Next",),
            ("Trail runner model 2", "Light mesh upper, size 40"),
        ),
        (
            (
                f'<body><div class="container sidebar-right"><main><article>{ARTICLE_HTML}'
                '<section id="s-select-related"><h3>select_related()</h3><p>Returns a query set that follows the '
                "foreign keys of each row and selects their data too, in the same database query.</p><p>This costs "
                "a more complex query, but a later use of the related rows needs no query of its own.</p></section>"
                '</article></main><div class="related-links"><a href="/a">Managers</a> <a href="/b">Fields</a></div>'
                "</div></body>"
            ),
            ("Managers Fields",),
            (
                "select_related()",
                "This costs a more complex query, but a later use of the related rows needs no query of its own.",
            ),
        ),
        (
            (
                f'<body><article>{ARTICLE_HTML}</article><div id="consent-sdk"><div class="pc-panel">'
                + "<p>We and our partners store and access information on your device, such as cookies and unique "
                "identifiers, to measure traffic, to show you personalised advertising and to improve our services.</p>"
                * 3
                + "</div></div></body>"
            ),
            (
                "We and our partners store and access information on your device, such as cookies and unique "
                "identifiers, to measure traffic, to show you personalised advertising and to improve our services.",
            ),
            ("Opponents argued that the state should pay for the service instead of the town.",),
        ),
    )

    def markable(self, node: Container) -> bool:
        return not _CHROME_TOKENS.isdisjoint(node.tokens)

    def mark(self, node: Container, inside_root: bool, layout: Layout) -> str | None:
        if inside_root and node.tokens & EMBEDS:
            return None  # a post embedded in the article (``social-media-embed``) is quoted material
        tokens = node.tokens - PAGER if layout.headings.get(node.index, 0) >= PAGER_HEADINGS else node.tokens
        hits = tokens & BOILERPLATE or (layout.at_edge(node) if not inside_root else node.tokens & ARTICLE_EDGE)
        if not hits:
            hits = frozenset(t for t in node.tokens & ONCE if layout.alike[(node.tag, t)] < CARD_REPEAT)
        return f"chrome class {quote(min(hits))}" if hits else None


@register
class Landmark(ContainerRule):
    """Blocks inside ``<nav>``, ``<aside>``, ``<form>`` or the ARIA landmarks navigation, complementary and
    search, inside ``<header>`` (role banner) and role contentinfo outside the main content, and inside a
    ``<footer>`` anywhere.

    Why: HTML5 says what these are: site navigation, side content, page header and footer. An article's
    own ``<header>`` (headline, standfirst) stays when it is inside the main content; its ``<footer>`` (tags,
    "posted in", buttons) goes, unless it reads as text (footnotes).
    False positives: a page whose whole content sits in a ``<form>`` (ASP.NET) or an ``<aside>`` is
    protected when the element holds most of the page's prose.
    """

    code = "HT02"
    name = "landmark"
    order = 4
    html_examples = (
        (
            (
                '<body><header><a href="/">Courier</a></header><nav><ul><li><a href="/n">News</a></li>'
                '<li><a href="/s">Sport</a></li></ul></nav><main><article><header><h1>Ferry saved</h1>'
                "<p>A small town keeps its ferry.</p></header>"
                "<p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p>"
                '</article></main><aside><p>Most read: storm knocks out power</p></aside><div role="contentinfo">'
                "<p>Copyright 2024 Courier</p></div></body>"
            ),
            ("Courier", "News", "Sport", "Most read: storm knocks out power", "Copyright 2024 Courier"),
            ("Ferry saved", "A small town keeps its ferry."),
        ),
        (
            (
                "<body><main><article><header><h1>Ferry saved</h1><p>A small town keeps its ferry.</p></header>"
                "<p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p>"
                '<footer><p>Posted in Local News</p><div class="entry-footer-tags">Ferry, Council</div></footer>'
                "</article></main></body>"
            ),
            ("Posted in Local News", "Ferry, Council"),
            ("A small town keeps its ferry.",),
        ),
    )

    def markable(self, node: Container) -> bool:
        return node.tag in LANDMARK_TAGS or node.role in LANDMARK_ROLES

    def mark(self, node: Container, inside_root: bool, layout: Layout) -> str | None:
        what = node.tag if node.tag in LANDMARK_TAGS else f"role {node.role}" if node.role in LANDMARK_ROLES else ""
        if not what or (inside_root and (node.tag in EDGE or node.role in EDGE) and node.tag not in ARTICLE_EDGE):
            return None
        if node.tag == "form" and layout.words.get(node.index, 0) >= FORM_SHARE * layout.all_words:
            return None  # a form around most of the page: a grid of products with its filters, an ASP.NET page
        return f"landmark {what}"


@register
class LinkDense(Rule):
    """Blocks whose text is mostly link text (share of characters inside ``<a>`` above one half).

    Why: menus, tag lists, "read more" teasers and related-article lists are made of links; article
    paragraphs are not. Only on articles with more prose than link text: on listings and collections the
    links are the content; inside
    the main content, a whole sentence made of links is kept (not a heading: a linked title that ends in a
    question mark is a teaser). False positives: a list of references or resources inside an article.
    """

    code = "HT03"
    name = "link-dense"
    scope = "document"
    order = 14  # after the page type is known
    kinds = frozenset({"html"})
    page_types = frozenset({"article"})
    html_examples = (
        (
            (
                "<body><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                '<p><a href="/a">Storm knocks out power to 9,000 customers</a></p>'
                '<p>The measure passed, said the <a href="/c">town clerk</a> after the count on Tuesday night.</p></body>'
            ),
            ("Storm knocks out power to 9,000 customers",),
            ("The measure passed, said the town clerk after the count on Tuesday night.",),
        ),
        (
            (
                "<body><article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                '<h2><a href="/b">Storm season starts early this year: will the ferry keep running in October?</a>'
                "</h2><p>Opponents argued that the state should pay for the service instead of the town.</p>"
                "</article></body>"
            ),
            ("Storm season starts early this year: will the ferry keep running in October?",),
            ("Opponents argued that the state should pay for the service instead of the town.",),
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        layout = Layout.of(page)
        dense = [b for b in page.alive() if b.link_density > LINK_DENSE]
        if sum(b.words for b in dense) > layout.total:
            return  # more link text than prose: the links are what the page is about
        inside = layout.inside
        for block in dense:
            if block.index == headline:
                continue
            if block.index in inside and block.words >= PROSE_WORDS and block.ends_sentence and not block.heading:
                continue  # a sentence of the article that links a lot (a linked heading is a teaser's title)
            yield block.index, block.index + 1, f"link text ({block.link_density:.0%} of the block)"


@register
class OutsideMain(Rule):
    """Blocks outside the ``<article>``/``<main>``/``itemprop=articleBody`` (or JSON-LD articleBody) element,
    when that element clearly holds the content (at least 60 % of the page's prose).

    Why: a page that marks its main content says everything else is chrome: rails, teasers, footers.
    The headline is kept even when it stands above the element (and so is a standfirst between the two:
    a few blocks of text with few links), and comment sections are kept with
    ``keep_comments=True``. Not on listings and collections, whose teasers are the content. False positives: a second part of the
    content outside the marked element (kept when it holds over 40 % of the prose: no element is chosen).
    """

    code = "HT04"
    name = "outside-main"
    scope = "document"
    order = 2  # before the title rule (DU01) takes the headline for a title line repeated in a rail
    kinds = frozenset({"html"})
    html_examples = (
        (
            (
                "<body><div><p>Sign up for our free daily newsletter with all the news.</p></div><h1>Ferry saved</h1>"
                "<p>A small town keeps its ferry.</p><article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p></article>"
                "<div><p>Storm knocks out power</p></div></body>"
            ),
            ("Sign up for our free daily newsletter with all the news.", "Storm knocks out power"),
            (
                "Ferry saved",
                "A small town keeps its ferry.",
                "Opponents argued that the state should pay for the service instead of the town.",
            ),
        ),
        (
            (
                "<body><article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "</article><div><p>The measure passed with a wide margin, according to the results published by the "
                "clerk on Wednesday morning after a long count.</p></div></body>"
            ),
            (),
            ("The council voted on Tuesday to keep the ferry running for another five years.",),
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        layout = Layout.of(page)
        if layout.root is None or page.page_type in FEEDS:
            return
        keep_comments = page.hints.get("keep_comments")
        lead = self._lead(page, headline, layout)
        inside = layout.inside
        reason = f"outside the main content <{layout.root.path}>"
        for block in page.alive():
            if keep_comments and in_comments(block) or block.index in lead:
                continue
            if block.index != headline and block.index not in inside:
                yield block.index, block.index + 1, reason

    @staticmethod
    def _lead(page: Page, headline: int | None, layout: Layout) -> set[int]:
        """The standfirst between a headline above the main element and its start: text blocks, few links."""
        start = min(layout.inside, default=None)
        if headline is None or start is None or not headline < start <= headline + LEAD_BLOCKS + 1:
            return set()
        return {
            b.index
            for b in page.blocks[headline + 1 : start]
            if b.words >= LEAD_WORDS and b.link_density <= PROSE_LINK_DENSITY
        }


@register
class CommentSection(Rule):
    """The comment section: blocks inside an element whose class or id says comments (``comments``,
    ``comment-list``, ``disqus``, ``respond``), when article prose comes before it.

    Why: readers' comments and the comment form are not the article. ``keep_comments=True`` keeps them;
    on forums they are the content and are always kept, and so are replies that hold the
    prose above them twenty times over (a question and its thread). False positives: a page whose content is made
    of comment-classed posts with no prose before them (kept).
    """

    code = "HT05"
    name = "comment-container"
    scope = "document"
    order = 12  # after the page type is known (forums keep their posts)
    kinds = frozenset({"html"})
    html_examples = (
        (
            (
                "<body><article><p>The council voted on Tuesday to keep the ferry running for another five years.</p>"
                "<p>The measure passed with a wide margin, according to the results published by the clerk.</p>"
                "<p>Opponents argued that the state should pay for the service instead of the town.</p></article>"
                '<section id="comments"><h2>3 Comments</h2><div class="comment"><p>So glad this passed, my '
                "grandfather worked on that boat for many years.</p></div></section></body>"
            ),
            ("3 Comments", "So glad this passed, my grandfather worked on that boat for many years."),
            ("Opponents argued that the state should pay for the service instead of the town.",),
        ),
        (
            (
                "<body><article><h1>Ask: what will 2024 bring?</h1><p>Share your predictions for the coming year in "
                "technology, science and the economy, big or small. Last year we collected over a thousand of them and "
                "looked back at which came true.</p></article><section class=\"comments\">"
                + '<div class="comment"><p>I think rates fall by spring and housing picks up again across most of '
                "the country.</p></div>" * 60
                + "</section></body>"
            ),
            (),
            ("I think rates fall by spring and housing picks up again across most of the country.",),
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        if page.hints.get("keep_comments") or page.page_type == "forum":
            return
        if all(COMMENTS.isdisjoint(node.tokens) for node in Layout.of(page).nodes.values()):
            return  # no element names comments (most pages)
        blocks = page.alive()
        first = next((b for b in blocks if prose_words(b) and b.container is not None), None)
        if first is None:
            return
        article = {id(c) for c in first.container.chain()}  # elements that enclose the first prose
        before = comments = 0
        found: list[tuple[int, Container]] = []
        sections: dict[int, Container | None] = {}  # blocks of one element share their section
        for block in blocks:
            node = block.container
            section = self._section(node, article, sections) if before >= COMMENTS_AFTER and node is not None else None
            if section is not None and block.index != headline:
                found.append((block.index, section))
                comments += prose_words(block)
            else:
                before += prose_words(block)
        if before < COMMENTS_RATIO * comments:
            return  # a short question over a long thread: the replies are the page's content
        for index, section in found:
            yield index, index + 1, f"comment section <{section.path}>"

    @classmethod
    def _section(cls, node: Container, article: set[int], memo: dict[int, Container | None]) -> Container | None:
        """The outermost comment element around ``node`` (or ``node`` itself) that does not enclose the page's
        first prose."""
        if id(node) not in memo:
            found = None
            if id(node) not in article:
                found = cls._section(node.parent, article, memo) if node.parent is not None else None
                if found is None and node.tokens & COMMENTS:
                    found = node
            memo[id(node)] = found
        return memo[id(node)]


def in_comments(block: Block) -> bool:
    """The block is inside an element whose class or id says comments."""
    return block.container is not None and any(node.tokens & COMMENTS for node in block.container.chain())


@register
class OrphanHeading(Rule):
    """On articles, a heading (``h2``-``h6``) whose whole section, down to the next heading of its level or above,
    was removed by the other rules (two blocks or more).

    Why: a heading names the text under it; with that text gone as chrome ("Most read" over its teasers, "Further
    information" over a link list, "Share this" over its buttons) the heading is chrome too, and is left standing
    alone at the end or in the middle of the article. A heading with nothing under it in the page (the
    text is an image) is kept, and so is one over a single removed block (a call to action, a line that one rule
    took). Runs last, after every rule that removes sections. Not on other page types, whose card titles stand
    over removed bylines and duplicate excerpts.
    False positives: a heading over content that other rules wrongly removed goes with it ("Resources" over a
    link list that the truth keeps).
    """

    code = "HT08"
    name = "orphan-heading"
    scope = "document"
    order = 96  # after every rule that removes blocks (the content region ST01 is 90)
    page_types = frozenset({"article"})
    kinds = frozenset({"html"})
    example_with: ClassVar[tuple[str, ...]] = ("HT02",)  # its examples need a rule that removes the section
    html_examples = (
        (
            (
                f"<body><article><h1>Ferry saved</h1>{ARTICLE_HTML}</article><h2>Most read</h2><nav><ul>"
                '<li><a href="/a">Storm knocks out power</a></li><li><a href="/b">Bridge plan shelved</a></li>'
                "</ul></nav></body>"
            ),
            ("Most read",),
            ("Ferry saved", "Opponents argued that the state should pay for the service instead of the town."),
        ),
        (
            (
                "<body><article><h1>Ferry saved</h1><h2>Vote</h2><img src='vote.jpg'><h2>Reactions</h2>"
                f"{ARTICLE_HTML}<h2>Write to us</h2><nav><a href='/contact'>Contact the newsroom</a></nav>"
                "</article></body>"
            ),
            (),
            ("Vote", "Reactions", "Write to us"),
        ),
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        headline = headline_index(page)
        # Read backwards, counting blocks of text: per level, the count where its section (below the next heading of
        # that level or above) starts; a section's texts are those counted since, kept if the last kept one is.
        starts = [0] * 7
        texts = last_kept = 0
        for block in reversed(page.blocks):
            level = block.heading
            if not level:
                texts += 1
                if block.removed_by is None:
                    last_kept = texts
                continue
            start = starts[level]
            orphan = texts - start >= ORPHAN_SECTION and last_kept <= start
            if orphan and block.removed_by is None and block.index != headline and level > 1:
                yield block.index, block.index + 1, f"heading <h{level}> over a removed section"
            for h in range(level, 7):
                starts[h] = texts
