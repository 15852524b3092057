"""What a CI log of `hubtools push` looks like: plain lines, no library chatter by default."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from hubtools.tinymodel import build_tiny_model, synthetic_posts


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("base") / "tiny", synthetic_posts(300, seed=1))


def _push(tmp: Path, base: Path, *pre: str) -> subprocess.CompletedProcess:
    posts = tmp / "posts.jsonl"
    posts.write_text("".join(json.dumps({"text": t}) + "\n" for t in synthetic_posts(120, seed=3)))
    env = {k: v for k, v in os.environ.items() if k not in ("WANDB_SILENT", "HUBTOOLS_LOG")}
    env.update(WANDB_MODE="offline", WANDB_DIR=str(tmp))
    return subprocess.run(
        [sys.executable, "-m", "hubtools", *pre, "push", f"lg_{uuid.uuid4().hex[:6]}",
         "--source", f"jsonl:{posts}", "--namespace", "huggingtweets", "--base-model", str(base),
         "--workdir", str(tmp / "work"), "--max-steps", "3", "--tracker", "wandb",
         "--seed", "1"],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip


def test_default_log_is_plain_and_free_of_wandb_lines(clean_hub, base_model, tmp_path):
    proc = _push(tmp_path, base_model)
    assert proc.returncode == 0, proc.stderr[-3000:]
    log = proc.stderr
    assert "\r" not in log and "\r" not in proc.stdout
    assert not [line for line in log.splitlines() if line.lstrip().startswith("wandb")], log
    lines = log.splitlines()
    assert any(line.startswith("data: @") for line in lines)  # our own lines stay
    assert any(line.startswith("publishing ") for line in lines)
    # progress of the long steps, as plain lines: reading (posts), tokenizing, the model
    # loading, training and the upload (bytes and speed)
    assert any(re.fullmatch(r"reading jsonl:\S+ \([\d.]+ kB\): 120 posts in .*", x) for x in lines)
    assert any(line.startswith("tokenizing train.jsonl: ") for line in lines), log
    assert any(re.fullmatch(r"loading \S+: done in [\d.]+ s", x) for x in lines), log
    assert any(line.startswith("step 3/3 ") for line in lines), log
    upload = [x for x in lines if x.startswith("upload: ")]
    assert len(upload) == 1 and re.search(
        r" \d+ files, [\d.]+ [kM]B in [\d.]+ s \([\d.,]+ MB/s\)", upload[0]
    ), log


def test_quiet_keeps_only_warnings(clean_hub, base_model, tmp_path):
    proc = _push(tmp_path, base_model, "--quiet")
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert all(line.startswith("warning:") for line in lines), lines
    assert proc.stdout.strip()  # the result itself is not chatter


def test_quiet_and_verbose_together_is_a_user_error():
    proc = subprocess.run(
        [sys.executable, "-m", "hubtools", "-q", "-v", "version"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2 and "contradict" in proc.stderr
