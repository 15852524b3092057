"""`hubtools push USER... --source SOURCE...`: from posts to a published model in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hubtools.train.config import help_with_default as _train_help

# The training options are TrainConfig's (help and default from its declarations); None here
# means "TrainConfig's default", which the help shows.


def push(
    users: Annotated[list[str], typer.Argument(help="Handles, in the order the card shows them.")],
    source: Annotated[
        list[str],
        typer.Option(
            "--source", "-s", help="One source per user (x-archive:PATH, mastodon:@u@host, ...)."
        ),
    ] = [],  # noqa: B006
    workdir: Annotated[
        Path | None,
        typer.Option(help="Where the stages keep their work. [default: ./hubtools-work/NAME]"),
    ] = None,
    namespace: Annotated[
        str | None, typer.Option(help="Hub user or org. [default: the token's user]")
    ] = None,
    base_model: Annotated[
        str | None,
        typer.Option(help="Hub id or local folder of the base model. [default: gpt2]"),
    ] = None,
    base_model_id: Annotated[
        str | None,
        typer.Option(
            help="The Hub id the card names as base model, when --base-model is a local folder "
            "saved from it. [default: what the run recorded; a local model has none]"
        ),
    ] = None,
    private: Annotated[bool, typer.Option(help="Create the repo private.")] = False,
    template: Annotated[
        str | None, typer.Option(help="Card template name or directory. [default: default]")
    ] = None,
    license: Annotated[str | None, typer.Option(help="License id for the card (e.g. mit).")] = None,
    language: Annotated[
        list[str] | None,
        typer.Option(
            help="Language of the posts, ISO 639-1 (repeatable). [default: detected in the posts]"
        ),
    ] = None,
    widget: Annotated[
        list[str] | None, typer.Option(help="Widget prompt (repeatable). [default: My dream is]")
    ] = None,
    epochs: Annotated[float | None, typer.Option(help=_train_help("epochs"))] = None,
    lr: Annotated[float | None, typer.Option(help=_train_help("lr"))] = None,
    batch_size: Annotated[int | None, typer.Option(help=_train_help("batch_size"))] = None,
    block_size: Annotated[int | None, typer.Option(help=_train_help("block_size"))] = None,
    max_steps: Annotated[int | None, typer.Option(help=_train_help("max_steps"))] = None,
    seed: Annotated[int | None, typer.Option(help=_train_help("seed"))] = None,
    tracker: Annotated[str | None, typer.Option(help=_train_help("tracker"))] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            help="Print what would be published (the files that change, the card) and publish "
            "nothing. Never trains: without a finished run the training figures read pending."
        ),
    ] = False,
    card_only: Annotated[
        bool, typer.Option(help="Re-render and publish only the card of a finished run.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a machine-readable result.")
    ] = False,
    card_spec: Annotated[
        Path | None,
        typer.Option(help="A card spec (or catalogue entry) whose presentation the card takes."),
    ] = None,
    wait: Annotated[
        bool, typer.Option(help="If another push uses the workdir, wait for it instead of failing.")
    ] = False,
    build_hash: Annotated[
        str | None, typer.Option(hidden=True, help="Recorded in hubtools.json (bulk).")
    ] = None,
) -> None:
    """Posts -> dataset -> fine-tuned model -> card -> one commit on the Hub."""
    import json
    import sys

    from hubtools import output
    from hubtools.config import load_config
    from hubtools.push.pipeline import PushOptions, repo_name, run_push

    config = load_config()  # flag > HUBTOOLS_<KEY> > hubtools.toml / pyproject > default
    tracker = config.get("tracker", tracker)
    overrides = {"epochs": epochs, "lr": lr, "batch_size": batch_size, "block_size": block_size,
                 "max_steps": max_steps, "seed": seed, "tracker": tracker}  # fmt: skip
    base, base_language = _card_base(card_spec)
    options = PushOptions(
        handles=users,
        sources=source,
        workdir=workdir or Path("hubtools-work") / repo_name([u.lstrip("@") for u in users]),
        namespace=config.get("namespace", namespace),
        base_model=config.get("base_model", base_model) or "gpt2",
        private=private,
        template=config.get("template", template),
        license=config.get("license", license),
        widget=widget or ["My dream is"],
        train={k: v for k, v in overrides.items() if v is not None},
        dry_run=dry_run,
        card_only=card_only,
        card_base=base,
        language=(language[0] if len(language) == 1 else language) if language else base_language,
        meta={"build_hash": build_hash} if build_hash else {},
        base_model_id=base_model_id,
        wait=wait,
    )
    from huggingface_hub import HfApi

    from hubtools import progress

    with progress.shown():  # reading, tokenizing, loading, training: lines or bars on stderr
        outcome = run_push(options, HfApi(), say=output.say)
    result = outcome.publish
    if as_json:
        payload = {"repo_id": outcome.repo_id, "stages": outcome.stages, **result.to_json()}
        print(json.dumps({**payload, "pending": outcome.pending}, indent=2))
        return
    if dry_run:
        for change in result.changes:
            print(f"{change.kind:>7}  {change.path}  ({change.size:,} bytes)")
        for what in outcome.pending:
            print(f"pending  {what}")
        print()
        sys.stdout.write(outcome.card)
        return
    if result.action == "unchanged":
        print(f"{outcome.repo_id}: nothing changed, no commit made")
    else:
        print(result.commit_url)


def _card_base(path: Path | None):
    """A catalogue entry's card, and its language if the entry states one."""
    if path is None:
        return None, None
    from hubtools.bulk.catalogue import load_entry
    from hubtools.errors import UserError

    entry = load_entry(path)
    if entry.error or entry.spec is None:
        raise UserError(entry.error or f"{path}: no card spec in this file")
    return entry.spec, entry.spec.language if entry.language_set else None
