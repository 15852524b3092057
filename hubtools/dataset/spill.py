"""One user's kept posts on disk as dataset rows, read back in split order.

The split (`hubtools.dataset.split`) orders a user's posts by a keyed hash of their id and
puts those under the validation fraction first. Sorting needs every post, so the posts are
not held: each row is encoded once and appended to one of 256 bucket files by the first byte
of its key, and read back bucket by bucket, each sorted in memory (ties keep their input
order). Memory is one bucket (~1/256 of the rows), not the archive. The files live in the
dataset's temporary folder, so an error leaves nothing behind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import msgspec

from hubtools.dataset.filters import Kept
from hubtools.sources.model import PostKind

BUCKETS = 256
_KEY = 16  # hex digits of a row's split key, in front of each spilled line


class _Head(msgspec.Struct, array_like=False):
    """A dataset row without its `repeat` field (added when the row is written)."""

    text: str
    author: str
    id: str
    created_at: str | None
    kind: PostKind


class _Text(msgspec.Struct):
    text: str


_ENCODE = msgspec.json.Encoder().encode
_TEXT = msgspec.json.Decoder(_Text)


def row_line(head: bytes, repeat: int) -> bytes:
    """A spilled row as a line of the dataset: `{..., "repeat": 0}` (k: its k-th copy)."""
    return head + b',"repeat":%d}\n' % repeat


class Spill:
    """Rows of one user: `add` while reading, then `train()`, `copies()`, `validation()`."""

    def __init__(self, folder: Path, seed: int, handle: str, fraction: float) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._prefix = f"{seed}\0{handle}\0".encode()  # split._key's hash input, but the id
        self._cut = int(fraction * 2**64)
        self._fraction = fraction
        self._files: dict[int, BinaryIO] = {}
        self.rows = 0
        self.below_cut = 0  # rows whose key is under the validation fraction
        self.train_chars = 0  # characters of text in rows at or over the cut
        self._smallest: tuple[int, int] | None = None  # (key, text length) of the first row

    def add(self, kept: Kept) -> None:
        post = kept.post
        digest = hashlib.blake2b(self._prefix + post.id.encode(), digest_size=8).digest()
        key = int.from_bytes(digest, "big")
        head = _ENCODE(_Head(kept.text, post.author, post.id, post.created_at, post.kind))
        out = self._files.get(digest[0])
        if out is None:
            # open across adds (one per bucket), closed by close()
            out = self._files[digest[0]] = open(self.folder / f"{digest[0]:02x}", "ab")  # noqa: SIM115
        out.write(digest.hex().encode() + head[:-1] + b"\n")
        self.rows += 1
        size = len(kept.text)
        if key < self._cut:
            self.below_cut += 1
        else:
            self.train_chars += size
        if self._smallest is None or key < self._smallest[0]:
            self._smallest = (key, size)

    def close(self) -> None:
        """Flush and close the bucket files (a later source of the same user reopens them)."""
        for out in self._files.values():
            out.close()
        self._files.clear()

    @property
    def _moved(self) -> bool:
        """With 2+ rows and none under the fraction, the first row goes to validation."""
        return self.below_cut == 0 and self._fraction > 0 and self.rows >= 2

    @property
    def validation_rows(self) -> int:
        return 1 if self._moved else self.below_cut

    @property
    def train_rows(self) -> int:
        return self.rows - self.validation_rows

    @property
    def train_text(self) -> int:
        """Characters of text in the train rows (what balancing compares)."""
        if self._moved and self._smallest is not None:
            return self.train_chars - self._smallest[1]
        return self.train_chars

    def _ordered(self) -> Iterator[tuple[int, bytes]]:
        """(key, row head) of every row, in key order."""
        self.close()
        for bucket in range(BUCKETS):
            path = self.folder / f"{bucket:02x}"
            if not path.exists():
                continue
            lines = path.read_bytes().split(b"\n")
            lines.pop()  # after the last newline
            lines.sort(key=lambda line: line[:_KEY])  # stable: equal keys keep their order
            for line in lines:
                yield int(line[:_KEY], 16), line[_KEY:]

    def validation(self) -> Iterator[bytes]:
        """Validation rows' heads, in key order."""
        if self._moved:
            for _, head in self._ordered():
                yield head
                return
        for key, head in self._ordered():
            if key >= self._cut:
                return
            yield head

    def train(self) -> Iterator[bytes]:
        """Train rows' heads, in key order."""
        skip = 1 if self._moved else 0
        for key, head in self._ordered():
            if key < self._cut:
                continue
            if skip:
                skip -= 1
                continue
            yield head

    def copies(self, target: int) -> Iterator[bytes]:
        """Balancing copies as dataset lines: the train rows again and again, in order,
        until the train text reaches `target` characters (huggingtweets' balancing)."""
        total, repeat = self.train_text, 0
        while self.train_rows and total < target:
            repeat += 1
            for head in self.train():
                if total >= target:
                    return
                total += len(_TEXT.decode(head + b"}").text)
                yield row_line(head, repeat)
