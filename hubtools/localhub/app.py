"""The local Hub as an ASGI application."""

from __future__ import annotations

import functools
import hmac
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from hubtools.localhub import routes_access as access
from hubtools.localhub import routes_discussions as talk
from hubtools.localhub import routes_files as files
from hubtools.localhub import routes_jobs as jobs
from hubtools.localhub import routes_lfs as lfs
from hubtools.localhub import routes_repos as repos
from hubtools.localhub import routes_write as write
from hubtools.localhub.accounts import Accounts
from hubtools.localhub.canonical import CanonicalPaths
from hubtools.localhub.context import Hub, Settings, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.faults import Faults, parse_rule
from hubtools.localhub.jobs import JobRunner
from hubtools.localhub.middleware import (
    BodyLimit,
    FaultInjector,
    RawPath,
    RequestId,
    RequestLog,
)
from hubtools.localhub.pages.routes import page_routes
from hubtools.localhub.store import Store
from hubtools.localhub.xet.cas import CasStore
from hubtools.localhub.xet.routes_cas import cas_routes
from hubtools.localhub.xet.routes_hub import CAS_PREFIX, XetHub, cas_prefix
from hubtools.localhub.xet.tokens import XetTokens, load_key

_REPO = "/api/{rtypes}/{ns}/{name}"
_UNSAFE_IN_HEADER = re.compile(r"[\x00-\x1f\x7f]")
# A xorb or a shard is at most 64 MiB (the client splits bigger ones), plus chunk headers.
CAS_BODY_LIMIT = 80 * 1024 * 1024


Handler = Callable[..., Awaitable[Response]]


def _binder(*bound: Any) -> Callable[[str, Handler, list[str]], Route]:
    """`r(path, handler, methods)`: a route whose handler gets `bound` before the request."""

    def r(path: str, handler: Handler, methods: list[str]) -> Route:
        endpoint = functools.partial(handler, *bound)
        functools.update_wrapper(endpoint, handler)
        return Route(path, endpoint, methods=methods)

    return r


def _job_routes(hub: Hub, runner: JobRunner) -> list[Route]:
    r = _binder(hub, runner)

    one = "/api/jobs/{ns}/{job_id}"
    return [
        r("/api/jobs/hardware", jobs.hardware_list, ["GET"]),
        r("/api/jobs/{ns}", jobs.run_job, ["POST"]),
        r("/api/jobs/{ns}", jobs.list_jobs, ["GET"]),
        r(one, jobs.inspect_job, ["GET"]),
        r(one + "/logs", jobs.job_logs, ["GET"]),
        r(one + "/cancel", jobs.cancel_job, ["POST"]),
    ]


