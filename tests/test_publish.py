"""The publisher against the local Hub: one commit, nothing re-sent, exactly once under faults."""

from __future__ import annotations

import os

import pytest
from conftest import BOB_TOKEN
from huggingface_hub import CommitOperationAdd, HfApi

from hubtools.errors import UserError
from hubtools.publish.publisher import Publisher, PublishRequest
from hubtools.publish.retry import RateBudget, RetryPolicy, retry_after

ORG = "huggingtweets"


def _publisher(api: HfApi | None = None, sleeps: list | None = None) -> Publisher:
    record = sleeps if sleeps is not None else []
    return Publisher(api or HfApi(), policy=RetryPolicy(sleep=record.append))


def _files(
    weights: bytes = b"\0weights" * 100, card: str = "---\nlicense: mit\n---\n# card\n"
) -> dict:
    return {
        "model.safetensors": weights,
        "config.json": b'{"n_layer": 2}',
        "README.md": card.encode(),
    }


def _commits(repo: str) -> list[str]:
    return [c.title for c in HfApi().list_repo_commits(repo)]


def test_publish_creates_then_is_idempotent(clean_hub, repo_name, upload_path):
    repo = f"{ORG}/{repo_name}"
    first = _publisher().publish(PublishRequest(repo, _files(), message="New model"))
    assert first.action == "created"
    assert {c.path for c in first.changes} == {"model.safetensors", "config.json", "README.md"}
    files = set(HfApi().list_repo_files(repo))
    assert files == {
        ".gitattributes",
        "model.safetensors",
        "config.json",
        "README.md",
        "hubtools.json",
    }
    assert _commits(repo) == ["New model", "initial commit"]

    clean_hub.reset_requests()
    again = _publisher().publish(PublishRequest(repo, _files()))
    assert again.action == "unchanged" and again.changes == []
    assert again.commit_oid == first.commit_oid
    assert not any(r["method"] == "POST" for r in clean_hub.requests())
    assert len(_commits(repo)) == 2


def test_update_sends_only_changes_deletes_stale_and_keeps_hand_edits(
    clean_hub, repo_name, upload_path, tmp_path
):
    repo = f"{ORG}/{repo_name}"
    files = {**_files(), "model-00002-of-00002.safetensors": b"\0shard"}
    _publisher().publish(PublishRequest(repo, files))
    HfApi().upload_file(path_or_fileobj=b"my notes", path_in_repo="NOTES.md", repo_id=repo)

    clean_hub.reset_requests()
    new = b"\0new weights " + repo_name.encode()  # never seen by Xet's dedup before
    result = _publisher().publish(PublishRequest(repo, _files(weights=new)))
    assert sorted((c.kind, c.path) for c in result.changes) == [
        ("delete", "model-00002-of-00002.safetensors"),
        ("update", "model.safetensors"),
    ]
    files = set(HfApi().list_repo_files(repo))
    assert {"NOTES.md", ".gitattributes", "config.json"} <= files
    assert "model-00002-of-00002.safetensors" not in files
    assert len(_commits(repo)) == 4  # initial, publish, hand edit, update
    sent = "/lfs/upload/" if upload_path == "lfs" else "/v1/xorbs/"
    uploads = [r for r in clean_hub.requests() if sent in r["path"] and r["method"] != "GET"]
    assert len(uploads) == 1  # only the changed weights travel
    got = HfApi().hf_hub_download(repo, "model.safetensors", cache_dir=tmp_path)
    with open(got, "rb") as fh:
        assert fh.read() == new  # back byte-identical, through the same path


@pytest.mark.parametrize(
    "rule",
    ["503:x2", "429:x1", "drop-after:x1", "500-after:x1", "drop:x2"],
)
def test_exactly_one_commit_under_faults(clean_hub, repo_name, rule, upload_path):
    repo = f"{ORG}/{repo_name}"
    _publisher().publish(PublishRequest(repo, _files()))
    before = len(_commits(repo))
    clean_hub.set_faults([f"POST /api/models/{repo}/commit/*:{rule}"])
    sleeps: list[float] = []
    result = _publisher(sleeps=sleeps).publish(
        PublishRequest(repo, _files(weights=b"\0v2"), message="v2")
    )
    clean_hub.clear_faults()
    assert result.action == "updated"
    titles = _commits(repo)
    assert len(titles) == before + 1 and titles[0] == "v2"
    assert HfApi().model_info(repo).sha == result.commit_oid
    if rule.startswith("429"):
        assert sleeps == [1.5]  # Retry-After: 1 honoured (+0.5 s margin)


