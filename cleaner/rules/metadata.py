"""MD: metadata lines (dates, bylines, ids, reading time): removed from the text, kept in ``.metadata``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from ..dates import find_date, strip_dates
from ..document import Block, Page
from ..memo import Memo
from ..registry import Rule, register
from ..prose import closing, is_prose
from .base import PromptRule, phrases, quote
from .markup import headline_index

_DATE_WORDS = re.compile(
    r"\b(?:published|posted|updated|last\s+updated|modified|created|on|at|by|date|time|veröffentlicht|aktualisiert|"
    r"erschienen|stand|am|um|von|publié|mis\s+à\s+jour|le|à|par|publicado|actualizado|el|por|a\s+las|pubblicato|"
    r"aggiornato|il|alle|опубликовано|обновлено|дата|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|"
    r"gmt|utc|cet|cest|est|edt|pst|pdt|cst|cdt|bst|ist|am|pm|uhr|h)\b|\b[ap]\.m\.",
    re.I,
)
_RELATIVE = re.compile(
    r"^\W*(?:(?:published|posted|updated|veröffentlicht|aktualisiert|publié|publicado)\s*:?\s*)?"
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\W*$"
    r"|^\W*(?:vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|il\s+y\s+a\s+\d+\s+\w+"
    r"|hace\s+\d+\s+\w+|\d+\s+\w+\s+назад)\W*$",
    re.I,
)
_BYLINE = re.compile(
    r"^\W*(?:(?:by|written\s+by|posted\s+by|reporting\s+by|words\s+by|von|par|por|di|door)\s*[:\-]?"
    r"|(?:author|autor|autorin|text|texte|автор|tekst)\s*:)\s+(?P<name>[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,4}"
    r"(?:\s*(?:,|and|und|et|y|e|и)\s+[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,3})*)\W*$",
    re.I,
)
_NAME_BEFORE = re.compile(r"^\s*(?:by\s+)?(?P<name>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*[-|·•,–—]\s*")
# "Posted on August 29, 2025 by Jane Doe": the name after the date
_NAME_AFTER = re.compile(r"\b(?:by|von|par|por|di|door)\s+(?P<name>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\W*$")
# "— Jane Doe (@janedoe) November 18, 2019": the signature of an embedded post, part of the quote it closes
_POST_SIGNATURE = re.compile(r"^\s*[—–-]\s*\S.*\(@\w[\w.@-]*\)")
_ID_LINE = re.compile(
    r"^\W*(?P<label>[^\W\d_][\w .]{0,24}?\s*(?:ID|Id|id|No\.?|Nr\.?|Number|Nummer|Número|Numéro|Номер))\s*[:#]\s*"
    r"(?P<value>[\w\-/]{1,40})\W*$"
)
_READING_TIME = re.compile(
    r"^\W*(?:(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|"
    r"tempo\s+di\s+lettura|tempo\s+de\s+leitura|время\s+чтения|czas\s+czytania)\s*:?\s*(?:ca\.\s*|about\s+)?"
    r"\d+\s*\w*|\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|minuten|minutes)\.?\s+(?:read|lesen|de\s+lecture|de\s+lectura|"
    r"di\s+lettura|de\s+leitura|чтения)|阅读时间.*|\d+\s*分で読める)\W*$",
    re.I,
)


DATE_CACHE = 1 << 16  # lines whose reading as a date line is remembered


def _set_once(page: Page, key: str, value: str) -> None:
    """Record metadata the first time it is seen (the page's own header comes before teasers)."""
    page.metadata.setdefault(key, value)


@register
class DateLine(Rule):
    """Date lines ("Published: 1209 GMT April 27, 2018", "Updated 5 hours ago", "Nov 19, 2019, 10:31 pm").

    Why: the publication date is metadata, not article text: it goes to ``metadata["date"]``
    (ISO 8601), and a name written before it ("Jane Doe - Nov 19, 2019") or after it ("… 2025 by Jane Doe") to
    ``metadata["author"]``.
    A line is flagged when it holds a date and at most five other words besides date words. Not on
    listings and collections, where each item's date belongs to it, nor on the signature that closes an
    embedded post ("— Jane Doe (@janedoe) November 18, 2019"). False positives: a one-line article
    paragraph that is only a date with a few words.
    """

    code = "MD01"
    name = "date-line"
    page_types = frozenset({"article", "forum", "documentation", "product"})  # a listing's dates belong to its items
    pattern = re.compile(
        r"\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}|\bago\b|\bvor\s+\d|\bil\s+y\s+a\b|\bhace\b|назад|年", re.I
    )
    max_words = 24
    examples = (
        "- Published: 1209 GMT April 27, 2018\n- Updated 5 hours ago\n- Jane Doe - Nov 19, 2019, 10:31 pm CST\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.",
        "On April 27, 2018, police in eight countries seized servers used by the group, officials said.\n"
        "— Jane Doe (@janedoe) November 18, 2019",
    )

    def check(self, block: Block, page: Page) -> str | None:
        reason, iso, author = _dated[block.text]
        if iso is not None:
            _set_once(page, "date", iso)
        if author is not None:
            _set_once(page, "author", author)
        return reason


def _date_line(text: str) -> tuple[str | None, str | None, str | None]:
    """What MD01 makes of a line: the reason to remove it (None: not a date line), the date and the author."""
    if _RELATIVE.match(text):
        return f"relative date line {quote(text)}", None, None
    iso = find_date(text)
    if iso is None or _POST_SIGNATURE.match(text):
        return None, None, None
    name = _NAME_BEFORE.match(text)
    rest = strip_dates(text[name.end() :] if name else text)
    extra = [w for w in _DATE_WORDS.sub(" ", rest).split() if any(ch.isalnum() for ch in w)]
    if len(extra) > 5:
        return None, None, None
    name = name or _NAME_AFTER.search(rest)
    return f"date line: {iso}", iso, name["name"] if name else None


# a line that a page repeats, the next round checks again or another page holds reads the same
_dated: Memo[str, tuple[str | None, str | None, str | None]] = Memo(_date_line, DATE_CACHE)


@register
class Byline(Rule):
    """Bylines ("By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Автор: Иван Петров").

    Why: the author's name is metadata (``metadata["author"]``), not article text. The name opens with a
    letter that is not lower case ("By default, the size is…" is a sentence). False positives: a short
    line starting "By" that is a caption of up to six words.
    """

    code = "MD02"
    triggers = frozenset("by written posted reporting words author autor von text par por di door автор tekst".split())
    name = "byline"
    pattern = re.compile(r"^\W*(?:by|written|posted|reporting|words|author|autor|von|text|par|por|di|door|автор|tekst)\b", re.I)
    max_words = 9
    examples = (
        "- By Jane Doe and John Roe\n- Von Max Mustermann\n- Автор: Иван Петров",
        "By the end of the week the rescue teams had reached all the villages in the valley.\n"
        "By default, the cache is disabled\nVon den Bergen",
    )

    def check(self, block: Block, page: Page) -> str | None:
        m = _BYLINE.match(block.text)
        if not m or m["name"][0].islower():
            return None
        _set_once(page, "author", m["name"])
        return f"byline of {m['name']}"


@register
class IdHeader(Rule):
    """Id-like header lines ("News ID: 214030", "Article No. 55-12").

    Why: ids are catalogue data, not text; they go to ``metadata`` under the label
    ("news_id"). False positives: a spec line such as "Model No: X100" on a product page.
    """

    code = "MD03"
    triggers = frozenset("id no nr number nummer número numéro номер".split())
    name = "id-header"
    pattern = re.compile(r"\b(?:id|no|nr|number|nummer|número|numéro|номер)\b", re.I)
    max_words = 8
    examples = ("- News ID: 214030\n- Article ID: A-5512", "The ID card will be needed at the border.")

    def check(self, block: Block, page: Page) -> str | None:
        m = _ID_LINE.match(block.text)
        if not m:
            return None
        key = re.sub(r"\W+", "_", m["label"].strip().lower()).strip("_")
        _set_once(page, key, m["value"])
        return f"id header {key} = {m['value']}"


@register
class ReadingTime(Rule):
    """Reading-time lines ("5 min read", "Lesezeit: 4 Minuten").

    Why: a widget of the site; kept in ``metadata["reading_time"]``. False positives: none known.
    """

    code = "MD04"
    name = "reading-time"
    pattern = re.compile(r"\d|阅读", re.I)
    max_words = 8
    examples = ("- 5 min read\n- Lesezeit: 4 Minuten\n- Reading time: 3 minutes", "It takes 5 minutes to read the form.")

    def check(self, block: Block, page: Page) -> str | None:
        if not _READING_TIME.match(block.text):
            return None
        _set_once(page, "reading_time", block.text)
        return f"reading time {quote(block.text)}"


_BIO = re.compile(
    r"^[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,3}(?:\s+\(@?\w+\))?\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,4}"
    r"(?i:writer|reporter|editor|correspondent|journalist|columnist|contributor|author|producer|critic|blogger)\b"
    r"|^[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,3}\s+(?:ist|war)\s+(?:\w+\s+){0,3}"
    r"(?:redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?)\b"
    r"|^[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,3}\s+(?:est|es|è|é)\s+(?:\w+\s+){0,3}"
    r"(?:journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?|giornalista|jornalista|correspondant(?:e)?)\b",
)

# an editor that is software: "UltraEdit is a versatile text editor" (a photo or video editor may be a person)
_TOOL_EDITOR = re.compile(r"\b(?:text|code|source-code|html|markdown|pdf|wysiwyg|hex|image|map|level)\s+editor$", re.I)


@register
class AuthorBio(Rule):
    """Author bios ("Jane Doe is a staff writer at Example News covering technology.").

    Why: the box about the author that ends many articles; the name goes to ``metadata["author"]``.
    A line is flagged when it starts with a name (up to four words) followed by "is a … writer/reporter/
    editor/…" (and the same in German, French, Spanish, Italian, Portuguese), in up to 90 words.
    An editor that is software ("a versatile text editor", "a code editor") is no bio. False positives: an article
    sentence that introduces a journalist this way.
    """

    code = "MD05"
    triggers = frozenset("writer reporter editor correspondent journalist columnist contributor author producer critic blogger redakteur korrespondent autor journaliste rédact periodista redactor giornalista jornalista correspondant".split())
    name = "author-bio"
    max_words = 90
    pattern = re.compile(
        r"writer|reporter|editor|correspondent|journalist|columnist|contributor|author|producer|critic|blogger|"
        r"redakteur|korrespondent|autor|journaliste|rédact|periodista|redactor|giornalista|jornalista|correspondant",
        re.I,
    )
    examples = (
        "- Jane Doe is a staff writer at Example News covering technology and privacy.\n"
        "- Max Roe (@maxroe) is a Contributing Editor at Example Weekly.\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.",
        "The reporter who broke the story said she had been threatened by the company's lawyers.\n"
        "Notepad Plus is a free text editor for programmers that opens large files in seconds.",
    )

    def check(self, block: Block, page: Page) -> str | None:
        m = _BIO.match(block.text)
        if not m or _TOOL_EDITOR.search(m.group(0)):
            return None
        return f"author bio {quote(block.text)}"


ABOUT_AUTHOR = (  # the heading of an author box, in the languages of the other rules
    "about the author", "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor",
    "sobre la autora", "sobre o autor", "sobre a autora", "sull'autore", "over de auteur", "o autorze", "об авторе",
)
WRITTEN_BY = ("the author", "meet the author", "written by", "geschrieben von", "écrit par", "escrito por", "scritto da")
_ABOUT_HEADING = re.compile(
    rf"^\W*(?:(?P<about>{phrases(ABOUT_AUTHOR)})|{phrases(WRITTEN_BY)})"
    r"(?P<glued>(?-i:[A-Z])[^.!?]{0,40})?\W*$"  # a name glued on: "About the AuthorJane Doe"
    r"|^\W*(?:about|über|sobre|à propos de|acerca de|over|o|об)\s+(?P<name>"
    r"[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){1,2})\W*$",
    re.I,
)
BOX_LABELS = 3  # short lines between the heading and the bio, at most: the name, the role
BIO_MAX_WORDS = 150
NAMED_BIO_WORDS = 10  # words of the paragraph under the heading, at least


@register
class AuthorBox(Rule):
    """The author box: a heading "About Jane Doe" (or "About the author", "Written by") and the paragraph about
    her under it, with the short lines between them (her name, her role).

    Why: the box that ends many blog posts and articles; it is about the writer, not the story. The heading
    must name a person (two or three capitalised words) that the paragraph right under it names again, or
    say "about the author" or "written by" in so many words; up to three short lines without a sentence end
    (the name, the role) may stand between heading and paragraph, and then the paragraph must name the person
    of the first of them (under "Written by" alone, it must read as a bio: "Jane Doe is a writer ..."). Only on
    articles. False positives: a section of an article headed by a person's name that begins "About" (rare).
    """

    code = "MD08"
    name = "author-box"
    scope = "document"
    order = 45
    page_types = frozenset({"article"})
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "- About Jane Doe\n- Jane Doe has covered crime in Europe since 2009 and lives in The Hague with two cats.",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "About Europol\nThe agency coordinates the police forces of the member states and has a staff of 1,000.",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "- Written by\n- Jane Doe\n- Senior Writer\n"
        "- Jane Doe has covered crime in Europe since 2009 and lives in The Hague with two cats.",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "Written by\nJane Doe\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.alive()
        for pos, heading in enumerate(blocks):
            if heading.words > 10 or not (m := _ABOUT_HEADING.match(heading.text)):
                continue
            name = m.group("name")
            if name is not None and not all(w[0].isupper() for w in name.split()):
                continue
            # a named heading's paragraph comes right under it; a generic one's after the name and role lines
            labels = list(takewhile(_box_label, blocks[pos + 1 : pos + 1 + BOX_LABELS])) if name is None else []
            bio = blocks[pos + 1 + len(labels)] if pos + 1 + len(labels) < len(blocks) else None
            if bio is None or bio.words > BIO_MAX_WORDS or not is_prose(bio, NAMED_BIO_WORDS):
                continue
            # the paragraph names the person the heading or the box's first line names, or reads as a bio; under
            # "About the author" itself, any paragraph right below it is the bio
            name = name or m.group("glued") or (labels[0].text if labels else None)
            if name is not None and name.split()[-1] not in bio.text:
                continue
            if name is None and not m.group("about") and not _closing_bio(bio):
                continue
            yield heading.index, heading.index + 1, f"author box heading {quote(heading.text)}"
            for block in (*labels, bio):
                yield block.index, block.index + 1, f"author box under {quote(heading.text)} (line {heading.first})"


def _box_label(block: Block) -> bool:
    """A short line of an author box: a name or a role, no sentence."""
    return block.words <= 6 and not block.ends_sentence


_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w.'’\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’\-]*){0,3})"  # capitalised words: a name
_ROLE_EN = (
    r"professor|lecturer|researcher|scientist|fellow|founder|co-?founder|ceo|director|partner|consultant|analyst|"
    r"strategist|attorney|lawyer|engineer|developer|designer|photographer|coach|teacher|expert|author|writer|"
    r"editor|journalist|reporter|correspondent|columnist|contributor|producer|presenter|blogger|critic"
)
_CLOSING_BIO = re.compile(
    rf"^\W*{_NAME}(?:\s+\((?:@?\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\))?,?\s+(?:"  # "(@jdoe)", "(jane@example.org)"
    rf"(?:is|was|has\s+been)\s+(?:a|an|the)\s+(?:\S+\s+){{0,6}}?(?:{_ROLE_EN})\b"
    r"|(?:writes|covers|reports\s+on|teaches|lives\s+in|is\s+based\s+in)\b"
    r"|(?:ist|war)\s+(?:\S+\s+){0,6}?(?:professor|gründer|mitgründer|geschäftsführer|autor|redakteur|journalist|"
    r"berater|forscher|direktor|dozent)\w*"
    r"|est\s+(?:\S+\s+){0,6}?(?:professeur|fondat|directeur|directrice|auteur|autrice|journaliste|rédact|chercheu|consultant)"
    r"|es\s+(?:\S+\s+){0,6}?(?:profesor|fundador|director|autor|periodista|redactor|investigador|consultor)"
    r"|è\s+(?:\S+\s+){0,6}?(?:professore|professoressa|fondat|direttore|direttrice|autore|autrice|giornalista|ricercat)"
    r"|é\s+(?:\S+\s+){0,6}?(?:professor|fundador|diretor|autor|jornalista|pesquisador|consultor))"
    # a bio in the first person: "Hi, I'm Jane, ..."
    rf"|^\W*(?:(?:hi|hello|hey|hallo|salut|hola|ciao|olá)\W+)?(?:i'm|i’m|i\s+am|my\s+name\s+is|ich\s+bin|je\s+suis|soy|sono|sou)"
    rf"\s+{_NAME},",
    re.I,
)
CLOSING_BIO_WORDS = 120  # a bio is a paragraph of at most this many words
CLOSING_TAIL_WORDS = 60  # words of other prose below a bio, at most: it closes the article


@register
class ClosingBio(Rule):
    """A bio that closes an article: "Jane Doe is a professor of law at Example University and the author of …",
    "Max Muster ist Gründer von …", "Hi, I'm Jane, a mother of three who …".

    Why: the note about the writer (or a guest's credentials) at the end of a post is about the person, not
    the story; MD05 knows only the newsroom's roles, and only on short lines. A paragraph of up to 120 words
    that starts with a capitalised name and says who the person is (a role, "writes", "lives in"; in six
    languages), with at most 60 words of other prose below it. Only on articles. False positives: an
    article that ends by introducing someone this way.
    """

    code = "MD09"
    name = "closing-bio"
    scope = "document"
    order = 46
    page_types = frozenset({"article"})
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "- Jane Doe (jane@example.org) is a professor of criminology at Example University and the author of The "
        "Networks, a book about online extremism.",
        "Jane Doe is a professor of criminology at Example University, and she has studied the group for years.\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        for block in closing(page.blocks, _closing_bio, CLOSING_TAIL_WORDS):
            yield block.index, block.index + 1, f"bio at the end of the article {quote(block.text)}"


def _closing_bio(block: Block) -> bool:
    """A paragraph about a person: a name, then who the person is."""
    return block.words <= CLOSING_BIO_WORDS and _CLOSING_BIO.match(block.text) is not None


@register
class Headline(Rule):
    """The headline, when the user wants the body alone: it is in ``.title`` already.

    Why: a corpus that stores the title apart, or a scorer that compares article bodies, wants the text
    without its headline; off by default (``clean()`` returns the headline once, then the body). Removes the
    block that the page names as its headline (the ``h1`` or heading the structured hints name; in text, the
    headline that the page's title line repeats), only if it is still kept at the end, and only on articles.
    False positives: none beyond its purpose; a page whose headline is not recognised keeps it.
    """

    code = "MD10"
    name = "headline"
    scope = "document"
    default = False
    order = 99  # after every other rule: the headline is removed only once the page is otherwise decided
    page_types = frozenset({"article"})  # the name of a product, a thread or a listing is part of its content
    requires = ("DU01",)
    examples = (
        "EU police cripple propaganda servers - Example News\n"
        "- EU police cripple propaganda servers\n"
        "Police in eight countries took servers offline this week, officials said on Friday.",
        "EU police cripple propaganda servers\n"
        "Police in eight countries took servers offline this week, officials said on Friday.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        index = headline_index(page)
        if index is not None and page.blocks[index].removed_by is None:
            yield index, index + 1, "the headline (in .title; the body was asked for alone)"


_CREDIT_WORDS = (  # the word a picture credit starts with (MD06) or that opens its tail (MD07)
    r"photo(?:graph)?s?|fotos?|bild|image|picture|kuva|zdjęcie|фото|crédit(?:\s+photo)?|photo\s+credit|"
    r"image\s+credit|credits?|bildquelle|fotoquelle"
)


@register
class PhotoCredit(PromptRule):
    """Photo and source credits ("Photo: Jane Doe/Reuters", "Foto: dpa", "Bild: Keystone", "Kuva: Lehtikuva").

    Why: the credit of a picture, printed under it; the picture itself is not in the text.
    False positives: a short line that starts "Source:" and is part of a table or a list of references.
    """

    code = "MD06"
    name = "photo-credit"
    what = "photo credit"
    max_words = 12
    triggers = frozenset(
        "photo photos foto fotos bild image picture kuva zdjęcie фото crédit credit credits getty bildquelle".split()
    )
    regex = (
        # not a line of configuration: "image: nginx:1.14.2"
        rf"^\W*(?:{_CREDIT_WORDS}|bilder)\s*(?:\(\w+\))?\s*[:©]\s*(?![^\s:]+:\S)\S"
    )
    examples = (
        "- Photo: Jane Doe/Reuters\n- Foto: dpa\n- Kuva: Lehtikuva\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.",
        "Photographs of the night sky taken from the station were published by the agency on Friday.\n"
        "image: nginx:1.14.2",
    )


@register
class CreditedCaption(PromptRule):
    """Picture captions that end in their credit ("Protesters march on Sunday (Image: Getty)", "The crater seen
    from orbit.Credit: NASA", "Fans at the stadium. Foto: Jane Doe | CC BY 2.0", "(AP Photo/Jane Doe)", "Fans in the
    rain.Jane Doe / Getty Images").

    Why: in scraped text, a caption is a line about a picture that is not there; its credit tail is what
    tells it from a paragraph. Text only: in HTML, ``<figure>`` says what a caption is, and captions are kept.
    False positives: an article sentence that ends with a credit-like "Image: …" clause without a full stop.
    """

    code = "MD07"
    name = "credited-caption"
    what = "caption ending in a credit"
    max_words = 80
    kinds = frozenset({"text"})
    triggers = PhotoCredit.triggers | frozenset({"unsplash", "pexels", "istock", "shutterstock", "alamy", "adobe", "dreamstime"})
    trigger_chars = ":/"
    regex = (
        # the credit holds no second colon: "image: nginx:1.14.2" is a line of configuration
        rf"(?:\b|(?<=[a-z]))(?:{_CREDIT_WORDS})\s*(?:[:©]|by\s)\s*(?:[^.!?:\n]|\.(?=\w)){{1,80}}$"
        r"|\w\s+photo\s*/\s*[^()]{1,60}\)$"
        # a photographer, then a stock agency after a slash: "Fans in the rain.Jane Doe / Getty Images", "(jdoe11/iStock)"
        r"|\w\s*/{1,2}\s*(?:getty(?:\s+images)?|shutterstock(?:\.com)?|istock(?:photo)?|alamy(?:\s+stock\s+photo)?"
        r"|unsplash|pexels|adobe\s+stock|dreamstime)\W?$"
    )
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "- Europol's headquarters in The Hague (Image: Getty)\n"
        "- The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor\n"
        "- Fans at the stadium on Sunday. Foto: Jane Doe | flickr | CC BY 2.0\n"
        "- A long row of unsold cars sits at a dealership in Birmingham. (AP Photo/Jane Doe)\n"
        "- Photo by Jane Doe on Unsplash\n"
        "- Runners at the start line in the rain.Jane Doe / Getty Images\n- A student at her desk (jdoe11/iStock)\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
        "The museum showed the picture: a boy in a red coat, standing in the snow.\n"
        "Credit card debt rose again in the third quarter, the central bank said on Tuesday.\n"
        "He said the image by the photographer was taken in 2015 and later sold at auction.\n"
        "  - name: web\n    image: nginx:1.14.2",
    )
