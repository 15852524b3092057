"""Wiring for a regeneration run: the Hub client, budget, ledger and the repo selection."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hubtools.errors import UserError
from hubtools.publish.cardhub import CardHub, RepoHead
from hubtools.publish.ledger import Ledger
from hubtools.publish.retry import RateBudget, RetryPolicy
from hubtools.regen.regen import Regenerator, RegenOptions
from hubtools.repo_names import repo_id_problem


def default_ledger(endpoint: str) -> Path:
    """One ledger per Hub endpoint, so a local hub's runs never mask the real Hub's."""
    key = hashlib.sha1(endpoint.encode()).hexdigest()[:12]
    return Path.home() / ".cache" / "hubtools" / "regen" / f"{key}.jsonl"


def make_regenerator(
    template: str | None, dry_run: bool, create_pr: bool, jobs: int, rate: str, ledger: Path | None
) -> Regenerator:
    from huggingface_hub import HfApi

    from hubtools import output

    budget = RateBudget.parse(rate)
    if template is not None:
        from hubtools.cards.templates import get_template

        get_template(template)  # a bad template fails now, before any request
    api = HfApi()
    hub = CardHub(api, budget, RetryPolicy(), log=output.say)
    options = RegenOptions(template=template, dry_run=dry_run, create_pr=create_pr, jobs=jobs)
    return Regenerator(hub, Ledger(ledger or default_ledger(api.endpoint)), options)


def heads_for(
    hub: CardHub,
    repos: list[str],
    author: str | None,
    tag: str | None,
    search: str | None,
    from_file: Path | None,
) -> list[RepoHead]:
    ids = list(repos)
    if from_file is not None:
        try:
            ids += [
                line.strip()
                for line in from_file.read_text().splitlines()
                if line.strip() and not line.startswith("#")
            ]
        except OSError as err:
            raise UserError(f"{from_file}: cannot read the repo list ({err.strerror})") from None
    for repo_id in ids:
        problem = repo_id_problem(repo_id)
        if problem or "/" not in repo_id:
            raise UserError(f"invalid repo id {repo_id!r}: {problem or 'expected namespace/name'}")
    heads = [RepoHead(r, None) for r in dict.fromkeys(ids)]
    if author or tag or search:
        heads += hub.list_heads(author=author, tag=tag, search=search)
    unique: dict[str, RepoHead] = {}
    for head in heads:
        unique.setdefault(head.repo_id, head)
    return list(unique.values())
