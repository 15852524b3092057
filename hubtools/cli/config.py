"""`hubtools config show`: the settings every command starts from, and where each came from."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    rich_markup_mode=None,
    help="Defaults from hubtools.toml or [tool.hubtools] in pyproject.toml.",
    no_args_is_help=True,
)


@app.command()
def show(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print each setting (flag > HUBTOOLS_<KEY> > config file > built-in default) and its source."""
    import json

    from hubtools.config import load_config

    config = load_config()
    if as_json:
        payload = {k: {"value": s.value, "source": s.source} for k, s in config.settings.items()}
        print(json.dumps(payload, indent=2))
        return
    print(f"config file: {config.file or 'none found'}")
    width = max(map(len, config.settings))
    for key, setting in config.settings.items():
        shown = "(unset)" if setting.value is None else setting.value
        print(f"{key:<{width}}  {shown}  [{setting.source}]")
