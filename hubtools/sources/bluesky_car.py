"""Bluesky's account export: the repository as a CAR file (Settings → Export my data).

A CARv1 file is a DAG-CBOR header (`{version: 1, roots: [commit]}`) and then blocks, each
`varint(length) CID data`. The root block is the signed commit; its `data` is the root of a
Merkle Search Tree whose nodes (`l`, `e: [{p, k, v, t}]`, keys prefix-compressed) map
`collection/rkey` to record CIDs, in key order. Blocks and CIDs are decoded by `libipld`
(the Rust decoder the AT Protocol SDK uses); only the framing (varints, CID lengths) is read
here, so the file is mapped rather than loaded and only the blocks the walk needs are decoded:
memory follows the number of blocks (an index entry each), not the file's size.

Kept: `app.bsky.feed.post` records (posts, replies, quotes, as the API source reads them) and
`app.bsky.feed.repost` records (reposts, counted and dropped); the display name comes from
`app.bsky.actor.profile/self`. A file from a stranger is bounded: one block at most
`max_item_bytes`, at most MAX_BLOCKS blocks and MAX_RECORDS keys, an MST at most MAX_DEPTH
levels deep and no node reached twice; a block that does not match its hash is an error.
"""

from __future__ import annotations

import hashlib
import mmap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import libipld

from hubtools.errors import UserError
from hubtools.sources.bluesky import expand_links, first_lang, record_kind
from hubtools.sources.dates import iso_date
from hubtools.sources.model import Account, LoadOptions, MiB, Post, PostKind, PostStream

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
PROFILE_KEY = "app.bsky.actor.profile/self"
MAX_HEADER = 1 * MiB
MAX_BLOCKS = 4_000_000  # a very large real account has about a million
MAX_RECORDS = 4_000_000
MAX_DEPTH = 64  # a real MST (fan-out 4) of a million keys is about 10 levels deep
SHA256 = 0x12
_DAG_CBOR_SHA256 = b"\x01\x71\x12\x20"  # how nearly every atproto CID starts (CIDv1, 32 bytes)
_HINT = "is this a Bluesky export (.car)?"


def _varint(data: Any, pos: int, end: int, label: str) -> tuple[int, int]:
    """An unsigned LEB128 varint at `pos` -> (value, position after it)."""
    value = shift = 0
    while True:
        if pos >= end:
            raise UserError(f"{label}: the file ends inside a length; download the export again")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            raise UserError(f"{label}: a length that is not a varint; {_HINT}")


def _cid_length(data: Any, pos: int, end: int, label: str) -> int:
    """How many bytes the CID starting at `pos` takes (CIDv0: 34; CIDv1: varints + digest)."""
    if end - pos >= 2 and data[pos] == 0x12 and data[pos + 1] == 0x20:
        return 34
    version, at = _varint(data, pos, end, label)
    if version != 1:
        raise UserError(f"{label}: a block with an unknown CID version {version}; {_HINT}")
    _codec, at = _varint(data, at, end, label)
    _code, at = _varint(data, at, end, label)
    size, at = _varint(data, at, end, label)
    return at - pos + size


def _cid_bytes(link: object, label: str) -> bytes:
    """A decoded link -> the CID's bytes, as blocks carry it (libipld decodes a tag-42 link
    to the CID's bytes; a CID string is accepted too)."""
    if isinstance(link, bytes) and len(link) == 36 and link.startswith(_DAG_CBOR_SHA256):
        return link  # the common case, no need to parse it
    if not isinstance(link, bytes | str):
        raise UserError(f"{label}: a link that is not a CID ({type(link).__name__}); {_HINT}")
    try:
        cid = libipld.decode_cid(link)
    except ValueError:
        raise UserError(f"{label}: an invalid CID {link[:60]!r}; {_HINT}") from None
    if isinstance(link, bytes):
        return link
    digest = cid["hash"]["digest"]
    if cid["version"] == 0:
        return b"\x12\x20" + digest
    return b"".join(
        _leb128(n) for n in (1, cid["codec"], cid["hash"]["code"], len(digest))
    ) + bytes(digest)