def _routes(hub: Hub) -> list[Route]:
    r = _binder(hub)

    resolve_paths = [
        f"{prefix}/{{ns}}/{{name}}/resolve/{{rev}}/{{path:path}}"
        for prefix in ("/datasets", "/spaces", "")
    ]
    lfs_batch = [
        f"{p}/{{ns}}/{{name}}.git/info/lfs/objects/batch" for p in ("/datasets", "/spaces", "")
    ]
    ask_access = [f"{p}/{{ns}}/{{name}}/ask-access" for p in ("/datasets", "/spaces", "")]
    return [
        r("/api/whoami-v2", repos.whoami, ["GET"]),
        r("/api/agent-harnesses", repos.agent_harnesses, ["GET"]),
        r("/api/repos/create", repos.create_repo, ["POST"]),
        r("/api/repos/delete", repos.delete_repo, ["DELETE"]),
        r("/api/repos/move", repos.move_repo, ["POST"]),
        r("/api/validate-yaml", repos.validate_yaml, ["POST"]),
        r("/api/{rtypes}", repos.list_repos, ["GET"]),
        r(_REPO, repos.get_repo_info, ["GET"]),
        r(_REPO + "/revision/{rev}", repos.get_repo_info, ["GET"]),
        r(_REPO + "/settings", repos.update_settings, ["PUT"]),
        r(_REPO + "/auth-check", repos.auth_check, ["GET"]),
        r(_REPO + "/auth-check/write", repos.auth_check, ["GET"]),
        r(_REPO + "/tree/{rev}", files.list_tree, ["GET"]),
        r(_REPO + "/tree/{rev}/{path:path}", files.list_tree, ["GET"]),
        r(_REPO + "/paths-info/{rev}", files.paths_info, ["POST"]),
        r(_REPO + "/refs", files.list_refs, ["GET"]),
        r(_REPO + "/commits/{rev}", files.list_commits, ["GET"]),
        r(_REPO + "/preupload/{rev}", write.preupload, ["POST"]),
        r(_REPO + "/commit/{rev}", write.commit, ["POST"]),
        r(_REPO + "/tag/{rev}", write.create_tag, ["POST"]),
        r(_REPO + "/tag/{rev}", write.delete_tag, ["DELETE"]),
        r(_REPO + "/branch/{branch}", write.create_branch, ["POST"]),
        r(_REPO + "/branch/{branch}", write.delete_branch, ["DELETE"]),
        r(_REPO + "/super-squash/{branch}", repos.super_squash, ["POST"]),
        r(_REPO + "/user-access-request/handle", access.handle, ["POST"]),
        r(_REPO + "/user-access-request/grant", access.grant, ["POST"]),
        r(_REPO + "/user-access-request/{status}", access.list_requests, ["GET"]),
        *(r(p, access.ask_access, ["POST"]) for p in ask_access),
        r(_REPO + "/discussions", talk.list_discussions, ["GET"]),
        r(_REPO + "/discussions", talk.create_discussion, ["POST"]),
        r(_REPO + "/discussions/{num}", talk.get_discussion, ["GET"]),
        r(_REPO + "/discussions/{num}/comment", talk.comment, ["POST"]),
        r(_REPO + "/discussions/{num}/status", talk.change_status, ["POST", "PATCH"]),
        r(_REPO + "/discussions/{num}/title", talk.rename, ["POST"]),
        r(_REPO + "/discussions/{num}/merge", talk.merge, ["POST"]),
        r(_REPO + "/discussions/{num}/comment/{cid}/edit", talk.edit_comment, ["POST"]),
        r(_REPO + "/discussions/{num}/comment/{cid}/hide", talk.hide_comment, ["POST"]),
        r("/lfs/upload/{oid}/{size:int}", lfs.upload, ["PUT"]),
        r("/lfs/part/{oid}/{size:int}/{part:int}", lfs.upload_part, ["PUT"]),
        r("/lfs/complete/{oid}/{size:int}", lfs.complete, ["POST"]),
        r("/lfs/verify/{rtype}/{ns}/{name}", lfs.verify, ["POST"]),
        *(r(p, lfs.batch, ["POST"]) for p in lfs_batch),
        *(r(p, files.resolve, ["GET", "HEAD"]) for p in resolve_paths),
    ]


def _error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HubError)
    return _error_response(request.method, exc)


def _error_response(method: str, exc: HubError) -> Response:
    """The Hub's error shape: `X-Error-Message` (+ `X-Error-Code`) and `{"error": ...}`."""
    text = _UNSAFE_IN_HEADER.sub(" ", exc.message).encode("ascii", "replace").decode()
    # h11 refuses a header value with white space at either end
    headers = {"X-Error-Message": text[:2000].strip() or "Error", **exc.headers}
    if exc.code:
        headers["X-Error-Code"] = exc.code
    if method == "HEAD":
        return Response(status_code=exc.status, headers=headers)
    return json_response({"error": exc.message}, exc.status, headers)


