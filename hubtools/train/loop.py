"""The training loop: `run_training(config) -> TrainingSummary`.

`_train` reads top to bottom, nanoGPT-style, as six named steps: check the inputs (before
anything slow), build the Accelerator, data, model and optimizer, start or resume the run
state, start tracking, train (evaluating, logging and checkpointing as it goes), then save
the model, samples and summary. Works unchanged under `torchrun`/`accelerate launch`: every
process runs the same steps; only the main one writes files and talks to trackers.

Exact resume (bitwise on CPU, dropout on) rests on four things: a seeded data order that
depends only on (seed, epoch) (Accelerate's seedable sampler or our length-grouped sampler,
plus `set_epoch`); skipping the batches already consumed in the epoch
(`skip_first_batches`); restoring the RNG the interrupted run had after that step, *after*
the new iterator has been built; and the learning rate being a pure function of the step.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import torch

from hubtools.train import checkpoint as ckpt
from hubtools.train import data as D
from hubtools.train import tracking
from hubtools.train.build import Inputs, Setup, build, check_inputs
from hubtools.train.config import TrainConfig
from hubtools.train.finish import finish
from hubtools.train.modeling import CausalLMLoss
from hubtools.train.progress import Reporter
from hubtools.train.summary import TrainingSummary, perplexity

OnStep = Callable[["StepInfo"], None]


@dataclass(frozen=True)
class StepInfo:
    """Passed to `on_step` after every optimizer step (benchmarks, progress of callers)."""

    step: int
    total_steps: int
    time: float  # time.perf_counter() at the end of the step (no device sync)
    duration: float  # seconds since the previous step ended (data fetch included)


def run_training(
    config: TrainConfig, *, progress: bool = False, on_step: OnStep | None = None
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


def _train(config: TrainConfig, progress: bool, on_step: OnStep | None) -> TrainingSummary:
    t_start = time.perf_counter()
    inputs = check_inputs(config)  # 1. everything a user can get wrong fails here (build.py)
    setup = build(inputs)  # 2. accelerator, data, model, optimizer (build.py)
    run = _start_state(setup, inputs, t_start)  # 3. fresh, or restored from a checkpoint
    _start_tracking(setup, inputs, run, progress)  # 4. trackers and the progress display
    _train_steps(setup, run, on_step)  # 5. train; evaluate, log, checkpoint as we go
    run.reporter.close()
    if run.interrupted:  # Ctrl-C: the checkpoint is saved, the run resumes on the next call
        if setup.accelerator.is_main_process:
            tracking.say(
                f"interrupted: saved checkpoint step {run.ckpt.step} in {setup.ckpt_root}; "
                "run the same command again to resume"
            )
        tracking.finish(setup.accelerator, inputs.plan)
        raise KeyboardInterrupt
    _final_eval_and_save(setup, run)  # the last step is always evaluated and saved
    return finish(setup, inputs, run)  # 6. model, samples, summary (finish.py)


@dataclass
class RunState:
    """What the steps advance. `ckpt` is the part every checkpoint saves; the rest is this
    session's: counters on the device (summed over processes only when read) and clocks."""

    ckpt: ckpt.TrainerState
    t_start: float  # session start (perf_counter)
    resumed_from: int | None  # the step this session resumed at
    pending_rng: dict[str, Any] | None  # restored once the resumed data iterator exists
    tokens_run: torch.Tensor  # non-padding tokens this session, this process
    log_loss: torch.Tensor  # [loss sum, targets] since the last log line
    log_tokens: torch.Tensor  # tokens since the last log line
    last_eval_step: int
    last_save_step: int
    val_loss: float | None
    tokens_base: int = 0  # tokens_seen / wall_time_s of earlier sessions
    wall_base: float = 0.0
    log_time: float = 0.0  # step time since the last log line
    t_mark: float = 0.0  # end of the previous step (the step clock excludes eval and saves)
    startup_s: float | None = None  # session start to the first step
    interrupted: bool = False
    trackers: list[tracking.TrackerInfo] = field(default_factory=list)
    reporter: Reporter = field(default_factory=lambda: Reporter(False, 0, 0))

    def sync_counters(self, setup: Setup) -> None:
        """Fold this session's device-side counters into `ckpt` (collective)."""
        tokens = self.tokens_run
        if setup.nproc > 1:
            tokens = setup.accelerator.reduce(tokens.clone(), "sum")
        self.ckpt.tokens_seen = self.tokens_base + int(tokens)
        self.ckpt.wall_time_s = self.wall_base + (time.perf_counter() - self.t_start)


