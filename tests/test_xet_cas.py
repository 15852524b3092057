"""The local Hub's CAS against the real hf_xet client: uploads, downloads, ranges, dedup,
restarts, tokens, and the parsers on the bytes hf_xet really sends."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from blake3 import blake3
from fixtures.xet_cas_server import READ_TOKEN, WRITE_TOKEN, CasServer
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.localhub.xet import hashing
from hubtools.localhub.xet.cas import CasStore
from hubtools.localhub.xet.shard import parse_shard
from hubtools.localhub.xet.xorb import parse_xorb

hf_xet = pytest.importorskip("hf_xet")  # the real client (untyped: attributes are Any)

RNG = random.Random(20261202)
BLOCK = RNG.randbytes(3_000_000)
FILES = {
    "empty": b"",
    "one": b"x",
    "kb": RNG.randbytes(5_000),
    # 12 MB whose 3 MB blocks repeat: their chunks are stored once
    "repeats": BLOCK + bytes(1_000_000) + BLOCK + BLOCK + RNG.randbytes(2_000_000) + BLOCK,
}


@pytest.fixture
def xet_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A client-side cache of its own, so only the server can tell the client what exists."""
    cache = tmp_path / "xet-cache"
    monkeypatch.setenv("HF_XET_CACHE", str(cache))
    return cache


@pytest.fixture
def cas(tmp_path: Path, xet_cache: Path) -> Iterator[CasServer]:
    server = CasServer(tmp_path / "hub" / "xet").start()
    yield server
    server.stop()


def _expiry() -> int:
    return int(time.time()) + 3600


def upload(url: str, files: dict[str, bytes], token: str = WRITE_TOKEN) -> dict[str, str]:
    """Upload through the real client in one commit; name -> Xet file hash."""
    session = hf_xet.XetSession()
    with session.new_upload_commit(
        endpoint=url, token=token, token_expiry_unix_secs=_expiry()
    ) as c:
        handles = {name: c.start_upload_bytes(data, name=name) for name, data in files.items()}
    return {name: h.result().xet_info.hash for name, h in handles.items()}


def download(
    url: str, hashes: dict[str, str], sizes: dict[str, int], out: Path
) -> dict[str, bytes]:
    session = hf_xet.XetSession()
    out.mkdir(parents=True, exist_ok=True)
    with session.new_file_download_group(
        endpoint=url, token=READ_TOKEN, token_expiry_unix_secs=_expiry()
    ) as group:
        for name, file_hash in hashes.items():
            group.start_download_file(hf_xet.XetFileInfo(file_hash, sizes[name]), str(out / name))
    return {name: (out / name).read_bytes() for name in hashes}


def stream(url: str, file_hash: str, size: int, start: int | None, end: int | None) -> bytes:
    session = hf_xet.XetSession()
    group = session.new_download_stream_group(
        endpoint=url, token=READ_TOKEN, token_expiry_unix_secs=_expiry()
    )
    return b"".join(
        group.download_stream(hf_xet.XetFileInfo(file_hash, size), start=start, end=end)
    )


def test_round_trip_of_several_sizes(cas: CasServer, tmp_path: Path) -> None:
    hashes = upload(cas.url, FILES)
    assert hashes["empty"] == "0" * 64
    for name, data in FILES.items():
        sha = hashlib.sha256(data).hexdigest()
        known = cas.store.file(hashes[name])
        assert known is not None and (known.size, known.sha256) == (len(data), sha), name
        assert cas.store.file_by_sha256(sha) == known
        assert b"".join(cas.store.read(hashes[name])) == data
    nonempty = {k: v for k, v in hashes.items() if FILES[k]}
    got = download(cas.url, nonempty, {k: len(v) for k, v in FILES.items()}, tmp_path / "out")
    assert all(got[name] == FILES[name] for name in nonempty)
    stored = sum(p.stat().st_size for p in (cas.root / "xorbs").iterdir() if p.suffix != ".idx")
    assert stored < 8_000_000, "the repeated 3 MB blocks were stored more than once"
    assert cas.count("POST", "/v1/shards") >= 1


