"""The local Hub against callers that are not the friendly client: it must be safe to expose.

Each test is the regression test of one hardening case: admin endpoints behind a token,
no non-loopback bind without `--allow-remote`, body limits enforced before the body is
read and auth checked before it, malformed commits and bodies refused (400/422, the Hub's
error shape, nothing stored), `parentCommit` compared whole, the Hub's path rules, temp
files never left behind, a full disk answered 507, and NDJSON fuzzing (never a 5xx).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from conftest import ALICE_TOKEN, start_hub
from fixtures.bounded import capped, capped_cli
from huggingface_hub import HfApi
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ORG = "huggingtweets"
AUTH = {"Authorization": f"Bearer {ALICE_TOKEN}"}
NDJSON = {**AUTH, "Content-Type": "application/x-ndjson"}


# -- helpers -----------------------------------------------------------------------------
def _raw(url: str, head: str, body: bytes = b"", *, timeout: float = 60) -> tuple[int, bytes]:
    """Send `head` (request line + headers) and `body` as they are; the status and answer.

    The socket's timeout is a hang guard: a server that waits for a body it should have
    refused fails the test instead of answering.
    """
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while b"\r\n\r\n" not in answer:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                answer += chunk
    status_line = answer.split(b"\r\n", 1)[0]
    assert status_line.startswith(b"HTTP/1.1 "), answer[:200]
    return int(status_line.split()[1]), answer


def _hub_error(resp: httpx.Response, status: int | tuple[int, ...]) -> str:
    """Assert the Hub's error shape (status, X-Error-Message, JSON `error`); the message."""
    expected = (status,) if isinstance(status, int) else status
    assert resp.status_code in expected, (resp.status_code, resp.text[:300])
    assert resp.headers.get("x-error-message"), dict(resp.headers)
    error = resp.json()["error"]
    assert isinstance(error, str) and error
    return error


def _ndjson(*items: object) -> bytes:
    return b"".join(json.dumps(i).encode() + b"\n" for i in items)


def _header(parent: str | None = None) -> dict:
    value = {"summary": "hostile", "description": ""}
    if parent is not None:
        value["parentCommit"] = parent
    return {"key": "header", "value": value}


def _file(path: object, content: bytes = b"x") -> dict:
    b64 = base64.b64encode(content).decode()
    return {"key": "file", "value": {"path": path, "content": b64, "encoding": "base64"}}


def _stored(root: Path) -> set[str]:
    """Every object and commit on disk, and what is in flight under tmp/."""
    return {
        str(p.relative_to(root))
        for sub in ("objects", "lfs", "tmp")
        for p in (root / sub).rglob("*")
        if p.is_file()
    }


def _wait_for(condition, what: str, guard_s: float = 30) -> None:
    """Poll `condition` (a hang guard, not a timing assertion)."""
    deadline = time.monotonic() + guard_s
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for: {what}"
        time.sleep(0.05)


