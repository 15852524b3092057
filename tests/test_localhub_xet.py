"""The local Hub speaks Xet: the real client's default upload and download path, end to end.

Every test here runs the unmodified `huggingface_hub` + `hf_xet` against a hub process of
its own (the `xet` fixture makes sure hf_xet is there and switched on), and
reads the hub's request log to know which path the bytes took.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import time
from pathlib import Path

import httpx
import pytest
from conftest import ALICE_READ_TOKEN, ALICE_TOKEN, BOB_TOKEN
from huggingface_hub import HfApi, HfFileSystem, constants, hf_hub_download, snapshot_download
from huggingface_hub.errors import HfHubHTTPError
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.localhub.errors import HubError
from hubtools.localhub.xet.tokens import XetTokens, load_key

pytest.importorskip("hf_xet")

ORG = "huggingtweets"
MB = 1024 * 1024
_ROOT_ID = re.compile(r"^/xet-cas/[0-9a-f]{16}/")


@pytest.fixture
def xet(xet_client):
    """The client as installed: hf_xet used for every LFS-mode file."""


def _paths(server, method: str, prefix: str, status: int | None = None) -> list[str]:
    """The request paths (the CAS's root id dropped: `/xet-cas/v1/...`) under `prefix`."""
    paths = [
        (r["method"], _ROOT_ID.sub("/xet-cas/", r["path"], count=1), r["status"])
        for r in server.requests()
    ]
    return [
        path
        for verb, path, code in paths
        if verb == method and path.startswith(prefix) and (status is None or code == status)
    ]


def _cas_url(server, repo: str) -> str:
    """The CAS URL the hub hands out with its tokens."""
    url = f"{server.url}/api/models/{repo}/xet-read-token/main"
    return httpx.get(url, headers=_auth(ALICE_TOKEN)).json()["casUrl"]


def _reconstructions(server) -> list[str]:
    return _paths(server, "GET", "/xet-cas/v1/reconstructions", 200)


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _cas_token(server, repo: str, kind: str, rev: str = "main", token: str = ALICE_TOKEN) -> str:
    url = f"{server.url}/api/models/{repo}/xet-{kind}-token/{rev}"
    answer = httpx.get(url, headers=_auth(token))
    answer.raise_for_status()
    return answer.json()["accessToken"]


def test_upload_file_then_download_through_xet_and_plain(own_hub, xet, tmp_path, monkeypatch):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-one"
    api.create_repo(repo)
    data = os.urandom(12 * MB)
    sha = hashlib.sha256(data).hexdigest()
    (tmp_path / "weights.bin").write_bytes(data)
    api.upload_file(path_or_fileobj=tmp_path / "weights.bin", path_in_repo="w.bin", repo_id=repo)
    assert _paths(server, "GET", f"/api/models/{repo}/xet-write-token/main", 200)
    assert _paths(server, "POST", "/xet-cas/v1/xorbs/", 200)
    assert _paths(server, "POST", "/xet-cas/v1/shards", 200)
    assert not _paths(server, "POST", f"/{repo}.git/info/lfs")  # no LFS on the way

    # The tree and paths-info show the file as the Hub does: LFS metadata and its Xet hash.
    (entry,) = [e for e in api.list_repo_tree(repo) if e.path == "w.bin"]
    assert (entry.size, entry.lfs.sha256, entry.lfs.size) == (len(data), sha, len(data))
    assert entry.xet_hash and len(entry.xet_hash) == 64
    (info,) = api.get_paths_info(repo, ["w.bin"])
    assert (info.lfs.sha256, info.xet_hash) == (sha, entry.xet_hash)

    server.reset_requests()
    got = hf_hub_download(repo, "w.bin", endpoint=server.url, cache_dir=tmp_path / "c1")
    assert Path(got).read_bytes() == data
    assert _reconstructions(server)  # through the CAS, not the resolve GET
    assert not _paths(server, "GET", f"/{repo}/resolve/")

    # Without Xet the same file streams from resolve, reassembled, ETag = sha256.
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    server.reset_requests()
    got = hf_hub_download(repo, "w.bin", endpoint=server.url, cache_dir=tmp_path / "c2")
    assert Path(got).read_bytes() == data
    assert _paths(server, "GET", f"/{repo}/resolve/main/w.bin", 200)
    assert not _reconstructions(server)
    head = httpx.head(f"{server.url}/{repo}/resolve/main/w.bin")
    assert head.headers["etag"] == f'"{sha}"' and head.headers["x-xet-hash"] == entry.xet_hash


def test_second_upload_of_the_same_bytes_sends_no_xorb(own_hub, xet, tmp_path):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-dedup"
    api.create_repo(repo)
    data = os.urandom(11 * MB)
    api.upload_file(path_or_fileobj=data, path_in_repo="a.bin", repo_id=repo)
    assert _paths(server, "POST", "/xet-cas/v1/xorbs/")
    server.reset_requests()
    api.upload_file(path_or_fileobj=data, path_in_repo="copy/b.bin", repo_id=repo)
    assert not _paths(server, "POST", "/xet-cas/v1/xorbs/")
    assert _paths(server, "POST", f"/api/models/{repo}/commit/main", 200)
    got = hf_hub_download(repo, "copy/b.bin", endpoint=server.url, cache_dir=tmp_path / "c")
    assert Path(got).read_bytes() == data


def _model_folder(root: Path) -> dict[str, bytes]:
    files = {
        "README.md": b"---\nlicense: mit\n---\n\n# A model\n",
        "config.json": b'{"n_layer": 2, "n_embd": 64}',
        "tokenizer.json": b'{"model": {"vocab": {"a": 0}}}' * 50,
        "empty.txt": b"",
        "pytorch_model.bin": os.urandom(300_000),  # *.bin: LFS mode whatever its size
        "model.safetensors": os.urandom(11 * MB),
        "sub/extra.npy": bytes(range(256)) * 100,
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return files


@pytest.mark.parametrize("path", ["xet", "lfs", "regular"])
def test_upload_folder_round_trip_on_every_upload_path(own_hub, tmp_path, monkeypatch, path):
    """The three ways files travel: Xet (the client's default), LFS (`HF_HUB_DISABLE_XET`),
    inline (`--upload-mode regular`); each lands the same files, byte for byte."""
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", path == "lfs")
    server = own_hub(*(["--upload-mode", "regular"] if path == "regular" else []))
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/folder-{path}"
    api.create_repo(repo)
    (tmp_path / "model").mkdir()
    files = _model_folder(tmp_path / "model")
    api.upload_folder(repo_id=repo, folder_path=tmp_path / "model")
    xorbs = _paths(server, "POST", "/xet-cas/v1/xorbs/", 200)
    lfs = _paths(server, "POST", f"/{repo}.git/info/lfs/objects/batch", 200)
    assert (bool(xorbs), bool(lfs)) == {"xet": (True, False), "lfs": (False, True)}.get(
        path, (False, False)
    )
    tree = {e.path: e for e in api.list_repo_tree(repo, recursive=True) if hasattr(e, "lfs")}
    big = tree["model.safetensors"]
    assert (big.lfs is not None) == (path != "regular")
    assert (big.xet_hash is not None) == (path == "xet")
    assert tree["config.json"].lfs is None and tree["config.json"].xet_hash is None
    got = Path(snapshot_download(repo, endpoint=server.url, cache_dir=tmp_path / "c"))
    for name, data in files.items():
        assert (got / name).read_bytes() == data, name


def test_ranged_plain_reads_of_a_xet_file(own_hub, xet):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-range"
    api.create_repo(repo)
    data = os.urandom(3 * MB + 12345)
    api.upload_file(path_or_fileobj=data, path_in_repo="r.bin", repo_id=repo)
    url = f"{server.url}/{repo}/resolve/main/r.bin"
    size = len(data)
    with httpx.Client() as http:
        for spec, want in [
            ("bytes=0-0", data[:1]),
            ("bytes=1000-1999", data[1000:2000]),
            (f"bytes={MB - 7}-{2 * MB + 7}", data[MB - 7 : 2 * MB + 8]),
            (f"bytes={size - 100}-", data[-100:]),
            ("bytes=-4096", data[-4096:]),
            (f"bytes=5-{size + 1000}", data[5:]),
        ]:
            answer = http.get(url, headers={"Range": spec})
            assert answer.status_code == 206, spec
            assert answer.content == want, spec
            first = size - len(want) if spec.startswith("bytes=-") else int(spec[6:].split("-")[0])
            assert (
                answer.headers["content-range"] == f"bytes {first}-{first + len(want) - 1}/{size}"
            )
        for spec in (f"bytes={size}-", f"bytes={size + 10}-{size + 20}"):
            answer = http.get(url, headers={"Range": spec})
            assert answer.status_code == 416, spec
            assert answer.headers["content-range"] == f"bytes */{size}"
        whole = http.get(url)
        assert whole.status_code == 200 and whole.content == data
        assert whole.headers["etag"] == f'"{hashlib.sha256(data).hexdigest()}"'
        assert "x-xet-hash" not in whole.headers  # only HEAD switches a client to Xet


def test_cas_tokens_are_scoped_to_repo_and_operation(own_hub, xet, tmp_path):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    secret, public = f"{ORG}/xet-secret", f"{ORG}/xet-public"
    api.create_repo(secret, private=True)
    api.create_repo(public)
    api.upload_file(path_or_fileobj=os.urandom(2 * MB), path_in_repo="s.bin", repo_id=secret)
    (entry,) = api.get_paths_info(secret, ["s.bin"])
    cas = _cas_url(server, secret)
    recon = f"{cas}/v1/reconstructions/{entry.xet_hash}"

    assert httpx.get(recon, headers=_auth(_cas_token(server, secret, "read"))).status_code == 200
    # Another repo's token (read or write) does not open this file.
    for kind in ("read", "write"):
        other = _cas_token(server, public, kind)
        assert httpx.get(recon, headers=_auth(other)).status_code == 403, kind
    # No token, a forged one, one signed by another hub, an expired one: 401.
    key = load_key(server.root / "xet-tokens.key")
    past = XetTokens(key, clock=lambda: time.time() - 7200)
    expired, _ = past.issue("model", secret, "read")
    foreign, _ = XetTokens(os.urandom(32)).issue("model", secret, "read")
    good = _cas_token(server, secret, "read")
    for headers in ({}, _auth("nope"), _auth(good[:-2] + "xx"), _auth(foreign), _auth(expired)):
        assert httpx.get(recon, headers=headers).status_code == 401
    # A read token cannot upload.
    xorb = f"{cas}/v1/xorbs/default/{'0' * 64}"
    assert httpx.post(xorb, content=b"x" * 100, headers=_auth(good)).status_code == 403
    shard = f"{cas}/v1/shards"
    assert httpx.post(shard, content=b"x" * 100, headers=_auth(good)).status_code == 403


def test_token_routes_answer_as_the_hub(own_hub, xet):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    secret = f"{ORG}/xet-private"
    api.create_repo(secret, private=True)
    base = f"{server.url}/api/models/{secret}"

    answer = httpx.get(f"{base}/xet-read-token/main", headers=_auth(ALICE_READ_TOKEN))
    assert answer.status_code == 200
    body, headers = answer.json(), answer.headers
    assert body["accessToken"] == headers["x-xet-access-token"]
    assert body["casUrl"] == headers["x-xet-cas-url"]
    assert re.fullmatch(re.escape(server.url) + "/xet-cas/[0-9a-f]{16}", body["casUrl"])
    assert body["exp"] == int(headers["x-xet-token-expiration"]) > time.time() + 1800
    # A private repo is not found for whoever may not see it; a write token needs write.
    assert httpx.get(f"{base}/xet-read-token/main").status_code == 404
    assert httpx.get(f"{base}/xet-read-token/main", headers=_auth(BOB_TOKEN)).status_code == 404
    assert httpx.get(f"{base}/xet-read-token/nope", headers=_auth(ALICE_TOKEN)).status_code == 404
    write = f"{base}/xet-write-token/main"
    assert httpx.get(write, headers=_auth(ALICE_READ_TOKEN)).status_code == 403
    public = f"{server.url}/api/models/{ORG}/xet-open"
    api.create_repo(f"{ORG}/xet-open")
    assert httpx.get(f"{public}/xet-write-token/main").status_code == 401
    assert httpx.get(f"{public}/xet-write-token/main", headers=_auth(BOB_TOKEN)).status_code == 403
    # ... but anyone with a write token may open a pull request ("None": revision unknown).
    pr = httpx.get(f"{public}/xet-write-token/None?create_pr=1", headers=_auth(BOB_TOKEN))
    assert pr.status_code == 200


def test_pull_request_upload_through_xet(own_hub, xet, tmp_path):
    server = own_hub()
    repo = f"{ORG}/xet-pr"
    HfApi(endpoint=server.url, token=ALICE_TOKEN).create_repo(repo)
    bob = HfApi(endpoint=server.url, token=BOB_TOKEN)
    data = os.urandom(10 * MB + 1)
    info = bob.upload_file(
        path_or_fileobj=data, path_in_repo="pr.bin", repo_id=repo, create_pr=True
    )
    assert info.pr_revision == "refs/pr/1"
    assert _paths(server, "GET", f"/api/models/{repo}/xet-write-token/None", 200)
    got = hf_hub_download(
        repo, "pr.bin", revision="refs/pr/1", endpoint=server.url, cache_dir=tmp_path / "c"
    )
    assert Path(got).read_bytes() == data


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_xet_files_survive_restart_and_kill(own_hub, xet, tmp_path, monkeypatch, sig):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-durable"
    api.create_repo(repo, private=True)
    data = os.urandom(5 * MB + 3)
    api.upload_file(path_or_fileobj=data, path_in_repo="d.bin", repo_id=repo)
    cas = _cas_url(server, repo)
    server.restart(sig)
    assert _cas_url(server, repo) == cas  # the client's cache of that CAS stays valid
    got = hf_hub_download(repo, "d.bin", endpoint=server.url, cache_dir=tmp_path / "c1")
    assert Path(got).read_bytes() == data
    assert _reconstructions(server)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    got = hf_hub_download(repo, "d.bin", endpoint=server.url, cache_dir=tmp_path / "c2")
    assert Path(got).read_bytes() == data


def test_a_new_root_on_a_reused_port_is_a_new_cas(tmp_path, xet):
    """hf_xet remembers, by CAS URL, which xorbs a CAS holds and skips sending them: a hub
    with an empty root served where another one was must not inherit that memory (its
    shard would name xorbs it never got: 400)."""
    from conftest import start_hub

    data = os.urandom(3 * MB + 5)
    repo = f"{ORG}/xet-reused-port"
    first = start_hub(tmp_path / "a" / "hub")
    try:
        api = HfApi(endpoint=first.url, token=ALICE_TOKEN)
        api.create_repo(repo)
        api.upload_file(path_or_fileobj=data, path_in_repo="w.bin", repo_id=repo)
        old_cas = _cas_url(first, repo)
    finally:
        first.stop()
    second = start_hub(tmp_path / "b" / "hub", port=first.port)  # the port just freed
    try:
        assert second.url == first.url
        api.create_repo(repo)
        api.upload_file(path_or_fileobj=data, path_in_repo="w.bin", repo_id=repo)
        assert _paths(second, "POST", "/xet-cas/v1/xorbs/", 200)  # sent again: new CAS
        assert _cas_url(second, repo) != old_cas
        got = hf_hub_download(repo, "w.bin", endpoint=second.url, cache_dir=tmp_path / "c")
        assert Path(got).read_bytes() == data
    finally:
        second.stop()


def test_unknown_sha256_in_a_commit_is_refused(own_hub, xet):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-missing"
    api.create_repo(repo)
    body = (
        '{"key":"header","value":{"summary":"x"}}\n'
        '{"key":"lfsFile","value":{"path":"m.bin","algo":"sha256","oid":"' + "ab" * 32 + '",'
        '"size":10}}\n'
    )
    answer = httpx.post(
        f"{server.url}/api/models/{repo}/commit/main",
        content=body,
        headers={**_auth(ALICE_TOKEN), "Content-Type": "application/x-ndjson"},
    )
    assert answer.status_code == 422
    with pytest.raises(HfHubHTTPError):
        api.hf_hub_download(repo, "m.bin", cache_dir=str(server.root.parent / "c"))


def test_hffilesystem_reads_a_xet_file(own_hub, xet, tmp_path):
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-fs"
    api.create_repo(repo)
    data = os.urandom(4 * MB + 5)
    api.upload_file(path_or_fileobj=data, path_in_repo="f.bin", repo_id=repo)
    fs = HfFileSystem(endpoint=server.url, token=ALICE_TOKEN)
    assert fs.info(f"{repo}/f.bin")["size"] == len(data)
    with fs.open(f"{repo}/f.bin", "rb") as fh:
        fh.seek(123_456)
        assert fh.read(100_000) == data[123_456:223_456]
    server.reset_requests()
    fs.get_file(f"{repo}/f.bin", str(tmp_path / "out.bin"))
    assert (tmp_path / "out.bin").read_bytes() == data
    assert _reconstructions(server)


def test_preupload_knows_xet_files(own_hub, xet, tmp_path):
    """An unchanged Xet file makes no commit; compared as a regular file, its git blob id
    is computed from the CAS; a small text replaces it."""
    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo = f"{ORG}/xet-preupload"
    api.create_repo(repo)
    big = b"line of text\n" * (11 * MB // 13)  # text, but over 10 MB: LFS mode, so Xet
    api.upload_file(path_or_fileobj=big, path_in_repo="notes.txt", repo_id=repo)
    head = api.model_info(repo).sha
    server.reset_requests()
    api.upload_file(path_or_fileobj=big, path_in_repo="notes.txt", repo_id=repo)
    assert api.model_info(repo).sha == head
    assert not _paths(server, "POST", f"/api/models/{repo}/commit/")
    assert not _paths(server, "POST", "/xet-cas/v1/xorbs/")  # the client sends a shard only
    # A hub that inlines everything compares the same file by its git blob id.
    server.extra_args += ["--upload-mode", "regular"]
    server.restart()
    answer = httpx.post(
        f"{server.url}/api/models/{repo}/preupload/main",
        json={"files": [{"path": "notes.txt", "size": len(big), "sample": "bGluZQ=="}]},
        headers=_auth(ALICE_TOKEN),
    )
    (item,) = answer.json()["files"]
    blob = hashlib.sha1(b"blob %d\0" % len(big) + big).hexdigest()
    assert (item["uploadMode"], item["oid"]) == ("regular", blob)
    api.upload_file(path_or_fileobj=b"short\n", path_in_repo="notes.txt", repo_id=repo)
    got = hf_hub_download(repo, "notes.txt", endpoint=server.url, cache_dir=tmp_path / "c")
    assert Path(got).read_bytes() == b"short\n"


@settings(max_examples=300)
@given(
    st.text(max_size=300) | st.from_regex(r"xet1\.[A-Za-z0-9_-]{0,80}\.[A-Za-z0-9_\-\xe9]{0,50}")
)
def test_any_presented_token_is_a_grant_or_a_401(text):
    tokens = XetTokens(b"k" * 32)
    good, _ = tokens.issue("model", "a/b", "read", "c" * 40)
    try:
        grant = tokens.verify(text)
    except HubError as err:
        assert err.status == 401
    else:
        assert text == good and grant.repo_id == "a/b"  # only what was issued verifies
    assert tokens.verify(good).operation == "read"
    forged = good[:-1] + ("A" if good[-1] != "A" else "B")
    with pytest.raises(HubError):
        tokens.verify(forged)
