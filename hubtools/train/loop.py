"""The training loop: `run_training(config) -> TrainingSummary`.

Read top to bottom: check inputs (before anything slow), build the Accelerator, data, model
and optimizer, resume if a checkpoint exists, train (eval, log, checkpoint as we go), then
save the model, samples and summary. Works unchanged under `accelerate launch`/`torchrun`.

Exact resume (bitwise on CPU, dropout on) rests on four things: a seeded data order that
depends only on (seed, epoch) (Accelerate's seedable sampler or our length-grouped sampler,
plus `set_epoch`); skipping the batches already consumed in the epoch
(`skip_first_batches`); restoring the RNG the interrupted run had after that step, *after*
the new iterator has been built; and the learning rate being a pure function of the step.
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import torch

from hubtools.atomic import write_text
from hubtools.errors import UserError
from hubtools.train import checkpoint as ckpt
from hubtools.train import data as D
from hubtools.train import tracking
from hubtools.train.config import TrainConfig
from hubtools.train.generate import generate_samples, generation_config
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
from hubtools.train.progress import Reporter
from hubtools.train.summary import SAMPLES_FILE, TrainingSummary, perplexity


@dataclass(frozen=True)
class StepInfo:
    """Passed to `on_step` after every optimizer step (benchmarks, progress of callers)."""

    step: int
    total_steps: int
    time: float  # time.perf_counter() at the end of the step (no device sync)
    duration: float  # seconds since the previous step ended (data fetch included)


def lr_at(step: int, total: int, config: TrainConfig) -> float:
    """Linear warmup, then cosine decay to lr * min_lr_ratio (nanoGPT's get_lr)."""
    warmup = round(config.warmup_ratio * total)
    min_lr = config.lr * config.min_lr_ratio
    if step < warmup:
        return config.lr * (step + 1) / (warmup + 1)
    ratio = (step - warmup) / max(1, total - warmup)
    return min_lr + 0.5 * (1 + math.cos(math.pi * min(1.0, ratio))) * (config.lr - min_lr)


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


class _StopFlag:
    """Ctrl-C asks for a checkpoint at the next step boundary; a second Ctrl-C aborts."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def __enter__(self) -> _StopFlag:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


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


def _evaluate(
    model: CausalLMLoss, batches: list[dict[str, torch.Tensor]], accelerator: Any
) -> float:
    """Mean token loss over the whole validation set, sharded across processes, exact sums."""
    device = accelerator.device
    sums = torch.zeros(2, dtype=torch.float64, device=device)
    was_training = model.training
    model.eval()
    with torch.no_grad(), accelerator.autocast():
        for batch in batches[accelerator.process_index :: accelerator.num_processes]:
            ids, labels = batch["input_ids"].to(device), batch["labels"].to(device)
            sums[0] += model(ids, labels).double()
            sums[1] += D.count_targets(labels)
    model.train(was_training)
    if accelerator.num_processes > 1:
        sums = accelerator.reduce(sums, "sum")
    return float(sums[0] / sums[1].clamp(min=1))


def _micro_batches(loader: Any, grad_accum: int) -> Iterator[list[dict[str, torch.Tensor]]]:
    it = iter(loader)
    while group := list(islice(it, grad_accum)):
        yield group


def run_training(
    config: TrainConfig,
    *,
    progress: bool = False,
    on_step: Callable[[StepInfo], None] | None = None,
) -> TrainingSummary:
    """Fine-tune `config.base_model` on `config.dataset_dir`; resumable; returns the summary.

    User mistakes raise `UserError` before any training starts. `progress` shows a bar (or
    log lines) on stderr; `on_step` is called after every optimizer step.
    """
    try:
        return _train(config, progress, on_step)
    finally:
        # Accelerate keeps its state per process; forget it so that a later in-process run
        # (`hubtools push` training several people) may choose another precision.
        from accelerate.state import AcceleratorState

        AcceleratorState._reset_state()


def _train(
    config: TrainConfig, progress: bool, on_step: Callable[[StepInfo], None] | None
) -> TrainingSummary:
    t_start = time.perf_counter()

    # -- 1. inputs: everything a user can get wrong fails here, before anything slow
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
    run_dir = config.output_dir
    ckpt_root = run_dir / "checkpoints"
    resume_from = _find_resume(config, ckpt_root)
    data_fp = D.dataset_fingerprint(config.dataset_dir)
    resume_state: ckpt.TrainerState | None = None
    if resume_from is not None:
        resume_state = ckpt.TrainerState(**json.loads((resume_from / ckpt.STATE_FILE).read_text()))
        _check_compatible(resume_state, config, resume_from, data_fp)
    run_name = config.run_name or f"{config.dataset_dir.name}-{Path(config.base_model).name}"
    plan = tracking.plan_tracking(
        config.tracker, run_dir, run_name, resume_state.tracker_run_ids if resume_state else {}
    )

    # -- 2. accelerator, data, model
    from accelerate import Accelerator, DataLoaderConfiguration
    from accelerate.utils import ProjectConfiguration, TorchDynamoPlugin, set_seed
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    cuda = torch.cuda.is_available() and not config.cpu
    precision = _precision(config, cuda)
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
    main = accelerator.is_main_process
    if main:
        for note in plan.notes:
            tracking.say(note)
    if cuda:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    set_seed(config.seed, device_specific=True)

    cache_dirs = D.cache_dirs(config.dataset_dir, run_dir)
    with accelerator.main_process_first():
        train_posts = D.load_posts(config.dataset_dir / "train.jsonl", tokenizer, cache_dirs)
        val_posts = D.load_posts(config.dataset_dir / "validation.jsonl", tokenizer, cache_dirs)
    block_size = config.block_size or D.auto_block_size(train_posts, context)

    model = load_model(config.base_model)
    # GPT-2 checks every forward for pad ids when config.pad_token_id is set (a host sync and a
    # warning); our padding is masked by position, so hide it during training, restore to save.
    pad_token_id, model.config.pad_token_id = model.config.pad_token_id, None
    batching = config.batching
    isolate = config.isolate_posts
    if batching != "group" and isolate and not honours_post_isolation(model):
        if batching == "pack":
            raise UserError(
                f"--batching pack: {config.base_model} ignores restarting position ids, so "
                "packed posts cannot be isolated; use --batching group or --no-isolate-posts"
            )
        batching = "group"
    if batching == "auto":
        batching = "pack"
    batching_name = "pack-isolated" if batching == "pack" and isolate else batching

    pad_id = (
        tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    )
    train_dl = D.train_loader(
        train_posts,
        batching=batching,
        block_size=block_size,
        batch_size=config.batch_size,
        isolate=isolate,
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

    nproc = accelerator.num_processes
    batches_per_epoch = len(train_dl)
    if batches_per_epoch == 0:
        raise UserError(
            f"{config.dataset_dir / 'train.jsonl'}: too little data for one batch of "
            f"{config.batch_size} per process; lower --batch-size"
        )
    steps_per_epoch = math.ceil(batches_per_epoch / config.grad_accum)
    total_steps = max(1, math.ceil(config.epochs * steps_per_epoch))
    if config.max_steps:
        total_steps = min(total_steps, config.max_steps)
    eval_every = config.eval_steps or steps_per_epoch

    # -- 3. resume
    state = ckpt.TrainerState(
        total_steps=total_steps,
        num_processes=nproc,
        fingerprint=config.fingerprint(),
        dataset_fingerprint=data_fp,
    )
    pending_rng: dict[str, Any] | None = None
    if resume_from is not None:
        state, pending_rng = ckpt.load_checkpoint(accelerator, resume_from)
    resumed_from = state.step if resume_from is not None else None
    if main:
        ckpt.remove_partial(ckpt_root)

    hparams = {
        **config.hyperparameters(),
        "block_size": block_size,
        "batching": batching_name,
        "precision": precision,
        "num_processes": nproc,
        "effective_batch_size": config.batch_size * config.grad_accum * nproc,
        "total_steps": total_steps,
        "steps_per_epoch": steps_per_epoch,
        "num_parameters": sum(p.numel() for p in model.parameters()),
        "train_posts": len(train_posts),
        "train_tokens": train_posts.num_tokens,
        "validation_posts": len(val_posts),
    }
    accelerator.init_trackers(
        config.project,
        config=tracking.tracker_config(hparams, plan.tracker),
        init_kwargs=plan.init_kwargs,
    )
    infos = tracking.run_infos(accelerator, plan)
    state.tracker_run_ids = {i.name: i.run_id for i in infos if i.run_id} or state.tracker_run_ids

    flops = flops_per_token(model, block_size)
    peak = peak_flops(accelerator.device)
    reporter = Reporter(progress and main, total_steps, state.step)
    if resumed_from is not None:
        reporter.note(f"resuming from {resume_from.name} (step {resumed_from}/{total_steps})")

    # -- 4. train
    wall_base, tokens_base = state.wall_time_s, state.tokens_seen
    tokens_run = torch.zeros((), dtype=torch.float64, device=accelerator.device)  # this session
    log_loss = torch.zeros(2, dtype=torch.float64, device=accelerator.device)  # loss sum, targets
    log_tokens = torch.zeros((), dtype=torch.float64, device=accelerator.device)
    log_time = 0.0
    startup_s: float | None = None
    history = state.val_history
    last_eval_step = history[-1]["step"] if history else -1
    val_loss: float | None = history[-1]["val_loss"] if history else None
    last_save_step = state.step if resume_from is not None else -1

    def sync_counters() -> None:
        """Fold this session's device-side counters into the state (collective)."""
        tokens = accelerator.reduce(tokens_run.clone(), "sum") if nproc > 1 else tokens_run
        state.tokens_seen = tokens_base + int(tokens)
        state.wall_time_s = wall_base + (time.perf_counter() - t_start)

    def save() -> None:
        nonlocal last_save_step
        sync_counters()
        ckpt.save_checkpoint(
            accelerator, ckpt_root, state, ckpt.capture_rng(), config.keep_checkpoints
        )
        last_save_step = state.step

    def evaluate() -> None:
        nonlocal last_eval_step, val_loss
        val_loss = _evaluate(accelerator.unwrap_model(loss_model), val_batches, accelerator)
        last_eval_step = state.step
        state.val_history.append({"step": state.step, "val_loss": val_loss})
        if state.best_val_loss is None or val_loss < state.best_val_loss:
            state.best_val_loss, state.best_step = val_loss, state.step
            state.evals_without_improvement = 0
        else:
            state.evals_without_improvement += 1
        accelerator.log(
            {"val/loss": val_loss, "val/perplexity": perplexity(val_loss)}, step=state.step
        )
        best = " · best" if state.best_step == state.step else ""
        reporter.note(
            f"eval step {state.step}: val loss {val_loss:.4f} · ppl {perplexity(val_loss):.2f}{best}"
        )

    loss_model.train()
    interrupted = False
    with _StopFlag() as stop:
        epoch = state.step // steps_per_epoch
        while state.step < total_steps and not (state.stopped_early or interrupted):
            skip = (state.step % steps_per_epoch) * config.grad_accum
            train_dl.set_epoch(epoch)
            loader = accelerator.skip_first_batches(train_dl, skip) if skip else train_dl
            loader.set_epoch(epoch)
            t_mark = time.perf_counter()  # step clock: includes data fetching, not eval/saves
            for micro in _micro_batches(loader, config.grad_accum):
                if pending_rng is not None:  # the iterator exists now: back to the saved RNG
                    ckpt.restore_rng(pending_rng)
                    pending_rng = None
                if startup_s is None:
                    startup_s = time.perf_counter() - t_start
                targets_local = sum(D.count_targets(b["labels"]) for b in micro)
                targets = (
                    accelerator.reduce(targets_local.clone(), "sum") if nproc > 1 else targets_local
                )
                scale = nproc / targets.clamp(min=1)  # DDP averages gradients over processes
                step_loss = torch.zeros((), device=accelerator.device)
                for i, batch in enumerate(micro):
                    last = i == len(micro) - 1
                    with contextlib.nullcontext() if last else accelerator.no_sync(loss_model):
                        loss_sum = loss_model(
                            batch["input_ids"], batch["labels"], batch.get("position_ids")
                        )
                        accelerator.backward(loss_sum * scale)
                    step_loss += loss_sum.detach()
                    n_tokens = batch["num_tokens"].sum()
                    log_tokens += n_tokens
                    tokens_run += n_tokens
                grad_norm = accelerator.clip_grad_norm_(
                    loss_model.parameters(), config.max_grad_norm
                )
                lr = lr_at(state.step, total_steps, config)
                for group in optimizer.param_groups:
                    group["lr"] = lr
                optimizer.step()
                optimizer.zero_grad(set_to_none=True)
                state.step += 1
                log_loss[0] += step_loss
                log_loss[1] += targets_local

                log_now = state.step % config.log_steps == 0 or state.step == total_steps
                if log_now:  # the only per-step host sync, every log_steps steps
                    sums = accelerator.reduce(log_loss.clone(), "sum") if nproc > 1 else log_loss
                    tokens = (
                        accelerator.reduce(log_tokens.clone(), "sum") if nproc > 1 else log_tokens
                    )
                    loss_value, tokens_value = float(sums[0] / sums[1].clamp(min=1)), float(tokens)
                now = time.perf_counter()
                state.train_time_s += now - t_mark
                log_time += now - t_mark
                if on_step is not None:
                    on_step(StepInfo(state.step, total_steps, now, now - t_mark))
                reporter.step(state.step)
                if log_now:
                    metrics = {
                        "loss": loss_value,
                        "lr": lr,
                        "grad_norm": float(grad_norm) if grad_norm is not None else math.nan,
                        "tokens_per_s": tokens_value / max(log_time, 1e-9),
                        "epoch": state.step / steps_per_epoch,
                    }
                    if peak:
                        metrics["mfu"] = metrics["tokens_per_s"] * flops / (peak * nproc)
                    accelerator.log({f"train/{k}": v for k, v in metrics.items()}, step=state.step)
                    reporter.log(state.step, metrics)
                    log_loss.zero_()
                    log_tokens.zero_()
                    log_time = 0.0

                if state.step % eval_every == 0 or state.step == total_steps:
                    evaluate()
                    patience = config.early_stopping_patience
                    if patience and state.evals_without_improvement >= patience:
                        state.stopped_early = True
                if nproc > 1:  # every process must agree to stop at the same step
                    flag = torch.tensor(float(stop.requested), device=accelerator.device)
                    interrupted = bool(accelerator.reduce(flag, "sum") > 0)
                else:
                    interrupted = stop.requested
                done = state.step >= total_steps or state.stopped_early or interrupted
                if state.step % config.save_steps == 0 or done:
                    save()
                if done:
                    break
                t_mark = time.perf_counter()
            epoch += 1

    reporter.close()
    if interrupted:
        if main:
            tracking.say(
                f"interrupted: saved checkpoint step {state.step} in {ckpt_root}; "
                "run the same command again to resume"
            )
        tracking.finish(accelerator, plan)
        raise KeyboardInterrupt

    # -- 5. finish: final eval, model, samples, summary
    if last_eval_step != state.step:
        evaluate()
    if last_save_step != state.step:
        save()
    final_val = val_loss
    gen_config = generation_config(
        tokenizer,
        top_p=config.top_p,
        min_new_tokens=config.min_new_tokens,
        max_new_tokens=config.max_new_tokens,
        context=context,
    )
    lm = accelerator.unwrap_model(loss_model).lm
    model_dir = run_dir / "model"
    accelerator.wait_for_everyone()
    if main:
        lm.config.use_cache = True  # for inference; training needed it off
        lm.config.pad_token_id = pad_token_id
        lm.generation_config = gen_config
        _save_model(lm, tokenizer, model_dir)
        samples = generate_samples(
            lm,
            tokenizer,
            config.widget_prompts,
            gen_config,
            per_prompt=config.samples_per_prompt,
            seed=config.seed,
        )
        record = {"seed": config.seed, "generation": gen_config.to_diff_dict(), "samples": samples}
        write_text(run_dir / SAMPLES_FILE, json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        tracking.log_samples(accelerator, plan, samples, state.step)
    accelerator.wait_for_everyone()
    sync_counters()

    import accelerate
    import transformers

    import hubtools

    summary = TrainingSummary(
        base_model=config.base_model,
        model_type=base_config.model_type,
        num_parameters=hparams["num_parameters"],
        dataset={
            "dir": str(config.dataset_dir),
            "fingerprint": data_fp,
            "train_posts": len(train_posts),
            "train_tokens": train_posts.num_tokens,
            "validation_posts": len(val_posts),
            "validation_tokens": val_posts.num_tokens,
        },
        hyperparameters=tracking.scrub(hparams),
        batching=batching_name,
        block_size=block_size,
        steps=state.step,
        total_steps=total_steps,
        epochs_completed=round(state.step / steps_per_epoch, 4),
        tokens_seen=state.tokens_seen,
        wall_time_s=round(state.wall_time_s, 3),
        train_time_s=round(state.train_time_s, 3),
        tokens_per_second=round(state.tokens_seen / max(state.train_time_s, 1e-9), 1),
        startup_s=round(startup_s if startup_s is not None else 0.0, 3),
        final_val_loss=final_val,
        final_val_perplexity=perplexity(final_val),
        best_val_loss=state.best_val_loss,
        best_val_perplexity=perplexity(state.best_val_loss),
        best_step=state.best_step,
        val_history=state.val_history,
        stopped_early=state.stopped_early,
        resumed_from_step=resumed_from,
        trackers=tracking.as_dicts(infos),
        hardware={
            "device": accelerator.device.type,
            "device_name": torch.cuda.get_device_name(accelerator.device) if cuda else "cpu",
            "num_processes": nproc,
            "precision": precision,
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
    )
    if main:
        tracking.log_artifacts(
            accelerator,
            plan,
            dataset_dir=config.dataset_dir,
            model_dir=model_dir,
            run_name=run_name,
            hub_model_id=config.hub_model_id,
            include_model=config.log_model_artifact,
            metadata={"base_model": config.base_model, "val_loss": final_val, "steps": state.step},
        )
        summary.write(run_dir)
    tracking.finish(accelerator, plan)
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
