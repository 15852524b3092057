"""Read a repo's card, render the new one, and commit it on the revision read, exactly once.

Shared by `card regen` (re-render existing cards) and `bulk apply` (publish a catalogue
entry's card): README.md alone changes, a concurrent edit is never overwritten blindly,
a lost answer is checked before anything is sent again, and the card passes the card
gate (lint with the Hub's facts) before it is committed.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from hubtools.publish.cardhub import CardHub
from hubtools.publish.failures import classify

__all__ = ["CardOutcome", "Render", "update_card"]

ATTEMPTS = 5


@dataclass
class CardOutcome:
    repo_id: str
    result: str  # updated | unchanged | skipped | failed
    reason: str = ""
    commit_url: str | None = None
    diff: str = ""
    unrepaired: list[str] = field(default_factory=list)
    cached: bool = False  # decided from the ledger, without reading the repo

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# The current README (None: the repo has none) -> the new card and the text it could
# not repair, or an outcome that ends the update (skipped, failed).
Render = Callable[[str | None], "tuple[str, list[str]] | CardOutcome"]


def update_card(
    hub: CardHub,
    repo_id: str,
    sha: str | None,
    render: Render,
    *,
    dry_run: bool,
    create_pr: bool = False,
    message: str,
) -> tuple[CardOutcome, str | None]:
    """Commit `render(current README)` on top of `sha`, exactly once.

    A 412 (someone committed meanwhile) or a lost answer means: read the head again; if
    our card is already there the commit landed, otherwise render again on the new head,
    so a concurrent edit is never overwritten blindly. Returns the outcome and new head.
    A card with lint errors raises `CardRejected` (a UserError) before anything is sent.
    """
    for _ in range(ATTEMPTS):
        text = hub.readme(repo_id, sha)
        rendered = render(text)
        if isinstance(rendered, CardOutcome):
            return rendered, sha
        new_text, unrepaired = rendered
        if new_text == text:
            return CardOutcome(repo_id, "unchanged", "", unrepaired=unrepaired), sha
        hub.check_card(repo_id, new_text, sha)
        if dry_run:
            diff = _diff(repo_id, text or "", new_text)
            return CardOutcome(repo_id, "updated", "dry run", diff=diff, unrepaired=unrepaired), sha
        try:
            info = hub.commit_card(
                repo_id, new_text, parent=sha, create_pr=create_pr, message=message
            )
        except Exception as err:
            kind = classify(err)
            if kind in ("bug", "refused") or (kind == "unknown" and create_pr):
                raise  # a pull request's lost answer: open no second one
            if kind == "transient":
                hub.policy.sleep(hub.policy.delay(0, err))
                continue
            now = hub.head(repo_id)  # stale, or the answer was lost: look first
            if now != sha and hub.readme(repo_id, now) == new_text:
                landed = CardOutcome(
                    repo_id, "updated", "commit (answer lost, landed)", unrepaired=unrepaired
                )
                return landed, now
            sha = now  # someone committed meanwhile (or nothing landed): redo on the head
            continue
        head = sha if create_pr else info.oid
        url = info.pr_url or info.commit_url
        kind_of = "pull request" if create_pr else "commit"
        outcome = CardOutcome(repo_id, "updated", kind_of, commit_url=url, unrepaired=unrepaired)
        return outcome, head
    return CardOutcome(repo_id, "failed", "the repo kept changing; try again later"), None


def _diff(repo_id: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            f"a/{repo_id}/README.md",
            f"b/{repo_id}/README.md",
        )
    )
