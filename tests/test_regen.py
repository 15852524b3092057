"""`hubtools card regen` against an org of repos on the local Hub."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import ftfy
import pytest
from huggingface_hub import CommitOperationAdd, HfApi

from hubtools.publish.cardhub import CardHub
from hubtools.publish.ledger import Ledger
from hubtools.publish.retry import RateBudget, RetryPolicy
from hubtools.regen.regen import Regenerator, RegenOptions

EXAMPLES = Path(__file__).parent / "fixtures" / "cards" / "examples"  # as found on the Hub
ORG = "huggingtweets"
FOREIGN = "---\nlicense: mit\n---\n\n# Something else entirely\n\nNot a card we made.\n"
BROKEN = "---\nlanguage: [en\ntags: x\n---\n\n# Broken\n"


def _raw_commit(hub, repo_id: str, path: str, data: bytes) -> None:
    """Commit without the client's validate-yaml step, to plant cards the Hub once accepted."""
    lines = [
        {"key": "header", "value": {"summary": "plant", "description": ""}},
        {
            "key": "file",
            "value": {
                "path": path,
                "content": base64.b64encode(data).decode(),
                "encoding": "base64",
            },
        },
    ]
    body = "\n".join(json.dumps(line) for line in lines).encode()
    req = urllib.request.Request(
        f"{hub.url}/api/models/{repo_id}/commit/main",
        data=body,
        headers={
            "Authorization": f"Bearer {os.environ['HF_TOKEN']}",
            "Content-Type": "application/x-ndjson",
        },
    )
    urllib.request.urlopen(req, timeout=10).read()


def _example(name: str) -> bytes:
    return (EXAMPLES / f"{name}.md").read_bytes()


def _edited() -> bytes:
    text = _example("tdxf20").decode()
    text = text.replace("language: en\n", "language: en\nlicense: apache-2.0\n", 1)
    text = text.replace("- huggingtweets\n", "- huggingtweets\n- my-extra-tag\n", 1)
    text = text.replace(
        "## How to use", "## My notes\n\nWritten by hand; keep me.\n\n## How to use", 1
    )
    return text.encode()


@pytest.fixture
def card_org(clean_hub):
    """An org of repos: the example cards, a legacy one, hand edits, and cards to leave alone."""
    prefix = f"rg{uuid.uuid4().hex[:8]}"
    api = HfApi()
    readmes = {
        "tdxf20": _example("tdxf20"),
        "auto": _example("autosport-formulaoneworld-speedcafe"),
        "obama": _example("barackobama-karlousm-uofofn"),
        "legacy": _example("spookymachine-legacy"),
        "edited": _edited(),
        "foreign": FOREIGN.encode(),
        "broken": BROKEN.encode(),
        "noreadme": None,
    }
    repos = {}
    for key, readme in readmes.items():
        repo_id = f"{ORG}/{prefix}-{key}"
        api.create_repo(repo_id)
        api.create_commit(
            repo_id,
            [
                CommitOperationAdd("model.safetensors", b"\0weights-" + key.encode()),
                CommitOperationAdd("config.json", b"{}"),
            ],
            commit_message="model",
        )
        if readme is not None:
            _raw_commit(clean_hub, repo_id, "README.md", readme)
        repos[key] = repo_id
    clean_hub.reset_requests()
    return prefix, repos, readmes


def _readme(repo_id: str) -> bytes:
    from huggingface_hub import hf_hub_download

    return Path(hf_hub_download(repo_id, "README.md", force_download=True)).read_bytes()


