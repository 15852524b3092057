"""The terminal side of a regeneration run: a progress bar and the final table."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Callable, Iterator

from hubtools.publish.cardupdate import CardOutcome

_STYLE = {"updated": "green", "unchanged": "dim", "skipped": "yellow", "failed": "red"}


@contextlib.contextmanager
def progress_bar(total: int, enabled: bool = True) -> Iterator[Callable[[CardOutcome], None]]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    if not enabled:
        yield lambda outcome: None
        return
    columns = (
        TextColumn("regenerating cards"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("regen", total=total)
        yield lambda outcome: progress.advance(task)


def print_report(outcomes: list[CardOutcome], *, dry_run: bool) -> None:
    from rich.table import Table

    from hubtools.output import console as make_console

    console = make_console(stderr=False)
    for outcome in outcomes:
        if outcome.diff:
            console.print(outcome.diff, markup=False, highlight=False, end="")
    table = Table(title="dry run: nothing was written" if dry_run else None)
    for column in ("repo", "result", "details"):
        table.add_column(column, overflow="fold")  # a repo id is never cut short
    for o in outcomes:
        if o.result == "unchanged" and o.cached:
            continue  # summarised below; thousands of quiet rows help nobody
        details = o.commit_url or o.reason
        if o.unrepaired:
            details += f" (unrepaired text: {', '.join(o.unrepaired)})"
        table.add_row(o.repo_id, f"[{_STYLE[o.result]}]{o.result}[/]", details)
    if table.row_count:
        console.print(table)
    counts = Counter(o.result for o in outcomes)
    console.print(
        ", ".join(f"{counts[k]} {k}" for k in ("updated", "unchanged", "skipped", "failed"))
    )
