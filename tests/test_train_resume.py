"""Crash safety with real processes: SIGKILL mid-run then resume == never interrupted; Ctrl-C saves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hubtools.tinymodel import build_tiny_model, synthetic_posts, write_dataset

# The children run single-threaded (same math in every process, and 2 runs share 2 cores).
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("resume")
    posts = synthetic_posts(400, seed=1)
    ds = write_dataset(root / "ds", posts, validation=40)
    model = build_tiny_model(root / "gpt2", posts, dropout=0.1)  # dropout on: RNG must resume too
    return root, ds, model


def train_cmd(ds: Path, model: Path, out: Path, *extra: str) -> list[str]:
    # 360 posts -> 254 blocks of 32 -> 64 steps per epoch at batch 4; 3 epochs = 192 steps.
    return [
        sys.executable, "-m", "hubtools", "train", str(ds), "-o", str(out),
        "--base-model", str(model), "--lr", "3e-3", "--batch-size", "4", "--block-size", "32",
        "--epochs", "3", "--save-steps", "7", "--keep-checkpoints", "2", "--log-steps", "50",
        "--tracker", "none", *extra,
    ]  # fmt: skip


def wait_for_step(run: Path, proc: subprocess.Popen, at_least: int, timeout: float = 300) -> int:
    """Wait until a complete checkpoint of step >= `at_least` exists; return its step.

    Rotation deletes old checkpoints, so a fixed name may come and go unseen on a loaded
    machine: the condition is on the newest step, whatever its name.
    """
    from hubtools.train.checkpoint import complete_checkpoints

    deadline = time.monotonic() + timeout
    while True:
        steps = [int(p.name.split("-")[1]) for p in complete_checkpoints(run / "checkpoints")]
        if steps and max(steps) >= at_least:
            return max(steps)
        assert proc.poll() is None, f"training ended before step {at_least}: {proc.stderr.read()}"
        assert time.monotonic() < deadline, f"no checkpoint >= {at_least} after {timeout} s"
        time.sleep(0.005)


def weights(run: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(run / "model" / "model.safetensors")


def test_sigkill_then_resume_gives_bitwise_identical_weights(setup):
    root, ds, model = setup
    clean, crashed = root / "clean", root / "crashed"
    reference = subprocess.Popen(
        train_cmd(ds, model, clean),
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    victim = subprocess.Popen(
        train_cmd(ds, model, crashed),
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Step 77 is mid-way through epoch 2 (64 steps per epoch): resuming must redo the
    # epoch's shuffle (seedable sampler + set_epoch) and skip the 13 batches already seen.
    reached = wait_for_step(crashed, victim, 77)
    victim.send_signal(signal.SIGKILL)
    assert victim.wait() == -signal.SIGKILL
    assert not (crashed / "model").exists()  # really killed mid-run

    resumed = subprocess.run(
        train_cmd(ds, model, crashed), env=ENV, capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    assert reference.wait(timeout=300) == 0, reference.stderr.read()

    from hubtools.train import read_summary

    summary = read_summary(crashed)
    assert reached <= summary.resumed_from_step < 192 and summary.steps == 192
    a, b = weights(clean), weights(crashed)
    assert a.keys() == b.keys()
    different = [k for k in a if not (a[k] == b[k]).all()]
    assert different == [], f"weights differ after resume: {different}"
    assert read_summary(clean).final_val_loss == summary.final_val_loss
    assert summary.tokens_seen == read_summary(clean).tokens_seen


def test_ctrl_c_saves_a_checkpoint_and_exits_130(setup):
    root, ds, model = setup
    out = root / "interrupted"
    proc = subprocess.Popen(
        train_cmd(ds, model, out, "--epochs", "50"),
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for_step(out, proc, 7)
    proc.send_signal(signal.SIGINT)
    stderr = proc.communicate(timeout=120)[1]
    assert proc.returncode == 130, stderr
    line = next(x for x in stderr.splitlines() if "interrupted: saved checkpoint step" in x)
    step = int(line.split("step ")[1].split()[0])
    assert (out / "checkpoints" / f"step-{step:07d}" / "trainer_state.json").is_file()
    assert not (out / "model").exists()
