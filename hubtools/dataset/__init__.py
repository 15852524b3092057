"""Posts in, dataset out: cleaning, filtering, per-user statistics and the dataset folder.

`build_dataset(sources, out_dir, DatasetOptions())` is what `hubtools data` and `hubtools push`
call; `collect` + `summarize` only count.
"""

from __future__ import annotations

from hubtools.dataset.build import (
    DatasetOptions,
    DatasetSummary,
    UserData,
    UserSummary,
    build_dataset,
    collect,
    dataset_key,
    is_current,
    summarize,
)
from hubtools.dataset.clean import CleanRules, clean_text
from hubtools.dataset.filters import Filtered, Rules, filter_posts
from hubtools.dataset.stats import DROP_REASONS, UserStats

__all__ = [
    "DROP_REASONS",
    "CleanRules",
    "DatasetOptions",
    "DatasetSummary",
    "Filtered",
    "Rules",
    "UserData",
    "UserStats",
    "UserSummary",
    "build_dataset",
    "clean_text",
    "collect",
    "dataset_key",
    "filter_posts",
    "is_current",
    "summarize",
]
