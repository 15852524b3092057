"""Steps 1 and 2 of a run: check the inputs, then build what trains.

`check_inputs` fails on everything a user can get wrong (settings, dataset, base model, a
checkpoint made with other settings) before anything slow; `build` then makes, in a fixed,
seeded order, the Accelerator, the tokenized posts, the model, loaders and optimizer.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from hubtools import progress
from hubtools.errors import UserError
from hubtools.train import checkpoint as ckpt
from hubtools.train import data as D
from hubtools.train import tracking
from hubtools.train.config import TrainConfig
from hubtools.train.launch import check_launch
from hubtools.train.modeling import (
    CausalLMLoss,
    context_length,
    flops_per_token,
    honours_post_isolation,
    load_base_config,
    load_model,
    load_tokenizer,
    peak_flops,
)


@dataclass
class Inputs:
    """Step 1's findings: checked settings and what was read before the Accelerator exists."""

    config: TrainConfig
    base_config: Any  # the base model's transformers config
    context: int | None  # its context length, if it has one
    tokenizer: Any
    data_fp: str  # fingerprint of train/validation files
    resume_from: Path | None  # the checkpoint to continue from
    run_name: str
    plan: tracking.TrackingPlan


@dataclass
class Setup:
    """Step 2's products: fixed for the whole session."""

    config: TrainConfig
    accelerator: Any
    precision: str  # as resolved: "no", "bf16" or "fp16"
    cuda: bool
    loss_model: Any  # CausalLMLoss around the LM, prepared (DDP-wrapped under N processes)
    optimizer: Any
    train_dl: Any
    val_batches: list[dict[str, torch.Tensor]]
    train_posts: D.Posts
    val_posts: D.Posts
    block_size: int
    batching: str  # as resolved, for the summary: "pack", "pack-isolated" or "group"
    pad_token_id: int | None  # the model's own, hidden during training, restored to save
    steps_per_epoch: int
    total_steps: int
    eval_every: int
    num_parameters: int
    flops_per_token: float
    peak_flops: float | None  # of one device, for MFU; None where unknown

    @property
    def ckpt_root(self) -> Path:
        return self.config.output_dir / "checkpoints"

    @property
    def nproc(self) -> int:
        return self.accelerator.num_processes

    def hparams(self) -> dict[str, Any]:
        """The settings as resolved (block size, batching, processes...): what trackers and
        the summary record."""
        config = self.config
        return {
            **config.hyperparameters(),
            "block_size": self.block_size,
            "batching": self.batching,
            "precision": self.precision,
            "num_processes": self.nproc,
            "effective_batch_size": config.batch_size * config.grad_accum * self.nproc,
            "total_steps": self.total_steps,
            "steps_per_epoch": self.steps_per_epoch,
            "num_parameters": self.num_parameters,
            "train_posts": len(self.train_posts),
            "train_tokens": self.train_posts.num_tokens,
            "validation_posts": len(self.val_posts),
        }


def check_inputs(config: TrainConfig) -> Inputs:
    """Validate settings, dataset, base model and checkpoint compatibility: no GPU work yet."""
    check_launch()
    config.check()
    D.check_dataset_dir(config.dataset_dir)
    base_config = load_base_config(config.base_model)
    context = context_length(base_config)
    if config.block_size and context and config.block_size > context:
        raise UserError(
            f"--block-size {config.block_size} is larger than {config.base_model}'s context of "
            f"{context} tokens; use --block-size {context} or less"
        )
    tokenizer = load_tokenizer(config.base_model)
    resume_from = _find_resume(config, config.output_dir / "checkpoints")
    data_fp = D.dataset_fingerprint(config.dataset_dir)
    tracker_ids: dict[str, str] = {}
    if resume_from is not None:
        saved = ckpt.TrainerState(**json.loads((resume_from / ckpt.STATE_FILE).read_text()))
        _check_compatible(saved, config, resume_from, data_fp)
        tracker_ids = saved.tracker_run_ids
    run_name = config.run_name or f"{config.dataset_dir.name}-{Path(config.base_model).name}"
    plan = tracking.plan_tracking(config.tracker, config.output_dir, run_name, tracker_ids)
    return Inputs(config, base_config, context, tokenizer, data_fp, resume_from, run_name, plan)


