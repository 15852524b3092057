"""`hubtools card render|parse|lint`: CliRunner on the real app, plus real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import ftfy
import pytest
from typer.testing import CliRunner

from hubtools.cli.main import app
from hubtools.errors import UserError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "tests" / "fixtures" / "cards" / "examples"
CATALOGUE = ROOT / "cards"
CURRENT = ["autosport-formulaoneworld-speedcafe", "barackobama-karlousm-uofofn", "tdxf20"]

runner = CliRunner()


def hubtools(
    *args: str, stdin: bytes | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-m", "hubtools", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


# --- CliRunner ------------------------------------------------------------------------------


def test_render_prints_the_card_bytes():
    result = runner.invoke(app, ["card", "render", str(CATALOGUE / "tdxf20.yaml")])
    assert result.exit_code == 0, result.output
    expected = ftfy.fix_text((EXAMPLES / "tdxf20.md").read_text(encoding="utf-8"))
    assert result.stdout_bytes == expected.encode("utf-8")


def test_render_reads_stdin_and_writes_output(tmp_path):
    spec = (CATALOGUE / "spookymachine.yaml").read_text(encoding="utf-8")
    out = tmp_path / "sub" / "README.md"
    result = runner.invoke(
        app, ["card", "render", "-", "--template", "huggingtweets", "-o", str(out)], input=spec
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert 'class="inline-flex flex-col"' in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["README.md"]  # no temp files left


def test_parse_writes_a_spec_that_renders_back(tmp_path):
    out = tmp_path / "spec.yaml"
    card = EXAMPLES / "barackobama-karlousm-uofofn.md"
    result = runner.invoke(app, ["card", "parse", str(card), "-o", str(out)])
    assert result.exit_code == 0
    assert "could not repair 'ðŸ‡ðŸ‡¹'" in result.stderr
    rendered = runner.invoke(app, ["card", "render", str(out)])
    assert rendered.stdout_bytes == ftfy.fix_text(card.read_text(encoding="utf-8")).encode("utf-8")


@pytest.mark.parametrize(
    ("spec_text", "expected"),
    [
        ("repo_id: a/b\nusers: []\n", "users: at least one user"),
        (
            "repo_id: a/b\nusers:\n- handle: x\n  name: X\n  stats: {downloaded: one}\n",
            "users[0].stats.downloaded",
        ),
        ("repo_id: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_spec_fails_cleanly_and_writes_nothing(tmp_path, spec_text, expected):
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    out = tmp_path / "README.md"
    result = runner.invoke(app, ["card", "render", str(spec), "-o", str(out)])
    assert result.exit_code != 0
    assert isinstance(result.exception, UserError)
    assert expected in str(result.exception) and "\n" not in str(result.exception)
    assert list(tmp_path.iterdir()) == [spec]


def test_bad_template_fails_cleanly_and_writes_nothing(tmp_path):
    template = tmp_path / "tpl"
    template.mkdir()
    (template / "README.md.j2").write_text("{{ users[0].__class__ }}\n", encoding="utf-8")
    out = tmp_path / "README.md"
    result = runner.invoke(
        app, ["card", "render", str(CATALOGUE / "tdxf20.yaml"), "-t", str(template), "-o", str(out)]
    )
    assert isinstance(result.exception, UserError)
    assert "unsafe operation" in str(result.exception)
    assert not out.exists()


def test_lint_text_and_json(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(ftfy.fix_text((EXAMPLES / "tdxf20.md").read_text(encoding="utf-8")))
    bad = tmp_path / "bad.md"
    bad.write_text("---\nlanguage: no\nlicense: MIT\n---\n\n<div>\n", encoding="utf-8")

    ok = runner.invoke(app, ["card", "lint", str(good)])
    assert ok.exit_code == 0 and ok.stdout == ""

    result = runner.invoke(app, ["card", "lint", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: error: license-id:" in result.stdout
    assert "error(s)" in result.stderr

    as_json = runner.invoke(app, ["card", "lint", str(bad), "--format", "json"])
    assert as_json.exit_code == 1
    report = json.loads(as_json.stdout)
    assert report["errors"] == sum(f["severity"] == "error" for f in report["findings"]) > 0
    assert {"file", "line", "severity", "code", "message"} == set(report["findings"][0])
    assert {(f["line"], f["code"]) for f in report["findings"]} >= {
        (2, "language-code"),
        (6, "html-unbalanced"),
    }


# --- real processes -------------------------------------------------------------------------


@pytest.mark.parametrize("name", CURRENT)
def test_parse_pipe_render_reproduces_each_card(name):
    card = EXAMPLES / f"{name}.md"
    parsed = hubtools("card", "parse", str(card))
    assert parsed.returncode == 0, parsed.stderr
    rendered = hubtools("card", "render", "-", "--template", "huggingtweets", stdin=parsed.stdout)
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout == ftfy.fix_text(card.read_text(encoding="utf-8")).encode("utf-8")


def test_legacy_pipe_renders_the_legacy_layout_by_default():
    card = EXAMPLES / "spookymachine-legacy.md"
    parsed = hubtools("card", "parse", str(card))
    rendered = hubtools("card", "render", "-", stdin=parsed.stdout)
    assert rendered.stdout == ftfy.fix_text(card.read_text(encoding="utf-8")).encode("utf-8")


@pytest.mark.parametrize(
    ("files", "args", "expected"),
    [
        (
            {"spec.yaml": "repo_id: a/b\nusers: []\n"},
            ["spec.yaml"],
            "spec.yaml: users: at least one user",
        ),
        ({"spec.yaml": "language: no\n"}, ["spec.yaml"], "spec.yaml: repo_id: missing"),
        ({}, ["missing.yaml"], "missing.yaml: no such spec file"),
        (
            {"tpl/README.md.j2": "ok\n{% if %}\n"},
            [str(CATALOGUE / "tdxf20.yaml"), "--template", "tpl"],
            "tpl/README.md.j2:2: template syntax error",
        ),
        (
            {"tpl/README.md.j2": "{{ tracking.nothing_here }}\n"},
            [str(CATALOGUE / "tdxf20.yaml"), "--template", "tpl"],
            "the template uses tracking.nothing_here",
        ),
        ({}, [str(CATALOGUE / "tdxf20.yaml"), "--template", "nope"], "unknown template 'nope'"),
    ],
)
def test_process_errors_are_one_line_exit_2_and_write_nothing(tmp_path, files, args, expected):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    proc = hubtools("card", "render", *args, "-o", "README.md", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hubtools: error: ")
    assert expected in lines[0]
    assert "Traceback" not in proc.stderr.decode()
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_output_to_a_device_or_symlink_is_written_in_place(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = runner.invoke(app, ["card", "render", str(CATALOGUE / "tdxf20.yaml"), "-o", str(link)])
    assert result.exit_code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("---\n")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = runner.invoke(app, ["card", "render", str(CATALOGUE / "tdxf20.yaml"), "-o", str(fifo)])
    assert result.exit_code == 0
    assert reader.communicate(timeout=30)[0].startswith(b"---\nlanguage: en\n")
    assert fifo.exists() and not fifo.is_file()


def test_card_commands_import_nothing_heavy(tmp_path):
    code = (
        "import sys\n"
        "from hubtools.cli.main import main\n"
        f"sys.argv = ['hubtools', 'card', 'render', {str(CATALOGUE / 'tdxf20.yaml')!r}, '-o', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "heavy = {'torch', 'transformers', 'wandb', 'accelerate', 'ftfy', 'huggingface_hub'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "README.md")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "[]"
