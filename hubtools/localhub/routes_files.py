"""Reading a repo: tree, paths-info, refs, commit history, and file downloads (resolve)."""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError, entry_not_found
from hubtools.localhub.gitobj import lfs_pointer, tree_oid
from hubtools.localhub.routes_access import require_access
from hubtools.localhub.routes_repos import _json_body
from hubtools.localhub.store import Commit, Entry


def _file_json(path: str, entry: Entry) -> dict:
    item = {"type": "file", "oid": entry.oid, "size": entry.size, "path": path}
    if entry.sha256:
        pointer = len(lfs_pointer(entry.sha256, entry.size))
        item["lfs"] = {"oid": entry.sha256, "size": entry.size, "pointerSize": pointer}
    return item


def _dir_json(commit: Commit, path: str) -> dict:
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


def _last_commits(hub: Hub, commit: Commit, paths: list[str]) -> dict[str, dict]:
    """For each path (file or folder), the newest commit that changed something under it."""
    todo, found = set(paths), {}
    for current in hub.store.history(commit.id):
        if not todo:
            break
        parent = hub.store.commit(current.parents[0]).tree if current.parents else {}
        changed = {
            p for p in current.tree.keys() | parent.keys() if current.tree.get(p) != parent.get(p)
        }
        for path in list(todo):
            if path in changed or any(c.startswith(path + "/") for c in changed):
                found[path] = {"id": current.id, "title": current.title, "date": current.date}
                todo.discard(path)
    return found


def _entries(hub: Hub, commit: Commit, paths: list[str], expand: bool) -> list[dict]:
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
        body = await _json_body(request)
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

    def refs(kind: str, names: dict[str, str]) -> list[dict]:
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
    headers = {"X-Repo-Commit": commit.id, "ETag": f'"{entry.oid}"'}
    if entry.sha256:
        headers["X-Linked-Etag"] = f'"{entry.sha256}"'
        headers["X-Linked-Size"] = str(entry.size)
    content_path = hub.store.content_path(entry)
    if not content_path.exists():
        raise HubError(500, f"Object of {path} is missing from the store")
    return FileResponse(content_path, headers=headers, filename=path.rsplit("/", 1)[-1])
