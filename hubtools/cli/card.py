"""`hubtools card ...` (owned by the card engine).

Only typer and the standard library are imported here; each command imports the
card engine when it runs, so `hubtools card render` starts in well under a second.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from hubtools.cards.lint import HubLookup, RepoFiles

app = typer.Typer(
    rich_markup_mode=None, help="Render, parse and lint model cards.", no_args_is_help=True
)

STDIN = "-"


class LintFormat(StrEnum):
    text = "text"
    json = "json"


def _read_input(name: str, what: str) -> tuple[str, str]:
    """(text, display name) of a file argument or stdin (`-`)."""
    from hubtools.errors import UserError

    if name == STDIN:
        data = sys.stdin.buffer.read()
        source = "<stdin>"
    else:
        try:
            data = Path(name).read_bytes()
        except FileNotFoundError:
            raise UserError(f"{name}: no such {what}; check the path") from None
        except OSError as err:
            raise UserError(f"{name}: cannot read {what} ({err.strerror})") from None
        source = name
    try:
        return data.decode("utf-8-sig"), source
    except UnicodeDecodeError as err:
        raise UserError(f"{source}: byte {err.start} is not UTF-8; save it as UTF-8") from None


def _write_output(text: str, output: Path | None) -> None:
    """Exactly these bytes to stdout (no added newline), or atomically to `output`.

    Devices and pipes (`-o /dev/stdout`) are written in place: renaming a file over
    them would replace the device. A symlink is followed, so the link survives.
    """
    data = text.encode("utf-8")
    if output is None:
        typer.echo(data, nl=False)
        return
    from hubtools.errors import UserError

    target = output.resolve() if output.is_symlink() else output
    if target.is_dir():
        raise UserError(f"{output}: is a directory; give a file name for the output")
    if target.exists() and not target.is_file():
        with open(target, "wb") as stream:
            stream.write(data)
        return
    from hubtools.atomic import write_bytes

    write_bytes(target, data)


@app.command()
def render(
    spec: Annotated[str, typer.Argument(help="Card spec YAML file, or - to read it from stdin.")],
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            "-t",
            help="huggingtweets, huggingtweets-legacy, default, or a directory with "
            "README.md.j2 (default: the spec's template).",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the card here instead of stdout.")
    ] = None,
    from_hub: Annotated[
        bool,
        typer.Option(
            "--from-hub",
            help="Take the counts (and run facts) the spec lacks from the card published for "
            "its repo_id on the configured Hub (HF_ENDPOINT).",
        ),
    ] = False,
) -> None:
    """Render a card spec or catalogue entry into README.md.

    A catalogue entry's build: section is ignored; counts it lacks show as '?' (with a
    warning) unless --from-hub reads them from the published card.
    """
    from hubtools.cards.entry import published_spec, render_input
    from hubtools.cards.render import render_card

    text, source = _read_input(spec, "spec file")
    published = None
    if from_hub:
        published = published_spec(render_input(text, source).spec.repo_id)
    draft = render_input(text, source, published)
    for warning in draft.warnings:
        typer.echo(f"hubtools: warning: {warning}", err=True)
    card = render_card(draft.spec, template, placeholder=draft.placeholder)
    _write_output(card, output)


@app.command()
def parse(
    card: Annotated[str, typer.Argument(help="README.md of a model, or - to read it from stdin.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the spec here instead of stdout.")
    ] = None,
) -> None:
    """Read an existing card into a card spec (warnings go to stderr)."""
    from hubtools.cards.parse import parse_card

    text, source = _read_input(card, "card")
    result = parse_card(text, source=source, verify=True)
    for warning in result.warnings:
        typer.echo(f"hubtools: warning: {warning}", err=True)
    _write_output(result.spec.to_yaml(), output)


@app.command()
def lint(
    files: Annotated[list[Path], typer.Argument(help="Cards (README.md files) to check.")],
    format: Annotated[
        LintFormat, typer.Option("--format", "-f", help="text (one finding a line) or json.")
    ] = LintFormat.text,
    repo: Annotated[
        str | None,
        typer.Option(
            "--repo",
            help="The card's repo on the Hub: images linked into it must be its files "
            "[default: relative images must be files next to the card].",
        ),
    ] = None,
    offline: Annotated[
        bool, typer.Option(help="Do not ask the Hub whether base models and datasets exist.")
    ] = False,
) -> None:
    """Check cards for what the Hub would reject or misread; exit 1 on errors.

    Base models and datasets are looked up on the configured Hub (HF_ENDPOINT) when it
    answers; when it does not, one warning says they were checked for format only.
    """
    import json

    from hubtools.cards.lint import lint_files

    notes: list[str] = []
    hub, repo_files = _lint_context(repo, offline, notes.append)
    findings = lint_files(files, hub=hub, repo=repo_files)
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    for note in notes:
        typer.echo(f"hubtools: warning: {note}", err=True)
    if format is LintFormat.json:
        report = {
            "files": [str(f) for f in files],
            "errors": errors,
            "warnings": warnings,
            "hub": "offline" if offline or notes else "checked",
            "findings": [f.to_dict() for f in findings],
        }
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            typer.echo(finding.format())
        typer.echo(f"{errors} error(s), {warnings} warning(s) in {len(files)} file(s)", err=True)
    if errors:
        raise typer.Exit(1)


def _lint_context(
    repo: str | None, offline: bool, note: Callable[[str], None]
) -> tuple[HubLookup | None, RepoFiles | None]:
    """The Hub lookups lint may make (none with --offline) and, with --repo, its files."""
    if offline:
        return None, None
    from huggingface_hub import HfApi

    from hubtools.cards.lint import RepoFiles
    from hubtools.errors import UserError
    from hubtools.publish.failures import failure
    from hubtools.publish.hubfacts import HubFacts
    from hubtools.repo_names import repo_id_problem

    api = HfApi()
    facts = HubFacts(api, on_offline=note)
    if repo is None:
        return facts, None
    if repo_id_problem(repo) or "/" not in repo:
        raise UserError(f"--repo {repo!r}: expected a repo id like namespace/name")
    try:
        names = frozenset(api.list_repo_files(repo))
    except Exception as err:
        why = failure(err)
        if why is None:
            raise
        raise UserError(f"--repo {repo}: cannot list its files ({why})") from None
    return facts, RepoFiles(has=names.__contains__, repo_id=repo, endpoint=api.endpoint)


@app.command()
def preview(
    card: Annotated[
        str, typer.Argument(help="A card spec (YAML) or a README.md, or - to read it from stdin.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the page here (default: stdout, unless --png)."),
    ] = None,
    png: Annotated[
        Path | None,
        typer.Option("--png", help="Also screenshot the page with a headless Chromium."),
    ] = None,
    template: Annotated[
        str | None, typer.Option("--template", "-t", help="Template for a spec (see render).")
    ] = None,
    repo_id: Annotated[
        str | None,
        typer.Option("--repo-id", help="Repo id shown on the page (default: the spec's)."),
    ] = None,
    window_size: Annotated[
        str, typer.Option("--window-size", help="Screenshot size, WIDTH,HEIGHT in pixels.")
    ] = "1280,1800",
) -> None:
    """Show a card as the Hub's model page before it is published (HTML, or a PNG)."""
    from hubtools.cards.preview import card_text, find_chromium, preview_html, screenshot
    from hubtools.errors import UserError

    width, _, height = window_size.partition(",")
    if not (width.isdigit() and height.isdigit() and 0 < int(width) <= 8000 >= int(height) > 0):
        raise UserError(f"--window-size must be WIDTH,HEIGHT in pixels, not {window_size!r}")
    if png is not None and find_chromium() is None:  # before anything is written
        raise UserError(
            "--png needs a headless Chromium and none is installed; install it "
            "(apt-get install chromium) or set HUBTOOLS_CHROMIUM to its path"
        )
    text, source = _read_input(card, "card or spec")
    readme, spec_repo = card_text(text, source, template)
    base = None if card == STDIN else Path(card).resolve().parent.as_uri() + "/"
    shown = repo_id or spec_repo or f"preview/{Path(source).stem if card != STDIN else 'card'}"
    html = preview_html(readme, repo_id=shown, base=base)
    if png is not None:
        screenshot(html, png, width=int(width), height=int(height))
    if output is not None or png is None:
        _write_output(html, output)
