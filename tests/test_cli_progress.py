"""Progress of long steps: plain periodic lines off a terminal, a bar on one, silence in the API."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hubtools import progress
from hubtools.sources import load_posts


@pytest.fixture
def every_time(monkeypatch):
    """A progress line at every look at the clock, instead of every 10 s."""
    monkeypatch.setattr(progress, "PERIOD_S", 0.0)
    monkeypatch.setattr(progress, "CHUNK", 10)
    monkeypatch.delenv("HUBTOOLS_LOG", raising=False)


def _jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"text": f"post number {i} here"}) + "\n" for i in range(n)))
    return path


def test_off_a_terminal_a_step_is_plain_periodic_lines(every_time, capsys):
    with progress.shown():
        seen = list(progress.iterate(range(95), "counting", unit="posts"))
    assert seen == list(range(95))
    err = capsys.readouterr().err
    assert "\r" not in err and "\x1b" not in err
    lines = err.splitlines()
    periodic = [x for x in lines if re.fullmatch(r"counting: [\d,]+ posts \(.*/s, \d+ s\)", x)]
    assert [int(re.search(r"([\d,]+) posts", x)[1]) for x in periodic] == list(range(10, 91, 10))
    assert re.fullmatch(r"counting: 95 posts in [\d.]+ s \([\d,]+ posts/s\)", lines[-1]), lines


def test_a_known_total_shows_the_share(every_time, capsys):
    with progress.shown(), progress.task("upload", total=4e6, unit="bytes") as step:
        step.advance(1e6)
    err = capsys.readouterr().err
    assert "upload: 1.0 MB of 4.0 MB (25%, " in err
    assert re.search(r"^upload: 1\.0 MB in [\d.]+ s \([\d.,]+ MB/s\)$", err, re.M), err


def test_silent_unless_a_command_shows_it_or_when_quiet(every_time, capsys, monkeypatch):
    assert list(progress.iterate(range(50), "counting")) == list(range(50))
    with progress.step("loading"):
        pass
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("HUBTOOLS_LOG", "warning")
    with progress.shown(), progress.step("loading"):
        list(progress.iterate(range(50), "counting"))
    assert capsys.readouterr().err == ""


def test_an_uncountable_step_says_when_it_starts_and_how_long_it_took(every_time, capsys):
    with progress.shown(), progress.step("loading gpt2"):
        pass
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "loading gpt2 ..."
    assert re.fullmatch(r"loading gpt2: done in [\d.]+ s", lines[1])


def test_a_failed_step_prints_no_summary(every_time, capsys):
    with pytest.raises(ValueError), progress.shown(), progress.task("reading", unit="posts"):
        raise ValueError("broken archive")
    assert "reading: " not in capsys.readouterr().err


def test_reading_posts_counts_them_and_changes_nothing(every_time, capsys, tmp_path, monkeypatch):
    source = f"jsonl:{_jsonl(tmp_path / 'posts.jsonl', 25)}"
    plain = list(load_posts(source))
    with progress.shown():
        counted = list(load_posts(source))
    assert counted == plain and len(plain) == 25
    err = capsys.readouterr().err
    assert re.search(rf"^reading {re.escape(source)} \([\d.]+ kB\): 25 posts in ", err, re.M), err

    def wrapped(*args, **kwargs):
        raise AssertionError("posts counted while progress is off")

    monkeypatch.setattr(progress, "iterate", wrapped)
    assert list(load_posts(source)) == plain  # off: the source's own stream, no wrapper


def test_on_a_terminal_a_bar_is_drawn_and_the_summary_stays(tmp_path):
    """`hubtools data` on a pseudo-terminal: a live bar (carriage returns / cursor moves),
    then the same summary line a log gets."""
    posts = _jsonl(tmp_path / "posts.jsonl", 3000)
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    env.pop("HUBTOOLS_LOG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "hubtools", "data", f"jsonl:{posts}", "--stats-only",
         "--min-chars", "0", "--json"],
        stdout=subprocess.PIPE, stderr=child, stdin=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    os.close(child)
    err = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        err += chunk
    out, _ = proc.communicate(timeout=120)
    os.close(main)
    assert proc.returncode == 0, err.decode(errors="replace")
    assert json.loads(out)["users"][0]["stats"]["downloaded"] == 3000  # stdout: only the JSON
    text = err.decode(errors="replace")
    assert "\x1b[" in text  # a live display: drawn, then cleared
    assert re.search(r"reading jsonl:\S+ \([\d.]+ kB\): 3,000 posts in ", text), text
