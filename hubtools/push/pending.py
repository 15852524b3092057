"""The card a dry run shows when no finished run exists: data facts now, training figures pending.

A dry run must not train (minutes to hours) just to print a plan. What the data stage
counted is known and shown as it will be published; what only training can tell (steps,
tokens, epochs completed, evaluation, samples) reads "pending", and the settings the run
will use are shown as planned.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubtools.cards.spec import CardSpec

if TYPE_CHECKING:
    from hubtools.train import TrainConfig

PENDING = "pending"
# What the published card states from the run's records; pending until it has run.
RUN_FACTS = ("epochs_completed", "steps", "tokens_seen", "stopped_early")
SETTINGS = ("lr", "batch_size", "grad_accum", "block_size", "warmup_ratio", "weight_decay",
            "seed", "precision", "max_steps")  # fmt: skip
# Files only training produces: listed by the plan, their sizes unknown until then.
PENDING_FILES = (
    "model files: weights, config, tokenizer (written by training)",
    "predictions.png (drawn from the trained model's samples; the card's thumbnail then)",
)


def planned_hyperparameters(config: TrainConfig) -> dict[str, Any]:
    """The card's hyperparameter table before training: run facts pending, settings as
    configured (one chosen at run time, an automatic block size or precision, is pending)."""
    table: dict[str, Any] = dict.fromkeys(RUN_FACTS, PENDING)
    for name in SETTINGS:
        value = getattr(config, name, None)
        if name in ("block_size", "precision") and value in (None, "auto"):
            value = PENDING
        if value is not None:
            table[name] = value
    return table


def pending_spec(
    repo_id: str,
    data_dir: Path,
    config: TrainConfig,
    *,
    endpoint: str,
    widget: list[str],
    license: str | None,
    language: str | list[str] | None,
    base_model_id: str | None = None,
) -> CardSpec:
    """The card of a run that has not happened: `spec_for_run`'s data half, no results."""

    from hubtools.cards.origin import base_origin
    from hubtools.push.cardspec import card_people

    endpoint = endpoint.rstrip("/")
    stated, users = card_people(data_dir, repo_id, endpoint, language)
    return CardSpec(
        repo_id=repo_id,
        users=users,
        language=stated,
        template="default",
        base_model=base_model_id or base_origin(config.base_model).hub_id,
        license=license,
        widget=list(widget),
        thumbnail=None,  # predictions.png is drawn from the trained model's samples
        hyperparameters=planned_hyperparameters(config),
        hub_url=endpoint,
    )
