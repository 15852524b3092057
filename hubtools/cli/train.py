"""`hubtools train DATASET_DIR -o RUN_DIR ...` (owned by the trainer).

Only typer and the standard library at import time: torch, transformers, accelerate and wandb
load inside the command, so `hubtools --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def train(
    dataset_dir: Annotated[
        Path,
        typer.Argument(help="Dataset folder from `hubtools data` (train.jsonl, validation.jsonl)."),
    ],
    output_dir: Annotated[
        Path,
        typer.Option(
            "--output-dir",
            "-o",
            help="Run folder: checkpoints/, model/, samples.json, training_summary.json.",
        ),
    ],
    base_model: Annotated[
        str, typer.Option(help="Any AutoModelForCausalLM: Hub id or local folder.")
    ] = "gpt2",
    epochs: Annotated[
        float, typer.Option(help="Passes over the posts (over-fitting starts after ~4).")
    ] = 4.0,
    lr: Annotated[
        float, typer.Option(help="Peak learning rate (cosine schedule, warmup).")
    ] = 1.372e-4,
    batch_size: Annotated[int, typer.Option(help="Sequences per device per micro-step.")] = 8,
    grad_accum: Annotated[int, typer.Option(help="Micro-steps per optimizer step.")] = 1,
    block_size: Annotated[
        int | None, typer.Option(help="Tokens per sequence (default: 128, more for long posts).")
    ] = None,
    batching: Annotated[
        str, typer.Option(help="auto | pack (fixed blocks) | group (length-grouped padding).")
    ] = "auto",
    isolate_posts: Annotated[
        bool, typer.Option(help="Packed posts cannot attend to each other (position ids restart).")
    ] = True,
    max_steps: Annotated[
        int | None, typer.Option(help="Stop after this many optimizer steps.")
    ] = None,
    eval_steps: Annotated[
        int | None, typer.Option(help="Validate every N steps (default: each epoch).")
    ] = None,
    early_stopping: Annotated[
        int | None, typer.Option(help="Stop after N evaluations without a better validation loss.")
    ] = None,
    save_steps: Annotated[
        int, typer.Option(help="Checkpoint every N optimizer steps (and at the end).")
    ] = 100,
    keep_checkpoints: Annotated[int, typer.Option(help="How many recent checkpoints to keep.")] = 2,
    log_steps: Annotated[int, typer.Option(help="Log loss, lr and tokens/s every N steps.")] = 10,
    seed: Annotated[int, typer.Option(help="Seed for data order, dropout and sampling.")] = 42,
    precision: Annotated[
        str, typer.Option(help="auto | no | bf16 | fp16 (auto: bf16 on GPU).")
    ] = "auto",
    compile: Annotated[
        bool, typer.Option("--compile", help="torch.compile the model (GPU, long runs).")
    ] = False,
    cpu: Annotated[
        bool, typer.Option("--cpu", help="Train on CPU even if a GPU is present.")
    ] = False,
    tracker: Annotated[str, typer.Option(help="wandb | tensorboard | trackio | none.")] = "wandb",
    project: Annotated[str, typer.Option(help="Tracker project name.")] = "hubtools",
    run_name: Annotated[
        str | None, typer.Option(help="Tracker run name (default: DATASET-MODEL).")
    ] = None,
    resume: Annotated[
        bool | None,
        typer.Option(
            "--resume/--no-resume",
            help="Continue from the last checkpoint in RUN_DIR (default: if there is one).",
        ),
    ] = None,
) -> None:
    """Fine-tune a causal LM on a dataset folder; re-running into RUN_DIR resumes."""
    import json
    import os

    from hubtools.train import TrainConfig, run_training

    config = TrainConfig(
        dataset_dir=dataset_dir,
        output_dir=output_dir,
        base_model=base_model,
        epochs=epochs,
        max_steps=max_steps,
        lr=lr,
        batch_size=batch_size,
        grad_accum=grad_accum,
        block_size=block_size,
        batching=batching,  # type: ignore[arg-type]  # checked by TrainConfig.check
        isolate_posts=isolate_posts,
        eval_steps=eval_steps,
        early_stopping_patience=early_stopping,
        save_steps=save_steps,
        keep_checkpoints=keep_checkpoints,
        log_steps=log_steps,
        seed=seed,
        precision=precision,  # type: ignore[arg-type]
        compile=compile,
        cpu=cpu,
        resume=resume,
        tracker=tracker,  # type: ignore[arg-type]
        project=project,
        run_name=run_name,
    )
    summary = run_training(config, progress=True)
    result = {
        "model": str(output_dir / summary.model_dir),
        "steps": summary.steps,
        "val_loss": summary.final_val_loss,
        "val_perplexity": summary.final_val_perplexity,
        "wall_time_s": summary.wall_time_s,
    }
    if int(os.environ.get("RANK", "0")) == 0:  # one line per run, not per process
        typer.echo(json.dumps(result))
