"""The Hub's half of Xet: the token routes, and the check the CAS runs on every call.

`GET /api/{type}s/{repo}/xet-write-token/{rev}` and `.../xet-read-token/{rev}` answer
the CAS URL, a token for that repo and operation, and its expiry, twice: in `X-Xet-*`
headers (read by the Python client) and as JSON (read by hf_xet, which also calls the
same URL again to refresh). Permissions are the Hub's: writing needs what a commit at
`rev` needs (a pull request's, for `None` or `?create_pr=1`), reading what a download
needs (the repo visible, a gated repo's access granted); 401/403/404 as for those.

A read token is bound to the commit it was issued at: the CAS reconstructs only the
files of that commit for it. A write token reads the files at the repo's refs.

The CAS URL names the hub's root (`/xet-cas/{root id}`): hf_xet caches what a CAS holds
by its URL, so a new root served at a port an old one used must not look like the old.
"""

from __future__ import annotations

import re
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.routes_access import require_access
from hubtools.localhub.routes_write import _wants_pr, _writer
from hubtools.localhub.store import Repo
from hubtools.localhub.xet.cas import CasStore
from hubtools.localhub.xet.routes_duplicate import duplicate_lfs_files
from hubtools.localhub.xet.tokens import Grant, XetTokens, load_key

CAS_PREFIX = "/xet-cas"
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_REPO = "/api/{rtypes}/{ns}/{name}"


def cas_prefix(root: Path) -> str:
    """`/xet-cas/{id}`, the id random per hub root and kept in it (made once, atomically):
    a restart keeps the URL (and the client's cache of it), a new root never shares it."""
    return f"{CAS_PREFIX}/{load_key(root / 'xet-cas.id')[:8].hex()}"


class XetHub:
    """Token routes for the Hub, and `authorize(request, operation)` for the CAS routes."""

    def __init__(
        self, hub: Hub, tokens: XetTokens, cas: CasStore, prefix: str = CAS_PREFIX
    ) -> None:
        self.hub = hub
        self.tokens = tokens
        self.cas = cas
        self.prefix = prefix  # where the CAS routes are mounted
        self._commit_files: dict[str, frozenset[str]] = {}  # commit id -> its Xet hashes

    def routes(self) -> list[Route]:
        return [
            Route(_REPO + "/xet-write-token/{rev}", self.write_token, methods=["GET"]),
            Route(_REPO + "/xet-read-token/{rev}", self.read_token, methods=["GET"]),
            Route(_REPO + "/lfs-files/duplicate", self.duplicate, methods=["POST"]),
        ]

    async def duplicate(self, request: Request) -> Response:
        """Cross-repo `copy_files` of Xet files (see routes_duplicate)."""
        return await duplicate_lfs_files(self.hub, request)

    # -- tokens ----------------------------------------------------------------------------
    def _answer(self, request: Request, repo: Repo, operation: str, commit: str | None) -> Response:
        token, expires = self.tokens.issue(repo.type, repo.id, operation, commit)
        cas_url = self.hub.base_url(request) + self.prefix
        headers = {
            "X-Xet-Cas-Url": cas_url,
            "X-Xet-Access-Token": token,
            "X-Xet-Token-Expiration": str(expires),
            "Cache-Control": "no-store",
        }
        body = {"accessToken": token, "exp": expires, "casUrl": cas_url}
        return json_response(body, headers=headers)

    async def write_token(self, request: Request) -> Response:
        """A token to upload xorbs and shards for a commit at `rev` (or a new pull request)."""
        hub, rev = self.hub, self.hub.param(request, "rev")
        create_pr = _wants_pr(request)
        if rev == "None" and not create_pr:  # the client's "revision unknown" (a PR to be)
            repo, _ = hub.repo(request)
            create_pr = "None" not in repo.branches
        if create_pr:
            repo, _ = hub.contributor(request)
        else:
            repo, _ = _writer(hub, request, rev, create_pr=False)
            hub.store.resolve(repo, rev)  # 404 RevisionNotFound
        return self._answer(request, repo, "write", None)

    async def read_token(self, request: Request) -> Response:
        """A token to download the files of `rev` (bound to the commit `rev` names now)."""
        repo, token = self.hub.repo(request)
        require_access(self.hub, repo, token)
        commit = self.hub.store.resolve(repo, self.hub.param(request, "rev"))
        return self._answer(request, repo, "read", commit.id)

    # -- the CAS's check -------------------------------------------------------------------
    def authorize(self, request: Request, operation: str) -> None:
        """401 without a valid token, 403 for a read token writing or a file of another
        repo (or commit); returns when the call may go ahead."""
        grant = self.tokens.from_header(request.headers.get("authorization"))
        if not grant.allows(operation):
            raise HubError(403, "This CAS token is read-only: ask the Hub for a write token")
        repo = self.hub.store.get_repo(grant.repo_type, grant.repo_id)
        if repo is None:
            raise HubError(401, "The repository of this CAS token no longer exists")
        for file_hash in _requested_files(request):
            if file_hash not in self._scope(repo, grant) and self.cas.file(file_hash) is not None:
                raise HubError(403, "This CAS token does not give access to that file")

    def _scope(self, repo: Repo, grant: Grant) -> frozenset[str]:
        if grant.commit is not None:
            return self._files_of(grant.commit)
        heads = {*repo.branches.values(), *repo.tags.values(), *repo.pulls.values()}
        return frozenset().union(*(self._files_of(c) for c in heads))

    def _files_of(self, commit_id: str) -> frozenset[str]:
        found = self._commit_files.get(commit_id)
        if found is None:  # commits never change: computed once
            tree = self.hub.store.commit(commit_id).tree
            found = frozenset(e.xet_hash.lower() for e in tree.values() if e.xet_hash)
            self._commit_files[commit_id] = found
        return found


def _requested_files(request: Request) -> list[str]:
    """The file hashes a reconstruction call names (in its path or as `file_id`s)."""
    if "/reconstructions" not in request.url.path:
        return []
    named = [v for v in request.path_params.values() if isinstance(v, str)]
    named += request.query_params.getlist("file_id")
    return [v.lower() for v in named if _HEX64.fullmatch(v)]