def _leb128(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


class CarFile:
    """A CARv1 file, mapped: its root and its blocks by CID, decoded on demand."""

    def __init__(self, path: Path, max_block: int) -> None:
        self.label = str(path)
        try:
            self._fh = open(path, "rb")  # noqa: SIM115 (closed by close())
        except OSError as err:
            raise UserError(f"{path}: cannot be read ({err.strerror or err})") from None
        try:
            size = Path(path).stat().st_size
            if size == 0:
                raise UserError(f"{path}: the file is empty")
            self._data = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ)
            self.root = self._header()
            self._index = self._scan(max_block)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        data = getattr(self, "_data", None)
        if data is not None:
            data.close()
        self._fh.close()

    def _header(self) -> bytes:
        data, label = self._data, self.label
        length, pos = _varint(data, 0, len(data), label)
        if length == 0 or length > MAX_HEADER or pos + length > len(data):
            raise UserError(f"{label}: not a CAR file (no header); {_HINT}")
        try:
            header = libipld.decode_dag_cbor(data[pos : pos + length])
        except (ValueError, RecursionError):
            raise UserError(f"{label}: not a CAR file (unreadable header); {_HINT}") from None
        if not isinstance(header, dict) or header.get("version") != 1:
            version = header.get("version") if isinstance(header, dict) else None
            if version == 2:
                raise UserError(f"{label}: a CARv2 file; export the repository again (CARv1)")
            raise UserError(f"{label}: not a CARv1 file (header {str(header)[:60]}); {_HINT}")
        roots = header.get("roots")
        if not isinstance(roots, list) or not roots:
            raise UserError(f"{label}: the CAR header names no root; {_HINT}")
        self._blocks_at = pos + length
        return _cid_bytes(roots[0], label)

    def _scan(self, max_block: int) -> dict[int, int]:
        """hash(CID bytes) -> offset << 32 | length, for every block (data not read)."""
        data, label, end = self._data, self.label, len(self._data)
        index: dict[int, int] = {}
        pos = self._blocks_at
        while pos < end:
            length, start = _varint(data, pos, end, label)
            if length > max_block or length >= 1 << 32:
                raise UserError(
                    f"{label}: a block of {length:,} bytes at byte {pos:,}, over the limit of "
                    f"{max_block // MiB:,} MiB; if you trust the file, raise it with --max-item-mb"
                )
            if start + length > end:
                raise UserError(
                    f"{label}: the file ends inside a block (cut short?); download it again"
                )
            if data[start : start + 4] == _DAG_CBOR_SHA256:
                cid_len = 36
            else:
                cid_len = _cid_length(data, start, start + length, label)
            if cid_len > length:
                raise UserError(f"{label}: a block shorter than its CID at byte {pos:,}; {_HINT}")
            index[hash(data[start : start + cid_len])] = start << 32 | length
            if len(index) > MAX_BLOCKS:
                raise UserError(
                    f"{label}: more than {MAX_BLOCKS:,} blocks, more than any real account's "
                    "repository; not a Bluesky export"
                )
            pos = start + length
        return index

    def block(self, cid: bytes) -> Any:
        """The decoded block with this CID; UserError when missing, corrupt or not DAG-CBOR."""
        label = self.label
        packed = self._index.get(hash(cid))
        raw = b""
        if packed is not None:
            start, length = packed >> 32, packed & 0xFFFFFFFF
            raw = self._data[start : start + length]
        if raw[: len(cid)] != cid:
            raise UserError(f"{label}: block {_name(cid)} is missing (an incomplete export?)")
        body = raw[len(cid) :]
        code, digest = _hash_of(cid)
        if code == SHA256 and hashlib.sha256(body).digest() != digest:
            raise UserError(f"{label}: block {_name(cid)} does not match its hash (a corrupt file)")
        try:
            return libipld.decode_dag_cbor(body)
        except ValueError as err:
            why = str(err).splitlines()[0][:120] if str(err) else "invalid"
            raise UserError(f"{label}: block {_name(cid)} is not valid DAG-CBOR ({why})") from None
        except RecursionError:
            raise UserError(f"{label}: block {_name(cid)} is nested too deeply; {_HINT}") from None


def _name(cid: bytes) -> str:
    """A CID as people read it (`bafy...`), for error messages."""
    try:
        return libipld.encode_cid(cid)
    except ValueError:
        return cid.hex()


def _hash_of(cid: bytes) -> tuple[int, bytes]:
    if cid.startswith(_DAG_CBOR_SHA256):
        return SHA256, cid[4:]
    if cid[:2] == b"\x12\x20":
        return SHA256, cid[2:]
    pos = 0
    values = []
    for _ in range(4):  # version, codec, hash code, digest size
        value, pos = _varint(cid, pos, len(cid), "CID")
        values.append(value)
    return values[2], cid[pos:]


