"""Language guessing, tokenisation and stopword density.

Stoplists live in ``cleaner/data/stopwords/<iso>.txt`` (one word per line,
most frequent first; see ``SOURCE.md`` there) and are read lazily, once per
process.

Scripts without spaces get their own treatment:

* Chinese and Japanese: every Han character and every hiragana character is a
  token; a katakana run (mostly loanword nouns) is one token.  The zh/ja
  stoplists are function characters (的 了 是 … / の に は …), so stopword
  density stays meaningful.
* Thai: with ``lang="th"`` a Thai run is cut around the Thai stopwords it
  contains (leftmost, longest match); each stopword and each stretch between
  two of them is a token.  A match may not start after a leading vowel nor end
  before a following vowel or mark, which keeps most syllables whole; a short
  stopword inside a longer word (มา in สมาชิก) is still cut out, so Thai counts
  are approximate.  With any other ``lang`` a Thai run is a single token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path

import regex

__all__ = ["guess_language", "guess_lines", "stopwords", "tokenize", "stopword_ratio"]

_DATA_DIR = Path(__file__).resolve().parent / "data" / "stopwords"

# Han (+ iteration marks), kana and Thai never join an ordinary word.
_HAN = r"\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_NO_SPACE = _HAN + r"\u3040-\u30ff\u0e00-\u0e7f"
# Combining marks that str.isalnum() rejects (Latin, Cyrillic, Hebrew, Arabic, Indic).
_MARKS = (
    r"\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff"
)
_PART = rf"[^\W_{_NO_SPACE}]+(?:[{_MARKS}]+[^\W_{_NO_SPACE}]*)*"
_BASE_TOKEN = (
    rf"{_PART}(?:['-]{_PART})*"  # ordinary word, inner ' and - allowed
    rf"|[{_HAN}\u3040-\u309f]"  # one Han / hiragana character
    r"|[\u30a1-\u30fa\u30fc-\u30ff]+"  # katakana run
)
_TOKEN = re.compile(_BASE_TOKEN + r"|[\u0e00-\u0e7f]+")
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")

# Thai: a stopword may not start after a leading vowel (เ แ โ ใ ไ) nor end
# before a following vowel, sara am, lakkhangyao or a combining mark.
_THAI_STOP = r"(?<![\u0e40-\u0e44])\L<th>(?![\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])"

# Guessing.
_SAMPLE_CHARS = 12_000  # about 2000 words of Latin-script text
_MAX_TOKENS = 2_000
_TOP_K = 100  # per-language discriminating words: big lists must not win by size
_CJK_WEIGHT = 2  # one Han / kana / Hangul character weighs two letters
_UND_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru")
_UND_TOP = 200

# Tie-break order: roughly web prevalence, then alphabetical for the rest.
_PRIORITY = (
    "en ru de es fr ja zh pt it pl nl tr fa vi id ko uk cs ar sv hu el ro da fi "
    "sk no he bg th hr sr lt sl ca hi lv et ms bn"
).split()

# (first code point, script) ranges, sorted; anything else is "other".
_RANGES = (
    (0x0041, "Latin"), (0x005B, ""), (0x0061, "Latin"), (0x007B, ""),
    (0x00C0, "Latin"), (0x0250, ""), (0x0370, "Greek"), (0x0400, "Cyrillic"),
    (0x0530, "Armenian"), (0x0590, "Hebrew"), (0x0600, "Arabic"), (0x0780, ""),
    (0x0900, "Devanagari"), (0x0980, "Bengali"), (0x0A00, ""), (0x0A80, "Gujarati"),
    (0x0B00, ""), (0x0B80, "Tamil"), (0x0C00, "Telugu"), (0x0C80, "Kannada"),
    (0x0D00, "Malayalam"), (0x0D80, ""), (0x0E00, "Thai"), (0x0E80, ""),
    (0x10A0, "Georgian"), (0x1100, "Hangul"), (0x1200, ""), (0x1E00, "Latin"),
    (0x1F00, "Greek"), (0x2000, ""), (0x3005, "Han"), (0x3006, ""), (0x3007, "Han"),
    (0x3008, ""), (0x3040, "Kana"), (0x3100, ""), (0x3130, "Hangul"), (0x3190, ""),
    (0x3400, "Han"), (0x4DC0, ""), (0x4E00, "Han"), (0xA000, ""), (0xAC00, "Hangul"),
    (0xD7B0, ""), (0xF900, "Han"), (0xFB00, ""), (0xFB50, "Arabic"), (0xFE00, ""),
    (0xFE70, "Arabic"), (0xFF00, ""), (0x20000, "Han"), (0x30000, ""),
)  # fmt: skip
_RANGE_STARTS = tuple(start for start, _ in _RANGES)
_CJK_SCRIPTS = frozenset({"Han", "Kana", "Hangul"})

# Letters that only some languages of a shared script use: each occurrence in
# the sample counts like one stopword hit for each of those languages.
_LETTER_HINTS = {
    "Cyrillic": (
        ("ґєї", ("uk",)), ("і", ("uk", "be", "kk")), ("ў", ("be",)), ("ыэё", ("ru", "be", "kk")),
        ("ђћ", ("sr",)), ("јљњџ", ("sr", "mk")), ("ѓќѕ", ("mk",)), ("әғқңөұүһ", ("kk",)),
    ),
    "Arabic": (("پچژگکی", ("fa", "ur")), ("ٹڈڑںے", ("ur",))),
}  # fmt: skip
# Language of a shared script when the sample shows no evidence at all.
_SCRIPT_DEFAULT = {"Cyrillic": "ru", "Arabic": "ar", "Devanagari": "hi"}


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """Script of one character ("" when not a shipped script)."""
    return _RANGES[bisect_right(_RANGE_STARTS, ord(char)) - 1][1] if char >= "A" else ""


@cache
def _lists() -> dict[str, tuple[str, ...]]:
    """Every shipped stoplist, most frequent word first."""
    return {
        path.stem: tuple(path.read_text(encoding="utf-8").split())
        for path in sorted(_DATA_DIR.glob("*.txt"))
    }


def _norm_code(lang: str) -> str:
    """Normalise a language tag ("pt-BR", "EN", "nb") to a shipped ISO code or "und"."""
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    code = {"nb": "no", "nn": "no", "iw": "he", "in": "id"}.get(code, code)
    return code if code in _lists() else "und"


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Stopword set for an ISO code; "und"/unknown -> top words of big European languages."""
    lists = _lists()
    code = _norm_code(lang)
    if code == "und":
        return frozenset(w for iso in _UND_LANGS for w in lists[iso][:_UND_TOP])
    return frozenset(lists[code])


