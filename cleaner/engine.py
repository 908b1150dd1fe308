"""The engine: run the rules over a page, merge what they flag, remove it once, repeat to a fixpoint."""

from __future__ import annotations

from collections.abc import Sequence

from .document import Block, Page, Removal, Span
from .features import measure
from .lang import guess_language
from .pagetype import guess as guess_page_type
from .registry import Rule

EARLY = 10  # page rules ordered below this run before the line rules (they need the page untouched)
MAX_ROUNDS = 4  # the rules reach a fixpoint in two rounds on real pages; the bound only guards against cycles
LANGUAGE_SAMPLE = 4000  # characters of the longest blocks used to guess the language


class RuleTimeout(Exception):
    """A user pattern exceeded its time budget; carries the rule's code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code


class Engine:
    """Rules of one configuration, ready to run on any number of pages (no state between pages)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        # longest-reaching line rules first: a block stops being checked once it is too long for the rest
        self.line_rules = sorted((r for r in rules if r.scope == "line"), key=lambda r: -r.max_words)
        page_rules = sorted((r for r in rules if r.scope != "line"), key=lambda r: (r.order, r.code))
        self.early = [r for r in page_rules if r.order < EARLY]
        self.page_rules = [r for r in page_rules if r.order >= EARLY]

    def run(self, page: Page, language: str | None = None) -> list[str]:
        """Remove what the rules flag from ``page`` (in place); return warnings."""
        warnings: list[str] = []
        page.language = language or guess_page_language(page.blocks)
        for block in page.blocks:
            measure(block, page.language)
        self._page_pass(page, self.early, warnings)
        self._line_pass(page, [r for r in self.line_rules if r.page_types is None], warnings)
        page.page_type = guess_page_type(page)
        self._line_pass(page, [r for r in self.line_rules if r.page_types is not None and r.applies(page)], warnings)
        for _ in range(MAX_ROUNDS):
            if not self._page_pass(page, self.page_rules, warnings):
                break
        return warnings

    @staticmethod
    def _line_pass(page: Page, line_rules: list[Rule], warnings: list[str]) -> None:
        line_rules = [r for r in line_rules if r.kinds is None or page.kind in r.kinds]
        if not line_rules:
            return
        for block in page.blocks:
            if block.removed_by is not None:
                continue
            for rule in line_rules:
                if block.words > rule.max_words:
                    break
                if rule.pattern is not None and not rule.pattern.search(block.text):
                    continue
                reason = _guarded(rule, warnings, rule.check, block, page)
                if reason:
                    block.removed_by = Span(rule.code, block.index, block.index + 1, reason)
                    break

    @staticmethod
    def _page_pass(page: Page, rules: list[Rule], warnings: list[str]) -> bool:
        changed = False
        for rule in rules:
            if not rule.applies(page):
                continue
            for start, end, reason in _guarded(rule, warnings, lambda r=rule: list(r.find(page))) or ():
                span = Span(rule.code, start, end, reason)
                for block in page.blocks[start:end]:
                    if block.removed_by is None:
                        block.removed_by = span
                        changed = True
        return changed


def _guarded(rule: Rule, warnings: list[str], fn, *args):
    """Call a rule; a user pattern's timeout becomes a warning naming the rule, not a crash."""
    try:
        return fn(*args)
    except (TimeoutError, RuleTimeout) as exc:
        warnings.append(f"{rule.code} ({rule.name}) timed out: {exc}")
        return None


def guess_page_language(blocks: Sequence[Block]) -> str:
    """Language of the page, guessed from its longest blocks (menus and footers say little)."""
    longest = sorted(blocks, key=lambda b: len(b.text), reverse=True)
    sample: list[str] = []
    size = 0
    for block in longest:
        if size >= LANGUAGE_SAMPLE:
            break
        sample.append(block.text)
        size += len(block.text)
    return guess_language("\n".join(sample))


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
