"""Writing a repo: preupload, the NDJSON commit, tags and branches."""

from __future__ import annotations

import functools
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub import gitrules
from hubtools.localhub.accounts import Token
from hubtools.localhub.bodies import json_body
from hubtools.localhub.commitbody import decode_base64, parse_commit
from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError, revision_not_found
from hubtools.localhub.gitobj import wants_lfs
from hubtools.localhub.paths import check_path
from hubtools.localhub.routes_discussions import (
    new_pull_request,
    record_commit,
    require_pr_writer,
)
from hubtools.localhub.store import Commit, Repo


def _upload_mode(hub: Hub, path: str, size: int, sample: bytes, lfs_rules: Any) -> str:
    """LFS for big files, binary samples and the repo's `.gitattributes` LFS patterns
    (the Hub's defaults when the repo has none to read)."""
    if hub.settings.upload_mode == "regular" or size == 0:
        return "regular"
    if lfs_rules is not None:
        lfs = size >= hub.settings.lfs_threshold or b"\0" in sample or lfs_rules.match_file(path)
    else:
        lfs = wants_lfs(path, size, sample, hub.settings.lfs_threshold)
    return "lfs" if lfs else "regular"


@functools.lru_cache(maxsize=256)
def _compiled(kind: str, text: str) -> Any:
    return gitrules.lfs_spec(text) if kind == "lfs" else gitrules.ignore_spec(text)


def _rules_text(hub: Hub, commit: Commit, name: str) -> str | None:
    entry = commit.tree.get(name)
    if entry is None or entry.size > 1024 * 1024:
        return None
    return hub.store.read(entry).decode("utf-8", errors="replace")


def _writer(hub: Hub, request: Request, rev: str, create_pr: bool) -> tuple[Repo, Token]:
    """Who may write at `rev`: members anywhere; anyone with a write token through a pull
    request (opening one, or pushing to one they opened)."""
    if create_pr:
        return hub.contributor(request)
    if rev.startswith("refs/pr/"):
        repo, token = hub.contributor(request)
        require_pr_writer(hub, repo, token, rev[len("refs/pr/") :])
        return repo, token
    repo, member = hub.repo(request, write=True)
    assert member is not None  # write=True refused anonymous callers
    return repo, member


def _wants_pr(request: Request) -> bool:
    return request.query_params.get("create_pr") in ("1", "true", "True")


def _pr_base(hub: Hub, repo: Repo, rev: str) -> str:
    """The branch a new pull request targets: a PR opens against a branch, not a commit."""
    branch = rev.removeprefix("refs/heads/")
    if branch not in repo.branches:
        raise revision_not_found(rev)
    return branch


async def preupload(hub: Hub, request: Request) -> Response:
    rev, create_pr = hub.param(request, "rev"), _wants_pr(request)
    repo, _ = _writer(hub, request, rev, create_pr)
    if create_pr:
        _pr_base(hub, repo, rev)
    commit = hub.store.resolve(repo, rev)
    body = await json_body(request)
    files = body.get("files")
    if not isinstance(files, list):
        raise HubError(400, "'files' must be a list")
    ignore_text = body.get("gitIgnore")
    if not isinstance(ignore_text, str):
        ignore_text = _rules_text(hub, commit, ".gitignore")
    ignore = _compiled("ignore", ignore_text) if ignore_text else None
    attributes = _rules_text(hub, commit, ".gitattributes")
    lfs_rules = _compiled("lfs", attributes) if attributes is not None else None
    out = []
    for item in files:
        path, size, sample = _preupload_item(item)
        mode = _upload_mode(hub, path, size, sample, lfs_rules)
        existing = commit.tree.get(path)
        oid = None
        if existing is not None:
            oid = hub.store.content_id(existing, sha256=mode == "lfs", size=size)
        skip = ignore is not None and bool(ignore.match_file(path))
        out.append({"path": path, "uploadMode": mode, "shouldIgnore": skip, "oid": oid})
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
    rev, create_pr = hub.param(request, "rev"), _wants_pr(request)
    repo, token = _writer(hub, request, rev, create_pr)
    header, ops = parse_commit(await _read(request))
    title = header.summary or "Upload files"
    opened = None
    with hub.store.lock(repo.type, repo.id):
        if create_pr:
            base = _pr_base(hub, repo, rev)
            start = repo.branches[base]
            opened = new_pull_request(hub, repo, token.user, base, start, title, header.description)
            number = str(opened["num"])
            repo.pulls[number] = start
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
                title=title,
                message=header.description,
                author=token.user,
                parent=header.parent,
            )
        except Exception:
            if create_pr:  # the pull request exists only if its first commit does
                repo.pulls.pop(target[1], None)
            raise
        if target[0] == "pull":
            record_commit(hub, repo, target[1], token.user, title, new.id, opened)
    base_url = hub.repo_url(request, repo)
    return json_response(
        {
            "success": True,
            "commitOid": new.id,
            "commitUrl": f"{base_url}/commit/{new.id}",
            "pullRequestUrl": f"{base_url}/discussions/{target[1]}" if create_pr else None,
            "hookOutput": "",
        }
    )


async def create_tag(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    body = await json_body(request)
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
    body = await json_body(request)
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
