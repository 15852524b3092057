"""`hubtools data SOURCE... -o DIR`: posts in, dataset folder out, per-user table printed.

Only typer and the standard library are imported here; the sources, the dataset code and rich
are imported when the command runs, so `hubtools --help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from hubtools.dataset import DatasetSummary

SOURCES_HELP = (
    "Where the posts come from: x-archive:PATH (zip or folder), mastodon:@user@instance, "
    "mastodon-archive:PATH, bluesky:HANDLE, bluesky-archive:FILE.car, jsonl:PATH, csv:PATH, "
    "txt:PATH, or a bare path "
    "(detected from its contents). One user per source."
)


def data(
    sources: Annotated[
        list[str], typer.Argument(metavar="SOURCE", help=SOURCES_HELP, show_default=False)
    ],
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="Dataset folder to write (replaced whole).")
    ] = None,
    handle: Annotated[
        list[str] | None,
        typer.Option(
            "--handle", help="Author handle, one per SOURCE in order (overrides the source's)."
        ),
    ] = None,
    stats_only: Annotated[
        bool, typer.Option("--stats-only", help="Only count and print the table; write nothing.")
    ] = False,
    drop_replies: Annotated[
        bool, typer.Option("--drop-replies", help="Drop replies to other accounts.")
    ] = False,
    drop_duplicates: Annotated[
        bool, typer.Option("--drop-duplicates", help="Drop posts whose cleaned text repeats.")
    ] = False,
    min_words: Annotated[
        int,
        typer.Option(
            "--min-words", min=0, help="Shorter posts (words free of http/@/#) are dropped."
        ),
    ] = 3,
    content_warnings: Annotated[
        str,
        typer.Option(
            "--content-warnings",
            metavar="MODE",
            help="Mastodon posts behind a content warning: keep the warning as a first line "
            "(prefix), keep the body only (body), or drop the post (drop).",
        ),
    ] = "prefix",
    fetch_avatars: Annotated[
        bool,
        typer.Option(
            "--fetch-avatars/--no-fetch-avatars",
            help="Download network sources' avatar images into avatars/ (an export's own "
            "avatar image is always stored).",
        ),
    ] = True,
    keep_newlines: Annotated[
        bool, typer.Option("--keep-newlines", help="Keep line breaks inside posts.")
    ] = False,
    keep_reply_mentions: Annotated[
        bool,
        typer.Option(
            "--keep-reply-mentions",
            help="X archives: keep the @user mentions X puts before a reply's text.",
        ),
    ] = False,
    text_field: Annotated[
        str | None, typer.Option("--text-field", help="JSONL field / CSV column with the text.")
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            metavar="KEY=NAME",
            help="Rename a JSONL/CSV field: text, id, author, created_at or kind.",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Read at most N posts per source (newest first)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only posts from this date on (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only posts before this date.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the train/validation split.")] = 42,
    validation: Annotated[
        float, typer.Option("--validation", min=0.0, max=0.9, help="Share of posts for validation.")
    ] = 0.1,
    balance: Annotated[
        bool,
        typer.Option(
            "--balance/--no-balance", help="Repeat smaller users' posts up to the largest."
        ),
    ] = True,
    min_chars: Annotated[
        int, typer.Option("--min-chars", min=0, help="Refuse a user with less text than this.")
    ] = 6_000,
    warn_chars: Annotated[
        int, typer.Option("--warn-chars", min=0, help="Warn about a user with less text than this.")
    ] = 40_000,
    max_item_mb: Annotated[
        int,
        typer.Option(
            "--max-item-mb",
            min=1,
            help="Refuse an input whose single post, JSON element, line or CSV field is larger.",
        ),
    ] = 16,
    max_member_mb: Annotated[
        int,
        typer.Option("--max-member-mb", min=1, help="Refuse a file in a zip that inflates larger."),
    ] = 4096,
    max_zip_ratio: Annotated[
        int,
        typer.Option(
            "--max-zip-ratio",
            min=1,
            help="Refuse a file in a zip that inflates more than this many times (zip bombs).",
        ),
    ] = 100,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the statistics as one JSON document instead of a table."
        ),
    ] = False,
) -> None:
    """Build a dataset folder from posts, and print each user's statistics."""
    from hubtools.dataset import (
        CleanRules,
        DatasetOptions,
        Rules,
        build_dataset,
        collect,
        summarize,
    )
    from hubtools.errors import UserError
    from hubtools.sources import LoadOptions, parse_spec
    from hubtools.sources.model import CONTENT_WARNINGS, InputLimits, MiB

    if out is None and not stats_only:
        raise UserError("no output folder: give -o DIR (or --stats-only to just count)")
    handles = list(handle or [])
    if handles and len(handles) != len(sources):
        raise UserError(
            f"{len(handles)} --handle for {len(sources)} sources: give one --handle per SOURCE, "
            "in the same order"
        )
    if content_warnings not in CONTENT_WARNINGS:
        raise UserError(
            f"--content-warnings {content_warnings!r}: use one of {', '.join(CONTENT_WARNINGS)}"
        )
    specs = [parse_spec(s, handles[i] if handles else None) for i, s in enumerate(sources)]
    fields = _fields(field or [], text_field)
    options = DatasetOptions(
        rules=Rules(
            clean=CleanRules(keep_newlines=keep_newlines),
            min_words=min_words,
            drop_replies=drop_replies,
            drop_duplicates=drop_duplicates,
        ),
        load=LoadOptions(
            fields=fields,
            limit=limit,
            since=since,
            until=until,
            keep_reply_mentions=keep_reply_mentions,
            content_warnings=content_warnings,
            limits=InputLimits(
                max_item_bytes=max_item_mb * MiB,
                max_member_bytes=max_member_mb * MiB,
                max_zip_ratio=max_zip_ratio,
            ),
        ),
        seed=seed,
        validation_fraction=validation,
        balance=balance,
        min_chars=min_chars,
        warn_chars=warn_chars,
        fetch_avatars=fetch_avatars,
    )

    from hubtools import progress

    with progress.shown():  # a line per source read (a bar on a terminal), on stderr
        if stats_only:
            summary = summarize(collect(specs, options), options)
        else:
            assert out is not None
            summary = build_dataset(specs, out, options)
    if as_json:
        _print_json(summary)
    else:
        _print(summary, drop_replies=drop_replies, drop_duplicates=drop_duplicates)


