"""What the last regeneration saw of each repo, so a re-run skips repos that did not move.

An append-only JSON-lines file: one line per repo outcome, the last line for a repo
wins. Appending is cheap enough to do after every repo (an interrupted run resumes
where it stopped), and a torn last line from a crash is simply ignored.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

DONE = ("updated", "unchanged", "skipped")


@dataclass(frozen=True)
class LedgerEntry:
    repo_id: str
    head: str  # the repo's head after this run (our commit, or what we read)
    template_id: str
    result: str  # updated | unchanged | skipped | failed
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