# ----------------------------------------------------------------------------- 3. state


def _start_state(setup: Setup, inputs: Inputs, t_start: float) -> RunState:
    """A fresh state, or the checkpoint's (model and optimizer are restored in place)."""
    state = ckpt.TrainerState(
        total_steps=setup.total_steps,
        num_processes=setup.nproc,
        fingerprint=setup.config.fingerprint(),
        dataset_fingerprint=inputs.data_fp,
    )
    pending_rng = None
    if inputs.resume_from is not None:
        state, pending_rng = ckpt.load_checkpoint(setup.accelerator, inputs.resume_from)
    if setup.accelerator.is_main_process:
        ckpt.remove_partial(setup.ckpt_root)
    device, history = setup.accelerator.device, state.val_history
    return RunState(
        ckpt=state,
        t_start=t_start,
        resumed_from=state.step if inputs.resume_from is not None else None,
        pending_rng=pending_rng,
        tokens_run=torch.zeros((), dtype=torch.float64, device=device),
        log_loss=torch.zeros(2, dtype=torch.float64, device=device),
        log_tokens=torch.zeros((), dtype=torch.float64, device=device),
        last_eval_step=int(history[-1]["step"]) if history else -1,
        last_save_step=state.step if inputs.resume_from is not None else -1,
        val_loss=history[-1]["val_loss"] if history else None,
        tokens_base=state.tokens_seen,
        wall_base=state.wall_time_s,
    )


# -------------------------------------------------------------------------- 4. tracking


def _start_tracking(setup: Setup, inputs: Inputs, run: RunState, progress: bool) -> None:
    """Trackers (main process only, inside Accelerate) and the progress bar or log lines."""
    accelerator = setup.accelerator
    accelerator.init_trackers(
        setup.config.project,
        config=tracking.tracker_config(setup.hparams(), inputs.plan.tracker),
        init_kwargs=inputs.plan.init_kwargs,
    )
    run.trackers = tracking.run_infos(accelerator, inputs.plan)
    run.ckpt.tracker_run_ids = {
        i.name: i.run_id for i in run.trackers if i.run_id
    } or run.ckpt.tracker_run_ids
    main = accelerator.is_main_process
    run.reporter = Reporter(progress and main, setup.total_steps, run.ckpt.step)
    if inputs.resume_from is not None:
        run.reporter.note(
            f"resuming from {inputs.resume_from.name} (step {run.resumed_from}/{setup.total_steps})"
        )


# ----------------------------------------------------------------------------- 5. train


def _train_steps(setup: Setup, run: RunState, on_step: OnStep | None) -> None:
    """Optimizer steps, epoch after epoch, until the last step, early stop or Ctrl-C."""
    setup.loss_model.train()
    state = run.ckpt
    with _StopFlag() as stop:
        epoch = state.step // setup.steps_per_epoch
        while state.step < setup.total_steps and not (state.stopped_early or run.interrupted):
            loader = _epoch_loader(setup, state.step, epoch)
            run.t_mark = time.perf_counter()
            for micro in _micro_batches(loader, setup.config.grad_accum):
                if run.pending_rng is not None:  # the iterator exists now: back to the saved RNG
                    ckpt.restore_rng(run.pending_rng)
                    run.pending_rng = None
                if run.startup_s is None:
                    run.startup_s = time.perf_counter() - run.t_start
                # forward, backward, update
                grad_norm, lr = _optimizer_step(setup, run, micro)
                # clocks and logging: reading the loss syncs with the device, so only at log steps
                log_due = (
                    state.step % setup.config.log_steps == 0 or state.step == setup.total_steps
                )
                window = _read_log_window(setup, run) if log_due else None
                _clock_step(setup, run, on_step)
                if window is not None:
                    _log_metrics(setup, run, window, lr, grad_norm)
                # evaluate and checkpoint when due; the last step, early stop or Ctrl-C end it
                if _evaluate_and_save(setup, run, stop):
                    break
                run.t_mark = time.perf_counter()
            epoch += 1


