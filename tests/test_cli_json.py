"""`--json` on every command that prints a table: one JSON document on stdout, nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import typer

from hubtools.cli.main import app

# Commands that print no table: a URL or one line (serve, import, version), a file's
# content (render, parse, preview), or JSON already (train).
NO_TABLE = {"hub serve", "hub import", "card render", "card parse", "card preview", "version",
            "train"}  # fmt: skip


def _leaves() -> dict[str, object]:
    found: dict[str, object] = {}

    def walk(cmd, path: list[str]) -> None:
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])
        else:
            found[" ".join(path)] = cmd

    walk(typer.main.get_command(app), [])
    return found


def _asks_json(param) -> bool:
    """`--json`, or `--format` (card lint: `--format json`, tested below)."""
    return "--json" in param.opts or "--format" in param.opts


def test_every_command_with_a_table_has_json():
    leaves = _leaves()
    assert set(leaves) >= NO_TABLE  # the list names real commands
    missing = [
        name
        for name, cmd in leaves.items()
        if name not in NO_TABLE and not any(map(_asks_json, cmd.params))
    ]
    assert not missing, f"commands printing a table without --json: {missing}"


def _posts(path: Path) -> Path:
    rows = [f"original post number {i} with enough words" for i in range(10)]
    rows += ["RT @someone: a repost", "RT @other: another repost", "too short"]
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in rows))
    return path


def _data(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "data", *args, "--min-chars", "0", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_data_json_stats_only(tmp_path):
    proc = _data(f"jsonl:{_posts(tmp_path / 'p.jsonl')}", "--handle", "ada", "--stats-only")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)  # the whole of stdout is one document
    assert doc["out_dir"] is None and not list(tmp_path.glob("*/"))
    (user,) = doc["users"]
    assert user["handle"] == "ada"
    assert user["stats"] == {"downloaded": 13, "retweets": 2, "replies": 0, "short": 1,
                             "duplicates": 0, "private": 0, "content_warning": 0,
                             "kept": 10}  # fmt: skip
    assert "Training data" not in proc.stdout + proc.stderr  # no table anywhere


def test_data_json_agrees_with_the_dataset_written(tmp_path):
    out = tmp_path / "ds"
    proc = _data(f"jsonl:{_posts(tmp_path / 'p.jsonl')}", "--handle", "ada", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["out_dir"] == str(out)
    (record,) = json.loads((out / "users.json").read_text())
    (user,) = doc["users"]
    assert {k: v for k, v in user["stats"].items() if v} == {
        k: v for k, v in record["stats"].items() if v
    }
    rows = (out / "train.jsonl").read_text().splitlines()
    assert user["train_rows"] == len(rows) and user["validation"] == len(
        (out / "validation.jsonl").read_text().splitlines()
    )
    assert doc["key"] == json.loads((out / "manifest.json").read_text())["key"]


def test_card_lint_format_json(tmp_path):
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: not-a-license\n---\n\n# A card\n")
    proc = subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "lint", str(card), "--format", "json",
         "--offline"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert json.loads(proc.stdout), proc.stderr  # one document, findings in it
