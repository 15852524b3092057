"""Shards as uploaded: header, file-info section (the reconstruction recipes, verification
entries, sha256 metadata), CAS-info section; all 48-byte little-endian records.

Every count is checked against the bytes that remain before anything is sliced, so a
lying count costs nothing; term lists stay as raw slices of the body and are decoded on
iteration, so memory is the body's size whatever it claims.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from blake3 import blake3

from hubtools.localhub.xet.xorb import XetFormatError

TAG = b"HFRepoMetaData" + bytes.fromhex("00556967456a7b815783a5bdd95ccdd14aa9")
VERSION = 2
RECORD = 48
BOOKEND = b"\xff" * 32 + b"\x00" * 16
FOOTER_SIZE = 200
MAX_SHARD_BYTES = 64 * 1024 * 1024 + 1024 * 1024  # the client splits shards at 64 MiB
DEDUP_SHARD_LIFETIME = 7 * 24 * 3600  # a client may reuse a dedup answer this long
FLAG_VERIFICATION = 1 << 31
FLAG_METADATA = 1 << 30
_HEAD = struct.Struct("<32sIII")  # hash, flags, count, 4 bytes (reserved or size)
TERM_RECORD = struct.Struct("<32sIIII")  # xorb hash, flags, unpacked bytes, chunk start, end
_CAS = struct.Struct("<32sIIII")  # xorb hash, flags, chunks, bytes in xorb, bytes on disk
_CHUNK = struct.Struct("<32sII")  # chunk hash, byte range start, unpacked bytes


class Term(NamedTuple):
    xorb: bytes  # raw 32 bytes
    size: int  # uncompressed bytes of chunks [start, end)
    start: int
    end: int


@dataclass(frozen=True)
class ShardFile:
    file_hash: bytes
    terms_raw: bytes  # n x 48-byte FileDataSequenceEntry
    verification_raw: bytes  # n x 48-byte FileVerificationEntry, or empty
    sha256_raw: bytes | None  # the metadata extension's sha256 (8-byte groups reversed)

    def terms(self) -> Iterator[Term]:
        for xorb, _flags, size, start, end in TERM_RECORD.iter_unpack(self.terms_raw):
            yield Term(xorb, size, start, end)

    def verifications(self) -> Iterator[bytes]:
        for i in range(0, len(self.verification_raw), RECORD):
            yield self.verification_raw[i : i + 32]

    @property
    def size(self) -> int:
        return sum(t.size for t in self.terms())


@dataclass(frozen=True)
class ShardXorb:
    hash: bytes
    num_bytes: int
    chunks_raw: bytes  # n x 48-byte CASChunkSequenceEntry

    def chunks(self) -> Iterator[tuple[bytes, int]]:
        """(chunk hash, uncompressed size) of each chunk listed for this xorb."""
        for h, _start, size in (_CHUNK.unpack_from(self.chunks_raw, i) for i in self._offsets()):
            yield h, size

    def _offsets(self) -> range:
        return range(0, len(self.chunks_raw), RECORD)


@dataclass(frozen=True)
class Shard:
    files: list[ShardFile]
    xorbs: list[ShardXorb]


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise XetFormatError(f"shard: truncated in {what} at byte {self.pos}")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def records(self, count: int, what: str) -> bytes:
        if count * RECORD > len(self.data) - self.pos:
            raise XetFormatError(
                f"shard: {what} at byte {self.pos} claims {count} records, past the end"
            )
        return self.take(count * RECORD, what)


def parse_shard(data: bytes) -> Shard:
    """Parse an uploaded shard (footer optional and ignored); XetFormatError when malformed."""
    if len(data) > MAX_SHARD_BYTES:
        raise XetFormatError(f"shard: larger than {MAX_SHARD_BYTES} bytes")
    reader = _Reader(data)
    head = reader.take(RECORD, "header")
    if head[:32] != TAG:
        raise XetFormatError("shard: not a shard (bad header tag)")
    version, footer_size = struct.unpack_from("<QQ", head, 32)
    if version != VERSION:
        raise XetFormatError(f"shard: header version {version}, expected {VERSION}")
    if footer_size not in (0, FOOTER_SIZE):
        raise XetFormatError(f"shard: footer size {footer_size} is neither 0 nor 200")
    files = _file_section(reader)
    xorbs = _cas_section(reader)
    if footer_size == 0 and reader.pos != len(data):
        raise XetFormatError(f"shard: {len(data) - reader.pos} stray bytes after the CAS section")
    return Shard(files, xorbs)


def _file_section(reader: _Reader) -> list[ShardFile]:
    files: list[ShardFile] = []
    while True:
        record = reader.take(RECORD, "file section")
        if record == BOOKEND:
            return files
        file_hash, flags, count, _ = _HEAD.unpack_from(record)
        if flags & ~(FLAG_VERIFICATION | FLAG_METADATA):
            raise XetFormatError(
                f"shard: file entry at byte {reader.pos - RECORD} flags {flags:#x}"
            )
        terms = reader.records(count, "file terms")
        verification = b""
        if flags & FLAG_VERIFICATION:
            verification = reader.records(count, "verification entries")
        sha = reader.take(RECORD, "metadata")[:32] if flags & FLAG_METADATA else None
        files.append(ShardFile(file_hash, terms, verification, sha))


def _cas_section(reader: _Reader) -> list[ShardXorb]:
    xorbs: list[ShardXorb] = []
    while True:
        record = reader.take(RECORD, "CAS section")
        if record == BOOKEND:
            return xorbs
        xorb_hash, _flags, count, num_bytes, _on_disk = _CAS.unpack_from(record)
        chunks = reader.records(count, "CAS chunk entries")
        xorbs.append(ShardXorb(xorb_hash, num_bytes, chunks))


def _u64(n: int) -> bytes:
    return n.to_bytes(8, "little")


def build_dedup_shard(xorb_hash: bytes, chunks: list[tuple[bytes, int]], key: bytes) -> bytes:
    """A shard answering a global-dedup query: no files, one xorb's chunks, keyed.

    Each chunk hash goes out as `blake3(hash, key)` with the key in the footer (xet-core
    `DataHash::hmac`): a client can match the chunks it has, and learns nothing of the
    others (it could otherwise name another repo's chunks in a shard of its own).
    """
    if len(key) != 32:
        raise ValueError("the dedup HMAC key is 32 bytes")
    head = TAG + _u64(VERSION) + _u64(FOOTER_SIZE)
    body = bytearray(head + BOOKEND)
    cas_offset = len(body)
    total = sum(n for _, n in chunks)
    body += _CAS.pack(xorb_hash, 0, len(chunks), total, 0)
    pos = 0
    for h, n in chunks:
        body += _CHUNK.pack(blake3(h, key=key).digest(), pos, n) + bytes(8)
        pos += n
    body += BOOKEND
    footer_offset = len(body)
    footer = bytearray(FOOTER_SIZE)
    struct.pack_into("<QQQ", footer, 0, 1, RECORD, cas_offset)
    struct.pack_into("<QQQ", footer, 24, footer_offset, footer_offset, footer_offset)
    footer[72:104] = key
    now = int(time.time())
    struct.pack_into("<QQ", footer, 104, now, now + DEDUP_SHARD_LIFETIME)
    struct.pack_into("<Q", footer, 192, footer_offset)
    return bytes(body + footer)
