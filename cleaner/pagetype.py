"""Guess what kind of page this is: article, forum, product, collection, documentation or listing.

Rules that assume an article (one contiguous region, teaser lists are chrome) run only on articles;
on other pages the cleaner keeps the main content and strips only what is chrome on any page.
"""

from __future__ import annotations

import re

from .document import Block, Page
from .fold import Search, fold
from .memo import Memo
from .prose import GOOD, GOOD_WORDS, NEAR, SHORT, is_prose, regions

PAGE_TYPES = ("article", "forum", "product", "collection", "documentation", "listing")

# forum markers at the start of a line, and those that end one with a colon (looked for only where one ends it)
_FORUM_START = re.compile(
    r"^(?:\W*(?:re:|reply|quote|report|permalink|joined:?|posts:|registered:?|member since|beiträge:|registriert:?|"
    r"zitieren|antworten|répondre|citer|responder|citar|rispondi|ответить|цитировать|odpowiedz|cytuj)\b"
    r"|#\d+$|\W*(?:posted|gepostet|posté)\s+(?:by|von|par)\b"
    r"|\W*answered\s+(?:[a-z]{3}\s+\d{1,2}\b|\d+\s+[a-z]+\s+ago)|improve this answer)",  # a Q&A site's answers
    re.I,
)
_FORUM_END = re.compile(
    r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|написал\w*|napisał\w*|says|sagt|dit|dice):\s*$", re.I
)
_PRICE = re.compile(r"[$€£¥₹]\s?\d[\d.,]*|(?<![\d.,])\d[\d.,]*\s?(?:€|eur|usd|gbp|руб|₽|zł)(?!\w)", re.I)
_COMMERCE = re.compile(
    r"\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in stock|out of stock|sku|free shipping|free delivery|"
    r"in den warenkorb|auf lager|lieferzeit|ajouter au panier|en stock|añadir al carrito|aggiungi al carrello|"
    r"adicionar ao carrinho|в корзину|в наличии|do koszyka|customer reviews|write a review|specifications)\b",
    re.I,
)
_CODE_START = re.compile(
    r"^\s*(?:\$|>>>|#include|import |from \S+ import|def |class |function |const |let |var |public |return |<\w+[ >]"
    r"|--?[a-z][\w-]+\b)",
)
_CODE_END = ("{", "}")
# braces that are not code: an unrendered "{{ name }}" of the page's own template, a formula's TeX "{\displaystyle N}"
_NOT_CODE_BRACES = re.compile(r"^\{(?:[{*%#][^{}]*[}*%#]\}$|\\[a-z]+)")
_SCOPE = re.compile(r"\w::\w")  # C++, PHP, Rust paths ("std::vector"); a "::" bullet is not code
# a line ending in ";" is code when it holds a code character or is one token (prose list items end in ";" too)
_STATEMENT = re.compile(r"^\S+;$|[=(){}\[\]<>$_]")
# a call (not a count: "WordPress(53)"); searched only where "(" is
_CALL = re.compile(r"(?<!\w)\w+\((?!\d+\))[^()]*\)\s*[;:{]?$|(?<!\w)\w+\.\w+\(")
_DOC_WORDS = re.compile(
    r"^(?:parameters|returns?|arguments|example|examples|usage|installation|syntax|options|see also|note|"
    r"table of contents|contents|overview|getting started|prerequisites)\W*$",
    re.I,
)
# the heading of a comment section (and of a thread's replies: _REPLIES tells them apart), also read by ST02
COMMENT_HEADING = re.compile(
    r"^\W*(?:\d+\s+(?:comment|response|reply|thought|kommentar|commentaire|comentario|commento|комментарий)\b"
    r"|(?:\d+\s+)?(?:comments|responses|replies|thoughts|discussion|reader comments|leave a (?:comment|reply)|"
    r"join the discussion|what do you think\??|kommentare|leserkommentare|aktuelle kommentare|diskussion|commentaires|réactions|"
    r"comentarios|commenti|comentários|комментари[ия]|обсуждение|komentarze)\b)"
    r"(?:\s*\(\d+\)|\s+(?:on|to|about|zu|sur|en|su|на)\s+.{1,200})?\W*$",  # "Discussion about this post"
    re.I,
)
_REPLIES = re.compile(r"repl|antwort|répon|respuest|rispost|ответ", re.I)  # "12 replies" heads a thread's posts
_forum_start, _forum_end, _commerce, _price = map(Search, (_FORUM_START, _FORUM_END, _COMMERCE, _PRICE))

