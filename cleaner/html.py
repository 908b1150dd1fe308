"""HTML -> a Page of blocks that carry their DOM features (lxml: one parse, one walk).

A block is the text of one block-level element (``p``, ``h1``-``h6``, ``li``, ``blockquote``, a table row with
its cells joined by a space, a line of ``pre``, the loose text of a ``div``...). Each block points to its
innermost enclosing :class:`~cleaner.document.Container`, whose chain carries the class/id tokens, ARIA roles
and sectioning tags the markup rules read. Structured data (JSON-LD, Open Graph, ``<title>``) goes to
``page.hints`` and ``page.metadata``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from lxml import etree

from .document import Block, Container, Page
from .features import comparison_key
from .memo import Memo

SKIP = frozenset(
    {
        "script",
        "style",
        "template",
        "svg",
        "head",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "input",
        "select",
        "option",
        "optgroup",
        "textarea",
        "button",
        "datalist",
        "map",
        "noembed",
        "title",
        "rt",  # ruby annotations: the reading of the characters they sit on, not more text
        "rp",
    }
)
BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "noscript",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    }
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LISTS = frozenset({"ul", "ol", "dl", "menu"})
CELLS = frozenset({"td", "th"})
MAIN_TAGS = frozenset({"article", "main"})
MAIN_ROLES = frozenset({"main", "article"})
_INHERITED_TAGS = LISTS | {"table", "pre"}  # besides main content, what blocks inherit
_NO_TOKENS: frozenset[str] = frozenset()

DEPTH_LIMIT = 240  # libxml2 stops at 256 levels; deeper tags are dropped (their text kept) on re-parse
NOSCRIPT_MIN_CHARS = 200  # below this much text outside <noscript>, the page's content is in <noscript>
HEADLINE_MAX_CHARS = 200  # a block named by the title hints is the headline only when this short
JSONLD_MATCH_CHARS = 40  # blocks at least this long are located inside a JSON-LD articleBody
CLASS_CACHE = 1 << 14  # class attribute values whose facts are remembered

# Whitespace runs to fold (not \s: U+3000 and friends are kept, as the page shows them); a lone space is left alone.
_SPACES = re.compile(r"(?:[\t\n\r\f\v\u00a0]| (?=[ \t\n\r\f\v\u00a0]))[ \t\n\r\f\v\u00a0]*")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HTML_START = re.compile(
    r"\A(?:\ufeff|\s|<!--.*?-->)*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html[\s>]))",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_RAW = re.compile(  # scripts and styles a server printed before the doctype
    r"(?:\ufeff|\s|<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>)*", re.IGNORECASE | re.DOTALL
)
LEADING_RAW_CHARS = 200_000  # how far such a preamble is looked through
_HTML_TAG = re.compile(
    r"<(?:p|div|span|a\s+href|br|li|ul|table|tr|td|h[1-6]|body|head|meta|script|style|article|section|img|b|i|em|strong)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_CLOSING_TAG = re.compile(
    r"</(?:p|div|span|a|li|ul|table|tr|td|h[1-6]|head|title|script|style|body|article|section|b|i|em|strong)>", re.IGNORECASE
)
MIN_TAGS = 3  # a fragment needs this many opening and closing tags to count as HTML
HIDING_CLASSES = frozenset(  # not a bare "hidden": scripts toggle it to show tabs, "read more" text and swatches
    {
        "d-none",
        "hide",
        "is-hidden",
        "invisible",
        "sr-only",
        "visually-hidden",
        "screen-reader-text",
        "screen-reader-only",
        "visuallyhidden",
        "element-invisible",
    }
)
_HIDING_HINT = re.compile(r"hid|none|sr-only|invisible|screen-reader")  # cheap pre-filter of class strings
_SHOWING_CLASS = re.compile(  # a breakpoint's display class shows the element again; a print one does not
    r"^(?:d-(?!print-)\w+-(?:block|flex|inline|inline-block|grid|table)|(?!print:)\w+:(?:block|flex|inline|inline-block|grid|table))$"
)
_STREAMED = re.compile(r"S:\d+\Z")  # React streams a part of the page in ``<div hidden id="S:0">``, then shows it
_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*?(/?)>")
_RAW_TEXT = re.compile(
    r"<(script|style|template|textarea)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)", re.IGNORECASE | re.DOTALL
)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

META_KEYS = {  # <meta> name or property -> hint
    "og:title": "og:title",
    "og:type": "og:type",
    "article:published_time": "meta:date",
    "author": "meta:author",
    "article:author": "meta:author",
}
PAGE_TYPES = {  # JSON-LD @type (or og:type) -> page type (only types that settle it)
    "product": "product",
    "discussionforumposting": "forum",
    "qapage": "forum",
    "article": "article",
    "newsarticle": "article",
    "blogposting": "article",
    "reportagenewsarticle": "article",
    "opinionnewsarticle": "article",
    "analysisnewsarticle": "article",
    "recipe": "article",
}


def looks_like_html(text: str) -> bool:
    """True for an HTML document or fragment; False for plain text that merely mentions a few ``<tags>``."""
    head = text[:2048]
    if _HTML_START.match(head):
        return True
    start = 0  # past the scripts and styles a server printed first: the markup, or the text, that follows
    if head.lstrip("\ufeff \t\r\n").startswith("<"):
        start = _LEADING_RAW.match(text, 0, LEADING_RAW_CHARS).end()
        if start and _HTML_START.match(text[start : start + 2048]):
            return True
    sample = text[start : start + 20000]
    opening = len(_HTML_TAG.findall(sample))
    closing = len(_CLOSING_TAG.findall(sample))
    if opening < MIN_TAGS or closing < MIN_TAGS:
        return False
    # markup, not prose about markup: tags are dense relative to the lines of text
    lines = sample.count("\n") + 1
    return opening + closing >= lines or sample.lstrip().startswith("<")


@lru_cache(maxsize=8192)
def tokens_of(value: str) -> frozenset[str]:
    """Class/id tokens: lowercased, split on spaces, ``-``, ``_``, ``:``, ``.``, ``/`` and camelCase
    (``shareBar`` -> share, bar)."""
    if value.islower():  # the common case: no capitals to split at or to lowercase
        return frozenset(_split(value))
    return frozenset(t.lower() for t in _split(_CAMEL.sub(" ", value)))


def _split(value: str) -> list[str]:
    """``value`` split on whitespace and the token separators ``-_:./`` (``str.replace`` is faster than
    ``str.translate``)."""
    return value.replace("-", " ").replace("_", " ").replace(":", " ").replace(".", " ").replace("/", " ").split()


def normalise(text: str) -> str:
    """Whitespace runs (HTML's, plus no-break space) folded to one space and trimmed (trimmed first: the indentation
    around a block is most of its whitespace, and a block without more needs no folding)."""
    trimmed = text.strip()
    if trimmed.isprintable() and "  " not in trimmed:  # no whitespace inside but lone spaces: nothing to fold
        return trimmed
    return _SPACES.sub(" ", trimmed)


def read_html(text: str) -> Page:
    """A page with one block per block-level element of ``text``, carrying its markup features."""
    root = _parse(text)
    page = Page(blocks=[], kind="html")
    if root is None:
        return page
    walker = _Walker(read_noscript=False)
    walker.walk(root)
    if walker.noscript and sum(len(b.text) for b in walker.blocks) < NOSCRIPT_MIN_CHARS:
        walker = _Walker(read_noscript=True)
        walker.walk(root)
    page.blocks = walker.blocks
    hints = page.hints = _structured_hints(root, walker.jsonld)
    _mark_jsonld_region(page.blocks, hints.get("article_body", ""))
    _settle_headline(page)
    for key in ("date", "author"):
        if hints.get(key):
            page.metadata[key] = hints[key]
    return page


def _parse(text: str) -> etree._Element | None:
    """Parse once; when libxml2 hits its nesting limit (and silently drops the rest), re-parse flattened."""
    data = text.encode("utf-8", errors="replace")
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.ParserError:
        return None
    if any("depth" in e.message for e in parser.error_log.filter_from_fatals()):
        parser = _parser()
        root = etree.fromstring(flatten(text, DEPTH_LIMIT).encode("utf-8", errors="replace"), parser)
    return root


def _parser() -> etree.HTMLParser:
    """An HTML parser for one page: comments and processing instructions dropped, and no table of ids (nothing
    looks elements up by id; building it costs 5 % of the parse)."""
    return etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False)


def flatten(text: str, limit: int) -> str:
    """``text`` with every tag nested deeper than ``limit`` dropped (its text stays, in the enclosing element)."""
    text = _RAW_TEXT.sub(lambda m: m.group(0) if m.group(1) is None else "", text)
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements and whether each was kept
    open_names: Counter[str] = Counter()  # a closing tag without an open element is dropped unsearched
    pos = 0
    for m in _TAG.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            for i in range(len(stack) - 1, -1, -1) if open_names[name] else ():
                if stack[i][0] == name:
                    if stack[i][1]:
                        out.append(m.group(0))
                    open_names.subtract(n for n, _ in stack[i:])
                    del stack[i:]
                    break
            continue
        keep = len(stack) < limit
        if keep:
            out.append(m.group(0))
        if name not in VOID and not selfclosing:
            stack.append((name, keep))
            open_names[name] += 1
    out.append(text[pos:])
    return "".join(out)


@dataclass(slots=True, frozen=True)
class _Inherited:
    """What the blocks inside a block-level element inherit from it and the elements around it."""

    in_list: bool = False
    in_table: bool = False
    in_main: bool = False
    pre: bool = False


@cache
def _inherited(in_list: bool, in_table: bool, in_main: bool, pre: bool) -> _Inherited:
    """The one _Inherited of these values (16 in all; a frozen dataclass is slow to make)."""
    return _Inherited(in_list, in_table, in_main, pre)


class _Walker:
    """One pass over the tree: text pieces gathered per block element, flushed as Blocks."""

    def __init__(self, read_noscript: bool) -> None:
        self.skip = SKIP if read_noscript else SKIP | {"noscript"}
        self.noscript = False
        self.jsonld: list[str] = []
        self.blocks: list[Block] = []
        self.containers = 0
        self.pieces: list[str] = []
        self.links: list[str] = []  # the pieces inside links
        self.line = 0
        self.last_line = 0
        self.protected: set[etree._Element] = set()
        self.start: etree._Element | None = None
        self.disclosed: frozenset[str] | None = None  # looked up on first need: half the pages never need it

    def walk(self, root: etree._Element) -> None:
        body = root.find("body")
        start = body if body is not None else root
        self.start = start
        self.protected = _main_and_ancestors(start)
        self._element(start, None, _Inherited(), False, start.tag)

    def _element(
        self, el: etree._Element, container: Container | None, inherited: _Inherited, in_link: bool, tag: str
    ) -> None:
        """Visit ``el`` (not skipped) inside the block-level element ``container``."""
        names = el.keys()  # one call, then only the attributes present are read
        cls = el.get("class") if "class" in names else None
        hidden = names and (  # by a hiding class or attribute (checked inline: most elements have neither)
            cls and _hides[cls] or not _HIDING_ATTRIBUTES.isdisjoint(names) and _hiding_attribute(el, names)
        )
        if hidden and el not in self.protected and not self._panel(el):
            if self.pieces:
                self.pieces.append(" ")  # the text on either side stays two words ("Home<div hidden>…</div>Home")
            return
        pieces, links = self.pieces, self.links
        block = tag in BLOCK
        if block:
            if pieces:
                self._flush(container, inherited)
            container, inherited = self._open(el, container, inherited, tag, names, cls)
        elif tag == "br":
            if pieces:
                self._flush(container, inherited)
            self._at(el)
        elif tag in CELLS:
            pieces.append(" ")
        elif tag == "a" and not ("href" in names and el.get("href").startswith("javascript:")):
            in_link = True  # a script "link" (a glossary pop-up, a toggle) leads nowhere: it is text
        text = el.text
        if text and (pieces or not text.isspace()):  # leading whitespace of a block: nothing to keep
            pieces.append(text)
            if in_link:
                links.append(text)
        skip, protected = self.skip, self.protected
        for child in el:
            ctag = child.tag
            if ctag.__class__ is not str:
                pass
            elif ctag in skip and not (
                child in protected or ctag == "button" and child.get("aria-controls")  # an accordion's question
            ):
                if ctag == "script" and child.get("type") == "application/ld+json" and child.text:
                    self.jsonld.append(child.text)
                elif ctag == "noscript":
                    self.noscript = True
            elif ctag != "dialog" or child.get("open") is not None:
                self._element(child, container, inherited, in_link, ctag)
            text = child.tail
            if text and (pieces or not text.isspace()):
                pieces.append(text)
                if in_link:
                    links.append(text)
        if block:
            if pieces:
                self._flush(container, inherited)
            self.line = self.last_line
        elif tag in CELLS:
            pieces.append(" ")

    def _panel(self, el: etree._Element) -> bool:
        """A tab or accordion panel: hidden until a click on the page shows it, so it is the page's text."""
        if el.get("role") == "tabpanel":
            return True
        ident = el.get("id")
        if not ident:  # no toggle names it (ids are found split on spaces: none is empty)
            return False
        if self.disclosed is None:
            self.disclosed = _disclosed_ids(self.start)
        return ident in self.disclosed

    def _open(
        self,
        el: etree._Element,
        parent: Container | None,
        inherited: _Inherited,
        tag: str,
        names: list[str],
        cls: str | None,
    ) -> tuple[Container, _Inherited]:
        """The Container of a block-level element (with the attributes ``names``, the class ``cls``) and what the
        blocks inside it inherit."""
        self._at(el)
        if cls:
            own, step = _names[cls]
            name = tag + step
        else:
            own, name = _NO_TOKENS, tag
        role = ""
        is_main = tag in MAIN_TAGS
        if "role" in names:
            role = (el.get("role") or "").lower()
            is_main = is_main or role in MAIN_ROLES
        if "itemprop" in names and el.get("itemprop") == "articleBody":
            is_main = True
        ident = el.get("id") if "id" in names else None
        if ident:  # ids are often unique (``post-1234``): not part of what is remembered by class
            own, name = own | tokens_of(ident), f"{tag}#{ident}"
        self.containers += 1
        container = Container(self.containers, tag, name, own, role, is_main, parent)
        if is_main or tag in _INHERITED_TAGS:
            inherited = _inherited(
                inherited.in_list or tag in LISTS,
                inherited.in_table or tag == "table",
                inherited.in_main or is_main,
                inherited.pre or tag == "pre",
            )
        return container, inherited

    def _at(self, el: etree._Element) -> None:
        """A new block starts at ``el``'s line."""
        line = el.sourceline or self.last_line
        self.line = line
        if line > self.last_line:  # not max(): its call costs more than the rest of this step
            self.last_line = line

    def _flush(self, container: Container | None, inherited: _Inherited) -> None:
        raw = "".join(self.pieces)
        self.pieces.clear()
        density = 0.0
        if self.links:
            linked = "".join(self.links)
            self.links.clear()
            density = (len(linked) - linked.count(" ")) / ((len(raw) - raw.count(" ")) or 1)
            density = density if density < 1.0 else 1.0
        if inherited.pre:
            for offset, piece in enumerate(raw.split("\n")):
                self._block(normalise(piece), container, inherited, density, self.line + offset, self.line + offset)
        else:
            self._block(normalise(raw), container, inherited, density, self.line, self.last_line)

    def _block(
        self, text: str, container: Container | None, inherited: _Inherited, density: float, first: int, last: int
    ) -> None:
        """Add a Block of ``text`` (unless it is empty) with the features of its element."""
        if not text:
            return
        tag = container.tag if container is not None else ""
        blocks = self.blocks
        blocks.append(
            Block(  # positional, in the order of Block's fields (keywords slow the walk by 5 %)
                len(blocks),
                text,
                first,
                last,
                tag,
                density,
                HEADINGS.get(tag, 0),
                inherited.in_list,
                inherited.in_table,
                inherited.in_main,
                container,
            )
        )


