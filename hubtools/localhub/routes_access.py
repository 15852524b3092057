"""Gated repos: who may download, access requests, and the owner's answers to them.

As on the Hub: a gated repo's info and file list stay public, its files do not. Members
of its namespace download; anyone else asks (`POST /{repo}/ask-access`, the Hub's
form endpoint): `auto` accepts at once, `manual` leaves the request pending until a
member accepts, rejects or grants it with the client's `*_access_request` and
`grant_access` calls.
"""

from __future__ import annotations

import secrets
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.accounts import Token
from hubtools.localhub.bodies import json_body
from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.store import Repo, now_iso

STATUSES = ("pending", "accepted", "rejected")


def require_access(hub: Hub, repo: Repo, token: Token | None) -> None:
    """401/403 `GatedRepo` for a gated repo's files, unless a member or accepted."""
    if not repo.gated or hub.is_member(token, repo):
        return
    if token is None:
        raise HubError(401, f"Access to {repo.type} {repo.id} is restricted: log in", "GatedRepo")
    granted = repo.access.get(token.user, {}).get("status") == "accepted"
    if not granted:
        raise HubError(
            403,
            f"Access to {repo.type} {repo.id} is restricted and you are not in the "
            "authorized list. Ask for access on its page.",
            "GatedRepo",
        )


def _request(user: str, status: str) -> dict[str, str]:
    return {"status": status, "timestamp": now_iso(), "requestId": secrets.token_hex(12)}


def _owner(hub: Hub, request: Request) -> tuple[Repo, Token]:
    repo, token = hub.repo(request, write=True)
    assert token is not None  # write=True refused anonymous callers
    if not repo.gated:
        raise HubError(400, f"{repo.id} is not a gated repo")
    return repo, token


async def ask_access(hub: Hub, request: Request) -> Response:
    repo, token = hub.repo(request)
    if token is None:
        raise HubError(401, "You must be authenticated to ask for access.")
    if not repo.gated:
        raise HubError(400, f"{repo.id} is not a gated repo")
    with hub.store.lock(repo.type, repo.id):
        if token.user not in repo.access:
            status = "accepted" if repo.gated == "auto" else "pending"
            repo.access[token.user] = _request(token.user, status)
            hub.store.update_repo(repo)
    return json_response({"status": repo.access[token.user]["status"]})


async def list_requests(hub: Hub, request: Request) -> Response:
    repo, _ = _owner(hub, request)
    status = request.path_params["status"]
    if status not in STATUSES:
        raise HubError(404, f"Unknown access request status {status!r}")
    out = []
    for user, req in sorted(repo.access.items()):
        if req["status"] != status:
            continue
        who = hub.accounts.users.get(user)
        out.append(
            {
                "user": {
                    "user": user,
                    "fullname": who.fullname if who else user,
                    "email": f"{user}@localhost",
                },
                "requestId": req["requestId"],
                "status": req["status"],
                "timestamp": req["timestamp"],
            }
        )
    return json_response(out)


def _user_of(hub: Hub, repo: Repo, body: dict[str, Any]) -> str:
    user, request_id = body.get("user"), body.get("requestId")
    if isinstance(user, str):
        if user not in hub.accounts.users:
            raise HubError(404, f"User {user!r} not found")
        return user
    for name, req in repo.access.items():
        if req["requestId"] == request_id:
            return name
    raise HubError(404, "Access request not found")


async def handle(hub: Hub, request: Request) -> Response:
    repo, _ = _owner(hub, request)
    body = await json_body(request)
    status = body.get("status")
    if status not in STATUSES:
        raise HubError(400, f"'status' must be one of {', '.join(STATUSES)}")
    with hub.store.lock(repo.type, repo.id):
        user = _user_of(hub, repo, body)
        current = repo.access.get(user)
        if current is None:
            raise HubError(404, f"No access request from {user!r}")
        if current["status"] == status:
            raise HubError(404, f"The access request of {user!r} is already {status}")
        current.update(status=status, timestamp=now_iso())
        hub.store.update_repo(repo)
    return json_response({"success": True})


async def grant(hub: Hub, request: Request) -> Response:
    repo, _ = _owner(hub, request)
    body = await json_body(request)
    with hub.store.lock(repo.type, repo.id):
        user = _user_of(hub, repo, body)
        if repo.access.get(user, {}).get("status") == "accepted":
            raise HubError(400, f"{user!r} already has access to {repo.id}")
        repo.access[user] = _request(user, "accepted")
        hub.store.update_repo(repo)
    return json_response({"success": True})
