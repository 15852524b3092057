"""Atomic checkpoints that a run killed at any instant can resume from exactly.

A checkpoint is `checkpoints/step-0000120/`: Accelerate's `save_state` (model, optimizer,
its own RNG files), our per-process RNG snapshot and `trainer_state.json`. It is written into
`checkpoints/.tmp-step-0000120/`, fsynced, then renamed: a directory named `step-*` is
complete by construction, so resume never sees half a checkpoint.

The RNG snapshot is taken right after the optimizer step and restored by the loop only after
the resumed data iterator has been built (building one draws from the global RNG), so the
dropout masks after a resume are the ones the uninterrupted run would have drawn.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from hubtools.atomic import write_text
from hubtools.errors import UserError

STATE_FILE = "trainer_state.json"
_NAME = re.compile(r"^step-(\d+)$")


@dataclass
class TrainerState:
    """Progress that is not in the model or optimizer; saved with every checkpoint."""

    step: int = 0
    tokens_seen: int = 0
    train_time_s: float = 0.0  # time inside training steps, all sessions
    wall_time_s: float = 0.0  # session time up to each checkpoint, all sessions
    best_val_loss: float | None = None
    best_step: int | None = None
    evals_without_improvement: int = 0
    val_history: list[dict[str, float]] = field(default_factory=list)
    stopped_early: bool = False
    tracker_run_ids: dict[str, str] = field(default_factory=dict)
    total_steps: int = 0
    num_processes: int = 1
    fingerprint: dict[str, Any] = field(default_factory=dict)
    dataset_fingerprint: str = ""


def capture_rng() -> dict[str, Any]:
    state = {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def restore_rng(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def complete_checkpoints(root: Path) -> list[Path]:
    """Complete checkpoints, oldest first."""
    if not root.is_dir():
        return []
    found = [
        (int(m.group(1)), p)
        for p in root.iterdir()
        if (m := _NAME.match(p.name)) and (p / STATE_FILE).is_file()
    ]
    return [p for _, p in sorted(found)]


def latest_checkpoint(root: Path) -> Path | None:
    done = complete_checkpoints(root)
    return done[-1] if done else None


def remove_partial(root: Path) -> None:
    """Delete leftovers of saves that were killed half-way."""
    if root.is_dir():
        for p in root.glob(".tmp-step-*"):
            shutil.rmtree(p, ignore_errors=True)


def _fsync_tree(path: Path) -> None:
    for p in sorted(path.rglob("*")):
        if p.is_file():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(path)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on directories
    finally:
        os.close(fd)


def save_checkpoint(
    accelerator: Any, root: Path, state: TrainerState, rng: dict[str, Any], keep: int
) -> Path:
    """Collective: every process calls it. Returns the final checkpoint path."""
    final = root / f"step-{state.step:07d}"
    if final.is_dir() and (final / STATE_FILE).is_file():
        return final  # this exact step is already saved (e.g. a finished run re-run)
    tmp = root / f".tmp-step-{state.step:07d}"
    if accelerator.is_main_process:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
    accelerator.wait_for_everyone()
    # Accelerate warns on every save that tied weights (e.g. GPT-2's lm_head) are stored once.
    noisy = logging.getLogger("accelerate.utils.other")
    level = noisy.level
    noisy.setLevel(logging.ERROR)
    try:
        accelerator.save_state(str(tmp))
    finally:
        noisy.setLevel(level)
    torch.save(rng, tmp / f"rng_state_{accelerator.process_index}.pt")
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        write_text(tmp / STATE_FILE, json.dumps(asdict(state), indent=2))
        _fsync_tree(tmp)
        os.rename(tmp, final)
        _fsync_dir(root)
        for old in complete_checkpoints(root)[:-keep]:
            shutil.rmtree(old, ignore_errors=True)
    accelerator.wait_for_everyone()
    return final


def load_checkpoint(accelerator: Any, path: Path) -> tuple[TrainerState, dict[str, Any]]:
    """Restore model and optimizer in place; return the trainer state and this process's RNG."""
    state = TrainerState(**json.loads((path / STATE_FILE).read_text()))
    rng_file = path / f"rng_state_{accelerator.process_index}.pt"
    if state.num_processes != accelerator.num_processes or not rng_file.is_file():
        raise UserError(
            f"{path}: saved by {state.num_processes} process(es), resumed with "
            f"{accelerator.num_processes}; resume with the same number of processes"
        )
    accelerator.load_state(str(path))
    rng = torch.load(rng_file, weights_only=False)  # our own file: Python/NumPy RNG tuples
    return state, rng
