"""A callable class for ``ray.data.Dataset.map_batches`` that cleans a text column.

::

    import ray
    from cleaner.integrations.ray import CleanBatches

    ds = ray.data.read_parquet("pages/")
    ds = ds.map_batches(CleanBatches, fn_constructor_kwargs={"drop_empty": True},
                        batch_format="pyarrow", concurrency=2, num_cpus=1)
    ds.write_parquet("clean/")
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pyarrow as pa

from ..api import Cleaner
from ..config import Config
from ._common import FINDINGS, OverBudget, Policy, assess

Batch = TypeVar("Batch")  # a pyarrow.Table, a pandas.DataFrame or a dict of numpy arrays

JSON_FINDINGS = frozenset({"metadata", "removals"})


class CleanBatches:
    """Cleans ``text_column`` of each batch in place; Ray builds one per worker, so one Cleaner per worker.

    Cleaner options are passed as for :class:`cleaner.Cleaner` (through ``fn_constructor_kwargs``).
    With ``prefix`` set, the findings become columns ``<prefix>title``, ``<prefix>page_type``,
    ``<prefix>language``, ``<prefix>removed_share``, ``<prefix>over_budget``, ``<prefix>timed_out``
    and, as JSON strings, ``<prefix>metadata`` and ``<prefix>removals`` (removals per rule code). Rows are dropped as
    ``drop_empty``, ``max_removed_share`` and ``over_budget`` say (see :class:`~cleaner.integrations._common.Policy`).
    Batches may be pyarrow Tables, pandas DataFrames or dicts of numpy arrays; the same kind is returned.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        config_file: str | Path | None = None,
        text_column: str = "text",
        prefix: str | None = "cleaner_",
        drop_empty: bool = False,
        max_removed_share: float | None = None,
        over_budget: OverBudget = "drop",
        **options: Any,
    ) -> None:
        self.cleaner = Cleaner(config, config_file=config_file, **options)
        self.policy = Policy(drop_empty, max_removed_share, over_budget)
        self.text_column = text_column
        self.prefix = prefix

    def __call__(self, batch: Batch) -> Batch:
        outcomes = [assess(self.cleaner, text, self.policy) for text in _column(batch, self.text_column)]
        columns: dict[str, list[Any]] = {self.text_column: [o.result.text for o in outcomes]}
        if self.prefix is not None:
            found = [o.findings() for o in outcomes]
            for key in FINDINGS:
                values = [f[key] for f in found]
                if key in JSON_FINDINGS:
                    values = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in values]
                columns[self.prefix + key] = values
        return _rebuild(batch, columns, [o.drop is None for o in outcomes])


def _column(batch: Any, name: str) -> list[Any]:
    if isinstance(batch, pa.Table):
        return batch.column(name).to_pylist()
    if isinstance(batch, dict):
        return list(batch[name])
    return batch[name].tolist()  # pandas


def _rebuild(batch: Any, columns: dict[str, list[Any]], keep: list[bool]) -> Any:
    """``batch`` with ``columns`` set (replaced or appended) and only the rows where ``keep`` is true."""
    if isinstance(batch, pa.Table):
        for name, values in columns.items():
            array = pa.array(values)
            i = batch.schema.get_field_index(name)
            batch = batch.set_column(i, name, array) if i >= 0 else batch.append_column(name, array)
        return batch if all(keep) else batch.filter(pa.array(keep))
    mask = np.asarray(keep, dtype=bool)
    if isinstance(batch, dict):
        out = {**batch, **{name: np.asarray(values) for name, values in columns.items()}}
        return out if mask.all() else {name: values[mask] for name, values in out.items()}
    out = batch.assign(**columns)  # pandas
    return out if mask.all() else out[mask].reset_index(drop=True)
