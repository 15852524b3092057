"""Errors the local Hub answers with, shaped like the real Hub's."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager


class HubError(Exception):
    """An HTTP error: status, `X-Error-Code` (when the client needs one) and message."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers: dict[str, str] = {}


def repo_not_found(repo_id: str) -> HubError:
    return HubError(404, f"Repository not found: {repo_id}", "RepoNotFound")


def revision_not_found(rev: str) -> HubError:
    return HubError(404, f"Invalid rev id: {rev}", "RevisionNotFound")


def entry_not_found(path: str) -> HubError:
    return HubError(404, f"Entry not found: {path}", "EntryNotFound")


DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


@contextmanager
def disk_full_is_507() -> Iterator[None]:
    """A full disk or quota is the server's 507, shaped like every other Hub error."""
    try:
        yield
    except OSError as err:
        if err.errno in DISK_FULL:
            raise HubError(507, "Insufficient storage: the local hub's disk is full") from err
        raise
