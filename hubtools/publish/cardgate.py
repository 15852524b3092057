"""Lint a card on its way into a commit: an error stops that commit, warnings are told.

Every commit that carries a card passes here first, whoever makes it (`push`, `card
regen`, `bulk apply`): base models and datasets must exist on the Hub the commit goes
to, and images linked into the repo must be files of the repo once the commit lands
(those it adds plus those already there and not deleted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from hubtools.cards.lint import Finding, HubLookup, RepoFiles, lint_card
from hubtools.errors import UserError

__all__ = ["CardGate", "CardRejected", "files_after_commit"]

CARD = "README.md"


class CardRejected(UserError):
    """The card has lint errors: nothing was committed."""

    def __init__(self, repo_id: str, errors: list[Finding]) -> None:
        first = errors[0]
        more = f" (and {len(errors) - 1} more error(s))" if len(errors) > 1 else ""
        super().__init__(
            f"{repo_id}/{CARD}:{first.line}: {first.code}: {first.message}{more}; "
            "nothing was committed (`hubtools card lint` shows every finding)"
        )
        self.findings = errors


@dataclass
class CardGate:
    """`facts`: the Hub's answers on existence (None: format checks only); `log`: where
    warnings go, one `warning: ...` line each."""

    facts: HubLookup | None
    log: Callable[[str], None]
    endpoint: str | None = None

    def check(
        self,
        repo_id: str,
        card: bytes | Path,
        has: Callable[[str], bool],
        *,
        revisions: Iterable[str | None] = ("main",),
    ) -> list[Finding]:
        """Lint `card` as it will be committed to `repo_id`; raise `CardRejected` on errors."""
        data = card.read_bytes() if isinstance(card, Path) else card
        repo = RepoFiles(
            has=has,
            repo_id=repo_id,
            endpoint=self.endpoint,
            revisions=frozenset(r for r in revisions if r),
        )
        findings = lint_card(data, f"{repo_id}/{CARD}", hub=self.facts, repo=repo)
        errors = [f for f in findings if f.severity == "error"]
        for finding in findings:
            if finding.severity == "warning" or finding in errors[1:]:
                self.log(_line(finding))
        if errors:
            raise CardRejected(repo_id, errors)
        return findings


def _line(finding: Finding) -> str:
    """`warning: FILE:LINE: CODE: MESSAGE`, the way `say` recognises a warning."""
    return f"{finding.severity}: {finding.file}:{finding.line}: {finding.code}: {finding.message}"


def files_after_commit(
    adding: Iterable[str], deleting: Iterable[str], existing: Callable[[], Iterable[str]]
) -> Callable[[str], bool]:
    """Is a path a file of the repo once the commit lands? The repo's current files are
    asked for (`existing`, one request) only when a link needs them, and only once."""
    added, deleted = frozenset(adding), frozenset(deleting)
    cache: list[frozenset[str]] = []

    def has(path: str) -> bool:
        if path in added:
            return True
        if path in deleted:
            return False
        if not cache:
            cache.append(frozenset(existing()))
        return path in cache[0]

    return has
