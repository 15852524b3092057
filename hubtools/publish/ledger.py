"""What the last card update saw of each repo, so a re-run skips repos that did not move.

An append-only JSON-lines file: one line per repo outcome, the last line for a repo
wins. Appending is cheap enough to do after every repo (an interrupted run resumes
where it stopped), and a torn last line from a crash is simply ignored. `card regen`
keeps one per endpoint; `bulk apply` uses one as its `--state` file.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["DONE", "Ledger", "LedgerEntry", "template_id"]

DONE = ("updated", "unchanged", "skipped")


@dataclass(frozen=True)
class LedgerEntry:
    repo_id: str
    head: str  # the repo's head after this run (our commit, or what we read)
    template_id: str  # what the card was rendered with (or a bulk entry's key, a build hash)
    result: str  # updated | unchanged | skipped | failed | job
    reason: str = ""


class Ledger:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, LedgerEntry] = {}
        self._lock = threading.Lock()
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = LedgerEntry(**json.loads(line))
                except (ValueError, TypeError):
                    continue  # a torn line from an interrupted run
                self._entries[entry.repo_id] = entry

    def fresh(self, repo_id: str, head: str | None, template_id: str) -> LedgerEntry | None:
        """The previous outcome, if it still holds: same head, same template, finished."""
        entry = self._entries.get(repo_id)
        if (
            entry
            and head
            and entry.head == head
            and entry.template_id == template_id
            and entry.result in DONE
        ):
            return entry
        return None

    def job_for(self, repo_id: str, build_hash: str) -> str | None:
        """The id of the last job launched to publish this build of the repo (bulk)."""
        entry = self._entries.get(repo_id)
        if entry and entry.result == "job" and entry.template_id == build_hash:
            return entry.reason
        return None

    def record(self, entry: LedgerEntry) -> None:
        with self._lock:
            self._entries[entry.repo_id] = entry
            if self.path is None:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")


def template_id(name: str | None) -> str:
    """A fingerprint of the template's files, so editing one line re-renders every card.

    Built-in templates share partials, so they are fingerprinted together.
    """
    from hubtools.cards.templates import BUILTIN_TEMPLATES, builtin_root

    if name is None or name in BUILTIN_TEMPLATES:
        return f"{name or 'same-layout'}:" + _fingerprint([builtin_root()])
    return f"{name}:" + _fingerprint([Path(name)])


def _fingerprint(dirs: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for directory in dirs:
        for file in sorted(p for p in directory.rglob("*") if p.is_file()):
            digest.update(
                file.relative_to(directory).as_posix().encode() + b"\0" + file.read_bytes()
            )
    return digest.hexdigest()[:16]