def _epoch_loader(setup: Setup, step: int, epoch: int) -> Any:
    """This epoch's batches (order fixed by seed and epoch), minus those already trained on."""
    skip = (step % setup.steps_per_epoch) * setup.config.grad_accum
    setup.train_dl.set_epoch(epoch)
    loader = setup.accelerator.skip_first_batches(setup.train_dl, skip) if skip else setup.train_dl
    loader.set_epoch(epoch)
    return loader


def _micro_batches(loader: Any, grad_accum: int) -> Iterator[list[dict[str, torch.Tensor]]]:
    it = iter(loader)
    while group := list(islice(it, grad_accum)):
        yield group


def _optimizer_step(
    setup: Setup, run: RunState, micro: list[dict[str, torch.Tensor]]
) -> tuple[Any, float]:
    """Forward/backward over the micro-batches, clip, step; returns (grad norm, lr).

    The loss is normalised per target token over the whole step on all processes, so N
    processes x 1 micro-batch == 1 process x N micro-batches; gradients sync on the last one.
    """
    accelerator, model = setup.accelerator, setup.loss_model
    targets_local = torch.stack([D.count_targets(b["labels"]) for b in micro]).sum()
    targets = accelerator.reduce(targets_local.clone(), "sum") if setup.nproc > 1 else targets_local
    scale = setup.nproc / targets.clamp(min=1)  # DDP averages gradients over processes
    step_loss = torch.zeros((), device=accelerator.device)
    for i, batch in enumerate(micro):
        last = i == len(micro) - 1
        with contextlib.nullcontext() if last else accelerator.no_sync(model):
            loss_sum = model(batch["input_ids"], batch["labels"], batch.get("position_ids"))
            accelerator.backward(loss_sum * scale)
        step_loss += loss_sum.detach()
        n_tokens = batch["num_tokens"].sum()
        run.log_tokens += n_tokens
        run.tokens_run += n_tokens
    grad_norm = accelerator.clip_grad_norm_(model.parameters(), setup.config.max_grad_norm)
    lr = lr_at(run.ckpt.step, setup.total_steps, setup.config)
    for group in setup.optimizer.param_groups:
        group["lr"] = lr
    setup.optimizer.step()
    setup.optimizer.zero_grad(set_to_none=True)
    run.ckpt.step += 1
    run.log_loss[0] += step_loss
    run.log_loss[1] += targets_local
    return grad_norm, lr


def lr_at(step: int, total: int, config: TrainConfig) -> float:
    """Linear warmup, then cosine decay to lr * min_lr_ratio (nanoGPT's get_lr)."""
    warmup = round(config.warmup_ratio * total)
    min_lr = config.lr * config.min_lr_ratio
    if step < warmup:
        return config.lr * (step + 1) / (warmup + 1)
    ratio = (step - warmup) / max(1, total - warmup)
    return min_lr + 0.5 * (1 + math.cos(math.pi * min(1.0, ratio))) * (config.lr - min_lr)


def _read_log_window(setup: Setup, run: RunState) -> tuple[float, float]:
    """(mean token loss, tokens) since the last log line, over all processes."""
    sums, tokens = run.log_loss, run.log_tokens
    if setup.nproc > 1:
        sums = setup.accelerator.reduce(sums.clone(), "sum")
        tokens = setup.accelerator.reduce(tokens.clone(), "sum")
    return float(sums[0] / sums[1].clamp(min=1)), float(tokens)


