"""The CAS against hostile uploads: malformed xorbs and shards, lying lengths, LZ4 bombs,
bad hashes, forged claims and wrong tokens.

Each answer is a 400/401/403/413 with a one-line message (or the parsers' one-line
`UserError`), at bounded memory, with nothing stored. Xorbs and shards are built here by
hand (LZ4 from the `lz4` package); the fuzz tests throw hypothesis-made bodies at both
parsers.
"""

from __future__ import annotations

import hashlib
import io
import socket
import struct
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import httpx
import lz4.frame
import pytest
from fixtures.bounded import assert_one_line, capped
from fixtures.xet_cas_server import READ_TOKEN, WRITE_TOKEN, CasServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubtools.localhub.xet import hashing
from hubtools.localhub.xet.cas import CasStore
from hubtools.localhub.xet.shard import BOOKEND, TAG, parse_shard
from hubtools.localhub.xet.xorb import XetFormatError, parse_xorb

CHUNKS = [bytes([i]) * 9000 + hashlib.sha256(bytes([i])).digest() * 100 for i in range(5)]
WRITE = {"Authorization": f"Bearer {WRITE_TOKEN}"}


# -- builders ----------------------------------------------------------------------------
def record(data: bytes, scheme: int = 1, *, declared: int | None = None, version: int = 0) -> bytes:
    payload = lz4.frame.compress(data) if scheme in (1, 2) else data
    if scheme == 2:
        grouped = b"".join(data[i::4] for i in range(4))
        payload = lz4.frame.compress(grouped)
    size = len(data) if declared is None else declared
    head = bytes([version]) + len(payload).to_bytes(3, "little") + bytes([scheme])
    return head + size.to_bytes(3, "little") + payload


def xorb_hash(chunks: list[bytes]) -> bytes:
    return hashing.merkle_root((hashing.chunk_hash(c), len(c)) for c in chunks)


def shard(files: list[bytes], xorbs: Sequence[bytes] = (), *, version: int = 2) -> bytes:
    return (
        TAG + struct.pack("<QQ", version, 0) + b"".join(files) + BOOKEND + b"".join(xorbs) + BOOKEND
    )


def file_entry(
    chunks: list[bytes],
    xorb: bytes,
    terms: list[tuple[int, int]],
    *,
    sha: bytes | None = None,
    file_hash: bytes | None = None,
    verify: bool = True,
    sizes: list[int] | None = None,
) -> bytes:
    leaves = [
        (hashing.chunk_hash(chunks[k]), len(chunks[k])) for s, e in terms for k in _ks(chunks, s, e)
    ]
    fh = file_hash or hashing.file_hash_of_root(hashing.merkle_root(leaves))
    data = b"".join(chunks[k] for s, e in terms for k in _ks(chunks, s, e))
    sha = sha or _swap(hashlib.sha256(data).digest())
    flags = (1 << 31 if verify else 0) | 1 << 30
    out = struct.pack("<32sIIQ", fh, flags, len(terms), 0)
    for i, (s, e) in enumerate(terms):
        size = sizes[i] if sizes else sum(len(chunks[k]) for k in _ks(chunks, s, e))
        out += struct.pack("<32sIIII", xorb, 0, size, s, e)
    if verify:
        for s, e in terms:
            out += hashing.verification_hash(
                hashing.chunk_hash(chunks[k]) for k in _ks(chunks, s, e)
            ) + bytes(16)
    return out + sha + bytes(16)


def _ks(chunks: list[bytes], start: int, end: int) -> range:
    """Chunk indexes of a term, clipped to the chunks there are (a lying term names more)."""
    return range(start, min(end, len(chunks)))


def cas_entry(chunks: list[bytes], xorb: bytes) -> bytes:
    out = struct.pack("<32sIIII", xorb, 0, len(chunks), sum(map(len, chunks)), 0)
    pos = 0
    for c in chunks:
        out += struct.pack("<32sIIQ", hashing.chunk_hash(c), pos, len(c), 0)
        pos += len(c)
    return out


def _swap(digest: bytes) -> bytes:
    """A sha256 digest as the shard stores it (each 8-byte group reversed)."""
    return hashing.from_hex(digest.hex())


@pytest.fixture
def store(tmp_path: Path) -> CasStore:
    """A store holding one xorb of CHUNKS."""
    cas = CasStore(tmp_path / "xet")
    body = cas.tmp_file()
    body.write_bytes(b"".join(record(c) for c in CHUNKS))
    assert cas.add_xorb(hashing.to_hex(xorb_hash(CHUNKS)), body)
    return cas


def _parse_xorb(body: bytes, expected: bytes | None = None) -> object:
    return parse_xorb(io.BytesIO(body), expected)


