"""The local Hub's HTML pages: the repo list, a model page, its files, its commits.

Server-rendered, no JavaScript, nothing loaded from outside (see `views.CSP`). The routes
are registered after every API route and refuse the API's first path segments, so they
never shadow `/api/...`, `/_admin/...`, `/lfs/...` or `/{ns}/{name}/resolve/...`.

Who is looking: `Authorization: Bearer` (a bad one is 401, as on the API) or a `token`
cookie (an unknown one is ignored: the visitor is anonymous). Private repos are 404 and
unlisted for everybody else.
"""

from __future__ import annotations

import difflib
import functools
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from hubtools.localhub.accounts import Token
from hubtools.localhub.context import CANONICAL, Hub
from hubtools.localhub.errors import HubError, repo_not_found
from hubtools.localhub.pages.markdown import CardHtml, render_card
from hubtools.localhub.pages.views import CSP, card_header, environment, render_page
from hubtools.localhub.routes_files import _directories, _last_commits
from hubtools.localhub.routes_repos import repo_listing
from hubtools.localhub.store import Commit, Repo, TreeEntry

RESERVED = frozenset({"api", "_admin", "lfs", "datasets", "spaces"})
PAGE_SIZE = 30  # repos per page of the list, as on the Hub
COMMITS_PAGE = 50
SIDEBAR_FILES = 40
DIFF_MAX_BYTES = 64 * 1024
DIFF_MAX_LINES = 400
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True, slots=True)
class Row:
    """What the list sorts on; the card's pipeline tag is read only for the rows shown."""

    id: str
    private: bool
    date: str
    head: str
    pipeline_tag: str | None = None