def _find_resume(config: TrainConfig, root: Path) -> Path | None:
    latest = ckpt.latest_checkpoint(root)
    if config.resume is True and latest is None:
        raise UserError(f"--resume: no complete checkpoint in {root}")
    if config.resume is False and latest is not None:
        raise UserError(
            f"{config.output_dir} already has checkpoints ({latest.name}); resume it "
            "(drop --no-resume) or train into a new -o folder"
        )
    return latest


def _check_compatible(
    state: ckpt.TrainerState, config: TrainConfig, path: Path, data_fp: str
) -> None:
    now = config.fingerprint()
    changed = [
        f"{k}={state.fingerprint.get(k)!r} (now {v!r})"
        for k, v in now.items()
        if state.fingerprint.get(k) != v
    ]
    if changed:
        raise UserError(
            f"{path} was trained with {', '.join(changed)}; resume with the same settings "
            "or train into a new -o folder"
        )
    if state.dataset_fingerprint != data_fp:
        raise UserError(
            f"{path} was trained on different train/validation files; use a new -o folder"
        )


def build(inputs: Inputs) -> Setup:
    """Accelerator, tokenized posts, model, loaders and optimizer, in this (seeded) order."""
    config = inputs.config
    accelerator, precision, cuda = _make_accelerator(config, inputs.plan)
    cache_dirs = D.cache_dirs(config.dataset_dir, config.output_dir)
    with accelerator.main_process_first():  # the main process tokenizes and caches
        train_posts = D.load_token_posts(
            config.dataset_dir / "train.jsonl", inputs.tokenizer, cache_dirs
        )
        val_posts = D.load_token_posts(
            config.dataset_dir / "validation.jsonl", inputs.tokenizer, cache_dirs
        )
    block_size = config.block_size or D.auto_block_size(train_posts, inputs.context)

    shown = progress.active() and accelerator.is_main_process
    with progress.step(f"loading {config.base_model}", enabled=shown):
        model = load_model(config.base_model)
    # GPT-2 checks every forward for pad ids when config.pad_token_id is set (a host sync and a
    # warning); our padding is masked by position, so hide it during training, restore to save.
    lm_config: Any = model.config
    pad_token_id, lm_config.pad_token_id = lm_config.pad_token_id, None
    batching, batching_name = _resolve_batching(config, model)
    tok = inputs.tokenizer
    pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    train_dl = D.train_loader(
        train_posts,
        batching=batching,
        block_size=block_size,
        batch_size=config.batch_size,
        isolate=config.isolate_posts,
        pad_id=pad_id,
        seed=config.seed,
        drop_last=config.compile,  # fixed shapes: no recompilation for a short last batch
        pad_multiple=8 if cuda else 1,
        pin_memory=cuda,
    )
    val_batches = D.eval_batches(
        val_posts, block_size=block_size, max_tokens=config.batch_size * block_size, pad_id=pad_id
    )
    model.to(accelerator.device)
    optimizer = make_optimizer(model, config, accelerator.device)
    loss_model, optimizer, train_dl = accelerator.prepare(CausalLMLoss(model), optimizer, train_dl)

    steps_per_epoch, total_steps = _schedule(config, len(train_dl))
    return Setup(
        config=config,
        accelerator=accelerator,
        precision=precision,
        cuda=cuda,
        loss_model=loss_model,
        optimizer=optimizer,
        train_dl=train_dl,
        val_batches=val_batches,
        train_posts=train_posts,
        val_posts=val_posts,
        block_size=block_size,
        batching=batching_name,
        pad_token_id=pad_token_id,
        steps_per_epoch=steps_per_epoch,
        total_steps=total_steps,
        eval_every=config.eval_steps or steps_per_epoch,
        num_parameters=sum(p.numel() for p in model.parameters()),
        flops_per_token=flops_per_token(model, block_size),
        peak_flops=peak_flops(accelerator.device),
    )


