"""Deterministic train/validation split and huggingtweets-style balancing of several users.

A post goes to validation when a keyed hash of (seed, handle, post id) falls under the
validation fraction. The same seed gives the same split on any machine, and a post never
changes side when the archive grows, so a retrained model is not trained on what its
predecessor was validated on. (With 2+ posts and none under the fraction, the post with the
smallest hash is taken, so validation is never empty.)

These are the rules, on lists; `build_dataset` applies the same ones to posts it never holds
(`hubtools.dataset.spill`), and a test checks both give the same rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from hubtools.dataset.filters import Kept

Row = Kept
_SCALE = 2**64


def _key(seed: int, handle: str, post_id: str) -> int:
    data = f"{seed}\0{handle}\0{post_id}".encode()
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def split(
    rows: Sequence[Row], seed: int, handle: str, fraction: float
) -> tuple[list[Row], list[Row]]:
    """(train, validation), each in a seeded order that does not depend on the input order."""
    keyed = sorted((_key(seed, handle, row.post.id), i) for i, row in enumerate(rows))
    ordered = [rows[i] for _, i in keyed]  # ties (equal ids) keep their input order
    cut = int(fraction * _SCALE)
    n_val = sum(1 for key, _ in keyed if key < cut)
    if n_val == 0 and fraction > 0 and len(rows) >= 2:
        n_val = 1
    return ordered[n_val:], ordered[:n_val]


@dataclass(frozen=True)
class Repeated:
    row: Row
    repeat: int  # 0 for the post itself, k for its k-th extra copy


def balance(users: Sequence[Sequence[Row]]) -> list[list[Repeated]]:
    """Pad every user's rows with copies of their own posts up to the largest user's size.

    As huggingtweets did (c681710): size is counted in characters of text, and each list is
    extended by cycling through the user's own posts until it reaches the largest total. The
    input lists are left untouched (huggingtweets' version grew them in place).
    """
    target = max((sum(len(row.text) for row in rows) for rows in users), default=0)
    out: list[list[Repeated]] = []
    for rows in users:
        padded = [Repeated(row, 0) for row in rows]
        total = sum(len(row.text) for row in rows)
        i = 0
        while rows and total < target:
            row = rows[i % len(rows)]
            padded.append(Repeated(row, i // len(rows) + 1))
            total += len(row.text)
            i += 1
        out.append(padded)
    return out