def _rejected(fn: Callable[[], object], *, max_mb: float = 16, match: str = "") -> str:
    out = capped(fn, max_mb=max_mb, max_s=60)
    assert out.error is not None, f"accepted: {out.value!r}"[:300]
    assert match in str(out.error), str(out.error)
    return str(out.error)


# -- xorbs -------------------------------------------------------------------------------
def test_a_valid_hand_built_xorb_parses_with_every_scheme() -> None:
    body = record(CHUNKS[0], 0) + record(CHUNKS[1], 1) + record(CHUNKS[2], 2)
    _, entries = parse_xorb(io.BytesIO(body), xorb_hash(CHUNKS[:3]))
    assert [e.size for e in entries] == [len(c) for c in CHUNKS[:3]]
    assert sum(e.length for e in entries) == len(body)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"", "no chunks"),
        (record(CHUNKS[0])[:5], "truncated chunk header"),
        (record(CHUNKS[0])[:-3], "truncated"),
        (record(CHUNKS[0], version=1), "header version"),
        (record(CHUNKS[0])[:4] + b"\x07" + record(CHUNKS[0])[5:], "compression scheme"),
        (b"\x00\xff\xff\x0f\x00\x10\x00\x00", "larger than"),  # 1 MiB compressed claimed
        (record(CHUNKS[0], declared=200_000), "larger than"),
        (record(CHUNKS[0], declared=100), "declared"),  # inflates past what it declares
        (record(CHUNKS[0], declared=len(CHUNKS[0]) + 1), "declared"),
        (record(CHUNKS[0], 0, declared=10), "wrong length"),
        (
            b"\x00" + (20).to_bytes(3, "little") + b"\x01" + (20).to_bytes(3, "little") + b"x" * 20,
            "LZ4",
        ),
        (b"XETBLOB\x01" + bytes(40), "footer"),
        (record(CHUNKS[0]) + b"\x00\x00", "truncated"),
    ],
)
def test_malformed_xorbs_are_refused(body: bytes, match: str) -> None:
    _rejected(lambda: _parse_xorb(body), match=match)


def test_an_lz4_bomb_costs_only_its_declared_size() -> None:
    bomb = lz4.frame.compress(bytes(60_000_000), store_size=True)  # 60 MB of zeros in ~240 KB
    assert len(bomb) < 2 * 128 * 1024
    head = b"\x00" + len(bomb).to_bytes(3, "little") + b"\x01" + (1000).to_bytes(3, "little")
    _rejected(lambda: _parse_xorb(head + bomb), max_mb=4, match="declared")


def test_a_xorb_whose_chunks_do_not_hash_to_its_name_is_refused() -> None:
    body = b"".join(record(c) for c in CHUNKS)
    _rejected(lambda: _parse_xorb(body, xorb_hash(CHUNKS[::-1])), match="does not match")


def test_too_many_chunks_are_refused() -> None:
    body = record(b"a", 0) * 20_000  # 180 KB of one-byte chunks
    _rejected(lambda: _parse_xorb(body), match="more than")


# -- shards ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"", "truncated in header"),
        (TAG[:20], "truncated in header"),
        (b"X" * 32 + struct.pack("<QQ", 2, 0) + BOOKEND * 2, "bad header tag"),
        (shard([], version=3), "header version"),
        (TAG + struct.pack("<QQ", 2, 7) + BOOKEND * 2, "footer size"),
        (TAG + struct.pack("<QQ", 2, 0) + BOOKEND, "truncated in CAS section"),
        (shard([]) + b"junk", "stray bytes"),
        (
            TAG + struct.pack("<QQ", 2, 0) + struct.pack("<32sIIQ", b"f" * 32, 0, 2**32 - 1, 0),
            "claims",
        ),
        (
            TAG
            + struct.pack("<QQ", 2, 0)
            + struct.pack("<32sIIQ", b"f" * 32, 1, 0, 0)
            + BOOKEND * 2,
            "flags",
        ),
        (shard([], [struct.pack("<32sIIII", b"x" * 32, 0, 2**32 - 1, 0, 0)]), "claims"),
    ],
)
def test_malformed_shards_are_refused(body: bytes, match: str) -> None:
    _rejected(lambda: parse_shard(body), max_mb=4, match=match)


def test_a_valid_hand_built_shard_registers_its_file(store: CasStore) -> None:
    xh = xorb_hash(CHUNKS)
    body = shard([file_entry(CHUNKS, xh, [(0, 5), (1, 3)])], [cas_entry(CHUNKS, xh)])
    assert store.add_shard(body) == 1
    content = b"".join(CHUNKS) + CHUNKS[1] + CHUNKS[2]
    (known,) = [store.file(p.name) for p in (store.root / "files").iterdir()]
    assert known is not None and known.size == len(content)
    assert store.file_by_sha256(hashlib.sha256(content).hexdigest()) == known
    assert b"".join(store.read(known.file_hash)) == content
    assert store.add_shard(body) == 0


