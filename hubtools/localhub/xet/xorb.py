"""Xorbs as uploaded: a run of chunk records (8-byte header + data), no footer.

Parsing walks the records one at a time from a binary stream, decompresses each chunk
into at most its declared size (a lying LZ4 frame cannot inflate past it), and hashes it:
memory stays at one chunk whatever the body claims.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import lz4.frame

from hubtools.errors import UserError
from hubtools.localhub.xet.hashing import MerkleBuilder, chunk_hash

HEADER = 8
MAX_CHUNK = 128 * 1024  # xet-core MAX_CHUNK_SIZE: the largest uncompressed chunk
MAX_COMPRESSED = 2 * MAX_CHUNK  # xet-core rejects a chunk header claiming more
MAX_XORB_BYTES = 64 * 1024 * 1024  # chunk data per xorb, uncompressed (xet-core)
MAX_XORB_BODY = MAX_XORB_BYTES + 1024 * 1024  # serialized: the data plus chunk headers
MAX_XORB_CHUNKS = 8 * 1024 * 2  # generous over xet-core's 8 Ki chunks per xorb
FOOTER_MAGIC = b"XETBLOB"
NONE, LZ4, BG4_LZ4 = 0, 1, 2


class XetFormatError(UserError):
    """A malformed xorb or shard; the routes answer it with 400 and this one line."""


@dataclass(frozen=True)
class ChunkHeader:
    compressed: int
    scheme: int
    uncompressed: int


@dataclass(frozen=True)
class ChunkEntry:
    """Where a chunk sits in the stored xorb and what it is."""

    offset: int  # serialized offset of its header
    length: int  # serialized length, header included
    size: int  # uncompressed length
    hash: bytes  # raw 32 bytes


def parse_header(raw: bytes, where: int) -> ChunkHeader:
    if raw[:7] == FOOTER_MAGIC:
        raise XetFormatError(f"xorb: a footer at byte {where}; upload the chunks only")
    version, scheme = raw[0], raw[4]
    compressed = int.from_bytes(raw[1:4], "little")
    uncompressed = int.from_bytes(raw[5:8], "little")
    if version != 0:
        raise XetFormatError(f"xorb: chunk at byte {where} has header version {version}")
    if scheme not in (NONE, LZ4, BG4_LZ4):
        raise XetFormatError(f"xorb: chunk at byte {where} has compression scheme {scheme}")
    if uncompressed > MAX_CHUNK or compressed > MAX_COMPRESSED:
        raise XetFormatError(f"xorb: chunk at byte {where} is larger than {MAX_CHUNK} bytes")
    return ChunkHeader(compressed, scheme, uncompressed)


def _lz4(data: bytes, size: int, where: int) -> bytes:
    """Decompress an LZ4 frame into exactly `size` bytes, never producing more than size+1."""
    dec = lz4.frame.LZ4FrameDecompressor()
    try:
        out = dec.decompress(data, max_length=size + 1)
    except RuntimeError as err:
        raise XetFormatError(f"xorb: chunk at byte {where} is not a valid LZ4 frame") from err
    if len(out) != size or not dec.eof or dec.unused_data:
        raise XetFormatError(
            f"xorb: chunk at byte {where} does not decompress to its declared {size} bytes"
        )
    return bytes(out)


def ungroup4(grouped: bytes) -> bytes:
    """Undo ByteGrouping4: group i holds bytes i, i+4, i+8, ...; remainders go first."""
    q, r = divmod(len(grouped), 4)
    out = bytearray(len(grouped))
    pos = 0
    for i in range(4):
        n = q + (1 if i < r else 0)
        out[i::4] = grouped[pos : pos + n]
        pos += n
    return bytes(out)


def decode_chunk(head: ChunkHeader, data: bytes, where: int = 0) -> bytes:
    if head.scheme == NONE:
        if len(data) != head.uncompressed:
            raise XetFormatError(f"xorb: stored chunk at byte {where} has the wrong length")
        return data
    out = _lz4(data, head.uncompressed, where)
    return ungroup4(out) if head.scheme == BG4_LZ4 else out


def _read_exact(stream: BinaryIO, n: int, where: int) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise XetFormatError(f"xorb: truncated at byte {where + len(data)}")
    return data


def iter_chunks(stream: BinaryIO, limit: int = MAX_XORB_BODY) -> Iterator[tuple[int, int, bytes]]:
    """(serialized offset, record length, decompressed data) of each chunk record."""
    offset = count = unpacked = 0
    while True:
        raw = stream.read(HEADER)
        if not raw:
            return
        if len(raw) != HEADER:
            raise XetFormatError(f"xorb: truncated chunk header at byte {offset}")
        head = parse_header(raw, offset)
        if offset + HEADER + head.compressed > limit:
            raise XetFormatError(f"xorb: larger than {limit} bytes")
        count += 1
        unpacked += head.uncompressed
        if count > MAX_XORB_CHUNKS:
            raise XetFormatError(f"xorb: more than {MAX_XORB_CHUNKS} chunks")
        if unpacked > MAX_XORB_BYTES + MAX_CHUNK:
            raise XetFormatError(f"xorb: more than {MAX_XORB_BYTES} bytes of chunk data")
        data = _read_exact(stream, head.compressed, offset + HEADER)
        yield offset, HEADER + head.compressed, decode_chunk(head, data, offset)
        offset += HEADER + head.compressed


def parse_xorb(stream: BinaryIO, expected: bytes | None = None) -> tuple[bytes, list[ChunkEntry]]:
    """Validate a xorb body; its Merkle hash and chunk index (400 when `expected` differs)."""
    entries: list[ChunkEntry] = []
    merkle = MerkleBuilder()
    for offset, length, data in iter_chunks(stream):
        h = chunk_hash(data)
        merkle.add(h, len(data))
        entries.append(ChunkEntry(offset, length, len(data), h))
    if not entries:
        raise XetFormatError("xorb: no chunks")
    root = merkle.root()
    if expected is not None and root != expected:
        raise XetFormatError("xorb: the hash of its chunks does not match the hash in the URL")
    return root, entries


INDEX_RECORD = struct.Struct("<32sQII")  # hash, serialized offset, length, uncompressed


def pack_index(entries: list[ChunkEntry]) -> bytes:
    return b"".join(INDEX_RECORD.pack(e.hash, e.offset, e.length, e.size) for e in entries)


def unpack_index(raw: bytes) -> list[ChunkEntry]:
    if len(raw) % INDEX_RECORD.size:
        raise ValueError("corrupt xorb index")
    return [
        ChunkEntry(off, length, size, h) for h, off, length, size in INDEX_RECORD.iter_unpack(raw)
    ]
