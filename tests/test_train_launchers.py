"""`accelerate launch` and `torchrun` of `hubtools train`: 2 CPU processes (gloo) make ONE run.

One run folder, one summary saying 2 processes, one tracker run, one result line, and the same
losses as 1 process with 2x gradient accumulation (the math is the same: no dropout). A kill
of every process mid-epoch resumes from the last checkpoint (under the other launcher). And
the launch that silently trained on one process (`accelerate launch --cpu --num_processes 2`,
which starts a single process unless it has an MPI hostfile) is refused in one line.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from hubtools.tinymodel import build_tiny_model, synthetic_posts, train_tokenizer, write_dataset

ENV = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "WANDB_MODE": "offline"}
ENV.pop("WANDB_API_KEY", None)
TOLERANCE = 1e-5  # gloo may sum in another order; measured difference 0.0
BLOCK, BATCH = 32, 4
TORCHRUN = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2"]
ACCELERATE = [sys.executable, "-m", "accelerate.commands.launch", "--main_process_port", "0"]


def whole_batches(posts: list[str], tokenizer, validation: int) -> list[str]:
    """Cut the posts so packed blocks fill whole batches of 2 processes in every epoch (else
    Accelerate's even_batches tops up the last one, which a single process does not see)."""
    tokens = 0
    for n, text in enumerate(posts[validation:], start=validation + 1):
        tokens += len(tokenizer(text)["input_ids"]) + 1  # + EOS
        if n > 150 and -(-tokens // BLOCK) % (2 * BATCH) == 0:
            return posts[:n]
    raise AssertionError("no cut found")


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("launch")
    corpus = synthetic_posts(300, seed=5)
    model = build_tiny_model(root / "gpt2", corpus, dropout=0.0)  # no dropout: same math
    posts = whole_batches(corpus, train_tokenizer(corpus), validation=30)
    ds = write_dataset(root / "ds", posts, validation=30)

    def args(out: str, *extra: str) -> list[str]:
        return [
            "-m", "hubtools", "train", str(ds), "-o", str(root / out), "--base-model", str(model),
            "--lr", "3e-3", "--batch-size", str(BATCH), "--block-size", str(BLOCK),
            "--epochs", "2", "--eval-steps", "6", "--save-steps", "3", "--tracker", "none",
            *extra,
        ]  # fmt: skip

    single = run([sys.executable, *args("single", "--grad-accum", "2")])
    assert single.returncode == 0, single.stderr
    return root, args, summary(root / "single")


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=300)


def summary(run_dir: Path) -> dict:
    return json.loads((run_dir / "training_summary.json").read_text())


def assert_same_run(one: dict, two: dict) -> None:
    assert one["hardware"]["num_processes"] == 1 and two["hardware"]["num_processes"] == 2
    assert two["hyperparameters"]["effective_batch_size"] == 2 * BATCH
    assert two["steps"] == one["steps"] > two["hyperparameters"]["steps_per_epoch"]
    assert two["tokens_seen"] == one["tokens_seen"]
    for a, b in zip(one["val_history"], two["val_history"], strict=True):
        assert a["step"] == b["step"]
        assert abs(a["val_loss"] - b["val_loss"]) <= TOLERANCE
    assert abs(one["final_val_loss"] - two["final_val_loss"]) <= TOLERANCE


def test_accelerate_launch_two_cpu_processes_make_one_run(setup):
    root, args, one = setup
    proc = run(
        [*ACCELERATE, "--multi_gpu", "--num_processes", "2", *args("accel", "--tracker", "wandb")]
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.strip().splitlines()) == 1  # the result line comes from rank 0 only
    two = summary(root / "accel")
    assert_same_run(one, two)
    assert two["resumed_from_step"] is None
    # One tracker run, written by the main process only.
    assert [t["name"] for t in two["trackers"]] == ["wandb"]
    assert len(list((root / "accel" / "wandb").glob("offline-run-*"))) == 1
    # One checkpoint series; each checkpoint holds both processes' RNG states.
    (last, *_) = sorted((root / "accel" / "checkpoints").iterdir(), reverse=True)
    assert sorted(p.name for p in last.glob("rng_state_*.pt")) == [
        "rng_state_0.pt",
        "rng_state_1.pt",
    ]


def kill_everything(proc: subprocess.Popen) -> None:
    """SIGKILL the launcher and every worker (torchrun puts workers in their own sessions)."""
    tree = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    assert len(tree) >= 3, tree  # launcher + 2 workers
    for p in tree:
        p.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    deadline = time.monotonic() + 60
    while not all(map(dead, tree)):
        assert time.monotonic() < deadline, "workers still running 60 s after SIGKILL"
        time.sleep(0.01)


def dead(p: psutil.Process) -> bool:
    try:
        return p.status() == psutil.STATUS_ZOMBIE  # killed, not yet reaped by its new parent
    except psutil.NoSuchProcess:
        return True


def newest_step(run_dir: Path) -> int:
    from hubtools.train.checkpoint import complete_checkpoints

    steps = [int(p.name.split("-")[1]) for p in complete_checkpoints(run_dir / "checkpoints")]
    return max(steps, default=0)


def test_torchrun_killed_then_resumed_matches_one_process(setup):
    root, args, one = setup
    out = root / "killed"
    per_epoch = one["hyperparameters"]["steps_per_epoch"]
    log = root / "killed.log"  # a file, not a pipe: a full pipe would stall the workers
    with log.open("w") as err:
        victim = subprocess.Popen(
            [*TORCHRUN, *args("killed")], env=ENV, stdout=subprocess.DEVNULL, stderr=err
        )
    deadline = time.monotonic() + 300
    while newest_step(out) <= per_epoch:  # a checkpoint inside the second epoch
        assert victim.poll() is None, f"training ended early: {log.read_text()}"
        assert time.monotonic() < deadline, "no checkpoint in the second epoch after 300 s"
        time.sleep(0.01)
    kill_everything(victim)
    reached = newest_step(out)
    assert not (out / "model").exists() and reached < one["steps"]  # really killed mid-run

    # Resume under the other launcher: a run belongs to its folder, not to its launcher.
    cmd = [*ACCELERATE, "--multi_gpu", "--num_processes", "2", *args("killed")]
    resumed = run(cmd)
    assert resumed.returncode == 0, resumed.stderr
    two = summary(out)
    assert reached <= two["resumed_from_step"] < two["steps"]
    assert_same_run(one, two)


def test_accelerate_cpu_launch_of_one_process_is_refused(setup):
    """`--cpu --num_processes 2` starts ONE process (more only through MPI): say so, train nothing."""
    root, args, _ = setup
    proc = run([*ACCELERATE, "--cpu", "--num_processes", "2", "--quiet", *args("refused")])
    assert proc.returncode != 0
    errors = [x for x in proc.stderr.splitlines() if x.startswith("hubtools: error: ")]
    assert len(errors) == 1 and "started 1 process" in errors[0], proc.stderr
    assert "torchrun --nproc_per_node N" in errors[0]
    assert not (root / "refused" / "checkpoints").exists()