def _bad_shards() -> dict[str, tuple[bytes, str]]:
    xh = xorb_hash(CHUNKS)
    other = hashing.chunk_hash(b"no such xorb")
    cas = [cas_entry(CHUNKS, xh)]
    return {
        "missing xorb": (shard([file_entry(CHUNKS, other, [(0, 2)])]), "not stored"),
        "range past end": (
            shard([file_entry(CHUNKS, xh, [(3, 6)], verify=False, sizes=[1])]),
            "outside",
        ),
        "empty range": (
            shard([file_entry(CHUNKS, xh, [(2, 2)], verify=False, sizes=[0])]),
            "outside",
        ),
        "lying size": (shard([file_entry(CHUNKS, xh, [(0, 2)], sizes=[5])]), "claims"),
        "wrong file hash": (
            shard([file_entry(CHUNKS, xh, [(0, 2)], file_hash=b"h" * 32)]),
            "hash to",
        ),
        "wrong sha256": (shard([file_entry(CHUNKS, xh, [(0, 2)], sha=b"s" * 32)]), "sha256"),
        "unknown CAS xorb": (shard([], [cas_entry(CHUNKS, other)]), "not stored"),
        "CAS chunks differ": (shard([], [cas_entry(CHUNKS[:4], xh)]), "differ"),
        "bad verification": (shard([_bad_verification(xh)], cas), "verification"),
    }


def _bad_verification(xh: bytes) -> bytes:
    entry = bytearray(file_entry(CHUNKS, xh, [(0, 2)]))
    entry[48 * 2] ^= 1  # first byte of the verification entry
    return bytes(entry)


@pytest.mark.parametrize("case", list(_bad_shards()))
def test_shards_that_lie_are_refused_and_store_nothing(store: CasStore, case: str) -> None:
    body, match = _bad_shards()[case]
    _rejected(lambda: store.add_shard(body), match=match)
    assert not (store.root / "files").exists()
    assert not (store.root / "sha256").exists()
    assert not (store.root / "shards").exists()


def test_a_shard_naming_too_many_chunks_is_refused_quickly(store: CasStore) -> None:
    xh = xorb_hash(CHUNKS)
    many = [(0, 5)] * 500_000  # 24 MB of terms naming 2.5 M chunks
    entry = struct.pack("<32sIIQ", b"f" * 32, 0, len(many), 0)
    entry += struct.pack("<32sIIII", xh, 0, sum(map(len, CHUNKS)), 0, 5) * len(many)
    _rejected(lambda: store.add_shard(shard([entry])), max_mb=64, match="more than")


# -- over HTTP ---------------------------------------------------------------------------
@pytest.fixture
def server(tmp_path: Path) -> Iterator[CasServer]:
    cas = CasServer(tmp_path / "xet").start()
    yield cas
    cas.stop()


