"""`hubtools push` end to end against the local Hub, through the CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import BOB_TOKEN
from huggingface_hub import HfApi

from hubtools.tinymodel import build_tiny_model, synthetic_posts

ORG = "huggingtweets"


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    """A tiny GPT-2 built from a config, tokenizer trained on fictional posts: no download."""
    return build_tiny_model(
        tmp_path_factory.mktemp("base") / "tiny-gpt2", synthetic_posts(400, seed=1)
    )


def _jsonl(path: Path, n: int, seed: int, extra: list[str] = ()) -> str:
    rows = [{"text": t} for t in [*synthetic_posts(n, seed=seed), *extra]]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return f"jsonl:{path}"


def _push(args: list[str], env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "push", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def _common(base_model: Path, workdir: Path) -> list[str]:
    return ["--namespace", ORG, "--base-model", str(base_model), "--workdir", str(workdir),
            "--max-steps", "4", "--tracker", "none", "--json"]  # fmt: skip


def _commits(repo_id: str) -> list[str]:
    return [c.title for c in HfApi().list_repo_commits(repo_id)]


def test_push_one_user_then_noop_then_retrain(clean_hub, base_model, tmp_path):
    handle = f"ada_{uuid.uuid4().hex[:6]}"
    source = _jsonl(
        tmp_path / "ada.jsonl", 200, seed=2, extra=["RT @x: a repost that must not count as kept"]
    )
    proc = _push([handle, "--source", source, *_common(base_model, tmp_path / "work")])
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    repo_id = f"{ORG}/{handle}"
    assert result["repo_id"] == repo_id and result["action"] == "created"
    assert result["stages"] == {"data": "ran", "train": "ran", "publish": "created"}

    files = set(HfApi().list_repo_files(repo_id))
    assert {"README.md", "config.json", "model.safetensors", "tokenizer.json", "predictions.png",
            "generation_config.json", "hubtools.json"} <= files  # fmt: skip
    assert _commits(repo_id) == [
        f"New model for @{handle}",
        "initial commit",
    ]  # one commit holds all
    for name in ("tokenizer_config.json", "config.json", "generation_config.json"):
        published = json.loads(Path(HfApi().hf_hub_download(repo_id, name)).read_text())
        assert "is_local" not in published, name  # how it was loaded here is no fact there
        assert str(base_model) not in json.dumps(published), name  # no local path leaks
    local = json.loads((tmp_path / "work" / "run" / "model" / "tokenizer_config.json").read_text())
    assert local.get("is_local") is True  # the run's own copy said so: the test tests something
    card_file = tmp_path / "README.md"
    card_file.write_bytes(Path(HfApi().hf_hub_download(repo_id, "README.md")).read_bytes())
    lint = subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "lint", str(card_file)],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    card = card_file.read_text()
    assert f"thumbnail: {os.environ['HF_ENDPOINT']}/{repo_id}/resolve/main/predictions.png" in card
    assert "| Posts downloaded | 201 |" in card or "| Tweets downloaded | 201 |" in card
    assert os.environ["HF_TOKEN"] not in card

    proc = _push([handle, "--source", source, *_common(base_model, tmp_path / "work")])
    assert proc.returncode == 0, proc.stderr
    again = json.loads(proc.stdout)
    assert again["action"] == "unchanged"
    assert again["stages"] == {"data": "skipped", "train": "skipped", "publish": "unchanged"}
    assert len(_commits(repo_id)) == 2

    weights = HfApi().model_info(repo_id, files_metadata=True)
    before = {s.rfilename: s.blob_id for s in weights.siblings}
    source = _jsonl(tmp_path / "ada.jsonl", 260, seed=3)  # new posts: retrain
    proc = _push([handle, "--source", source, *_common(base_model, tmp_path / "work")])
    assert proc.returncode == 0, proc.stderr
    retrained = json.loads(proc.stdout)
    assert retrained["action"] == "updated" and retrained["stages"]["train"] == "ran"
    assert len(_commits(repo_id)) == 3
    after = {
        s.rfilename: s.blob_id for s in HfApi().model_info(repo_id, files_metadata=True).siblings
    }
    assert after["model.safetensors"] != before["model.safetensors"]
    assert after["README.md"] != before["README.md"]


def test_push_three_users_under_faults_makes_exactly_one_commit(clean_hub, base_model, tmp_path):
    tag = uuid.uuid4().hex[:5]
    handles = [f"zed_{tag}", f"amy_{tag}", f"kim_{tag}"]  # card order is the order given
    sources = [_jsonl(tmp_path / f"{h}.jsonl", 160, seed=i + 10) for i, h in enumerate(handles)]
    repo_id = f"{ORG}/{'-'.join(sorted(handles))}"
    clean_hub.set_faults(
        [
            f"POST /api/models/{repo_id}/commit/*:503:x1",
            f"POST /api/models/{repo_id}/commit/*:drop-after:x1",
        ]
    )
    args = [
        *handles,
        *[x for s in sources for x in ("--source", s)],
        *_common(base_model, tmp_path / "w"),
    ]
    proc = _push(args)
    clean_hub.clear_faults()
    assert proc.returncode == 0, proc.stderr
    assert "landed despite" in proc.stderr
    assert _commits(repo_id) == [f"New model for @{' @'.join(handles)}", "initial commit"]
    card = Path(HfApi().hf_hub_download(repo_id, "README.md")).read_text()
    header = next(line for line in card.splitlines() if line.startswith("| Data |"))
    assert header == f"| Data | {' | '.join(h.replace('_', chr(92) + '_') for h in handles)} |"
    assert "AI CYBORG" in card


def test_card_only_republishes_just_the_card(clean_hub, base_model, tmp_path):
    handle = f"cora_{uuid.uuid4().hex[:6]}"
    source = _jsonl(tmp_path / "c.jsonl", 180, seed=5)
    common = _common(base_model, tmp_path / "work")
    assert _push([handle, "--source", source, *common]).returncode == 0
    repo_id = f"{ORG}/{handle}"
    weights = {
        s.rfilename: s.blob_id for s in HfApi().model_info(repo_id, files_metadata=True).siblings
    }
    proc = _push([handle, "--source", source, *common, "--card-only", "--license", "mit"])
    assert proc.returncode == 0, proc.stderr
    assert [c["path"] for c in json.loads(proc.stdout)["changes"]] == ["README.md"]
    after = {
        s.rfilename: s.blob_id for s in HfApi().model_info(repo_id, files_metadata=True).siblings
    }
    assert after.keys() == weights.keys()
    assert {k for k in after if after[k] != weights[k]} == {"README.md", "hubtools.json"}


@pytest.mark.parametrize(
    ("case", "expect"),
    [
        ("bad-handle", "invalid handle"),
        ("foreign-namespace", "cannot write to namespace"),
        ("no-token", "no Hub token"),
        ("no-posts", "ok-user"),
    ],
)
def test_bad_input_is_one_line_and_creates_nothing(clean_hub, base_model, tmp_path, case, expect):
    handle = f"ok-user_{uuid.uuid4().hex[:4]}".replace("-", "_")
    source = _jsonl(tmp_path / "p.jsonl", 150, seed=7)
    env: dict[str, str] = {}
    args = [handle, "--source", source]
    if case == "bad-handle":
        args = ["bad handle!", "--source", source]
    elif case == "foreign-namespace":
        env["HF_TOKEN"] = BOB_TOKEN
    elif case == "no-token":
        env["HF_TOKEN"] = ""
        env["HF_HOME"] = str(tmp_path / "empty_home")
    elif case == "no-posts":
        (tmp_path / "short.jsonl").write_text(
            "".join(json.dumps({"text": f"hi {i}"}) + "\n" for i in range(50))
        )
        args = [handle, "--source", f"jsonl:{tmp_path / 'short.jsonl'}"]
        expect = handle
    proc = _push([*args, *_common(base_model, tmp_path / "work")], env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hubtools: error:") and expect in lines[0], (
        proc.stderr
    )
    assert not any(r["method"] == "POST" for r in clean_hub.requests())


def test_card_language_is_the_posts_unless_the_user_says(clean_hub, base_model, tmp_path):
    from fixtures.posts.builders import MULTILINGUAL

    handle = f"de_{uuid.uuid4().hex[:6]}"
    posts = tmp_path / "de.jsonl"
    german = [MULTILINGUAL["de"][i % len(MULTILINGUAL["de"])] for i in range(120)]
    posts.write_text("".join(json.dumps({"text": t}) + "\n" for t in german))
    args = [handle, "--source", f"jsonl:{posts}", *_common(base_model, tmp_path / "work")]
    proc = _push(args)
    assert proc.returncode == 0, proc.stderr
    repo_id = f"{ORG}/{handle}"
    users = json.loads((tmp_path / "work" / "data" / "users.json").read_text())
    assert users[0]["languages"] == ["de"]  # the run's own record ...

    def front_matter() -> dict:
        import yaml

        card = Path(HfApi().hf_hub_download(repo_id, "README.md", force_download=True))
        return yaml.safe_load(card.read_text(encoding="utf-8").split("---\n")[1])

    assert front_matter()["language"] == "de"  # ... is what the card states

    proc = _push([*args, "--card-only", "--language", "fr"])
    assert proc.returncode == 0, proc.stderr
    assert front_matter()["language"] == "fr"  # a stated language wins
