"""Discussions and pull requests: list, open, read, comment, rename, close/reopen, merge.

Who may do what, as on the Hub: anyone signed in with a write token who can read the
repo opens and comments on discussions and pull requests (and commits to the pull
requests they opened); the discussion's author or a member of the repo's namespace
renames, closes and reopens it; only a member merges or hides a comment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub import discussions as book
from hubtools.localhub.accounts import Token
from hubtools.localhub.bodies import json_body
from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.store import Repo

_DEFAULT_BASE = "main"


def _number(request: Request) -> int:
    raw = request.path_params["num"]
    if not raw.isdigit() or int(raw) <= 0:
        raise HubError(400, f"Invalid discussion number {raw!r}")
    return int(raw)


def _text(
    body: dict[str, Any], key: str, *, required: bool = True, low: int = 1, high: int = 65536
) -> str:
    value = body.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not low <= len(value.strip()) <= high:
        raise HubError(400, f"'{key}' must be a string of {low} to {high} characters")
    return value.strip()


def _may_moderate(hub: Hub, token: Token, repo: Repo, d: dict[str, Any] | None = None) -> bool:
    member = repo.namespace in hub.accounts.namespaces(token) and token.role == "write"
    return member or (d is not None and d["author"] == token.user)


async def list_discussions(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)
    q = request.query_params
    kind, status, author = q.get("type", "all"), q.get("status", "all"), q.get("author")
    page = int(q["p"]) if q.get("p", "").isdigit() else 0
    rows = []
    for d in reversed(book.load(hub.store, repo)):  # newest first, as on the Hub
        if kind == "pull_request" and not d["isPullRequest"]:
            continue
        if kind == "discussion" and d["isPullRequest"]:
            continue
        is_open = d["status"] in ("open", "draft")
        if (status == "open" and not is_open) or (status == "closed" and is_open):
            continue
        if author and d["author"] != author:
            continue
        rows.append(d)
    start = page * book.PAGE
    chunk = [book.summary(repo, d) for d in rows[start : start + book.PAGE]]
    closed = sum(1 for d in rows if d["status"] not in ("open", "draft"))
    return json_response(
        {"discussions": chunk, "count": len(rows), "start": start, "numClosedDiscussions": closed}
    )


async def create_discussion(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    body = await json_body(request)
    title = _text(body, "title", low=3, high=200)
    description = _text(body, "description", required=False) or title
    pull_request = body.get("pullRequest") is True
    with hub.store.lock(repo.type, repo.id):
        items = book.load(hub.store, repo)
        num = book.next_number(repo, items)
        start = None
        if pull_request:
            start = hub.store.resolve(repo, _DEFAULT_BASE).id
            repo.pulls[str(num)] = start
        record = book.new(
            num,
            title=title,
            author=token.user,
            description=description,
            pull_request=pull_request,
            base=_DEFAULT_BASE,
            start=start,
        )
        book.save(hub.store, repo, [*items, record])
        if pull_request:
            hub.store.update_repo(repo)
    url = f"{hub.repo_url(request, repo)}/discussions/{num}"
    return json_response({"num": num, "url": url, "pullRequest": pull_request})


def _diff(hub: Hub, repo: Repo, d: dict[str, Any]) -> str:
    """Which files the pull request changes: one `diff --git` header per path."""
    head = repo.pulls.get(str(d["num"]))
    if head is None or not d.get("start"):
        return ""
    before, after = hub.store.commit(d["start"]).tree, hub.store.commit(head).tree
    changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    return "".join(f"diff --git a/{p} b/{p}\n" for p in changed)


async def get_discussion(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)
    d = book.find(book.load(hub.store, repo), _number(request))
    diff = _diff(hub, repo, d) if d["isPullRequest"] else None
    return json_response(book.details(repo, d, diff))


def _change(hub: Hub, repo: Repo, num: int, change: Callable[[dict[str, Any]], Any]) -> Any:
    """Apply `change(record) -> answer` to discussion `num` under the repo's lock, and save."""
    with hub.store.lock(repo.type, repo.id):
        items = book.load(hub.store, repo)
        answer = change(book.find(items, num))
        book.save(hub.store, repo, items)
    return answer


