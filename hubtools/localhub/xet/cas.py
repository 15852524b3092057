"""The CAS store: xorbs and shards content-addressed under one root, and the files they make.

Layout under `root`, every file written temp + rename so a SIGKILL leaves no half file
(a file's record is written last, so a file is either fully known or unknown):
`xorbs/<hex>` (chunk records as uploaded) with `xorbs/<hex>.idx` (per-chunk offsets,
sizes and hashes, written first), `shards/<sha256>` (shards as uploaded), `files/<hex>`
(a JSON line, then the shard's 48-byte term records), `sha256/<sha256>` (its file hash),
`chunks/<hex>` (the xorb holding a dedup-eligible chunk, for the global dedup query).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from hubtools import atomic
from hubtools.localhub.xet import hashing
from hubtools.localhub.xet.shard import (
    RECORD,
    TERM_RECORD,
    ShardFile,
    Term,
    build_dedup_shard,
    parse_shard,
)
from hubtools.localhub.xet.xorb import (
    HEADER,
    ChunkEntry,
    XetFormatError,
    decode_chunk,
    pack_index,
    parse_header,
    parse_xorb,
    unpack_index,
)

# Chunks one shard's files may name in all (a 64 GiB file at 64 KiB a chunk; the Hub takes
# files up to 50 GB): bounds the time a shard of repeated terms costs to re-hash (about
# 6 s a million chunks). Counted from the terms alone, before any hashing.
MAX_CHUNK_REFS = 1 << 20
# A claimed sha256 is checked against the content when the file is at most this big (a
# wrong one would make the Hub serve other bytes under that oid); above, the first claim
# for a sha256 wins and is never replaced.
MAX_VERIFIED_SHA256 = 2 * 1024**3
DEDUP_MODULUS = 1024  # xet-core: a chunk is dedup-eligible when its hash tail % 1024 == 0
_INDEX_CACHE = 256
STALE_TMP_SECONDS = 24 * 3600  # upload temp files this old were left by a killed server


@dataclass(frozen=True)
class XetFile:
    file_hash: str  # hex as it appears in the CAS API URLs (the API hex form)
    sha256: str | None  # from the shard's sha256 metadata extension when the client sent it
    size: int


@dataclass(frozen=True)
class XorbIndex:
    hash: str  # API hex
    chunks: list[ChunkEntry]
    ends: list[int]  # cumulative uncompressed end offset of each chunk

    def unpacked(self, start: int, end: int) -> int:
        return self.ends[end - 1] - (self.ends[start - 1] if start else 0)

    def url_range(self, start: int, end: int) -> tuple[int, int]:
        """Inclusive serialized byte range of chunks [start, end)."""
        last = self.chunks[end - 1]
        return self.chunks[start].offset, last.offset + last.length - 1


@dataclass(frozen=True)
class PlanTerm:
    xorb: str  # API hex
    start: int
    end: int
    size: int


@dataclass(frozen=True)
class Plan:
    """The terms covering a byte range, and how many bytes of the first to skip."""

    terms: list[PlanTerm]
    offset_into_first_range: int
    size: int  # the file's whole size


class RangeNotSatisfiable(Exception):
    """A reconstruction range starting at or past the end of the file (HTTP 416)."""


class CasStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()
        self._indexes: OrderedDict[str, XorbIndex] = OrderedDict()
        self._sweep_tmp()

    def _sweep_tmp(self) -> None:
        """Remove upload temp files a killed server left behind (old ones only: another
        store on this root may be receiving one right now)."""
        cutoff = time.time() - STALE_TMP_SECONDS
        with contextlib.suppress(FileNotFoundError):
            for path in (self.root / "tmp").iterdir():
                with contextlib.suppress(FileNotFoundError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()

    # -- paths -------------------------------------------------------------------------
    def _path(self, kind: str, name: str) -> Path:
        return self.root / kind / name

    def tmp_file(self) -> Path:
        """A fresh temp file on the store's filesystem (so a rename into place is atomic)."""
        tmp = self.root / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=tmp)
        os.close(fd)
        return Path(name)

    # -- xorbs -------------------------------------------------------------------------
    def has_xorb(self, xorb_hash: str) -> bool:
        return self._path("xorbs", xorb_hash).is_file()

    def xorb_path(self, xorb_hash: str) -> Path:
        return self._path("xorbs", xorb_hash)

    def add_xorb(self, xorb_hash: str, body: Path) -> bool:
        """Validate the uploaded body and move it into place; False when already stored."""
        expected = hashing.from_hex(xorb_hash)
        if self.has_xorb(xorb_hash):
            return False
        with open(body, "rb") as fh:
            _, entries = parse_xorb(fh, expected)
        atomic.write_bytes(self._path("xorbs", xorb_hash + ".idx"), pack_index(entries))
        for entry in entries:
            if _dedup_eligible(entry.hash):
                self._note_chunk(entry.hash, xorb_hash)
        os.replace(body, self._path("xorbs", xorb_hash))
        return True

    def xorb_index(self, xorb_hash: str) -> XorbIndex | None:
        with self._lock:
            hit = self._indexes.get(xorb_hash)
            if hit is not None:
                self._indexes.move_to_end(xorb_hash)
                return hit
        if not self.has_xorb(xorb_hash):
            return None
        chunks = unpack_index(self._path("xorbs", xorb_hash + ".idx").read_bytes())
        index = XorbIndex(xorb_hash, chunks, list(accumulate(c.size for c in chunks)))
        with self._lock:
            self._indexes[xorb_hash] = index
            while len(self._indexes) > _INDEX_CACHE:
                self._indexes.popitem(last=False)
        return index

    def _note_chunk(self, chunk: bytes, xorb_hash: str) -> None:
        path = self._path("chunks", hashing.to_hex(chunk))
        if not path.exists():
            atomic.write_text(path, xorb_hash)

    def dedup_shard(self, chunk_hash: str) -> bytes | None:
        """The global-dedup answer for a chunk: a shard listing the xorb that holds it."""
        try:
            xorb_hash = self._path("chunks", chunk_hash).read_text().strip()
        except (FileNotFoundError, ValueError):
            return None
        index = self.xorb_index(xorb_hash)
        if index is None:
            return None
        chunks = [(c.hash, c.size) for c in index.chunks]
        key = secrets.token_bytes(32)
        return build_dedup_shard(hashing.from_hex(xorb_hash), chunks, key)

    # -- shards ------------------------------------------------------------------------
    def add_shard(self, data: bytes) -> int:
        """Validate a shard against the stored xorbs and register its files.

        1 when something new was registered, 0 when the shard was already known.
        """
        shard = parse_shard(data)
        named = sum(t.end - t.start for sf in shard.files for t in sf.terms() if t.end > t.start)
        if named > MAX_CHUNK_REFS:
            raise XetFormatError(f"shard: its files name more than {MAX_CHUNK_REFS} chunks")
        for sx in shard.xorbs:
            self._check_cas_entry(sx.hash, list(sx.chunks()))
        records = [self._check_file(sf) for sf in shard.files]
        for sf, (xet, _) in zip(shard.files, records, strict=True):
            self._check_sha256(sf, xet)
        name = hashlib.sha256(data).hexdigest()
        new = not self._path("shards", name).exists()
        if new:
            atomic.write_bytes(self._path("shards", name), data)
        for sf, (xet, first) in zip(shard.files, records, strict=True):
            new |= self._register(sf, xet, first)
        return int(new)

    def _check_cas_entry(self, raw: bytes, chunks: list[tuple[bytes, int]]) -> None:
        xorb_hash = hashing.to_hex(raw)
        index = self.xorb_index(xorb_hash)
        if index is None:
            raise XetFormatError(f"shard: xorb {xorb_hash} is not stored; upload it first")
        if chunks != [(c.hash, c.size) for c in index.chunks]:
            raise XetFormatError(f"shard: the chunks it lists for xorb {xorb_hash} differ")

    def _check_file(self, sf: ShardFile) -> tuple[XetFile, bytes | None]:
        """Check one file's terms against stored xorbs and recompute its hash."""
        file_hex = hashing.to_hex(sf.file_hash)
        merkle = hashing.MerkleBuilder()
        verifications = list(sf.verifications()) or None
        size = 0
        first: bytes | None = None
        for i, term in enumerate(sf.terms()):
            index = self._term_index(file_hex, i, term)
            chunks = index.chunks[term.start : term.end]
            if verifications is not None and verifications[i] != hashing.verification_hash(
                c.hash for c in chunks
            ):
                raise XetFormatError(f"shard: file {file_hex} term {i} fails its verification hash")
            first = first or chunks[0].hash
            for c in chunks:
                merkle.add(c.hash, c.size)
            size += term.size
        root = merkle.root()
        got = hashing.file_hash_of_root(root) if first is not None else bytes(32)
        if got != sf.file_hash:
            raise XetFormatError(f"shard: file {file_hex} does not hash to its file hash")
        sha = hashing.to_hex(sf.sha256_raw) if sf.sha256_raw is not None else None
        return XetFile(file_hex, sha, size), first

    def _term_index(self, file_hex: str, i: int, term: Term) -> XorbIndex:
        xorb_hex = hashing.to_hex(term.xorb)
        index = self.xorb_index(xorb_hex)
        where = f"shard: file {file_hex} term {i}"
        if index is None:
            raise XetFormatError(f"{where} names xorb {xorb_hex}, which is not stored")
        if not 0 <= term.start < term.end <= len(index.chunks):
            raise XetFormatError(
                f"{where} chunk range [{term.start}, {term.end}) is outside xorb {xorb_hex}"
                f" ({len(index.chunks)} chunks)"
            )
        if index.unpacked(term.start, term.end) != term.size:
            raise XetFormatError(f"{where} claims {term.size} bytes; its chunks hold another size")
        return index

    def _check_sha256(self, sf: ShardFile, xet: XetFile) -> None:
        if xet.sha256 is None or xet.size > MAX_VERIFIED_SHA256:
            return
        if self._path("sha256", xet.sha256).exists():
            return  # known already: never replaced, so no need to look
        digest = hashlib.sha256()
        for term in sf.terms():
            planned = PlanTerm(hashing.to_hex(term.xorb), term.start, term.end, term.size)
            for data in self._decode(planned):
                digest.update(data)
        if digest.hexdigest() != xet.sha256:
            raise XetFormatError(
                f"shard: file {xet.file_hash} claims sha256 {xet.sha256}, its content differs"
            )

    def _register(self, sf: ShardFile, xet: XetFile, first: bytes | None) -> bool:
        path = self._path("files", xet.file_hash)
        new = not path.exists()
        if new:
            head = json.dumps({"size": xet.size, "sha256": xet.sha256}).encode() + b"\n"
            atomic.write_bytes(path, head + sf.terms_raw)
        if xet.sha256 is not None and not self._path("sha256", xet.sha256).exists():
            atomic.write_text(self._path("sha256", xet.sha256), xet.file_hash)
            new = True
        if first is not None:
            xorb = self._first_xorb(sf)
            if xorb is not None:
                self._note_chunk(first, xorb)
        return new

    @staticmethod
    def _first_xorb(sf: ShardFile) -> str | None:
        for term in sf.terms():
            return hashing.to_hex(term.xorb)
        return None

    # -- files -------------------------------------------------------------------------
    def file(self, file_hash: str) -> XetFile | None:
        head = self._file_head(file_hash)
        if head is None:
            return None
        sha, size = head.get("sha256"), head.get("size")
        if not isinstance(size, int) or not (sha is None or isinstance(sha, str)):
            return None
        return XetFile(file_hash, sha, size)

    def file_by_sha256(self, sha256: str) -> XetFile | None:
        if not hashing.API_HEX.fullmatch(sha256):
            return None
        try:
            file_hash = self._path("sha256", sha256).read_text().strip()
        except FileNotFoundError:
            return None
        return self.file(file_hash)

    def _file_head(self, file_hash: str) -> dict[str, object] | None:
        if not hashing.API_HEX.fullmatch(file_hash):
            return None
        try:
            with open(self._path("files", file_hash), "rb") as fh:
                head = json.loads(fh.readline())
        except FileNotFoundError:
            return None
        return head if isinstance(head, dict) else None

    def _terms(self, file_hash: str) -> Iterator[Term]:
        with open(self._path("files", file_hash), "rb") as fh:
            fh.readline()
            while len(record := fh.read(RECORD)) == RECORD:
                xorb, _flags, size, start, end = TERM_RECORD.unpack(record)
                yield Term(xorb, size, start, end)

    def plan(self, file_hash: str, first: int = 0, last: int | None = None) -> Plan | None:
        """The terms covering file bytes [first, last] (inclusive); None for an unknown file.

        RangeNotSatisfiable when `first` is at or past the end.
        """
        xet = self.file(file_hash)
        if xet is None:
            return None
        if first >= xet.size or first < 0:
            if xet.size == 0 and first == 0:
                return Plan([], 0, 0)
            raise RangeNotSatisfiable(f"range start {first} is past the file's {xet.size} bytes")
        last = xet.size - 1 if last is None else min(last, xet.size - 1)
        terms: list[PlanTerm] = []
        skip, pos = 0, 0
        for term in self._terms(file_hash):
            if pos > last:
                break
            if pos + term.size > first:
                planned, skipped = self._trim(term, pos, first, last)
                if not terms:
                    skip = skipped
                terms.append(planned)
            pos += term.size
        return Plan(terms, skip, xet.size)

    def _trim(self, term: Term, pos: int, first: int, last: int) -> tuple[PlanTerm, int]:
        """Cut a term to the chunks overlapping [first, last]; also bytes before `first`."""
        xorb_hex = hashing.to_hex(term.xorb)
        index = self.xorb_index(xorb_hex)
        if index is None:
            raise FileNotFoundError(f"xorb {xorb_hex} is missing from the store")
        start, end, skipped = term.start, term.end, 0
        base = index.ends[start - 1] if start else 0
        while start < end - 1 and pos + index.ends[start] - base <= first:
            start += 1
        skipped = max(0, first - (pos + (index.ends[start - 1] if start else 0) - base))
        while end - 1 > start and pos + (index.ends[end - 2] - base) > last:
            end -= 1
        return PlanTerm(xorb_hex, start, end, index.unpacked(start, end)), skipped

    def read(self, file_hash: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The file's bytes [start, end), decoded chunk by chunk from the stored xorbs."""
        xet = self.file(file_hash)
        if xet is None:
            raise KeyError(file_hash)
        end = xet.size if end is None else min(end, xet.size)
        if start >= end:
            return
        plan = self.plan(file_hash, start, end - 1)
        assert plan is not None
        skip, left = plan.offset_into_first_range, end - start
        for term in plan.terms:
            for data in self._decode(term):
                if skip >= len(data):
                    skip -= len(data)
                    continue
                piece = data[skip : skip + left]
                skip = 0
                left -= len(piece)
                yield piece
                if left <= 0:
                    return

    def _decode(self, term: PlanTerm) -> Iterator[bytes]:
        index = self.xorb_index(term.xorb)
        if index is None:
            raise FileNotFoundError(f"xorb {term.xorb} is missing from the store")
        with open(self.xorb_path(term.xorb), "rb") as fh:
            fh.seek(index.chunks[term.start].offset)
            for entry in index.chunks[term.start : term.end]:
                raw = fh.read(entry.length)
                head = parse_header(raw[:HEADER], entry.offset)
                yield decode_chunk(head, raw[HEADER:], entry.offset)


def _dedup_eligible(chunk: bytes) -> bool:
    return int.from_bytes(chunk[24:32], "little") % DEDUP_MODULUS == 0
