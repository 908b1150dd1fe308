"""HTML input: detection, decoding, the reader's blocks and hints, deep nesting, and every HT rule's cases."""

from __future__ import annotations

import pytest

from cleaner import clean, clean_document
from cleaner.decode import decode
from cleaner.html import looks_like_html, read_html
from cleaner.registry import RULES

ARTICLE = (
    "<p>The council voted on Tuesday to keep the ferry running for another five years, officials said.</p>"
    "<p>The measure passed with a wide margin, according to the results published by the town clerk.</p>"
    "<p>Opponents argued that the state should pay for the service instead of the town and its people.</p>"
)


# --- detection -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "\ufeff<html lang='en'><p>Hi</p></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body>x</body></html>',
        "<div class='a'><p>One</p><p>Two</p><span>Three</span></div>",
        "<style>" + ".a{color:red}" * 3000 + "</style>\n<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "\n<script>var a = 1;" + " a += 1;" * 3000 + "</script><html lang='de'><body>x</body></html>",
        # a long style first, then a head with no doctype and no <html>: the markup after the preamble counts
        "<style>" + ".a{color:red}" * 3000 + "</style>\n<title>News</title>\n<meta name='a'>\n<meta name='b'>\n"
        "<script>var x;</script>\n<script>var y;</script>\n<p>Hi</p>",
    ],
)
def test_detects_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Use the <p> tag for paragraphs and <div> for blocks.\nThat is all there is to it.",
        "In HTML, <b>bold</b> and <i>italic</i> are inline.\nSee the <a href> docs.\nMore text here.\nAnd more.",
        "Home\nNews\nPolice seize servers\nThe agency said on Friday that <script> tags were injected.",
        "a < b and c > d, so <this> is not markup",
        "<script> tags were injected into the page, the agency said.\n<html> is the root element.",
    ],
)
def test_plain_text_mentioning_tags_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


# --- decoding --------------------------------------------------------------------------------------------


def test_decode_boms() -> None:
    assert decode("\ufeff<p>é</p>".encode("utf-8")) == "<p>é</p>"
    assert decode("\ufeff<p>é</p>".encode("utf-16-le")) == "<p>é</p>"
    assert decode("\ufeff<p>é</p>".encode("utf-16-be")) == "<p>é</p>"
    assert decode("\ufeff<p>é</p>".encode("utf-32-le")) == "<p>é</p>"


@pytest.mark.parametrize(
    ("encoding", "declaration", "text"),
    [
        ("windows-1251", '<meta charset="windows-1251">', "Привет, мир"),
        ("shift_jis", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "日本語の文章"),
        ("gb2312", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "中文新闻"),
        ("iso-8859-1", '<?xml version="1.0" encoding="iso-8859-1"?>', "Café crème"),
    ],
)
def test_decode_declared(encoding: str, declaration: str, text: str) -> None:
    page = f"{declaration}<html><body><p>{text}</p></body></html>"
    assert text in decode(page.encode(encoding))


def test_decode_sniffs_when_declaration_is_wrong() -> None:
    page = '<meta charset="utf-8"><p>' + "Größere Änderungen für Straßen und Brücken über den Fluß. " * 5 + "</p>"
    assert "Größere Änderungen" in decode(page.encode("cp1252"))


def test_decode_keeps_utf8_with_a_few_bad_bytes() -> None:
    page = '<meta charset="utf-8"><p>Montr' + "\ufffd" + "al café</p>"
    data = page.replace("\ufffd", "\x00").encode("utf-8").replace(b"\x00", b"\xe9")
    assert "Montr\ufffdal café" in decode(data)


def test_decode_undeclared_utf8() -> None:
    assert decode("<p>naïve — ok</p>".encode()) == "<p>naïve — ok</p>"


# --- the reader ------------------------------------------------------------------------------------------


def test_blocks_carry_dom_features() -> None:
    page = read_html(
        '<html><body><nav class="mainMenu"><ul><li><a href="/">Home</a></li></ul></nav>'
        '<main><article><h2>Sub head</h2><p>Text <a href="/x">link</a> more text here.</p>'
        "<table><tr><th>Name</th><td>Value</td></tr><tr><td>a</td><td>b</td></tr></table>"
        "<pre>line one\n  line two</pre><div>loose <b>div</b> text<p>inner</p>tail text</div>"
        "</article></main></body></html>"
    )
    by_text = {b.text: b for b in page.blocks}
    home = by_text["Home"]
    assert home.in_list and home.link_density == 1.0 and {"main", "menu"} <= home.tokens
    assert home.path == "body/nav.mainMenu/ul/li"
    assert by_text["Sub head"].heading == 2 and by_text["Sub head"].in_main
    assert 0 < by_text["Text link more text here."].link_density < 0.5
    assert by_text["Name Value"].in_table and "a b" in by_text
    assert "line one" in by_text and "line two" in by_text
    assert [t for t in by_text if t in ("loose div text", "inner", "tail text")] == [
        "loose div text",
        "inner",
        "tail text",
    ]
    assert all(b.first >= 1 for b in page.blocks)


