"""A repo's ref moves, appended one line each, so a commit does not rewrite repo.json.

A commit used to rewrite the whole repo.json (refs and settings) by write-and-rename.
Now it appends one JSON line, `{"seq", "kind", "name", "to", "lastModified"}`, to
`refs.log` next to it. repo.json records the last `seq` folded into it (`refLogSeq`);
loading replays the lines after that. Each line names where a ref points (not a change
of it), so replaying one twice is harmless.

A line is written whole or not at all as far as a reader is concerned: a write that
fails is cut back off the file, and a line a crash left without its newline is ignored
and cut off when the repo is next loaded. Rewriting repo.json (settings, a new branch, a
move, or once the log is long) folds the log into it and empties it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

NAME = "refs.log"
FOLD_AFTER = 1000  # lines: then repo.json is rewritten and the log emptied


def append(path: Path, record: dict[str, Any], *, fsync: bool) -> None:
    """Add one line; on any failure the file is as it was."""
    line = json.dumps(record, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
    with path.open("ab") as fh:
        size = fh.tell()
        try:
            fh.write(line)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        except BaseException:
            fh.truncate(size)
            raise


def replay(path: Path, after: int) -> list[dict[str, Any]]:
    """The records with `seq` > `after`, oldest first; a torn last line is cut off."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    end = data.rfind(b"\n") + 1
    if end < len(data):  # a crash mid-append: that move never happened
        os.truncate(path, end)
    out = []
    for line in data[:end].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if (
            isinstance(record, dict)
            and isinstance(record.get("seq"), int)
            and record["seq"] > after
        ):
            out.append(record)
    return out


def clear(path: Path) -> None:
    """Empty the log once repo.json holds everything in it."""
    if path.exists():
        os.truncate(path, 0)
