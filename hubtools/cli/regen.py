"""`hubtools card regen`: re-render the cards of models already on the Hub."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hubtools.errors import UserError


def regen(
    repos: Annotated[list[str] | None, typer.Argument(help="Repo ids (namespace/name).")] = None,
    author: Annotated[str | None, typer.Option(help="Every model of this user or org.")] = None,
    filter_tag: Annotated[
        str | None, typer.Option("--filter", help="Only models with this tag.")
    ] = None,
    search: Annotated[
        str | None, typer.Option(help="Only models whose id contains this text.")
    ] = None,
    from_file: Annotated[
        Path | None, typer.Option(help="A file of repo ids, one per line.")
    ] = None,
    template: Annotated[
        str | None, typer.Option(help="Template name or directory [default: the card's own].")
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Print a diff per repo; write nothing.")] = False,
    create_pr: Annotated[
        bool, typer.Option(help="Open pull requests instead of committing to main.")
    ] = False,
    jobs: Annotated[int, typer.Option(help="Repos processed at once.")] = 4,
    rate: Annotated[str, typer.Option(help="API call budget, CALLS/SECONDS.")] = "1000/300",
    ledger: Annotated[
        Path | None, typer.Option(help="Ledger file [default: per endpoint, in ~/.cache/hubtools].")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcomes as JSON.")] = False,
) -> None:
    """Regenerate model cards on the Hub: only README.md changes, hand edits are kept."""
    import json
    import sys

    from hubtools.regen.report import print_report, progress_bar
    from hubtools.regen.session import heads_for, make_regenerator

    if not (repos or author or filter_tag or search or from_file):
        raise UserError(
            "say which repos: give repo ids, --author, --filter, --search or --from-file"
        )
    regenerator = make_regenerator(template, dry_run, create_pr, jobs, rate, ledger)
    heads = heads_for(regenerator.hub, repos or [], author, filter_tag, search, from_file)
    with progress_bar(len(heads), enabled=not as_json) as advance:
        outcomes = regenerator.run(heads, progress=advance)
    if as_json:
        print(json.dumps([o.to_json() for o in outcomes], indent=2))
    else:
        print_report(outcomes, dry_run=dry_run)
    if any(o.result == "failed" for o in outcomes):
        sys.exit(1)
