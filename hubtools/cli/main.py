"""The `hubtools` command line: it only wires the stages together.

Every sub-command module imports nothing heavy at import time (no torch,
transformers, wandb or accelerate), so `hubtools --help` and the card commands
start fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from hubtools.cli import bulk, card, config, data, hub, push, regen, train
from hubtools.errors import UserError

# Help is click's plain layout: it wraps words and never cuts an option name or a default
# short the way a table of fixed columns does. Off a terminal (a CI log, a pipe) it is
# not wrapped at all; the sub-commands inherit these settings.
_CONTEXT: dict[str, object] = {"help_option_names": ["-h", "--help"]}
if not sys.stdout.isatty():
    _CONTEXT.update(terminal_width=100_000, max_content_width=100_000)

app = typer.Typer(
    name="hubtools",
    help="Publish fine-tuned per-person text models to the Hugging Face Hub.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=_CONTEXT,
)
app.add_typer(hub.app, name="hub")
card.app.command("regen")(regen.regen)
app.add_typer(card.app, name="card")
app.command("data")(data.data)
app.command("train")(train.train)
app.command("push")(push.push)
app.add_typer(bulk.app, name="bulk")
app.add_typer(config.app, name="config")

_STACK = ("torch", "transformers", "huggingface_hub", "accelerate", "tokenizers", "wandb")


def _version_line() -> str:
    from importlib.metadata import version

    return f"hubtools {version('hubtools')}"


def _show_version(value: bool) -> None:
    if value:
        print(_version_line())
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only warnings and errors (HUBTOOLS_LOG=warning).")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Debug output, the libraries' too (HUBTOOLS_LOG=debug)."
        ),
    ] = False,
) -> None:
    """Publish fine-tuned per-person text models to the Hugging Face Hub."""
    from hubtools import output

    if quiet and verbose:
        raise UserError("--quiet and --verbose contradict each other; give one")
    if quiet or verbose:
        output.set_level("warning" if quiet else "debug")


@app.command("version")
def version_command() -> None:
    """Print the versions of hubtools and of the libraries it runs on (without importing them)."""
    from importlib.metadata import PackageNotFoundError, version

    print(_version_line())
    for name in _STACK:
        try:
            print(f"{name} {version(name)}")
        except PackageNotFoundError:
            print(f"{name} not installed")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user errors become one line on stderr and a non-zero exit."""
    from hubtools import output

    output.configure()
    try:
        app(args=argv, prog_name="hubtools", standalone_mode=True)
    except UserError as err:
        print(f"hubtools: error: {err}", file=sys.stderr)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        print("hubtools: interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
