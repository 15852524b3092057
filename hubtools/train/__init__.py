"""Fine-tune a causal LM on a posts dataset.

`run_training(TrainConfig(...)) -> TrainingSummary` is the whole API; `hubtools train` and
`hubtools push` call it. Importing this package is cheap: torch and friends load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hubtools.train.config import TrainConfig
from hubtools.train.summary import TrainingSummary, read_summary

if TYPE_CHECKING:
    from hubtools.train.loop import StepInfo

__all__ = ["StepInfo", "TrainConfig", "TrainingSummary", "read_summary", "run_training"]


def run_training(config: TrainConfig, **kwargs: Any) -> TrainingSummary:
    """See `hubtools.train.loop.run_training`."""
    from hubtools.train.launch import check_launch

    check_launch()  # before torch loads: a wrong launch fails in a second
    from hubtools.train.loop import run_training as _run

    return _run(config, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "StepInfo":
        from hubtools.train.loop import StepInfo

        return StepInfo
    raise AttributeError(name)
