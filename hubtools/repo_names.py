"""The Hub's rules for repository names, checked before any network call."""

from __future__ import annotations

import re

_ALLOWED = re.compile(r"[A-Za-z0-9_.-]{1,96}")


def name_problem(name: str) -> str | None:
    """Why the Hub would refuse `name` as one part of a repo id, or None if it is fine."""
    if not _ALLOWED.fullmatch(name):
        return "must be 1-96 characters of letters, digits, '_', '.' and '-'"
    if name[0] in "-." or name[-1] in "-.":
        return "must not start or end with '-' or '.'"
    if "--" in name or ".." in name:
        return "must not contain '--' or '..'"
    if name.endswith(".git"):
        return "must not end with '.git'"
    return None


def repo_id_problem(repo_id: str) -> str | None:
    """Like `name_problem` for `namespace/name` (or a bare name)."""
    parts = repo_id.split("/")
    if len(parts) > 2:
        return "must be 'namespace/name' with a single '/'"
    for part in parts:
        problem = name_problem(part)
        if problem:
            return f"{part!r} {problem}"
    return None
