"""Bluesky's CAR export (`bluesky-archive:FILE.car`), built here with libipld itself.

The builder writes what `com.atproto.sync.getRepo` sends: a CARv1 header naming the signed
commit, the commit (`did`, `data` -> MST root), MST nodes (`l`, `e: [{p, k, v, t}]`, keys
prefix-compressed against the previous entry of the node) and the records. Links are
DAG-CBOR tag 42 (a byte string: 0x00 + CID bytes); libipld decodes but cannot write them, so
they are written as byte strings and then tagged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import libipld
import pytest
from fixtures.bounded import capped, capped_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.dataset import collect
from hubtools.errors import UserError
from hubtools.sources import bluesky_car, load_posts, parse_spec
from hubtools.sources.model import LoadOptions, PostKind

DID = "did:plc:ada4example0000000000"
OTHER = "did:plc:grace000000000000000"


@dataclass(frozen=True)
class Link:
    cid: bytes


def _tagged(value: Any) -> Any:
    if isinstance(value, Link):
        return b"\x00" + value.cid
    if isinstance(value, dict):
        return {k: _tagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tagged(v) for v in value]
    return value


def dag_cbor(value: Any) -> bytes:
    """DAG-CBOR with Link values as tag-42 CIDs."""
    raw = libipld.encode_dag_cbor(_tagged(value))
    links: list[bytes] = []

    def find(v: Any) -> None:
        if isinstance(v, Link):
            links.append(v.cid)
        elif isinstance(v, dict):
            for x in v.values():
                find(x)
        elif isinstance(v, list):
            for x in v:
                find(x)

    find(value)
    for cid in set(links):
        raw = raw.replace(b"\x58\x25\x00" + cid, b"\xd8\x2a\x58\x25\x00" + cid)
    return raw


def cid_of(data: bytes) -> bytes:
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest()


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


@dataclass
class Repo:
    """Records by key; `layer(index)` decides each key's MST level (several levels on purpose)."""

    records: dict[str, dict | bytes] = field(default_factory=dict)
    blocks: list[tuple[bytes, bytes]] = field(default_factory=list)

    def add(self, value: Any) -> Link:
        data = dag_cbor(value)
        cid = cid_of(data)
        self.blocks.append((cid, data))
        return Link(cid)

    def add_raw(self, data: bytes) -> Link:
        """A block of any bytes (its CID matches them): for blocks that are not DAG-CBOR."""
        cid = cid_of(data)
        self.blocks.append((cid, data))
        return Link(cid)

    def _node(self, entries: list[tuple[str, Link, int]], layer: int) -> Link | None:
        if not entries:
            return None
        top = [i for i, e in enumerate(entries) if e[2] == layer]
        if not top:
            return self._node(entries, layer - 1)
        left = self._node(entries[: top[0]], layer - 1)
        node_entries, previous = [], b""
        for n, i in enumerate(top):
            key = entries[i][0].encode()
            shared = 0
            while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
                shared += 1
            end = top[n + 1] if n + 1 < len(top) else len(entries)
            node_entries.append(
                {
                    "p": shared,
                    "k": key[shared:],
                    "v": entries[i][1],
                    "t": self._node(entries[i + 1 : end], layer - 1),
                }
            )
            previous = key
        return self.add({"l": left, "e": node_entries})

    def car(self, path: Path, *, did: str = DID) -> Path:
        self.blocks = []
        keyed = [
            (k, self.add_raw(v) if isinstance(v, bytes) else self.add(v))
            for k, v in sorted(self.records.items())
        ]
        layered = [
            (k, link, 2 if i % 9 == 4 else 1 if i % 3 == 1 else 0)
            for i, (k, link) in enumerate(keyed)
        ]
        root = self._node(layered, 2) if layered else self.add({"l": None, "e": []})
        commit = self.add(
            {
                "did": did,
                "version": 3,
                "data": root,
                "rev": "3kabc",
                "prev": None,
                "sig": b"\x01" * 64,
            }
        )
        header = dag_cbor({"version": 1, "roots": [commit]})
        out = bytearray(varint(len(header)) + header)
        for cid, data in [self.blocks[-1], *self.blocks[:-1]]:  # the commit first, as getRepo
            out += varint(len(cid) + len(data)) + cid + data
        path.write_bytes(bytes(out))
        return path


