"""Fuzzing the file parsers with hostile input: a valid result or a one-line UserError, always.

Every example runs under `capped` (memory and hang guard). The archives are small, but the
limits are small too (`LIMITS`: 64 KiB per item) and the read block is shrunk, so the
streaming paths (cuts between elements, the switch to the general scanner, the caps) run on
every example, not only on gigabyte files.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from unittest.mock import patch

from fixtures.bounded import capped
from fixtures.posts import builders as b
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubtools.dataset import DatasetOptions, collect
from hubtools.sources import LoadOptions, jsonarray, load_posts
from hubtools.sources.model import InputLimits

LIMITS = InputLimits(max_item_bytes=64 * 1024, max_member_bytes=4 << 20, max_zip_ratio=100)
OPTS = DatasetOptions(min_chars=0, warn_chars=0, load=LoadOptions(limits=LIMITS))
FUZZ = settings(
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BLOCKS = st.sampled_from([16, 97, 700, 8 << 20])

# JSON-ish values a stranger could put anywhere: wrong types, deep, huge, odd text
_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["]}{[", '\\"', "\u2028", "\ud7ff", "RT @x: y", "  },\n  {"]),
)
VALUES = st.recursive(_leaf, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3), max_leaves=12)  # fmt: skip
DEEP = st.integers(1, 3000).map(lambda n: "[" * n + "]" * n)
HUGE = st.integers(60_000, 200_000).map(lambda n: json.dumps("h" * n))


def _layout(items: list, style: str) -> str:
    if style == "x":
        return json.dumps(items, indent=2, ensure_ascii=False).replace('": ', '" : ')
    if style == "minified":
        return json.dumps(items, separators=(",", ":"), ensure_ascii=False)
    return json.dumps(items, indent=1)


@st.composite
def tweets_js(draw: st.DrawFn) -> bytes:
    """A tweets.js: X's layout or another, then zero or more hostile edits."""
    tweets = b.random_tweets(draw(st.integers(0, 12)), seed=draw(st.integers(0, 99)))
    items: list = [{"tweet": b.tweet_object(t, i + 1)} for i, t in enumerate(tweets)]
    for _ in range(draw(st.integers(0, 2))):  # wrong types and odd values in a tweet
        if items:
            tweet = items[draw(st.integers(0, len(items) - 1))]["tweet"]
            key = draw(st.sampled_from(["full_text", "id_str", "created_at", "entities", "x"]))
            tweet[key] = draw(VALUES)
    stray: bool = draw(st.booleans()) if items else False
    if stray:
        items.insert(draw(st.integers(0, len(items))), draw(VALUES))  # not a tweet at all
    text = "window.YTD.tweets.part0 = " + _layout(
        items, draw(st.sampled_from(["x", "minified", "one"]))
    )
    edit = draw(st.sampled_from(["none", "deep", "huge", "truncate", "prefix", "suffix"]))
    if edit in ("deep", "huge") and items:
        value = draw(DEEP if edit == "deep" else HUGE)
        at = text.find('"lang" : "en"') if '"lang" : "en"' in text else text.find('"lang":"en"')
        if at >= 0:
            text = text[:at] + f'"odd" : {value}, ' + text[at:]
    data = text.encode(
        draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"])), "replace"
    )
    if edit == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif edit == "prefix":
        data = draw(st.binary(max_size=40)) + data
    elif edit == "suffix":
        data += draw(st.binary(max_size=40))
    return data


def _write(root: Path, files: dict[str, bytes | str], as_zip: bool) -> Path:
    if as_zip:
        return b.write_zip(root.with_suffix(".zip"), files)
    return b.write_folder(root, files)


def _check(users: list) -> None:
    for user in users:
        s = user.stats
        assert s.downloaded == s.retweets + s.replies + s.short + s.duplicates + s.private + s.kept
        ids = [k.post.id for k in user.filtered.kept]
        assert len(ids) == len(set(ids))


@FUZZ
@given(tweets=tweets_js(), block=BLOCKS, as_zip=st.booleans(), parts=st.integers(1, 2))
def test_fuzz_x_archive(tmp_path_factory, tweets: bytes, block: int, as_zip: bool, parts: int):
    files: dict[str, bytes | str] = dict(b.archive_files([]))
    files["data/tweets.js"] = tweets
    if parts == 2:
        files["data/tweets-part1.js"] = tweets.replace(b"tweets.part0", b"tweets.part1", 1)
    source = _write(tmp_path_factory.mktemp("x") / "archive", files, as_zip)
    with patch.object(jsonarray, "BLOCK", block):
        out = capped(lambda: collect([f"x-archive:{source}"], OPTS, keep=True), max_mb=64)
    if out.error is None:
        _check(out.value)