def _main_and_ancestors(root: etree._Element) -> set[etree._Element]:
    """The page's ``<main>`` (else its only ``<article>``) and every element around it. Hiding them is a loading
    state that scripts undo, and a form control around them is a parser repair of broken nesting: both are read."""
    mains = list(root.iter("main"))
    if not mains:
        articles = list(root.iter("article"))
        mains = articles if len(articles) == 1 else []
    return {a for m in mains for a in (m, *m.iterancestors())}


def _disclosed_ids(root: etree._Element) -> frozenset[str]:
    """The ids of the elements that a toggle on the page shows and hides (its ``aria-controls``)."""
    return frozenset(ident for value in root.xpath(".//@aria-controls") for ident in value.split())


def _hiding_attribute(el: etree._Element, names: list[str]) -> bool:
    """Hidden by an attribute (``el`` has the attributes ``names``): ``hidden`` (not on a part of the page streamed
    in before its place), ``aria-hidden="true"`` or an inline ``display:none``."""
    if "hidden" in names and not _STREAMED.match(el.get("id") or ""):
        return True
    if "aria-hidden" in names and el.get("aria-hidden") == "true":
        return True
    return "style" in names and bool(_STYLE_HIDDEN.search(el.get("style")))


def _hiding_class(cls: str) -> bool:
    """A CSS framework's hiding class (``d-none``, ``sr-only``...) without a responsive class that shows it again."""
    if not _HIDING_HINT.search(cls):
        return False
    names = cls.split()
    return any(n in HIDING_CLASSES for n in names) and not any(_SHOWING_CLASS.match(n) for n in names)


