"""The `hubtools` command line: it only wires the stages together.

Every sub-command module imports nothing heavy at import time (no torch,
transformers, wandb or accelerate), so `hubtools --help` and the card commands
start fast.
"""

from __future__ import annotations

import sys

import typer

from hubtools.cli import bulk, card, data, hub, push, regen, train
from hubtools.errors import UserError

app = typer.Typer(
    name="hubtools",
    help="Publish fine-tuned per-person text models to the Hugging Face Hub.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(hub.app, name="hub")
card.app.command("regen")(regen.regen)
app.add_typer(card.app, name="card")
app.command("data")(data.data)
app.command("train")(train.train)
app.command("push")(push.push)
app.add_typer(bulk.app, name="bulk")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user errors become one line on stderr and a non-zero exit."""
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
