"""Writing a repo: preupload, the NDJSON commit, tags and branches."""

from __future__ import annotations

import fnmatch

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.commitbody import decode_base64, parse_commit
from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError, revision_not_found
from hubtools.localhub.gitobj import DEFAULT_GITATTRIBUTES
from hubtools.localhub.paths import check_path
from hubtools.localhub.routes_repos import _json_body

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
        path, size, sample = _preupload_item(item)
        mode = _upload_mode(hub, path, size, sample)
        existing = commit.tree.get(path)
        oid = None
        if existing is not None:
            sha1, sha256 = hub.store.content_ids(existing)
            oid = sha256 if mode == "lfs" else sha1
        out.append({"path": path, "uploadMode": mode, "shouldIgnore": False, "oid": oid})
    return json_response({"files": out, "commitOid": commit.id})


def _preupload_item(item: object) -> tuple[str, int, bytes]:
    """(path, size, sample) of one preupload entry; 400 for wrong types, 422 for the path."""
    if not isinstance(item, dict):
        raise HubError(400, "each entry of 'files' must be an object")
    size, sample = item.get("size", 0), item.get("sample") or ""
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise HubError(400, "'size' must be a non-negative integer")
    if not isinstance(sample, str):
        raise HubError(400, "'sample' must be a base64 string")
    try:
        raw = decode_base64(sample)
    except ValueError as err:
        raise HubError(400, "'sample' is not valid base64") from err
    return check_path(item.get("path")), size, raw


async def _read(request: Request) -> bytearray:
    """The body in one growing buffer: `request.body()` would hold its chunks and their join."""
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
    return buf


async def commit(hub: Hub, request: Request) -> Response:
    repo, token = hub.repo(request, write=True)
    assert token is not None  # write=True refused anonymous callers
    rev = hub.param(request, "rev")
    header, ops = parse_commit(await _read(request))
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
                title=header.summary or "Upload files",
                message=header.description,
                author=token.user,
                parent=header.parent,
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
        starting = body.get("startingPoint") or "main"
        if not isinstance(starting, str):
            raise HubError(400, "'startingPoint' must be a string")
        start = hub.store.resolve(repo, starting)
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
