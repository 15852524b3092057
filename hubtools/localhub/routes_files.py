"""Reading a repo: tree, paths-info, refs, commit history, and file downloads (resolve)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, quote

from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    MalformedRangeHeader,
    RangeNotSatisfiable,
    Response,
    StreamingResponse,
)

from hubtools.localhub.bodies import json_body
from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError, entry_not_found
from hubtools.localhub.gitobj import lfs_pointer, tree_oid
from hubtools.localhub.routes_access import require_access
from hubtools.localhub.store import Commit, Repo, TreeEntry


def _file_json(path: str, entry: TreeEntry) -> dict[str, Any]:
    item = {"type": "file", "oid": entry.oid, "size": entry.size, "path": path}
    if entry.sha256:
        pointer = len(lfs_pointer(entry.sha256, entry.size))
        item["lfs"] = {"oid": entry.sha256, "size": entry.size, "pointerSize": pointer}
    if entry.xet_hash:
        item["xetHash"] = entry.xet_hash
    return item


def _dir_json(commit: Commit, path: str) -> dict[str, Any]:
    prefix = path + "/"
    children = {p: e.oid for p, e in commit.tree.items() if p.startswith(prefix)}
    return {"type": "directory", "oid": tree_oid(children), "size": 0, "path": path}


def _directories(commit: Commit) -> set[str]:
    dirs = set()
    for path in commit.tree:
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:i]))
    return dirs


def _last_commits(hub: Hub, commit: Commit, paths: list[str]) -> dict[str, dict[str, Any]]:
    """For each path (file or folder), the newest commit that changed something under it:
    one index lookup per path asked, whatever the length of the history (`lastcommits`)."""
    index = hub.store.last_commits.of(commit.id)
    found: dict[str, dict[str, Any]] = {}
    for path in paths:
        cid = index.get(path)
        if cid is not None:
            last = hub.store.commit(cid)
            found[path] = {"id": last.id, "title": last.title, "date": last.date}
    return found


def _entries(hub: Hub, commit: Commit, paths: list[str], expand: bool) -> list[dict[str, Any]]:
    dirs = _directories(commit)
    out = []
    for path in paths:
        if path in commit.tree:
            out.append(_file_json(path, commit.tree[path]))
        elif path in dirs:
            out.append(_dir_json(commit, path))
    if expand:
        last = _last_commits(hub, commit, [e["path"] for e in out])
        for item in out:
            item["lastCommit"] = last.get(item["path"])
    return out


async def list_tree(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)
    commit = hub.store.resolve(repo, hub.param(request, "rev"))
    base = hub.param(request, "path").strip("/") if "path" in request.path_params else ""
    q = request.query_params
    recursive, expand = q.get("recursive") == "true", q.get("expand") == "true"
    dirs = _directories(commit)
    if base and base not in dirs:
        raise entry_not_found(base)
    prefix = base + "/" if base else ""
    candidates = sorted(
        p
        for p in (*commit.tree, *dirs)
        if p.startswith(prefix) and (recursive or "/" not in p[len(prefix) :])
    )
    page = min(hub.settings.page_size, 50 if expand else 1000)
    start = hub.cursor(request)
    items = _entries(hub, commit, candidates[start : start + page], expand)
    headers = hub.next_page(request, start, page, start + page < len(candidates))
    return json_response(items, headers=headers)


async def paths_info(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)
    commit = hub.store.resolve(repo, hub.param(request, "rev"))
    if request.headers.get("content-type", "").startswith("application/json"):
        body = await json_body(request)
        paths, expand = body.get("paths", []), bool(body.get("expand"))
    else:
        try:
            form = parse_qs((await request.body()).decode(), max_num_fields=100_000)
        except ValueError as err:
            raise HubError(400, "Malformed form body") from err
        paths, expand = form.get("paths", []), form.get("expand", ["false"])[0] in ("true", "True")
    paths = [paths] if isinstance(paths, str) else paths
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise HubError(400, "'paths' must be a list of strings")
    return json_response(_entries(hub, commit, [p.strip("/") for p in paths], expand))


async def list_refs(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)

    def refs(kind: str, names: dict[str, str]) -> list[dict[str, Any]]:
        return [
            {"name": n, "ref": f"refs/{kind}/{n}", "targetCommit": c}
            for n, c in sorted(names.items())
        ]

    out = {
        "branches": refs("heads", repo.branches),
        "converts": [],
        "tags": refs("tags", repo.tags),
    }
    if request.query_params.get("include_prs"):
        out["pullRequests"] = refs("pr", repo.pulls)
    return json_response(out)


async def list_commits(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)
    commit = hub.store.resolve(repo, hub.param(request, "rev"))
    start, page = hub.cursor(request), min(hub.settings.page_size, 1000)
    out, more = [], False
    for i, c in enumerate(hub.store.history(commit.id)):
        if i >= start + page:
            more = True
            break
        if i >= start:
            out.append(
                {
                    "id": c.id,
                    "title": c.title,
                    "message": c.message,
                    "date": c.date,
                    "authors": [{"user": c.author, "avatar": None}],
                }
            )
    return json_response(out, headers=hub.next_page(request, start, page, more))


async def resolve(hub: Hub, request: Request) -> Response:
    """HEAD/GET a file: the headers `hf_hub_download` needs, then the bytes (Range supported)."""
    repo, token = hub.repo(request)
    require_access(hub, repo, token)
    commit = hub.store.resolve(repo, hub.param(request, "rev"))
    path = hub.param(request, "path")
    entry = commit.tree.get(path)
    if entry is None:
        err = entry_not_found(path)
        err.headers = {"X-Repo-Commit": commit.id}
        raise err
    if entry.xet_hash:
        return _xet_file(hub, request, repo, commit, path, entry)
    headers = {"X-Repo-Commit": commit.id, "ETag": f'"{entry.oid}"'}
    if entry.sha256:
        headers["X-Linked-Etag"] = f'"{entry.sha256}"'
        headers["X-Linked-Size"] = str(entry.size)
    content_path = hub.store.content_path(entry)
    if not content_path.exists():
        raise HubError(500, f"Object of {path} is missing from the store")
    return FileResponse(content_path, headers=headers, filename=path.rsplit("/", 1)[-1])


def _byte_range(request: Request, size: int, etag: str) -> tuple[int, int] | None:
    """The one `Range` to serve as [start, end), as the LFS files' FileResponse reads it;
    None for the whole file (no Range, several ranges, a stale If-Range)."""
    header = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if header is None or (if_range is not None and if_range != etag):
        return None
    try:
        ranges = FileResponse._parse_range_header(header, size)
    except MalformedRangeHeader as err:
        raise HubError(400, f"Malformed Range header: {err.content}") from err
    except RangeNotSatisfiable as err:
        failed = HubError(416, f"Range not satisfiable: the file has {size} bytes")
        failed.headers = {"Content-Range": f"bytes */{size}"}
        raise failed from err
    return ranges[0] if len(ranges) == 1 else None


def _xet_file(
    hub: Hub, request: Request, repo: Repo, commit: Commit, path: str, entry: TreeEntry
) -> Response:
    """A file stored in Xet. HEAD names its Xet hash and where to get a read token, so a
    Xet client downloads through the CAS; a GET streams the reassembled bytes (any
    client: curl, `HF_HUB_DISABLE_XET=1`), one `Range` honoured (206/416)."""
    cas, sha = hub.store.xet, entry.sha256
    assert entry.xet_hash is not None and sha is not None  # Xet files are LFS files
    if cas is None or cas.file(entry.xet_hash) is None:
        raise HubError(500, f"Xet object of {path} is missing from the store")
    etag = f'"{sha}"'
    name = path.rsplit("/", 1)[-1]
    quoted = quote(name)
    disposition = (
        f'attachment; filename="{name}"'
        if quoted == name
        else (f"attachment; filename*=utf-8''{quoted}")
    )
    headers = {
        "X-Repo-Commit": commit.id,
        "ETag": etag,
        "X-Linked-Etag": etag,
        "X-Linked-Size": str(entry.size),
        "Accept-Ranges": "bytes",
        "Content-Disposition": disposition,
    }
    if request.method == "HEAD":
        token_url = f"{hub.base_url(request)}/api/{repo.type}s/{repo.id}/xet-read-token/{commit.id}"
        headers["X-Xet-Hash"] = entry.xet_hash
        headers["Link"] = f'<{token_url}>; rel="xet-auth"'
        headers["Content-Length"] = str(entry.size)
        return Response(status_code=200, headers=headers, media_type="application/octet-stream")
    span = _byte_range(request, entry.size, etag)
    start, end = span if span is not None else (0, entry.size)
    headers["Content-Length"] = str(end - start)
    if span is not None:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{entry.size}"
    return StreamingResponse(
        cas.read(entry.xet_hash, start, end),
        206 if span is not None else 200,
        headers=headers,
        media_type="application/octet-stream",
    )