def test_skips_invisible_and_non_content() -> None:
    page = read_html(
        "<html><body><script>var x = 'script text';</script><style>p{}</style><template><p>tpl</p></template>"
        '<svg><text>svg text</text></svg><form><input value="input text"><select><option>opt</option></select>'
        '<button>Press</button></form><p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p>'
        '<div style="color:red; display: none"><p>display none</p></div><p>visible</p></body></html>'
    )
    assert [b.text for b in page.blocks] == ["visible"]


def test_noscript_read_only_when_it_holds_the_only_copy() -> None:
    only = read_html(f"<html><body><div id='app'></div><noscript>{ARTICLE}</noscript></body></html>")
    assert len(only.blocks) == 3
    extra = read_html(f"<html><body>{ARTICLE}<noscript><p>Please enable JavaScript.</p></noscript></body></html>")
    assert "Please enable JavaScript." not in [b.text for b in extra.blocks]


def test_structured_hints_and_metadata() -> None:
    html = (
        '<html><head><title>Ferry saved | Courier</title><meta property="og:title" content="Ferry saved">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Ferry saved",'
        '"datePublished": "2024-04-09T17:20:00-04:00", "author": [{"@type": "Person", "name": "Nate Albright"}],'
        '"articleBody": "The council voted on Tuesday to keep the ferry running for another five years, officials '
        'said. The measure passed with a wide margin."}]}</script></head><body><div class="wrap"><h1>Ferry saved</h1>'
        "<div class='x'><p>The council voted on Tuesday to keep the ferry running for another five years, officials "
        "said.</p><p>The measure passed with a wide margin.</p></div><div><p>Other stuff</p></div></div></body></html>"
    )
    page = read_html(html)
    assert page.hints["headline"] == "Ferry saved" and page.hints["og:title"] == "Ferry saved"
    assert page.metadata == {"date": "2024-04-09T17:20:00-04:00", "author": "Nate Albright"}
    assert page.title == "Ferry saved" and page.blocks[page.headline].text == "Ferry saved"
    assert [b.in_main for b in page.blocks] == [False, True, True, False]
    result = clean_document(html)
    assert result.title == "Ferry saved" and result.metadata["author"] == "Nate Albright"


def test_product_json_ld_sets_page_type() -> None:
    page = read_html(
        '<html><head><script type="application/ld+json">{"@type": "Product", "name": "Kettle"}'
        "</script></head><body><p>A kettle.</p></body></html>"
    )
    assert page.hints["page_type"] == "product"


@pytest.mark.parametrize("depth", [300, 5000])
def test_deep_nesting_is_recovered(depth: int) -> None:
    html = (
        "<html><body><p>Before the nesting.</p>"
        + "<div>" * depth
        + "<p>Deep inside the nesting.</p>"
        + "</div>" * depth
        + "<p>After the nesting.</p></body></html>"
    )
    texts = [b.text for b in read_html(html).blocks]
    assert texts == ["Before the nesting.", "Deep inside the nesting.", "After the nesting."]


def test_empty_and_odd_inputs() -> None:
    assert clean("<html></html>") == ""
    assert clean(b"") == ""
    assert clean("<html><body><p>Only one line.</p><p>And two.</p><p>Three</p></body></html>")
    assert clean('<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi there</p><p>a</p><p>b</p></body></html>')


# --- the rules -------------------------------------------------------------------------------------------

HT_RULES = sorted(code for code in RULES if code.startswith("HT"))
HT_CASES = [(code, i, case) for code in HT_RULES for i, case in enumerate(RULES[code].html_examples)]


def test_every_ht_rule_is_documented_and_has_cases() -> None:
    assert len(HT_RULES) >= 5
    for code in HT_RULES:
        cls = RULES[code]
        assert cls.kinds == frozenset({"html"}) and cls.html_examples, code
        assert cls.order < 90 or getattr(cls, "example_with", ()), code  # only a rule reading removals runs last
        assert "False positives" in cls.documentation(), code


