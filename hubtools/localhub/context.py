"""What every route needs: the store, the accounts, settings, and request helpers."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlencode

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.accounts import Accounts, Token
from hubtools.localhub.errors import HubError, repo_not_found
from hubtools.localhub.listing import Listing
from hubtools.localhub.metadata import MetadataError, front_matter
from hubtools.localhub.store import Commit, Repo, Store

TYPES = {"models": "model", "datasets": "dataset", "spaces": "space"}
URL_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}
# The namespace segment a canonical repo's URLs are rewritten with (`/api/models/gpt2` is
# routed as `/api/models/~/gpt2`): no user or org name can be "~".
CANONICAL = "~"


@dataclass
class Settings:
    upload_mode: str = "auto"  # "auto": LFS for big or binary files; "regular": never LFS
    lfs_threshold: int = 10 * 1024 * 1024
    multipart_chunk: int = 8 * 1024 * 1024  # LFS objects above this size upload in parts
    page_size: int = 1000
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    # Bodies read into memory are capped (LFS uploads stream to disk and are not).
    max_json_bytes: int = 1024 * 1024
    max_commit_bytes: int | None = None  # None: by upload mode, see `commit_limit`
    max_lfs_bytes: int = 50 * 1000**3  # the Hub's hard maximum per file

    @property
    def commit_limit(self) -> int:
        """NDJSON commit bodies: 64 MiB, or 160 MiB when every file travels inline.

        In `regular` mode the Xet client inlines up to 100 MB of content per commit
        (base64: 4/3 of that), so the default leaves room for it.
        """
        if self.max_commit_bytes is not None:
            return self.max_commit_bytes
        return (160 if self.upload_mode == "regular" else 64) * 1024 * 1024


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status, headers=headers, media_type="application/json")


class Hub:
    def __init__(self, store: Store, accounts: Accounts, settings: Settings) -> None:
        self.store = store
        self.accounts = accounts
        self.settings = settings
        self._card_data: dict[str, dict[str, Any] | None] = {}
        self.listing: Listing | None = None  # made by the listing route on first use

    # -- requests ------------------------------------------------------------------------
    def token(self, request: Request) -> Token | None:
        """The `Authorization: Bearer` token; for reads, else a `token` cookie (a browser
        showing a private repo's page loads its images with it). A bad cookie is anonymous."""
        header = request.headers.get("authorization")
        if header is None and request.method in ("GET", "HEAD"):
            cookie = request.cookies.get("token")
            if cookie:
                return self.accounts.tokens.get(cookie)
        return self.accounts.authenticate(header)

    @staticmethod
    def base_url(request: Request) -> str:
        return f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}"

    @staticmethod
    def cursor(request: Request) -> int:
        """Where this page starts: listings are paged by an opaque `cursor` parameter."""
        value = request.query_params.get("cursor", "0")
        return int(value) if value.isdigit() else 0

    def next_page(self, request: Request, start: int, page: int, more: bool) -> dict[str, str]:
        """The `Link: <...>; rel="next"` header the client follows verbatim, when there is more."""
        if not more:
            return {}
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
        params.append(("cursor", str(start + page)))
        url = f"{self.base_url(request)}{request.url.path}?{urlencode(params)}"
        return {"Link": f'<{url}>; rel="next"'}

    def repo_url(self, request: Request, repo: Repo) -> str:
        return f"{self.base_url(request)}/{URL_PREFIX[repo.type]}{repo.id}"

    @staticmethod
    def param(request: Request, name: str) -> str:
        """Path parameters arrive percent-encoded (so `refs%2Fpr%2F1` stays one segment)."""
        return unquote(request.path_params[name])

    def repo(self, request: Request, *, write: bool = False) -> tuple[Repo, Token | None]:
        """The repo named in the path, as visible to the caller (404 when private to others)."""
        rtypes = request.path_params.get("rtypes")
        if rtypes is None:  # file and LFS URLs: /datasets/..., /spaces/..., or a model
            first = request.url.path.split("/", 2)[1]
            rtypes = first if first in ("datasets", "spaces") else "models"
        rtype = TYPES.get(rtypes)
        if rtype is None:
            raise HubError(404, "Not found")
        ns, name = self.param(request, "ns"), self.param(request, "name")
        repo_id = name if ns == CANONICAL else f"{ns}/{name}"
        token = self.token(request)
        repo = self.store.get_repo(rtype, repo_id)
        if repo is None or not self.accounts.can_read(token, repo.namespace, repo.private):
            raise repo_not_found(repo_id)
        if write:
            self.accounts.require_write(token, repo.namespace)
        return repo, token

    def contributor(self, request: Request) -> tuple[Repo, Token]:
        """The repo, for a caller who may open discussions and pull requests on it: anyone
        signed in with a write token who can read it (membership is not needed)."""
        repo, token = self.repo(request)
        if token is None:
            raise HubError(401, "You must be authenticated to do that.")
        if token.role != "write":
            raise HubError(403, "This token has read access only; use a write token.")
        return repo, token

    def is_member(self, token: Token | None, repo: Repo) -> bool:
        return token is not None and repo.namespace in self.accounts.namespaces(token)

    def sign(self, *parts: object) -> str:
        msg = ":".join(map(str, parts)).encode()
        return hmac.new(self.settings.secret, msg, hashlib.sha256).hexdigest()[:32]

    def check_signature(self, signature: str | None, *parts: object) -> None:
        if not signature or not hmac.compare_digest(signature, self.sign(*parts)):
            raise HubError(403, "Invalid or missing upload signature")

    # -- content -------------------------------------------------------------------------
    def card_data(self, commit: Commit) -> dict[str, Any] | None:
        """README front-matter as JSON, cached per README blob (commits are immutable)."""
        entry = commit.readme
        if entry is None:
            return None
        if entry.oid not in self._card_data:
            try:
                text = self.store.read(entry).decode("utf-8", errors="replace")
                self._card_data[entry.oid] = front_matter(text)
            except MetadataError:
                self._card_data[entry.oid] = None
        return self._card_data[entry.oid]
