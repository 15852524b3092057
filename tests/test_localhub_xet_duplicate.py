"""Cross-repo `copy_files` of Xet files: the local Hub's `lfs-files/duplicate` route.

The real client calls it on the source repo before committing the copied files by sha256
in the target (found missing by huggingface_hub 2.4.0's own test_copy_files.py, run
against the local Hub by bench/upstream_hf.py).
"""

from __future__ import annotations

import hashlib

import httpx
import pytest
from conftest import ALICE_READ_TOKEN, ALICE_TOKEN, BOB_TOKEN
from huggingface_hub import HfApi, hf_hub_download

pytest.importorskip("hf_xet")

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB, binary: an LFS-mode file, uploaded through Xet


@pytest.fixture
def source(clean_hub, xet_client, repo_name):
    """alice's model holding one Xet file, and its tree entry (xet hash, sha256)."""
    api = HfApi(endpoint=clean_hub.url, token=ALICE_TOKEN)
    repo_id = api.create_repo(f"alice/{repo_name}-src").repo_id
    api.upload_file(path_or_fileobj=PAYLOAD, path_in_repo="w.bin", repo_id=repo_id)
    (entry,) = [e for e in api.list_repo_tree(repo_id) if e.path == "w.bin"]
    assert entry.xet_hash and entry.lfs
    return repo_id, entry.xet_hash, entry.lfs.sha256


def _duplicate(hub, src: str, token: str | None, body: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    url = f"{hub.url}/api/models/{src}/lfs-files/duplicate"
    return httpx.post(url, json=body, headers=headers, timeout=30)


def _body(target: str, xet_hash: str, sha256: str) -> dict[str, object]:
    files = [{"xetHash": xet_hash, "sha256": sha256, "filename": "w.bin"}]
    return {"target": {"type": "dataset", "name": target}, "files": files}


def test_copy_files_across_repos_copies_a_xet_file(clean_hub, source, repo_name, tmp_path):
    src, _, sha256 = source
    api = HfApi(endpoint=clean_hub.url, token=ALICE_TOKEN)
    dst = api.create_repo(f"alice/{repo_name}-dst", repo_type="dataset").repo_id
    api.copy_files(f"hf://{src}/w.bin", f"hf://datasets/{dst}/copied/w.bin")
    path = hf_hub_download(dst, "copied/w.bin", repo_type="dataset", cache_dir=tmp_path)
    with open(path, "rb") as f:
        assert hashlib.sha256(f.read()).hexdigest() == sha256
    calls = [r for r in clean_hub.requests() if r["path"].endswith("/lfs-files/duplicate")]
    assert [(r["method"], r["status"]) for r in calls] == [("POST", 200)]


def test_a_file_the_source_does_not_hold_is_listed_as_failed(clean_hub, source, repo_name):
    src, xet_hash, sha256 = source
    api = HfApi(endpoint=clean_hub.url, token=ALICE_TOKEN)
    dst = api.create_repo(f"alice/{repo_name}-dst", repo_type="dataset").repo_id
    other = hashlib.sha256(b"not in the repo").hexdigest()
    resp = _duplicate(clean_hub, src, ALICE_TOKEN, _body(dst, other, sha256))
    assert resp.status_code == 200
    assert [f["sha256"] for f in resp.json()["failed"]] == [sha256]
    ok = _duplicate(clean_hub, src, ALICE_TOKEN, _body(dst, xet_hash, sha256))
    assert ok.json() == {"failed": []}


def test_duplicate_needs_a_write_token_that_sees_the_target(clean_hub, source, repo_name):
    src, xet_hash, sha256 = source
    bob = HfApi(endpoint=clean_hub.url, token=BOB_TOKEN)
    hidden = bob.create_repo(f"bob/{repo_name}-hid", repo_type="dataset", private=True).repo_id
    body = _body(hidden, xet_hash, sha256)
    assert _duplicate(clean_hub, src, None, body).status_code == 401
    assert _duplicate(clean_hub, src, ALICE_READ_TOKEN, body).status_code == 403
    assert _duplicate(clean_hub, src, ALICE_TOKEN, body).status_code == 404
    assert _duplicate(clean_hub, src, BOB_TOKEN, body).json() == {"failed": []}


@pytest.mark.parametrize(
    "body",
    [[], {"files": []}, {"target": {"type": "bucket", "name": "a/b"}, "files": []},
     {"target": {"type": "dataset", "name": "alice/x"}, "files": [{"xetHash": 1}]}],
)  # fmt: skip
def test_malformed_bodies_are_a_400(clean_hub, source, body):
    assert _duplicate(clean_hub, source[0], ALICE_TOKEN, body).status_code == 400
