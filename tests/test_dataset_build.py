"""The dataset folder: files, split, balancing, manifest, size guard, atomic replacement."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from fixtures.posts import builders as b

from hubtools.dataset import (
    DatasetOptions,
    build_dataset,
    collect,
    dataset_key,
    is_current,
    summarize,
)
from hubtools.dataset.filters import Kept
from hubtools.dataset.split import balance, split
from hubtools.errors import UserError
from hubtools.sources import parse_spec
from hubtools.sources.model import Post

OPTS = DatasetOptions(min_chars=0, warn_chars=0)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def two_users(tmp_path: Path) -> list[str]:
    files: dict[str, str | bytes] = dict(b.archive_files(b.random_tweets(400, seed=11)))
    big = b.write_folder(tmp_path / "ada", files)
    small = tmp_path / "grace.jsonl"
    small.write_text(
        "".join(
            json.dumps({"id": f"g{i}", "text": f"grace post number {i} about ships and code"})
            + "\n"
            for i in range(40)
        )
    )
    return [f"x-archive:{big}", f"jsonl:{small}"]


def test_folder_contents(tmp_path: Path, two_users: list[str]):
    out = tmp_path / "ds"
    summary = build_dataset(two_users, out, OPTS)
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json",
        "train.jsonl",
        "users.json",
        "validation.jsonl",
    ]
    users = json.loads((out / "users.json").read_text())
    assert [u["handle"] for u in users] == [b.HANDLE, "grace"]  # the order given
    assert users[0]["display_name"] == b.DISPLAY_NAME and users[0]["avatar_url"] == b.AVATAR
    assert users[1]["display_name"] is None and users[1]["source"] == two_users[1]
    for user in users:
        s = user["stats"]
        assert set(s) >= {"downloaded", "retweets", "short", "kept", "replies", "duplicates"}
        assert (
            s["downloaded"]
            == s["retweets"] + s["replies"] + s["short"] + s["duplicates"] + s["kept"]
        )
        assert user["split"]["train"] + user["split"]["validation"] == s["kept"]
    train, validation = _jsonl(out / "train.jsonl"), _jsonl(out / "validation.jsonl")
    for row in train + validation:
        assert set(row) == {"text", "author", "id", "created_at", "kind", "repeat"}
    assert {r["author"] for r in validation} == {b.HANDLE, "grace"}
    for user, summ in zip(users, summary.users, strict=True):
        assert summ.stats.as_dict() == user["stats"]
        rows = [r for r in train if r["author"] == user["handle"]]
        assert len(rows) == user["split"]["train_rows"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["seed"] == 42
    assert manifest["rules"]["short"] == "fewer than 3 words free of ['http', '@', '#']"
    assert [i["source"] for i in manifest["inputs"]] == two_users
    assert manifest["rows"] == {"train": len(train), "validation": len(validation)}
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_balancing_repeats_the_smaller_user(tmp_path: Path, two_users: list[str]):
    out = tmp_path / "ds"
    build_dataset(two_users, out, OPTS)
    train = _jsonl(out / "train.jsonl")
    chars = {h: sum(len(r["text"]) for r in train if r["author"] == h) for h in (b.HANDLE, "grace")}
    originals = {
        h: sum(len(r["text"]) for r in train if r["author"] == h and r["repeat"] == 0)
        for h in chars
    }
    assert chars[b.HANDLE] == originals[b.HANDLE]  # the largest user is not padded
    assert chars["grace"] >= chars[b.HANDLE] > originals["grace"]
    assert max(r["repeat"] for r in train if r["author"] == "grace") >= 2
    unbalanced = tmp_path / "flat"
    build_dataset(two_users, unbalanced, DatasetOptions(min_chars=0, balance=False))
    assert all(r["repeat"] == 0 for r in _jsonl(unbalanced / "train.jsonl"))


def test_balance_does_not_mutate_and_reaches_target():
    def rows(n, text):
        return [Kept(Post(str(i), "u", text), text) for i in range(n)]

    big, small = rows(10, "x" * 50), rows(3, "y" * 40)
    before = list(small)
    padded = balance([big, small])
    assert small == before  # huggingtweets' version grew the input list in place
    assert sum(len(r.row.text) for r in padded[1]) >= 500
    assert sum(len(r.row.text) for r in padded[1][:-1]) < 500  # no more copies than needed
    assert [r.repeat for r in padded[1][:7]] == [0, 0, 0, 1, 1, 1, 2]


def test_split_deterministic_and_stable_as_posts_are_added():
    def rows(n):
        return [Kept(Post(f"id{i}", "u", f"text {i}"), f"text {i}") for i in range(n)]

    train, val = split(rows(500), 7, "u", 0.1)
    assert 25 < len(val) < 80  # about 10%
    again_train, again_val = split(list(reversed(rows(500))), 7, "u", 0.1)
    assert [r.post.id for r in again_val] == [r.post.id for r in val]  # input order is irrelevant
    assert [r.post.id for r in again_train] == [r.post.id for r in train]
    _, grown_val = split(rows(800), 7, "u", 0.1)
    grown_val_ids = {r.post.id for r in grown_val}
    assert {r.post.id for r in val} <= grown_val_ids
    assert not {r.post.id for r in train} & grown_val_ids
    _, other_val = split(rows(500), 8, "u", 0.1)
    assert {r.post.id for r in other_val} != {r.post.id for r in val}
    assert split(rows(1), 7, "u", 0.1) == (rows(1), [])
    assert len(split(rows(2), 7, "u", 0.1)[1]) == 1
    assert split(rows(5), 7, "u", 0.0)[1] == []


def test_same_inputs_same_bytes_and_manifest_key(tmp_path: Path, two_users: list[str]):
    a, c = tmp_path / "a", tmp_path / "c"
    build_dataset(two_users, a, OPTS)
    build_dataset(two_users, c, OPTS)
    for name in ("train.jsonl", "validation.jsonl", "users.json", "manifest.json"):
        assert (a / name).read_bytes() == (c / name).read_bytes()
    assert is_current(a, two_users, OPTS)
    assert not is_current(a, two_users, DatasetOptions(min_chars=0, warn_chars=0, seed=1))
    assert not is_current(a, two_users[:1], OPTS)
    manifest = json.loads((a / "manifest.json").read_text())
    assert len(manifest["key"]) == 64 and manifest["key"] == build_dataset(two_users, c, OPTS).key
    jsonl = Path(two_users[1].split(":", 1)[1])
    jsonl.write_text(jsonl.read_text() + '{"text": "one more post about ships"}\n')
    assert not is_current(a, two_users, OPTS)
    assert not is_current(tmp_path / "missing", two_users, OPTS)


def test_manifest_key_is_the_documented_hash(tmp_path: Path):
    """The key is sha256 of the canonical JSON (sorted keys, no spaces, UTF-8) of the
    format, each input's (source, handle, content sha256) and every option: written out
    here by hand, so a change to what the key covers shows up as a failing test."""
    path = tmp_path / "grace.jsonl"
    path.write_text('{"id": "g1", "text": "grace writes about ships and code"}\n')
    content = hashlib.sha256(path.read_bytes()).hexdigest()
    payload = {
        "format": ["hubtools.dataset", 1],
        "inputs": [[f"jsonl:{path}", None, content]],
        "options": {
            "rules": {
                "clean": {
                    "unescape_html": True,
                    "fix_mojibake": True,
                    "remove_urls": True,
                    "keep_newlines": False,
                },
                "min_words": 3,
                "boring": ["http", "@", "#"],
                "drop_replies": False,
                "drop_duplicates": False,
                "segment_words": True,
            },
            "seed": 42,
            "validation_fraction": 0.1,
            "balance": True,
            "min_chars": 0,
            "warn_chars": 0,
            "limit": None,
            "since": None,
            "until": None,
            "fields": {},
        },
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = hashlib.sha256(canonical.encode()).hexdigest()
    out = tmp_path / "ds"
    assert build_dataset([f"jsonl:{path}"], out, OPTS).key == expected
    assert json.loads((out / "manifest.json").read_text())["key"] == expected
    assert dataset_key([(parse_spec(f"jsonl:{path}"), content)], OPTS) == expected
    assert is_current(out, [f"jsonl:{path}"], OPTS)


def test_too_little_text_is_an_error_naming_the_user(tmp_path: Path):
    small = tmp_path / "tiny.jsonl"
    small.write_text('{"text": "just a few words here"}\n{"text": "RT @x: not mine at all"}\n')
    out = tmp_path / "out"
    with pytest.raises(UserError) as err:
        build_dataset([f"jsonl:{small}"], out, DatasetOptions())
    message = str(err.value)
    assert message.startswith("@tiny: only 34 characters")
    assert "1 of 2 posts kept: 1 reposts, 0 short dropped" in message
    assert "at least 6,000" in message and "--min-chars" in message
    assert not out.exists()
    summary = build_dataset([f"jsonl:{small}"], out, DatasetOptions(min_chars=10))
    assert summary.warnings and "under 40,000" in summary.warnings[0]
    counted = summarize(collect([f"jsonl:{small}"], DatasetOptions()), DatasetOptions())
    assert counted.out_dir is None and "at least 6,000" in counted.warnings[0]


def test_output_folder_rules(tmp_path: Path, two_users: list[str]):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(UserError, match="not empty and not a hubtools dataset"):
        build_dataset(two_users, busy, OPTS)
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        build_dataset(two_users, afile, OPTS)
    empty = tmp_path / "empty"
    empty.mkdir()
    build_dataset(two_users, empty, OPTS)
    build_dataset(two_users[1:], empty, OPTS)  # a dataset folder is replaced whole
    users = json.loads((empty / "users.json").read_text())
    assert [u["handle"] for u in users] == ["grace"]


def test_same_author_twice_is_one_user(tmp_path: Path):
    one = tmp_path / "a.jsonl"
    one.write_text('{"id": "1", "text": "a b c", "author": "ada"}\n')
    two = tmp_path / "b.jsonl"
    two.write_text('{"id": "1", "text": "a b c", "author": "ADA"}\n{"id": "2", "text": "d e f"}\n')
    users = collect([f"jsonl:{one}", f"jsonl:{two}"], OPTS, keep=True)
    assert [u.account.handle for u in users] == ["ada"]
    s = users[0].stats
    assert (s.downloaded, s.duplicates, s.kept) == (3, 1, 2)
    assert [k.post.id for k in users[0].filtered.kept] == ["1", "2"]
    assert users[0].source == f"jsonl:{one} + jsonl:{two}"
    users = collect([f"jsonl:{one}", parse_spec(f"jsonl:{two}", handle="ada2")], OPTS)
    assert [u.account.handle for u in users] == ["ada", "ada2"]
    assert users[1].stats.duplicates == 0  # another user: nothing is shared
