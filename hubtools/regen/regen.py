"""Re-render the cards of existing repos with a (new) template, losing nothing.

Per repo: read the head (from the listing when there is one), skip it if the ledger
says nothing moved since the last run, GET README.md (one request), parse it into a
spec (unknown front-matter keys and hand-written sections ride along), render, and
commit README.md alone on top of the revision it was read at. A 412 means someone
committed meanwhile: read again and redo, never overwrite blindly.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from hubtools.errors import UserError
from hubtools.publish.retry import commit_failure, failure
from hubtools.regen.hubcalls import CardHub, RepoHead
from hubtools.regen.ledger import Ledger, LedgerEntry

# The template a parsed layout re-renders with when none is asked for.
LAYOUT_TEMPLATE = {
    "huggingtweets": "huggingtweets",
    "huggingtweets-legacy": "huggingtweets-legacy",
    "default": "default",
}


@dataclass
class RegenOptions:
    template: str | None = None  # None: the template the card already uses
    dry_run: bool = False
    create_pr: bool = False
    jobs: int = 4
    message: str = "Regenerate model card with hubtools"


@dataclass
class Outcome:
    repo_id: str
    result: str  # updated | unchanged | skipped | failed
    reason: str = ""
    commit_url: str | None = None
    diff: str = ""
    unrepaired: list[str] = field(default_factory=list)
    cached: bool = False  # decided from the ledger, without reading the repo

    def to_json(self) -> dict:
        return asdict(self)


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


class Regenerator:
    def __init__(self, hub: CardHub, ledger: Ledger, options: RegenOptions) -> None:
        self.hub = hub
        self.ledger = ledger
        self.options = options
        self.template_id = template_id(options.template)

    def run(
        self, heads: list[RepoHead], progress: Callable[[Outcome], None] = lambda o: None
    ) -> list[Outcome]:
        def one(head: RepoHead) -> Outcome:
            outcome = self.regen_one(head)
            progress(outcome)
            return outcome

        with ThreadPoolExecutor(max_workers=max(1, self.options.jobs)) as pool:
            return list(pool.map(one, heads))

    def regen_one(self, head: RepoHead) -> Outcome:
        repo_id = head.repo_id
        try:
            sha = head.sha or self.hub.head(repo_id)
            previous = self.ledger.fresh(repo_id, sha, self.template_id)
            if previous is not None:
                result = "skipped" if previous.result == "skipped" else "unchanged"
                reason = previous.reason if result == "skipped" else "head unchanged since last run"
                return Outcome(repo_id, result, reason, cached=True)
            outcome, new_head = update_card(
                self.hub,
                repo_id,
                sha,
                lambda text: self._render(repo_id, text),
                dry_run=self.options.dry_run,
                create_pr=self.options.create_pr,
                message=self.options.message,
            )
        except Exception as err:
            reason = failure(err)
            if reason is None:
                raise
            outcome, new_head = Outcome(repo_id, "failed", reason), None
        if not self.options.dry_run:
            self.ledger.record(
                LedgerEntry(
                    repo_id, new_head or "", self.template_id, outcome.result, outcome.reason
                )
            )
        return outcome

    def _render(self, repo_id: str, text: str | None) -> tuple[str, list[str]] | Outcome:
        from hubtools.cards.parse import parse_card
        from hubtools.cards.render import render_card

        if text is None:
            return Outcome(repo_id, "skipped", "no README.md")
        try:
            parsed = parse_card(text, source=f"{repo_id}/README.md")
        except UserError as err:
            return Outcome(repo_id, "skipped", f"card not parsed: {err}")
        if parsed.layout not in LAYOUT_TEMPLATE:
            return Outcome(
                repo_id, "skipped", "not a hubtools or huggingtweets card (left untouched)"
            )
        template = self.options.template or LAYOUT_TEMPLATE[parsed.layout]
        try:
            return render_card(parsed.spec, template), list(parsed.unrepaired)
        except UserError as err:
            return Outcome(repo_id, "failed", f"render failed: {err}")


Render = Callable[[str | None], "tuple[str, list[str]] | Outcome"]


def update_card(
    hub: CardHub,
    repo_id: str,
    sha: str | None,
    render: Render,
    *,
    dry_run: bool,
    create_pr: bool = False,
    message: str,
) -> tuple[Outcome, str | None]:
    """Commit `render(current README)` on top of `sha`, exactly once.

    A 412 (someone committed meanwhile) or a lost answer means: read the head again; if
    our card is already there the commit landed, otherwise render again on the new head,
    so a concurrent edit is never overwritten blindly. Returns the outcome and new head.
    """
    for _ in range(5):
        text = hub.readme(repo_id, sha)
        rendered = render(text)
        if isinstance(rendered, Outcome):
            return rendered, sha
        new_text, unrepaired = rendered
        if new_text == text:
            return Outcome(repo_id, "unchanged", "", unrepaired=unrepaired), sha
        if dry_run:
            diff = _diff(repo_id, text or "", new_text)
            return Outcome(repo_id, "updated", "dry run", diff=diff, unrepaired=unrepaired), sha
        try:
            info = hub.commit_card(
                repo_id, new_text, parent=sha, create_pr=create_pr, message=message
            )
            head = sha if create_pr else info.oid
            url = info.pr_url or info.commit_url
            kind = "pull request" if create_pr else "commit"
            return Outcome(repo_id, "updated", kind, commit_url=url, unrepaired=unrepaired), head
        except Exception as err:
            kind = commit_failure(err)
            if kind in ("bug", "refused"):
                raise
            if kind == "stale" or (kind == "unknown" and not create_pr):
                now = hub.head(repo_id)
                if now != sha and hub.readme(repo_id, now) == new_text:
                    landed = Outcome(
                        repo_id, "updated", "commit (answer lost, landed)", unrepaired=unrepaired
                    )
                    return landed, now
                sha = now  # someone committed meanwhile (or nothing landed): redo on the head
                continue
            if kind == "unknown":  # a pull request's lost answer: open no second one
                raise
            hub.policy.sleep(hub.policy.delay(0, err))
    return Outcome(repo_id, "failed", "the repo kept changing; try again later"), None


def _diff(repo_id: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            f"a/{repo_id}/README.md",
            f"b/{repo_id}/README.md",
        )
    )