def _fields(pairs: list[str], text_field: str | None) -> dict[str, str]:
    from hubtools.errors import UserError

    fields: dict[str, str] = {}
    for pair in pairs:
        key, sep, name = pair.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise UserError(f"--field {pair!r}: write KEY=NAME, e.g. --field text=body")
        fields[key.strip()] = name.strip()
    if text_field:
        fields["text"] = text_field
    return fields


def _languages(shares: dict[str, float]) -> str:
    """`de 62%, en 35%` (most used first), or `-` when none was found."""
    return ", ".join(f"{code} {share:.0%}" for code, share in shares.items()) or "-"


def _print_json(summary: DatasetSummary) -> None:
    """One JSON document on stdout (every count, zeros included); warnings also on stderr."""
    import dataclasses
    import json

    for warning in summary.warnings:
        print(f"hubtools: warning: {warning}", file=sys.stderr)
    payload = {
        "out_dir": None if summary.out_dir is None else str(summary.out_dir),
        "key": summary.key,
        "users": [dataclasses.asdict(user) for user in summary.users],
        "warnings": summary.warnings,
    }
    print(json.dumps(payload, indent=2, ensure_ascii=False))


def _print(summary: DatasetSummary, *, drop_replies: bool, drop_duplicates: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    users = summary.users
    table = Table(title="Training data", title_justify="left")
    table.add_column("Data")
    for user in users:
        name = user.display_name or user.handle
        table.add_column(f"{name}\n@{user.handle}", justify="right")
    repeats = any(u.stats.duplicates for u in users)  # the same post id twice
    rows = [
        ("Posts downloaded", "downloaded"),
        ("Reposts", "retweets"),
        *([("Replies", "replies")] if drop_replies else []),
        ("Short posts", "short"),
        *([("Duplicates", "duplicates")] if drop_duplicates or repeats else []),
        *([("Private posts", "private")] if any(u.stats.private for u in users) else []),
        *(
            [("Behind a content warning", "content_warning")]
            if any(u.stats.content_warning for u in users)
            else []
        ),
        ("Posts kept", "kept"),
    ]
    for label, key in rows:
        table.add_row(label, *(f"{getattr(u.stats, key):,}" for u in users))
    table.add_row("Languages", *(_languages(u.language_shares) for u in users))
    if summary.out_dir is not None:
        table.add_section()
        table.add_row("Train rows", *(f"{u.train_rows:,}" for u in users))
        table.add_row("Validation rows", *(f"{u.validation:,}" for u in users))
    console = Console(soft_wrap=True)
    console.print(table)
    err = Console(stderr=True, soft_wrap=True)
    for warning in summary.warnings:
        err.print(f"hubtools: warning: {warning}", markup=False, highlight=False)
    if summary.out_dir is not None:
        console.print(f"wrote {summary.out_dir}", markup=False, highlight=False)
