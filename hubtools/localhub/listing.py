"""Listing repos at the cost of the page, not of the Hub.

`list_models` used to build the full info of every repo, then sort, then cut a page:
linear per page, quadratic to page through everything. Here a light row per repo (what
filters and sorts read) is cached until its main branch moves; the order is the store's
sorted id list (the default) or a sort cached until anything changes; a page walks that
order from its cursor and stops when full, and full info is built for its rows only.
The cursor is a position in the order, opaque to the client (it follows `Link`).

The default list entry (what `list_models()` asks for) is encoded to JSON once per repo
head and settings and kept as bytes: a page of 1,000 is then a join, not 1,000 encodings.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hubtools.localhub.store import Repo, Store


@dataclass(frozen=True, slots=True)
class Row:
    """What filters and sorts need of a repo at its main branch's head."""

    cid: str
    key: str  # the lowered id
    created_at: str
    last_modified: str
    tags: tuple[str, ...]  # in the order the Hub lists them
    pipeline_tag: str | None
    library_name: str | None


# What each sort reads: kept on the repo itself, so ordering 10,000 repos reads no commit.
_SORTS: dict[str, Callable[[Store, Repo], str]] = {
    "lastModified": lambda store, repo: store.last_modified(repo),
    "createdAt": lambda store, repo: repo.created_at,
    # every repo has 0 likes and downloads here: the order is the id's
    "downloads": lambda store, repo: "",
    "likes": lambda store, repo: "",
    "trendingScore": lambda store, repo: "",
}
SORT_KEYS = frozenset({*_SORTS, "id"})
Shape = Callable[[Repo, Row], dict[str, Any]]  # a list entry, from the repo and its row


class Listing:
    PAGES_KEPT = 32  # pages of at most 1,000 entries: a few MB

    def __init__(self, store: Store, facts: Callable[[Repo, str], Row]) -> None:
        self.store = store
        self._facts = facts  # builds a row (card data, tags) for a repo at a commit
        self._rows: dict[tuple[str, str], Row] = {}
        self._orders: dict[tuple[str, str, bool], tuple[int, list[str], list[Repo]]] = {}
        # whole pages of the plain listing, valid while nothing changes (`store.generation`)
        self._pages: OrderedDict[tuple[object, ...], tuple[int, bytes, int | None]] = OrderedDict()
        # per type, lowered id -> (head, id, private, the entry as JSON)
        self._items: dict[str, dict[str, tuple[str, str, bool, bytes]]] = {}

    def row(self, repo: Repo) -> Row:
        cid = repo.branches["main"]
        cached = self._rows.get((repo.type, repo.id))
        if cached is None or cached.cid != cid:
            cached = self._rows[(repo.type, repo.id)] = self._facts(repo, cid)
        return cached

    def item(self, repo: Repo, shape: Shape, key: str | None = None) -> bytes:
        """`shape(repo, row)` as compact JSON, encoded again only when the head, the id or
        the visibility changed (the only inputs of the default list entry)."""
        key = key or repo.id.lower()
        items = self._items.setdefault(repo.type, {})
        cid = repo.branches["main"]
        cached = items.get(key)
        if cached is not None and (cached[0], cached[1], cached[2]) == (cid, repo.id, repo.private):
            return cached[3]
        entry = shape(repo, self.row(repo))
        data = json.dumps(entry, separators=(",", ":"), ensure_ascii=False).encode()
        items[key] = (cid, repo.id, repo.private, data)
        return data

    def cached_page(
        self, key: tuple[object, ...], build: Callable[[], tuple[bytes, int | None]]
    ) -> tuple[bytes, int | None]:
        """A page body (and the next position) as `build` made it, kept until a repo or a
        ref changes anywhere: paging through the same listing again costs no row."""
        hit = self._pages.get(key)
        if hit is not None and hit[0] == self.store.generation:
            self._pages.move_to_end(key)
            return hit[1], hit[2]
        generation = self.store.generation
        body, after = build()
        self._pages[key] = (generation, body, after)
        while len(self._pages) > self.PAGES_KEPT:
            self._pages.popitem(last=False)
        return body, after

    def encoded_page(
        self,
        rtype: str,
        keys: list[str],
        start: int,
        size: int,
        accept: Callable[[Repo], bool],
        shape: Shape,
    ) -> tuple[list[bytes], int | None]:
        """`page`, its entries already encoded: one pass, the cached bytes of each row (this
        loop is the whole cost of listing 10,000 repos, hence written out flat)."""
        out: list[bytes] = []
        get, items = self.store.get_repo_by_key, self._items.setdefault(rtype, {})
        i, end = start, len(keys)
        while i < end and len(out) < size:
            key = keys[i]
            repo = get(rtype, key)
            i += 1
            if repo is None or not accept(repo):
                continue
            cached = items.get(key)
            if (
                cached is not None
                and cached[0] == repo.branches["main"]
                and cached[2] == repo.private
                and cached[1] == repo.id
            ):
                out.append(cached[3])
            else:
                out.append(self.item(repo, shape, key))
        return out, (i if i < end else None)

    def order(self, rtype: str, sort: str | None, descending: bool) -> list[str]:
        """The lowered ids of `rtype` in list order (ties in id order)."""
        if sort not in _SORTS:
            return self.store.sorted_keys(rtype)  # by id, kept sorted by the store
        return self.ordered(rtype, sort, descending)[0]

    def ordered(self, rtype: str, sort: str, descending: bool) -> tuple[list[str], list[Repo]]:
        """(lowered ids, repos) of `rtype` sorted by `sort`, cached until a repo or a ref
        changes: a page of a 10,000-repo listing sorts nothing."""
        cache_key = (rtype, sort, descending)
        cached = self._orders.get(cache_key)
        if cached is not None and cached[0] == self.store.generation:
            return cached[1], cached[2]
        generation = self.store.generation
        by = _SORTS[sort]
        repos = [r for k in self.store.sorted_keys(rtype) if (r := self.store.get_repo(rtype, k))]
        repos.sort(key=lambda repo: by(self.store, repo), reverse=descending)  # stable
        keys = [r.id.lower() for r in repos]
        self._orders[cache_key] = (generation, keys, repos)
        return keys, repos

    def page(
        self, rtype: str, keys: list[str], start: int, size: int, accept: Callable[[Repo], bool]
    ) -> tuple[list[Repo], int | None]:
        """Up to `size` accepted repos from position `start`; the next position, if any."""
        out: list[Repo] = []
        get = self.store.get_repo_by_key
        i, end = start, len(keys)
        while i < end and len(out) < size:
            repo = get(rtype, keys[i])
            i += 1
            if repo is not None and accept(repo):
                out.append(repo)
        return out, (i if i < end else None)
