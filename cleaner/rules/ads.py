"""AD: advertisement labels and ad placeholders."""

from __future__ import annotations

from ..registry import register
from .base import BarRule, PromptRule


@register
class AdLabel(BarRule):
    """Advertisement labels ("Advertisement", "Anzeige", "Sponsored", "Publicité").

    Why: the label of an ad slot stays in the text when the ad itself is a script. False positives:
    none known (the line holds nothing but the label).
    """

    code = "AD01"
    name = "ad-label"
    what = "advertisement label"
    examples = ("- Advertisement\n- ANZEIGE\n- Sponsored", "Advertisement spending rose by 5 percent last year.")
    words = (
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "promoted", "promotion", "paid content", "partner content", "anzeige", "werbung", "gesponsert",
        "publicité", "sponsorisé", "publicidad", "patrocinado", "pubblicità", "sponsorizzato", "publicidade",
        "реклама", "reklama", "advertentie", "广告", "広告", "スポンサー",
    )


@register
class AdPlaceholder(PromptRule):
    """Ad slot placeholders ("Story continues below advertisement", "Article continues after the ad").

    Why: layout text around an ad slot. False positives: none known in lines of up to 8 words.
    """

    code = "AD02"
    triggers = frozenset("story article text content reading continue weiter artikel la sigue".split())
    name = "ad-placeholder"
    what = "ad placeholder"
    max_words = 8
    regex = (
        r"\b(?:story|article|text|content|reading)\s+continues\s+(?:below|after)\b|\bcontinue\s+reading\s+below\b"
        r"|\bweiter\s+nach\s+der\s+anzeige\b|\bartikel\s+wird\s+nach\s+der\s+anzeige\s+fortgesetzt\b"
        r"|\bla\s+suite\s+après\s+(?:la|cette)\s+publicité\b|\bsigue\s+después\s+de\s+la\s+publicidad\b"
    )
    examples = ("- Story continues below advertisement", "The story continues below the surface, the diver said.")
