"""Build the stoplists shipped in ``cleaner/data/stopwords/``.

Usage::

    pip download --no-deps justext==3.0.2 stopwordsiso==0.7.1 -d /tmp/stop
    python scripts/build_stoplists.py /tmp/stop/justext-3.0.2-*.whl \\
        /tmp/stop/stopwordsiso-0.7.1-*.whl

Each argument is a downloaded wheel (or an unpacked copy of it).  Only word
lists are taken from them, never code.  Output: one ``<iso>.txt`` per
language (UTF-8, lowercased, deduplicated, one word per line in source order,
at most ``MAX_WORDS`` lines) plus ``LICENSE`` and ``SOURCE.md``.

* jusText (BSD-2-Clause): Wikipedia-frequency stoplists, one per language.
* stopwords-iso (MIT): the Thai list, which jusText lacks.
* zh / ja: short lists of function characters written for this project,
  because ``cleaner.lang`` tokenises Chinese and Japanese per character.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
import zipfile
from pathlib import Path

import regex

MAX_WORDS = 400

# jusText file stem -> ISO 639-1 code (bs, sh and the regional lists are left out).
JUSTEXT_LANGS = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Armenian": "hy",
    "Azerbaijani": "az", "Basque": "eu", "Belarusian": "be", "Bengali": "bn",
    "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr", "Czech": "cs",
    "Danish": "da", "Dutch": "nl", "English": "en", "Esperanto": "eo",
    "Estonian": "et", "Finnish": "fi", "French": "fr", "Galician": "gl",
    "Georgian": "ka", "German": "de", "Greek": "el", "Gujarati": "gu",
    "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is",
    "Indonesian": "id", "Irish": "ga", "Italian": "it", "Kannada": "kn",
    "Kazakh": "kk", "Korean": "ko", "Latvian": "lv", "Lithuanian": "lt",
    "Macedonian": "mk", "Malay": "ms", "Malayalam": "ml", "Marathi": "mr",
    "Nepali": "ne", "Norwegian_Bokmal": "no", "Persian": "fa", "Polish": "pl",
    "Portuguese": "pt", "Romanian": "ro", "Russian": "ru", "Serbian": "sr",
    "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Swahili": "sw",
    "Swedish": "sv", "Tagalog": "tl", "Tamil": "ta", "Telugu": "te",
    "Turkish": "tr", "Ukrainian": "uk", "Urdu": "ur", "Vietnamese": "vi",
    "Welsh": "cy",
}  # fmt: skip

STOPWORDSISO_LANGS = ("th",)

# Function characters, roughly by frequency; simplified and traditional forms.
ZH_CHARS = (
    "的了是在和有我他这個个们們中也就不人都一上为為以到说說要与與对對而及被之"
    "或其但从從把将將所等着著那她它你会會可能于於并並已还還又很最因此如没沒过過"
    "吗嗎呢吧啊得地由向给給让讓比该該各每些么麼什哪谁誰自己这這来來去里裡后後"
)
# Hiragana used in particles, auxiliaries and inflections (katakana runs,
# which are mostly loanword nouns, are never stopwords).
JA_CHARS = "のにはをがでとたてしいすまもなからるれだうこそあっやよどせんりくへね"

_EDGE_PUNCT = regex.compile(r"^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$")
_WORD = regex.compile(r"^[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*$")


def _read(source: Path, member_suffix: str) -> str | None:
    """Return the text of the first member ending with ``member_suffix``."""
    if source.is_dir():
        hits = sorted(p for p in source.rglob("*") if p.as_posix().endswith(member_suffix))
        return hits[0].read_text(encoding="utf-8") if hits else None
    with zipfile.ZipFile(source) as zf:
        for name in sorted(zf.namelist()):
            if name.endswith(member_suffix):
                return zf.read(name).decode("utf-8")
    return None


def normalise(word: str) -> str | None:
    """Lowercase and clean one source entry; ``None`` if it is not a plain word."""
    word = unicodedata.normalize("NFC", word.strip()).lower().replace("’", "'")
    word = word.replace("\u0e4d\u0e32", "\u0e33")  # Thai: nikhahit + sara aa -> sara am
    word = _EDGE_PUNCT.sub("", word)
    return word if _WORD.match(word) else None


def clean_list(words: list[str]) -> list[str]:
    """Normalise, drop junk and duplicates, keep source order, cap the length."""
    out: dict[str, None] = {}
    for raw in words:
        word = normalise(raw)
        if word:
            out.setdefault(word)
    return list(out)[:MAX_WORDS]


def build(justext: Path, stopwordsiso: Path, out_dir: Path) -> dict[str, int]:
    """Write every stoplist, LICENSE and SOURCE.md; return word counts."""
    lists: dict[str, list[str]] = {}
    for stem, iso in JUSTEXT_LANGS.items():
        text = _read(justext, f"justext/stoplists/{stem}.txt")
        if text is None:
            raise SystemExit(f"{justext}: no stoplist for {stem}")
        lists[iso] = clean_list(text.splitlines())
    iso_json = _read(stopwordsiso, "stopwordsiso/stopwords-iso.json")
    if iso_json is None:
        raise SystemExit(f"{stopwordsiso}: stopwords-iso.json not found")
    iso_data = json.loads(iso_json)
    for iso in STOPWORDSISO_LANGS:
        lists[iso] = clean_list(iso_data[iso])
    lists["zh"] = list(dict.fromkeys(ZH_CHARS))
    lists["ja"] = list(dict.fromkeys(JA_CHARS))

    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.txt"):
        old.unlink()
    for iso, words in sorted(lists.items()):
        (out_dir / f"{iso}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")

    justext_license = _read(justext, ".dist-info/LICENSE.rst")
    if justext_license is None:
        raise SystemExit(f"{justext}: LICENSE.rst not found")
    (out_dir / "LICENSE").write_text(
        LICENSE_HEADER + justext_license.strip() + "\n\n" + MIT_STOPWORDS_ISO, encoding="utf-8"
    )
    (out_dir / "SOURCE.md").write_text(SOURCE_NOTE, encoding="utf-8")
    return {iso: len(words) for iso, words in lists.items()}


LICENSE_HEADER = """\
The word lists in this directory are data taken from third-party projects
(see SOURCE.md).  Their licences follow; zh.txt and ja.txt were written for
this project and are covered by the project's own licence.