def post(n: int, text: str, **extra: Any) -> tuple[str, dict]:
    rkey = f"3k{n:011d}"
    record = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": f"2024-06-{1 + n % 28:02d}T08:00:00.000Z",
        "langs": ["en"],
        **extra,
    }
    return f"app.bsky.feed.post/{rkey}", record


def ref(did: str, n: int) -> dict:
    return {"uri": f"at://{did}/app.bsky.feed.post/3k{n:011d}", "cid": "bafyreib2rxk3rh6kzwq"}


def sample_repo() -> Repo:
    repo = Repo()
    texts = [
        post(1, "first post on the new network, hello everyone"),
        post(2, "@grace.example agreed, that is the right call", reply={"root": ref(OTHER, 50), "parent": ref(OTHER, 50)}),
        post(3, "and continuing my own thread right here", reply={"root": ref(DID, 1), "parent": ref(DID, 1)}),
        post(4, "this is worth reading, quoting it", embed={"$type": "app.bsky.embed.record", "record": ref(OTHER, 51)}),
        post(5, "日本語の投稿です。今日はいい天気ですね", langs=["ja"]),
        post(6, "ok"),
        post(7, "Ünïcödé façade naïve café 🦋 words here"),
    ]  # fmt: skip
    texts += [post(n, f"post number {n} with a few plain words") for n in range(8, 40)]
    repo.records.update(texts)
    for n in range(3):
        repo.records[f"app.bsky.feed.repost/3r{n:011d}"] = {
            "$type": "app.bsky.feed.repost",
            "subject": ref(OTHER, 60 + n),
            "createdAt": "2024-06-02T09:00:00.000Z",
        }
    for n in range(5):  # likes are someone else's posts: never read
        repo.records[f"app.bsky.feed.like/3l{n:011d}"] = {
            "$type": "app.bsky.feed.like",
            "subject": ref(OTHER, n),
        }
    repo.records["app.bsky.actor.profile/self"] = {
        "$type": "app.bsky.actor.profile",
        "displayName": "Ada 🦋",
    }
    repo.records["app.bsky.graph.follow/3f00000000001"] = {
        "$type": "app.bsky.graph.follow",
        "subject": OTHER,
    }
    return repo


def test_car_posts_kinds_and_profile(tmp_path: Path):
    car = sample_repo().car(tmp_path / "ada.car")
    stream = load_posts(f"bluesky-archive:{car}", LoadOptions(handle="ada.example"))
    assert stream.account.handle == "ada.example"
    assert stream.account.display_name == "Ada 🦋"
    posts = list(stream)
    by_id = {p.id.rsplit("/", 1)[-1]: p for p in posts}
    assert len(posts) == 39 + 3  # 39 posts, 3 reposts; likes and follows are not posts
    assert by_id["3k00000000001"].text == "first post on the new network, hello everyone"
    assert by_id["3k00000000001"].created_at == "2024-06-02T08:00:00Z"
    assert by_id["3k00000000001"].id == f"at://{DID}/app.bsky.feed.post/3k00000000001"
    assert by_id["3k00000000002"].kind is PostKind.REPLY
    assert by_id["3k00000000003"].kind is PostKind.ORIGINAL  # a thread of one's own
    assert by_id["3k00000000004"].kind is PostKind.QUOTE
    assert by_id["3k00000000005"].text == "日本語の投稿です。今日はいい天気ですね"
    assert by_id["3k00000000005"].lang == "ja" and by_id["3k00000000001"].lang == "en"
    assert by_id["3k00000000007"].text == "Ünïcödé façade naïve café 🦋 words here"
    reposts = [p for p in posts if p.kind is PostKind.REPOST]
    assert [p.text for p in reposts] == [ref(OTHER, 60 + n)["uri"] for n in range(3)]
    [user] = collect([f"bluesky-archive:{car}"], keep=True)
    s = user.stats
    assert (s.downloaded, s.retweets) == (42, 3)
    assert s.downloaded == s.dropped + s.kept and s.short >= 1  # "ok"
    kept = {k.text for k in user.filtered.kept}
    assert "Ünïcödé façade naïve café 🦋 words here" in kept and "ok" not in kept
    assert user.account.handle == DID  # no handle in a repository: the DID, unless --handle


