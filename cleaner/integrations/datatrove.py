"""A datatrove pipeline step that cleans ``doc.text`` with :class:`cleaner.Cleaner`.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerFormatter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("pages/"), CleanerFormatter(drop_empty=True), JsonlWriter("clean/")],
        tasks=8, workers=2,
    ).run()
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.typeshelper import StatHints

from ..api import Cleaner
from ..config import Config
from ._common import OverBudget, Policy, assess


class CleanerFormatter(BaseFormatter):
    """Cleans each document's text; stores the findings in ``doc.metadata[metadata_key]``.

    Cleaner options (``select=``, ``ignore=``, ``language=`` ...) are passed as for :class:`cleaner.Cleaner`.
    ``drop_empty``, ``max_removed_share`` and ``over_budget`` decide which documents are dropped (see
    :class:`cleaner.integrations._common.Policy`); dropped documents go, as they came in, to the optional
    ``exclusion_writer``. Stats: ``removed_<CODE>`` per rule, ``dropped_empty``, ``dropped_over_budget``,
    ``flagged_over_budget``, plus datatrove's ``total`` / ``forwarded`` / ``dropped``.
    """

    name = "🧹 Cleaner"

    def __init__(
        self,
        config: Config | None = None,
        *,
        config_file: str | Path | None = None,
        drop_empty: bool = False,
        max_removed_share: float | None = None,
        over_budget: OverBudget = "drop",
        metadata_key: str | None = "cleaner",
        exclusion_writer: DiskWriter | None = None,
        **options: Any,
    ) -> None:
        super().__init__()
        self.cleaner = Cleaner(config, config_file=config_file, **options)
        self.policy = Policy(drop_empty, max_removed_share, over_budget)
        self.metadata_key = metadata_key
        self.exclusion_writer = exclusion_writer

    def format(self, text: str) -> str:
        """The cleaned text (no findings, no dropping): the formatter contract."""
        return self.cleaner.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with self.exclusion_writer or contextlib.nullcontext() as excluded:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    outcome = assess(self.cleaner, doc.text, self.policy)
                for code, n in outcome.result.counts().items():
                    self.stat_update(f"removed_{code}", value=n)
                if self.metadata_key:
                    doc.metadata[self.metadata_key] = outcome.findings()
                if outcome.drop:
                    self.stat_update(StatHints.dropped, f"dropped_{outcome.drop}")
                    if excluded:
                        excluded.write(doc, rank)
                    continue
                if outcome.over_budget:
                    self.stat_update("flagged_over_budget")
                doc.text = outcome.result.text
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