@pytest.mark.parametrize(("code", "number", "case"), HT_CASES, ids=[f"{c}-{i}" for c, i, _ in HT_CASES])
def test_ht_rule_examples(code: str, number: int, case: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    html, removed, kept = case
    result = clean_document(html, select=[code, *getattr(RULES[code], "example_with", ())])
    by_rule = {r.text for r in result.removed if r.rule == code}
    for text in removed:
        assert text in by_rule, f"{code} should remove {text!r}"
    for text in kept:
        assert text in result.text.split("\n\n"), f"{code} should keep {text!r}"
    assert all(r.path for r in result.removed)


def test_removals_name_rule_reason_and_path() -> None:
    html = (
        f'<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article>{ARTICLE}</article></body></html>'
    )
    result = clean_document(html)
    nav = [r for r in result.removed if r.text == "Home News"]
    assert nav and nav[0].rule.startswith("HT") and nav[0].reason and nav[0].path == "body/nav"


def test_keep_comments_option() -> None:
    html = (
        f"<html><body><article>{ARTICLE}</article><section id='comments'><div class='comment'><p>So glad this "
        "passed, my grandfather worked on that boat for many years.</p></div></section></body></html>"
    )
    comment = "So glad this passed, my grandfather worked on that boat for many years."
    assert comment not in clean(html)
    assert comment in clean(html, keep_comments=True, ignore=["ST02"])


def test_footer_footnotes_are_not_the_main_content() -> None:
    """A page of short lines above a footer of long footnotes: the footer is not chosen as the main content
    (HT04 would then drop the lines)."""
    items = "".join(f"<li>Walking shoe model {i} in size {i + 38}</li>" for i in range(8))
    notes = "".join(
        f"<p>Footnote {i}: offers are available to qualified customers only, subject to terms and conditions "
        "that may change at any time without notice.</p>"
        for i in range(4)
    )
    html = f"<html><body><h1>Walking shoes</h1><ul>{items}</ul><footer><div>{notes}</div></footer></body></html>"
    assert not [r for r in clean_document(html).removed if r.rule == "HT04"]


def test_page_wide_and_repeated_classes_do_not_mark_a_feed_as_chrome() -> None:
    """``<body class="...-author-...">`` names the template, and ``author-*`` on every post of a feed is a post
    class, not a bio box: HT01 keeps the posts."""
    posts = "".join(
        f'<article class="entry author-jane-doe"><h2><a href="/p{i}">Harbour news item {i}</a></h2>'
        f"<p>The council met on day {i} to discuss the harbour, and the vote was postponed until next week.</p>"
        "</article>"
        for i in range(5)
    )
    html = f'<html><body class="blog-meta-author"><main>{posts}</main></body></html>'
    result = clean_document(html)
    assert "Harbour news item 2" in result.text
    assert not [r for r in result.removed if r.rule == "HT01"]


def test_toggled_hidden_class_is_read_but_framework_hiding_classes_are_not() -> None:
    """A bare ``hidden`` class is what scripts toggle ("read more" text, tabs); ``d-none`` and ``sr-only`` hide."""
    page = read_html(
        '<html><body><p class="seo-copy hidden">More about our sheets</p><p class="d-none">Mobile menu</p>'
        '<span class="sr-only">(opens in a new tab)</span><p>visible</p></body></html>'
    )
    assert [b.text for b in page.blocks] == ["More about our sheets", "visible"]


def test_print_only_classes_do_not_show_a_hidden_element() -> None:
    """``d-none d-md-block`` shows at a breakpoint (read); ``d-none d-print-block`` only on paper (not read)."""
    page = read_html(
        '<html><body><p class="d-none d-md-block">Wide screens</p><p class="d-none d-print-block">Citation for '
        'print</p><p class="d-none print:block">Printed too</p><p>visible</p></body></html>'
    )
    assert [b.text for b in page.blocks] == ["Wide screens", "visible"]


def test_main_content_is_read_even_when_hidden_or_misnested() -> None:
    """The main content hidden until scripts load, or swallowed by a ``<button>`` that broken nesting left
    open, is still the page; a React-streamed part (``<div hidden id="S:0">``) is read too."""
    hidden = read_html(
        '<html><body><p hidden>Pop-up text</p><div style="display: none"><article><p>Loaded later</p></article>'
        '</div></body></html>'
    )
    assert [b.text for b in hidden.blocks] == ["Loaded later"]
    misnested = read_html("<html><body><header><button>Menu<main><p>Inside</p></main></button></header></body></html>")
    assert [b.text for b in misnested.blocks] == ["Menu", "Inside"]
    streamed = read_html(
        '<html><body><div hidden id="S:0"><p>Streamed part</p></div><div hidden id="S:x"><p>Hidden</p></div></body></html>'
    )
    assert [b.text for b in streamed.blocks] == ["Streamed part"]


def test_tab_and_accordion_panels_are_read_though_hidden() -> None:
    """A hidden panel that a toggle on the page controls (``aria-controls``), or a ``role="tabpanel"``, is shown
    on a click: it is the page's text, and so is the toggle (an FAQ's question). Other hidden elements are not."""
    page = read_html(
        '<html><body><button aria-controls="faq-1 faq-2" aria-expanded="false">How long does delivery take?</button>'
        '<div id="faq-1" hidden><p>Two to three working days.</p></div>'
        '<div role="tabpanel" style="display:none"><p>Specifications</p></div>'
        '<div id="faq-3" hidden><p>Not controlled</p></div></body></html>'
    )
    assert [b.text for b in page.blocks] == [
        "How long does delivery take?", "Two to three working days.", "Specifications"
    ]


def test_ruby_readings_and_script_links() -> None:
    """Ruby readings (``<rt>``) are not text; a ``javascript:`` link (a glossary pop-up) is not a link."""
    page = read_html(
        "<html><body><p><ruby>子<rt>こ</rt></ruby>どもの<a href='javascript:void(0)'><ruby>法律<rt>ほうりつ</rt>"
        "</ruby></a>ができる</p><p><a href='/next'>次の日</a></p></body></html>"
    )
    assert [(b.text, b.link_density) for b in page.blocks] == [("子どもの法律ができる", 0.0), ("次の日", 1.0)]


def test_og_type_article_does_not_outweigh_price_markers() -> None:
    """SEO plugins put og:type "article" on shop pages too: prices make it a collection; JSON-LD still settles."""
    tiles = "".join(f'<li><a href="/p{i}">Travel mug {i}</a><p>${20 + i}.95</p></li>' for i in range(8))
    shop = f'<html><head><meta property="og:type" content="article"></head><body><ul>{tiles}</ul></body></html>'
    assert read_html(shop).hints["declared_type"] == "article"
    assert clean_document(shop).page_type == "collection"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Mugs"}</script>'
    assert clean_document(shop.replace("<head>", f"<head>{ld}")).page_type == "article"


def test_product_grid_of_an_html_collection_is_not_a_menu() -> None:
    """NV03 leaves an HTML collection's grid of short names alone; the same lines as plain text are a menu run."""
    colours = ["Amber", "Slate", "Sage", "Coral", "Indigo", "Sand"]
    tiles = "".join(
        f'<div><h3>Travel mug {i}</h3>{"".join(f"<div>{c}</div>" for c in colours)}<p>${20 + i}.95</p></div>'
        for i in range(8)
    )
    result = clean_document(f"<html><body><div class='grid'>{tiles}</div></body></html>")
    assert result.page_type == "collection"
    assert not [r for r in result.removed if r.rule == "NV03"]
    assert "Coral" in result.text


def test_form_around_most_of_the_page_is_not_a_landmark() -> None:
    """A ``<form>`` wrapping a product grid and its filters is the page (HT02 keeps it); a search form is not."""
    tiles = "".join(
        f"<li><h3>Replacement battery model {i}</h3><p>Fits phones made in 20{i}</p></li>" for i in range(8)
    )
    html = (
        '<html><body><form action="/search"><input name="q"><p>Search the store</p></form>'
        f'<form id="filters"><p>Filter by brand</p><ul>{tiles}</ul></form></body></html>'
    )
    ht02 = [r.text for r in clean_document(html).removed if r.rule == "HT02"]
    assert ht02 == ["Search the store"]


def test_article_split_into_differently_classed_body_chunks_is_kept_whole() -> None:
    """Two ``articleBodyText`` chunks with different extra classes are twins: HT04 keeps both."""
    first = "".join(
        f"<p>The ferry council met for the {i}th time on Tuesday and voted to keep the service running.</p>"
        for i in range(5)
    )
    second = "<p>Opponents argued that the state should pay for the ferry instead of the town and its people.</p>"
    html = (
        f'<html><body><div class="page"><div class="articleBodyText version-2">{first}</div>'
        '<div class="ad-slot"><p>Advertisement</p></div>'
        f'<div class="articleBodyText section">{second}</div></div></body></html>'
    )
    text = clean(html)
    assert "Opponents argued that the state should pay for the ferry" in text
    assert "Advertisement" not in text


def test_embedded_post_inside_the_article_is_kept() -> None:
    """A tweet embedded in the article (``div.social-media-embed``) is quoted material, not a share bar."""
    body = "".join(
        f"<p>The state spent a large sum on the campaign, officials said in statement number {i} on Monday.</p>"
        for i in range(4)
    )
    tweet = "Yes this is real and the state really spent that much money on a campaign about itself"
    html = (
        f'<html><body><article><div class="entry-content">{body}<div class="social-media-embed">'
        f'<blockquote class="twitter-tweet"><p>{tweet}</p></blockquote></div></div></article>'
        '<div class="social-share"><a href="#">Share on Facebook</a></div></body></html>'
    )
    text = clean(html)
    assert tweet in text and "Share on Facebook" not in text


def test_related_heading_in_html_stops_where_the_article_goes_on() -> None:
    """NV04 in HTML: after a "Don't miss" box of links, a sentence without links at the element path of the
    article's paragraphs is the article going on; a teaser in its own card under the heading is still removed."""
    para = '<div class="text"><p>{}</p></div>'
    html = (
        "<html><body><article>"
        + para.format("The council voted on Tuesday to keep the ferry running for another five years, officials said.")
        + para.format("The measure passed with a wide margin, according to the results published by the town clerk.")
        + para.format("Don't miss")
        + '<div class="card"><p>Storm knocks out power to nine thousand homes across the county overnight.</p></div>'
        + para.format("Opponents said the state should pay for the service instead of the town.")
        + "</article></body></html>"
    )
    result = clean_document(html, select=["NV04"])
    removed = {r.text for r in result.removed}
    assert "Don't miss" in removed
    assert "Storm knocks out power to nine thousand homes across the county overnight." in removed
    assert "Opponents said the state should pay for the service instead of the town." in result.text


def test_an_aside_does_not_hold_the_content_by_its_prose() -> None:
    """A blurb in an ``<aside>`` that outweighs a short article is still side content."""
    blurb = (
        "<p>Our magazine was published for twenty years for amateur astronomers in three countries, and every issue "
        "brought guides to the night sky, reviews of telescopes and the best pictures sent in by our readers.</p>"
    )
    html = f"<html><body><article>{ARTICLE}</article><aside>{blurb}{blurb.replace('twenty', 'thirty')}</aside></body></html>"
    result = clean_document(html)
    assert "The measure passed with a wide margin, according to the results published by the town clerk." in result.text
    assert "Our magazine" not in result.text


def test_blog_plugin_boxes_are_chrome() -> None:
    """The share bar and the author box of common blog plugins (``shariff``, ``sharedaddy``, ``saboxplugin``)."""
    html = (
        f"<html><body><article><h1>Ferry saved</h1>{ARTICLE}"
        '<div class="shariff"><h4>Like it? Share it!</h4></div>'
        '<div class="sharedaddy"><h3>Like this:</h3><p>Like Loading...</p></div>'
        '<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Jane Doe has covered the town council and '
        "its budget fights for the Courier since 2009, and the county courts for a decade before that.</p></div></div>"
        "</article></body></html>"
    )
    result = clean_document(html)
    assert "Opponents argued that the state should pay for the service instead of the town and its people." in (
        result.text
    )
    for chrome in ("Like it? Share it!", "Like this:", "Jane Doe has covered"):
        assert chrome not in result.text


def test_copyright_and_print_hidden_boxes_are_chrome() -> None:
    html = (
        f"<body><article>{ARTICLE}"
        '<div class="article-copyright"><p>Reproduction only with the written permission of the publisher.</p></div>'
        '<div class="noprint"><p>Send this story to a friend</p></div></article></body>'
    )
    result = clean_document(html, select=["HT01"])
    assert {r.text for r in result.removed} == {
        "Reproduction only with the written permission of the publisher.",
        "Send this story to a friend",
    }


@pytest.mark.parametrize(
    "text", ["", "  ...  ", "«Ferry saved»", "ßtraße", "İstanbul", "\u0345x", "_id", "„Ärger“ im Rat", "123 votes"]
)
def test_first_word_character_starts_the_comparison_key(text: str) -> None:
    from cleaner.features import comparison_key
    from cleaner.html import _first_word_character

    assert _first_word_character(text) == comparison_key(text)[:1]
