"""A repo's `.gitignore` and `.gitattributes`, as preupload reads them on the Hub.

`.gitignore` (the client's `gitIgnore`, else the one at the revision) decides
`shouldIgnore`; the `filter=lfs` patterns of the revision's `.gitattributes` decide
which files go through LFS besides big and binary ones. Patterns are matched with
gitwildmatch semantics (`pathspec`); each file is compiled once per blob.
"""

from __future__ import annotations

from typing import Any

import pathspec

_MAX_RULES_BYTES = 1024 * 1024  # a bigger rules file is not read (the Hub caps it too)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()][:10_000]


def ignore_spec(text: str | None) -> pathspec.GitIgnoreSpec | None:
    """A matcher for `.gitignore` text, or None (nothing ignored)."""
    if not text or len(text) > _MAX_RULES_BYTES:
        return None
    try:
        return pathspec.GitIgnoreSpec.from_lines(_lines(text))
    except (ValueError, TypeError):  # pathspec's pattern errors are ValueErrors
        return None  # a broken rule file ignores nothing rather than failing uploads


def lfs_spec(text: str | None) -> pathspec.PathSpec[Any] | None:
    """A matcher for the `filter=lfs` patterns of `.gitattributes` text, or None."""
    if text is None or len(text) > _MAX_RULES_BYTES:
        return None
    patterns = []
    for line in _lines(text):
        parts = line.split()
        if parts[0].startswith("#"):
            continue
        if "filter=lfs" in parts[1:]:
            patterns.append(parts[0])
    try:
        return pathspec.PathSpec.from_lines("gitwildmatch", patterns)
    except (ValueError, TypeError):  # pathspec's pattern errors are ValueErrors
        return None