class Target:
    """A repo on a private hub, driven over raw HTTP with httpx."""

    def __init__(self, server, repo: str) -> None:
        self.server = server
        self.repo = repo
        self.http = httpx.Client(base_url=server.url, timeout=60)
        HfApi(endpoint=server.url, token=ALICE_TOKEN).create_repo(repo, exist_ok=True)

    @property
    def root(self) -> Path:
        return self.server.root

    def head(self) -> str:
        resp = self.http.get(f"/api/models/{self.repo}", headers=AUTH)
        resp.raise_for_status()
        return resp.json()["sha"]

    def files(self) -> list[str]:
        info = self.http.get(f"/api/models/{self.repo}", headers=AUTH).json()
        return sorted(s["rfilename"] for s in info["siblings"])

    def commit(self, body: bytes, headers: dict | None = None) -> httpx.Response:
        return self.http.post(
            f"/api/models/{self.repo}/commit/main", content=body, headers=headers or NDJSON
        )

    def preupload(self, files: list) -> httpx.Response:
        return self.http.post(
            f"/api/models/{self.repo}/preupload/main", json={"files": files}, headers=AUTH
        )

    def lfs_upload_href(self, oid: str, size: int) -> str:
        body = {
            "operation": "upload",
            "transfers": ["basic"],
            "objects": [{"oid": oid, "size": size}],
        }
        resp = self.http.post(f"/{self.repo}.git/info/lfs/objects/batch", json=body, headers=AUTH)
        resp.raise_for_status()
        return resp.json()["objects"][0]["actions"]["upload"]["href"]

    def refused_without_trace(self, resp: httpx.Response, status, before: tuple) -> str:
        """A 4xx in the Hub's shape, and the repo and the store exactly as they were."""
        message = _hub_error(resp, status)
        assert (self.head(), _stored(self.root)) == before
        return message

    def snapshot(self) -> tuple:
        return self.head(), _stored(self.root)


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    server = start_hub(tmp_path_factory.mktemp("hostile") / "hub")
    yield Target(server, f"{ORG}/hostile")
    server.stop()


# -- admin endpoints ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "faults"),
        ("POST", "faults"),
        ("DELETE", "faults"),
        ("GET", "requests"),
        ("DELETE", "requests"),
        ("GET", "stats"),
    ],
)
def test_admin_endpoints_need_the_admin_token(target, method, path):
    server = target.server
    target.http.get(f"/api/models/{target.repo}", headers=AUTH)  # something in the log
    body = json.dumps(["* /*:503"]).encode() if method == "POST" else None
    for headers in ({}, AUTH, {"Authorization": "Bearer hubadmin_wrong"}, {"Authorization": "x"}):
        resp = target.http.request(method, f"/_admin/{path}", content=body, headers=headers)
        _hub_error(resp, 401)
        assert target.repo not in resp.text  # the log's repo names do not leak
    assert server.faults() == []  # the anonymous POST set no fault
    assert server.requests(), "the anonymous DELETE emptied the log"
    admin = {"Authorization": f"Bearer {server.admin_token}"}
    assert target.http.request(method, f"/_admin/{path}", headers=admin).status_code == 200
    # ...and the admin token is no user token.
    _hub_error(target.http.get("/api/whoami-v2", headers=admin), 401)