def _answer(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert_one_line(response.json()["error"])


def _post(url: str, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.post(
        url, content=body, headers=headers if headers is not None else WRITE, timeout=120
    )


def test_http_malformed_xorb_is_400_and_nothing_is_stored(server: CasServer) -> None:
    good = b"".join(record(c) for c in CHUNKS)
    name = hashing.to_hex(xorb_hash(CHUNKS))
    _answer(_post(f"{server.url}/v1/xorbs/default/{name}", good[:-1]), 400)
    _answer(_post(f"{server.url}/v1/xorbs/default/{'ab' * 32}", good), 400)
    _answer(_post(f"{server.url}/v1/xorbs/default/NOTHEX", good), 400)
    assert not server.store.has_xorb(name)
    assert not list((server.root / "tmp").iterdir())
    assert _post(f"{server.url}/v1/xorbs/default/{name}", good).json() == {"was_inserted": True}
    assert _post(f"{server.url}/v1/xorbs/default/{name}", good).json() == {"was_inserted": False}


def test_http_lz4_bomb_is_400_at_bounded_memory(server: CasServer) -> None:
    bomb = lz4.frame.compress(bytes(60_000_000), store_size=True)
    head = b"\x00" + len(bomb).to_bytes(3, "little") + b"\x01" + (128 * 1024).to_bytes(3, "little")
    url = f"{server.url}/v1/xorbs/default/{'ab' * 32}"
    out = capped(lambda: _post(url, (head + bomb) * 50), max_mb=64, max_s=120)
    _answer(out.value, 400)


def test_http_oversized_bodies_are_413_before_reading(server: CasServer) -> None:
    """A body declared past the cap is refused on its headers (the client cannot lie to
    httpx about a length, so the request goes out on a raw socket)."""
    host, port = server.url.split("/")[2].split(":")
    head = (
        f"POST /xet-cas/v1/xorbs/default/{'ab' * 32} HTTP/1.1\r\nHost: {host}\r\n"
        f"Authorization: Bearer {WRITE_TOKEN}\r\nContent-Length: {200 * 1024 * 1024}\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(head.encode() + b"x" * 1000)
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert not list((server.root / "tmp").iterdir())


def test_http_malformed_shard_is_400(server: CasServer) -> None:
    _answer(_post(f"{server.url}/v1/shards", b"HFRepoMetaData"), 400)
    _answer(_post(f"{server.url}/v1/shards", shard([file_entry(CHUNKS, b"z" * 32, [(0, 1)])])), 400)
    assert not (server.root / "files").exists()


def test_http_tokens_are_enforced(server: CasServer) -> None:
    good = b"".join(record(c) for c in CHUNKS)
    name = hashing.to_hex(xorb_hash(CHUNKS))
    url = f"{server.url}/v1/xorbs/default/{name}"
    _answer(_post(url, good, {}), 401)
    _answer(_post(url, good, {"Authorization": "Bearer forged"}), 401)
    _answer(_post(url, good, {"Authorization": f"Bearer {READ_TOKEN}"}), 403)
    _answer(
        _post(f"{server.url}/v1/shards", shard([]), {"Authorization": f"Bearer {READ_TOKEN}"}), 403
    )
    chunk = hashing.to_hex(hashing.chunk_hash(CHUNKS[0]))
    _answer(httpx.get(f"{server.url}/v1/chunks/default/{chunk}"), 401)
    assert not server.store.has_xorb(name)


# -- fuzz --------------------------------------------------------------------------------
_header = st.builds(
    lambda v, c, s, u: bytes([v]) + c.to_bytes(3, "little") + bytes([s]) + u.to_bytes(3, "little"),
    st.sampled_from([0, 0, 0, 1]),
    st.integers(0, 2**24 - 1),
    st.sampled_from([0, 1, 2, 3]),
    st.integers(0, 2**24 - 1),
)
_valid_record = st.builds(record, st.binary(max_size=3000), st.sampled_from([0, 1, 2]))
_xorb_body = st.lists(
    st.one_of(
        _valid_record,
        _header,
        st.binary(max_size=64),
        st.tuples(_header, st.binary(max_size=300)).map(b"".join),
    ),
    max_size=8,
).map(b"".join)


@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
@given(_xorb_body)
def test_fuzz_xorb_parser(body: bytes) -> None:
    """Hand-built records, lying headers and junk: a parse or a one-line error."""
    out = capped(lambda: _parse_xorb(body), max_mb=8, max_s=60)
    assert out.error is None or isinstance(out.error, XetFormatError)


_VALID_SHARD = shard(
    [
        file_entry(CHUNKS, xorb_hash(CHUNKS), [(0, 5), (1, 3)]),
        file_entry(CHUNKS, xorb_hash(CHUNKS), [(2, 3)], verify=False),
    ],
    [cas_entry(CHUNKS, xorb_hash(CHUNKS))],
)


@st.composite
def _mutated_shard(draw: st.DrawFn) -> bytes:
    body = bytearray(_VALID_SHARD)
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(body) - 1))
        kind = draw(st.sampled_from(["flip", "u32", "cut", "insert"]))
        if kind == "flip":
            body[pos] ^= 1 << draw(st.integers(0, 7))
        elif kind == "u32":
            body[pos : pos + 4] = draw(st.integers(0, 2**32 - 1)).to_bytes(4, "little")
        elif kind == "cut":
            del body[pos:]
        else:
            body[pos:pos] = draw(st.binary(min_size=1, max_size=96))
        if not body:
            break
    return bytes(body)


@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_mutated_shard(), st.binary(max_size=400).map(lambda b: TAG + b)))
def test_fuzz_shard_parser(body: bytes) -> None:
    out = capped(lambda: parse_shard(body), max_mb=8, max_s=60)
    assert out.error is None or isinstance(out.error, XetFormatError)


@settings(
    max_examples=2500,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(_mutated_shard())
def test_fuzz_shard_registration(store: CasStore, body: bytes) -> None:
    """Mutated shards against a store holding their xorb: registered whole, or refused."""
    out = capped(lambda: store.add_shard(body), max_mb=16, max_s=60)
    if out.error is not None:
        assert isinstance(out.error, XetFormatError)
        return
    for path in (store.root / "files").iterdir():
        known = store.file(path.name)
        assert known is not None
        assert sum(map(len, store.read(known.file_hash))) == known.size
