"""`hubtools train DATASET_DIR -o RUN_DIR ...` (owned by the trainer).

Every option is a TrainConfig field: its flag, default and help come from the field's
declaration in `hubtools/train/config.py`; this file only spells out the typer signature.
Only typer and the standard library at import time: torch, transformers, accelerate and wandb
load inside the command, so `hubtools --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from hubtools.train.config import TrainConfig as C
from hubtools.train.config import cli_options

_OPTIONS = cli_options()


def _opt(name: str) -> Any:
    """The typer option for TrainConfig field `name`, as the field declares it."""
    o = _OPTIONS[name]
    return typer.Option(*o.flags, help=o.help, show_default=o.shown or True)


def train(
    dataset_dir: Annotated[
        Path, typer.Argument(help=_OPTIONS["dataset_dir"].help, show_default=False)
    ],
    output_dir: Annotated[Path, _opt("output_dir")],
    base_model: Annotated[str, _opt("base_model")] = C.base_model,
    epochs: Annotated[float, _opt("epochs")] = C.epochs,
    max_steps: Annotated[int | None, _opt("max_steps")] = C.max_steps,
    lr: Annotated[float, _opt("lr")] = C.lr,
    batch_size: Annotated[int, _opt("batch_size")] = C.batch_size,
    grad_accum: Annotated[int, _opt("grad_accum")] = C.grad_accum,
    block_size: Annotated[int | None, _opt("block_size")] = C.block_size,
    batching: Annotated[str, _opt("batching")] = C.batching,
    isolate_posts: Annotated[bool, _opt("isolate_posts")] = C.isolate_posts,
    eval_steps: Annotated[int | None, _opt("eval_steps")] = C.eval_steps,
    early_stopping_patience: Annotated[
        int | None, _opt("early_stopping_patience")
    ] = C.early_stopping_patience,
    save_steps: Annotated[int, _opt("save_steps")] = C.save_steps,
    keep_checkpoints: Annotated[int, _opt("keep_checkpoints")] = C.keep_checkpoints,
    log_steps: Annotated[int, _opt("log_steps")] = C.log_steps,
    seed: Annotated[int, _opt("seed")] = C.seed,
    precision: Annotated[str, _opt("precision")] = C.precision,
    compile: Annotated[bool, _opt("compile")] = C.compile,
    cpu: Annotated[bool, _opt("cpu")] = C.cpu,
    resume: Annotated[bool | None, _opt("resume")] = C.resume,
    tracker: Annotated[str, _opt("tracker")] = C.tracker,
    project: Annotated[str, _opt("project")] = C.project,
    run_name: Annotated[str | None, _opt("run_name")] = C.run_name,
) -> None:
    """Fine-tune a causal LM on a dataset folder; re-running into RUN_DIR resumes.

    Data-parallel: launch it with `torchrun --nproc_per_node N -m hubtools train ...` or
    `accelerate launch --multi_gpu --num_processes N -m hubtools train ...`.
    """
    settings = dict(locals())  # every parameter is a TrainConfig field of the same name
    import json

    from hubtools import progress
    from hubtools.train import run_training
    from hubtools.train.launch import is_main_process

    with progress.shown(is_main_process()):  # tokenizing and loading the model, on stderr
        summary = run_training(C(**settings), progress=True)  # checked by TrainConfig.check
    result = {
        "model": str(output_dir / summary.model_dir),
        "steps": summary.steps,
        "val_loss": summary.final_val_loss,
        "val_perplexity": summary.final_val_perplexity,
        "wall_time_s": summary.wall_time_s,
    }
    if is_main_process():  # one line per run, not per process
        typer.echo(json.dumps(result))
