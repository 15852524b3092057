"""Re-render the cards of existing repos with a (new) template, losing nothing.

Per repo: read the head (from the listing when there is one), skip it if the ledger
says nothing moved since the last run, GET README.md (one request), parse it into a
spec (unknown front-matter keys and hand-written sections ride along), render, and
commit README.md alone on top of the revision it was read at (the shared card update
in `hubtools.publish.cardupdate`, which lints the card first: a card with lint errors
fails that repo and the run goes on). A 412 means someone committed meanwhile: read
again and redo, never overwrite blindly.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from hubtools.errors import UserError
from hubtools.publish.cardhub import CardHub, RepoHead
from hubtools.publish.cardupdate import CardOutcome, update_card
from hubtools.publish.failures import failure
from hubtools.publish.ledger import Ledger, LedgerEntry, template_id

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


class Regenerator:
    def __init__(self, hub: CardHub, ledger: Ledger, options: RegenOptions) -> None:
        self.hub = hub
        self.ledger = ledger
        self.options = options
        self.template_id = template_id(options.template)

    def run(
        self, heads: list[RepoHead], progress: Callable[[CardOutcome], None] = lambda o: None
    ) -> list[CardOutcome]:
        def one(head: RepoHead) -> CardOutcome:
            outcome = self.regen_one(head)
            progress(outcome)
            return outcome

        with ThreadPoolExecutor(max_workers=max(1, self.options.jobs)) as pool:
            return list(pool.map(one, heads))

    def regen_one(self, head: RepoHead) -> CardOutcome:
        repo_id = head.repo_id
        try:
            sha = head.sha or self.hub.head(repo_id)
            previous = self.ledger.fresh(repo_id, sha, self.template_id)
            if previous is not None:
                result = "skipped" if previous.result == "skipped" else "unchanged"
                reason = previous.reason if result == "skipped" else "head unchanged since last run"
                return CardOutcome(repo_id, result, reason, cached=True)
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
            why = failure(err)
            if why is None:
                raise
            outcome, new_head = CardOutcome(repo_id, "failed", why), None
        if not self.options.dry_run:
            self.ledger.record(
                LedgerEntry(
                    repo_id, new_head or "", self.template_id, outcome.result, outcome.reason
                )
            )
        return outcome

    def _render(self, repo_id: str, text: str | None) -> tuple[str, list[str]] | CardOutcome:
        from hubtools.cards.parse import parse_card
        from hubtools.cards.render import render_card

        if text is None:
            return CardOutcome(repo_id, "skipped", "no README.md")
        try:
            parsed = parse_card(text, source=f"{repo_id}/README.md")
        except UserError as err:
            return CardOutcome(repo_id, "skipped", f"card not parsed: {err}")
        if parsed.layout not in LAYOUT_TEMPLATE:
            return CardOutcome(
                repo_id, "skipped", "not a hubtools or huggingtweets card (left untouched)"
            )
        template = self.options.template or LAYOUT_TEMPLATE[parsed.layout]
        try:
            return render_card(parsed.spec, template), list(parsed.unrepaired)
        except UserError as err:
            return CardOutcome(repo_id, "failed", f"render failed: {err}")
