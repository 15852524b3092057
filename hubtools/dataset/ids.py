"""The post ids a user's sources showed so far, in 8 bytes each, checked a batch at a time.

A Python set of a million id strings costs ~100 MB (~70 B per string, ~30 B per slot), and
it grows with the archive. Here every id becomes a 64-bit key: a canonical decimal id (X,
Mastodon's API, Bluesky's feed) is its own number, exactly, so two different numeric ids
never collide; any other id (a URL, an `at://` URI, a line number scoped by its file) is a
blake2b digest with the top bit set, so it never meets a numeric key either, and two of
them collide with probability ~n²/2⁶⁴ (3·10⁻⁸ for a million posts). Keys live in sorted
numpy runs that merge as they grow (a log-structured set): memory is 8 bytes per id, and
a batch of a thousand keys is checked with one `searchsorted` per run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_HASHED = 1 << 63  # top bit: a digest, never a numeric id (those stay under 2**63)


def id_key(post_id: str) -> int:
    """One id's 64-bit key (see the module docstring)."""
    if (
        post_id.isascii()
        and post_id.isdigit()
        and (post_id[0] != "0" or post_id == "0")
        and len(post_id) <= 19
    ):
        number = int(post_id)
        if number < _HASHED:
            return number
    digest = hashlib.blake2b(post_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") | _HASHED


@cache
def _powers() -> np.ndarray:
    """10**18, ..., 10**0: the place values of a 19-digit id."""
    import numpy as np

    return np.array([10**i for i in range(18, -1, -1)], dtype=np.uint64)


def id_keys(post_ids: Sequence[str]) -> np.ndarray:
    """`id_key` of each id, as a uint64 array. A batch of canonical decimal ids (the common
    case) is checked with a few whole-batch string operations and, when the ids have one
    width (X's and Mastodon's do), converted from their digits without a Python int each."""
    import numpy as np

    n = len(post_ids)
    joined = "".join(post_ids)
    if n and joined.isascii() and (raw := joined.encode()).isdigit() and "" not in post_ids:
        width = len(raw) // n
        keys = None
        if width * n == len(raw) and width <= 19 and max(map(len, post_ids)) == width:
            digits = np.frombuffer(raw, dtype=np.uint8).reshape(n, width)
            if width == 1 or digits[:, 0].min() > 48:  # no leading zero
                keys = (digits - 48).astype(np.uint64) @ _powers()[-width:]
        elif ",0" not in "," + ",".join(post_ids) and max(map(len, post_ids)) <= 19:
            keys = np.fromiter(map(int, post_ids), dtype=np.uint64, count=n)
        if keys is not None and int(keys.max()) < _HASHED:
            return keys
    return np.fromiter(map(id_key, post_ids), dtype=np.uint64, count=n)


class PostIds:
    """A set of 64-bit keys; `add_new` tells which keys of a batch were not in it yet."""

    def __init__(self) -> None:
        self._runs: list[np.ndarray] = []  # sorted, unique, sizes decreasing
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __contains__(self, post_id: str) -> bool:
        import numpy as np

        key = np.array([id_key(post_id)], dtype=np.uint64)
        return not bool(self._fresh(key)[0])

    def _fresh(self, batch: np.ndarray) -> np.ndarray:
        """True where a key is new: not in the set and not earlier in `batch`."""
        import numpy as np

        _, first = np.unique(batch, return_index=True)  # first occurrence of each key
        new = np.zeros(len(batch), dtype=bool)
        new[first] = True
        for run in self._runs:
            at = np.searchsorted(run, batch)
            at[at == len(run)] = 0
            new &= run[at] != batch
        return new

    def add_new(self, batch: np.ndarray) -> list[bool]:
        """Add the keys of `batch` (uint64); for each, True when it was new (the first time
        this id is seen)."""
        if not len(batch):
            return []
        import numpy as np

        new = self._fresh(batch)
        fresh = np.sort(batch[new])
        if len(fresh):
            self._runs.append(fresh)
            self._count += len(fresh)
            # merge the newest runs while the last is at least half the one before it:
            # O(log n) runs, each key merged O(log n) times
            while len(self._runs) > 1 and 2 * len(self._runs[-1]) >= len(self._runs[-2]):
                last = self._runs.pop()
                merged = np.concatenate((self._runs.pop(), last))
                merged.sort(kind="stable")  # two sorted runs: a linear merge
                self._runs.append(merged)
        return new.tolist()