@settings(max_examples=200)
@given(
    count=st.integers(0, 30),
    seed=st.integers(0, 999),
    style=st.sampled_from(["x", "minified", "one"]),
    block=BLOCKS,
    noise=st.lists(st.sampled_from(["]}{[", '\\"', "  },\n  {", "\u00e9", "\\\\"]), max_size=4),
)
def test_valid_archives_read_the_same_in_any_layout(
    tmp_path_factory, count: int, seed: int, style: str, block: int, noise: list[str]
):
    """Any layout and block size gives the posts an independent json.loads parse gives."""
    tweets = b.random_tweets(count, seed=seed)
    for i, piece in enumerate(noise):  # brackets, quotes, escapes and X's separator in text
        if tweets:
            tweets[i % len(tweets)].text += f" {piece}"
    items = [{"tweet": b.tweet_object(t, i + 1)} for i, t in enumerate(tweets)]
    files = dict(b.archive_files([]))
    files["data/tweets.js"] = "window.YTD.tweets.part0 = " + _layout(items, style)
    source = b.write_folder(tmp_path_factory.mktemp("v") / "archive", files)
    with patch.object(jsonarray, "BLOCK", block):
        posts = list(load_posts(f"x-archive:{source}"))
    text = files["data/tweets.js"]
    expected = json.loads(text[text.index("[") :])
    assert [(p.id, p.text) for p in posts] == [
        (i["tweet"]["id_str"], i["tweet"]["full_text"]) for i in expected
    ]


@st.composite
def outbox_json(draw: st.DrawFn) -> bytes:
    notes = [b.note(n, draw(st.text(max_size=30))) for n in range(draw(st.integers(0, 8)))]
    if draw(st.booleans()):
        notes.append(b.announce(99, draw(st.text(max_size=10))))
    for _ in range(draw(st.integers(0, 2))):
        if notes:
            note = notes[draw(st.integers(0, len(notes) - 1))]
            target = note["object"] if isinstance(note["object"], dict) else note
            target[draw(st.sampled_from(["content", "to", "id", "type", "tag"]))] = draw(VALUES)
    text = b.outbox(notes)
    edit = draw(st.sampled_from(["none", "deep", "huge", "truncate", "prefix", "items"]))
    if edit == "deep":
        text = text.replace('"tag": []', f'"tag": {draw(DEEP)}', 1)
    elif edit == "huge":
        text = text.replace('"summary": null', f'"summary": {draw(HUGE)}', 1)
    elif edit == "items":
        text = text.replace(
            '"orderedItems": [', f'"orderedItems": {json.dumps(draw(VALUES))}, "x": [', 1
        )
    data = text.encode()
    if edit == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif edit == "prefix":
        data = draw(st.binary(max_size=20)) + data
    return data


@FUZZ
@given(outbox=outbox_json(), block=BLOCKS, as_zip=st.booleans(), actor=st.booleans())
def test_fuzz_mastodon_archive(
    tmp_path_factory, outbox: bytes, block: int, as_zip: bool, actor: bool
):
    files: dict[str, bytes | str] = {"outbox.json": outbox}
    if actor:
        files["actor.json"] = b.actor_json()
    source = _write(tmp_path_factory.mktemp("m") / "export", files, as_zip)
    with patch.object(jsonarray, "BLOCK", block):
        out = capped(lambda: collect([f"mastodon-archive:{source}"], OPTS, keep=True), max_mb=64)
    if out.error is None:
        _check(out.value)


LINES = st.one_of(
    st.text(max_size=60),
    st.builds(
        json.dumps,
        st.fixed_dictionaries(
            {"text": VALUES},
            optional={"id": VALUES, "author": VALUES, "kind": VALUES, "created_at": VALUES},
        ),
    ),
    DEEP.map(lambda d: '{"text": "a b c", "x": ' + d + "}"),
    st.integers(60_000, 100_000).map(lambda n: "w " * n),
)


@FUZZ
@given(
    kind=st.sampled_from(["jsonl", "csv", "txt"]),
    lines=st.lists(LINES, max_size=8),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    raw=st.binary(max_size=30),
    encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_fuzz_plain_files(
    tmp_path_factory, kind: str, lines: list[str], ending: str, raw: bytes, encoding: str
):
    header = "id,text,author\n" if kind == "csv" else ""
    data = (header + ending.join(lines)).encode(encoding, "replace") + raw
    path = tmp_path_factory.mktemp("f") / f"posts.{kind}"
    path.write_bytes(data)
    out = capped(lambda: collect([f"{kind}:{path}"], OPTS, keep=True), max_mb=64)
    if out.error is None:
        _check(out.value)


@settings(max_examples=100)
@given(
    names=st.lists(
        st.text(min_size=1, max_size=12), max_size=4, unique_by=lambda n: n.replace("\x00", "_")
    ),
    content=st.binary(max_size=64),
)
def test_fuzz_zip_names_and_bare_paths(tmp_path_factory, names: list[str], content: bytes):
    """Zips with odd member names (or none) given as a bare path: detection never crashes."""
    path = tmp_path_factory.mktemp("z") / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name in names:
            zf.writestr(name.replace("\x00", "_"), content)
    out = capped(lambda: collect([str(path)], OPTS, keep=True), max_mb=64)
    if out.error is None:
        _check(out.value)