==============================================================================
jusText stoplists (all *.txt files except th.txt, zh.txt, ja.txt)
==============================================================================

"""

MIT_STOPWORDS_ISO = """\
==============================================================================
stopwords-iso (th.txt)
==============================================================================

The MIT License (MIT)

Copyright (c) 2016 Gene Diaz

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

SOURCE_NOTE = f"""\
# Stoplists: source

Generated by `scripts/build_stoplists.py`; do not edit by hand.

* Most files: the stoplists of **jusText 3.0.2** (PyPI `justext`,
  BSD-2-Clause, (c) 2011 Jan Pomikalek, 2013 Michal Belica), built from
  Wikipedia word-frequency lists for boilerplate detection.  Files are renamed
  from language names to ISO 639-1 codes (Norwegian Bokmal -> `no`).
* `th.txt`: **stopwords-iso** (PyPI `stopwordsiso` 0.7.1, MIT, (c) 2016 Gene
  Diaz).  Thai is written without spaces; `cleaner.lang` splits Thai runs by
  greedy longest match against this list.
* `zh.txt`, `ja.txt`: common function characters written for this project;
  `cleaner.lang` tokenises Han and hiragana one character per token.

Processing: NFC, lowercased, `’` -> `'`, edge punctuation stripped, entries
with digits or inner punctuation dropped, duplicates removed.  Source order is
kept (jusText lists: most frequent first, which `cleaner.lang.guess_language`
relies on; stopwords-iso: alphabetical) and each list is cut at {MAX_WORDS}
words.  Full licence texts: `LICENSE`.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("justext", type=Path, help="justext wheel or unpacked directory")
    parser.add_argument("stopwordsiso", type=Path, help="stopwordsiso wheel or unpacked directory")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "cleaner" / "data" / "stopwords",
    )
    args = parser.parse_args()
    counts = build(args.justext, args.stopwordsiso, args.out)
    size = sum(p.stat().st_size for p in args.out.glob("*.txt"))
    print(f"{len(counts)} languages, {sum(counts.values())} words, {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