def _described(cls: str) -> tuple[frozenset[str], str]:
    """A block element's class tokens and its path step after the tag (``.story.body``; an id names it instead)."""
    return tokens_of(cls), "." + ".".join(cls.split()[:2])


# Class values repeat on a page (every teaser card, every menu item) and across a site's pages: each is worked out
# once (a hit is one dict lookup): whether it hides an element, read for every element, and, for block elements,
# what it names.
_hides: Memo[str, bool] = Memo(_hiding_class, CLASS_CACHE)
_names: Memo[str, tuple[frozenset[str], str]] = Memo(_described, CLASS_CACHE)


def _structured_hints(root: etree._Element, body_jsonld: list[str]) -> dict[str, Any]:
    """Title, Open Graph and JSON-LD facts of the page (from ``head``, and the JSON-LD the walk found)."""
    hints: dict[str, Any] = {}
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
    title = head.findtext("title")
    if title and normalise(title):
        hints["title"] = normalise(title)
    for meta in head.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        value = normalise(meta.get("content") or "") if key in META_KEYS else ""
        if value:
            hints.setdefault(META_KEYS[key], value)
    scripts = [s.text for s in head.iter("script") if s.get("type") == "application/ld+json" and s.text]
    for source in [*scripts, *body_jsonld]:
        try:
            data = json.loads(source)
        except ValueError:
            continue
        for item in _jsonld_items(data):
            _read_jsonld(item, hints)
    og_type = hints.get("og:type", "").lower()
    if og_type in PAGE_TYPES:  # weaker than JSON-LD: SEO plugins put og:type "article" on every page
        hints["declared_type"] = PAGE_TYPES[og_type]
    if "meta:date" in hints:
        hints.setdefault("date", hints["meta:date"])
    author = hints.get("meta:author", "")
    if author and not author.startswith("http"):
        hints.setdefault("author", author)
    return hints


