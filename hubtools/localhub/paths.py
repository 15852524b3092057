"""The Hub's rules for a path in a repo: what commits and preupload refuse with 422.

The client strips a leading `/` and refuses `..` and `.git`/`.cache` segments before it
sends anything (`_commit_api._validate_path_in_repo`); the server must not rely on that,
and refuses the rest (backslashes, NUL and control characters, empty segments, overlong
names) the way the Hub does.
"""

from __future__ import annotations

import re

from hubtools.localhub.errors import HubError

MAX_PATH_BYTES = 1024  # the whole path, UTF-8
MAX_SEGMENT_BYTES = 255  # one name: what every filesystem a clone lands on allows
RESERVED = (".git", ".cache")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")


def path_problem(path: object) -> str | None:
    """Why `path` is not a valid path in a repo, or None."""
    if not isinstance(path, str) or not path:
        return "a path must be a non-empty string"
    if _CONTROL.search(path):
        return "backslashes, NUL and control characters are not allowed"
    if path.startswith("/"):
        return "absolute paths are not allowed"
    try:
        size = len(path.encode("utf-8"))
    except UnicodeEncodeError:
        return "a path must be valid UTF-8"
    if size > MAX_PATH_BYTES:
        return f"longer than {MAX_PATH_BYTES} bytes"
    for part in path.split("/"):
        if part in ("", ".", ".."):
            return "empty, '.' and '..' segments are not allowed"
        if part in RESERVED:
            return f"'{part}/' is reserved"
        if len(part.encode("utf-8")) > MAX_SEGMENT_BYTES:
            return f"a name longer than {MAX_SEGMENT_BYTES} bytes"
    return None


def check_path(path: object, *, folder: bool = False) -> str:
    """`path`, or 422 naming the rule it breaks. A folder may end with one `/`."""
    candidate = path[:-1] if folder and isinstance(path, str) and path.endswith("/") else path
    problem = path_problem(candidate)
    if problem is not None:
        shown = repr(path)[:200] if isinstance(path, str) else type(path).__name__
        raise HubError(422, f"Invalid path in repo {shown}: {problem}")
    assert isinstance(candidate, str)  # path_problem refuses anything else
    return candidate
