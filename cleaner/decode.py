"""Bytes -> text for HTML pages: byte-order mark, declared charset, else a sniffed one.

The fast path is one ``bytes.decode``; bs4's ``UnicodeDammit`` (charset detection) runs only when neither
the declaration nor UTF-8 decodes the page.
"""

from __future__ import annotations

import codecs
import re

BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
HEAD_BYTES = 8192  # where a charset declaration is looked for
FEW_INVALID = 8  # a page declared UTF-8 with at most this many bad bytes keeps UTF-8 (bad bytes -> U+FFFD)

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE
)
# Labels whose pages are, in practice, written in a superset (as browsers decode them).
SUPERSETS = {
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "utf_16": "utf-8",
    "utf_16_le": "utf-8",
    "utf_16_be": "utf-8",  # a byte-level declaration cannot be UTF-16
}


def declared_charset(data: bytes) -> str | None:
    """The Python codec named by the page's meta charset, http-equiv or XML declaration, if known."""
    m = _DECLARED.search(data, 0, HEAD_BYTES)
    if m is None:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    return SUPERSETS.get(name, name)


def decode(data: bytes) -> str:
    """The text of an HTML page's bytes (without a byte-order mark)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = declared_charset(data)
    for encoding in dict.fromkeys([declared or "utf_8", "utf_8"]):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if declared == "utf_8" and _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    from bs4 import UnicodeDammit  # slow path only

    text = UnicodeDammit(data, is_html=True).unicode_markup
    return text if text is not None else data.decode("cp1252", errors="replace")


def _mostly_utf8(data: bytes) -> bool:
    """True when a page's non-UTF-8 bytes are a few strays rather than a whole other encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")  # non-ASCII characters decoded
    return bad <= FEW_INVALID or valid >= bad