@cache
def _thai_split() -> Callable[[str], list[str]]:
    """``split`` of a pattern that cuts a Thai run around its stopwords (kept)."""
    return regex.compile(f"({_THAI_STOP})", th=_lists()["th"]).split


def tokenize(text: str, lang: str = "und") -> list[str]:
    """Lowercased word tokens; CJK text yields per-character tokens, Thai a stoplist split."""
    text = text.lower()
    if text.isascii():
        return _ASCII_TOKEN.findall(text)
    tokens = _TOKEN.findall(text.replace("’", "'"))
    if lang == "th":
        split = _thai_split()
        tokens = [
            part
            for token in tokens
            for part in (split(token) if "\u0e00" <= token[0] <= "\u0e7f" else (token,))
            if part
        ]
    return tokens


def stopword_ratio(text: str, lang: str) -> tuple[int, float]:
    """(number of tokens, share of tokens that are stopwords)."""
    tokens = tokenize(text, lang)
    if not tokens:
        return 0, 0.0
    return len(tokens), sum(map(stopwords(lang).__contains__, tokens)) / len(tokens)


@cache
def _guess_model() -> tuple[dict[str, tuple[str, ...]], dict[str, dict[str, tuple[str, ...]]]]:
    """Candidate languages per script, and per script a word -> languages index of top words."""
    rank = {iso: i for i, iso in enumerate(_PRIORITY)}
    candidates: dict[str, list[str]] = {}
    index: dict[str, dict[str, list[str]]] = {}
    for iso, words in sorted(_lists().items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])):
        by_script = Counter(_script(w[0]) for w in words[:_TOP_K])
        script = by_script.most_common(1)[0][0]
        candidates.setdefault(script, []).append(iso)
        top = [w for w in words if _script(w[0]) == script][:_TOP_K]
        for word in top:
            index.setdefault(script, {}).setdefault(word, []).append(iso)
    return (
        {s: tuple(langs) for s, langs in candidates.items()},
        {s: {w: tuple(ls) for w, ls in idx.items()} for s, idx in index.items()},
    )