def _regen_cli(prefix: str, ledger: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "hubtools",
            "card",
            "regen",
            "--author",
            ORG,
            "--search",
            prefix,
            "--ledger",
            str(ledger),
            "--json",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_regen_updates_keeps_edits_skips_strangers_and_second_run_is_free(
    upload_path, card_org, clean_hub, tmp_path
):
    prefix, repos, readmes = card_org
    api = HfApi()
    weights_before = {r: api.model_info(r, files_metadata=True).siblings for r in repos.values()}
    clean_hub.reset_requests()

    proc = _regen_cli(prefix, tmp_path / "ledger.jsonl", "--template", "huggingtweets")
    assert proc.returncode == 0, proc.stderr
    first_run_requests = len(clean_hub.requests())
    results = {o["repo_id"]: o for o in json.loads(proc.stdout)}
    by_key = {k: results[r] for k, r in repos.items()}
    for key in ("tdxf20", "auto", "obama", "legacy", "edited"):
        assert by_key[key]["result"] == "updated", by_key[key]
    assert by_key["foreign"]["result"] == "skipped"
    assert by_key["broken"]["result"] == "skipped"
    assert by_key["noreadme"] == {
        **by_key["noreadme"],
        "result": "skipped",
        "reason": "no README.md",
    }
    assert by_key["obama"]["unrepaired"], "the flag that lost a byte is reported"

    # The three current-layout cards are now exactly their encoding-repaired selves.
    for key in ("tdxf20", "auto", "obama"):
        assert _readme(repos[key]).decode() == ftfy.fix_text(readmes[key].decode())
    legacy = _readme(repos["legacy"]).decode()
    assert (
        "🤖 AI BOT 🤖" in legacy
        and "display:inherit" in legacy
        and "| Tweets kept | 2765 |" in legacy
    )
    edited = _readme(repos["edited"]).decode()
    assert "license: apache-2.0" in edited and "- my-extra-tag" in edited
    assert "## My notes\n\nWritten by hand; keep me.\n" in edited
    assert _readme(repos["foreign"]) == readmes["foreign"]
    assert _readme(repos["broken"]) == readmes["broken"]

    # One listing page, then per repo: a README read, and for the 5 changed ones
    # validate-yaml + preupload + commit.
    assert first_run_requests == 1 + len(repos) + 3 * 5
    for repo_id, siblings in weights_before.items():
        after = api.model_info(repo_id, files_metadata=True).siblings
        weights = {s.rfilename: s.lfs.sha256 for s in after if s.lfs}
        assert weights == {s.rfilename: s.lfs.sha256 for s in siblings if s.lfs}
    for key, repo_id in repos.items():  # the weights read back whole, through that path
        got = api.hf_hub_download(repo_id, "model.safetensors", force_download=True)
        assert Path(got).read_bytes() == b"\0weights-" + key.encode()

    commits_before = {r: len(api.list_repo_commits(r)) for r in repos.values()}
    clean_hub.reset_requests()
    proc = _regen_cli(prefix, tmp_path / "ledger.jsonl", "--template", "huggingtweets")
    assert proc.returncode == 0, proc.stderr
    second = json.loads(proc.stdout)
    assert {o["result"] for o in second} <= {"unchanged", "skipped"}
    assert all(o["cached"] for o in second)
    paths = [r["path"] for r in clean_hub.requests()]
    assert not any("/resolve/" in p for p in paths), "no README fetched on a no-change run"
    assert paths == ["/api/models"]
    assert {r: len(api.list_repo_commits(r)) for r in repos.values()} == commits_before


def _regenerator(ledger: Path, **options) -> Regenerator:
    hub = CardHub(HfApi(), RateBudget(), RetryPolicy(sleep=lambda s: None))
    return Regenerator(hub, Ledger(ledger), RegenOptions(**options))


def test_concurrent_edit_between_read_and_commit_is_preserved(card_org, tmp_path):
    _, repos, _ = card_org
    repo_id = repos["tdxf20"]
    regenerator = _regenerator(tmp_path / "ledger.jsonl", template="huggingtweets")
    real_readme = regenerator.hub.readme
    edits = {"n": 0}

    def readme_then_someone_edits(rid, revision):
        text = real_readme(rid, revision)
        if edits["n"] == 0:
            edits["n"] += 1
            edited = text.replace(
                "## How to use", "## Added meanwhile\n\nA concurrent edit.\n\n## How to use"
            )
            HfApi().create_commit(
                rid, [CommitOperationAdd("README.md", edited.encode())], commit_message="edit"
            )
        return text

    regenerator.hub.readme = readme_then_someone_edits
    (outcome,) = regenerator.run(
        [regenerator.hub.list_heads(author=ORG, tag=None, search=repo_id.split("/")[1])[0]]
    )
    assert outcome.result == "updated"
    final = _readme(repo_id).decode()
    assert "## Added meanwhile\n\nA concurrent edit.\n" in final
    assert "ðŸ¤–" not in final  # and it is the regenerated card
    assert [c.title for c in HfApi().list_repo_commits(repo_id)][:2] == [
        "Regenerate model card with hubtools",
        "edit",
    ]


def test_regen_survives_faults(card_org, clean_hub, tmp_path):
    prefix, repos, _ = card_org
    clean_hub.set_faults(
        [
            f"POST /api/models/{ORG}/{prefix}-*/commit/*:503:x1",
            f"GET /{ORG}/{prefix}-*/resolve/*:429:x1",
        ]
    )
    regenerator = _regenerator(tmp_path / "ledger.jsonl", template="huggingtweets")
    outcomes = regenerator.run(regenerator.hub.list_heads(author=ORG, tag=None, search=prefix))
    results = {o.repo_id: o.result for o in outcomes}
    assert results[repos["tdxf20"]] == "updated" and "failed" not in results.values()
    for repo_id in (repos["tdxf20"], repos["auto"]):
        titles = [c.title for c in HfApi().list_repo_commits(repo_id)]
        assert titles.count("Regenerate model card with hubtools") == 1


def test_dry_run_prints_a_diff_and_writes_nothing(card_org, clean_hub, tmp_path):
    _prefix, repos, readmes = card_org
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "hubtools",
            "card",
            "regen",
            repos["legacy"],
            "--template",
            "huggingtweets",
            "--dry-run",
            "--ledger",
            str(tmp_path / "l.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        f"--- a/{repos['legacy']}/README.md" in proc.stdout
        and '+    <div style="text-align: center; margin-top: 3px' in proc.stdout
    )
    assert not any(r["method"] == "POST" for r in clean_hub.requests())
    assert _readme(repos["legacy"]) == readmes["legacy"]
    assert not (tmp_path / "l.jsonl").exists()


def test_create_pr_leaves_main_alone(card_org, tmp_path):
    _, repos, readmes = card_org
    regenerator = _regenerator(tmp_path / "ledger.jsonl", template="huggingtweets", create_pr=True)
    (outcome,) = regenerator.run(
        [regenerator.hub.list_heads(author=ORG, tag=None, search=repos["auto"].split("/")[1])[0]]
    )
    assert outcome.result == "updated" and outcome.commit_url.endswith("/discussions/1")
    assert _readme(repos["auto"]) == readmes["auto"]


def test_regen_needs_a_selection():
    proc = subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "regen"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        proc.returncode == 2 and "say which repos" in proc.stderr and "Traceback" not in proc.stderr
    )