def test_ranged_reads_through_the_client_and_the_store(cas: CasServer) -> None:
    data = FILES["repeats"]
    file_hash = upload(cas.url, {"repeats": data})["repeats"]
    n = len(data)
    ranges = [
        (0, 1),
        (12345, 7_000_001),
        (n - 1, n),
        (2_999_999, 3_000_001),
        (0, n),
        (65_536, 131_073),
    ]
    for start, end in ranges:
        assert stream(cas.url, file_hash, n, start, end) == data[start:end], (start, end)
        assert b"".join(cas.store.read(file_hash, start, end)) == data[start:end], (start, end)
    assert cas.count("GET", "/v1/reconstructions/") >= len(ranges)


def test_reconstruction_json_for_a_range(cas: CasServer) -> None:
    data = FILES["repeats"]
    file_hash = upload(cas.url, {"repeats": data})["repeats"]
    headers = {"Authorization": f"Bearer {READ_TOKEN}", "Range": "bytes=3000000-3000009"}
    plan = httpx.get(f"{cas.url}/v1/reconstructions/{file_hash}", headers=headers).json()
    assert plan["terms"] and 0 <= plan["offset_into_first_range"] < 128 * 1024
    got = b""
    for term in plan["terms"]:
        (info,) = plan["fetch_info"][term["hash"]]
        assert (
            info["range"]["start"]
            <= term["range"]["start"]
            < term["range"]["end"]
            <= info["range"]["end"]
        )
        rng = f"bytes={info['url_range']['start']}-{info['url_range']['end']}"
        raw = httpx.get(info["url"], headers={"Range": rng})  # no token: the URL is signed
        assert raw.status_code == 206
        assert len(raw.content) == info["url_range"]["end"] - info["url_range"]["start"] + 1
        got += _decode_records(raw.content)[: term["unpacked_length"]]
    skip = plan["offset_into_first_range"]
    assert got[skip : skip + 10] == data[3_000_000:3_000_010]


def _decode_records(raw: bytes) -> bytes:
    import io

    from hubtools.localhub.xet.xorb import iter_chunks

    return b"".join(data for _, _, data in iter_chunks(io.BytesIO(raw)))


