"""`hubtools hub serve`: the local Hub server; `hubtools hub import`: a folder into it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from hubtools.errors import UserError

app = typer.Typer(
    rich_markup_mode=None,
    help="Run a local Hugging Face Hub for tests, demos and dry runs.",
    no_args_is_help=True,
)


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind; anything but loopback needs --allow-remote.")
    ] = "127.0.0.1",
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Allow binding a non-loopback interface (other machines can then reach it).",
        ),
    ] = False,
    port: Annotated[int, typer.Option(help="Port; 0 picks a free one.")] = 0,
    root: Annotated[
        Path | None, typer.Option(help="State directory [default: ~/.cache/hubtools/localhub].")
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="Users, orgs and tokens (YAML or JSON).")
    ] = None,
    token: Annotated[
        list[str],
        typer.Option(help="NAME:TOKEN[:read|write]; also $HUBTOOLS_HUB_TOKENS (comma-separated)."),
    ] = [],  # noqa: B006
    org: Annotated[list[str], typer.Option(help="ORG:MEMBER[,MEMBER...]")] = [],  # noqa: B006
    fault: Annotated[
        list[str], typer.Option(help="Fault rule 'METHOD PATH:ACTION[:WHEN]' (repeatable).")
    ] = [],  # noqa: B006
    faults_file: Annotated[Path | None, typer.Option(help="JSON list of fault rules.")] = None,
    fault_seed: Annotated[int, typer.Option(help="Seed for probabilistic faults.")] = 0,
    upload_mode: Annotated[
        str, typer.Option(help="auto (LFS for big/binary files) or regular.")
    ] = "auto",
    page_size: Annotated[int, typer.Option(help="Items per page in listings.")] = 1000,
    request_log: Annotated[
        Path | None, typer.Option(help="Append a JSON line per request here.")
    ] = None,
    fsync: Annotated[
        bool, typer.Option(help="fsync every write (survive power loss, slower).")
    ] = False,
    max_json_bytes: Annotated[int, typer.Option(help="Largest JSON request body (bytes).")] = 1024
    * 1024,
    max_commit_bytes: Annotated[
        int | None,
        typer.Option(help="Largest NDJSON commit body (bytes) [default: 64 MiB; 160 in regular]."),
    ] = None,
    max_lfs_bytes: Annotated[
        int, typer.Option(help="Largest LFS object (bytes); uploads stream to disk.")
    ] = 50 * 1000**3,
    imports: Annotated[
        list[str],
        typer.Option(
            "--import",
            help="REPO_ID=DIR: put a local folder into the hub before serving (repeatable).",
        ),
    ] = [],  # noqa: B006
    admin_token: Annotated[
        str | None,
        typer.Option(
            envvar="HUBTOOLS_HUB_ADMIN_TOKEN",
            show_envvar=True,
            help="Token for /_admin/* (prefer the env var) [default: generated, on stderr].",
        ),
    ] = None,
) -> None:
    """Serve the Hub HTTP API that huggingface_hub speaks, on 127.0.0.1."""
    import json
    import secrets

    from hubtools.localhub.accounts import load_accounts
    from hubtools.localhub.app import LocalHub
    from hubtools.localhub.context import Settings
    from hubtools.localhub.faults import Faults, parse_rule
    from hubtools.localhub.server import default_root, is_loopback
    from hubtools.localhub.server import serve as run

    if upload_mode not in ("auto", "regular"):
        raise UserError(f"--upload-mode must be 'auto' or 'regular', not {upload_mode!r}")
    if not allow_remote and not is_loopback(host):
        raise UserError(
            f"--host {host} is not a loopback address: other machines could reach this hub; "
            "add --allow-remote if that is what you want"
        )
    limits = {"--max-json-bytes": max_json_bytes, "--max-lfs-bytes": max_lfs_bytes}
    if max_commit_bytes is not None:
        limits["--max-commit-bytes"] = max_commit_bytes
    for flag, value in limits.items():
        if value < 1024:
            raise UserError(f"{flag} must be at least 1024 bytes, not {value}")
    env_tokens = [t for t in os.environ.get("HUBTOOLS_HUB_TOKENS", "").split(",") if t]
    try:
        accounts = load_accounts(config, [*token, *env_tokens], org)
        rules = [parse_rule(r) for r in fault]
        if faults_file is not None:
            rules += [parse_rule(r) for r in json.loads(faults_file.read_text())]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise UserError(f"cannot start the local hub: {err}") from err
    generated = not admin_token
    admin_token = admin_token or f"hubadmin_{secrets.token_urlsafe(24)}"
    if len(admin_token) < 16 or admin_token in accounts.tokens:
        raise UserError(
            "the admin token ($HUBTOOLS_HUB_ADMIN_TOKEN) must have 16 characters or more "
            "and differ from every user token"
        )
    settings = Settings(
        upload_mode=upload_mode,
        page_size=max(1, page_size),
        max_json_bytes=max_json_bytes,
        max_commit_bytes=max_commit_bytes,
        max_lfs_bytes=max_lfs_bytes,
    )
    hub = LocalHub(
        root or default_root(),
        accounts,
        settings,
        Faults(rules, seed=fault_seed),
        request_log=request_log,
        fsync=fsync,
        admin_token=admin_token,
    )
    for spec in imports:
        repo_id, sep, folder = spec.partition("=")
        if not sep or not repo_id or not folder:
            raise UserError(f"--import {spec!r}: expected REPO_ID=DIR, e.g. gpt2=./tiny-gpt2")
        _import(hub.hub.store, repo_id, Path(folder))
    run(hub, host, port, show_admin_token=generated)


def _import(store, repo_id: str, folder: Path, repo_type: str = "model") -> None:
    from hubtools.localhub.importer import import_folder

    commit = import_folder(store, repo_id, folder, repo_type=repo_type)
    lfs = sum(1 for e in commit.tree.values() if e.is_lfs)
    print(
        f"imported {folder} as {repo_id}: commit {commit.id}, "
        f"{len(commit.tree)} files ({lfs} in LFS)",
        file=sys.stderr,
        flush=True,
    )


@app.command("import")
def import_(
    repo_id: Annotated[
        str, typer.Argument(help="Repo id: NAME (canonical, like gpt2) or NS/NAME.")
    ],
    source_dir: Annotated[Path, typer.Argument(help="The local folder (a saved model).")],
    root: Annotated[
        Path | None, typer.Option(help="State directory [default: ~/.cache/hubtools/localhub].")
    ] = None,
    repo_type: Annotated[str, typer.Option(help="model, dataset or space.")] = "model",
) -> None:
    """Put a local folder into the local Hub as one commit (LFS for big files).

    Write into a hub that is not running (it reads its root at start-up), or use
    `hub serve --import REPO_ID=DIR`.
    """
    from hubtools.localhub.server import default_root
    from hubtools.localhub.store import Store

    _import(Store(root or default_root()), repo_id, source_dir, repo_type)
