"""`hubtools bulk` and the publish workflow, against the local Hub."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import yaml
from huggingface_hub import HfApi
from huggingface_hub.errors import RepositoryNotFoundError

from hubtools.bulk.engine import shard_of
from hubtools.tinymodel import build_tiny_model, synthetic_posts

ROOT = Path(__file__).resolve().parents[1]
ORG = "huggingtweets"
CARD_SPECS = sorted((ROOT / "cards").glob("*.yaml"))
COMMIT = "Update model card from the catalogue"


def _card_only_specs() -> list[dict]:
    specs = [yaml.safe_load(p.read_text()) for p in CARD_SPECS]
    return [s for s in specs if "build" not in s]


def make_catalogue(
    tmp: Path, n_cards: int, n_full: int, template_dir: Path | None = None
) -> tuple[Path, list[str]]:
    """n card-only entries (from the shipped example specs) and n tiny full entries."""
    tag = uuid.uuid4().hex[:6]
    cards = tmp / "cards"
    cards.mkdir(parents=True)
    repos = []
    bases = _card_only_specs()
    for i in range(n_cards):
        spec = dict(bases[i % len(bases)], repo_id=f"{ORG}/bk{tag}-{i:02d}")
        if template_dir is not None:
            spec["template"] = str(template_dir)
        (cards / f"card-{i:02d}.yaml").write_text(
            yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
        )
        repos.append(spec["repo_id"])
    if n_full:
        build_tiny_model(tmp / "base", synthetic_posts(300, seed=4))
    for i in range(n_full):
        handle = f"fu{tag}_{i}"
        posts = tmp / f"{handle}.jsonl"
        posts.write_text(
            "".join(json.dumps({"text": t}) + "\n" for t in synthetic_posts(150, seed=20 + i))
        )
        entry = {
            "spec_version": 1,
            "repo_id": f"{ORG}/{handle}",
            "users": [{"handle": handle, "name": f"Full {i}"}],
            "template": "default",
            "license": "mit",
            "build": {
                "sources": [f"jsonl:../{posts.name}"],
                "base_model": "../base",
                "train": {"max_steps": 2, "tracker": "none"},
            },
        }
        (cards / f"full-{i}.yaml").write_text(yaml.safe_dump(entry, sort_keys=False))
        repos.append(entry["repo_id"])
    return cards, repos


def bulk(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "bulk", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, **(env or {})},
    )


def catalogue_commits(repo_id: str) -> int:
    """Commits the catalogue made on a repo; a repo not created yet has made none."""
    try:
        titles = [c.title for c in HfApi().list_repo_commits(repo_id)]
    except RepositoryNotFoundError:
        return 0
    return sum(t in (COMMIT,) or t.startswith("New model for @") for t in titles)


def test_plan_json_shape_and_no_writes(clean_hub, tmp_path):
    _, repos = make_catalogue(tmp_path, 3, 0)
    proc = bulk(tmp_path, "plan", "cards", "--json")
    assert proc.returncode == 0, proc.stderr
    plan = json.loads(proc.stdout)
    assert sorted(p["repo_id"] for p in plan) == sorted(repos)
    assert {p["action"] for p in plan} == {"create"} and all(p["reason"] for p in plan)
    assert not any(r["method"] in ("POST", "PUT") for r in clean_hub.requests())


def test_apply_catalogue_of_30_under_faults_then_nothing(clean_hub, tmp_path, upload_path):
    _, repos = make_catalogue(tmp_path, 28, 2)
    clean_hub.set_faults([
        f"POST /api/models/{ORG}/bk*/commit/*:503:x2",
        f"POST /api/models/{ORG}/bk*/commit/*:drop-after:x1",
        f"GET /{ORG}/bk*/resolve/*:429:x2",
    ])  # fmt: skip
    proc = bulk(
        tmp_path,
        "apply",
        "cards",
        "--jobs",
        "4",
        "--json",
        env={"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")},
    )
    clean_hub.clear_faults()
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    items = json.loads(proc.stdout)
    assert {i["result"] for i in items} == {"done"}
    assert all(catalogue_commits(r) == 1 for r in repos)
    summary = (tmp_path / "summary.md").read_text()
    assert "| repo | action | result |" in summary and f"[{repos[0]}]" in summary
    shards = [r for r in clean_hub.requests() if r["path"].endswith("/v1/shards")]
    assert bool(shards) == (upload_path == "xet")  # the weights took that path
    for repo_id in repos[-2:]:  # the trained entries' weights read back whole, that path
        (info,) = HfApi().get_paths_info(repo_id, ["model.safetensors"])
        got = HfApi().hf_hub_download(repo_id, "model.safetensors", cache_dir=tmp_path / "dl")
        assert hashlib.sha256(Path(got).read_bytes()).hexdigest() == info.lfs.sha256

    clean_hub.reset_requests()
    again = bulk(tmp_path, "apply", "cards", "--json")
    assert again.returncode == 0, again.stderr
    assert {i["action"] for i in json.loads(again.stdout)} == {"nothing"}
    assert not any(r["method"] in ("POST", "PUT") for r in clean_hub.requests())
    assert all(catalogue_commits(r) == 1 for r in repos)


def test_template_change_updates_every_card_entry_and_nothing_else(clean_hub, tmp_path):
    template = tmp_path / "tpl" / "huggingtweets"
    shutil.copytree(ROOT / "templates" / "huggingtweets", template)
    _, repos = make_catalogue(tmp_path, 4, 1, template_dir=template)
    assert bulk(tmp_path, "apply", "cards").returncode == 0
    entry = template / "README.md.j2"
    entry.write_text(entry.read_text().replace("## How to use", "## How to use this model", 1))
    proc = bulk(tmp_path, "apply", "cards", "--json")
    assert proc.returncode == 0, proc.stderr
    actions = {i["repo_id"]: i["action"] for i in json.loads(proc.stdout)}
    assert [actions[r] for r in repos] == ["update-card"] * 4 + ["nothing"]
    readme = Path(HfApi().hf_hub_download(repos[0], "README.md")).read_text()
    assert "## How to use this model" in readme


def test_bad_entry_fails_alone(clean_hub, tmp_path):
    cards, repos = make_catalogue(tmp_path, 3, 0)
    (cards / "bad.yaml").write_text(
        "spec_version: 1\nrepo_id: huggingtweets/bad-entry\nusers: nope\n"
    )
    proc = bulk(tmp_path, "apply", "cards", "--json")
    assert proc.returncode == 1
    items = {i["repo_id"]: i for i in json.loads(proc.stdout)}
    assert items["huggingtweets/bad-entry"]["result"] == "failed"
    assert (
        "users" in items["huggingtweets/bad-entry"]["error"]
        and "bad.yaml" in items["huggingtweets/bad-entry"]["error"]
    )
    assert all(items[r]["result"] == "done" for r in repos)


def test_entries_with_lint_errors_fail_alone_and_commit_nothing(clean_hub, tmp_path):
    """A card naming a dataset the Hub does not have is refused before any commit: the
    card-only entry through the shared card update, the full one inside its `hubtools
    push` (which exits 2 with the finding). The good entry is published all the same."""
    cards, repos = make_catalogue(tmp_path, 2, 1)
    tag = uuid.uuid4().hex[:6]
    missing, base = f"{ORG}/no-such-posts-{tag}", f"{ORG}/base-{tag}"
    HfApi().create_repo(base)  # the card-only entry's base model exists; its dataset does not
    for name in ("card-01.yaml", "full-0.yaml"):
        entry = yaml.safe_load((cards / name).read_text())
        entry.update(template="default", datasets=[missing])
        if "build" not in entry:
            entry["base_model"] = base
        (cards / name).write_text(yaml.safe_dump(entry, sort_keys=False, allow_unicode=True))
    good, bad_card, bad_full = repos
    proc = bulk(tmp_path, "apply", "cards", "--json")
    assert proc.returncode == 1, proc.stderr[-2000:]
    items = {i["repo_id"]: i for i in json.loads(proc.stdout)}
    assert items[good]["result"] == "done" and catalogue_commits(good) == 1
    for repo in (bad_card, bad_full):
        assert items[repo]["result"] == "failed", items[repo]
        assert "dataset-missing" in items[repo]["error"] and missing in items[repo]["error"]
        assert "nothing was committed" in items[repo]["error"]
        assert catalogue_commits(repo) == 0
    assert not HfApi().repo_exists(bad_full)  # the push stopped before creating it

    # the same push by hand (its data and model are reused): exit 2, the finding, one line
    name = bad_full.split("/")[1]
    entry = yaml.safe_load((cards / "full-0.yaml").read_text())
    push = subprocess.run(
        [sys.executable, "-m", "hubtools", "push", name, "--source",
         "jsonl:" + str((cards / entry["build"]["sources"][0].split(":", 1)[1]).resolve()),
         "--namespace", ORG, "--base-model", str(tmp_path / "base"),
         "--workdir", str(tmp_path / "hubtools-work" / name),
         "--card-spec", str(cards / "full-0.yaml"), "--max-steps", "2", "--tracker", "none"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert push.returncode == 2, push.stderr[-2000:]
    last = push.stderr.strip().splitlines()[-1]
    assert "dataset-missing" in last and "Traceback" not in push.stderr
    assert not HfApi().repo_exists(bad_full)


def test_killed_apply_resumes_without_duplicate_commits(clean_hub, tmp_path):
    _, repos = make_catalogue(tmp_path, 12, 0)
    clean_hub.set_faults([f"POST /api/models/{ORG}/bk*/commit/*:delay=0.3"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "hubtools", "bulk", "apply", "cards", "--jobs", "1"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        done = sum(
            1
            for r in clean_hub.requests()
            if r["method"] == "POST" and "/commit/" in r["path"] and r["status"] == 200
        )
        if done >= 4:
            break
        time.sleep(0.1)
    proc.kill()
    proc.wait()
    clean_hub.clear_faults()
    assert any(catalogue_commits(r) == 0 for r in repos), "the kill came too late to test anything"
    assert bulk(tmp_path, "apply", "cards").returncode == 0
    assert [catalogue_commits(r) for r in repos] == [1] * len(repos)


def test_only_limits_work_to_touched_entries(clean_hub, tmp_path):
    _, repos = make_catalogue(tmp_path, 4, 0)
    (tmp_path / "changed.txt").write_text("cards/card-02.yaml\nREADME.md\n")
    proc = bulk(tmp_path, "apply", "cards", "--only", "changed.txt", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [i["repo_id"] for i in json.loads(proc.stdout)] == [repos[2]]


def _substitute(text: str, context: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", lambda m: context[m.group(1)], text)


def test_workflow_shards_publish_every_entry_exactly_once(clean_hub, tmp_path):
    """Run the bulk step of action.yml as publish.yml calls it, once per matrix shard."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text())
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "bulk")
    apply_job = workflow["jobs"]["apply"]
    call = next(s for s in apply_job["steps"] if s.get("uses") == "./")
    _, repos = make_catalogue(tmp_path, 10, 0)
    shards = apply_job["strategy"]["matrix"]["shard"]
    bin_dir = str(Path(sys.executable).parent)
    for shard in shards:
        context = {
            "matrix.shard": str(shard),
            "env.SHARDS": workflow["env"]["SHARDS"],
            "needs.plan.outputs.changed": "",  # a workflow_dispatch run: no diff to limit to
        }
        inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
        inputs.update({k: _substitute(str(v), context) for k, v in call["with"].items()})
        env = {
            k: _substitute(str(v), {f"inputs.{n}": val for n, val in inputs.items()})
            for k, v in step["env"].items()
        }
        env.update(
            RUNNER_TEMP=str(tmp_path),
            GITHUB_OUTPUT=str(tmp_path / f"out-{shard}"),
            GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"),
            PATH=f"{bin_dir}:{os.environ['PATH']}",
        )
        proc = subprocess.run(
            ["bash", "-c", step["run"]],
            cwd=tmp_path,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        report = (tmp_path / f"out-{shard}").read_text().split("report=", 1)[1].strip()
        mine = [i["repo_id"] for i in json.loads(Path(report).read_text())]
        assert sorted(mine) == sorted(r for r in repos if shard_of(r, len(shards)) == shard)
    assert [catalogue_commits(r) for r in repos] == [1] * len(repos)
    assert "HF_TOKEN" not in step["run"] and "secrets." not in json.dumps(action)


@pytest.mark.parametrize("total", [2, 3, 7])
def test_shards_partition_every_entry_exactly_once(total):
    ids = [f"ns/model-{i}" for i in range(200)]
    owners = [shard_of(r, total) for r in ids]
    assert set(owners) == set(range(1, total + 1))
    assert owners == [shard_of(r, total) for r in ids]  # stable
