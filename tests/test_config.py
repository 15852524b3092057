"""Defaults from hubtools.toml / [tool.hubtools]: flag > environment > file > built-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _hubtools(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("HUBTOOLS_")}
    return subprocess.run(
        [sys.executable, "-m", "hubtools", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, env={**base, **(env or {})},
    )  # fmt: skip


def _show(cwd: Path, env: dict | None = None) -> dict:
    proc = _hubtools(cwd, "config", "show", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_nothing_configured_gives_the_built_in_defaults(tmp_path):
    (tmp_path / ".git").mkdir()  # the search stops at the repository root
    shown = _show(tmp_path)
    assert shown["base_model"] == {"value": "gpt2", "source": "default"}
    assert shown["namespace"] == {"value": None, "source": "default"}


def test_pyproject_table_then_environment_on_top(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "models" / "base").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.hubtools]\nnamespace = "my-org"\n'
        'base_model = "models/base"\nlicense = "mit"\n'
    )
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    shown = _show(sub, env={"HUBTOOLS_LICENSE": "apache-2.0"})  # found from a sub-folder
    assert shown["namespace"] == {"value": "my-org", "source": str(tmp_path / "pyproject.toml")}
    # a relative folder is the one beside the file, wherever the command runs
    assert shown["base_model"]["value"] == str(tmp_path / "models" / "base")
    assert shown["license"] == {"value": "apache-2.0", "source": "env HUBTOOLS_LICENSE"}


def test_hubtools_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.hubtools]\ntemplate = "default"\n')
    (tmp_path / "hubtools.toml").write_text('template = "huggingtweets"\n')
    assert _show(tmp_path)["template"]["value"] == "huggingtweets"


def test_bad_files_are_one_line_errors(tmp_path):
    (tmp_path / ".git").mkdir()
    cases = {
        'namspace = "x"\n': "unknown setting 'namspace'",
        "namespace = 3\n": "namespace must be a non-empty string",
        "namespace = \n": "not valid TOML",
    }
    for text, expected in cases.items():
        (tmp_path / "hubtools.toml").write_text(text)
        proc = _hubtools(tmp_path, "config", "show")
        assert proc.returncode == 2
        assert expected in proc.stderr and "hubtools.toml" in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_push_takes_its_namespace_from_the_config_and_a_flag_overrides_it(clean_hub, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "hubtools.toml").write_text('namespace = "somebody-else"\n')
    posts = tmp_path / "p.jsonl"
    posts.write_text(json.dumps({"text": "a fictional post"}) + "\n")
    args = ["push", "ada", "--source", f"jsonl:{posts}", "--tracker", "none"]
    env = {"HF_TOKEN": os.environ["HF_TOKEN"]}
    proc = _hubtools(tmp_path, *args, env=env)
    assert proc.returncode == 2
    assert "cannot write to namespace 'somebody-else'" in proc.stderr
    proc = _hubtools(tmp_path, *args, "--namespace", "also-not-mine", env=env)
    assert "cannot write to namespace 'also-not-mine'" in proc.stderr
