"""X/Twitter archives: folders, zips, parts, legacy files, kinds, and malformed input."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from fixtures.posts import builders as b
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.dataset import DatasetOptions, build_dataset, filter_posts
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, jsonarray, load_posts
from hubtools.sources.model import PostKind


@pytest.fixture
def designed(tmp_path: Path) -> Path:
    return b.write_folder(tmp_path / "archive", b.archive_files(b.designed_tweets()))


def test_account_and_kinds(designed: Path):
    stream = load_posts(f"x-archive:{designed}")
    assert stream.account.handle == b.HANDLE
    assert stream.account.display_name == b.DISPLAY_NAME
    assert stream.account.avatar_url == b.AVATAR
    posts = list(stream)
    assert [p.kind.value for p in posts] == [kind for _, kind, _ in b.DESIGNED]
    assert [p.text for p in posts] == [text for text, _, _ in b.DESIGNED]
    assert {p.author for p in posts} == {b.HANDLE}
    assert posts[0].id == "5000"
    assert posts[0].created_at == "2022-12-02T19:36:08Z"


def test_designed_statistics_are_exact(designed: Path):
    stats = filter_posts(load_posts(f"x-archive:{designed}")).stats
    reasons = [reason for _, _, reason in b.DESIGNED]
    assert stats.downloaded == len(b.DESIGNED)
    assert stats.retweets == reasons.count("retweets")
    assert stats.short == reasons.count("short")
    assert stats.kept == reasons.count(None)
    assert stats.replies == stats.duplicates == 0


def test_zip_with_top_folder_and_parts(tmp_path: Path):
    tweets = b.random_tweets(250, seed=3)
    files = b.archive_files(tweets, parts=3)
    assert "data/tweets-part2.js" in files
    archive = b.write_zip(tmp_path / "twitter-2024.zip", files, prefix="twitter-2024/")
    posts = list(load_posts(f"x-archive:{archive}"))
    assert [p.id for p in posts] == [t.id for t in tweets]  # parts read in order
    folder = b.write_folder(tmp_path / "unzipped", files)
    assert list(load_posts(str(folder))) == posts  # bare path, detected as an archive


def test_legacy_tweet_js_and_unwrapped_items(tmp_path: Path):
    tweets = b.random_tweets(20, seed=4)
    files = b.archive_files(tweets, legacy=True)
    assert "data/tweet.js" in files
    posts = list(load_posts(f"x-archive:{b.write_folder(tmp_path / 'legacy', files)}"))
    assert [p.text for p in posts] == [t.text for t in tweets]
    # very old archives list the tweet objects themselves, without {"tweet": ...}
    bare = [b.tweet_object(t, i) for i, t in enumerate(tweets)]
    files["data/tweet.js"] = b.ytd("tweet", bare)
    posts2 = list(load_posts(f"x-archive:{b.write_folder(tmp_path / 'older', files)}"))
    assert [p.text for p in posts2] == [t.text for t in tweets]


def test_single_tweets_js_needs_a_handle(tmp_path: Path):
    files = b.archive_files(b.random_tweets(5, seed=5), account=False)
    folder = b.write_folder(tmp_path / "a", files)
    with pytest.raises(UserError, match=r"account\.js.*--handle"):
        load_posts(f"x-archive:{folder}")
    stream = load_posts(f"x-archive:{folder / 'data' / 'tweets.js'}", LoadOptions(handle="@x"))
    assert stream.account.handle == "x"
    assert len(list(stream)) == 5


def test_small_blocks_give_the_same_posts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = b.write_folder(tmp_path / "a", b.archive_files(b.random_tweets(300, seed=6)))
    whole = list(load_posts(f"x-archive:{folder}"))
    monkeypatch.setattr(jsonarray, "BLOCK", 700)  # many pieces, cut between elements
    assert list(load_posts(f"x-archive:{folder}")) == whole


def test_minified_file_is_read_whole(tmp_path: Path):
    tweets = b.random_tweets(30, seed=7)
    files = b.archive_files(tweets)
    items = [{"tweet": b.tweet_object(t, i + 1)} for i, t in enumerate(tweets)]
    files["data/tweets.js"] = "window.YTD.tweets.part0 = " + json.dumps(items) + ";"
    posts = list(load_posts(f"x-archive:{b.write_folder(tmp_path / 'm', files)}"))
    assert len(posts) == 30


def test_self_reply_is_a_thread_not_a_reply(tmp_path: Path):
    tweets = [
        b.Tweet("continuing my own thread here", reply_to=b.HANDLE, reply_to_id=b.ACCOUNT_ID),
        b.Tweet("@grace answering someone else", reply_to="grace", reply_to_id="9"),
        b.Tweet("photo only https://t.co/p", urls=["https://twitter.com/a/status/1/photo/1"]),
    ]
    folder = b.write_folder(tmp_path / "t", b.archive_files(tweets))
    kinds = [p.kind for p in load_posts(f"x-archive:{folder}")]
    assert kinds == [PostKind.ORIGINAL, PostKind.REPLY, PostKind.ORIGINAL]


def test_limits(tmp_path: Path):
    tweets = b.random_tweets(60, seed=8)  # dates cycle over Jan 1..28, 2021
    folder = b.write_folder(tmp_path / "l", b.archive_files(tweets))
    assert len(list(load_posts(f"x-archive:{folder}", LoadOptions(limit=7)))) == 7
    ranged = list(
        load_posts(f"x-archive:{folder}", LoadOptions(since="2021-01-10", until="2021-01-12"))
    )
    assert ranged and all("2021-01-10" <= (p.created_at or "") < "2021-01-12" for p in ranged)
    expected = sum(1 for i in range(60) if 10 <= 1 + i % 28 < 12)
    assert len(ranged) == expected
    with pytest.raises(UserError, match="--since"):
        list(load_posts(f"x-archive:{folder}", LoadOptions(since="last tuesday")))


# ---------------------------------------------------------------- malformed input


def _valid_files() -> dict[str, str | bytes]:
    return dict(b.archive_files(b.random_tweets(40, seed=9)))


def _broken(kind: str) -> tuple[dict[str, str | bytes], str]:
    """Archive files with one defect, and a regex the error message must match."""
    files = _valid_files()
    tweets_js = str(files["data/tweets.js"])
    if kind == "truncated":
        files["data/tweets.js"] = tweets_js[: len(tweets_js) // 2]
        return files, r"tweets\.js: .*truncated"
    if kind == "truncated-tail":
        files["data/tweets.js"] = tweets_js[:-40]
        return files, r"tweets\.js: .*truncated"
    if kind == "wrong-prefix":
        files["data/tweets.js"] = tweets_js.replace("window.YTD.tweets.part0", "var tweets", 1)
        return files, r"tweets\.js: does not start with 'window\.YTD\.tweets\.part0 = \['"
    if kind == "other-ytd":
        files["data/tweets.js"] = tweets_js.replace("YTD.tweets.", "YTD.like.", 1)
        return files, r"tweets\.js: holds window\.YTD\.like"
    if kind == "missing-text":
        files["data/tweets.js"] = tweets_js.replace('"full_text" :', '"fulltext" :', 1)
        return files, r"tweets\.js: tweet #1 has no 'full_text' field"
    if kind == "wrong-type":
        files["data/tweets.js"] = tweets_js.replace('"id_str" : "', '"id_str" : 1, "x" : "', 1)
        return files, r"tweets\.js: unexpected content: item #1, tweet\.id_str: Expected `str"
    if kind == "binary":
        files["data/tweets.js"] = bytes(range(256)) * 8
        return files, r"tweets\.js: does not start with"
    if kind == "binary-after-prefix":
        files["data/tweets.js"] = b"window.YTD.tweets.part0 = [" + bytes(range(256)) * 8
        return files, r"tweets\.js: (invalid JSON|.*truncated)"
    if kind == "empty":
        files["data/tweets.js"] = ""
        return files, r"tweets\.js: the file is empty"
    if kind == "no-tweets":
        del files["data/tweets.js"]
        return files, r"no data/tweets\.js .*inside"
    raise AssertionError(kind)


KINDS = [
    "truncated",
    "truncated-tail",
    "wrong-prefix",
    "other-ytd",
    "missing-text",
    "wrong-type",
    "binary",
    "binary-after-prefix",
    "empty",
    "no-tweets",
]


@pytest.mark.parametrize("container", ["folder", "zip"])
@pytest.mark.parametrize("kind", KINDS)
def test_malformed_archive_one_line_error_nothing_written(tmp_path: Path, kind, container):
    files, pattern = _broken(kind)
    if container == "zip":
        source = b.write_zip(tmp_path / "archive.zip", files)
    else:
        source = b.write_folder(tmp_path / "archive", files)
    out = tmp_path / "out"
    with pytest.raises(UserError, match=pattern) as err:
        build_dataset([f"x-archive:{source}"], out, DatasetOptions(min_chars=0))
    message = str(err.value)
    assert "\n" not in message
    assert str(source) in message  # names the archive (and the file inside it)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_error_leaves_existing_dataset_untouched(tmp_path: Path):
    good = b.write_folder(tmp_path / "good", _valid_files())
    out = tmp_path / "out"
    build_dataset([f"x-archive:{good}"], out, DatasetOptions(min_chars=0))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    files, _ = _broken("truncated")
    bad = b.write_folder(tmp_path / "bad", files)
    with pytest.raises(UserError):
        build_dataset([f"x-archive:{bad}"], out, DatasetOptions(min_chars=0))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_corrupt_zip(tmp_path: Path):
    archive = b.write_zip(tmp_path / "a.zip", _valid_files())
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError, match=r"a\.zip"):
        list(load_posts(f"x-archive:{archive}"))
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(UserError, match=r"junk\.zip: not a readable zip"):
        load_posts(f"x-archive:{junk}")


def test_zip_member_crc_error(tmp_path: Path):
    archive = tmp_path / "stored.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for name, content in _valid_files().items():
            zf.writestr(name, content)
    data = bytearray(archive.read_bytes())
    at = data.find(b'"full_text"')
    data[at + 2] ^= 0x20  # flip a bit inside the stored tweets.js: the CRC no longer matches
    archive.write_bytes(bytes(data))
    with pytest.raises(UserError, match=r"stored\.zip:data/tweets\.js"):
        list(load_posts(f"x-archive:{archive}"))


# ---------------------------------------------------------------- long posts (notes)

LONG = (
    "Some thoughts after a year of maintaining a parser that reads archives from strangers: "
    "most bugs were not in the grammar but in the assumptions about sizes, encodings and "
    "what a file is allowed to contain. Streaming everything, capping every element and "
    "naming the file and the item in each error message fixed more issues than any clever "
    "optimisation ever did. Write the boring checks first, then make them fast."
)
LONG_REPLY = (
    "Replying with the long version because it did not fit: the cache was never the "
    "problem, the problem was that every worker warmed it on start, all at the same time, "
    "and the database saw ten thousand identical queries in one second. Staggering the "
    "start-up by a random delay fixed it, and the graphs have been flat ever since then, "
    "which is the nicest thing a graph can be."
)


def _notes_archive(tmp_path: Path, **options) -> Path:
    tweets = [
        b.Tweet("a short post before the long one", id="7001"),
        b.stub_of(LONG, "Thu Feb 09 12:00:00 +0000 2023", id="7002"),
        b.stub_of(
            "@grace " + LONG_REPLY,
            "Thu Feb 09 13:30:05 +0000 2023",
            id="7003",
            reply_to="grace",
            reply_to_id="777",
            display_from=7,
        ),
        b.Tweet(
            "another ordinary post in the same second",
            id="7004",
            created_at="Thu Feb 09 12:00:00 +0000 2023",
        ),
    ]
    notes = [
        b.Note("n1", LONG, "2023-02-09T12:00:00.000Z"),
        b.Note("n2", "@grace " + LONG_REPLY, "2023-02-09T13:30:05.000Z"),
        b.Note("n3", "A note whose stub was deleted, " + LONG[:200], "2023-03-01T08:00:00.000Z"),
    ]
    files = b.archive_files(tweets, notes=notes, **options)
    return b.write_folder(tmp_path / "notes", files)


def test_notes_pair_with_their_stubs_and_keep_the_full_text(tmp_path: Path):
    posts = list(load_posts(f"x-archive:{_notes_archive(tmp_path)}"))
    by_id = {p.id: p for p in posts}
    assert len(LONG) > 280 and by_id["7002"].text == LONG  # the note's text, the stub's id
    assert by_id["7002"].created_at == "2023-02-09T12:00:00Z"
    assert by_id["7003"].text == LONG_REPLY  # the reply's @grace left out, like the stub's
    assert by_id["7003"].kind is PostKind.REPLY
    assert by_id["7004"].text == "another ordinary post in the same second"  # not a prefix
    unpaired = by_id["note-n3"]  # no stub in the archive: still a post, still counted
    assert unpaired.text.startswith("A note whose stub was deleted")
    assert unpaired.created_at == "2023-03-01T08:00:00Z"
    assert [p.id for p in posts] == ["7001", "7002", "7003", "7004", "note-n3"]
    stats = filter_posts(posts).stats
    assert (stats.downloaded, stats.kept, stats.duplicates) == (5, 5, 0)


def test_notes_counted_once_when_the_archive_is_given_twice(tmp_path: Path):
    folder = _notes_archive(tmp_path, manifest=True)
    source = f"x-archive:{folder}"
    out = tmp_path / "out"
    summary = build_dataset([source, source], out, DatasetOptions(min_chars=0))
    stats = summary.users[0].stats
    assert (stats.downloaded, stats.kept, stats.duplicates) == (10, 5, 5)
    rows = [
        json.loads(line)
        for name in ("train.jsonl", "validation.jsonl")
        for line in (out / name).read_text("utf-8").splitlines()
    ]
    texts = {row["id"]: row["text"] for row in rows}
    assert texts["7002"] == LONG and len(texts) == 5


# ---------------------------------------------------------------- reply mentions


def test_reply_mentions_stripped_by_display_text_range(tmp_path: Path):
    tweets = [
        b.Tweet(
            "@grace @linus thanks, that fixed the build for all of us",
            id="1",
            reply_to="grace",
            display_from=14,
        ),
        b.Tweet("@grace I wrote this mention myself", id="2"),  # visible: range starts at 0
        b.Tweet("@grace ok", id="3", reply_to="grace", display_from=7),
        b.Tweet("odd range that would cut a word", id="4", reply_to="grace", display_from=5),
    ]
    folder = b.write_folder(tmp_path / "r", b.archive_files(tweets))
    texts = [p.text for p in load_posts(f"x-archive:{folder}")]
    assert texts == [
        "thanks, that fixed the build for all of us",
        "@grace I wrote this mention myself",
        "ok",
        "odd range that would cut a word",  # not mentions before the range: left whole
    ]
    kept = [
        p.text for p in load_posts(f"x-archive:{folder}", LoadOptions(keep_reply_mentions=True))
    ]
    assert kept == [t.text for t in tweets]
    stats = filter_posts(load_posts(f"x-archive:{folder}")).stats
    assert (stats.short, stats.kept) == (1, 3)  # stripping drops nothing by itself


# ---------------------------------------------------------------- data/manifest.js


def test_manifest_lists_the_parts(tmp_path: Path):
    tweets = b.random_tweets(90, seed=11)
    files = b.archive_files(tweets, parts=3, notes=[b.Note("n1", LONG)], manifest=True)
    archive = b.write_zip(tmp_path / "m.zip", files, prefix="twitter-2024-01-01/")
    posts = list(load_posts(f"x-archive:{archive}"))
    assert [p.id for p in posts] == [t.id for t in tweets] + ["note-n1"]


def _manifest_problem(tmp_path: Path, problem: str) -> tuple[Path, str]:
    files: dict[str, str | bytes] = dict(
        b.archive_files(b.random_tweets(60, seed=12), parts=3, notes=[], manifest=True)
    )
    if problem == "missing-part":
        del files["data/tweets-part2.js"]
        pattern = r"manifest\.js: lists data/tweets-part2\.js \(tweets\), which is not in"
    elif problem == "missing-first":
        del files["data/tweets.js"]
        pattern = r"manifest\.js: lists data/tweets\.js \(tweets\), which is not in"
    elif problem == "missing-notes":
        del files["data/note-tweet.js"]
        pattern = r"manifest\.js: lists data/note-tweet\.js \(noteTweet\)"
    elif problem == "unlisted-part":
        files["data/tweets-part3.js"] = files["data/tweets-part2.js"]
        pattern = r"data/tweets-part3\.js: a tweets part that data/manifest\.js does not list"
    elif problem == "unlisted-notes":
        files["data/note-tweet-part1.js"] = files["data/note-tweet.js"]
        pattern = r"note-tweet-part1\.js: a noteTweet part that .*does not list"
    elif problem == "outside":
        files["data/manifest.js"] = str(files["data/manifest.js"]).replace(
            '"data/tweets-part1.js"', '"../../etc/passwd.js"'
        )
        pattern = r"manifest\.js: tweets part '\.\./\.\./etc/passwd\.js' is not a file"
    elif problem == "garbage":
        files["data/manifest.js"] = str(files["data/manifest.js"])[:300]  # cut short
        pattern = r"manifest\.js: invalid JSON"
    else:
        raise AssertionError(problem)
    return b.write_folder(tmp_path / problem, files), pattern


MANIFEST_PROBLEMS = [
    "missing-part",
    "missing-first",
    "missing-notes",
    "unlisted-part",
    "unlisted-notes",
    "outside",
    "garbage",
]


@pytest.mark.parametrize("problem", MANIFEST_PROBLEMS)
def test_manifest_problem_is_one_line_error_nothing_written(tmp_path: Path, problem: str):
    folder, pattern = _manifest_problem(tmp_path, problem)
    out = tmp_path / "out"
    with pytest.raises(UserError, match=pattern) as err:
        build_dataset([f"x-archive:{folder}"], out, DatasetOptions(min_chars=0))
    assert "\n" not in str(err.value)
    assert not out.exists()


def test_manifest_missing_part_exits_2_from_the_cli(tmp_path: Path):
    from fixtures.bounded import capped_cli

    folder, _ = _manifest_problem(tmp_path, "missing-part")
    out = tmp_path / "out"
    run = capped_cli(["data", f"x-archive:{folder}", "-o", str(out)], timeout=120)
    assert run.returncode == 2
    assert re.search(r"tweets-part2\.js", run.stderr.strip().splitlines()[-1])
    assert not out.exists()


# ---------------------------------------------------------------- every script


def test_posts_in_every_script_counted_right(tmp_path: Path):
    """Normal posts in any language are kept; a one-word thanks is short in any script."""
    tweets, expected_short = [], 0
    for lang, texts in b.MULTILINGUAL.items():
        tweets += [b.Tweet(t, id=f"{lang}{i}", lang=lang) for i, t in enumerate(texts)]
    for lang, texts in b.SHORT_MULTILINGUAL.items():
        tweets += [b.Tweet(t, id=f"{lang}-short{i}", lang=lang) for i, t in enumerate(texts)]
        expected_short += len(texts)
    folder = b.write_folder(tmp_path / "ml", b.archive_files(tweets, manifest=True))
    out = tmp_path / "out"
    summary = build_dataset([f"x-archive:{folder}"], out, DatasetOptions(min_chars=0))
    stats = summary.users[0].stats
    assert stats.short == expected_short
    assert stats.kept == sum(len(t) for t in b.MULTILINGUAL.values())
    [user] = json.loads((out / "users.json").read_text("utf-8"))
    assert user["languages"][0] in b.MULTILINGUAL
    assert sum(user["language_shares"].values()) <= 1.0


# ---------------------------------------------------------------- hostile manifests and notes

_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(
    manifest=st.sampled_from(["valid", "garbage"]) | st.just("types"),
    types=st.dictionaries(
        st.sampled_from(["tweets", "tweet", "noteTweet", "account", "profile", "like"]),
        _JSONISH,
        max_size=4,
    ),
    garbage=st.binary(max_size=200),
    notes=st.lists(
        st.tuples(
            st.text(max_size=8) | st.none(),
            st.text(max_size=300) | st.none(),
            st.sampled_from(["2023-02-09T12:00:00.000Z", "Thu Feb 09", "", None]),
        ),
        max_size=4,
    ),
    range_start=st.sampled_from(["0", "7", "-3", "x", "99999999999999999999", 3, None]),
)
def test_hostile_manifest_and_notes(tmp_path_factory, manifest, types, garbage, notes, range_start):
    """Any manifest.js or note-tweet.js: posts, or one-line UserError (N=60, ~3 s here)."""
    from fixtures.bounded import capped

    tweets = [
        b.stub_of(LONG, "Thu Feb 09 12:00:00 +0000 2023", id="1", reply_to="grace"),
        b.Tweet("@grace a reply with some words", id="2", reply_to="grace"),
    ]
    files: dict[str, str | bytes] = dict(b.archive_files(tweets, manifest=True))
    items = []
    for note_id, text, created in notes:
        note = b.note_object(b.Note(note_id or "", text or "", created or ""))
        if note_id is None:
            del note["noteTweet"]["noteTweetId"]
        if text is None:
            del note["noteTweet"]["core"]
        items.append(note)
    files["data/note-tweet.js"] = b.ytd("note_tweet", items)
    tweets_js = str(files["data/tweets.js"])
    files["data/tweets.js"] = tweets_js.replace(
        '"display_text_range" : [\n        "0"',
        f'"display_text_range" : [\n        {json.dumps(range_start)}',
    )
    if manifest == "garbage":
        files["data/manifest.js"] = b"window.__THAR_CONFIG = " + garbage
    elif manifest == "types":
        config = {"dataTypes": types}
        files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(config)
    folder = b.write_folder(tmp_path_factory.mktemp("hostile"), files)
    out = capped(lambda: list(load_posts(f"x-archive:{folder}")), max_mb=64, max_s=30)
    if out.error is None:
        assert all(isinstance(p.text, str) for p in out.value)
