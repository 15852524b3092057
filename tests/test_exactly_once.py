"""Exactly once beyond `push`: `card regen` and `bulk apply` on 100 repos under 20% faults.

Every kind of failure a real network and the real Hub produce is injected on every request
that touches the repos under test: 429 and 503 before anything happens, a dropped
connection before, and a 503 or a dropped connection *after* the commit was applied (the
outcome the client cannot see). Re-runs are allowed to finish what a run gave up on, but
no repo may ever hold a commit twice.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

from huggingface_hub import CommitOperationAdd, HfApi
from test_bulk import bulk, catalogue_commits, make_catalogue

ORG = "huggingtweets"
EXAMPLES = Path(__file__).parent / "fixtures" / "cards" / "examples"
REGEN_TITLE = "Regenerate model card with hubtools"
N = 100


def twenty_percent(path_glob: str) -> list[dict]:
    """Rules firing on about 20% of matching requests (first matching rule wins):
    1 - (1 - 0.045)^5 = 0.206. The 429s and 503s ask for no wait (`Retry-After: 0`), so
    the run is not mostly sleep; honouring the header is tested elsewhere."""
    actions = ["429", "503", "drop", "503-after", "drop-after"]
    return [
        {"method": "*", "path": path_glob, "action": action, "when": "0.045", "retry_after": 0}
        for action in actions
    ]


def _faults(prefix: str) -> list[dict]:
    return [
        *twenty_percent(f"/api/models/{ORG}/{prefix}*"),  # info, commits, preupload, create
        *twenty_percent(f"/{ORG}/{prefix}*/resolve/*"),  # README reads
        *twenty_percent("/api/repos/create"),
        *twenty_percent("/api/models"),  # the listing
    ]


def _regen(prefix: str, ledger: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "regen", "--author", ORG, "--search", prefix,
         "--template", "huggingtweets", "--ledger", str(ledger), "--jobs", "8",
         "--rate", "1000000/300", "--json"],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip


def _count(repo_id: str, title: str) -> int:
    return [c.title for c in HfApi().list_repo_commits(repo_id)].count(title)


def test_regen_under_faults_commits_each_card_exactly_once(clean_hub, tmp_path):
    prefix = f"xo{uuid.uuid4().hex[:8]}"
    legacy = (EXAMPLES / "spookymachine-legacy.md").read_bytes()  # regen rewrites this layout
    api = HfApi()
    repos = [f"{ORG}/{prefix}-{i:03d}" for i in range(N)]
    for repo_id in repos:
        api.create_repo(repo_id)
        api.create_commit(repo_id, [CommitOperationAdd("README.md", legacy)], commit_message="m")
    clean_hub.set_faults(_faults(prefix))

    ledger = tmp_path / "ledger.jsonl"
    runs = []
    for _ in range(4):
        proc = _regen(prefix, ledger)
        assert proc.returncode in (0, 1), proc.stderr[-2000:]
        runs.append(proc)
        if proc.returncode == 0:
            break
        counts = [_count(r, REGEN_TITLE) for r in repos]
        assert max(counts) <= 1, "a card was committed twice"
    assert runs[-1].returncode == 0, runs[-1].stdout[-3000:]
    fired = sum(rule["hits"] for rule in clean_hub.faults())
    clean_hub.clear_faults()
    assert fired >= N // 2, f"only {fired} faults fired: the test tested little"
    assert [_count(r, REGEN_TITLE) for r in repos] == [1] * N
    outcomes = json.loads(runs[-1].stdout)
    assert {o["result"] for o in outcomes} <= {"updated", "unchanged"}


def test_bulk_apply_under_faults_commits_each_entry_exactly_once(clean_hub, tmp_path, upload_path):
    _, repos = make_catalogue(tmp_path, N, 0)
    prefix = repos[0].split("/")[1][: len("bk") + 6]
    clean_hub.set_faults(_faults(prefix))
    runs = []
    for _ in range(4):
        proc = bulk(tmp_path, "apply", "cards", "--jobs", "8", "--rate", "1000000/300", "--json")
        assert proc.returncode in (0, 1), proc.stderr[-2000:]
        runs.append(proc)
        if proc.returncode == 0:
            break
        assert max(catalogue_commits(r) for r in repos) <= 1, "an entry was committed twice"
    assert runs[-1].returncode == 0, runs[-1].stdout[-3000:]
    fired = sum(rule["hits"] for rule in clean_hub.faults())
    clean_hub.clear_faults()
    assert fired >= N // 2, f"only {fired} faults fired: the test tested little"
    assert [catalogue_commits(r) for r in repos] == [1] * N


def test_regen_and_publish_treat_a_408_alike(clean_hub, tmp_path):
    """One classifier for every writer: a 408 is retried by regen as by the publisher."""
    prefix = f"xt{uuid.uuid4().hex[:8]}"
    legacy = (EXAMPLES / "spookymachine-legacy.md").read_bytes()
    api = HfApi()
    repo = f"{ORG}/{prefix}-0"
    api.create_repo(repo)
    api.create_commit(repo, [CommitOperationAdd("README.md", legacy)], commit_message="m")
    clean_hub.set_faults([{"method": "POST", "path": f"/api/models/{ORG}/{prefix}-*/commit/*",
                           "action": "408", "when": "x1", "retry_after": 0}])  # fmt: skip
    proc = _regen(prefix, tmp_path / "ledger.jsonl")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert sum(r["hits"] for r in clean_hub.faults()) == 1
    assert _count(repo, REGEN_TITLE) == 1

    from hubtools.publish.publisher import Publisher, PublishRequest
    from hubtools.publish.retry import RetryPolicy

    clean_hub.set_faults([{"method": "POST", "path": f"/api/models/{ORG}/{prefix}-p/commit/*",
                           "action": "408", "when": "x1", "retry_after": 0}])  # fmt: skip
    Publisher(api, policy=RetryPolicy(base=0.01)).publish(
        PublishRequest(f"{ORG}/{prefix}-p", {"README.md": b"---\nlicense: mit\n---\n# p\n"})
    )
    assert sum(r["hits"] for r in clean_hub.faults()) == 1
    assert len(api.list_repo_commits(f"{ORG}/{prefix}-p")) == 2  # the initial one, then ours