class Pages:
    """Page handlers with their caches: card HTML by README blob, list rows by head commit."""

    CARD_CACHE = 2048

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._cards: OrderedDict[tuple[str, str], CardHtml] = OrderedDict()
        # Compile the templates now (about 50 ms), not during somebody's first page view
        # (the ones pages extend or include too: those compile on first use otherwise).
        for name in ("base", "repohead", "index", "model", "tree", "commits", "commit", "error"):
            environment().get_template(f"{name}.html.j2")

    # -- helpers -------------------------------------------------------------------------
    def viewer(self, request: Request) -> Token | None:
        """A bad Authorization header is 401; a stale `token` cookie is an anonymous visitor."""
        return self.hub.token(request)

    def repo(self, request: Request) -> tuple[Repo, Token | None]:
        ns, name = self.hub.param(request, "ns"), self.hub.param(request, "name")
        repo_id = name if ns == CANONICAL else f"{ns}/{name}"  # `/gpt2` is routed as `/~/gpt2`
        if ns in RESERVED:
            raise HubError(404, "Not found")
        token = self.viewer(request)
        repo = self.hub.store.get_repo("model", repo_id)
        if repo is None or not self.hub.accounts.can_read(token, repo.namespace, repo.private):
            raise repo_not_found(repo_id)
        return repo, token

    def card(self, repo: Repo, entry: TreeEntry, rev: str) -> CardHtml:
        """The README rendered once per (blob, links base): commits are immutable."""
        base = f"/{repo.id}/resolve/{quote(rev, safe='')}/"
        key = (entry.oid, base)
        cached = self._cards.get(key)
        if cached is not None:
            self._cards.move_to_end(key)
            return cached
        if entry.size > 4 * 1024 * 1024:  # not read at all: the page links it instead
            return CardHtml(None, "", None, too_large=True)
        text = self.hub.store.read(entry).decode("utf-8", errors="replace")
        card = render_card(text, base)
        self._cards[key] = card
        if len(self._cards) > self.CARD_CACHE:
            self._cards.popitem(last=False)
        return card

    def visible(self, token: Token | None, needle: str) -> list[Repo]:
        """The model repos the viewer may see whose id contains `needle`, newest first."""
        keys, repos = repo_listing(self.hub).ordered("model", "lastModified", True)
        can_read = self.hub.accounts.can_read
        return [
            repo
            for key, repo in zip(keys, repos, strict=True)
            if (not needle or needle in key)  # keys are the lowered ids
            and (not repo.private or can_read(token, repo.namespace, True))
        ]

    def row(self, repo: Repo) -> Row:
        """A shown row, with its card's pipeline tag (front matter parsed once per README)."""
        head = repo.branches.get("main", "")
        meta = (self.hub.card_data(self.hub.store.commit(head)) if head else None) or {}
        tag = meta.get("pipeline_tag")
        date = self.hub.store.last_modified(repo)
        return Row(repo.id, repo.private, date, head, tag if isinstance(tag, str) else None)

    def _repo_context(
        self, repo: Repo, token: Token | None, commit: Commit, rev: str
    ) -> dict[str, Any]:
        readme = commit.readme
        card = self.card(repo, readme, rev) if readme else CardHtml(None, "")
        library = "transformers" if "config.json" in commit.tree else None
        return {
            "repo_id": repo.id,
            "repo_ns": repo.namespace,
            "repo_name": repo.id.rsplit("/", 1)[-1],
            "private": repo.private,
            "preview": False,
            "header": card_header(card.meta, library),
            "card": card,
            "has_readme": readme is not None,
            "rev": rev,
            "rev_url": quote(rev, safe=""),
            "viewer": token.user if token else None,
            "commit": commit,
            "readme_url": f"/{repo.id}/resolve/{quote(rev, safe='')}/README.md",
        }

    # -- pages ---------------------------------------------------------------------------
    async def index(self, request: Request) -> Response:
        """Recently updated first, 30 a page: the order is the listing's (cached until a
        repo or a ref changes), and only the rows shown are built."""
        token = self.viewer(request)
        search = request.query_params.get("search", "").strip()
        shown = self.visible(token, search.lower())
        pages = max(1, -(-len(shown) // PAGE_SIZE))
        p = request.query_params.get("p", "0")
        page = min(int(p), pages - 1) if p.isdigit() and len(p) < 9 else 0

        def query(n: int) -> str:
            return urlencode({**({"search": search} if search else {}), "p": n})

        html = render_page(
            "index.html.j2",
            rows=[self.row(r) for r in shown[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]],
            total=len(shown),
            search=search,
            page=page,
            pages=pages,
            query=query,
            viewer=token.user if token else None,
        )
        return HTMLResponse(html, headers=HEADERS)

    async def model(self, request: Request) -> Response:
        repo, token = self.repo(request)
        rev = "main"
        commit = self.hub.store.resolve(repo, rev)
        context = self._repo_context(repo, token, commit, rev)
        files = [
            {"path": p, "size": e.size, "lfs": e.is_lfs} for p, e in sorted(commit.tree.items())
        ]
        html = render_page(
            "model.html.j2",
            **context,
            tab="card",
            files=files[:SIDEBAR_FILES],
            file_count=len(files),
        )
        return HTMLResponse(html, headers=HEADERS)

    async def tree(self, request: Request) -> Response:
        repo, token = self.repo(request)
        rev = self.hub.param(request, "rev")
        commit = self.hub.store.resolve(repo, rev)
        base = self.hub.param(request, "path").strip("/") if "path" in request.path_params else ""
        dirs = _directories(commit)
        if base and base not in dirs:
            raise HubError(404, f"No folder {base!r} at {rev}")
        prefix = base + "/" if base else ""
        names = sorted(
            p for p in (*commit.tree, *dirs) if p.startswith(prefix) and "/" not in p[len(prefix) :]
        )
        last = _last_commits(self.hub, commit, names)
        entries = [
            {
                "path": p,
                "name": p[len(prefix) :],
                "is_dir": p in dirs,
                "size": commit.tree[p].size if p in commit.tree else 0,
                "lfs": p in commit.tree and commit.tree[p].is_lfs,
                "last": last.get(p),
            }
            for p in names
        ]
        entries.sort(key=lambda e: (not e["is_dir"], str(e["name"]).lower()))
        parts = base.split("/") if base else []
        crumbs = [{"name": n, "path": "/".join(parts[: i + 1])} for i, n in enumerate(parts)]
        html = render_page(
            "tree.html.j2",
            **self._repo_context(repo, token, commit, rev),
            tab="files",
            entries=entries,
            crumbs=crumbs,
        )
        return HTMLResponse(html, headers=HEADERS)

    async def commits(self, request: Request) -> Response:
        repo, token = self.repo(request)
        rev = self.hub.param(request, "rev")
        commit = self.hub.store.resolve(repo, rev)
        p = request.query_params.get("p", "0")
        page = int(p) if p.isdigit() and len(p) < 9 else 0
        start = page * COMMITS_PAGE
        shown, more = [], False
        for i, c in enumerate(self.hub.store.history(commit.id)):
            if i >= start + COMMITS_PAGE:
                more = True
                break
            if i >= start:
                shown.append(c)
        html = render_page(
            "commits.html.j2",
            **self._repo_context(repo, token, commit, rev),
            tab="commits",
            commits=shown,
            page=page,
            more=more,
        )
        return HTMLResponse(html, headers=HEADERS)

    async def commit(self, request: Request) -> Response:
        repo, token = self.repo(request)
        sha = self.hub.param(request, "sha")
        commit = self.hub.store.resolve(repo, sha)
        parent = self.hub.store.commit(commit.parents[0]).tree if commit.parents else {}
        changes = [self._change(path, parent.get(path), commit.tree.get(path))
                   for path in sorted(commit.tree.keys() | parent.keys())
                   if parent.get(path) != commit.tree.get(path)]  # fmt: skip
        context = self._repo_context(repo, token, commit, "main")
        html = render_page("commit.html.j2", **context, tab="commits", changes=changes)
        return HTMLResponse(html, headers=HEADERS)

    def _change(self, path: str, old: TreeEntry | None, new: TreeEntry | None) -> dict[str, Any]:
        kind = "added" if old is None else "deleted" if new is None else "modified"
        return {
            "path": path,
            "kind": kind,
            "size": new.size if new else None,
            "diff": self._diff(old, new),
        }

    def _text(self, entry: TreeEntry | None) -> list[str] | None:
        if entry is None:
            return []
        if entry.is_lfs or entry.size > DIFF_MAX_BYTES:
            return None
        data = self.hub.store.read(entry)
        if b"\0" in data:
            return None
        try:
            return data.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            return None

    def _diff(self, old: TreeEntry | None, new: TreeEntry | None) -> list[tuple[str, str]]:
        """The unified diff of a small text file, as (css class, line) pairs; [] for binaries."""
        before, after = self._text(old), self._text(new)
        if before is None or after is None:
            return []
        out = []
        for line in difflib.unified_diff(before, after, lineterm="", n=2):
            if line.startswith(("---", "+++")):
                continue
            kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "ctx")
            out.append((kind, line + "\n"))
            if len(out) >= DIFF_MAX_LINES:
                out.append(("hunk", "… (diff cut here)\n"))
                break
        return out


PageHandler = Callable[[Request], Awaitable[Response]]


def _html_errors(handler: PageHandler) -> PageHandler:
    """A HubError on a page is a page: the status, the message, the same headers."""

    @functools.wraps(handler)
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except HubError as err:
            if request.method == "HEAD":
                return Response(status_code=err.status, headers={**HEADERS, **err.headers})
            html = render_page("error.html.j2", status=err.status, message=err.message)
            return HTMLResponse(html, err.status, headers={**HEADERS, **err.headers})

    return wrapped


def page_routes(hub: Hub) -> list[Route]:
    """The page routes, to be registered after every API route."""
    pages = Pages(hub)
    repo = "/{ns}/{name}"
    table = [
        ("/", pages.index),
        (repo, pages.model),
        (repo + "/tree/{rev}", pages.tree),
        (repo + "/tree/{rev}/{path:path}", pages.tree),
        (repo + "/commits/{rev}", pages.commits),
        (repo + "/commit/{sha}", pages.commit),
    ]
    return [Route(path, _html_errors(handler), methods=["GET"]) for path, handler in table]
