"""`model-index` metadata from a spec's evaluation results, via huggingface_hub's EvalResult.

Imported only when a template asks for it: huggingface_hub costs ~0.1 s to import.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["eval_results_from_model_index", "metric_key", "metric_name", "model_index"]

# Spec key -> Hub metric type, where they differ.
_METRIC_TYPES = {"validation_loss": "loss", "eval_loss": "loss", "train_loss": "loss"}


def metric_name(key: str) -> str:
    """`validation_loss` -> `Validation loss` (and `metric_key` turns it back)."""
    return key.replace("_", " ").capitalize()


def metric_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def model_index(
    eval_results: dict[str, float], model_name: str, datasets: list[str], handle: str
) -> list[dict[str, Any]] | None:
    """One text-generation result on the validation split, one metric per spec entry."""
    if not eval_results:
        return None
    from huggingface_hub.repocard_data import EvalResult, eval_results_to_model_index

    results = [
        EvalResult(
            task_type="text-generation",
            task_name="Text Generation",
            dataset_type=datasets[0] if datasets else "posts",
            dataset_name=f"Posts by @{handle}",
            dataset_split="validation",
            metric_type=_METRIC_TYPES.get(key, key),
            metric_name=metric_name(key),
            metric_value=value,
        )
        for key, value in eval_results.items()
    ]
    return eval_results_to_model_index(model_name, results)


def eval_results_from_model_index(data: Any) -> dict[str, float]:
    """The spec's `eval_results` back from a card's `model-index` (unreadable parts ignored)."""
    from huggingface_hub.repocard_data import model_index_to_eval_results

    try:
        _, results = model_index_to_eval_results(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return {}
    out: dict[str, float] = {}
    for result in results:
        if isinstance(result.metric_value, int | float) and not isinstance(
            result.metric_value, bool
        ):
            key = metric_key(result.metric_name) if result.metric_name else result.metric_type
            out[key] = result.metric_value
    return out