FORUM_MARKERS = 3
COMMENTED_PROSE = 60  # words of an article's prose above its comment heading, at least
FORUM_PROSE_BEFORE = 0.5  # share of a thread's prose that comes before its first post marker, at most
PRODUCT_MARKERS = 2
CODE_SHARE = 0.05  # share of code-like lines that makes documentation
LOW_PROSE_SHARE = 0.35  # below this share of prose a page is a listing
LISTING_REGIONS = 12  # up to PROSE_SHARE, a listing when its prose falls into this many regions
PROSE_SHARE = 0.55  # an article's words are mostly prose; a listing's are mostly short lines
TEASER_RUNS = 5  # separate runs of prose on a feed of teasers, at least
SINGLE_SHARE = 0.85  # share of those runs that are a single paragraph
DOMINANT_RUN = 0.5  # share of the prose's words in one run (not the last) that makes it an article's, not a teaser
LEAD_PARAGRAPHS = 4  # good paragraphs in the run of an article's body, at least
LEAD_FACTOR = 3.0  # how many times the words of the next longest run of prose the body's run holds, at least
LEAD_PRICES = 2  # prices on a page that a long run does not make an article
COLLECTION_PRICES = 6  # lines with a price that make a page a collection of products
INTRO_PARAGRAPHS = 2  # good paragraphs of a list's intro, at most
INTRO_LIST_LINES = 15  # lines below the intro's last paragraph, at least
INTRO_LIST_FACTOR = 3  # how many times the intro's words those lines hold, at least
MARKER_CACHE = 1 << 16  # texts (with their sizes) whose markers are remembered


def guess(page: Page) -> str:
    """The page type, from markers over the live blocks and the shape of their prose (JSON-LD hints win; an
    og:type only outweighs the shape of the prose, not the markers)."""
    hinted = page.hints.get("page_type")
    if hinted in PAGE_TYPES:
        return hinted
    blocks = page.alive()
    if not blocks:
        return "article"
    classes, segments = regions(page.blocks, page.language)
    classes = [c for c, b in zip(classes, page.blocks) if b.removed_by is None]
    # the share of prose is measured between the first and the last paragraph of prose, where the content is
    # (the near-prose titles of a list after an article do not stretch it): the same on the page and on the
    # cleaned page, so the guess holds when the output is cleaned again
    first, last = (classes.index(GOOD), len(classes) - 1 - classes[::-1].index(GOOD)) if GOOD in classes else (0, 0)
    span = blocks[first : last + 1]
    words = sum([b.words for b in span]) or 1
    prose = sum([b.words for b, c in zip(span, classes[first:]) if c == GOOD])
    # markers count on every block, those the line rules removed too: they are evidence of the page's kind
    markers = [b.markers if b.markers is not None else _markers(b) for b in page.blocks]
    every = "".join(markers)  # a block holds each marker once at most
    # (the blocks of a marker are looked for only when one holds it)
    forum = [b.index for b, found in zip(page.blocks, markers) if "f" in found] if "f" in every else []
    commerce = every.count("c")
    prices = every.count("p")
    code = len([b for b, m in zip(page.blocks, markers) if b.removed_by is None and "d" in m]) if "d" in every else 0
    if prices >= COLLECTION_PRICES:
        return "collection"
    if commerce >= PRODUCT_MARKERS and prices >= 1:
        return "product"
    if code >= 3 and code >= CODE_SHARE * len(blocks):
        return "documentation"
    # comments below an article look like a thread; on a forum most of the prose follows the first marker
    if len(forum) >= FORUM_MARKERS:
        before = sum(b.words for b, c in zip(blocks, classes) if c == GOOD and b.index < forum[0])
        if before < FORUM_PROSE_BEFORE * prose and not _commented(page.blocks, forum):
            return "forum"
    # HTML's og:type does not settle the type (sites put "article" on every page), but it outweighs the shape
    declared = page.hints.get("declared_type")
    if declared in PAGE_TYPES:
        return declared
    runs = _runs(classes, blocks)
    if prices < LEAD_PRICES and _lead(runs):  # a shop's long text about itself does not make it an article
        return "article"
    if prose < LOW_PROSE_SHARE * words or _teasers(runs):
        return "listing"
    if _intro_list(blocks[last + 1 :], classes.count(GOOD), prose):
        return "listing"
    # in between, a listing's prose is cut into many small regions; an article's stays in a few
    return "listing" if prose < PROSE_SHARE * words and len(segments) >= LISTING_REGIONS else "article"


