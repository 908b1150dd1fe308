"""What every integration does per document: clean it, measure how much went, decide whether to keep it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..api import Cleaner
from ..document import Result

OverBudget = Literal["drop", "flag"]
FINDINGS = ("title", "page_type", "language", "metadata", "removals", "removed_share", "over_budget", "timed_out")


@dataclass(frozen=True, slots=True)
class Policy:
    """Which cleaned documents to drop.

    ``drop_empty``: drop a document that no text is left of. ``max_removed_share``: a document whose cleaning
    removed more than this share (0..1) of its text is over budget; ``over_budget`` says whether it is
    dropped or kept and flagged.
    """

    drop_empty: bool = False
    max_removed_share: float | None = None
    over_budget: OverBudget = "drop"

    def __post_init__(self) -> None:
        if self.max_removed_share is not None and not 0.0 <= self.max_removed_share <= 1.0:
            raise ValueError(f"max_removed_share must be between 0 and 1, not {self.max_removed_share!r}")
        if self.over_budget not in ("drop", "flag"):
            raise ValueError(f"over_budget must be 'drop' or 'flag', not {self.over_budget!r}")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One cleaned document: the result, its removed share, and why it is dropped (``None`` to keep it)."""

    result: Result
    removed_share: float
    over_budget: bool
    drop: Literal["empty", "over_budget"] | None

    def findings(self) -> dict[str, Any]:
        """What ``clean_document`` found, as plain JSON-ready values: the keys of ``FINDINGS``, always."""
        r = self.result
        return {
            "title": r.title,
            "page_type": r.page_type,
            "language": r.language,
            "metadata": r.metadata,
            "removals": r.counts(),
            "removed_share": round(self.removed_share, 4),
            "over_budget": self.over_budget,
            "timed_out": r.timed_out,
        }


def removed_share(result: Result) -> float:
    """The share of the page's text (kept plus removed characters, markup not counted) that cleaning removed."""
    removed = sum(len(r.text) for r in result.removed)
    total = removed + len(result.text)
    return removed / total if total else 0.0


def assess(cleaner: Cleaner, text: str | bytes | None, policy: Policy) -> Outcome:
    """Clean ``text`` (``None`` counts as empty) and apply ``policy``."""
    result = cleaner.clean_document(text or "")
    share = removed_share(result)
    over = policy.max_removed_share is not None and share > policy.max_removed_share
    drop: Literal["empty", "over_budget"] | None = None
    if policy.drop_empty and not result.text.strip():
        drop = "empty"
    elif over and policy.over_budget == "drop":
        drop = "over_budget"
    return Outcome(result, share, over, drop)
