"""CO: cookie banners, consent dialogs and legal footers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate

from ..document import Block, Page
from ..fold import Search, fold
from ..memo import Memo
from ..prose import GOOD_WORDS, closing
from ..registry import Rule, register
from .base import BarRule, PromptRule, phrases, quote

_COOKIE = re.compile(r"cookie|gdpr|dsgvo|rgpd|consent|einwillig|consentement|consentimiento|consenso|согласи|куки", re.I)
_CONSENT_CONTEXT = re.compile(
    r"\b(?:we|our|this|you|site|website|use[sd]?|accept\w*|agree\w*|allow|manage|settings|preferences|privacy|"
    r"experience|browsing|partners|personali[sz]\w*|analytics|tracking|store|stored|"
    r"wir|unsere?|akzeptier\w*|zustimm\w*|verwenden|nutzen|einstellungen|datenschutz\w*|"
    r"nous|utilisons|accepter|paramètres|confidentialité|"
    r"utilizamos|usamos|aceptar|configuración|privacidad|utilizziamo|accetta|"
    r"используем|принять|настройк\w*|сайт\w*)\b",
    re.I,
)
# what names cookies or consent without being a banner: a regulation cited in prose, the "cookie-cutter" idiom
_NOT_A_BANNER = re.compile(r"cookie[- ]?cutter|gdpr|dsgvo|rgpd", re.I)
CITED_WORDS = 8  # a line longer than this that names only a regulation cites it: no banner


@register
class CookieBanner(Rule):
    """Cookie banners and consent dialogs ("We use cookies to improve your experience. Accept all").

    Why: consent notices are overlays of the site, shown on every page. A line is flagged when it
    names cookies or consent and talks about the site, its settings or accepting them, in up to
    80 words; a sentence that only cites a regulation ("compliant with GDPR and HIPAA") or says
    "cookie-cutter" is no banner. False positives: an article about tracking cookies whose short line
    reads like a banner.
    """

    code = "CO01"
    name = "cookie-banner"
    scope = "line"
    pattern = _COOKIE
    max_words = 80
    examples = (
        "- We use cookies to improve your experience on our site.\n- Accept all cookies\n"
        "- Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.",
        "Grandma's chocolate chip cookies were the best thing about every school holiday in the village.\n"
        "We host your data in the EU, so our service is compliant with GDPR and your privacy is protected.\n"
        "We build a plan around your site and your goals instead of using cookie-cutter templates.",
    )

    def check(self, block: Block, page: Page) -> str | None:
        if block.words > 3 and not _CONSENT_CONTEXT.search(block.text):
            return None
        if block.words > CITED_WORDS and not _COOKIE.search(_NOT_A_BANNER.sub(" ", block.text)):
            return None
        return f"cookie or consent notice {quote(block.text)}"


@register
class Copyright(PromptRule):
    """Copyright lines ("© 2019 Example Media", "All rights reserved").

    Why: the site's legal footer. False positives: a photo credit with © is removed too, which is
    usually wanted; article lines about copyright longer than 25 words are kept.
    """

    code = "CO02"
    triggers = frozenset(
        "copyright c all alle tous todos tutti все wszelkie may personal nachdruck reproduction prohibida vietata "
        "are is sind".split()
    )
    trigger_chars = "©"
    name = "copyright"
    what = "copyright notice"
    max_words = 25
    regex = (
        r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b"
        r"|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b"
        r"|\bвсе права защищены\b|\bwszelkie prawa zastrzeżone\b|\balle rechten voorbehouden\b|版权所有|版權所有"
        r"|著作権|無断転載|\bmay\s+not\s+be\s+(?:reproduced|republished|redistributed|copied)\b"
        r"|\bpersonal,?\s+non-?commercial\s+use\b|\bnachdruck\s+(?:nur|verboten)\b|\breproduction\s+interdite\b"
        r"|\bprohibida\s+su\s+reproducción\b|\bvietata\s+la\s+riproduzione\b"
        r"|\b(?:are|is\s+a)\s+(?:registered\s+)?trademarks?\s+of\b|\bsind\s+(?:eingetragene\s+)?marken\s+von\b"
    )
    examples = (
        "- © 2019 Example Media Group. All rights reserved.\n- Alle Rechte vorbehalten",
        "The court ruled that the copyright of the photograph belonged to the monkey's owner, not the monkey, "
        "after years of arguments between the lawyers of both sides.",
    )


@register
class LicenceNote(PromptRule):
    """Licence notes of the site's content ("This work is licensed under a Creative Commons Attribution 4.0
    International License", "Texte auf dieser Webseite stehen unter einer Creative-Commons-Lizenz").

    Why: the site's terms for reusing its pages, printed under every article; licence names are long, so the
    line often passes for prose. A line of six words or more that puts the content under a Creative Commons
    licence. False positives: an article line of up to 40 words that says so of a work it describes.
    """

    code = "CO08"
    triggers = frozenset({"creative"})  # every note names the licence
    name = "licence-note"
    what = "licence note"
    max_words = 40
    regex = (
        r"^(?=(?:\S+\s+){5})(?:.*\b(?:licen[cs]ed|lizenziert|available|steht|stehen|unterliegen|veröffentlicht|"
        r"bajo\s+(?:la\s+)?licencia|sous\s+(?:la\s+)?licence|sotto\s+(?:la\s+)?licenza|lizenz:)\b.{0,80}?"
        r"\bcreative[ -]commons\b|.*\bcreative[ -]commons[ -]lizenz)"
    )
    examples = (
        "Police in eight countries took servers offline this week, officials said on Friday.\n"
        "- This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.\n"
        "- Soweit nicht anders gekennzeichnet, stehen unsere Texte unter einer Creative Commons Namensnennung 4.0 Lizenz.",
        "Licensed under Creative Commons\n"
        "The court ruled on the Creative Commons case after years of arguments between the lawyers of both sides.",
    )


@register
class LegalLinks(BarRule):
    """A line of legal and site links only ("Privacy Policy | Terms of Use | Imprint").

    Why: footers list the same legal links on every page. False positives: none known; a line
    with any other word is kept.
    """

    code = "CO03"
    name = "legal-links"
    what = "legal and site links"
    examples = (
        "- Privacy Policy | Terms of Use | Contact\n- Impressum Datenschutz AGB",
        "Read the privacy policy before you sign anything, the consumer group warned.",
    )
    words = (
        "privacy policy", "privacy", "privacy notice", "privacy settings", "terms of use", "terms of service",
        "terms and conditions", "terms", "conditions", "cookie policy", "cookies", "cookie settings", "imprint",
        "legal notice", "legal", "disclaimer", "accessibility", "sitemap", "site map", "contact", "contact us",
        "about", "about us", "advertise", "advertising", "careers", "jobs", "faq", "help", "rss", "feeds",
        "do not sell my personal information", "do not sell or share my personal information", "your privacy choices",
        "impressum", "datenschutz", "datenschutzerklärung", "agb", "kontakt", "nutzungsbedingungen", "barrierefreiheit",
        "mediadaten", "über uns", "mentions légales", "confidentialité", "politique de confidentialité",
        "conditions générales", "cgu", "cgv", "nous contacter", "plan du site", "aviso legal",
        "política de privacidad", "política de cookies", "contacto", "términos y condiciones", "quiénes somos",
        "note legali", "informativa privacy", "contatti", "chi siamo", "política de privacidade", "termos de uso",
        "contato", "политика конфиденциальности", "контакты", "о нас", "пользовательское соглашение",
        "polityka prywatności", "regulamin", "kontakt", "privacybeleid", "voorwaarden",
        "隐私政策", "联系我们", "关于我们", "プライバシーポリシー", "利用規約", "お問い合わせ",
    )


@register
class Disclosure(PromptRule):
    """Affiliate and sponsorship disclosures ("This post may contain affiliate links", "We may earn a commission").

    Why: legal boilerplate the site prints on every post. False positives: an article about affiliate
    marketing whose short line uses these phrases (up to 40 words).
    """

    code = "CO04"
    triggers = frozenset("provision affiliate may as disclosure this partnerlink liens enlaces link партн".split())
    name = "disclosure"
    what = "affiliate or sponsorship disclosure"
    max_words = 40
    regex = (
        r"\baffiliate\s+links?\b|\bmay\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)\b"
        r"|\bas\s+an\s+amazon\s+associate\b|\bdisclosure\s+policy\b|\bthis\s+(?:post|article)\s+is\s+sponsored\b"
        r"|\baffiliate-links?\b|\bpartnerlinks?\b|\bprovisions-links?\b|\bliens\s+affiliés\b|\benlaces\s+de\s+afiliados?\b"
        r"|\blink\s+di\s+affiliazione\b|\bпартн[её]рск\w+\s+ссылк"
        r"|\b(?:erhält|erhalten|bekommt|bekommen)\b.{0,50}\bprovision\b"
    )
    examples = (
        "- This post may contain affiliate links. Please read our disclosure policy.\n"
        "- We may earn a commission when you buy through links on our site.\n"
        "- Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
        "The regulator fined the influencer for hiding that she was paid by the brand she praised.",
    )


@register
class ExternalContent(PromptRule):
    """Placeholders of embedded third-party content ("External content", "This content is provided by
    Instagram", "Externen Inhalt von YouTube laden", "Click to load").

    Why: where a video, post or map would be, sites print a consent notice until the reader agrees; the
    embed itself is not in the text. False positives: an article line of up to 40 words about external
    content that uses these phrases.
    """

    code = "CO05"
    name = "external-content"
    what = "external-content placeholder"
    max_words = 40
    triggers = frozenset(
        "external embedded third content click consent permission externer externe externen "
        "einverstanden inhalt inhalte contenu contenido contenuto".split()
    )
    regex = (
        r"^\W*(?:external|embedded|third[- ]party)\s+content\W*$|\bthis\s+(?:content|embed)\s+is\s+(?:provided|hosted"
        r"|blocked)\b|\b(?:to\s+(?:view|see|display)\s+this\s+content|click\s+to\s+(?:load|show|display)"
        r"(?:\s+(?:the\s+)?content)?)\b|\b(?:we|you)\s+need\s+(?:your\s+)?(?:consent|permission)\s+to\s+(?:load|show|display)\b"
        r"|^\W*externer\s+inhalt\W*$"
        r"|\bexterne[nr]?\s+inhalte?\s+(?:von|laden|anzeigen|aktivieren)\b|\beinverstanden\b.{0,60}?\bexterne[nr]?\s+inhalt"
        r"|\bum\s+(?:diesen|den)\s+inhalt\s+(?:zu\s+sehen|anzuzeigen)\b"
        r"|^\W*contenu\s+externe\W*$|\bce\s+contenu\s+est\s+bloqué\b|\bpour\s+afficher\s+ce\s+contenu\b"
        r"|^\W*contenido\s+externo\W*$|\bpara\s+ver\s+este\s+contenido\b"
        r"|^\W*contenuto\s+esterno\W*$|\bper\s+visualizzare\s+questo\s+contenuto\b"
    )
    examples = (
        "- External content\n- This content is provided by Instagram, which may be using cookies.\n"
        "- Externer Inhalt\n- Ich bin einverstanden, dass externe Inhalte von Drittanbietern geladen werden.",
        "The museum said the content of the letters would be published next year in a new edition.",
    )


# what the purposes, partners and choices of a consent dialog are made of (stems, in the languages of CO01)
_CONSENT_TERM = Search(
    re.compile(
        r"\b(?:consent\w*|cookies?|partners?|vendors?|purposes?|legitimate interests?|personali[sz]\w*|advertis\w*|"
        r"profiles?|tracking|privacy|opt[- ]?(?:in|out)|preferences|geolocation|devices?|identifiers?|personal data|"
        r"gerät\w*|appareils?|dispositivos?|données personnelles|datos personales|dati personali|"
        r"einwillig\w*|zustimm\w*|anbieter\w*|zweck\w*|berechtigte\w* interesse\w*|personalisiert\w*|werbung|profil\w*|"
        r"datenschutz\w*|consentement|partenaires|fournisseurs|finalités?|intérêt légitime|publicité\w*|"
        r"consentimiento|socios|proveedores|finalidad\w*|interés legítimo|publicidad|privacidad|consenso|fornitori|"
        r"finalità|interesse legittimo|pubblicità)\b",
        re.I,
    )
)
# the purposes, features and controls that the IAB's consent framework names in every dialog built on it, one
# language a line (the framework's own wording): short lines with one consent term at most, so the density test
# misses them and the dialog's clusters broke apart at each purpose
TCF_CONTROLS = ("object to legitimate interests", "remove objection", "list of iab vendors", "view illustrations")
TCF_PHRASES = (
    *("store and/or access information on a device", "use limited data to select advertising",
      "create profiles for personalised advertising", "create profiles for personalized advertising",
      "use profiles to select personalised advertising", "use profiles to select personalized advertising",
      "create profiles to personalise content", "create profiles to personalize content",
      "use profiles to select personalised content", "use profiles to select personalized content",
      "measure advertising performance", "measure content performance",
      "understand audiences through statistics or combinations of data from different sources",
      "develop and improve services", "use limited data to select content",
      "ensure security, prevent and detect fraud, and fix errors", "deliver and present advertising and content",
      "save and communicate privacy choices", "match and combine data from other data sources",
      "link different devices", "identify devices based on information transmitted automatically",
      "use precise geolocation data", "actively scan device characteristics for identification",
      *TCF_CONTROLS),
    *("informationen auf einem gerät speichern und/oder abrufen", "genaue standortdaten verwenden",
      "dienste entwickeln und verbessern"),
    *("stocker et/ou accéder à des informations sur un appareil", "utiliser des données de géolocalisation précises",
      "développer et améliorer les services"),
    *("almacenar la información en un dispositivo y/o acceder a ella", "utilizar datos de localización geográfica precisa"),
    *("archiviare e/o accedere a informazioni su un dispositivo", "utilizzare dati di geolocalizzazione precisi"),
)
_TCF_LINE = re.compile(rf"^\W*{phrases(TCF_PHRASES)}\b", re.I)
_TCF_CONTROL = re.compile(rf"^\W*{phrases(TCF_CONTROLS)}\W*$", re.I)
TCF_CONTROL_LINES = 2  # the framework's toggles in a cluster that make it a dialog however much of the page it holds
TCF_LINE_WORDS = 16  # a line that opens with a purpose and has at most this many words (its partner count may follow)
DIALOG_LINES = 5  # lines that read as consent (CO01's among them) that make a dialog, at least
DIALOG_BANNERS = 2  # lines of them that CO01 flagged, at least
BUTTON_WORDS = 4  # a line of CO01's this short is a button or a category toggle ("Accept all", "Marketing cookies")
DIALOG_GAP = 3  # other lines between two of them, at most
DIALOG_PAGE_SHARE = 0.5  # a dialog holds less than this share of the page's words (more is a page about consent)
TERM_WORDS = 12  # a line with two consent terms reads as consent when it has one term per this many words


@register
class ConsentDialog(Rule):
    """A whole consent dialog: the purposes, partner counts, toggles and vendor lists around a cookie banner.

    Why: consent platforms print dozens of lines (each purpose, "91 partners can use this purpose", "Off",
    "List of vendors") that name no cookie and so escape CO01. A dialog is a cluster of at least five lines
    that read as consent (two consent terms and one in every 12 words, or flagged by CO01, at least twice),
    with at most three other live lines between them (lines a rule removed, like its buttons, do not count),
    and one of CO01's lines a button or a toggle ("Accept all", "Marketing cookies"). The purposes, features
    and toggles that the IAB's consent framework names ("Measure content performance", "Remove objection") count
    as such lines, one to a line. Everything from its first to its last line goes. False positives: a page about
    consent itself (a privacy policy has no buttons; a cluster that holds half of the page's words or more is
    kept, unless it holds two of the framework's toggles, which only its dialog has).
    """

    code = "CO06"
    name = "consent-dialog"
    scope = "document"
    order = 35  # after the menu runs (NV03), whose removed buttons then join the dialog's lines
    requires = ("CO01",)
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.\n"
        "We value your privacy. We and our partners use cookies to store information on your device.\n"
        "- Store and/or access information on a device\n- 91 partners can use this purpose\n"
        "- Personalised advertising and content, advertising measurement and audience research\n- Off\n"
        "Legitimate interest: partners may process your data for these purposes without consent.\n"
        "Accept all cookies",
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "Privacy groups said the consent of users had not been asked before their data was shared.",
        "Best chicken recipes for busy weeknights\nLemon chicken\nChicken curry in 30 minutes\n"
        "We use cookies and similar technologies on this site.\nAccept all cookies\n"
        "- Measure content performance\n- Off\n"
        "- Information about which content is presented to you and how you interact with it can be used.\n"
        "- Object to Legitimate Interests\n- Remove Objection\n- Develop and improve services\n- Off\n"
        "- Information about your activity on this service can be used to improve products.\n"
        "- Object to Legitimate Interests\n- Remove Objection\nManage cookie preferences",
        "Our cookie policy\nWe use cookies and similar technologies on this site.\nAccept all cookies\n"
        "Measure content performance\n"
        "Information about which content is presented to you and how you interact with it can be used.\n"
        "Develop and improve services\n"
        "Information about your activity on this service can be used to improve products.\n"
        "Use precise geolocation data\n"
        "With your acceptance, your precise location may be used to support the purposes in this notice.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        blocks = page.blocks
        if sum(map(_banner, blocks)) < DIALOG_BANNERS:
            return  # no banner, no dialog (and no need to read every line)
        total = sum(b.words for b in blocks) or 1
        for cluster in _clusters(blocks):
            first, last = cluster[0], cluster[-1]
            if (
                len(cluster) >= DIALOG_LINES
                and sum(map(_banner, cluster)) >= DIALOG_BANNERS
                and any(_banner(b) and b.words <= BUTTON_WORDS for b in cluster)  # a button: a dialog, not a policy
                and (
                    sum(b.words for b in blocks[first.index : last.index + 1]) < DIALOG_PAGE_SHARE * total
                    or _controls(blocks[first.index : last.index + 1]) >= TCF_CONTROL_LINES
                )
            ):
                reason = f"part of a consent dialog (lines {first.first}-{last.last})"
                yield from ((b.index, b.index + 1, reason) for b in blocks[first.index : last.index + 1] if b.alive)


def _clusters(blocks: list[Block]) -> Iterator[list[Block]]:
    """Runs of lines that read as consent, at most ``DIALOG_GAP`` live lines apart (lines a rule removed already,
    like a dialog's buttons, do not part them)."""
    alive_before = list(accumulate((b.removed_by is None for b in blocks), initial=0))  # live blocks before each block
    cluster: list[Block] = []
    for block in blocks:
        if not (
            _banner(block) or block.removed_by is None and (_reads_as_consent(block) or _framework_line(block))
        ):
            continue
        if cluster and alive_before[block.index] - alive_before[cluster[-1].index + 1] > DIALOG_GAP:
            yield cluster
            cluster = []
        cluster.append(block)
    if cluster:
        yield cluster


def _framework_line(block: Block) -> bool:
    """A purpose, feature or control of the IAB's consent framework ("Measure content performance", "Remove
    objection")."""
    return block.words <= TCF_LINE_WORDS and _TCF_LINE.match(block.text) is not None


def _controls(blocks: list[Block]) -> int:
    """The consent framework's toggles among ``blocks`` ("Remove objection", "View illustrations"): a page about
    consent describes its purposes, only the dialog has them."""
    return sum(1 for b in blocks if b.words <= BUTTON_WORDS and _TCF_CONTROL.match(b.text))


def _banner(block: Block) -> bool:
    """CO01 flagged the line."""
    return block.removed_by is not None and block.removed_by.rule == "CO01"


def _reads_as_consent(block: Block) -> bool:
    """Two consent terms or more, and one in every ``TERM_WORDS`` words."""
    return _dense(block, _consent_terms, TERM_WORDS)


TERMS_CACHE = 1 << 16  # texts whose terms of a vocabulary are remembered (the next round reads the same lines)
Terms = Memo[str, tuple[int, int]]  # a text -> how many terms of a vocabulary it holds, and how many different


def terms_of(terms: Search) -> Terms:
    """The count of ``terms`` in a text, and of different ones, worked out once a text (looked for in the
    lowercased text where that finds the same: three times as fast on these long patterns)."""

    def count(text: str) -> tuple[int, int]:
        found = terms.matches(text, fold(text))
        return len(found), len(set(found))

    return Memo(count, TERMS_CACHE)


def _dense(block: Block, terms: Terms, per_words: int) -> bool:
    """Two different terms of a vocabulary or more, and one in every ``per_words`` words."""
    found, different = terms[block.text]
    return different >= 2 and found * per_words >= block.words


_consent_terms = terms_of(_CONSENT_TERM)


# what legal notices are made of: marks, registrations, terms, data protection, liability, medical disclaimers
_LEGAL_TERM = Search(
    re.compile(
        r"\b(?:(?:registered\s+)?trade\s?marks?|trade\s+names?|registered\s+(?:office|in)|company\s+(?:number|no\b)|"
        r"terms\s+(?:and|&)\s+conditions|terms\s+of\s+(?:use|service)|privacy\s+(?:policy|notice|statement)|"
        r"cookie\s+policy|data\s+protection|personal\s+(?:data|information)|third[\s-]part(?:y|ies)|"
        r"(?:you|i)\s+agree|agree\s+to|opt[\s-]out|unsubscribe|licen[cs]e[ds]?|regulated\s+by|affiliates|"
        r"informational\s+purposes|(?:general\s+)?information\s+only|medical\s+(?:advice|condition)|"
        r"consult\s+(?:with\s+)?(?:your|a)\s+(?:qualified\s+)?(?:financial\s+|tax\s+|legal\s+|investment\s+)?"
        r"(?:physician|doctor|advis[eo]r|professional|attorney|lawyer)|"
        r"(?:financial|investment|legal|tax)\s+advice|past\s+performance|"
        r"not\s+intended\s+to|liab(?:le|ility)|disclaimer|without\s+(?:prior\s+)?(?:written\s+)?permission|"
        r"all\s+rights\s+reserved|"
        r"marken?|warenzeichen|handelsregister|amtsgericht|sitz\s+der\s+gesellschaft|agb|nutzungsbedingungen|"
        r"datenschutz\w*|personenbezogene\w*\s+daten|an\s+dritte|drittanbieter\w*|haftung\w*|rechte\s+vorbehalten|vervielfältigung|"
        r"marques?\s+déposées?|siège\s+social|rcs|conditions\s+(?:générales|d'utilisation)|"
        r"politique\s+de\s+confidentialité|données\s+personnelles|(?:à\s+)?des\s+tiers|responsabilité|droits\s+réservés|"
        r"marcas?\s+registradas?|domicilio\s+social|términos\s+y\s+condiciones|política\s+de\s+privacidad|"
        r"datos\s+personales|a\s+terceros|derechos\s+reservados|"
        r"marchi?\s+registrat[io]|sede\s+legale|partita\s+iva|p\.\s?iva|termini\s+e\s+condizioni|"
        r"informativa\s+(?:sulla\s+)?privacy|dati\s+personali|a\s+terzi|parti\s+terze|diritti\s+riservati|"
        r"termos\s+de\s+uso|política\s+de\s+privacidade|dados\s+pessoais|(?:a|com)\s+terceiros|direitos\s+reservados|"
        r"handelsmerk\w*|algemene\s+voorwaarden|privacybeleid|persoonsgegevens|(?:aan|met)\s+derden|aansprakelijk\w*|"
        r"rechten\s+voorbehouden|znak\w*\s+towarow\w*|regulamin\w*|polityk\w+\s+prywatności|dane\s+osobowe|"
        r"prawa\s+zastrzeżone|товарн\w+\s+знак\w*|персональн\w+\s+данн\w+|третьи\w*\s+лиц\w*|"
        r"политик\w+\s+конфиденциальности|пользовательск\w+\s+соглашени\w*|права\s+защищены)\b",
        re.I,
    )
)
_legal_terms = terms_of(_LEGAL_TERM)
LEGAL_TERM_WORDS = 30  # a block with two legal terms reads as a legal notice when it has one per this many words
LEGAL_TAIL_WORDS = 60  # words of other prose after a legal notice, at most: it closes the page
LEGAL_PAGE_SHARE = 0.5  # legal notices hold less than this share of the page's words (more is a page of terms)
LEGAL_PAGE_PARAGRAPHS = 3  # ... or fewer paragraphs than this (a disclaimer under a short text is no page of terms)


@register
class LegalNotice(Rule):
    """Legal notices written as prose at the end of a page: trademark and registration notices, terms the
    reader agrees to by registering, data-protection and newsletter notes, medical and investment disclaimers.

    Why: sites print them under every page; they are long sentences, so the prose measure keeps them, and no
    short phrase names them. A block reads as legal with two different legal terms (in ten languages) and one
    in every 30 words; it goes when at most 60 words of other prose follow it to the end of the page, and
    when such blocks hold less than half of the page's words or are one or two paragraphs (a disclaimer under a
    short text: a page of terms is paragraph after paragraph of them). False positives: the last paragraph of an
    article about law or data protection when it reads like a notice; a page of terms itself is kept.
    """

    code = "CO07"
    name = "legal-notice"
    scope = "document"
    order = 85  # after the comment section went, before the content region is measured
    examples = (
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.\n"
        "- Example News and Example Daily are registered trademarks of Example Media Ltd, registered in England, "
        "company number 12345. Use of this site is subject to our terms and conditions and privacy policy.\n"
        "- The contents of this site are for informational purposes only and are not intended to replace medical "
        "advice: consult your physician before starting any exercise programme.",
        "Regulators said the company shared the personal data of its users with third parties, and the court "
        "will rule on its privacy policy next year.\n"
        "Police in eight countries took servers offline this week, the agency said on Friday in a statement.\n"
        "The operation was the third in a series, and more arrests could follow, the head of Europol said.\n"
        "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.\n"
        "The network had used the servers to spread its message in several languages for more than three years.",
        "Download our guide to renting vans to new drivers safely.\n"
        "- This material is for informational purposes only and is not intended to replace the advice of a "
        "qualified advisor; we are not liable for the content of other sites.\n"
        "- Products referenced are for general information only: consult your financial advisor before you buy "
        "and read the manufacturer's instructions before use.",
    )

    def find(self, page: Page) -> Iterator[tuple[int, int, str]]:
        notices = closing(page.blocks, _legal, LEGAL_TAIL_WORDS)
        if len(notices) >= LEGAL_PAGE_PARAGRAPHS and sum(b.words for b in notices) >= LEGAL_PAGE_SHARE * sum(
            b.words for b in page.alive()
        ):
            return  # a page of terms: paragraph after paragraph of them
        for block in notices:
            yield block.index, block.index + 1, f"legal notice at the end of the page {quote(block.text)}"


def _legal(block: Block) -> bool:
    """A paragraph that reads as a legal notice."""
    return block.words >= GOOD_WORDS and _dense(block, _legal_terms, LEGAL_TERM_WORDS)
