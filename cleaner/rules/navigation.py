"""NV: navigation — skip links, breadcrumbs, menus, related-article lists, pagination, tags, language pickers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from ..document import Block, Page
from ..features import comparison_key
from ..fold import Search, fold
from ..prose import CODE, MENU_ITEM_WORDS, is_prose, menu_like
from ..registry import Rule, register
from ..tables import cells
from .base import BarRule, PromptRule, phrases, quote, words_in

MENU_RUN = 4  # consecutive menu-like lines that make a menu
RELATED_TEASERS = 15  # at most this many lines after a "Related" heading are teasers
TEASER_PROSE_WORDS = 25  # a paragraph of prose this long under a related-list heading ends its teasers
TEASER_SENTENCE_WORDS = 10  # in HTML, so does a sentence this long with no link in it
CUT_TEASERS = 3  # summaries cut off with an ellipsis, in one group, that make a teaser list
CUT_SUMMARY_WORDS = 15  # a cut-off summary has at least this many words (a list that trails off has fewer)
FEED_SHARE = 0.75  # cut-off summaries holding more of the page's prose than this make a feed, not teasers
CUT_GAP = 3  # short lines (titles, dates) that may stand between two summaries of one group
_EXCERPT_MARKS = ("[...]", "[…]")  # what blog software puts after an excerpt: never an article's own ending
_ELLIPSES = (*_EXCERPT_MARKS, "...", "…")
EXCERPT_WORDS = 6  # a summary that ends in an excerpt mark has at least this many words
_CUT_AFTER = ",;:'’\"”)-"  # what may stand right before the ellipsis of a cut-off summary, besides a letter or digit
_FEWEST_WORDS = min(EXCERPT_WORDS, CUT_SUMMARY_WORDS)  # of a summary, cut off with an ellipsis or without one


@register
class SkipLinks(BarRule):
    """Skip links, toggles and other bare navigation buttons ("Skip to content", "Back to top", "Menu").

    Why: accessibility and layout controls of the site. False positives: none known.
    """

    code = "NV01"
    name = "skip-links"
    what = "navigation control"
    examples = ("- Skip to main content\n- Back to top\n- Menu\n- Zum Inhalt springen", "Back to top form, he won.")
    words = (
        "skip to content", "skip to main content", "skip to navigation", "skip to footer", "skip navigation",
        "skip to search", "jump to", "back to top", "to top", "top", "toggle navigation", "toggle menu", "menu",
        "main menu", "open menu", "close menu", "close", "search", "search for", "go", "submit", "navigation",
        "home", "homepage", "more", "previous", "next", "zum inhalt springen", "zur navigation", "nach oben",
        "suche", "suchen", "schließen", "startseite", "aller au contenu", "retour en haut", "rechercher", "fermer",
        "accueil", "ir al contenido", "volver arriba", "buscar", "cerrar", "inicio", "vai al contenuto",
        "torna su", "cerca", "chiudi", "ir para o conteúdo", "voltar ao topo", "pesquisar", "fechar",
        "перейти к содержанию", "наверх", "поиск", "меню", "закрыть", "главная", "przejdź do treści", "szukaj",
        "naar inhoud", "zoeken", "跳到主要内容", "返回顶部", "搜索", "首页", "メニュー", "検索", "ホーム",
    )


# a slash separates crumbs with spaces around it, or between figures (a date: no text either); unspaced between
# words it joins the parts of a term ("CPR/AED", "and/or") or of an address
_CRUMB_SEPARATOR = re.compile(r"(?<!\s)\s*(?:›|»|>|\||→|::|·|•)\s*|(?<!\s)\s+/\s+|(?<=\d)/(?=\d)")


@register
class Breadcrumb(Rule):
    """Breadcrumbs and one-line menus ("Home > News > World", "News | Sport | Weather | Culture").

    Why: a trail or row of section links, not text. A line is flagged when separators split it into
    at least three short items (or two, the first being "Home"). A line of code (a path, a command-line
    option, an assignment) is not a trail, nor are a web address and a term whose parts a slash joins without
    spaces ("CPR/AED/First Aid"). False positives: a title-like line "A / B / C" of short items.
    """

    code = "NV02"
    triggers = frozenset("".split())
    trigger_chars = "›»>/|→·•:"
    name = "breadcrumb"
    pattern = re.compile(r"[›»>/|→·•]|::")
    max_words = 30
    examples = (
        "- Home > News > World\n- News | Sport | Weather | Culture\n- Home / Guides / Hiking",
        "Revenue rose 5% / year, up from 3%.\n"
        "Certified in CPR/AED/First Aid\nOfficial documentation: https://example.com/docs/guide/start\n"
        "/dev/loop0 and /dev/mapper/file1 are the same\n"
        "dpkg --get-selections | grep -v deinstall > files\n"
        "sudo mkdir /mnt/root_backup",
    )
    _home = re.compile(r"^(?:home|start|startseite|accueil|inicio|home page|главная|首页|ホーム)$", re.I)

    def check(self, block: Block, page: Page) -> str | None:
        if " " not in block.text or CODE.search(block.text):
            return None  # a path or an address ("/etc/app/config.toml"), or code: not a trail of links
        items = [i for i in _CRUMB_SEPARATOR.split(block.text) if i]
        if len(items) < 2 or any(words_in(i) > MENU_ITEM_WORDS or i[-1] in ".!?" for i in items):
            return None
        if len(items) >= 3 or self._home.match(items[0]):
            return f"breadcrumb or one-line menu of {len(items)} items"
        return None


_GLUE = re.compile(r"(?<=[a-z)])(?=[A-Z][a-z])")  # where one label ends and the next begins, with no space
# code, markup, hashtags and handles, and "label: value" pairs (a recipe's glued nutrition facts)
_NOT_LABELS = re.compile(r"[()<>=$_{}\[\];\"\\#@+*]|:\s*\d")
GLUED_LABELS = 4  # labels glued into one line, at least


@register
class GluedMenu(Rule):
    """A menu scraped without separators: its link labels glued into one line ("About UsServicesInsightsOur
    ValuesCareers", "FacebookTwitterPinterestEmail").

    Why: a scraper that joins a menu's links without a space or a line break leaves one run-on line of labels,
    each starting in capitals right after the last one's final letter. Four labels at least, nearly every word
    capitalised (a sentence has lower-case words), no code, markup, hashtags (camel-cased names in code,
    "ModuleNotFoundError", "#MethWeAreOnIt", have one of them or are one word in a sentence) or "label: value"
    pairs (glued nutrition facts). False positives: a line of camel-cased product names.
    """

    code = "NV12"
    name = "glued-menu"
    pattern = re.compile(r"[a-z)][A-Z][a-z]")
    max_words = 40
    examples = (
        "- About UsServicesInsightsOur ValuesCareers\n- FacebookTwitterPinterestEmail",
        "Use ManyToManyField and OneToOneField, the manual says.\nwith suppress(ModuleNotFoundError):\n"
        "She shared the hashtag #MethWeAreOnIt\nNVIDIA GeForce RTX 3060\n"
        "Calories: 291kcalCarbohydrates: 31gProtein: 5gFat: 17g",
    )

    def check(self, block: Block, page: Page) -> str | None:
        text = block.text
        if not text[0].isalnum() or text[-1] in ".!?," or _NOT_LABELS.search(text):
            return None
        labels = _GLUE.split(text)
        words = text.split()
        if len(labels) < GLUED_LABELS or 5 * sum(w[0].islower() for w in words) > len(words):
            return None
        return f"menu of {len(labels)} labels glued into one line"


# headings of the lists a page is about: a product's features and specifications, a recipe's ingredients
_LIST_HEADING = re.compile(
    r"^\W*(?:(?:key\s+|product\s+)?(?:features|highlights|details|specifications)|specs|"
    r"tech(?:nical)?\s+spec(?:ification)?s|technical\s+data|what'?s\s+(?:included|in\s+the\s+box)|in\s+the\s+box|"
    r"ingredients|materials|dimensions|"
    r"system\s+requirements|merkmale|eigenschaften|technische\s+daten|lieferumfang|zutaten|caractéristiques|"
    r"spécifications|ingrédients|características|especificaciones|ingredientes|caratteristiche|specifiche|ingredienti|"
    r"kenmerken|specificaties|ingrediënten|cechy|specyfikacja|składniki|характеристики|ингредиенты)\W*$",
    re.I,
)


@register
class MenuRun(Rule):
    """Menus: runs of at least four consecutive short label lines ("News", "Sport", "Weather", "Culture").

    Why: menus scrape into one link label a line. The run must be outside the article's prose: a run
    between two prose paragraphs is left to the structure rule (it may be a list). False positives:
    a list of short capitalised items at the edge of the content (kept on product and docs pages). On a
    shop's page, a list under a heading that names it ("Features", "Specifications", "Technische Daten") is
    the product's. Not run on an HTML collection, where a product grid reads like a menu and the markup rules
    find the menus.
    """

    code = "NV03"
    name = "menu-run"
    scope = "document"
    order = 30
    examples = (
        "- News\n- Sport\n- Weather\n- Culture\n- Travel\n"
        "Police in eight countries took servers offline this week, officials said on Friday.",
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "They seized:\nServers\nDomains\nAccounts\nDatabases\nMore arrests could follow, said the head of Europol.\n"
        "--exclude=/dev \\\n--exclude=/mnt \\\n--exclude=/proc \\\n--exclude=/sys \\",
        "Storm Jacket\n$98.00\nAdd to cart\nIn stock\nFeatures\nAdjustable hood\nAdjustable cuffs\nHand pockets\n"
        "Fully seam sealed",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        if page.kind == "html" and page.page_type == "collection":
            return
        blocks = page.alive()
        table = cells(blocks)
        run: list[Block] = []
        shop = page.page_type in ("product", "collection")
        listed = False  # on a shop's page, inside a list that its heading names ("Features", "Technische Daten")
        for pos, block in enumerate([*blocks, None]):
            # on HTML, a list inside the main content is the text's own list (ingredients, steps)
            # and the cells of a data table written one a line are not a menu
            label = (
                block is not None
                and menu_like(block)
                and not (block.in_main and block.in_list)
                and block.index not in table
            )
            if label and not listed and not (shop and _LIST_HEADING.match(block.text)):
                run.append(block)
                continue
            if run:  # a run ends
                if len(run) >= MENU_RUN and not self._inside_prose(blocks, pos - len(run), pos):
                    yield from ((b.index, b.index + 1, f"menu of {len(run)} short label lines") for b in run)
                run = []
            listed = bool(label)

    @staticmethod
    def _inside_prose(blocks: list[Block], start: int, end: int) -> bool:
        before = blocks[start - 1] if start > 0 else None
        after = blocks[end] if end < len(blocks) else None
        # a list introduced by "…:" or set between prose paragraphs belongs to the text
        return (
            before is not None
            and after is not None
            and (before.text.endswith(":") or (is_prose(before) and is_prose(after)))
        )


RELATED_PHRASES = (  # headings of lists of other stories, one language a line (the same concepts in each)
    *("related", "related articles", "related stories", "related posts", "related content", "related news",
      "related coverage", "related links", "related topics", "read also", "read more", "see also", "also read",
      "you may also like", "you might also like", "you may be interested in", "more from", "more stories",
      "more on this", "more on this story", "more news", "most popular", "most read", "most viewed", "popular",
      "popular posts", "trending", "trending now", "recommended", "recommended for you", "top stories",
      "latest news", "latest", "latest stories", "recent posts", "recent articles", "editor's picks", "editors' picks", "editors picks",
      "don't miss", "more in", "in other news", "further reading", "more articles", "more to explore",
      "read next", "up next", "most shared", "most commented", "similar articles", "more like this", "we recommend",
      "you may also be interested in", "you might be interested in", "also of interest", "related reading",
      "more for you", "keep reading", "want more", "you may like", "you might like", "read this next",
      "what to read next", "recommended reading", "you may also enjoy", "you might also enjoy", "popular stories",
      "related resources"),
    *("das könnte sie auch interessieren", "das könnte dich auch interessieren", "mehr zum thema",
      "weitere artikel", "meistgelesen", "meist gelesen", "meistgelesene artikel", "meistgelesenen artikel", "beliebt", "populäre artikel", "weiterführende links",
      "empfohlene artikel", "ähnliche beiträge", "verwandte artikel", "auch interessant", "lesen sie auch",
      "empfehlungen", "ähnliche artikel", "neueste artikel", "weitere themen", "mehr themen", "top themen",
      "weitere nachrichten", "weitere meldungen", "neueste meldungen",
      "aktuelle meldungen", "neueste beiträge", "weitere beiträge", "mehr artikel", "mehr nachrichten",
      "meistkommentiert", "beliebte artikel", "passend zum thema", "mehr entdecken", "wir empfehlen",
      "das thema könnte sie auch interessieren", "das thema könnte dich auch interessieren", "dazu passend",
      "zum weiterlesen", "auch lesenswert", "ebenfalls interessant", "mehr dazu", "verwandte beiträge",
      "ähnliche themen", "schon gelesen", "lust auf mehr"),
    *("à lire également", "vous aimerez aussi", "les plus populaires", "à lire aussi", "lire aussi",
      "sur le même sujet", "les plus lus", "articles similaires", "à voir aussi", "à découvrir",
      "dernières actualités", "derniers articles", "les plus partagés", "plus d'articles", "dans la même rubrique",
      "vous pourriez aussi aimer", "sur le même thème", "nous vous recommandons", "pour approfondir", "à ne pas manquer",
      "vous pourriez aimer", "voir aussi", "vous aimerez peut-être"),
    *("también te puede interesar", "más noticias", "te recomendamos", "te puede interesar", "lea también",
      "leer también", "ver también", "vea también", "noticias relacionadas", "lo más leído", "artículos relacionados",
      "lo último", "últimas noticias", "lo más visto", "más leídas", "otras noticias", "más artículos",
      "temas relacionados", "le puede interesar", "le podría interesar", "te podría interesar", "quizás te interese",
      "puede interesarte", "notas relacionadas", "te puede gustar", "también te puede gustar"),
    *("potrebbe interessarti", "ti potrebbe interessare", "leggi anche", "articoli correlati", "più letti",
      "ultime notizie", "più visti", "altri articoli", "da non perdere", "ti consigliamo", "ti potrebbero interessare",
      "articoli simili", "potrebbe piacerti", "ti potrebbe piacere"),
    *("leia também", "mais lidas", "notícias relacionadas", "últimas notícias", "mais vistas", "veja também",
      "artigos relacionados", "recomendamos", "você também pode gostar", "você pode gostar", "também pode interessar",
      "posts relacionados"),
    *("meer nieuws", "ook interessant", "lees ook", "gerelateerd", "meest gelezen", "laatste nieuws",
      "meer artikelen", "gerelateerde artikelen"),
    *("polecamy", "zobacz też", "czytaj także", "najpopularniejsze", "zobacz także", "czytaj też",
      "najczęściej czytane", "podobne artykuły", "najnowsze wiadomości", "zobacz również", "przeczytaj również",
      "przeczytaj też", "czytaj również", "powiązane artykuły"),
    *("читайте также", "похожие статьи", "популярное", "по теме", "последние новости", "самое читаемое",
      "другие новости", "новости по теме", "вам может быть интересно", "смотрите также", "рекомендуем", "читайте також"),
    *("ezek is érdekelhetnek", "kapcsolódó cikkek", "ajánljuk", "legolvasottabb", "mohlo by vás zajímat",
      "související články", "nejčtenější", "läs också", "relaterade artiklar", "mest läst", "læs også", "les også",
      "relaterte artikler", "mest lest", "lue myös", "luetuimmat", "ilginizi çekebilir", "ilgili haberler",
      "en çok okunanlar", "citește și", "articole similare"),
    *("相关文章", "相关阅读", "热门文章", "関連記事", "人気記事"),
)
_RELATED = phrases(RELATED_PHRASES)
_DETERMINER = r"(?:(?:the|die|der|das|les|los|las|le|la|il|gli|os|as|de|het)\s+)?"  # "Die neuesten Meldungen"
_RELATED_HEADING = re.compile(rf"^\W*{_DETERMINER}{_RELATED}\W*(?:\w+\W*){{0,4}}$", re.I)  # "More from the Daily Example"
_related_heading = Search(_RELATED_HEADING)  # anchored: a search is a match


@register
class RelatedList(Rule):
    """"Related articles" / "Most popular" / "You may also like" headings and the teaser lines under them.

    Why: lists of links to other pages. The teasers are the short, headline-like lines right after
    the heading (at most 15, up to the next paragraph of prose or, in scraped text, two full sentences of ten
    words or more in a row: the article going on; in HTML also up to the next sentence of ten
    words or more without a link at the element path of the prose above the heading: the article going on
    after a box of links). Only on articles: on listings and
    collections the teasers are the content. False positives: a section of the article that is
    titled "Related" (rare).
    """

    code = "NV04"
    name = "related-list"
    scope = "document"
    order = 40
    page_types = frozenset({"article"})
    examples = (
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "- Related articles\n- Europol chief steps down after nine years\n- How propaganda spreads online",
        "Policja w ośmiu krajach wyłączyła w tym tygodniu serwery grupy, poinformowała agencja w piątek.\n"
        "- Zobacz również\n- Szef Europolu odchodzi po dziewięciu latach\n- Jak szerzy się propaganda w sieci",
        (
            "Die Polizei in acht Ländern hat diese Woche Server abgeschaltet, teilte die Behörde am Freitag mit.\n"
            "- Die meistgelesenen Artikel\n- Europol-Chef tritt nach neun Jahren zurück\n- So verbreitet sich Propaganda"
        ),
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "- Related articles\n- Europol chief steps down after nine years\n- How propaganda spreads online\n"
        "However, the other servers have shown no sign of the group's software.\n"
        "The two remaining hosts were taken offline later, with help from the providers.",
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "It was related to an earlier case in which servers in three countries were seized by police.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        for pos, block in enumerate(blocks):
            if block.words > 8 or not _related_heading(block.text, fold(block.text)):
                continue
            yield block.index, block.index + 1, f"heading of a link list {quote(block.text)}"
            before = next((b for b in reversed(blocks[:pos]) if is_prose(b)), None)
            under = blocks[pos + 1 : pos + 1 + RELATED_TEASERS]
            for k, teaser in enumerate(under):
                if is_prose(teaser, TEASER_PROSE_WORDS) or _article_goes_on(teaser, before):
                    break
                if teaser.container is None and _sentence(teaser) and k + 1 < len(under) and _sentence(under[k + 1]):
                    break  # scraped text: two full sentences in a row are the article going on, not a teaser's summary
                yield teaser.index, teaser.index + 1, f"teaser under {quote(block.text)} (line {block.first})"


def _sentence(block: Block) -> bool:
    """A full sentence of some length: what a headline is not."""
    return block.ends_sentence and block.words >= TEASER_SENTENCE_WORDS


def _article_goes_on(block: Block, before: Block | None) -> bool:
    """In HTML, a sentence without a link, in the same element as the prose above the heading or in one at the same
    element path (``…/div.text/p``): the article going on after a box of links, not a teaser (a teaser sits in its
    own card)."""
    if before is None or block.container is None or before.container is None:
        return False
    if block.link_density or not block.ends_sentence or block.words < TEASER_SENTENCE_WORDS:
        return False
    return block.container is before.container or block.container.path == before.container.path


@register
class CutOffTeasers(Rule):
    """Teasers of other stories: groups of three or more summaries that stop mid-sentence with an ellipsis
    ("Storm knocks out power across the coast as winds reach record speeds and the...", or a blog's short
    excerpt that ends in "[…]"), or without one, each under its own title ("… thousands of homes lost power and").

    Why: teaser lists print the first words of each story and cut them off; an article's paragraphs end
    in full sentences. Only titles and dates (short lines) may stand between the summaries of one group,
    and only on articles: on listings the teasers are the content. A paragraph that links split into lines
    is no group: its fragments open in lower case or with a comma. False positives: three paragraphs in a
    row that trail off with "..." (dialogue, a forum post), kept unless only short lines separate them.
    """

    code = "NV09"
    name = "cut-off-teasers"
    scope = "document"
    order = 42
    page_types = frozenset({"article"})
    examples = (
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the network in late 2015, stressing how hard it was to take down.\n"
        "- Storm knocks out power across the whole coast as winds reach record speeds and the...\n"
        "Markets\n- Shares fell sharply on Monday after the central bank said it would keep its rates…\n"
        "- The mayor promised a new bus line through the old town centre, but critics say the plan...",
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the network in late 2015, stressing how hard it was to take down.\n"
        "Server update\n- Sometimes people ask me why the old servers went offline […]\n"
        "Bonuses of May\n- I have not written anything here for a long time [...]\n"
        "- In September, to celebrate the number of our readers […]",
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "He paused. The servers, he said, had been running for years, and nobody knew who paid for...\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the network in late 2015, stressing how hard it was to take down.\n"
        "The network had used the servers to spread its message in several languages for more than three years.\n"
        "Investigators said they had found the addresses of thousands of users on the seized machines.\n"
        "Storm hits the coast\n- When the storm reached the coast on Monday night, thousands of homes lost power and\n"
        "New bus line\n- The mayor promised a new bus line through the old town centre, but critics say the plan,\n"
        "Rates stay\n- Shares fell sharply on Monday after the central bank said it would keep its rates where",
        "Police in eight countries took servers offline this week, officials said on Friday, and the network\n"
        "Europol\n"
        "had warned about for years went dark. The operation was the third in a series, and more arrests could\n"
        "follow\n"
        "according to the head of Europol, who said the servers had been spreading the propaganda in many\n"
        "languages",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        groups = list(_cut_off_groups(blocks))
        if not groups:
            return
        cut = sum(b.words for g in groups for b in g)
        if cut > FEED_SHARE * sum(b.words for b in blocks if is_prose(b)):
            return  # the summaries are most of the page's prose: a feed the page type took for an article
        for group in groups:
            yield from ((b.index, b.index + 1, f"summary cut off with an ellipsis, one of {len(group)}") for b in group)


def _cut_off(text: str) -> bool:
    """The text stops with an ellipsis right after a word or a comma: a summary cut off, not a full stop."""
    if not text.endswith(_ELLIPSES):
        return False
    for ellipsis in _ELLIPSES:
        if text.endswith(ellipsis):
            before = text[: -len(ellipsis)].rstrip()
            return bool(before) and (before[-1].isalnum() or before[-1] in _CUT_AFTER)
    return False


def _summary(block: Block) -> bool:
    """A cut-off summary: long enough, or shorter when a blog's excerpt marker ("[…]") ends it."""
    if block.text.endswith(_EXCERPT_MARKS):
        return block.words >= EXCERPT_WORDS and _cut_off(block.text)
    return block.words >= CUT_SUMMARY_WORDS and _cut_off(block.text)


def _bare_cut(block: Block, before: Block | None, after: Block | None) -> bool:
    """A summary cut off without an ellipsis (at a comma or a word): it opens a sentence under its own title (a
    short line), and the line after it does not go on with the sentence. A paragraph that a link or a line break
    splits has a fragment on one side: a line that opens in lower case or with a comma."""
    text = block.text
    return (
        block.words >= CUT_SUMMARY_WORDS
        and before is not None
        and before.words < CUT_SUMMARY_WORDS
        and text[0].isupper()
        and (text[-1] == "," or text[-1].isalpha() and text[-1].islower())
        and (after is None or not (after.text[0].islower() or after.text[0] in _CUT_AFTER))
    )


def _cut_off_groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """Groups of at least ``CUT_TEASERS`` cut-off summaries with at most ``CUT_GAP`` short lines between two."""
    group: list[Block] = []
    gap = 0
    for block, before, after in zip([*blocks, None], [None, *blocks], [*blocks[1:], None, None]):
        if block is not None and block.words >= _FEWEST_WORDS and (_summary(block) or _bare_cut(block, before, after)):
            group.append(block)
            gap = 0
            continue
        if not group:  # (gap only counts after a summary)
            continue
        if block is not None and gap < CUT_GAP and block.words < CUT_SUMMARY_WORDS:
            gap += 1
            continue
        if len(group) >= CUT_TEASERS:
            yield group
        group, gap = [], 0


@register
class InlineTeaser(PromptRule):
    """A link to another article set inside the text ("Read more: …", "Lesen Sie auch: …", "Lire aussi : …").

    Why: editors insert links to other stories between paragraphs; the label says what it is.
    False positives: an article line that begins "See also:" and has at most 30 words.
    """

    code = "NV08"
    triggers = frozenset(comparison_key(p).split()[0] for p in RELATED_PHRASES)
    name = "inline-teaser"
    what = "inline link to another story"
    max_words = 30
    regex = rf"^\W*{_RELATED}\s*[:：»>|–—-]\s*\w"
    examples = (
        "- Read more: School board weighs later start times\n- Lesen Sie auch: Wärmepumpe im Altbau",
        "Read more books and fewer headlines, the author advises in her new essay about attention.",
    )


@register
class Pagination(PromptRule):
    """Pagination ("1 2 3 … Next", "Page 2 of 5", "« Previous article", "Older posts"), and a gallery's
    "Image 3 of 12".

    Why: links to other pages of a list or to neighbouring articles. False positives: none known
    in lines of up to 8 words.
    """

    code = "NV05"
    name = "pagination"
    what = "pagination"
    max_words = 8
    regex = (
        r"^\W*(?:page|seite|página|pagina|страница|strona|image|photo|picture|slide|bild|foto|imagen|immagine|фото)"
        r"\s+\d+\s+(?:of|von|de|di|sur|из|z)\s+\d+\W*$"
        r"|^\W*\d+(?:[\s…|«»<>‹›]+\d+)+\W*(?:next|weiter|suivant|siguiente|successivo|próximo|далее|następna)?\W*$"
        r"|^\W*\d+\W*(?:next|weiter|suivant|siguiente|successivo|próximo|далее|następna)\W*$"
        r"|^\W*(?:previous|next|older|newer|prev)\s+(?:post|posts|article|articles|story|entries|page|entry)\b"
        r"|^\W*(?:vorheriger?|nächster?|voriger?)\s+(?:artikel|beitrag|seite)\b|^\W*(?:article|page)\s+(?:précédent|suivant)e?\b"
        r"|^\W*(?:artículo|entrada|página)\s+(?:anterior|siguiente)\b|^\W*(?:предыдущ|следующ)\w*\s+(?:стать|запис|страниц)"
    )
    examples = (
        "- 1 2 3 4 5 Next\n- Page 2 of 5\n- « Previous article\n- Image 5 of 12",
        "The next article in the series looks at debt.\n$80.00",
    )


@register
class TagList(PromptRule):
    """Tag and category lines ("Tags: police, Europe, terrorism", "Filed under: World", a blog's "This entry was
    posted in News and tagged police").

    Why: taxonomy links of the site. False positives: an article line that starts with "Topics:"
    and has at most 25 words.
    """

    code = "NV06"
    triggers = frozenset("entry beitrag eintrag article entrada voce bericht item tag topic categor filed posted keyword schlagw themen kategor étiquette mots catégor etiqueta temas argomenti теги метки рубрик tagi".split())
    name = "tag-list"
    what = "tag list"
    max_words = 25
    regex = (
        r"^\W*(?:tags?|tagged(?:\s+with)?|topics?|categories|category|filed\s+under|posted\s+in|keywords|"
        r"schlagwörter|schlagworte|themen|kategorien?|étiquettes|mots-clés|catégories?|etiquetas|temas|categorías?|"
        r"argomenti|categorie|tag|теги|метки|рубрики?|tagi|kategorie|标签|タグ)\s*:"
        # a blog's closing line: "This entry was posted in News and tagged police. Bookmark the permalink."
        r"|^\W*(?:this\s+(?:entry|post)\s+was\s+posted\s+in|dieser\s+(?:beitrag|eintrag)\s+wurde\s+"
        r"(?:\w+\s+){0,4}(?:veröffentlicht|abgelegt|gepostet)\s+(?:in|unter)|cet\s+article\s+a\s+été\s+publié\s+dans"
        r"|esta\s+entrada\s+fue\s+publicada\s+en|questa\s+voce\s+è\s+stata\s+pubblicata\s+in"
        r"|dit\s+(?:bericht|item)\s+is\s+geplaatst\s+in)\b"
    )
    examples = (
        "- Tags: police, Europe, terrorism\n- Filed under: World\n"
        "- This entry was posted in News and tagged police, Europe. Bookmark the permalink.\n"
        "- Dieser Beitrag wurde veröffentlicht in Allgemein und verschlagwortet mit Polizei, Europa.",
        "Tag your friends in the photos, she said.\nThis entry was the best of the whole competition, the judges said.",
    )


@register
class LanguagePicker(BarRule):
    """Language pickers ("English Deutsch Français Español", "EN | DE | FR").

    Why: links to translations of the site. False positives: none known.
    """

    code = "NV07"
    name = "language-picker"
    what = "language picker"
    examples = (
        "- English | Deutsch | Français\n- EN DE FR",
        "English is spoken in many countries of the world.\nNo. 63396\nDE 2024",
    )
    words = (
        "english", "deutsch", "français", "español", "italiano", "português", "nederlands", "polski", "русский",
        "українська", "türkçe", "svenska", "dansk", "norsk", "suomi", "čeština", "magyar", "română", "ελληνικά",
        "العربية", "עברית", "中文", "简体中文", "繁體中文", "日本語", "한국어", "हिन्दी", "en", "de", "fr", "es", "it", "pt",
        "nl", "pl", "ru", "uk", "tr", "sv", "da", "no", "fi", "cs", "hu", "ro", "el", "ar", "he", "zh", "ja", "ko",
        "language", "languages", "sprache", "langue", "idioma", "lingua", "язык",
    )

    def check(self, block: Block, page: Page) -> str | None:
        # one language name alone ("English") can be a heading, and "No. 63396" a number: ask for two languages
        if block.words < 2 or len(self.pattern.findall(block.text)) < 2:
            return None
        return super().check(block, page)


_TOC_HEADING = re.compile(
    r"^\W*(?:table\s+of\s+contents|contents|in\s+this\s+article|on\s+this\s+page|jump\s+to|inhaltsverzeichnis|inhalt|"
    r"auf\s+dieser\s+seite|table\s+des\s+matières|sommaire|dans\s+cet\s+article|índice|contenido|en\s+este\s+artículo|"
    r"indice|sommario|índice\s+de\s+conteúdo|содержание|spis\s+treści|inhoudsopgave|目次|目录)\W*$",
    re.I,
)
TOC_ENTRY_WORDS = 15  # words of a table-of-contents entry, at most
TOC_ENTRIES = 2  # entries that the page repeats below as its section headings, at least


@register
class TableOfContents(Rule):
    """A table of contents: its heading ("Table of contents", "Inhaltsverzeichnis", "Sommaire") and the entries
    under it that the page repeats below as its section headings.

    Why: the entries are links to the sections; left in, they are a second copy of every heading, and the
    repeated-line rule (DU02, which runs after this rule) would keep them and drop the headings in the text.
    Only entries that stand again further down go, two at least. False positives: a list under such a heading
    whose lines the page repeats for another reason.
    """

    code = "NV10"
    name = "table-of-contents"
    scope = "document"
    order = 15  # before DU02: the headings in the text are then the first copies
    examples = (
        "Ferry line saved\n- Table of contents\n- The vote\n- What comes next\n"
        "The council voted on Tuesday to keep the ferry running for another five years, the clerk said.\n"
        "The vote\nThe measure passed with a wide margin, according to the results the clerk published.\n"
        "What comes next\nOpponents argued that the state should pay for the service instead of the town.",
        "Ferry line saved\nContents\nThe vote was close, the clerk said on Tuesday after counting twice.\n"
        "The council voted on Tuesday to keep the ferry running for another five years, the clerk said.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        for pos, block in enumerate(blocks):
            if block.words > 4 or not _TOC_HEADING.match(block.text):
                continue
            entries = list(takewhile(lambda b: b.words <= TOC_ENTRY_WORDS and b.key, blocks[pos + 1 :]))
            later = {b.key for b in blocks[pos + 1 + len(entries) :]}
            listed = list(takewhile(lambda b: b.key in later, entries))  # up to the first the page does not repeat
            if len(listed) >= TOC_ENTRIES:
                yield block.index, block.index + 1, f"heading of a table of contents {quote(block.text)}"
                for entry in listed:
                    yield entry.index, entry.index + 1, f"table-of-contents entry {quote(entry.text)}"


# the languages of a picker, one a line: names in their own language, and ISO 639-1 codes with a region or script
_LANGUAGE_LINE = re.compile(
    r"^\W*(?:(?:en|de|fr|es|it|pt|nl|pl|ru|uk|tr|sv|da|no|nb|fi|cs|sk|hu|ro|bg|el|ar|he|fa|hi|id|ms|th|vi|zh|ja|ko)"
    r"(?:[-_](?:[a-z]{2}|hans|hant|latn|cyrl))?|english|deutsch|français|español|italiano|português|nederlands|"
    r"polski|русский|українська|türkçe|svenska|dansk|norsk|suomi|čeština|slovenčina|magyar|română|български|"
    r"ελληνικά|العربية|עברית|فارسی|हिन्दी|bahasa indonesia|bahasa melayu|ไทย|tiếng việt|中文|简体中文|繁體中文|"
    r"日本語|한국어)\W*$",
    re.I,
)
LANGUAGE_RUN = 3  # lines in a row, each one language, that make a picker


@register
class LanguageList(Rule):
    """A language picker written one language a line ("English" / "Deutsch" / "Français", "zh-hans" / "pt-br"
    / "ko").

    Why: links to the site's translations; NV07 sees one line at a time, and one language name alone may be a
    heading, but three in a row are a picker. False positives: a list of three or more languages and nothing
    else on each line (a course catalogue's languages).
    """

    code = "NV11"
    name = "language-list"
    scope = "document"
    order = 31  # after the menu runs: a picker inside a longer menu is theirs
    examples = (
        "Language: en\n- zh-hans\n- pt-br\n- ko\n- fr\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "English\nThe statement was published in three languages, and the English one came first.\n"
        "Deutsch\nDie Polizei in acht Ländern hat in dieser Woche Server abgeschaltet, sagte die Behörde.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        run: list[Block] = []
        for block in [*page.alive(), None]:
            if block is not None and block.words <= 2 and _LANGUAGE_LINE.match(block.text):
                run.append(block)
                continue
            if len(run) >= LANGUAGE_RUN:
                yield from ((b.index, b.index + 1, f"language picker of {len(run)} languages") for b in run)
            run = []
