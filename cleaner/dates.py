"""Find a publication date (and time) in a short line, in many languages; return it as ISO 8601."""

from __future__ import annotations

import re
from datetime import date

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janvier enero gennaio janeiro januari styczeń stycznia января январь jänner janv ene gen",
        "february feb februar février febrero febbraio fevereiro februari luty lutego февраля февраль févr fév fev",
        "march mar märz mars marzo março maart marzec marca марта март mär",
        "april apr avril abril aprile kwiecień kwietnia апреля апрель avr abr",
        "may mai mayo maggio maio mei maj maja мая май mag",
        "june jun juni juin junio giugno junho czerwiec czerwca июня июнь giu",
        "july jul juli juillet julio luglio julho lipiec lipca июля июль juil lug",
        "august aug august août agosto augustus sierpień sierpnia августа август ago",
        "september sep sept septembre septiembre settembre setembro wrzesień września сентября сентябрь set",
        "october oct oktober octobre octubre ottobre outubro październik października октября октябрь okt ott out",
        "november nov novembre noviembre novembro listopad listopada ноября ноябрь",
        "december dec dezember décembre diciembre dicembre dezembro grudzień grudnia декабря декабрь déc dic dez",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?:(?:,|\s|T|\bat\b|\bum\b|\bà\b|\ba\s+las\b|\b-\b|\||\s-\s)*"
    r"(?P<hour>[0-2]?\d)(?::|h|\.)?(?P<minute>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<tz>GMT|UTC|Z|[A-Z]{2,4}T|[+-]\d\d:?\d\d)?)?"
)
_DE = r"(?:\s+de)?"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<month>[01]?\d)-(?P<day>[0-3]?\d){_TIME}", re.I),
    re.compile(rf"\b(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?{_YEAR}\b{_TIME}", re.I),
    re.compile(rf"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/{_YEAR}\b{_TIME}", re.I),
    re.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}\b{_TIME}", re.I),
    re.compile(rf"\b{_DAY}{_DE}\s+{_MONTH}{_DE},?\s+{_YEAR}\b{_TIME}", re.I),
    re.compile(rf"{_YEAR}年(?P<month>[01]?\d)月(?P<day>[0-3]?\d)日", re.I),
]
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")  # every pattern's match holds its year
# "1209 GMT April 27, 2018": a time written before the date, as four digits and a zone.
_LEADING_TIME = re.compile(r"\b(?P<hour>[0-2]\d):?(?P<minute>[0-5]\d)\s*(?P<tz>GMT|UTC)\b", re.I)
_ZONES = {"GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00"}


def find_date(text: str) -> str | None:
    """The first valid date in ``text`` as ISO 8601 (``YYYY-MM-DD``, with ``THH:MM`` and zone when given)."""
    if not _ANY_YEAR.search(text):
        return None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            iso = _iso(m, text)
            if iso:
                return iso
    return None


def strip_dates(text: str) -> str:
    """``text`` with every date (and the time written with it) blanked out."""
    for pattern in _PATTERNS:
        text = pattern.sub(" ", text)
    return _LEADING_TIME.sub(" ", text)


def _iso(m: re.Match[str], text: str) -> str | None:
    parts = m.groupdict()
    month_text = parts["month"].lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text, 0)
    try:
        day = date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
    out = day.isoformat()
    hour, minute, tz = parts.get("hour"), parts.get("minute"), parts.get("tz")
    if hour is None:
        lead = _LEADING_TIME.search(text[: m.start()])
        if lead:
            hour, minute, tz = lead["hour"], lead["minute"], lead["tz"]
    if hour is not None and minute is not None:
        h = int(hour)
        ampm = (parts.get("ampm") or "").lower().replace(".", "")
        h = h % 12 + (12 if ampm == "pm" else 0) if ampm else h
        if h < 24:
            out += f"T{h:02d}:{int(minute):02d}:00" + _ZONES.get((tz or "").upper(), "")
    return out