def _make_accelerator(config: TrainConfig, plan: tracking.TrackingPlan) -> tuple[Any, str, bool]:
    """The Accelerator (seedable sampler for exact resume), then the global seed."""
    from accelerate import Accelerator, DataLoaderConfiguration
    from accelerate.utils import ProjectConfiguration, TorchDynamoPlugin, set_seed
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    cuda = torch.cuda.is_available() and not config.cpu
    precision = _precision(config, cuda)
    run_dir = config.output_dir
    accelerator = Accelerator(
        cpu=config.cpu or not _has_accelerator(),  # Accelerate detects multi-CPU (gloo) only so
        mixed_precision=precision,
        log_with=plan.log_with,
        project_config=ProjectConfiguration(
            project_dir=str(run_dir), logging_dir=str(run_dir / "tensorboard")
        ),
        dataloader_config=DataLoaderConfiguration(
            use_seedable_sampler=True, data_seed=config.seed, non_blocking=cuda
        ),
        dynamo_plugin=TorchDynamoPlugin(backend="inductor") if config.compile else None,
    )
    if accelerator.is_main_process:
        for note in plan.notes:
            tracking.say(note)
    if cuda:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    set_seed(config.seed, device_specific=True)
    return accelerator, precision, cuda


def _precision(config: TrainConfig, cuda: bool) -> str:
    if config.precision != "auto":
        return config.precision
    if not cuda:
        return "no"  # bf16 autocast on a CPU without native bf16 is ~17x slower
    return "bf16" if torch.cuda.is_bf16_supported() else "fp16"


def _has_accelerator() -> bool:
    xpu = getattr(torch, "xpu", None)
    return (
        torch.cuda.is_available()
        or torch.backends.mps.is_available()
        or bool(xpu is not None and xpu.is_available())
    )


def _resolve_batching(config: TrainConfig, model: Any) -> tuple[str, str]:
    """(batching for the loader, name for the summary): auto packs, isolated if possible."""
    batching, isolate = config.batching, config.isolate_posts
    if batching != "group" and isolate and not honours_post_isolation(model):
        if batching == "pack":
            raise UserError(
                f"--batching pack: {config.base_model} ignores restarting position ids, so "
                "packed posts cannot be isolated; use --batching group or --no-isolate-posts"
            )
        batching = "group"
    if batching == "auto":
        batching = "pack"
    return batching, "pack-isolated" if batching == "pack" and isolate else batching


def _schedule(config: TrainConfig, batches_per_epoch: int) -> tuple[int, int]:
    """(steps per epoch, total steps) for this process's share of the batches."""
    if batches_per_epoch == 0:
        raise UserError(
            f"{config.dataset_dir / 'train.jsonl'}: too little data for one batch of "
            f"{config.batch_size} per process; lower --batch-size"
        )
    steps_per_epoch = math.ceil(batches_per_epoch / config.grad_accum)
    total_steps = max(1, math.ceil(config.epochs * steps_per_epoch))
    if config.max_steps:
        total_steps = min(total_steps, config.max_steps)
    return steps_per_epoch, total_steps


def make_optimizer(
    model: torch.nn.Module, config: TrainConfig, device: torch.device
) -> torch.optim.Optimizer:
    """AdamW, decay on matrices only (not biases/norms), fused where the device supports it."""
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [
        {"params": [p for p in params if p.dim() >= 2], "weight_decay": config.weight_decay},
        {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0},
    ]
    try:
        return torch.optim.AdamW(groups, lr=config.lr, betas=config.betas, fused=True)
    except (RuntimeError, ValueError):  # no fused kernel for this device
        return torch.optim.AdamW(groups, lr=config.lr, betas=config.betas)
