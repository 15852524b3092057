"""Writing a repo: preupload, the NDJSON commit, tags and branches."""

from __future__ import annotations

import base64
import fnmatch
import json

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError, revision_not_found
from hubtools.localhub.gitobj import DEFAULT_GITATTRIBUTES
from hubtools.localhub.routes_repos import _json_body
from hubtools.localhub.store import Op

_LFS_PATTERNS = [line.split()[0] for line in DEFAULT_GITATTRIBUTES.splitlines()]


def _upload_mode(hub: Hub, path: str, size: int, sample: bytes) -> str:
    """LFS for big files, binary samples and the Hub's default LFS patterns."""
    if hub.settings.upload_mode == "regular" or size == 0:
        return "regular"
    name = path.rsplit("/", 1)[-1]
    if (
        size >= hub.settings.lfs_threshold
        or b"\0" in sample
        or any(fnmatch.fnmatch(name, pat) for pat in _LFS_PATTERNS)
    ):
        return "lfs"
    return "regular"


async def preupload(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    commit = hub.store.resolve(repo, hub.param(request, "rev"))
    body = await _json_body(request)
    files = body.get("files")
    if not isinstance(files, list):
        raise HubError(400, "'files' must be a list")
    out = []
    for item in files:
        sample = base64.b64decode(item.get("sample") or "")
        mode = _upload_mode(hub, item["path"], int(item.get("size", 0)), sample)
        existing = commit.tree.get(item["path"])
        oid = None
        if existing is not None:
            sha1, sha256 = hub.store.content_ids(existing)
            oid = sha256 if mode == "lfs" else sha1
        out.append({"path": item["path"], "uploadMode": mode, "shouldIgnore": False, "oid": oid})
    return json_response({"files": out, "commitOid": commit.id})


def _parse_ndjson(raw: bytes) -> tuple[dict, list[Op]]:
    header: dict = {}
    ops: list[Op] = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            key, value = item["key"], item["value"]
        except (ValueError, KeyError, TypeError) as err:
            raise HubError(400, f"Malformed commit payload on line {n}") from err
        if key == "header":
            header = value
        elif key == "file":
            if value.get("encoding", "base64") != "base64":
                raise HubError(400, f"Unsupported encoding on line {n}")
            ops.append(Op("file", value["path"], base64.b64decode(value["content"])))
        elif key == "lfsFile":
            ops.append(Op("lfsFile", value["path"], sha256=value["oid"], size=value.get("size")))
        elif key in ("deletedFile", "deletedFolder"):
            ops.append(Op(key, value["path"]))
        else:
            raise HubError(400, f"Unknown commit operation {key!r} on line {n}")
    return header, ops


async def commit(hub: Hub, request: Request) -> Response:
    repo, token = hub.repo(request, write=True)
    rev = hub.param(request, "rev")
    header, ops = _parse_ndjson(await request.body())
    create_pr = request.query_params.get("create_pr") in ("1", "true", "True")
    with hub.store.lock(repo.type, repo.id):
        if create_pr:
            start = hub.store.resolve(repo, rev)
            number = str(len(repo.pulls) + 1)
            repo.pulls[number] = start.id
            target = ("pull", number)
        elif rev.startswith("refs/pr/"):
            target = ("pull", rev[len("refs/pr/") :])
        else:
            target = ("branch", rev.removeprefix("refs/heads/"))
        if target[0] == "branch" and target[1] not in repo.branches:
            raise revision_not_found(rev)
        try:
            new = hub.store.apply(
                repo,
                target,
                ops,
                title=str(header.get("summary") or "Upload files"),
                message=str(header.get("description") or ""),
                author=token.user,
                parent=header.get("parentCommit"),
            )
        except Exception:
            if create_pr:  # the pull request exists only if its first commit does
                repo.pulls.pop(target[1], None)
            raise
    base = hub.repo_url(request, repo)
    return json_response(
        {
            "success": True,
            "commitOid": new.id,
            "commitUrl": f"{base}/commit/{new.id}",
            "pullRequestUrl": f"{base}/discussions/{target[1]}" if create_pr else None,
            "hookOutput": "",
        }
    )


async def create_tag(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    body = await _json_body(request)
    tag = body.get("tag")
    if not isinstance(tag, str) or not tag:
        raise HubError(400, "'tag' is required")
    with hub.store.lock(repo.type, repo.id):
        if tag in repo.tags:
            raise HubError(409, f"Tag {tag!r} already exists")
        repo.tags[tag] = hub.store.resolve(repo, hub.param(request, "rev")).id
        hub.store.update_repo(repo)
    return json_response({"success": True})


async def delete_tag(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    tag = hub.param(request, "rev")
    with hub.store.lock(repo.type, repo.id):
        if repo.tags.pop(tag, None) is None:
            raise revision_not_found(tag)
        hub.store.update_repo(repo)
    return json_response({"success": True})


async def create_branch(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    body = await _json_body(request)
    branch = hub.param(request, "branch")
    with hub.store.lock(repo.type, repo.id):
        if branch in repo.branches:
            raise HubError(409, f"Branch {branch!r} already exists")
        start = hub.store.resolve(repo, body.get("startingPoint") or "main")
        repo.branches[branch] = start.id
        hub.store.update_repo(repo)
    return json_response({"success": True})


async def delete_branch(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    branch = hub.param(request, "branch")
    if branch == "main":
        raise HubError(403, "The main branch cannot be deleted")
    with hub.store.lock(repo.type, repo.id):
        if repo.branches.pop(branch, None) is None:
            raise revision_not_found(branch)
        hub.store.update_repo(repo)
    return json_response({"success": True})
