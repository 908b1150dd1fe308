"""CO: cookie banners, consent dialogs and legal footers."""

from __future__ import annotations

import re

from ..document import Block, Page
from ..registry import Rule, register
from .base import BarRule, PromptRule, quote

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


@register
class CookieBanner(Rule):
    """Cookie banners and consent dialogs ("We use cookies to improve your experience. Accept all").

    Why: consent notices are overlays of the site, shown on every page. A line is flagged when it
    names cookies or consent and talks about the site, its settings or accepting them, in up to
    80 words. False positives: an article about tracking cookies whose short line reads like a banner.
    """

    code = "CO01"
    name = "cookie-banner"
    scope = "line"
    pattern = _COOKIE
    max_words = 80
    examples = (
        "- We use cookies to improve your experience on our site.\n- Accept all cookies\n"
        "- Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.",
        "Grandma's chocolate chip cookies were the best thing about every school holiday in the village.",
    )

    def check(self, block: Block, page: Page) -> str | None:
        if block.words > 3 and not _CONSENT_CONTEXT.search(block.text):
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
    triggers = frozenset("affiliate may as disclosure this partnerlink provisions liens enlaces link партн".split())
    name = "disclosure"
    what = "affiliate or sponsorship disclosure"
    max_words = 40
    regex = (
        r"affiliate\s+links?\b|\bmay\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)\b"
        r"|\bas\s+an\s+amazon\s+associate\b|\bdisclosure\s+policy\b|\bthis\s+(?:post|article)\s+is\s+sponsored\b"
        r"|\baffiliate-links?\b|\bpartnerlinks?\b|\bprovisions-links?\b|\bliens\s+affiliés\b|\benlaces\s+de\s+afiliados?\b"
        r"|\blink\s+di\s+affiliazione\b|\bпартн[её]рск\w+\s+ссылк"
    )
    examples = (
        "- This post may contain affiliate links. Please read our disclosure policy.\n"
        "- We may earn a commission when you buy through links on our site.",
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
