"""The newest commit that changed each path, from an index instead of a walk through history.

`paths-info` and `tree` with `expand` show, for each file or folder, the last commit that
touched it. Walking first-parent history and diffing trees costs the length of the history
per request. Instead, every commit records the paths it changed (against its first parent)
when it is made, in its own snapshot, written once and never rewritten. A map
path -> commit id is folded forward from the nearest commit already mapped: a lookup at a
new head costs one step, a cold start (after a restart) folds the history once, and every
lookup after that is a dict access per path asked.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol


class _Commit(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def parents(self) -> tuple[str, ...]: ...
    @property
    def tree(self) -> Mapping[str, object]: ...
    @property
    def changed(self) -> frozenset[str] | None: ...


def changed_files(before: Mapping[str, object], after: Mapping[str, object]) -> frozenset[str]:
    """The paths whose entry differs between two trees (added, modified or deleted)."""
    return frozenset(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def with_folders(paths: Iterable[str]) -> set[str]:
    """The paths and every folder above them: a folder changes when anything under it does."""
    out: set[str] = set()
    for path in paths:
        out.add(path)
        cut = path.rfind("/")
        while cut > 0:
            path = path[:cut]
            if path in out:
                break
            out.add(path)
            cut = path.rfind("/")
    return out


class LastCommits:
    """path -> id of the newest commit in a commit's first-parent history that changed it.

    Maps are kept for the `keep` commits asked about most recently (heads, in practice)."""

    def __init__(self, load: Callable[[str], _Commit], keep: int = 64) -> None:
        self._load = load
        self._keep = keep
        self._maps: OrderedDict[str, dict[str, str]] = OrderedDict()
        self._lock = threading.Lock()

    def of(self, cid: str) -> Mapping[str, str]:
        """The map for commit `cid` (the caller must not change it)."""
        with self._lock:
            known = self._maps.get(cid)
            if known is not None:
                self._maps.move_to_end(cid)
                return known
            chain = []
            current: str | None = cid
            while current is not None and current not in self._maps:
                commit = self._load(current)
                chain.append(commit)
                current = commit.parents[0] if commit.parents else None
            folded = dict(self._maps[current]) if current is not None else {}
            for commit in reversed(chain):
                for path in with_folders(self._changed(commit)):
                    folded[path] = commit.id
            self._maps[cid] = folded
            while len(self._maps) > self._keep:
                self._maps.popitem(last=False)
            return folded

    def _changed(self, commit: _Commit) -> frozenset[str]:
        """What the commit recorded; diffed against its parent for snapshots written before
        commits recorded it."""
        if commit.changed is not None:
            return commit.changed
        parent = self._load(commit.parents[0]).tree if commit.parents else {}
        return changed_files(parent, commit.tree)