def _clock_step(setup: Setup, run: RunState, on_step: OnStep | None) -> None:
    """Add the step's time to the clocks, then tell the caller and the progress display."""
    now = time.perf_counter()
    run.ckpt.train_time_s += now - run.t_mark
    run.log_time += now - run.t_mark
    if on_step is not None:
        on_step(StepInfo(run.ckpt.step, setup.total_steps, now, now - run.t_mark))
    run.reporter.step(run.ckpt.step)


def _log_metrics(
    setup: Setup, run: RunState, window: tuple[float, float], lr: float, grad_norm: Any
) -> None:
    """One log line (trackers + progress) for the window; then open a new window."""
    loss, tokens = window
    step = run.ckpt.step
    metrics = {
        "loss": loss,
        "lr": lr,
        "grad_norm": float(grad_norm) if grad_norm is not None else math.nan,
        "tokens_per_s": tokens / max(run.log_time, 1e-9),
        "epoch": step / setup.steps_per_epoch,
    }
    if setup.peak_flops:
        metrics["mfu"] = (
            metrics["tokens_per_s"] * setup.flops_per_token / (setup.peak_flops * setup.nproc)
        )
    setup.accelerator.log({f"train/{k}": v for k, v in metrics.items()}, step=step)
    run.reporter.log(step, metrics)
    run.log_loss.zero_()
    run.log_tokens.zero_()
    run.log_time = 0.0


def _evaluate_and_save(setup: Setup, run: RunState, stop: _StopFlag) -> bool:
    """Evaluate, stop early, checkpoint when due; True when the run ends at this step."""
    state, config = run.ckpt, setup.config
    if state.step % setup.eval_every == 0 or state.step == setup.total_steps:
        _evaluate_now(setup, run)
        patience = config.early_stopping_patience
        if patience and state.evals_without_improvement >= patience:
            state.stopped_early = True
    run.interrupted = _any_process(setup.accelerator, stop.requested)  # all stop together
    done = state.step >= setup.total_steps or state.stopped_early or run.interrupted
    if state.step % config.save_steps == 0 or done:
        _save(setup, run)
    return done


def _any_process(accelerator: Any, flag: bool) -> bool:
    """True if `flag` is set on any process (collective under several processes)."""
    if accelerator.num_processes == 1:
        return flag
    count = accelerator.reduce(torch.tensor(float(flag), device=accelerator.device), "sum")
    return bool(count > 0)


def _evaluate_now(setup: Setup, run: RunState) -> None:
    """Validation loss at this step: history, best-so-far, patience, trackers, a note."""
    state = run.ckpt
    val_loss = _evaluate(
        setup.accelerator.unwrap_model(setup.loss_model), setup.val_batches, setup.accelerator
    )
    run.val_loss, run.last_eval_step = val_loss, state.step
    state.val_history.append({"step": state.step, "val_loss": val_loss})
    if state.best_val_loss is None or val_loss < state.best_val_loss:
        state.best_val_loss, state.best_step = val_loss, state.step
        state.evals_without_improvement = 0
    else:
        state.evals_without_improvement += 1
    setup.accelerator.log(
        {"val/loss": val_loss, "val/perplexity": perplexity(val_loss)}, step=state.step
    )
    best = " · best" if state.best_step == state.step else ""
    run.reporter.note(
        f"eval step {state.step}: val loss {val_loss:.4f} · ppl {perplexity(val_loss):.2f}{best}"
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


def _save(setup: Setup, run: RunState) -> None:
    """A checkpoint of this step (collective: every process writes its RNG, main renames)."""
    run.sync_counters(setup)
    ckpt.save_checkpoint(
        setup.accelerator,
        setup.ckpt_root,
        run.ckpt,
        ckpt.capture_rng(),
        setup.config.keep_checkpoints,
    )
    run.last_save_step = run.ckpt.step


def _final_eval_and_save(setup: Setup, run: RunState) -> None:
    """Evaluate and save the last step unless `_evaluate_and_save` just did."""
    if run.last_eval_step != run.ckpt.step:
        _evaluate_now(setup, run)
    if run.last_save_step != run.ckpt.step:
        _save(setup, run)


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
