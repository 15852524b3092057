"""The trainer's settings: one typed dataclass, cheap to import (no torch)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hubtools.errors import UserError

Batching = Literal["auto", "pack", "group"]
Tracker = Literal["wandb", "tensorboard", "trackio", "none"]
Precision = Literal["auto", "no", "bf16", "fp16"]

# huggingtweets' widget prompts style: short openings a person might start a post with.
DEFAULT_PROMPTS = ("My dream is", "I think that", "Today I")


@dataclass
class TrainConfig:
    """Everything one training run depends on.

    Paths and presentation knobs (tracker, progress) can change between a run and its
    resume; the fields in `RESUME_FIELDS` cannot, because they decide the weights.
    """

    dataset_dir: Path
    output_dir: Path
    base_model: str = "gpt2"
    # huggingtweets saw over-fitting after about 4 passes over a person's posts.
    epochs: float = 4.0
    max_steps: int | None = None  # cap on optimizer steps (benchmarks, smoke runs)
    # huggingtweets' W&B sweep picked 1.372e-4 for GPT-2 on tweets.
    lr: float = 1.372e-4
    min_lr_ratio: float = 0.1  # cosine decays to lr * min_lr_ratio
    warmup_ratio: float = 0.05
    weight_decay: float = 0.1
    betas: tuple[float, float] = (0.9, 0.95)
    max_grad_norm: float = 1.0
    batch_size: int = 8  # sequences per device per micro-step
    grad_accum: int = 1
    block_size: int | None = None  # None: 128, or more when the longest post needs it
    batching: Batching = "auto"  # auto: packed with posts isolated if the model honours it
    isolate_posts: bool = True  # packed mode: position ids restart at every post
    eval_steps: int | None = None  # None: once per epoch (and always at the end)
    early_stopping_patience: int | None = None  # evaluations without improvement
    save_steps: int = 100
    keep_checkpoints: int = 2
    log_steps: int = 10
    seed: int = 42
    precision: Precision = "auto"  # auto: bf16 (or fp16) on CUDA, fp32 on CPU
    compile: bool = False
    cpu: bool = False  # force CPU even where an accelerator exists
    resume: bool | None = None  # None: resume if checkpoints exist; True: require one
    tracker: Tracker = "wandb"
    project: str = "hubtools"
    run_name: str | None = None
    hub_model_id: str | None = None  # logged as the model artifact's reference when set
    log_model_artifact: bool = True
    widget_prompts: tuple[str, ...] = DEFAULT_PROMPTS
    samples_per_prompt: int = 1
    max_new_tokens: int = 160
    min_new_tokens: int = 10
    top_p: float = 0.95
    extra: dict[str, Any] = field(default_factory=dict)  # free-form, logged with the config

    RESUME_FIELDS = (
        "base_model",
        "epochs",
        "max_steps",
        "lr",
        "min_lr_ratio",
        "warmup_ratio",
        "weight_decay",
        "betas",
        "max_grad_norm",
        "batch_size",
        "grad_accum",
        "block_size",
        "batching",
        "isolate_posts",
        "seed",
        "precision",
    )

    def __post_init__(self) -> None:
        self.dataset_dir = Path(self.dataset_dir)
        self.output_dir = Path(self.output_dir)
        self.betas = tuple(self.betas)  # type: ignore[assignment]
        self.widget_prompts = tuple(self.widget_prompts)

    def check(self) -> None:
        """Reject values that cannot train, naming the option to change."""
        positive = {
            "epochs": self.epochs,
            "lr": self.lr,
            "batch_size": self.batch_size,
            "grad_accum": self.grad_accum,
            "save_steps": self.save_steps,
            "keep_checkpoints": self.keep_checkpoints,
            "log_steps": self.log_steps,
        }
        for name, value in positive.items():
            if not value > 0:
                raise UserError(f"--{name.replace('_', '-')} must be > 0 (got {value})")
        for name in ("max_steps", "block_size", "eval_steps", "early_stopping_patience"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise UserError(f"--{name.replace('_', '-')} must be > 0 (got {value})")
        if self.block_size is not None and self.block_size < 2:
            raise UserError(f"--block-size must be at least 2 (got {self.block_size})")
        if not 0 <= self.warmup_ratio < 1:
            raise UserError(f"--warmup-ratio must be in [0, 1) (got {self.warmup_ratio})")
        checks = {
            "batching": (self.batching, Batching),
            "tracker": (self.tracker, Tracker),
            "precision": (self.precision, Precision),
        }
        for name, (value, allowed) in checks.items():
            if value not in allowed.__args__:
                choices = "|".join(allowed.__args__)
                raise UserError(f"--{name} must be one of {choices} (got {value!r})")

    def hyperparameters(self) -> dict[str, Any]:
        """What trackers and the summary record: settings only, never paths with secrets or env."""
        skip = {"dataset_dir", "output_dir", "extra", "resume"}
        out = {
            f.name: _plain(getattr(self, f.name))
            for f in dataclasses.fields(self)
            if f.name not in skip
        }
        out["dataset"] = self.dataset_dir.name
        out.update(self.extra)
        return out

    def fingerprint(self) -> dict[str, Any]:
        """The settings a checkpoint was made with; a resume must match them."""
        return {name: _plain(getattr(self, name)) for name in self.RESUME_FIELDS}

    def fingerprint_hash(self) -> str:
        blob = json.dumps(self.fingerprint(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value
