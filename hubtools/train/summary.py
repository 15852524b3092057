"""`training_summary.json`: what the card stage (and `hubtools push`) reads about a run."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from hubtools.atomic import write_text

SUMMARY_FILE = "training_summary.json"
SAMPLES_FILE = "samples.json"


def perplexity(loss: float | None) -> float | None:
    if loss is None:
        return None
    return math.exp(loss) if loss < 700 else math.inf


@dataclass
class TrainingSummary:
    """A finished run. Losses are mean token cross-entropy (nats) on whole validation posts."""

    base_model: str
    model_type: str
    num_parameters: int
    dataset: dict[str, Any]  # dir, fingerprint, posts and tokens per split
    hyperparameters: dict[str, Any]
    batching: str  # as resolved: "pack", "pack-isolated" or "group"
    block_size: int
    steps: int
    total_steps: int
    epochs_completed: float
    tokens_seen: int  # non-padding input tokens, all processes
    wall_time_s: float  # all sessions, start to saved model (time lost to a crash excluded)
    train_time_s: float  # inside training steps only
    tokens_per_second: float  # tokens_seen / train_time_s
    startup_s: float  # this session: start to first training step
    final_val_loss: float | None
    final_val_perplexity: float | None
    best_val_loss: float | None
    best_val_perplexity: float | None
    best_step: int | None
    val_history: list[dict[str, float]]
    stopped_early: bool
    resumed_from_step: int | None  # this session's starting checkpoint
    trackers: list[dict[str, Any]]
    hardware: dict[str, Any]
    versions: dict[str, str]
    generation: dict[str, Any]
    model_dir: str = "model"
    samples_file: str = SAMPLES_FILE
    extra: dict[str, Any] = field(default_factory=dict)
    # Facts the card states, recorded when they happened (None in summaries written before):
    stop_reason: str | None = (
        None  # "completed" (every planned epoch), "max_steps", "early_stopping"
    )
    planned_steps: int | None = None  # the epochs asked for, in optimizer steps
    base_model_id: str | None = None  # the Hub id the weights came from; None: a local model
    base_model_origin: str | None = None  # how that is known: hub, cache, config, local
    base_model_revision: str | None = None  # the commit loaded, when the Hub said
    hub_endpoint: str | None = None  # the Hub a `hub` base model was downloaded from

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, allow_nan=True)

    def write(self, run_dir: Path) -> Path:
        path = run_dir / SUMMARY_FILE
        write_text(path, self.to_json() + "\n")
        return path


def read_summary(run_dir: str | Path) -> TrainingSummary:
    data = json.loads((Path(run_dir) / SUMMARY_FILE).read_text())
    known = {f.name for f in fields(TrainingSummary)}
    return TrainingSummary(**{k: v for k, v in data.items() if k in known})
