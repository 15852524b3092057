"""Xet hashes: chunk hash, the aggregated Merkle tree (xorb and file hash), term verification.

All keyed BLAKE3 (the `blake3` package). Raw hashes are 32 bytes in xet-core's in-memory
order; the API hex form reverses each 8-byte group before hexing (xet-core `DataHash::hex`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from blake3 import blake3

DATA_KEY = bytes(
    (
        102,
        151,
        245,
        119,
        91,
        149,
        80,
        222,
        49,
        53,
        203,
        172,
        165,
        151,
        24,
        28,
        157,
        228,
        33,
        16,
        155,
        235,
        43,
        88,
        180,
        208,
        176,
        75,
        147,
        173,
        242,
        41,
    )
)
INTERNAL_NODE_KEY = bytes(
    (
        1,
        126,
        197,
        199,
        165,
        71,
        41,
        150,
        253,
        148,
        102,
        102,
        180,
        138,
        2,
        230,
        93,
        221,
        83,
        111,
        55,
        199,
        109,
        210,
        248,
        99,
        82,
        230,
        74,
        83,
        113,
        63,
    )
)
VERIFICATION_KEY = bytes(
    (
        127,
        24,
        87,
        214,
        206,
        86,
        237,
        102,
        18,
        127,
        249,
        19,
        231,
        165,
        195,
        243,
        164,
        205,
        38,
        213,
        181,
        219,
        73,
        230,
        65,
        36,
        152,
        127,
        40,
        251,
        148,
        195,
    )
)
ZERO_KEY = bytes(32)
API_HEX = re.compile(r"[0-9a-f]{64}")
# A group is cut once it holds this many nodes, or earlier at a hash that ends in 0 mod 4.
MAX_FANOUT = 9


def to_hex(raw: bytes) -> str:
    """The API hex form: each 8-byte group read as a little-endian u64, printed big-endian."""
    return b"".join(raw[i : i + 8][::-1] for i in range(0, 32, 8)).hex()


def from_hex(text: str) -> bytes:
    """Raw hash bytes of an API hex string (ValueError when it is not 64 lowercase hex)."""
    if not API_HEX.fullmatch(text):
        raise ValueError(f"not a 64-hex-digit hash: {text[:80]!r}")
    raw = bytes.fromhex(text)
    return b"".join(raw[i : i + 8][::-1] for i in range(0, 32, 8))


def chunk_hash(data: bytes) -> bytes:
    return blake3(data, key=DATA_KEY).digest()


def verification_hash(chunk_hashes: Iterable[bytes]) -> bytes:
    """A term's proof of possession: keyed hash over the raw hashes of its chunks."""
    hasher = blake3(key=VERIFICATION_KEY)
    for h in chunk_hashes:
        hasher.update(h)
    return hasher.digest()


def file_hash_of_root(root: bytes) -> bytes:
    return blake3(root, key=ZERO_KEY).digest()


def _cut(rest: list[tuple[bytes, int]]) -> int:
    """How many of the nodes at the front of `rest` form the next parent (xet-core rule)."""
    if len(rest) <= 2:
        return len(rest)
    end = min(MAX_FANOUT, len(rest))
    for j in range(2, end):
        if int.from_bytes(rest[j][0][24:32], "little") % 4 == 0:
            return j + 1
    return end


def _parent(group: list[tuple[bytes, int]]) -> tuple[bytes, int]:
    text = "".join(f"{to_hex(h)} : {n}\n" for h, n in group)
    return blake3(text.encode(), key=INTERNAL_NODE_KEY).digest(), sum(n for _, n in group)


class MerkleBuilder:
    """The aggregated Merkle root of a stream of (hash, length) leaves, in bounded memory.

    A group's cut depends only on the next nine nodes, so each level keeps a short buffer
    and emits parents as soon as nine nodes are waiting; `root()` flushes the rest.
    """

    def __init__(self) -> None:
        self.levels: list[list[tuple[bytes, int]]] = [[]]
        self.emitted: list[bool] = [False]

    def add(self, h: bytes, length: int) -> None:
        self._push(0, (h, length))

    def _push(self, level: int, node: tuple[bytes, int]) -> None:
        if level == len(self.levels):
            self.levels.append([])
            self.emitted.append(False)
        buf = self.levels[level]
        buf.append(node)
        while len(buf) >= MAX_FANOUT:
            cut = _cut(buf)
            parent = _parent(buf[:cut])
            del buf[:cut]
            self.emitted[level] = True
            self._push(level + 1, parent)

    def root(self) -> bytes:
        level = 0
        while True:
            buf = self.levels[level]
            top = level + 1 == len(self.levels)
            if top and not self.emitted[level] and len(buf) <= 1:
                return buf[0][0] if buf else bytes(32)
            while buf:
                cut = _cut(buf)
                parent = _parent(buf[:cut])
                del buf[:cut]
                self.emitted[level] = True
                if level + 1 == len(self.levels):
                    self.levels.append([])
                    self.emitted.append(False)
                self.levels[level + 1].append(parent)
            level += 1


def merkle_root(leaves: Iterable[tuple[bytes, int]]) -> bytes:
    builder = MerkleBuilder()
    for h, n in leaves:
        builder.add(h, n)
    return builder.root()


def reference_root(leaves: list[tuple[bytes, int]]) -> bytes:
    """The level-by-level form of the same tree (kept to cross-check the streaming one)."""
    level = list(leaves)
    if not level:
        return bytes(32)
    while len(level) > 1:
        nxt, i = [], 0
        while i < len(level):
            cut = _cut(level[i : i + MAX_FANOUT])
            nxt.append(_parent(level[i : i + cut]))
            i += cut
        level = nxt
    return level[0][0]