def _walk(car: CarFile, root: bytes) -> Iterator[tuple[str, bytes]]:
    """(key, record CID) of every MST entry, in tree order, from the node `root`."""
    seen: set[bytes] = set()
    count = 0
    label = car.label

    def node(cid: bytes, depth: int) -> Iterator[tuple[str, bytes]]:
        nonlocal count
        if depth > MAX_DEPTH:
            raise UserError(f"{label}: the record tree is over {MAX_DEPTH} levels deep; {_HINT}")
        if cid in seen:
            raise UserError(f"{label}: the record tree reaches a node twice; {_HINT}")
        seen.add(cid)
        data = car.block(cid)
        entries = data.get("e") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise UserError(f"{label}: a record tree node without entries ('e'); {_HINT}")
        if data.get("l") is not None:
            yield from node(_cid_bytes(data["l"], label), depth + 1)
        key = b""
        for entry in entries:
            if not isinstance(entry, dict):
                raise UserError(f"{label}: a record tree entry that is not a map; {_HINT}")
            prefix, suffix = entry.get("p"), entry.get("k")
            if not (isinstance(prefix, int) and isinstance(suffix, bytes)):
                raise UserError(f"{label}: a record tree entry without 'p'/'k'; {_HINT}")
            if not 0 <= prefix <= len(key):
                raise UserError(f"{label}: a record key with a bad prefix length; {_HINT}")
            key = key[:prefix] + suffix
            count += 1
            if count > MAX_RECORDS:
                raise UserError(
                    f"{label}: more than {MAX_RECORDS:,} records, more than any real account; "
                    "not a Bluesky export"
                )
            yield key.decode("utf-8", "replace"), _cid_bytes(entry.get("v"), label)
            if entry.get("t") is not None:
                yield from node(_cid_bytes(entry["t"], label), depth + 1)

    yield from node(root, 0)


def load(path_text: str, options: LoadOptions) -> PostStream:
    """Posts of a Bluesky CAR export, read while the record tree is walked."""
    path = Path(path_text)
    if not path.is_file():
        raise UserError(f"{path}: no such file; bluesky-archive: takes the .car file of an export")
    car = CarFile(path, options.limits.max_item_bytes)
    try:
        commit = car.block(car.root)
        if not isinstance(commit, dict) or not isinstance(commit.get("did"), str):
            raise UserError(f"{car.label}: the root block is not a repository commit; {_HINT}")
        did = commit["did"]
        entries = _walk(car, _cid_bytes(commit.get("data"), car.label))
        # The profile key sorts before every post: read up to it, keep what is wanted.
        ahead: list[tuple[str, bytes]] = []
        display_name = None
        for key, cid in entries:
            if key == PROFILE_KEY:
                profile = car.block(cid)
                name = profile.get("displayName") if isinstance(profile, dict) else None
                display_name = name.strip() if isinstance(name, str) and name.strip() else None
            elif _wanted(key):
                ahead.append((key, cid))
            if key >= PROFILE_KEY:
                break
        account = Account(handle=(options.handle or did).lstrip("@"), display_name=display_name)
    except BaseException:
        car.close()
        raise
    return PostStream(
        account, _posts(car, did, account.handle, ahead, entries), f"bluesky-archive:{path_text}"
    )


def _wanted(key: str) -> bool:
    return key.startswith((f"{POST}/", f"{REPOST}/"))


def _posts(
    car: CarFile,
    did: str,
    handle: str,
    ahead: list[tuple[str, bytes]],
    entries: Iterator[tuple[str, bytes]],
) -> Iterator[Post]:
    try:
        for source in (ahead, entries):
            for key, cid in source:
                if not _wanted(key):
                    continue
                yield _record_post(car.block(cid), key, did, handle, car.label)
    finally:
        car.close()


def _record_post(record: Any, key: str, did: str, handle: str, label: str) -> Post:
    if not isinstance(record, dict):
        raise UserError(f"{label}: record {key} is not a map; {_HINT}")
    uri = f"at://{did}/{key}"
    created = (
        iso_date(record.get("createdAt")) if isinstance(record.get("createdAt"), str) else None
    )
    if key.startswith(f"{REPOST}/"):
        subject = record.get("subject")
        target = subject.get("uri") if isinstance(subject, dict) else None
        return Post(
            id=uri,
            author=handle,
            text=target if isinstance(target, str) else "",
            created_at=created,
            kind=PostKind.REPOST,
        )
    text = record.get("text")
    return Post(
        id=uri,
        author=handle,
        text=expand_links(text if isinstance(text, str) else "", record.get("facets")),
        created_at=created,
        kind=record_kind(record, did),
        lang=first_lang(record),
    )