def test_tree_has_several_levels(tmp_path: Path):
    """The sample's MST, decoded independently with libipld.decode_car, is 3 levels deep."""
    car = sample_repo().car(tmp_path / "ada.car")
    header, blocks = libipld.decode_car(car.read_bytes())
    commit = blocks[header["roots"][0]]

    def depth(cid: bytes) -> int:
        node = blocks[cid]
        below = [e["t"] for e in node["e"] if e["t"]] + ([node["l"]] if node["l"] else [])
        return 1 + max((depth(c) for c in below), default=0)

    assert depth(commit["data"]) == 3
    assert len(list(load_posts(f"bluesky-archive:{car}"))) == 42


def test_bare_car_path_is_detected(tmp_path: Path):
    car = sample_repo().car(tmp_path / "export-2024-06-01")  # no extension
    assert parse_spec(str(car)).kind == "bluesky-archive"
    renamed = tmp_path / "repo.car"
    renamed.write_bytes(b"not a car at all")
    assert parse_spec(str(renamed)).kind == "bluesky-archive"
    with pytest.raises(UserError, match=r"repo\.car: not a CAR file"):
        load_posts(str(renamed))


def _corrupt(data: bytes, needle: bytes) -> bytes:
    at = data.index(needle)
    return data[:at] + needle.upper() + data[at + len(needle) :]


@pytest.mark.parametrize(
    ("mutate", "pattern"),
    [
        (
            lambda d: _corrupt(d, b"hello everyone"),
            r"ada\.car: block bafy\w+ does not match its hash",
        ),
        (lambda d: d[: len(d) - 10], r"ada\.car: the file ends inside a block"),
        (lambda d: b"", r"ada\.car: the file is empty"),
        (lambda d: d[:3] + b"\xff" * 40, r"ada\.car: not a CAR file"),
    ],
)
def test_corrupt_car_is_one_line_exit_2_nothing_written(tmp_path: Path, mutate, pattern: str):
    import re

    car = sample_repo().car(tmp_path / "ada.car")
    car.write_bytes(mutate(car.read_bytes()))
    out = tmp_path / "data"
    run = capped_cli(["data", f"bluesky-archive:{car}", "-o", str(out), "--min-chars", "0"])
    assert run.returncode == 2
    assert re.search(pattern, run.stderr), run.stderr
    assert not out.exists() and not list(tmp_path.glob(".data.*"))


def test_invalid_dag_cbor_block_names_the_file(tmp_path: Path):
    repo = sample_repo()
    repo.records["app.bsky.feed.post/3zzzzzzzzzzzz"] = b"\xa1\x61a"  # a map cut short
    car = repo.car(tmp_path / "ada.car")
    with pytest.raises(UserError) as err:
        list(load_posts(f"bluesky-archive:{car}"))
    message = str(err.value)
    assert message.startswith(f"{car}: block bafy") and "is not valid DAG-CBOR" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("limit", "value", "pattern"),
    [
        ("MAX_BLOCKS", 10, "more than 10 blocks"),
        ("MAX_RECORDS", 20, "more than 20 records"),
        ("MAX_DEPTH", 1, "over 1 levels deep"),
    ],
)
def test_caps_are_one_line_errors(
    tmp_path: Path, monkeypatch, limit: str, value: int, pattern: str
):
    car = sample_repo().car(tmp_path / "ada.car")
    monkeypatch.setattr(bluesky_car, limit, value)
    out = capped(lambda: list(load_posts(f"bluesky-archive:{car}")), max_mb=64)
    assert out.error is not None and pattern in str(out.error)


