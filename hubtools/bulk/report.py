"""What a bulk run tells people: a terminal table, JSON, and the GitHub job summary."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from hubtools.atomic import write_text
from hubtools.bulk.engine import Item

_STYLE = {
    "done": "green",
    "nothing": "dim",
    "planned": "cyan",
    "skipped": "yellow",
    "failed": "red",
}


def print_table(items: list[Item], title: str) -> None:
    from rich.table import Table

    from hubtools.output import console as make_console

    table = Table(title=title)
    for column in ("repo", "kind", "action", "result", "details", "s"):
        # on a narrow terminal a repo id folds onto the next line; it is never cut short
        table.add_column(column, justify="right" if column == "s" else "left", overflow="fold")
    for i in items:
        details = i.error or i.commit_url or i.reason
        style = _STYLE.get(i.result, "")
        table.add_row(
            i.repo_id, i.kind, i.action, f"[{style}]{i.result}[/]", details, f"{i.duration_s:.1f}"
        )
    console = make_console(stderr=False)
    console.print(table)
    counts = Counter(i.result for i in items)
    console.print(", ".join(f"{n} {k}" for k, n in sorted(counts.items())))


def markdown(items: list[Item], endpoint: str, title: str) -> str:
    """The job-page summary: repo links, action, commit link, duration, failures with reasons."""
    lines = [
        f"### {title}",
        "",
        "| repo | action | result | commit / reason | duration |",
        "| --- | --- | --- | --- | --- |",
    ]
    for i in items:
        repo = f"[{i.repo_id}]({endpoint}/{i.repo_id})" if "?" not in i.repo_id else i.repo_id
        detail = f"[commit]({i.commit_url})" if i.commit_url else (i.error or i.reason)
        detail = detail.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {repo} | {i.action} | {i.result} | {detail} | {i.duration_s:.1f}s |")
    counts = Counter(i.result for i in items)
    lines += ["", ", ".join(f"**{n}** {k}" for k, n in sorted(counts.items()))]
    return "\n".join(lines) + "\n"


def write_reports(items: list[Item], endpoint: str, title: str, report: Path | None) -> None:
    if report is not None:
        write_text(report, json.dumps([i.to_json() for i in items], indent=2) + "\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(markdown(items, endpoint, title))
