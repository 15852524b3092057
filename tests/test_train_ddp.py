"""Multi-process: 2 CPU processes (DDP over gloo, via torchrun) == 1 process with 2x accumulation."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

from hubtools.tinymodel import build_tiny_model, synthetic_posts, train_tokenizer, write_dataset

ENV = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
# Measured difference: 0.0 (bitwise). The tolerance allows for gloo summing in another order.
TOLERANCE = 1e-5
BLOCK, BATCH = 32, 4


def posts_filling_whole_batches(posts: list[str], tokenizer) -> list[str]:
    """Trim so the packed blocks split into full batches on both processes.

    Otherwise Accelerate's even_batches tops up the last DDP batch of an epoch with samples
    from the start, which a single process does not see.
    """
    eos = tokenizer.eos_token_id
    total = sum(len(tokenizer(t)["input_ids"]) + 1 for t in posts[:40])  # validation posts
    train_tokens = 0
    for n, text in enumerate(posts[40:], start=41):
        train_tokens += len(tokenizer(text)["input_ids"]) + (eos is not None)
        if n > 200 and math.ceil(train_tokens / BLOCK) % (2 * BATCH) == 0:
            return posts[:n]
    raise AssertionError(f"no cut found ({total} tokens)")


def test_two_processes_match_one_with_double_accumulation(tmp_path):
    corpus = synthetic_posts(400, seed=5)
    model = build_tiny_model(tmp_path / "gpt2", corpus, dropout=0.0)  # no dropout: same math
    posts = posts_filling_whole_batches(corpus, train_tokenizer(corpus))
    ds = write_dataset(tmp_path / "ds", posts, validation=40)

    def cmd(out, *extra):
        return [
            "-m", "hubtools", "train", str(ds), "-o", str(tmp_path / out),
            "--base-model", str(model), "--lr", "3e-3", "--batch-size", str(BATCH),
            "--block-size", str(BLOCK), "--epochs", "2", "--eval-steps", "10", "--tracker", "none",
            *extra,
        ]  # fmt: skip

    ddp = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--standalone",
            "--nproc_per_node",
            "2",
            *cmd("ddp"),
        ],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    single = subprocess.run(
        [sys.executable, *cmd("single", "--grad-accum", "2")],
        env=ENV,
        capture_output=True,
        text=True,
    )
    ddp_out, ddp_err = ddp.communicate(timeout=300)
    assert single.returncode == 0, single.stderr
    assert ddp.returncode == 0, ddp_err
    assert len(ddp_out.strip().splitlines()) == 1  # the result line comes from rank 0 only

    one = json.loads((tmp_path / "single" / "training_summary.json").read_text())
    two = json.loads((tmp_path / "ddp" / "training_summary.json").read_text())
    assert two["hardware"]["num_processes"] == 2 and one["hardware"]["num_processes"] == 1
    assert two["steps"] == one["steps"] > 20  # crosses an epoch boundary
    assert two["tokens_seen"] == one["tokens_seen"]
    for a, b in zip(one["val_history"], two["val_history"], strict=True):
        assert a["step"] == b["step"]
        assert abs(a["val_loss"] - b["val_loss"]) <= TOLERANCE
