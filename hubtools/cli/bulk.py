"""`hubtools bulk plan|apply`: publish exactly what changed in the `cards/` catalogue."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    rich_markup_mode=None,
    help="Plan and apply a catalogue of model cards (cards/*.yaml).",
    no_args_is_help=True,
)

Paths = Annotated[
    list[Path] | None, typer.Argument(help="Catalogue files or folders [default: cards].")
]
Shard = Annotated[
    str | None, typer.Option(help="Only this runner's share, I/N (stable by repo id).")
]
Only = Annotated[
    Path | None,
    typer.Option(
        help="A file of changed paths (git diff --name-only); work on entries they touch."
    ),
]
Template = Annotated[str | None, typer.Option(help="Render every card with this template.")]
Namespace = Annotated[str | None, typer.Option(help="Publish every entry under this user or org.")]
Report = Annotated[Path | None, typer.Option(help="Write the JSON report here too.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Jobs = Annotated[int, typer.Option(help="Entries processed at once.")]
Rate = Annotated[str, typer.Option(help="API call budget, CALLS/SECONDS.")]


def _select(paths, shard, only, namespace):
    from hubtools.bulk.catalogue import load_catalogue
    from hubtools.bulk.engine import parse_shard, shard_of, touched
    from hubtools.errors import UserError

    entries = load_catalogue(paths or [Path("cards")], namespace)
    if shard:
        index, total = parse_shard(shard)
        entries = [e for e in entries if shard_of(e.repo_id, total) == index]
    if only is not None:
        try:
            changed = [line.strip() for line in only.read_text().splitlines() if line.strip()]
        except OSError as err:
            raise UserError(f"{only}: cannot read the changed paths ({err.strerror})") from None
        entries = [e for e in entries if touched(e, changed)]
    return entries


def _bulk(template, jobs, rate, state=None, workdir=None, runner="local", job_options=None):
    from huggingface_hub import HfApi

    from hubtools import output
    from hubtools.bulk.engine import Bulk
    from hubtools.publish.cardhub import CardHub
    from hubtools.publish.ledger import Ledger
    from hubtools.publish.retry import RateBudget, RetryPolicy

    budget = RateBudget.parse(rate)
    hub = CardHub(HfApi(), budget, RetryPolicy(), log=output.say)
    return Bulk(hub, template=template, workdir=workdir or Path("hubtools-work"), jobs=jobs,
                state=Ledger(state) if state else None, runner=runner,
                job_options=job_options)  # fmt: skip


def _finish(items, title: str, as_json: bool, report) -> None:
    import json
    import sys

    from huggingface_hub import constants

    from hubtools.bulk.report import print_table, write_reports

    write_reports(items, constants.ENDPOINT, title, report)
    if as_json:
        print(json.dumps([i.to_json() for i in items], indent=2))
    else:
        print_table(items, title)
    if any(i.result == "failed" for i in items):
        sys.exit(1)


@app.command()
def plan(
    paths: Paths = None,
    shard: Shard = None,
    only: Only = None,
    template: Template = None,
    namespace: Namespace = None,
    jobs: Jobs = 8,
    rate: Rate = "1000/300",
    report: Report = None,
    as_json: AsJson = False,
) -> None:
    """Show what `apply` would do for each entry (create / retrain / update-card / nothing); writes nothing."""
    bulk = _bulk(template, jobs, rate)
    items = bulk.plan(_select(paths, shard, only, namespace))
    _finish(items, "hubtools bulk plan", as_json, report)


@app.command()
def apply(
    paths: Paths = None,
    shard: Shard = None,
    only: Only = None,
    template: Template = None,
    namespace: Namespace = None,
    jobs: Jobs = 4,
    rate: Rate = "1000/300",
    dry_run: Annotated[bool, typer.Option(help="Plan only; write nothing.")] = False,
    state: Annotated[
        Path | None,
        typer.Option(help="Resumable state file (one apply at a time uses it)."),
    ] = Path(".hubtools-bulk-state.jsonl"),
    workdir: Annotated[Path, typer.Option(help="Where full entries train.")] = Path(
        "hubtools-work"
    ),
    report: Report = None,
    as_json: AsJson = False,
    wait: Annotated[
        bool,
        typer.Option(help="If another apply uses the state file, wait for it instead of failing."),
    ] = False,
    runner: Annotated[
        str | None,
        typer.Option(
            help="Where full entries train: local (this machine) or hf-jobs (Hugging Face Jobs). "
            "[default: local, or the config's runner]"
        ),
    ] = None,
    flavor: Annotated[
        str, typer.Option(help="Jobs hardware for entries that name none (hf-jobs).")
    ] = "a10g-small",
    timeout: Annotated[
        str, typer.Option(help="Longest a training job may run, e.g. 90m or 2h (hf-jobs).")
    ] = "2h",
    job_image: Annotated[
        str,
        typer.Option(help="Container image of the jobs; hubtools is pip-installed if missing."),
    ] = "python:3.12",
) -> None:
    """Create, retrain or update what the plan says, entry by entry; failures do not stop the rest."""
    import contextlib

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from hubtools import output
    from hubtools.bulk.jobs import JobOptions
    from hubtools.config import load_config
    from hubtools.lockfile import exclusive

    poll = float(os.environ.get("HUBTOOLS_JOB_POLL_S", "5"))
    options = JobOptions(flavor=flavor, timeout=timeout, image=job_image, poll_s=poll)
    runner = load_config().get("runner", runner) or "local"
    bulk = _bulk(template, jobs, rate, state, workdir, runner, options)
    entries = _select(paths, shard, only, namespace)
    columns = (TextColumn("applying catalogue"), BarColumn(), MofNCompleteColumn())
    err = output.console()
    # One apply per state file: two would both start the same entries.
    lock: contextlib.AbstractContextManager = contextlib.nullcontext()
    if state and not dry_run:
        lock = exclusive(
            state.with_name(state.name + ".lock"),
            what=f"state file {state}",
            wait=wait,
            say=output.say,
        )
    with (
        lock,
        Progress(*columns, console=err, transient=True, disable=as_json) as progress,
    ):
        task = progress.add_task("apply", total=len(entries))
        items = bulk.apply(entries, dry_run=dry_run, progress=lambda item: progress.advance(task))
    _finish(items, "hubtools bulk apply" + (" (dry run)" if dry_run else ""), as_json, report)
