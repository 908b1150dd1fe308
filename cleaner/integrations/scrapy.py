"""A Scrapy item pipeline that cleans one field of each item with :class:`cleaner.Cleaner`.

Settings::

    ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanerPipeline": 300}
    CLEANER_FIELD = "text"                # the item field to clean (str or bytes: HTML or scraped text)
    CLEANER_OPTIONS = {"ignore": ["NV07"]}  # Cleaner options; or CLEANER_CONFIG_FILE = "cleaner.toml"
    CLEANER_DROP_EMPTY = True             # drop items with no text left
    CLEANER_MAX_REMOVED_SHARE = 0.9       # removal budget: more than 90% removed is over budget ...
    CLEANER_OVER_BUDGET = "drop"          # ... and dropped, or "flag"ged (findings' over_budget is true)
    CLEANER_FINDINGS_FIELD = "cleaner"    # store title, metadata, removals ... in this field (None: don't)
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from ..api import Cleaner
from ._common import Policy, assess


class CleanerPipeline:
    """Cleans ``field`` of every item that has it; counts ``cleaner/removed/<CODE>`` in the crawler stats.

    Other stats: ``cleaner/items``, ``cleaner/missing_field``, ``cleaner/dropped/empty``,
    ``cleaner/dropped/over_budget``, ``cleaner/flagged/over_budget``.
    """

    def __init__(
        self,
        cleaner: Cleaner,
        stats: StatsCollector,
        *,
        field: str = "text",
        policy: Policy | None = None,
        findings_field: str | None = None,
    ) -> None:
        self.cleaner = cleaner
        self.stats = stats
        self.field = field
        self.policy = policy or Policy()
        self.findings_field = findings_field

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanerPipeline:
        s = crawler.settings
        share = s.get("CLEANER_MAX_REMOVED_SHARE")
        return cls(
            Cleaner(config_file=s.get("CLEANER_CONFIG_FILE"), **s.getdict("CLEANER_OPTIONS")),
            crawler.stats,
            field=s.get("CLEANER_FIELD", "text"),
            policy=Policy(
                drop_empty=s.getbool("CLEANER_DROP_EMPTY"),
                max_removed_share=None if share is None else float(share),
                over_budget=s.get("CLEANER_OVER_BUDGET", "drop"),
            ),
            findings_field=s.get("CLEANER_FINDINGS_FIELD"),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """The item with its field cleaned; raises ``DropItem`` when the policy drops it."""
        adapter = ItemAdapter(item)
        if adapter.get(self.field) is None:
            self.stats.inc_value("cleaner/missing_field")
            return item
        outcome = assess(self.cleaner, adapter[self.field], self.policy)
        self.stats.inc_value("cleaner/items")
        for code, n in outcome.result.counts().items():
            self.stats.inc_value(f"cleaner/removed/{code}", n)
        adapter[self.field] = outcome.result.text
        if self.findings_field:
            adapter[self.findings_field] = outcome.findings()
        if outcome.drop:
            self.stats.inc_value(f"cleaner/dropped/{outcome.drop}")
            raise DropItem(f"cleaner: {outcome.drop} ({outcome.removed_share:.0%} of the text removed)")
        if outcome.over_budget:
            self.stats.inc_value("cleaner/flagged/over_budget")
        return item