def test_concurrent_change_is_never_overwritten(clean_hub, repo_name, monkeypatch):
    repo = f"{ORG}/{repo_name}"
    _publisher().publish(PublishRequest(repo, _files()))
    publisher = _publisher()
    real_state = publisher.remote_state
    calls = {"n": 0}

    def state_then_someone_commits(repo_id):
        state = real_state(repo_id)
        calls["n"] += 1
        if calls["n"] == 1:  # right after our read, someone else edits the repo
            HfApi(token=os.environ["HF_TOKEN"]).create_commit(
                repo_id, [CommitOperationAdd("LICENSE", b"MIT")], commit_message="hand edit"
            )
        return state

    monkeypatch.setattr(publisher, "remote_state", state_then_someone_commits)
    result = publisher.publish(PublishRequest(repo, _files(weights=b"\0v3"), message="v3"))
    assert result.action == "updated"
    assert _commits(repo)[:2] == ["v3", "hand edit"]
    assert "LICENSE" in HfApi().list_repo_files(repo)


def test_bad_input_fails_before_any_request(clean_hub, monkeypatch):
    with pytest.raises(UserError, match="invalid repo id"):
        _publisher().publish(PublishRequest(f"{ORG}/bad--name", _files()))
    monkeypatch.delenv("HF_TOKEN")
    with pytest.raises(UserError, match="no Hub token"):
        Publisher(HfApi()).publish(PublishRequest(f"{ORG}/x", _files()))
    assert clean_hub.requests() == []


def test_unwritable_namespace_is_a_clear_error_and_creates_nothing(clean_hub, repo_name):
    with pytest.raises(UserError, match=r"refused.*403.*huggingtweets"):
        _publisher(HfApi(token=BOB_TOKEN)).publish(PublishRequest(f"{ORG}/{repo_name}", _files()))
    assert not HfApi().repo_exists(f"{ORG}/{repo_name}")


def test_dry_run_writes_nothing(clean_hub, repo_name):
    result = _publisher().publish(PublishRequest(f"{ORG}/{repo_name}", _files(), dry_run=True))
    assert result.action == "dry-run" and len(result.changes) == 3
    assert not any(r["method"] in ("POST", "PUT") for r in clean_hub.requests())
    assert not HfApi().repo_exists(f"{ORG}/{repo_name}")


def test_rate_budget_blocks_past_its_window():
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    budget = RateBudget(calls=3, window=10, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        budget.acquire()
    assert slept == []
    budget.acquire()
    assert slept == [10] and budget.used == 4


def test_retry_after_prefers_ratelimit_header():
    class Resp:
        def __init__(self, headers):
            self.headers, self.status_code = headers, 429

    class Err(Exception):
        def __init__(self, headers):
            self.response = Resp(headers)

    assert retry_after(Err({"RateLimit": '"api";r=0;t=12', "Retry-After": "3"})) == 12
    assert retry_after(Err({"Retry-After": "3"})) == 3
    assert retry_after(Err({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) is None


# --- the card gate: lint before anything is committed -------------------------------------


def test_card_with_lint_errors_stops_the_publish_before_the_repo_exists(clean_hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    card = f"---\nlicense: mit\nbase_model: {ORG}/no-such-base-{repo_name}\n---\n# card\n"
    with pytest.raises(UserError, match="base-model-missing") as caught:
        _publisher().publish(PublishRequest(repo, _files(card=card)))
    message = str(caught.value)
    assert message.startswith(f"{repo}/README.md:3: base-model-missing: ") and "\n" not in message
    assert not HfApi().repo_exists(repo)  # not even created
    assert not any(r["method"] == "POST" for r in clean_hub.requests())


def test_images_are_checked_against_the_commit_and_the_repo(clean_hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    thumb = f"{HfApi().endpoint}/{repo}/resolve/main/predictions.png"
    card = f"---\nlicense: mit\nthumbnail: {thumb}\n---\n# card\n"
    said: list[str] = []
    publisher = Publisher(HfApi(), policy=RetryPolicy(sleep=lambda s: None), log=said.append)
    # the image arrives in the same commit as the card that shows it
    publisher.publish(PublishRequest(repo, {**_files(card=card), "predictions.png": b"png"}))
    commits = _commits(repo)

    # a card update: predictions.png is already in the repo, avatars/a.png is nowhere
    update = card + "\n![a](avatars/a.png)\n"
    with pytest.raises(UserError, match="image-missing"):
        publisher.publish(PublishRequest(repo, {"README.md": update.encode()}, partial=True))
    assert _commits(repo) == commits
    said.clear()
    done = publisher.publish(
        PublishRequest(repo, {"README.md": update.encode(), "avatars/a.png": b"png"}, partial=True)
    )
    assert done.action == "updated" and len(_commits(repo)) == len(commits) + 1
    # warnings do not stop a publish; they are told once each
    assert [line for line in said if "url-relative" in line] == [
        f"warning: {repo}/README.md:7: url-relative: image URL 'avatars/a.png' is "
        "relative; it breaks in previews and mirrors, use https://..."
    ]