def _jsonld_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: top level, lists and ``@graph``."""
    if isinstance(data, list):
        return [i for d in data for i in _jsonld_items(d)]
    if not isinstance(data, dict):
        return []
    return [data, *_jsonld_items(data.get("@graph", []))]


def _read_jsonld(item: dict[str, Any], hints: dict[str, Any]) -> None:
    kind = item.get("@type")
    kinds = [k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]
    for k in kinds:
        if k in PAGE_TYPES:
            hints.setdefault("page_type", PAGE_TYPES[k])
    if not any(k.endswith(("article", "posting", "report")) or k == "recipe" for k in kinds):
        return
    for key, hint in (("headline", "headline"), ("datePublished", "date"), ("articleBody", "article_body")):
        value = item.get(key)
        if isinstance(value, str) and normalise(value):
            hints.setdefault(hint, normalise(value))
    name = _author_name(item.get("author"))
    if name:
        hints.setdefault("author", name)


def _author_name(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_author_name(v) for v in value) if n)
    if isinstance(value, dict):
        value = value.get("name")
    return normalise(value) if isinstance(value, str) else ""


def _mark_jsonld_region(blocks: list[Block], body: str) -> None:
    """Mark as main the innermost element around every long block found in the JSON-LD ``articleBody``."""
    if not body:
        return
    found = [b.container for b in blocks if len(b.text) >= JSONLD_MATCH_CHARS and b.text in body]
    parents = [c.parent for c in found if c is not None and c.parent is not None]  # around the paragraphs
    if not parents:
        return
    common = parents[0].chain()
    for node in parents[1:]:
        chain = set(map(id, node.chain()))
        common = [c for c in common if id(c) in chain]
    if not common:
        return
    region = common[0]
    region.main = True
    for block in blocks:
        if not block.in_main and block.container is not None and any(c is region for c in block.container.chain()):
            block.in_main = True


def _first_word_character(text: str) -> str:
    """The first character of ``comparison_key(text)`` ("" if it is empty): the first ``\\w`` character of the
    casefolded text, found without the regular expression and the join (most blocks are told apart by it)."""
    for char in text.casefold():
        if char.isalnum() or char == "_":  # what ``\\w`` matches in a str pattern
            return char
    return ""


def _set_headline(page: Page, block: Block) -> None:
    page.headline, page.title = block.index, block.text
    page.hints["headline_block"] = (block.container, block.text)  # finds it again among copied blocks


def _settle_headline(page: Page) -> None:
    """The page's headline: the heading that the structured hints name, else the first ``h1``."""
    hints = page.hints
    names = [hints[k] for k in ("headline", "og:title", "title") if hints.get(k)]
    keys = [comparison_key(n) for n in names]
    starts = {k[0] for k in keys if k}  # a block's key is a start of one of the keys: it starts with its letter
    headings = [b for b in page.blocks if b.heading]
    short = [b for b in page.blocks if not b.heading and len(b.text) <= HEADLINE_MAX_CHARS]
    for block in [*headings, *short]:  # a heading that the hints name, else any short block they name
        if _first_word_character(block.text) not in starts:
            continue
        key = comparison_key(block.text)
        if key and any(key == k or (len(key) >= 12 and k.startswith(key)) for k in keys):
            _set_headline(page, block)
            return
    first_h1 = next((b for b in headings if b.heading == 1), None)
    if first_h1 is not None:
        _set_headline(page, first_h1)
    elif names:
        page.title = names[0]