async def comment(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    text = _text(await json_body(request), "comment")

    def add(d: dict[str, Any]) -> dict[str, Any]:
        event = book.comment_event(token.user, text)
        d["events"].append(event)
        return event

    return json_response({"newMessage": _change(hub, repo, _number(request), add)})


async def change_status(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    body = await json_body(request)
    status = body.get("status")
    if status not in ("open", "closed"):
        raise HubError(400, "'status' must be 'open' or 'closed'")
    note = body.get("comment")

    def flip(d: dict[str, Any]) -> dict[str, Any]:
        if not _may_moderate(hub, token, repo, d):
            raise HubError(403, "Only the author or a member of the repo's namespace can do that")
        if d["status"] == "merged":
            raise HubError(400, "This pull request is merged: its status cannot change")
        d["status"] = status
        event = book.status_event(token.user, status)
        d["events"].append(event)
        if isinstance(note, str) and note.strip():
            d["events"].append(book.comment_event(token.user, note.strip()))
        return event

    return json_response({"newStatus": _change(hub, repo, _number(request), flip)})


async def rename(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    title = _text(await json_body(request), "title", low=3, high=200)

    def retitle(d: dict[str, Any]) -> dict[str, Any]:
        if not _may_moderate(hub, token, repo, d):
            raise HubError(403, "Only the author or a member of the repo's namespace can do that")
        event = book.title_event(token.user, d["title"], title)
        d["title"] = title
        d["events"].append(event)
        return event

    return json_response({"newTitle": _change(hub, repo, _number(request), retitle)})


def _comment_of(d: dict[str, Any], comment_id: str) -> dict[str, Any]:
    for event in d["events"]:
        if event["type"] == "comment" and event["id"] == comment_id:
            found: dict[str, Any] = event
            return found
    raise HubError(404, f"Comment {comment_id} not found")


async def edit_comment(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    content = _text(await json_body(request), "content")
    comment_id = hub.param(request, "cid")

    def edit(d: dict[str, Any]) -> dict[str, Any]:
        event = _comment_of(d, comment_id)
        if event["author"]["name"] != token.user:
            raise HubError(403, "Only the author of a comment can edit it")
        fresh = book.comment_event(token.user, content)["data"]["latest"]
        data = event["data"]
        data.update(edited=True, latest=fresh, numEdits=data["numEdits"] + 1)
        data["history"].insert(0, fresh)
        return event

    return json_response({"updatedComment": _change(hub, repo, _number(request), edit)})


async def hide_comment(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    comment_id = hub.param(request, "cid")
    if not _may_moderate(hub, token, repo):
        raise HubError(403, "Only a member of the repo's namespace can hide a comment")

    def hide(d: dict[str, Any]) -> dict[str, Any]:
        event = _comment_of(d, comment_id)
        event["data"]["hidden"] = True
        event["data"]["latest"].update(raw="", html="")
        return event

    return json_response({"updatedComment": _change(hub, repo, _number(request), hide)})


async def merge(hub: Hub, request: Request) -> Response:
    repo, token = hub.contributor(request)
    body = await json_body(request)
    note = body.get("comment")
    if not _may_moderate(hub, token, repo):
        raise HubError(403, "Only a member of the repo's namespace can merge a pull request")
    num = _number(request)

    def land(d: dict[str, Any]) -> dict[str, Any]:
        if not d["isPullRequest"]:
            raise HubError(400, f"#{num} is a discussion, not a pull request")
        if d["status"] not in ("open", "draft"):
            raise HubError(400, f"Pull request #{num} is {d['status']}")
        head = repo.pulls[str(num)]
        commit, conflicts = hub.store.merge(
            repo, d["base"], head, d["start"], title=f"Merge refs/pr/{num}", author=token.user
        )
        d["conflicts"] = conflicts
        if commit is None:
            return {"conflicts": conflicts}
        d.update(status="merged", mergeCommitId=commit.id)
        d["events"].append(book.status_event(token.user, "merged"))
        if isinstance(note, str) and note.strip():
            d["events"].append(book.comment_event(token.user, note.strip()))
        return {"mergeCommitId": commit.id}

    out = _change(hub, repo, num, land)
    if "conflicts" in out:
        raise HubError(409, f"Merge conflicts in: {', '.join(out['conflicts'])}")
    return json_response(out)


def new_pull_request(
    hub: Hub, repo: Repo, user: str, base: str, start: str, title: str, description: str
) -> dict[str, Any]:
    """The record of a pull request `create_commit(create_pr=True)` opens (not yet saved)."""
    num = book.next_number(repo, book.load(hub.store, repo))
    return book.new(
        num,
        title=title,
        author=user,
        description=description or title,
        pull_request=True,
        base=base,
        start=start,
    )


def record_commit(
    hub: Hub,
    repo: Repo,
    num: str,
    user: str,
    title: str,
    oid: str,
    opened: dict[str, Any] | None = None,
) -> None:
    """A commit landed on `refs/pr/num` (on a PR it `opened`): its event; a draft opens.

    Called with the repo's lock held (by the commit route)."""
    items = book.load(hub.store, repo)
    if opened is not None:
        items.append(opened)
    try:
        d = book.find(items, int(num))
    except HubError:
        return
    d["events"].append(book.commit_event(user, title, oid))
    if d["status"] == "draft":
        d["status"] = "open"
    book.save(hub.store, repo, items)


def require_pr_writer(hub: Hub, repo: Repo, token: Token, num: str) -> None:
    """Commits to `refs/pr/N`: the PR's author or a member, while it is open."""
    try:
        d = book.find(book.load(hub.store, repo), int(num))
    except (HubError, ValueError):
        hub.accounts.require_write(token, repo.namespace)
        return
    if not _may_moderate(hub, token, repo, d):
        raise HubError(403, f"Only the author of pull request #{num} or a member can push to it")
    if d["status"] not in ("open", "draft"):
        raise HubError(403, f"Pull request #{num} is {d['status']}: it takes no more commits")
