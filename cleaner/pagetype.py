"""Guess what kind of page this is: article, forum, product, documentation or listing.

Rules that assume an article (one contiguous region, teaser lists are chrome) run only on articles;
on other pages the cleaner keeps the main content and strips only what is chrome on any page.
"""

from __future__ import annotations

import re

from .document import Block, Page

PAGE_TYPES = ("article", "forum", "product", "documentation", "listing")

_FORUM = re.compile(
    r"^\W*(?:re:|reply|quote|report|permalink|joined:?|posts:|registered:?|member since|beiträge:|registriert:?|"
    r"zitieren|antworten|répondre|citer|responder|citar|rispondi|ответить|цитировать|odpowiedz|cytuj)\b"
    r"|\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|написал\w*|napisał\w*):\s*$"
    r"|^#\d+$|^\W*(?:posted|gepostet|posté)\s+(?:by|von|par)\b",
    re.I,
)
_PRODUCT = re.compile(
    r"(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|gbp|руб|₽|zł)\b)"
    r"|\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in stock|out of stock|sku|free shipping|free delivery|"
    r"in den warenkorb|auf lager|lieferzeit|ajouter au panier|en stock|añadir al carrito|aggiungi al carrello|"
    r"adicionar ao carrinho|в корзину|в наличии|do koszyka|customer reviews|write a review|specifications)\b",
    re.I,
)
_CODE = re.compile(
    r"[{};]\s*$|^\s*(?:\$|>>>|#include|import |from \S+ import|def |class |function |const |let |var |public |"
    r"return |<\w+[ >])|\w+\([^)]*\)\s*[;:{]?$|^\s*--?[a-z][\w-]+\b|=>|::|\w+\.\w+\(",
)
_DOC_WORDS = re.compile(
    r"^(?:parameters|returns?|arguments|example|examples|usage|installation|syntax|options|see also|note|"
    r"table of contents|contents|overview|getting started|prerequisites)\W*$",
    re.I,
)

FORUM_MARKERS = 3
PRODUCT_MARKERS = 3
CODE_LINES = 4


def guess(page: Page) -> str:
    """The page type, from markers counted over the page's blocks (markup hints win when present)."""
    hinted = page.hints.get("page_type")
    if hinted in PAGE_TYPES:
        return hinted
    blocks = page.blocks
    forum = sum(1 for b in blocks if b.words <= 12 and _FORUM.search(b.text))
    product = sum(1 for b in blocks if b.words <= 15 and _PRODUCT.search(b.text))
    code = sum(1 for b in blocks if _CODE.search(b.text)) + sum(1 for b in blocks if _DOC_WORDS.match(b.text))
    if forum >= FORUM_MARKERS:
        return "forum"
    if product >= PRODUCT_MARKERS:
        return "product"
    if code >= CODE_LINES:
        return "documentation"
    if _is_listing(blocks):
        return "listing"
    return "article"


def _is_listing(blocks: list[Block]) -> bool:
    """Many separate small groups of prose and no dominant run of it: a feed of teasers."""
    runs: list[int] = []
    current = 0
    for b in blocks:
        if b.ends_sentence and b.words >= 8:
            current += b.words
        elif b.words > 2 or not b.ends_sentence:
            if current:
                runs.append(current)
            current = 0
    if current:
        runs.append(current)
    total = sum(runs)
    return len(runs) >= 6 and total > 0 and max(runs) < 0.3 * total
