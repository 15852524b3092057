"""Every command's help, as a CI log shows it: nothing cut short, every default shown."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import typer

from hubtools.cli.main import app

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[list[str]]:
    found: list[list[str]] = []

    def walk(cmd, path: list[str]) -> None:
        found.append(path)
        if hasattr(cmd, "commands"):  # a group (typer ships its own click: no isinstance)
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


def _run(*args: str) -> subprocess.CompletedProcess:
    """Not a terminal (pipes), and a narrow COLUMNS that must not matter."""
    return subprocess.run(
        [sys.executable, "-m", "hubtools", *args],
        capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "60"},
    )  # fmt: skip


COMMANDS = _commands()


def test_the_walk_finds_every_command():
    names = {" ".join(c) for c in COMMANDS}
    assert {"push", "data", "train", "card render", "card regen", "bulk apply", "hub serve",
            "version"} <= names  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "hubtools")
def test_help_is_whole(command):
    proc = _run(*command, "--help")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert "…" not in text  # rich's tables cut names and defaults short with it
    assert not re.search(r" \.(\s|$)", text, re.M)  # a stripped '[...]' leaves a stray ' .'
    assert text.count("[default:") == len(re.findall(r"\[default:[^\]]*\]", text))
    cmd = typer.main.get_command(app)
    for name in command:
        cmd = cmd.commands[name]
    for param in cmd.params:
        if param.param_type_name != "option" or param.hidden:
            continue
        line = next((x for x in text.splitlines() if param.opts[0] in x), None)
        assert line is not None, f"{param.opts[0]} missing from the help"
        for opt in [*param.opts, *param.secondary_opts]:
            assert re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", line), (opt, line)
        if param.is_flag or param.default in (None, [], ()) or param.name == "help":
            continue
        assert "[default:" in line or "[required]" in line, f"no default shown: {line!r}"
    assert proc.stdout.count(" -h, --help") == 1
    assert not any(line.count("[default:") > 1 for line in text.splitlines()), text


def test_version_matches_the_package_metadata():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for args in (["--version"], ["version"]):
        proc = _run(*args)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.splitlines()[0] == f"hubtools {version}"
    assert re.search(r"^torch \S+$", _run("version").stdout, re.M)
