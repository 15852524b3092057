"""How hubtools talks to people: one verbosity for every command, plain lines off a terminal.

The level comes from `--quiet` / `--verbose` or `HUBTOOLS_LOG` (debug, info, warning, error)
and travels to child processes through that variable. Off a terminal (a CI log, a file)
nothing is wrapped mid-sentence, no carriage return is written, and the libraries' own
progress bars and chatter (tqdm, W&B's run summary, transformers' advice) are kept out
unless the level is debug.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

ENV = "HUBTOOLS_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
          "error": logging.ERROR}  # fmt: skip
OFF_TERMINAL_WIDTH = 10_000  # tables at their natural width: a repo id is never cut


def level() -> int:
    return LEVELS.get(os.environ.get(ENV, "info").strip().lower(), logging.INFO)


def set_level(name: str) -> None:
    """Set the level for this process and the hubtools processes it starts."""
    os.environ[ENV] = name
    configure()


def configure() -> None:
    """Apply the level to logging and to the libraries' own switches (set before they load)."""
    current = level()
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("hubtools").setLevel(current)
    if current > logging.DEBUG:
        os.environ.setdefault("WANDB_SILENT", "true")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    if not sys.stderr.isatty():
        os.environ.setdefault("TQDM_DISABLE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def console(stderr: bool = True) -> Any:
    """A rich console that wraps only on a terminal and never highlights on its own."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(file=stream, highlight=False)
    return Console(file=stream, highlight=False, soft_wrap=True, width=OFF_TERMINAL_WIDTH)


def say(message: str) -> None:
    """A progress line for people (hidden by --quiet); 'warning: ...' lines always show."""
    is_warning = message.startswith("warning:")
    if level() <= (logging.WARNING if is_warning else logging.INFO):
        print(message, file=sys.stderr, flush=True)
