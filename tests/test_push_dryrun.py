"""`push --dry-run` is dry: it prints the plan and the card, never trains and never publishes.

Without a finished run for the settings given, the card's training figures read "pending";
with one, the dry run shows the card that run would publish.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from huggingface_hub import HfApi

from hubtools.tinymodel import build_tiny_model, synthetic_posts

ORG = "huggingtweets"


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("base") / "tiny", synthetic_posts(300, seed=1))


def _source(tmp: Path, n: int = 150) -> str:
    posts = tmp / "posts.jsonl"
    posts.write_text("".join(json.dumps({"text": t}) + "\n" for t in synthetic_posts(n, seed=4)))
    return f"jsonl:{posts}"


def _push(handle: str, source: str, base: Path, work: Path, *extra: str):
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "push", handle, "--source", source,
         "--namespace", ORG, "--base-model", str(base), "--workdir", str(work),
         "--tracker", "none", "--seed", "1", *extra],
        capture_output=True, text=True, timeout=600, env=dict(os.environ),
    )  # fmt: skip


def _table(card: str) -> dict[str, str]:
    """The card's `| key | value |` rows (hyperparameters, data table), Markdown unescaped."""
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", card, re.M)
    return {key.replace("\\_", "_"): value for key, value in rows}


def test_dry_run_without_a_run_plans_without_training(clean_hub, base_model, tmp_path):
    handle = f"dry_{uuid.uuid4().hex[:6]}"
    work = tmp_path / "work"
    proc = _push(handle, _source(tmp_path), base_model, work, "--dry-run", "--max-steps", "3")
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert re.search(r"^ +add  README\.md  \(\d[\d,]* bytes\)$", out, re.M), out[:2000]
    assert re.search(r"^pending  model files", out, re.M)
    assert re.search(r"^pending  predictions\.png", out, re.M)
    card = out[out.index("---\n") :]
    rows = _table(card)
    for fact in ("steps", "tokens_seen", "epochs_completed"):
        assert rows.get(fact) == "pending", (fact, rows)
    assert rows.get("max_steps") == "3"  # a setting is shown as planned
    assert rows.get("Posts downloaded") == "150"  # the data stage's facts are real
    assert "## Evaluation" not in card and "## Sample generations" not in card
    # nothing trained, nothing published
    assert not (work / "run").exists()
    assert not list(work.rglob("*.safetensors")) and not list(work.rglob("checkpoint*"))
    assert not HfApi().repo_exists(f"{ORG}/{handle}")
    assert "pending" in proc.stderr  # the log says why the figures are missing

    again = _push(handle, _source(tmp_path), base_model, work, "--dry-run", "--max-steps", "3",
                  "--json")  # fmt: skip
    assert again.returncode == 0, again.stderr[-3000:]
    result = json.loads(again.stdout)
    assert result["stages"] == {"data": "skipped", "train": "pending", "publish": "dry-run"}
    assert len(result["pending"]) == 2 and result["commit_oid"] is None
    assert not (work / "run").exists()


def test_dry_run_with_a_finished_run_shows_its_card(clean_hub, base_model, tmp_path):
    handle = f"dry_{uuid.uuid4().hex[:6]}"
    work, source = tmp_path / "work", _source(tmp_path)
    real = _push(handle, source, base_model, work, "--max-steps", "2", "--json")
    assert real.returncode == 0, real.stderr[-3000:]
    published = json.loads(real.stdout)
    repo_id = f"{ORG}/{handle}"
    commits = len(HfApi().list_repo_commits(repo_id))

    proc = _push(handle, source, base_model, work, "--max-steps", "2", "--license", "mit",
                 "--dry-run")  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert re.search(r"^ +update  README\.md", out, re.M), out[:2000]
    assert "pending" not in out
    summary = json.loads((work / "run" / "training_summary.json").read_text())
    rows = _table(out[out.index("---\n") :])
    assert rows.get("steps") == str(summary["steps"]) == "2"
    assert "license: mit" in out
    assert len(HfApi().list_repo_commits(repo_id)) == commits  # a dry run commits nothing
    assert HfApi().model_info(repo_id).sha == published["commit_oid"]

    # other settings: that run is not this model; the dry run neither trains nor deletes it
    changed = _push(handle, source, base_model, work, "--max-steps", "3", "--dry-run", "--json")
    assert changed.returncode == 0, changed.stderr[-3000:]
    assert json.loads(changed.stdout)["stages"]["train"] == "pending"
    assert json.loads((work / "run" / "training_summary.json").read_text()) == summary