def test_block_size_cap(tmp_path: Path):
    repo = sample_repo()
    repo.records["app.bsky.feed.post/3zzzzzzzzzzzz"] = post(99, "x " * 700_000)[1]
    car = repo.car(tmp_path / "ada.car")
    options = LoadOptions(
        limits=bluesky_car.__dict__["LoadOptions"]().limits.__class__(max_item_bytes=1 << 20)
    )
    with pytest.raises(
        UserError, match=r"a block of [\d,]+ bytes at byte [\d,]+, over the limit of 1 MiB"
    ):
        load_posts(f"bluesky-archive:{car}", options)


def test_cycles_and_shared_nodes_are_refused(tmp_path: Path):
    repo = Repo()
    leaf = repo.add(
        {
            "l": None,
            "e": [{"p": 0, "k": b"app.bsky.feed.post/a", "v": repo.add({"text": "x"}), "t": None}],
        }
    )
    root = repo.add(
        {
            "l": leaf,
            "e": [{"p": 0, "k": b"app.bsky.feed.post/b", "v": repo.add({"text": "y"}), "t": leaf}],
        }
    )
    commit = repo.add(
        {"did": DID, "version": 3, "data": root, "rev": "1", "prev": None, "sig": b""}
    )
    header = dag_cbor({"version": 1, "roots": [commit]})
    out = bytearray(varint(len(header)) + header)
    for cid, data in repo.blocks:
        out += varint(len(cid) + len(data)) + cid + data
    car = tmp_path / "diamond.car"
    car.write_bytes(bytes(out))
    with pytest.raises(UserError, match="reaches a node twice"):
        list(load_posts(f"bluesky-archive:{car}"))


@settings(max_examples=800)
@given(data=st.data())
def test_fuzz_car_bytes(tmp_path_factory, data):
    base = FUZZ_BASE
    choice = data.draw(st.sampled_from(["flip", "cut", "splice", "random"]))
    if choice == "flip":
        at = data.draw(st.integers(0, len(base) - 1))
        blob = base[:at] + bytes([base[at] ^ data.draw(st.integers(1, 255))]) + base[at + 1 :]
    elif choice == "cut":
        blob = base[: data.draw(st.integers(0, len(base)))]
    elif choice == "splice":
        at = data.draw(st.integers(0, len(base)))
        blob = base[:at] + data.draw(st.binary(max_size=64)) + base[at:]
    else:
        blob = data.draw(st.binary(max_size=400))
    path = tmp_path_factory.mktemp("car") / "fuzz.car"
    path.write_bytes(blob)
    out = capped(lambda: list(load_posts(f"bluesky-archive:{path}")), max_mb=64, max_s=60)
    if out.error is not None:
        assert str(out.error).startswith(f"{path}")


def _fuzz_base() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        repo = Repo()
        repo.records.update([post(n, f"fuzz post {n} with words") for n in range(12)])
        repo.records["app.bsky.actor.profile/self"] = {"displayName": "Fuzz"}
        return repo.car(Path(tmp) / "base.car").read_bytes()


FUZZ_BASE = _fuzz_base()


def test_huge_block_length_is_refused_before_reading(tmp_path: Path):
    header = dag_cbor({"version": 1, "roots": [Link(cid_of(b"x"))]})
    car = tmp_path / "huge.car"
    car.write_bytes(varint(len(header)) + header + varint(1 << 40) + b"\x01\x71")
    out = capped(lambda: load_posts(f"bluesky-archive:{car}"), max_mb=16)
    assert out.error is not None and "over the limit of 16 MiB" in str(out.error)