def _body_limit(settings: Settings) -> Callable[[str, str], int | None]:
    def limit_for(method: str, path: str) -> int | None:
        if path.startswith(("/lfs/upload/", "/lfs/part/")):
            return None  # streamed to disk, checked against the signed size
        if method == "POST" and "/commit/" in path:
            return settings.commit_limit
        if path.startswith(CAS_PREFIX + "/"):
            return CAS_BODY_LIMIT
        return settings.max_json_bytes

    return limit_for


async def _no_body() -> Message:
    """The receive channel of a request answered before its body is read."""
    return {"type": "http.request", "body": b"", "more_body": False}


class LocalHub:
    """The app plus the handles tests and the admin endpoints need (faults, request log).

    `/_admin/*` answers only `Authorization: Bearer <admin_token>`: whoever reaches the
    port could otherwise make every call fail, or read private repo names from the log.
    The admin token is no user token (and a user token opens no admin endpoint).
    """

    def __init__(
        self,
        root: str | Path,
        accounts: Accounts,
        settings: Settings | None = None,
        faults: Faults | None = None,
        request_log: Path | None = None,
        fsync: bool = False,
        *,
        admin_token: str,
    ) -> None:
        if not admin_token or admin_token in accounts.tokens:
            raise ValueError("the admin token must be set and differ from every user token")
        self.admin_token = admin_token
        settings = settings or Settings()
        store = Store(root, fsync=fsync)
        store.xet = cas = CasStore(Path(root) / "xet")
        self.hub = Hub(store, accounts, settings)
        prefix = cas_prefix(Path(root))
        xet = XetHub(self.hub, XetTokens(load_key(Path(root) / "xet-tokens.key")), cas, prefix)
        self.faults = faults or Faults()
        admin = [
            Route("/_admin/faults", self._faults, methods=["GET", "POST", "DELETE"]),
            Route("/_admin/requests", self._requests, methods=["GET", "DELETE"]),
            Route("/_admin/stats", self._stats, methods=["GET"]),
        ]
        self.jobs = JobRunner(Path(root) / "jobs")
        # Jobs before the repo routes (`/api/jobs/NS/ID` has a repo route's shape); HTML
        # pages last: every API, file and LFS route matches before them.
        routes = [
            *admin,
            *_job_routes(self.hub, self.jobs),
            *xet.routes(),
            *cas_routes(cas, xet.authorize, prefix),
            *_routes(self.hub),
            *page_routes(self.hub),
        ]
        inner = Starlette(routes=routes, exception_handlers={HubError: _error})
        routed = CanonicalPaths(inner, self.hub.store)
        self.log = RequestLog(FaultInjector(routed, self.faults), request_log)
        limited = BodyLimit(self.log, _body_limit(settings), self._send_error)
        self.app = RequestId(RawPath(limited))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    @staticmethod
    async def _send_error(scope: Scope, exc: HubError, send: Send) -> None:
        response = _error_response(scope["method"], exc)
        await response(scope, _no_body, send)

    def _require_admin(self, request: Request) -> None:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        given = value.strip().encode()
        if scheme.lower() != "bearer" or not hmac.compare_digest(given, self.admin_token.encode()):
            raise HubError(401, "The admin endpoints need the hub's admin token.")

    async def _faults(self, request: Request) -> Response:
        self._require_admin(request)
        if request.method == "POST":
            try:
                body = json.loads(await request.body() or b"[]")
                rules = body.get("rules", []) if isinstance(body, dict) else body
                if not isinstance(rules, list):
                    raise ValueError("expected a list of fault rules")
                self.faults.replace([parse_rule(r) for r in rules])
            except (ValueError, KeyError, TypeError, RecursionError) as err:
                raise HubError(400, f"Invalid fault rules: {err}") from err
        elif request.method == "DELETE":
            self.faults.replace([])
        return json_response(self.faults.describe())

    async def _requests(self, request: Request) -> Response:
        self._require_admin(request)
        if request.method == "DELETE":
            self.log.reset()
            return json_response([])
        return json_response(list(self.log.entries))

    async def _stats(self, request: Request) -> Response:
        self._require_admin(request)
        return json_response(self.log.stats())