def test_generated_admin_token_is_printed_alone_on_stderr(tmp_path):
    user_token = "hf_user_token_for_this_test"
    env = {k: v for k, v in os.environ.items() if k != "HUBTOOLS_HUB_ADMIN_TOKEN"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubtools",
            "hub",
            "serve",
            "--root",
            str(tmp_path / "hub"),
            "--token",
            f"alice:{user_token}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        line = proc.stderr.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert line.startswith("hubtools hub: admin token for /_admin/*: hubadmin_"), line
        admin = line.rsplit(" ", 1)[1]
        assert user_token not in line and admin != user_token
        bearer = {"Authorization": f"Bearer {admin}"}
        assert httpx.get(f"{url}/_admin/faults", headers=bearer).json() == []
        _hub_error(
            httpx.get(f"{url}/_admin/faults", headers={"Authorization": f"Bearer {user_token}"}),
            401,
        )
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert user_token not in err


def test_admin_token_equal_to_a_user_token_is_refused(tmp_path):
    run = capped_cli(
        ["hub", "serve", "--root", str(tmp_path), "--token", "alice:hf_same_token_0123456"],
        env={"HUBTOOLS_HUB_ADMIN_TOKEN": "hf_same_token_0123456"},
    )
    assert run.returncode == 2 and "admin token" in run.stderr
    assert "hf_same_token_0123456" not in run.stderr


# -- binding -----------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1"])
def test_non_loopback_bind_needs_allow_remote(tmp_path, host):
    run = capped_cli(["hub", "serve", "--root", str(tmp_path), "--host", host])
    assert run.returncode == 2
    assert f"--host {host} is not a loopback address" in run.stderr
    assert "--allow-remote" in run.stderr
    assert not run.stdout  # it never bound, never printed a URL


def test_allow_remote_binds_and_warns(tmp_path):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubtools",
            "hub",
            "serve",
            "--root",
            str(tmp_path),
            "--host",
            "0.0.0.0",
            "--allow-remote",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "HUBTOOLS_HUB_ADMIN_TOKEN": "hubadmin_fixed_for_this_test"},
        text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        warning = proc.stderr.readline().strip()
        assert url.startswith("http://0.0.0.0:")
        assert "warning" in warning and "reachable from other machines" in warning
        assert "private repos" in warning and "/_admin/*" in warning
        port = url.rsplit(":", 1)[1]
        assert httpx.get(f"http://127.0.0.1:{port}/api/models").status_code == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def test_loopback_names_need_no_flag(tmp_path):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubtools",
            "hub",
            "serve",
            "--root",
            str(tmp_path),
            "--host",
            "localhost",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout.readline().startswith("http://localhost:")
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


# -- body limits and auth before the body -------------------------------------------------
@pytest.fixture(scope="module")
def small_limits(tmp_path_factory):
    server = start_hub(
        tmp_path_factory.mktemp("limits") / "hub",
        extra_args=["--max-json-bytes", "4096", "--max-commit-bytes", "65536"],
    )
    yield Target(server, f"{ORG}/limits")
    server.stop()


def test_content_length_over_the_limit_is_413_before_the_body(small_limits):
    """Only the headers are sent: a server that waits for the body fails the hang guard."""
    url, repo = small_limits.server.url, small_limits.repo
    for path, declared in ((f"/api/models/{repo}/commit/main", 65537), ("/api/repos/create", 4097)):
        status, answer = _raw(
            url,
            f"POST {path} HTTP/1.1\nHost: x\nAuthorization: Bearer {ALICE_TOKEN}\n"
            f"Content-Length: {declared}\n",
        )
        assert status == 413 and b"x-error-message" in answer.lower(), answer
    # A 200 MB commit announced is refused just the same.
    status, _ = _raw(
        url,
        f"POST /api/models/{repo}/commit/main HTTP/1.1\nHost: x\n"
        f"Authorization: Bearer {ALICE_TOKEN}\nContent-Length: {200 * 2**20}\n",
    )
    assert status == 413


def test_chunked_body_over_the_limit_is_413_while_streaming(small_limits):
    """The body never ends: the server must stop it at the limit, not wait for the end."""
    url, repo = small_limits.server.url, small_limits.repo
    before = small_limits.snapshot()
    line = json.dumps(_file("big.txt", b"a" * 40_000)).encode() + b"\n"
    body = b"".join(b"%x\r\n%s\r\n" % (len(line), line) for _ in range(3))  # no final chunk
    status, answer = _raw(
        url,
        f"POST /api/models/{repo}/commit/main HTTP/1.1\nHost: x\n"
        f"Authorization: Bearer {ALICE_TOKEN}\nTransfer-Encoding: chunked\n",
        body,
    )
    assert status == 413, answer[:300]
    assert small_limits.snapshot() == before


def test_auth_is_checked_before_the_body_is_read(small_limits):
    """Headers announce a body that never comes: 401/404 must come first, not a wait."""
    url, repo = small_limits.server.url, small_limits.repo
    cases = [
        (f"POST /api/models/{repo}/commit/main", "", 401),
        (f"POST /api/models/{repo}/commit/main", "Authorization: Bearer hf_nobody\n", 401),
        ("POST /api/repos/create", "", 401),
        ("DELETE /api/repos/delete", "", 401),
        (f"POST /api/models/{repo}/preupload/main", "", 401),
        (f"POST /{repo}.git/info/lfs/objects/batch", "", 401),
        ("POST /lfs/verify/model/huggingtweets/limits", "", 401),
        (f"PUT /lfs/upload/{'a' * 64}/10?sig=forged", "", 403),
    ]
    for line, auth, expected in cases:
        status, answer = _raw(url, f"{line} HTTP/1.1\nHost: x\n{auth}Content-Length: 100\n")
        assert status == expected, (line, answer[:300])


def test_lfs_uploads_are_not_bound_by_the_body_limits(small_limits, tmp_path):
    """Big files still go up: LFS PUTs stream to disk, past the JSON and commit limits."""
    api = HfApi(endpoint=small_limits.server.url, token=ALICE_TOKEN)
    data = os.urandom(300_000)
    api.upload_file(path_or_fileobj=data, path_in_repo="weights.bin", repo_id=small_limits.repo)
    got = small_limits.http.get(f"/{small_limits.repo}/resolve/main/weights.bin", headers=AUTH)
    assert got.content == data
    assert not list((small_limits.root / "tmp").iterdir())


def test_lfs_upload_past_its_declared_size_is_refused(small_limits):
    oid = "b" * 64
    href = small_limits.lfs_upload_href(oid, 10)
    resp = small_limits.http.put(href, content=b"x" * 20)
    _hub_error(resp, 413)
    resp = small_limits.http.put(href, content=iter([b"x" * 8, b"x" * 8]))  # chunked
    _hub_error(resp, 413)
    assert not list((small_limits.root / "tmp").iterdir())
    assert not (small_limits.root / "lfs" / oid[:2] / oid).exists()


# -- malformed commits ---------------------------------------------------------------------
MALFORMED = {
    "not json": b'{"key": "header", "value": {"summary": "x"}}\n{not json\n',
    "not an object": _ndjson(_header(), [1, 2]),
    "no value": _ndjson(_header(), {"key": "file"}),
    "value not an object": _ndjson(_header(), {"key": "file", "value": "a.txt"}),
    "unknown key": _ndjson(_header(), {"key": "copy", "value": {"path": "a"}}),
    "no header": _ndjson(_file("a.txt")),
    "header twice": _ndjson(_header(), _header()),
    "header after an op": _ndjson(_file("a.txt"), _header()),
    "summary not a string": _ndjson({"key": "header", "value": {"summary": ["x"]}}),
    "content missing": _ndjson(_header(), {"key": "file", "value": {"path": "a.txt"}}),
    "content not a string": _ndjson(
        _header(), {"key": "file", "value": {"path": "a", "content": 5}}
    ),
    "invalid base64": _ndjson(
        _header(), {"key": "file", "value": {"path": "a.txt", "content": "!!not base64!!"}}
    ),
    "base64 bad padding": _ndjson(
        _header(), {"key": "file", "value": {"path": "a", "content": "YWJj="}}
    ),
    "encoding not base64": _ndjson(
        _header(), {"key": "file", "value": {"path": "a", "content": "abc", "encoding": "utf-8"}}
    ),
    "lfs oid not hex": _ndjson(_header(), {"key": "lfsFile", "value": {"path": "a", "oid": "zz"}}),
    "lfs size negative": _ndjson(
        _header(), {"key": "lfsFile", "value": {"path": "a", "oid": "c" * 64, "size": -1}}
    ),
    "lfs size a string": _ndjson(
        _header(), {"key": "lfsFile", "value": {"path": "a", "oid": "c" * 64, "size": "1"}}
    ),
    "deeply nested": b'{"key":"header","value":{}}\n' + b"[" * 100_000 + b"\n",
    "not utf-8": b'{"key":"header","value":{}}\n{"key":"file","value":{"path":"\xff"}}\n',
    "lfs object never uploaded": _ndjson(
        _header(), {"key": "lfsFile", "value": {"path": "a.bin", "oid": "d" * 64, "size": 1}}
    ),
    "delete a missing file": _ndjson(_header(), {"key": "deletedFile", "value": {"path": "nope"}}),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_commit_is_refused_and_stores_nothing(target, case):
    before = target.snapshot()
    target.refused_without_trace(target.commit(MALFORMED[case]), (400, 404, 422), before)


def test_invalid_base64_is_never_stored_as_an_empty_file(target):
    before = target.snapshot()
    body = _ndjson(_header(), {"key": "file", "value": {"path": "e.txt", "content": "%%%%"}})
    message = target.refused_without_trace(target.commit(body), 400, before)
    assert "base64" in message and "e.txt" not in target.files()


@pytest.mark.parametrize(
    "body",
    [
        {"files": "nope"},
        {"files": [1]},
        {"files": [{"path": "a", "size": "big"}]},
        {"files": [{"path": "a", "size": 1, "sample": "%%%"}]},
        {"files": [{"path": "a", "size": 1, "sample": 7}]},
        [1, 2],
    ],
)
def test_malformed_preupload_is_400(target, body):
    resp = target.http.post(f"/api/models/{target.repo}/preupload/main", json=body, headers=AUTH)
    _hub_error(resp, 400)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/repos/create", b"[" * 50_000),
        ("/api/repos/create", b'{"name": "x", "organization": ["a"]}'),
        ("/api/repos/delete", b'{"name": 5}'),
        ("/api/models/huggingtweets/hostile/branch/b1", b'{"startingPoint": ["main"]}'),
        ("/api/models/huggingtweets/hostile/paths-info/main", b'{"paths": [1]}'),
        (
            "/huggingtweets/hostile.git/info/lfs/objects/batch",
            b'{"operation": "upload", "objects": 1}',
        ),
        ("/huggingtweets/hostile.git/info/lfs/objects/batch", b"[]"),
        ("/lfs/verify/model/huggingtweets/hostile", b"not json"),
    ],
)
def test_malformed_json_bodies_are_400(target, path, body):
    method = "DELETE" if path.endswith("/delete") else "POST"
    headers = {**AUTH, "Content-Type": "application/json"}
    _hub_error(target.http.request(method, path, content=body, headers=headers), 400)


# -- parentCommit --------------------------------------------------------------------------
@pytest.mark.parametrize("parent", ["", "a", "abcdef1", "g" * 40, "a" * 41, "HEAD"])
def test_parent_commit_must_be_a_full_commit_id(target, parent):
    before = target.snapshot()
    body = _ndjson(_header(parent), _file("p.txt"))
    message = target.refused_without_trace(target.commit(body), 400, before)
    assert "parentCommit" in message


def test_parent_commit_must_equal_the_head(target):
    head = target.head()
    other = "0" * 40 if head != "0" * 40 else "1" * 40
    before = target.snapshot()
    target.refused_without_trace(
        target.commit(_ndjson(_header(other), _file("p.txt"))), 412, before
    )
    target.refused_without_trace(
        target.commit(_ndjson(_header(head[:39] + "x"), _file("p.txt"))), 400, before
    )
    resp = target.commit(_ndjson(_header(head.upper()), _file("p.txt", b"ok")))
    assert resp.status_code == 200, resp.text
    assert target.head() == resp.json()["commitOid"] != head


# -- path rules ----------------------------------------------------------------------------
HOSTILE_PATHS = [
    "a\\b.txt",
    "..\\evil",
    "nul\x00.txt",
    "tab\there",
    "new\nline",
    "del\x7f",
    "/etc/passwd",
    "../up.txt",
    "a/../../b",
    "a/./b",
    ".",
    "a//b",
    ".git/config",
    "sub/.git/hooks/x",
    ".git",
    ".cache/huggingface/x",
    "x/.cache",
    "",
    "n" * 256,
    "/".join(["d"] * 600),
]


def _ops_for(path: str) -> dict[str, dict]:
    return {
        "file": _file(path),
        "lfsFile": {"key": "lfsFile", "value": {"path": path, "oid": "e" * 64, "size": 1}},
        "deletedFile": {"key": "deletedFile", "value": {"path": path}},
        "deletedFolder": {"key": "deletedFolder", "value": {"path": path}},
    }


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_hostile_paths_are_422_on_every_operation_and_preupload(target, path):
    before = target.snapshot()
    for kind, op in _ops_for(path).items():
        resp = target.commit(_ndjson(_header(), op))
        message = target.refused_without_trace(resp, 422, before)
        assert "Invalid path" in message, (kind, message)
    _hub_error(target.preupload([{"path": path, "size": 1, "sample": "eA=="}]), 422)


def test_path_rules_leave_ordinary_names_alone(target):
    ok = ["a.txt", "sub/dir/b.json", "deep/" * 20 + "x", "ünï cödé/ø.md", ".gitattributes",
          "x.git/y", "cache/.gitkeep", "n" * 255]  # fmt: skip
    resp = target.commit(_ndjson(_header(), *[_file(p) for p in ok]))
    assert resp.status_code == 200, resp.text
    assert set(ok) <= set(target.files())
    resp = target.commit(
        _ndjson(_header(), {"key": "deletedFolder", "value": {"path": "sub/"}})
    )  # a folder may end with one "/"
    assert resp.status_code == 200, resp.text


# -- temp files and a full disk -----------------------------------------------------------
def test_interrupted_lfs_upload_leaves_no_temp_file(target):
    oid, size = "f" * 64, 1_000_000
    href = target.lfs_upload_href(oid, size)
    parts = urlsplit(href)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        head = (
            f"PUT {parts.path}?{parts.query} HTTP/1.1\r\nHost: x\r\nContent-Length: {size}\r\n\r\n"
        )
        sock.sendall(head.encode() + b"x" * 100_000)
        _wait_for(lambda: list((target.root / "tmp").iterdir()), "the upload to start")
    # The client went away mid-body: its half-written object must not stay.
    _wait_for(lambda: not list((target.root / "tmp").iterdir()), "the temp file to go")
    assert not (target.root / "lfs" / oid[:2] / oid).exists()


def test_mismatched_lfs_upload_leaves_no_temp_file(target):
    href = target.lfs_upload_href("1" * 64, 5)
    _hub_error(target.http.put(href, content=b"hello"), 400)  # not the sha256 of "hello"
    assert not list((target.root / "tmp").iterdir())


def test_temp_files_are_removed_at_start_up(tmp_path):
    server = start_hub(tmp_path / "hub")
    try:
        (server.root / "tmp" / "tmpabc123").write_bytes(b"half an upload")
        (server.root / "tmp" / f"parts-{'2' * 64}").mkdir()
        (server.root / "tmp" / f"parts-{'2' * 64}" / "1").write_bytes(b"a part")
        server.restart()
        assert list((server.root / "tmp").iterdir()) == []
    finally:
        server.stop()


@pytest.fixture
def full_disk_hub(tmp_path):
    """A hub whose whole store is a 2 MiB tmpfs: writes past that fail with ENOSPC."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    root = tmp_path / "hub"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(root)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    server = start_hub(root)
    try:
        yield Target(server, f"{ORG}/full")
    finally:
        server.stop()
        subprocess.run(["umount", "-l", str(root)], check=False)


def test_full_disk_is_507_and_the_store_is_untouched(full_disk_hub):
    hub = full_disk_hub
    before = hub.snapshot()
    # An LFS upload bigger than the disk.
    data = os.urandom(3 * 2**20)
    import hashlib

    href = hub.lfs_upload_href(hashlib.sha256(data).hexdigest(), len(data))
    message = _hub_error(hub.http.put(href, content=data), 507)
    assert "Insufficient storage" in message
    assert hub.snapshot() == before
    # A regular file inline in the commit, bigger than the disk.
    hub.refused_without_trace(hub.commit(_ndjson(_header(), _file("big.txt", data))), 507, before)
    # The hub still works, and a commit that fits lands.
    resp = hub.commit(_ndjson(_header(before[0]), _file("small.txt", b"fits")))
    assert resp.status_code == 200, resp.text
    assert "small.txt" in hub.files()
    assert not list((hub.root / "tmp").iterdir())


def test_store_maps_a_full_disk_to_507_in_process(tmp_path, monkeypatch):
    """Where no tmpfs can be mounted, the same contract in-process: every write fails ENOSPC."""
    import errno

    from hubtools.localhub.errors import HubError
    from hubtools.localhub.store import Op, Store

    store = Store(tmp_path / "root")
    repo = store.create_repo("model", "ns/r", private=False, author="alice")
    head, before = repo.branches["main"], _stored(store.root)
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh) -> None:
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.fh.close()

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    with pytest.raises(HubError) as err:
        store.apply(
            repo, ("branch", "main"), [Op("file", "a.txt", b"a")], title="t", message="", author="a"
        )
    monkeypatch.undo()
    assert err.value.status == 507 and "Insufficient storage" in err.value.message
    assert repo.branches["main"] == head and _stored(store.root) == before
    assert Store(store.root).get_repo("model", "ns/r").branches["main"] == head


# -- fuzzing -------------------------------------------------------------------------------
OUTCOMES: dict[str, Counter] = {}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
segments = st.sampled_from(
    [
        "a",
        "b.txt",
        "..",
        ".",
        "",
        ".git",
        ".cache",
        "a\\b",
        "\x00",
        "\x1f",
        "\x7f",
        " ",
        "ü",
        "n" * 300,
        "%2e%2e",
        "con",
        "\u202e",
        "\ud800",
    ]
) | st.text(max_size=10)
hostile_paths = st.builds(
    lambda parts, lead, trail: lead + "/".join(parts) + trail,
    st.lists(segments, min_size=1, max_size=5),
    st.sampled_from(["", "/", "./", "\\"]),
    st.sampled_from(["", "/", "\\", "\x00"]),
)
op_keys = st.sampled_from(["file", "lfsFile", "deletedFile", "deletedFolder"])


@st.composite
def wrong_shapes(draw) -> bytes:
    """Lines whose keys and values have the wrong types, around a valid header or not."""
    items = [draw(st.sampled_from([_header(), draw(json_values)]))]
    for _ in range(draw(st.integers(1, 3))):
        value = draw(st.dictionaries(st.sampled_from(["path", "content", "oid", "size", "encoding", "algo"]),
                                     json_values, max_size=5))  # fmt: skip
        items.append(draw(st.sampled_from([
            {"key": draw(op_keys | st.text(max_size=8)), "value": value},
            {"key": draw(json_values), "value": value},
            {"value": value},
            draw(json_values),
        ])))  # fmt: skip
    return _ndjson(*items)


@st.composite
def bad_json(draw) -> bytes:
    lines = [json.dumps(_header()).encode()]
    lines += draw(
        st.lists(
            st.binary(max_size=64) | st.text(max_size=64).map(str.encode), min_size=1, max_size=3
        )
    )
    return b"\n".join(lines) + draw(st.sampled_from([b"", b"\n", b"\r\n"]))


@st.composite
def bad_base64(draw) -> bytes:
    content = draw(st.text(alphabet="ABCxyz019+/=-_ \n%!é", max_size=40))
    encoding = draw(st.sampled_from([None, "base64", "utf-8", 64]))
    value = {"path": "b64.txt", "content": content}
    if encoding is not None:
        value["encoding"] = encoding
    return _ndjson(_header(), {"key": "file", "value": value})


@st.composite
def hostile_path_ops(draw) -> bytes:
    path = draw(hostile_paths)
    kind = draw(op_keys)
    return _ndjson(_header(), _ops_for(path)[kind])


@st.composite
def huge_lines(draw) -> bytes:
    size = draw(st.integers(1, 3)) * 2**20
    filler = draw(st.sampled_from(["A", "!", "\\u0000", "["]))
    content = (filler * (size // len(filler)))[:size]
    shape = draw(st.sampled_from(["content", "path", "raw"]))
    if shape == "raw":
        return _ndjson(_header()) + content.encode() + b"\n"
    if shape == "path":
        return _ndjson(_header(), {"key": "deletedFile", "value": {"path": content}})
    return _ndjson(_header(), {"key": "file", "value": {"path": "huge.txt", "content": content}})


@st.composite
def duplicate_paths(draw) -> bytes:
    path = draw(st.sampled_from(["dup.txt", "d/dup.txt", ".gitattributes"]))
    ops = draw(st.lists(st.sampled_from(["file", "deletedFile", "deletedFolder", "lfsFile"]),
                        min_size=2, max_size=5))  # fmt: skip
    items = []
    for kind in ops:
        if kind == "file":
            items.append(_file(path, draw(st.binary(max_size=16))))
        elif kind == "lfsFile":
            items.append({"key": "lfsFile", "value": {"path": path, "oid": "9" * 64}})
        else:
            items.append(
                {
                    "key": kind,
                    "value": {"path": path.rsplit("/", 1)[0] if kind == "deletedFolder" else path},
                }
            )
    return _ndjson(_header(), *items)


def _post_and_check(target: Target, name: str, body: bytes) -> None:
    """2xx, or a 4xx in the Hub's shape that changed nothing; never a 5xx."""
    before = target.snapshot()
    resp = target.commit(body)
    OUTCOMES.setdefault(name, Counter())[resp.status_code] += 1
    assert resp.status_code < 500, (resp.status_code, resp.text[:300], body[:300])
    if resp.status_code >= 400:
        target.refused_without_trace(resp, resp.status_code, before)
    else:
        assert resp.status_code == 200 and target.head() == resp.json()["commitOid"]


FUZZ = settings(
    max_examples=200, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@FUZZ
@given(body=wrong_shapes())
def test_fuzz_wrong_keys_and_types(target, body):
    _post_and_check(target, "wrong keys/types", body)


@FUZZ
@given(body=bad_json())
def test_fuzz_bad_json(target, body):
    _post_and_check(target, "bad JSON", body)


@FUZZ
@given(body=bad_base64())
def test_fuzz_bad_base64(target, body):
    _post_and_check(target, "bad base64", body)


@FUZZ
@given(body=hostile_path_ops())
def test_fuzz_hostile_paths(target, body):
    _post_and_check(target, "hostile paths", body)


@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(body=huge_lines())
def test_fuzz_huge_lines(target, body):
    _post_and_check(target, "huge lines", body)


@FUZZ
@given(body=duplicate_paths())
def test_fuzz_duplicate_paths(target, body):
    _post_and_check(target, "duplicate paths", body)


def _parse_status(body: bytes) -> int:
    """What the parser alone makes of a body: 200, or the HubError's status."""
    from hubtools.localhub.commitbody import parse_commit
    from hubtools.localhub.errors import HubError

    try:
        parse_commit(body)
    except HubError as err:
        assert 400 <= err.status < 500 and "\n" not in err.message, err.message
        return err.status
    return 200


@settings(
    max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(
    body=wrong_shapes()
    | bad_json()
    | bad_base64()
    | hostile_path_ops()
    | duplicate_paths()
    | huge_lines()
)
def test_fuzz_parser_in_process_under_a_memory_cap(body):
    """The NDJSON parser alone, under `capped`: a status, never an exception, bounded memory."""
    out = capped(lambda: _parse_status(body), max_mb=16 + 3 * len(body) / 2**20, max_s=60)
    OUTCOMES.setdefault("parser in-process", Counter())[out.value] += 1


def test_fuzz_outcomes_report():
    """Prints what each strategy drew (run with -s); runs last in this file."""
    for name, counts in sorted(OUTCOMES.items()):
        print(f"{name}: {dict(sorted(counts.items()))}")
