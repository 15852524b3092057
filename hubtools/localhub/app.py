"""The local Hub as an ASGI application."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hubtools.localhub import routes_files as files
from hubtools.localhub import routes_lfs as lfs
from hubtools.localhub import routes_repos as repos
from hubtools.localhub import routes_write as write
from hubtools.localhub.accounts import Accounts
from hubtools.localhub.context import Hub, Settings, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.faults import Faults, parse_rule
from hubtools.localhub.middleware import FaultInjector, RawPath, RequestLog
from hubtools.localhub.store import Store

_REPO = "/api/{rtypes}/{ns}/{name}"


def _routes(hub: Hub) -> list[Route]:
    def r(path: str, handler, methods: list[str]) -> Route:
        endpoint = functools.partial(handler, hub)
        functools.update_wrapper(endpoint, handler)
        return Route(path, endpoint, methods=methods)

    resolve_paths = [
        f"{prefix}/{{ns}}/{{name}}/resolve/{{rev}}/{{path:path}}"
        for prefix in ("/datasets", "/spaces", "")
    ]
    lfs_batch = [
        f"{p}/{{ns}}/{{name}}.git/info/lfs/objects/batch" for p in ("/datasets", "/spaces", "")
    ]
    return [
        r("/api/whoami-v2", repos.whoami, ["GET"]),
        r("/api/agent-harnesses", repos.agent_harnesses, ["GET"]),
        r("/api/repos/create", repos.create_repo, ["POST"]),
        r("/api/repos/delete", repos.delete_repo, ["DELETE"]),
        r("/api/validate-yaml", repos.validate_yaml, ["POST"]),
        r("/api/{rtypes}", repos.list_repos, ["GET"]),
        r(_REPO, repos.get_repo_info, ["GET"]),
        r(_REPO + "/revision/{rev}", repos.get_repo_info, ["GET"]),
        r(_REPO + "/settings", repos.update_settings, ["PUT"]),
        r(_REPO + "/auth-check", repos.auth_check, ["GET"]),
        r(_REPO + "/auth-check/write", repos.auth_check, ["GET"]),
        r(_REPO + "/xet-write-token/{rev}", repos.xet_token, ["GET"]),
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
        r("/lfs/upload/{oid}/{size:int}", lfs.upload, ["PUT"]),
        r("/lfs/part/{oid}/{size:int}/{part:int}", lfs.upload_part, ["PUT"]),
        r("/lfs/complete/{oid}/{size:int}", lfs.complete, ["POST"]),
        r("/lfs/verify/{rtype}/{ns}/{name}", lfs.verify, ["POST"]),
        *(r(p, lfs.batch, ["POST"]) for p in lfs_batch),
        *(r(p, files.resolve, ["GET", "HEAD"]) for p in resolve_paths),
    ]


def _error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HubError)
    headers = {"X-Error-Message": exc.message.encode("ascii", "replace").decode(), **exc.headers}
    if exc.code:
        headers["X-Error-Code"] = exc.code
    if request.method == "HEAD":
        return Response(status_code=exc.status, headers=headers)
    return json_response({"error": exc.message}, exc.status, headers)


class LocalHub:
    """The app plus the handles tests and the admin endpoints need (faults, request log)."""

    def __init__(
        self,
        root: str | Path,
        accounts: Accounts,
        settings: Settings | None = None,
        faults: Faults | None = None,
        request_log: Path | None = None,
        fsync: bool = False,
    ) -> None:
        self.hub = Hub(Store(root, fsync=fsync), accounts, settings or Settings())
        self.faults = faults or Faults()
        admin = [
            Route("/_admin/faults", self._faults, methods=["GET", "POST", "DELETE"]),
            Route("/_admin/requests", self._requests, methods=["GET", "DELETE"]),
        ]
        inner = Starlette(routes=admin + _routes(self.hub), exception_handlers={HubError: _error})
        self.log = RequestLog(FaultInjector(inner, self.faults), request_log)
        self.app = RawPath(self.log)

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)

    async def _faults(self, request: Request) -> Response:
        if request.method == "POST":
            body = json.loads(await request.body() or b"[]")
            rules = body.get("rules", []) if isinstance(body, dict) else body
            try:
                self.faults.replace([parse_rule(r) for r in rules])
            except (ValueError, KeyError) as err:
                return json_response({"error": str(err)}, 400)
        elif request.method == "DELETE":
            self.faults.replace([])
        return json_response(self.faults.describe())

    async def _requests(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.log.entries.clear()
            return json_response([])
        return json_response(list(self.log.entries))
