"""Discussions and pull requests of a repo, kept as the Hub shows them (events and all).

One JSON file per repo (`discussions.json` beside `repo.json`), replaced atomically on
every change; discussions and pull requests share one numbering, as on the Hub. A pull
request is a ref, `refs/pr/N` (kept in the repo's `pulls`), plus a discussion here that
records the branch it targets and the commit it started from.
"""

from __future__ import annotations

import html
import secrets
from typing import Any

from hubtools.localhub.errors import HubError
from hubtools.localhub.store import Repo, Store, now_iso

FILE = "discussions.json"
PAGE = 50  # the Hub's page size for listings


def load(store: Store, repo: Repo) -> list[dict[str, Any]]:
    return store.read_json(repo, FILE) or []


def save(store: Store, repo: Repo, discussions: list[dict[str, Any]]) -> None:
    store.write_json(repo, FILE, discussions)


def next_number(repo: Repo, discussions: list[dict[str, Any]]) -> int:
    """Discussions and pull requests share one sequence (a PR ref may predate its record)."""
    taken = [d["num"] for d in discussions] + [int(n) for n in repo.pulls if n.isdigit()]
    return max(taken, default=0) + 1


def find(discussions: list[dict[str, Any]], num: int) -> dict[str, Any]:
    for d in discussions:
        if d["num"] == num:
            return d
    raise HubError(404, f"Discussion #{num} not found")


def _event_id() -> str:
    return secrets.token_hex(12)  # the Hub's ids are 24-hex object ids


def _author(user: str) -> dict[str, Any]:
    return {"name": user, "fullname": user, "type": "user", "avatarUrl": "", "isPro": False}


def comment_event(user: str, text: str) -> dict[str, Any]:
    now = now_iso()
    latest = {"raw": text, "html": html.escape(text), "updatedAt": now, "author": _author(user)}
    return {
        "id": _event_id(),
        "type": "comment",
        "createdAt": now,
        "author": _author(user),
        "data": {
            "edited": False,
            "hidden": False,
            "latest": latest,
            "numEdits": 0,
            "editors": [user],
            "reactions": [],
            "isReport": False,
            "history": [latest],
        },
    }


def status_event(user: str, status: str) -> dict[str, Any]:
    return _event(user, "status-change", {"status": status})


def commit_event(user: str, subject: str, oid: str) -> dict[str, Any]:
    return _event(user, "commit", {"subject": subject, "oid": oid})


def title_event(user: str, old: str, new: str) -> dict[str, Any]:
    return _event(user, "title-change", {"from": old, "to": new})


def _event(user: str, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": _event_id(),
        "type": kind,
        "createdAt": now_iso(),
        "author": _author(user),
        "data": data,
    }


def new(
    num: int,
    *,
    title: str,
    author: str,
    description: str,
    pull_request: bool,
    base: str | None = None,
    start: str | None = None,
) -> dict[str, Any]:
    """A discussion (or a draft pull request on `base`, from commit `start`)."""
    record: dict[str, Any] = {
        "num": num,
        "title": title,
        "status": "draft" if pull_request else "open",
        "author": author,
        "createdAt": now_iso(),
        "isPullRequest": pull_request,
        "pinned": False,
        "events": [comment_event(author, description)],
    }
    if pull_request:
        record.update(base=base, start=start, mergeCommitId=None)
    return record


def summary(repo: Repo, d: dict[str, Any]) -> dict[str, Any]:
    """The shape `get_repo_discussions` reads."""
    return {
        "num": d["num"],
        "title": d["title"],
        "status": d["status"],
        "createdAt": d["createdAt"],
        "author": _author(d["author"]),
        "isPullRequest": d["isPullRequest"],
        "repo": {"name": repo.id, "type": repo.type},
        "pinned": d.get("pinned", False),
        "numComments": sum(1 for e in d["events"] if e["type"] == "comment"),
        "topReactions": [],
    }


def details(repo: Repo, d: dict[str, Any], diff: str | None) -> dict[str, Any]:
    """The shape `get_discussion_details` reads."""
    out = summary(repo, d)
    out["events"] = d["events"]
    if d["isPullRequest"]:
        out["changes"] = {"base": f"refs/heads/{d['base']}"}
        if d.get("mergeCommitId"):
            out["changes"]["mergeCommitId"] = d["mergeCommitId"]
        out["filesWithConflicts"] = d.get("conflicts", [])
        if diff is not None:
            out["diff"] = diff
    return out
