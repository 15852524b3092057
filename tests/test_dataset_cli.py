"""`hubtools data`: the per-user table, the folder, errors; checked against independent counts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.posts import builders as b
from typer.testing import CliRunner

from hubtools.cli.main import app
from hubtools.errors import UserError

runner = CliRunner()


def independent_count(tweets_js: Path) -> dict[str, int]:
    """Count by the documented rules (huggingtweets' own code) over the stdlib json parse."""

    def fix_text(text):
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")

    def clean_tweet(tweet):
        for w in ["http:", "https:"]:
            tweet = re.sub(f" {w}\\S+", "", tweet)
            tweet = re.sub(f"{w}\\S+ ", "", tweet)
            tweet = re.sub(f"\n{w}\\S+ ", "", tweet)
            tweet = re.sub(f"\n{w}\\S+", "", tweet)
            tweet = re.sub(f"{w}\\S+", "", tweet)
        tweet = re.sub(" +", " ", tweet)
        return " ".join(tweet.split()).strip()

    def boring_tweet(tweet):
        words = [w for w in tweet.split() if all(b not in w.lower() for b in ["http", "@", "#"])]
        return len(words) < 3

    content = tweets_js.read_text("utf-8")
    tweets = [item["tweet"]["full_text"] for item in json.loads(content[content.index("[") :])]
    not_rt = [t for t in tweets if not t.startswith("RT @")]
    cool = [t for t in (clean_tweet(fix_text(t)) for t in not_rt) if not boring_tweet(t)]
    return {
        "downloaded": len(tweets),
        "retweets": len(tweets) - len(not_rt),
        "short": len(not_rt) - len(cool),
        "kept": len(cool),
    }


@pytest.fixture(scope="module")
def archive_3200(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("x") / "archive.zip"
    return b.write_zip(root, b.archive_files(b.random_tweets(3200, seed=2024), parts=2))


def test_3200_post_archive_table_matches_independent_count(archive_3200: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["data", f"x-archive:{archive_3200}", "-o", str(out)])
    assert result.exit_code == 0, result.output
    unzipped = b.write_folder(
        tmp_path / "unzipped", b.archive_files(b.random_tweets(3200, seed=2024))
    )
    expected = independent_count(unzipped / "data" / "tweets.js")
    assert expected["downloaded"] == 3200
    assert all(expected[k] > 100 for k in ("retweets", "short", "kept"))
    stats = json.loads((out / "users.json").read_text())[0]["stats"]
    assert {k: stats[k] for k in expected} == expected
    assert stats["replies"] == stats["duplicates"] == 0
    table = result.stdout
    for label, key in [
        ("Posts downloaded", "downloaded"),
        ("Reposts", "retweets"),
        ("Short posts", "short"),
        ("Posts kept", "kept"),
    ]:
        assert re.search(rf"{label}\s*│\s*{expected[key]:,}\s*│", table), table
    assert "Ada Lovecode" in table and f"@{b.HANDLE}" in table
    assert "Replies" not in table  # only shown when replies are dropped
    train = (out / "train.jsonl").read_text().splitlines()
    validation = (out / "validation.jsonl").read_text().splitlines()
    assert len(train) + len(validation) == expected["kept"]


def test_stats_only_writes_nothing(archive_3200: Path, tmp_path: Path):
    result = runner.invoke(
        app,
        ["data", str(archive_3200), "--stats-only", "--drop-replies", "--drop-duplicates"],
    )
    assert result.exit_code == 0, result.output
    assert "Replies" in result.stdout and "Duplicates" in result.stdout
    assert "Train rows" not in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_options_reach_the_dataset(tmp_path: Path):
    posts = tmp_path / "in.csv"
    posts.write_text(
        "body,kind\n" + "".join(f'"post {i} about tea and code",\n' for i in range(30))
    )
    out = tmp_path / "out"
    args = ["data", f"csv:{posts}", "-o", str(out), "--text-field", "body", "--handle", "@tea"]
    args += ["--min-chars", "0", "--seed", "3", "--validation", "0.2", "--min-words", "5"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    users = json.loads((out / "users.json").read_text())
    assert users[0]["handle"] == "tea"
    assert users[0]["stats"]["short"] == 0  # "post N about tea and code": 6 words
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["seed"] == 3 and manifest["options"]["validation_fraction"] == 0.2
    assert manifest["options"]["fields"] == {"text": "body"}
    assert "hubtools: warning: @tea: only" in result.stderr


@pytest.mark.parametrize(
    ("args", "pattern"),
    [
        (["data", "jsonl:x.jsonl"], "no output folder"),
        (
            ["data", "jsonl:a", "jsonl:b", "--handle", "x", "-o", "o"],
            "give one --handle per SOURCE",
        ),
        (["data", "jsonl:a", "--field", "text", "-o", "o"], "write KEY=NAME"),
        (["data", "nowhere.zip", "-o", "o"], "nowhere.zip: no such file or folder"),
    ],
)
def test_user_errors(
    args: list[str], pattern: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert isinstance(result.exception, UserError), result.output
    assert re.search(pattern, str(result.exception))
    assert not (tmp_path / "o").exists()


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]), COLUMNS="120")
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "data", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_python_m_hubtools_data(tmp_path: Path):
    archive = b.write_folder(tmp_path / "archive", b.archive_files(b.designed_tweets()))
    done = _run(f"x-archive:{archive}", "-o", "out", "--min-chars", "0", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert re.search(r"Posts kept\s*│\s*15\s*│", done.stdout)
    assert (tmp_path / "out" / "train.jsonl").is_file()
    bad = tmp_path / "bad"
    files = b.archive_files(b.designed_tweets())
    files["data/tweets.js"] = files["data/tweets.js"][:500]
    b.write_folder(bad, files)
    failed = _run(f"x-archive:{bad}", "-o", "out2", cwd=tmp_path)
    assert failed.returncode == 2
    lines = failed.stderr.strip().splitlines()
    assert lines[-1].startswith("hubtools: error: ") and "tweets.js" in lines[-1]
    assert "Traceback" not in failed.stderr
    assert not (tmp_path / "out2").exists()