def test_second_upload_sends_no_xorb(
    cas: CasServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = FILES["repeats"]
    first = upload(cas.url, {"f": data})["f"]
    assert cas.count("POST", "/v1/xorbs/") >= 1
    # A new client with an empty cache: only the server's dedup answers can spare the xorbs.
    monkeypatch.setenv("HF_XET_CACHE", str(tmp_path / "other-cache"))
    cas.requests.clear()
    again = upload(cas.url, {"g": data})["g"]
    assert again == first
    assert cas.count("POST", "/v1/xorbs/") == 0, cas.requests
    assert cas.count("GET", "/v1/chunks/") >= 1


def test_dedup_answers_hide_the_chunk_hashes(cas: CasServer) -> None:
    """The global-dedup shard names chunks only by keyed hash: matching needs the data."""
    upload(cas.url, {"kb": FILES["kb"]})
    (xorb,) = (p for p in (cas.root / "xorbs").iterdir() if p.suffix != ".idx")
    with open(xorb, "rb") as fh:
        _, chunks = parse_xorb(fh)
    first = hashing.to_hex(chunks[0].hash)
    auth = {"Authorization": f"Bearer {WRITE_TOKEN}"}
    answer = httpx.get(f"{cas.url}/v1/chunks/default/{first}", headers=auth)
    assert answer.status_code == 200
    body = answer.content
    (listed,) = parse_shard(body).xorbs
    assert hashing.to_hex(listed.hash) == xorb.name
    key = body[-200 + 72 : -200 + 104]
    assert key != bytes(32)
    sent = [h for h, _ in listed.chunks()]
    assert sent == [blake3(c.hash, key=key).digest() for c in chunks]
    assert not {c.hash for c in chunks} & set(sent)
    assert httpx.get(f"{cas.url}/v1/chunks/default/{'ab' * 32}", headers=auth).status_code == 404


def test_files_survive_a_restart(cas: CasServer, tmp_path: Path) -> None:
    hashes = upload(cas.url, {"kb": FILES["kb"], "repeats": FILES["repeats"]})
    cas.stop()
    again = CasServer(cas.root).start()
    try:
        sizes = {"kb": len(FILES["kb"]), "repeats": len(FILES["repeats"])}
        got = download(again.url, hashes, sizes, tmp_path / "after")
        assert got == {"kb": FILES["kb"], "repeats": FILES["repeats"]}
        sha = hashlib.sha256(FILES["kb"]).hexdigest()
        assert CasStore(cas.root).file_by_sha256(sha) == again.store.file(hashes["kb"])
    finally:
        again.stop()


def _serve_in_child(root: Path) -> tuple[subprocess.Popen[str], str]:
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": f"{tests}{os.pathsep}{tests.parent}"}
    child = subprocess.Popen(
        [sys.executable, "-m", "fixtures.xet_cas_server", str(root)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    url = child.stdout.readline().strip()
    assert url.startswith("http://"), url
    return child, url


def test_sigkill_mid_upload_leaves_nothing_half_stored(tmp_path: Path, xet_cache: Path) -> None:
    """A server killed while it receives a xorb: after a restart that xorb is unknown (not
    half there), and the same content uploads and reads back whole."""
    root = tmp_path / "xet"
    data = FILES["repeats"]
    first = upload_child(root, {"kb": FILES["kb"]})
    child, url = _serve_in_child(root)
    host, port = url.split("/")[2].split(":")
    name = "ab" * 32
    head = (
        f"POST /xet-cas/v1/xorbs/default/{name} HTTP/1.1\r\nHost: {host}\r\n"
        f"Authorization: Bearer {WRITE_TOKEN}\r\nContent-Length: 50000000\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(head.encode() + bytes(5_000_000))
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size for p in (root / "tmp").iterdir()):  # hang guard only
            assert time.monotonic() < deadline, "the body never reached the server"
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(60)
    assert not (root / "xorbs" / name).exists()
    server = CasServer(root).start()
    try:
        assert server.store.file(first["kb"]) is not None
        hashes = upload(server.url, {"repeats": data})
        got = download(server.url, hashes, {"repeats": len(data)}, tmp_path / "out")
        assert got["repeats"] == data
        for path in (root / "xorbs").iterdir():  # every stored xorb is whole
            if path.suffix != ".idx":
                with open(path, "rb") as fh:
                    parse_xorb(fh, hashing.from_hex(path.name))
    finally:
        server.stop()


def upload_child(root: Path, files: dict[str, bytes]) -> dict[str, str]:
    """Upload to a CAS in a child process, then SIGKILL it (nothing flushed on exit)."""
    child, url = _serve_in_child(root)
    try:
        return upload(url, files)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(60)


def test_uploaded_bytes_parse_back(cas: CasServer) -> None:
    """The parsers on what hf_xet really sent: the xorbs and the shard as stored."""
    hashes = upload(cas.url, {"kb": FILES["kb"], "repeats": FILES["repeats"]})
    for path in (cas.root / "xorbs").iterdir():
        if path.suffix == ".idx":
            continue
        with open(path, "rb") as fh:
            root, chunks = parse_xorb(fh, hashing.from_hex(path.name))
        assert hashing.to_hex(root) == path.name
        assert sum(c.length for c in chunks) == path.stat().st_size
    (shard_path,) = (cas.root / "shards").iterdir()
    shard = parse_shard(shard_path.read_bytes())
    by_hash = {hashing.to_hex(f.file_hash): f for f in shard.files}
    for name in ("kb", "repeats"):
        f = by_hash[hashes[name]]
        assert f.size == len(FILES[name])
        assert f.sha256_raw is not None
        assert hashing.to_hex(f.sha256_raw) == hashlib.sha256(FILES[name]).hexdigest()
        assert len(list(f.verifications())) == len(list(f.terms()))
    assert {hashing.to_hex(x.hash) for x in shard.xorbs} <= {
        p.name for p in (cas.root / "xorbs").iterdir() if p.suffix != ".idx"
    }


def _get(url: str, token: str | None, **headers: str) -> httpx.Response:
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.get(url, headers=headers)


def test_statuses_of_bad_queries(cas: CasServer) -> None:
    data = FILES["kb"]
    file_hash = upload(cas.url, {"kb": data})["kb"]
    rec = f"{cas.url}/v1/reconstructions/"
    assert _get(rec + file_hash, READ_TOKEN).status_code == 200
    assert _get(rec + "ab" * 32, READ_TOKEN).status_code == 404
    assert (
        _get(rec + file_hash, READ_TOKEN, Range=f"bytes={len(data)}-{len(data) + 5}").status_code
        == 416
    )
    assert _get(rec + file_hash, None).status_code == 401
    assert _get(rec + file_hash, "forged").status_code == 401
    assert _get(rec + "not-a-hash", READ_TOKEN).status_code == 400
    post = httpx.post(
        f"{cas.url}/v1/xorbs/default/{'ab' * 32}",
        content=b"",
        headers={"Authorization": f"Bearer {READ_TOKEN}"},
    )
    assert post.status_code == 403
    # the newer protocol forms answer 404, so the client falls back to the v1 ones
    assert _get(f"{cas.url}/v2/reconstructions/{file_hash}", READ_TOKEN).status_code == 404
    assert httpx.post(f"{cas.url}/v1/xorb-grants/default/{'ab' * 32}").status_code == 404
    assert httpx.post(f"{cas.url}/v2/shards", content=b"x").status_code == 404


def test_xorb_urls_are_signed(cas: CasServer) -> None:
    file_hash = upload(cas.url, {"kb": FILES["kb"]})["kb"]
    plan = _get(f"{cas.url}/v1/reconstructions/{file_hash}", READ_TOKEN).json()
    (infos,) = plan["fetch_info"].values()
    url = infos[0]["url"]
    assert httpx.get(url, headers={"Range": "bytes=0-7"}).status_code == 206
    assert httpx.get(url.split("?")[0]).status_code == 403
    assert httpx.get(url.replace("sig=", "sig=0")).status_code == 403
    other = url.replace(plan["terms"][0]["hash"], "ab" * 32)
    assert httpx.get(other).status_code == 403


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CasStore, str]]:
    """One upload of the 12 MB file with repeats, shared by the property tests."""
    tmp = tmp_path_factory.mktemp("stored")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_XET_CACHE", str(tmp / "cache"))
        server = CasServer(tmp / "xet").start()
        try:
            file_hash = upload(server.url, {"repeats": FILES["repeats"]})["repeats"]
        finally:
            server.stop()
    yield CasStore(tmp / "xet"), file_hash


@settings(max_examples=500)
@given(start=st.integers(0, len(FILES["repeats"])), length=st.integers(0, 400_000))
def test_store_reads_any_range(stored: tuple[CasStore, str], start: int, length: int) -> None:
    store, file_hash = stored
    data = FILES["repeats"]
    assert b"".join(store.read(file_hash, start, start + length)) == data[start : start + length]
    if start < len(data):
        plan = store.plan(file_hash, start, start + max(length, 1) - 1)
        assert plan is not None and plan.terms
        assert 0 <= plan.offset_into_first_range < plan.terms[0].size
        assert sum(t.size for t in plan.terms) - plan.offset_into_first_range >= min(
            max(length, 1), len(data) - start
        )


def test_hex_form_reverses_each_eight_byte_group() -> None:
    raw = bytes(range(32))
    text = "07060504030201000f0e0d0c0b0a090817161514131211101f1e1d1c1b1a1918"
    assert hashing.to_hex(raw) == text
    assert hashing.from_hex(text) == raw


@settings(max_examples=60)
@given(
    st.lists(st.tuples(st.binary(min_size=32, max_size=32), st.integers(0, 2**17)), max_size=300)
)
def test_streaming_merkle_equals_level_by_level(leaves: list[tuple[bytes, int]]) -> None:
    assert hashing.merkle_root(leaves) == hashing.reference_root(leaves)
