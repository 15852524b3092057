"""Listing repos at the cost of the page, not of the Hub.

`list_models` used to build the full info of every repo, then sort, then cut a page:
linear per page, quadratic to page through everything. Here a light row per repo (what
filters and sorts read) is cached until its main branch moves; the order is the store's
sorted id list (the default) or a sort cached until anything changes; a page walks that
order from its cursor and stops when full, and full info is built for its rows only.
The cursor is a position in the order, opaque to the client (it follows `Link`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hubtools.localhub.store import Repo, Store


@dataclass(frozen=True, slots=True)
class Row:
    """What filters and sorts need of a repo at its main branch's head."""

    cid: str
    key: str  # the lowered id
    created_at: str
    last_modified: str
    tags: frozenset[str]
    pipeline_tag: str | None
    library_name: str | None


_SORTS: dict[str, Callable[[Row], object]] = {
    "lastModified": lambda row: row.last_modified,
    "createdAt": lambda row: row.created_at,
    # every repo has 0 likes and downloads here: the order is the id's
    "downloads": lambda row: 0,
    "likes": lambda row: 0,
    "trendingScore": lambda row: 0,
}
SORT_KEYS = frozenset({*_SORTS, "id"})


class Listing:
    def __init__(self, store: Store, facts: Callable[[Repo, str], Row]) -> None:
        self.store = store
        self._facts = facts  # builds a row (card data, tags) for a repo at a commit
        self._rows: dict[tuple[str, str], Row] = {}
        self._orders: dict[tuple[str, str, bool], tuple[int, list[str]]] = {}

    def row(self, repo: Repo) -> Row:
        cid = repo.branches["main"]
        cached = self._rows.get((repo.type, repo.id))
        if cached is None or cached.cid != cid:
            cached = self._rows[(repo.type, repo.id)] = self._facts(repo, cid)
        return cached

    def order(self, rtype: str, sort: str | None, descending: bool) -> list[str]:
        """The lowered ids of `rtype` in list order."""
        if sort not in _SORTS:
            return self.store.sorted_keys(rtype)  # by id, kept sorted by the store
        cache_key = (rtype, sort, descending)
        cached = self._orders.get(cache_key)
        if cached is not None and cached[0] == self.store.generation:
            return cached[1]
        generation = self.store.generation
        rows = [self.row(self.store.get_repo(rtype, k)) for k in self.store.sorted_keys(rtype)]
        key = _SORTS[sort]
        rows.sort(key=key, reverse=descending)  # stable: ties stay in id order
        keys = [r.key for r in rows]
        self._orders[cache_key] = (generation, keys)
        return keys

    def page(
        self,
        rtype: str,
        keys: list[str],
        start: int,
        size: int,
        accept: Callable[[Repo, Callable[[], Row]], bool],
    ) -> tuple[list[Repo], int | None]:
        """Up to `size` accepted repos from position `start`; the next position, if any."""
        out: list[Repo] = []
        i = start
        while i < len(keys) and len(out) < size:
            repo = self.store.get_repo(rtype, keys[i])
            i += 1
            if repo is not None and accept(repo, lambda repo=repo: self.row(repo)):
                out.append(repo)
        return out, (i if i < len(keys) else None)