def guess_language(text: str) -> str:
    """ISO 639-1 code of the text's main language, or "und" when unknown.

    The dominant script decides alone where one shipped language uses it (and
    zh vs ja by the share of kana); otherwise the candidate whose top
    stopwords (plus distinctive letters) cover most tokens of the sample wins.
    """
    sample = text[:_SAMPLE_CHARS].lower()
    return _guess(sample, _sample_tokens(sample)[:_MAX_TOKENS])


def guess_lines(lines: Sequence[str], known: dict[str, list[str]]) -> str:
    """:func:`guess_language` of the lines joined one a line. ``known`` holds the tokens of lines read before and
    takes those of the others: a guess from mostly the same lines again reads only the new ones."""
    text = "\n".join(lines)
    if len(text) > _SAMPLE_CHARS:
        return guess_language(text)  # the sample ends inside a line
    tokens: list[str] = []
    for line in lines:
        found = known.get(line)
        if found is None:
            found = known[line] = _sample_tokens(line.lower())
        tokens += found
        if len(tokens) >= _MAX_TOKENS:
            break
    return _guess(text.lower(), tokens[:_MAX_TOKENS])


def _sample_tokens(sample: str) -> list[str]:
    """The tokens of a lowercased sample (no token spans a line break: a sample's are those of its lines, in order;
    on lowercase ASCII, and on text that holds no other character than ASCII and _SEPARATORS, _ASCII_TOKEN is
    _TOKEN, only faster: both part words at every such character)."""
    return _TOKEN.findall(sample) if _NOT_PLAIN.search(sample) else _ASCII_TOKEN.findall(sample)


# typographic punctuation that English text is full of: no character class of _TOKEN holds them, so they part
# words there as every character but [a-z0-9'-] does in _ASCII_TOKEN (tests/test_lang.py checks it)
_SEPARATORS = " ©«®·»–—‘’“”„•…‹›"
_NOT_PLAIN = re.compile(f"[^\x00-\x7f{_SEPARATORS}]")


def _guess(sample: str, tokens: list[str]) -> str:
    """The language of a lowercased sample, from its first tokens."""
    counts = Counter(tokens)
    latin = sample.isascii()  # no need to look at the scripts of its tokens
    scripts = set() if latin else {_script(first) for first in {token[0] for token in counts}} - {""}
    if latin:
        script = "Latin"
    elif len(scripts) == 1 and scripts.isdisjoint(("Han", "Kana")):
        script = scripts.pop()  # the dominant script, whatever the weights
    else:
        weight: dict[str, int] = {}  # letters per script (of a token's first letter), scripts in order of appearance
        for token, n in counts.items():
            s = _script(token[0])
            weight[s] = weight.get(s, 0) + n * len(token)
        weight.pop("", None)
        if not weight:
            return "und"
        for s in _CJK_SCRIPTS & weight.keys():
            weight[s] *= _CJK_WEIGHT
        cjk = weight.get("Han", 0) + weight.get("Kana", 0)
        script = max(weight, key=lambda s: cjk if s in ("Han", "Kana") else weight[s])
        if script in ("Han", "Kana"):
            return "ja" if weight.get("Kana", 0) * 20 >= cjk else "zh"
    candidates, index = _guess_model()
    langs = candidates.get(script, ())
    if len(langs) <= 1:
        return langs[0] if langs else "und"
    scores = dict.fromkeys(langs, 0)
    script_index = index[script]  # its words start with a letter of the script
    for token in counts.keys() & script_index.keys():
        n = counts[token]
        for iso in script_index[token]:
            scores[iso] += n
    for letters, hinted in _LETTER_HINTS.get(script, ()):
        seen = sum(map(sample.count, letters))
        for iso in hinted:
            scores[iso] += seen
    best = max(langs, key=scores.__getitem__)  # first in priority order on ties
    return best if scores[best] else _SCRIPT_DEFAULT.get(script, "und")
