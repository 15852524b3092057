"""`POST /api/{type}s/{repo}/lfs-files/duplicate`: lend a repo's Xet files to another repo.

`HfApi.copy_files` across repos calls it on the *source* repo before committing
`lfsFile` entries by sha256 in the target: body
`{"target": {"type", "name"}, "files": [{"xetHash", "sha256", "filename"}]}`, answer
`{"failed": [{"sha256", "error"}]}`. The Hub copies the objects into the target's storage;
here the CAS is shared by every repo, so duplicating only checks the request: the source
visible to the caller (a gated one granted), the target visible to a write token, and each
file one of the source's (at a branch, tag or pull request) with that sha256. A file that
fails is listed, not fatal, as on the Hub.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.bodies import json_body
from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError, repo_not_found
from hubtools.localhub.routes_access import require_access
from hubtools.localhub.store import REPO_TYPES, Repo


async def duplicate_lfs_files(hub: Hub, request: Request) -> Response:
    source, token = hub.repo(request)
    require_access(hub, source, token)
    if token is None:
        raise HubError(401, "You must be authenticated to duplicate files.")
    if token.role != "write":
        raise HubError(403, "This token has read access only; use a write token.")
    body = await json_body(request)
    files = _files(body.get("files"))
    target = _target(hub, body.get("target"))
    if not hub.accounts.can_read(token, target.namespace, target.private):
        raise repo_not_found(target.id)
    held = _xet_files(hub, source)
    failed = []
    for item in files:
        sha256, xet_hash = item["sha256"].lower(), item["xetHash"].lower()
        if held.get(xet_hash) != sha256:
            error = f"{item.get('filename') or xet_hash} is not a Xet file of {source.id}"
            failed.append({"sha256": item["sha256"], "error": error})
    return json_response({"failed": failed})


def _target(hub: Hub, value: object) -> Repo:
    if not isinstance(value, dict):
        raise HubError(400, "'target' must be an object with 'type' and 'name'")
    rtype, name = value.get("type", "model"), value.get("name")
    if rtype not in REPO_TYPES or not isinstance(name, str) or not name:
        raise HubError(400, "'target' needs a repo 'type' (model, dataset, space) and 'name'")
    repo = hub.store.get_repo(str(rtype), name)
    if repo is None:
        raise repo_not_found(name)
    return repo


def _files(value: object) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise HubError(400, "'files' must be a list")
    for item in value:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("xetHash", "sha256")
        ):
            raise HubError(400, "each of 'files' needs string 'xetHash' and 'sha256'")
    return value


def _xet_files(hub: Hub, repo: Repo) -> dict[str, str]:
    """Xet hash -> sha256 of the files at the repo's branches, tags and pull requests."""
    heads = {*repo.branches.values(), *repo.tags.values(), *repo.pulls.values()}
    held: dict[str, str] = {}
    for commit_id in heads:
        for entry in hub.store.commit(commit_id).tree.values():
            if entry.xet_hash and entry.sha256:
                held[entry.xet_hash.lower()] = entry.sha256.lower()
    return held