def test_a_card_with_lint_errors_fails_its_repo_and_the_rest_go_on(clean_hub, tmp_path):
    """The re-rendered card is linted before it is committed: `language: xx` (no such
    ISO 639 code) fails that repo with the finding, commits nothing there, and the
    other repo of the run is still regenerated."""
    prefix = f"rl{uuid.uuid4().hex[:8]}"
    api = HfApi()
    cards = {
        "bad": _example("tdxf20").replace(b"language: en\n", b"language: xx\n", 1),
        "good": _example("tdxf20"),
    }
    repos = {}
    for key, readme in cards.items():
        repos[key] = f"{ORG}/{prefix}-{key}"
        api.create_repo(repos[key])
        _raw_commit(clean_hub, repos[key], "README.md", readme)
    commits = {key: len(api.list_repo_commits(r)) for key, r in repos.items()}

    proc = _regen_cli(prefix, tmp_path / "ledger.jsonl", "--template", "huggingtweets")
    assert proc.returncode == 1, proc.stderr
    outcomes = {o["repo_id"]: o for o in json.loads(proc.stdout)}
    bad = outcomes[repos["bad"]]
    assert bad["result"] == "failed"
    assert bad["reason"].startswith(f"{repos['bad']}/README.md:2: language-code: 'xx' ")
    assert "nothing was committed" in bad["reason"]
    assert outcomes[repos["good"]]["result"] == "updated"
    assert len(api.list_repo_commits(repos["bad"])) == commits["bad"]
    assert len(api.list_repo_commits(repos["good"])) == commits["good"] + 1
    assert _readme(repos["bad"]) == cards["bad"]
