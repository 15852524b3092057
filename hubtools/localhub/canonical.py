"""Canonical repos (`gpt2`, no namespace): their URLs routed like everyone else's.

The Hub serves `/api/models/gpt2`, `/gpt2/resolve/main/config.json` and
`/gpt2.git/info/lfs/...`; the routes here all have a namespace segment. This layer
rewrites a canonical repo's path to carry `~` as its namespace (no user or org can be
called that), before routing and after the request log and faults, which see the path
the client sent. The HTML pages are routed the same way: `/gpt2` is `/~/gpt2`. A path that could name either (`/api/models/a/refs`: repo `a`'s refs,
or repo `a/refs`) names the namespaced repo when it exists.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from hubtools.localhub.context import CANONICAL, TYPES
from hubtools.localhub.store import Store

# Repo API routes with more segments after the repo (`/api/models/gpt2/tree/main`).
_DEEP = frozenset(
    {"revision", "tree", "paths-info", "commits", "preupload", "commit", "tag", "branch",
     "xet-write-token", "xet-read-token", "auth-check", "discussions", "user-access-request",
     "super-squash"}
)  # fmt: skip
# ... and with none (`/api/models/gpt2/refs`).
_SHALLOW = frozenset({"refs", "settings", "auth-check", "discussions"})
# A model's HTML pages below its own (`/gpt2/tree/main`, `/gpt2/commits/main`, ...).
_PAGE_TABS = frozenset({"tree", "commits", "commit"})
_NOT_A_REPO = frozenset({"api", "datasets", "spaces", "lfs", "_admin", CANONICAL, ""})


def rewrite(store: Store, path: str) -> str | None:
    """The routed path for `path` when it names a canonical repo, else None."""
    seg = path.split("/")
    if len(seg) >= 4 and seg[1] == "api" and seg[2] in TYPES and seg[3] not in _NOT_A_REPO:
        rtype, name = TYPES[seg[2]], seg[3]
        if len(seg) == 4:
            return _insert(seg, 3)
        nxt = seg[4]
        if store.get_repo(rtype, f"{name}/{nxt}") is not None:
            return None  # a namespaced repo's own URL
        routes = _SHALLOW if len(seg) == 5 else _DEEP
        if nxt in routes or (len(seg) > 5 and store.get_repo(rtype, name) is not None):
            return _insert(seg, 3)
        return None
    if len(seg) == 2 and seg[1] not in _NOT_A_REPO:
        return _insert(seg, 1)  # `/gpt2`: a canonical model's page (or its 404 page)
    offset = 2 if len(seg) > 2 and seg[1] in ("datasets", "spaces") else 1
    rtype = {"datasets": "dataset", "spaces": "space"}.get(seg[1], "model")
    if len(seg) <= offset + 1 or seg[offset] in _NOT_A_REPO:
        return None
    name, nxt = seg[offset], seg[offset + 1]
    if nxt == "info" and name.endswith(".git"):  # LFS batch: /gpt2.git/info/lfs/...
        return _insert(seg, offset)
    if nxt == "ask-access" and len(seg) == offset + 2:
        return _insert(seg, offset)
    if nxt == "resolve" and len(seg) >= offset + 4:
        named = store.get_repo(rtype, f"{name}/resolve") is not None
        if store.get_repo(rtype, name) is not None or not named:
            return _insert(seg, offset)
    if offset == 1 and _is_canonical_page(store, seg):
        return _insert(seg, offset)
    return None


def _is_canonical_page(store: Store, seg: list[str]) -> bool:
    """`/gpt2/tree/main[/dir]`, `/gpt2/commits/main`, `/gpt2/commit/SHA` of an existing
    canonical model, unless a namespaced repo (`gpt2/tree`) claims the path."""
    name, tab = seg[1], seg[2]
    return (
        len(seg) >= 4
        and tab in _PAGE_TABS
        and store.get_repo("model", name) is not None
        and store.get_repo("model", f"{name}/{tab}") is None
    )


def _insert(seg: list[str], at: int) -> str:
    return "/".join([*seg[:at], CANONICAL, *seg[at:]])


class CanonicalPaths:
    """ASGI layer applying `rewrite` to every HTTP request."""

    def __init__(self, app: ASGIApp, store: Store) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            routed = rewrite(self.store, scope["path"])
            if routed is not None:
                scope = dict(scope, path=routed, raw_path=routed.encode("latin-1"))
        await self.app(scope, receive, send)
