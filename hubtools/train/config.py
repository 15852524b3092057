"""The trainer's settings: one typed dataclass, cheap to import (no torch).

Each field is declared once, here: its type, default and help text (and, for the ones
`hubtools train` exposes, its command-line flag). The CLI commands read names, defaults and
help from these declarations (`cli_options`) instead of repeating them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from hubtools.errors import UserError

Batching = Literal["auto", "pack", "group"]
Tracker = Literal["wandb", "tensorboard", "trackio", "none"]
Precision = Literal["auto", "no", "bf16", "fp16"]

# huggingtweets' widget prompts style: short openings a person might start a post with.
DEFAULT_PROMPTS = ("My dream is", "I think that", "Today I")


def meta(
    help: str, *, cli: bool | str | tuple[str, ...] = True, shown: str | None = None
) -> dict[str, Any]:
    """A field's declaration beyond type and default: `help` is its one description; `cli`
    its flags (True: derived from the name, --field-name[/--no-field-name]; "argument": a
    positional argument; False: not on the command line); `shown` the "[default: ...]" text
    where the default value (None) needs words."""
    return {"help": help, "cli": cli, "shown": shown}


@dataclass
class TrainConfig:
    """Everything one training run depends on.

    Paths and presentation knobs (tracker, progress) can change between a run and its
    resume; the fields in `RESUME_FIELDS` cannot, because they decide the weights.
    """

    dataset_dir: Path = field(
        metadata=meta(
            "Dataset folder from `hubtools data` (train.jsonl, validation.jsonl).", cli="argument"
        )
    )
    output_dir: Path = field(
        metadata=meta(
            "Run folder: checkpoints/, model/, samples.json, training_summary.json.",
            cli=("--output-dir", "-o"),
        )
    )
    base_model: str = field(
        default="gpt2", metadata=meta("Any AutoModelForCausalLM: Hub id or local folder.")
    )
    # huggingtweets saw over-fitting after about 4 passes over a person's posts.
    epochs: float = field(
        default=4.0, metadata=meta("Passes over the posts (over-fitting starts after ~4).")
    )
    max_steps: int | None = field(
        default=None,
        metadata=meta("Stop after this many optimizer steps.", shown="the epochs' steps"),
    )
    # huggingtweets' W&B sweep picked 1.372e-4 for GPT-2 on tweets.
    lr: float = field(
        default=1.372e-4, metadata=meta("Peak learning rate (linear warmup, cosine decay).")
    )
    min_lr_ratio: float = field(
        default=0.1, metadata=meta("Cosine decays to lr * min_lr_ratio.", cli=False)
    )
    warmup_ratio: float = field(
        default=0.05, metadata=meta("Share of the steps spent warming up.", cli=False)
    )
    weight_decay: float = field(
        default=0.1, metadata=meta("AdamW decay (matrices only).", cli=False)
    )
    betas: tuple[float, float] = field(
        default=(0.9, 0.95), metadata=meta("AdamW betas.", cli=False)
    )
    max_grad_norm: float = field(default=1.0, metadata=meta("Gradient clipping norm.", cli=False))
    batch_size: int = field(
        default=8,
        metadata=meta("Sequences per process per micro-step (a step: x grad-accum x processes)."),
    )
    grad_accum: int = field(default=1, metadata=meta("Micro-steps per optimizer step."))
    block_size: int | None = field(
        default=None,
        metadata=meta("Tokens per sequence.", shown="128, more when the longest post needs it"),
    )
    batching: Batching = field(
        default="auto",
        metadata=meta(
            "auto | pack (fixed blocks) | group (length-grouped padding); auto: packed, with "
            "posts isolated where the model honours it."
        ),
    )
    isolate_posts: bool = field(
        default=True,
        metadata=meta("Packed posts cannot attend to each other (position ids restart)."),
    )
    eval_steps: int | None = field(
        default=None,
        metadata=meta(
            "Validate every N optimizer steps (and always at the end).", shown="each epoch"
        ),
    )
    early_stopping_patience: int | None = field(
        default=None,
        metadata=meta(
            "Stop after N evaluations without a better validation loss.",
            cli=("--early-stopping",),
            shown="off",
        ),
    )
    save_steps: int = field(
        default=100, metadata=meta("Checkpoint every N optimizer steps (and at the end).")
    )
    keep_checkpoints: int = field(default=2, metadata=meta("How many recent checkpoints to keep."))
    log_steps: int = field(default=10, metadata=meta("Log loss, lr and tokens/s every N steps."))
    seed: int = field(default=42, metadata=meta("Seed for data order, dropout and sampling."))
    precision: Precision = field(
        default="auto",
        metadata=meta("auto | no | bf16 | fp16 (auto: bf16 or fp16 on GPU, fp32 on CPU)."),
    )
    compile: bool = field(
        default=False,
        metadata=meta("torch.compile the model (GPU, long runs).", cli=("--compile",)),
    )
    cpu: bool = field(
        default=False, metadata=meta("Train on CPU even if a GPU is present.", cli=("--cpu",))
    )
    resume: bool | None = field(
        default=None,
        metadata=meta(
            "Continue from the last checkpoint in RUN_DIR; --no-resume refuses to.",
            cli=("--resume/--no-resume",),
            shown="if RUN_DIR has one",
        ),
    )
    tracker: Tracker = field(
        default="wandb", metadata=meta("wandb | tensorboard | trackio | none.")
    )
    project: str = field(default="hubtools", metadata=meta("Tracker project name."))
    run_name: str | None = field(
        default=None, metadata=meta("Tracker run name.", shown="DATASET-MODEL")
    )
    hub_model_id: str | None = field(
        default=None, metadata=meta("Logged as the model artifact's reference.", cli=False)
    )
    log_model_artifact: bool = field(
        default=True, metadata=meta("Log the model folder as a tracker artifact.", cli=False)
    )
    widget_prompts: tuple[str, ...] = field(
        default=DEFAULT_PROMPTS,
        metadata=meta("Prompts for samples.json after training.", cli=False),
    )
    samples_per_prompt: int = field(
        default=1, metadata=meta("Samples generated per prompt.", cli=False)
    )
    max_new_tokens: int = field(default=160, metadata=meta("Longest sample, in tokens.", cli=False))
    min_new_tokens: int = field(default=10, metadata=meta("Shortest sample, in tokens.", cli=False))
    top_p: float = field(
        default=0.95, metadata=meta("Nucleus sampling for the samples.", cli=False)
    )
    extra: dict[str, Any] = field(
        default_factory=dict, metadata=meta("Free-form, logged with the config.", cli=False)
    )

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
        positive = (
            "epochs",
            "lr",
            "batch_size",
            "grad_accum",
            "save_steps",
            "keep_checkpoints",
            "log_steps",
        )
        for name in positive:
            value = getattr(self, name)
            if not value > 0:
                raise UserError(f"{flag(name)} must be > 0 (got {value})")
        for name in ("max_steps", "block_size", "eval_steps", "early_stopping_patience"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise UserError(f"{flag(name)} must be > 0 (got {value})")
        if self.block_size is not None and self.block_size < 2:
            raise UserError(f"--block-size must be at least 2 (got {self.block_size})")
        if not 0 <= self.warmup_ratio < 1:
            raise UserError(f"{flag('warmup_ratio')} must be in [0, 1) (got {self.warmup_ratio})")
        checks = {
            "batching": (self.batching, Batching),
            "tracker": (self.tracker, Tracker),
            "precision": (self.precision, Precision),
        }
        for name, (value, allowed) in checks.items():
            if value not in get_args(allowed):
                choices = "|".join(get_args(allowed))
                raise UserError(f"{flag(name)} must be one of {choices} (got {value!r})")

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


@dataclass(frozen=True)
class CliOption:
    """A TrainConfig field as a command-line option sees it."""

    name: str  # the field (and the command's parameter) name
    flags: tuple[str, ...]  # as declared; empty: derived from the name (or an argument)
    argument: bool  # positional
    help: str
    default: Any  # dataclasses.MISSING: required
    shown: str | None  # "[default: ...]" text where the value alone says too little

    @property
    def flag(self) -> str:
        """What a user types, e.g. `--early-stopping`, `--resume`, `DATASET_DIR`."""
        if self.argument:
            return self.name.upper()
        return self.flags[0].split("/")[0] if self.flags else f"--{self.name.replace('_', '-')}"


def cli_options() -> dict[str, CliOption]:
    """The fields `hubtools train` exposes, in declaration order."""
    out = {}
    for f in dataclasses.fields(TrainConfig):
        cli = f.metadata["cli"]
        if cli is False:
            continue
        flags = cli if isinstance(cli, tuple) else ()
        out[f.name] = CliOption(
            f.name, flags, cli == "argument", f.metadata["help"], f.default, f.metadata["shown"]
        )
    return out


def flag(name: str) -> str:
    """How a user names field `name` in messages: its option, or (API-only fields) the name."""
    option = cli_options().get(name)
    return option.flag if option else name


def help_with_default(name: str) -> str:
    """Help text ending in "[default: ...]", for commands whose option defaults to None
    (meaning "TrainConfig's default") rather than to the value itself."""
    option = cli_options()[name]
    shown = option.shown if option.shown is not None else option.default
    return f"{option.help} [default: {shown}]"


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value
