"""The engine: run the rules over a page, merge what they flag, remove it once, repeat to a fixpoint."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import filterfalse
from operator import itemgetter

from .document import Block, Page, Removal, Span
from .features import measure
from .fold import Search, fold
from .lang import guess_lines
from .limits import CleanerTimeout
from .limits import check as check_deadline
from .memo import Bounded
from .pagetype import guess as guess_page_type
from .prose import forget as forget_regions
from .registry import Rule

MAX_ROUNDS = 8  # most pages reach a fixpoint in two rounds, a few cascade for five; the bound guards against cycles
STEM_KEY = 3  # trigger stems are looked up by their first letters
_NO_SPACES = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\u0e00-\u0e7f\uf900-\ufaff\uff00-\uffef]")
WORD_CACHE = 1 << 16  # words whose triggered rules are remembered
GATE_CACHE = 1 << 16  # texts (with their sizes) whose way through its gates a set of line rules remembers
LANGUAGE_SAMPLE = 4000  # characters of the longest blocks used to guess the language


class Engine:
    """Rules of one configuration, ready to run on any number of pages (no state between pages but what the line
    rules' gates make of a text, the same on any page)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        # longest-reaching line rules first: a block stops being checked once it is too long for the rest
        line_rules = sorted((r for r in rules if r.scope == "line"), key=lambda r: -r.max_words)
        self.plain_line_rules = [r for r in line_rules if r.page_types is None]
        self.typed_line_rules = [r for r in line_rules if r.page_types is not None]
        self.page_rules = sorted((r for r in rules if r.scope != "line"), key=lambda r: (r.order, r.code))
        self.stems: dict[str, list[tuple[str, str]]] = {}  # first letters of a stem -> (stem, rule code)
        self.char_codes: dict[str, frozenset[str]] = {}  # trigger character -> codes of the rules it triggers
        for rule in line_rules:
            for stem in rule.triggers or ():
                self.stems.setdefault(stem[:STEM_KEY], []).append((stem, rule.code))
            for ch in rule.trigger_chars:
                self.char_codes[ch] = self.char_codes.get(ch, frozenset()) | {rule.code}
        chars = "".join(sorted(self.char_codes))
        self.trigger_chars = re.compile(f"[{re.escape(chars)}]") if chars else None
        self._word_codes = Triggers(self.stems, WORD_CACHE)
        # what the line pass reads of each rule, looked up once: max words, vocabulary, code if triggered, pattern
        self._gate_sets: dict[tuple[Rule, ...], Gates] = {}  # per set of line rules
        self.gates = {
            rule: (
                rule.max_words,
                rule.vocabulary,
                rule.code if rule.triggers is not None else None,
                Search(rule.pattern) if rule.pattern is not None else None,
            )
            for rule in line_rules
        }

    def run(self, page: Page, language: str | None = None) -> list[str]:
        """Remove what the rules flag from ``page`` (in place); return warnings.

        After the first round, each round cleans the kept blocks again as a fresh page (of the same blocks,
        numbered afresh), exactly as cleaning the output again would. Rounds repeat until one removes
        nothing: that makes ``clean(clean(x)) == clean(x)``. The title, metadata and page type found in
        the first round (on the whole page) are the ones reported.
        """
        warnings: list[str] = []
        sample = language_sample(page.blocks)
        tokens: dict[str, list[str]] = {}  # of the sample's lines: a later sample holds mostly the same
        page.language = spoken = language or guess_lines([b.text for b in sample], tokens)
        judged = self._round(page, warnings, None)
        for _ in range(MAX_ROUNDS - 1):
            check_deadline()
            alive = page.alive()
            # the kept blocks, numbered afresh, are the page cleaned again; their own numbers come back after
            numbers = [b.index for b in alive]
            for i, block in enumerate(alive):
                block.index = i
            # the language is guessed from the longest kept blocks: while the last sample is all kept, they are
            # the same blocks, and so is the guess
            if not language and any(b.removed_by is not None for b in sample):
                sample = language_sample(alive)
                guessed = guess_lines([b.text for b in sample], tokens)
                judged = judged if guessed == spoken else []  # features measured afresh: judged afresh
                spoken = guessed
            again = Page(blocks=alive, kind=page.kind, language=spoken, hints=page.hints)
            try:
                judged = self._round(again, warnings, judged)
            finally:
                for block, number in zip(alive, numbers):
                    block.index = number
            for key, value in again.metadata.items():
                page.metadata.setdefault(key, value)
            page.title = page.title or again.title
            if all(b.removed_by is None for b in alive):
                break
        measure(page.blocks, page.language)  # what a later round measured for another language
        forget_regions()  # what the rounds asked of these blocks: no other page asks it again
        return warnings

    def _round(self, page: Page, warnings: list[str], judged: list[Rule] | None) -> list[Rule]:
        """One cleaning of the page in its language: features, line rules, page type, typed line rules, page rules.
        Returns the typed line rules that judged the page's blocks.

        Line rules judge each line alone: on the blocks they kept, in the same language, they would only repeat
        their verdicts. The first round (``judged`` None) runs them all; a later one only the typed line rules that
        did not judge the blocks in the round before (those its page type brings in).
        """
        measure(page.blocks, page.language)
        if judged is None:
            self._line_pass(page, self.plain_line_rules, warnings)
        page.page_type = guess_page_type(page)
        typed = [r for r in self.typed_line_rules if r.applies(page)]
        self._line_pass(page, [r for r in typed if r not in (judged or ())], warnings)
        self._page_pass(page, self.page_rules, warnings)
        return typed

    def _triggered(self, words: set[str], text: str) -> set[str]:
        """Codes of the rules that one of ``words`` (by its stem) or a character of ``text`` triggers."""
        hit = self._word_codes(words)
        if self.trigger_chars is not None:
            hit.update(*map(self.char_codes.__getitem__, set(self.trigger_chars.findall(text))))
        return hit

    def _line_pass(self, page: Page, line_rules: list[Rule], warnings: list[str]) -> None:
        """Run line rules on the live blocks; their gates remember which of them each text and size let through
        (a text the page repeats, the next round sees again or another page holds passes the same gates)."""
        line_rules = [r for r in line_rules if r.kinds is None or page.kind in r.kinds]
        if not line_rules:
            return
        gates = self._gate_sets.get(tuple(line_rules))
        if gates is None:
            gates = self._gate_sets[tuple(line_rules)] = Gates([(rule, *self.gates[rule]) for rule in line_rules])
        known = gates.known
        longest = gates.longest
        for block in page.blocks:
            if block.removed_by is not None or block.words > longest:
                continue
            rules = known.get((block.text, block.words))
            if rules is None:
                check_deadline()
                rules = known.keep((block.text, block.words), self._through(block, gates))
            for rule in rules:
                check_deadline()  # where the time goes: the gates of a new text, the checks
                reason = _guarded(rule, warnings, rule.check, block, page)
                if reason:
                    block.removed_by = Span(rule.code, block.index, block.index + 1, reason)
                    break

    def _through(self, block: Block, gates: Gates) -> list[Rule]:
        """The line rules whose gates let ``block`` through (its size, its words, their triggers, the pattern)."""
        text = block.text
        lower = fold(text)
        words = set(filterfalse(str.isdigit, block.key.split())) if gates.need_words else set()
        # scripts written without spaces glue words together: their lines skip the trigger check
        key = block.key
        spaced = key.isascii() or not _NO_SPACES.search(key)
        hit = self._triggered(words, text) if gates.need_hit and spaced else None
        if hit is None:
            candidates = gates.all
        else:  # the rules without triggers and those the line triggers, in order: no other passes the trigger gate
            candidates = gates.untriggered + [gates.triggered[code] for code in hit if code in gates.triggered]
            candidates.sort(key=itemgetter(0))
        size = block.words
        through: list[Rule] = []
        for _, rule, max_words, vocabulary, _, prefilter in candidates:
            if size > max_words:
                break
            if vocabulary is not None and not words <= vocabulary:
                continue
            if prefilter is not None and not prefilter(text, lower):
                continue
            through.append(rule)
        return through

    @staticmethod
    def _page_pass(page: Page, rules: list[Rule], warnings: list[str]) -> None:
        for rule in rules:
            check_deadline()
            if not rule.applies(page):
                continue
            for start, end, reason in _guarded(rule, warnings, lambda r=rule: list(r.find(page))) or ():
                span = Span(rule.code, start, end, reason)
                for block in page.blocks[start:end]:
                    if block.removed_by is None:
                        block.removed_by = span


class Triggers:
    """The codes of the rules whose trigger stems start some of a line's words. Each word is looked at once (until
    ``bound`` words have been: then all are forgotten); a line's words are matched against those that trigger by a
    set intersection, not one by one."""

    def __init__(self, stems: dict[str, list[tuple[str, str]]], bound: int) -> None:
        self.stems = stems  # first letters of a stem -> (stem, rule code)
        self.bound = bound
        self.seen: set[str] = set()
        self.codes: dict[str, frozenset[str]] = {}  # the words seen that trigger a rule -> its codes

    def __call__(self, words: set[str]) -> set[str]:
        new = words - self.seen
        if new:
            if len(self.seen) + len(new) > self.bound:
                self.seen.clear()
                self.codes.clear()
                new = words
            self.seen |= new
            for word in new:
                codes = self._stem_codes(word)
                if codes:
                    self.codes[word] = codes
        hit: set[str] = set()
        for word in self.codes.keys() & words:
            hit |= self.codes[word]
        return hit

    def _stem_codes(self, word: str) -> frozenset[str]:
        """Codes of the rules one of whose trigger stems starts ``word``."""
        word = word.lstrip("0123456789")  # "195shares": a count glued to its label
        return frozenset(code for stem, code in self.stems.get(word[:STEM_KEY], ()) if word.startswith(stem))


class Gates:
    """The gates of one pass's line rules (longest-reaching first), ranked, and looked up by trigger."""

    def __init__(self, gates: list[tuple[Rule, int, frozenset[str] | None, str | None, Search | None]]) -> None:
        self.all = [(rank, *gate) for rank, gate in enumerate(gates)]
        self.longest = gates[0][1]  # no line rule flags a longer block
        self.need_words = any(g[2] is not None or g[3] is not None for g in gates)
        self.need_hit = any(g[3] is not None for g in gates)
        self.untriggered = [g for g in self.all if g[4] is None]
        self.triggered = {g[4]: g for g in self.all if g[4] is not None}
        self.known: Bounded[tuple[str, int], list[Rule]] = Bounded(GATE_CACHE)  # (text, words) -> rules it passes


def _guarded(rule: Rule, warnings: list[str], fn, *args):
    """Call a rule; a user pattern's timeout becomes a warning naming the rule, not a crash."""
    try:
        return fn(*args)
    except CleanerTimeout:
        raise  # the page's own time limit, not the rule's
    except TimeoutError as exc:
        warnings.append(f"{rule.code} ({rule.name}) timed out: {exc}")
        return None


def language_sample(blocks: Sequence[Block]) -> list[Block]:
    """The longest blocks, up to about LANGUAGE_SAMPLE characters: what the language is guessed from."""
    sample: list[Block] = []
    size = 0
    for block in sorted(blocks, key=lambda b: len(b.text), reverse=True):
        if size >= LANGUAGE_SAMPLE:
            break
        sample.append(block)
        size += len(block.text)
    return sample


def removals(page: Page) -> tuple[Removal, ...]:
    """The removed blocks, in page order, as the user sees them."""
    return tuple(
        Removal(b.removed_by.rule, b.removed_by.reason, b.text, (b.first, b.last), b.path)
        for b in page.blocks
        if b.removed_by is not None
    )


def kept_text(page: Page) -> str:
    """The kept blocks, one paragraph each, separated by a blank line."""
    return "\n\n".join(b.text for b in page.blocks if b.removed_by is None)
