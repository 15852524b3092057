"""Step 6 of a run: the model (safetensors + tokenizer), samples.json, training_summary.json.

Every process calls `finish` (it holds collectives); only the main one writes files and logs
artifacts to the trackers.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from hubtools.atomic import write_text
from hubtools.cards.origin import base_origin
from hubtools.train import tracking
from hubtools.train.build import Inputs, Setup
from hubtools.train.generate import generate_samples, generation_config
from hubtools.train.summary import SAMPLES_FILE, TrainingSummary, perplexity

if TYPE_CHECKING:
    from hubtools.train.loop import RunState


def finish(setup: Setup, inputs: Inputs, run: RunState) -> TrainingSummary:
    """Save the model and samples (main process), then the summary; returns the summary."""
    accelerator, config = setup.accelerator, setup.config
    gen_config = generation_config(
        inputs.tokenizer,
        top_p=config.top_p,
        min_new_tokens=config.min_new_tokens,
        max_new_tokens=config.max_new_tokens,
        context=inputs.context,
    )
    lm = accelerator.unwrap_model(setup.loss_model).lm
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        lm.config.use_cache = True  # for inference; training needed it off
        lm.config.pad_token_id = setup.pad_token_id
        lm.generation_config = gen_config
        _save_model(lm, inputs.tokenizer, config.output_dir / "model")
        _write_samples(setup, inputs, run, lm, gen_config)
    accelerator.wait_for_everyone()
    run.sync_counters(setup)
    summary = _summary(setup, inputs, run, lm, gen_config)
    if accelerator.is_main_process:
        tracking.log_artifacts(
            accelerator,
            inputs.plan,
            dataset_dir=config.dataset_dir,
            model_dir=config.output_dir / "model",
            run_name=inputs.run_name,
            hub_model_id=config.hub_model_id,
            include_model=config.log_model_artifact,
            metadata={
                "base_model": config.base_model,
                "val_loss": run.val_loss,
                "steps": run.ckpt.step,
            },
        )
        summary.write(config.output_dir)
    tracking.finish(accelerator, inputs.plan)
    return summary


def _save_model(lm: Any, tokenizer: Any, model_dir: Path) -> None:
    """save_pretrained (safetensors) + tokenizer into a temp folder, then swap it in."""
    tmp = model_dir.with_name(f".{model_dir.name}.tmp")
    old = model_dir.with_name(f".{model_dir.name}.old")
    shutil.rmtree(tmp, ignore_errors=True)
    lm.save_pretrained(tmp, safe_serialization=True)
    tokenizer.save_pretrained(tmp)
    if model_dir.exists():
        shutil.rmtree(old, ignore_errors=True)
        model_dir.rename(old)
    tmp.rename(model_dir)
    shutil.rmtree(old, ignore_errors=True)


def _write_samples(setup: Setup, inputs: Inputs, run: RunState, lm: Any, gen_config: Any) -> None:
    """samples.json (seeded), also logged to the trackers."""
    config = setup.config
    samples = generate_samples(
        lm,
        inputs.tokenizer,
        config.widget_prompts,
        gen_config,
        per_prompt=config.samples_per_prompt,
        seed=config.seed,
    )
    record = {"seed": config.seed, "generation": gen_config.to_diff_dict(), "samples": samples}
    write_text(
        config.output_dir / SAMPLES_FILE, json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    )
    tracking.log_samples(setup.accelerator, inputs.plan, samples, run.ckpt.step)


def _summary(
    setup: Setup, inputs: Inputs, run: RunState, lm: Any, gen_config: Any
) -> TrainingSummary:
    """The run as the card stage reads it (every process builds it; main writes it)."""
    import accelerate
    import transformers

    import hubtools

    config, state = setup.config, run.ckpt
    origin = base_origin(str(config.base_model), getattr(inputs.base_config, "_commit_hash", None))
    planned = max(1, math.ceil(config.epochs * setup.steps_per_epoch))
    return TrainingSummary(
        base_model=config.base_model,
        model_type=inputs.base_config.model_type,
        num_parameters=setup.num_parameters,
        dataset={
            "dir": str(config.dataset_dir),
            "fingerprint": inputs.data_fp,
            "train_posts": len(setup.train_posts),
            "train_tokens": setup.train_posts.num_tokens,
            "validation_posts": len(setup.val_posts),
            "validation_tokens": setup.val_posts.num_tokens,
        },
        hyperparameters=tracking.scrub(setup.hparams()),
        batching=setup.batching,
        block_size=setup.block_size,
        steps=state.step,
        total_steps=setup.total_steps,
        epochs_completed=round(state.step / setup.steps_per_epoch, 4),
        tokens_seen=state.tokens_seen,
        wall_time_s=round(state.wall_time_s, 3),
        train_time_s=round(state.train_time_s, 3),
        tokens_per_second=round(state.tokens_seen / max(state.train_time_s, 1e-9), 1),
        startup_s=round(run.startup_s if run.startup_s is not None else 0.0, 3),
        final_val_loss=run.val_loss,
        final_val_perplexity=perplexity(run.val_loss),
        best_val_loss=state.best_val_loss,
        best_val_perplexity=perplexity(state.best_val_loss),
        best_step=state.best_step,
        val_history=state.val_history,
        stopped_early=state.stopped_early,
        resumed_from_step=run.resumed_from,
        trackers=tracking.as_dicts(run.trackers),
        hardware={
            "device": setup.accelerator.device.type,
            "device_name": (
                torch.cuda.get_device_name(setup.accelerator.device) if setup.cuda else "cpu"
            ),
            "num_processes": setup.nproc,
            "precision": setup.precision,
            "compile": config.compile,
            "attention": getattr(lm.config, "_attn_implementation", None),
        },
        versions={
            "hubtools": hubtools.__version__,
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "accelerate": accelerate.__version__,
        },
        generation=gen_config.to_diff_dict(),
        stop_reason=_stop_reason(state.stopped_early, state.step, planned),
        planned_steps=planned,
        base_model_id=origin.hub_id,
        base_model_origin=origin.how,
        base_model_revision=origin.revision,
        hub_endpoint=_endpoint() if origin.how == "hub" else None,
    )


def _stop_reason(stopped_early: bool, step: int, planned: int) -> str:
    """Why training ended: every planned epoch ran, the step limit, or early stopping."""
    if stopped_early:
        return "early_stopping"
    return "completed" if step >= planned else "max_steps"


def _endpoint() -> str:
    from huggingface_hub import constants

    return str(constants.ENDPOINT).rstrip("/")
