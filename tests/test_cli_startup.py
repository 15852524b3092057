"""The CLI starts without the heavy ML stack: `--help` and card commands stay fast."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("torch", "transformers", "wandb", "accelerate")
PROBE = """
import sys
from hubtools.cli.main import main
try:
    main({argv!r})
except SystemExit:
    pass
print("HEAVY=" + ",".join(m for m in {heavy!r} if m in sys.modules))
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["hub", "serve", "--help"],
        ["card", "--help"],
        ["data", "--help"],
        ["train", "--help"],
    ],
)
def test_help_imports_no_heavy_module(argv):
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=argv, heavy=HEAVY)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--upload-mode", "nope", "--upload-mode must be 'auto' or 'regular', not 'nope'"),
        ("--fault", "nonsense", "cannot start the local hub: fault rule 'nonsense'"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path, option, value, message):
    proc = subprocess.run(
        [sys.executable, "-m", "hubtools", "hub", "serve", "--root", str(tmp_path), option, value],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"hubtools: error: {message}"), proc.stderr