def _intro_list(below: list[Block], paragraphs: int, prose: int) -> bool:
    """A list under a short intro: one or two paragraphs of prose, then many lines (a recipe collection's titles)
    holding several times the intro's words. Its prose is the intro alone, so the shape of the prose alone would
    read it as an article; the lines below it are its items."""
    return (
        paragraphs <= INTRO_PARAGRAPHS
        and len(below) >= INTRO_LIST_LINES
        and sum(b.words for b in below) >= INTRO_LIST_FACTOR * prose
    )


def _commented(blocks: list[Block], forum: list[int]) -> bool:
    """An article with its comments, not a thread: a comment heading ("34 responses to …", not "12 replies")
    with the article's prose above it and the thread's post markers (all but two) below it."""
    for block in blocks:
        if block.words <= 20 and COMMENT_HEADING.match(block.text) and not _REPLIES.search(block.text):
            above = sum(b.words for b in blocks[: block.index] if b.alive and is_prose(b, GOOD_WORDS))
            return above >= COMMENTED_PROSE and sum(1 for i in forum if i < block.index) <= 2
    return False


def _markers(block: Block) -> str:
    """The page-type evidence a block holds: "f" forum, "c" commerce, "p" price, "d" code (found once)."""
    if block.markers is None:
        block.markers = _evidence[block.text, block.words]
    return block.markers


def _find_markers(key: tuple[str, int]) -> str:
    """The markers of a text of so many words."""
    text, words = key
    lower = fold(text)
    found = "f" if words <= 12 and _forum(text, lower) else ""
    if words <= 15:
        found += "c" if _commerce(text, lower) else ""
        found += "p" if _price(text, lower) else ""
    return found + "d" if _code(text) else found


def _forum(text: str, lower: str | None) -> bool:
    """A forum post's marker: "Reply", "Quote", "#12", "Posted by" start the line, or "… wrote:" ends it."""
    return _forum_start(text, lower) or text.rstrip().endswith(":") and _forum_end(text, lower)


def _code(text: str) -> bool:
    """A line of code, or a heading of documentation: it ends in a brace or a semicolon, starts like a statement,
    a prompt or an option, holds ``=>``, ``::`` or a call (searched for in plain string tests and anchored
    matches where they will do: faster than one search for all of it)."""
    return bool(
        text.rstrip().endswith(_CODE_END)  # str.rstrip's whitespace is exactly re's \s
        and not _NOT_CODE_BRACES.match(text.strip())
        or text.rstrip().endswith(";") and _STATEMENT.search(text.strip())
        or "=>" in text
        or "::" in text and _SCOPE.search(text)
        or _CODE_START.match(text)
        or "(" in text and _CALL.search(text)
        or _DOC_WORDS.match(text)
    )


def _runs(classes: list[str], blocks: list[Block]) -> list[tuple[int, int, int]]:
    """The runs of prose (good or near-good blocks in a row): their words, blocks and good blocks."""
    runs: list[tuple[int, int, int]] = []
    words = length = good = 0
    for c, b in zip([*classes, SHORT], [*blocks, None]):  # the closing SHORT (and None) ends the last run
        if c in (GOOD, NEAR) and b is not None:
            length += 1
            words += b.words
            good += c == GOOD
        elif length:
            runs.append((words, length, good))
            words = length = good = 0
    return runs


def _teasers(runs: list[tuple[int, int, int]]) -> bool:
    """A feed of teasers: most runs of prose are one paragraph long, each under its own title, and no run but the
    last holds most of the prose (that run is an article, the single paragraphs around it its rails of teasers;
    a feed's last run may be the site's own closing text)."""
    singles = sum(1 for _, length, _ in runs if length == 1)
    if len(runs) < TEASER_RUNS or singles < SINGLE_SHARE * len(runs):
        return False
    return max(words for words, _, _ in runs[:-1]) < DOMINANT_RUN * sum(words for words, _, _ in runs)


def _lead(runs: list[tuple[int, int, int]]) -> bool:
    """One run of several paragraphs, not the last, that outweighs every other run many times: an article,
    however long the list of headlines around it (a listing's intro is at most a few times its longest teaser)."""
    if len(runs) < 2:
        return False
    lead = max(range(len(runs) - 1), key=runs.__getitem__)  # not the last: a page may close with its about text
    rest = max(words for k, (words, _, _) in enumerate(runs) if k != lead)
    return runs[lead][2] >= LEAD_PARAGRAPHS and runs[lead][0] >= LEAD_FACTOR * rest


# a text that a page repeats, or that another page held, holds the same evidence
_evidence: Memo[tuple[str, int], str] = Memo(_find_markers, MARKER_CACHE)
