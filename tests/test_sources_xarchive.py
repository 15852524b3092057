"""X/Twitter archives: folders, zips, parts, legacy files, kinds, and malformed input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from fixtures.posts import builders as b

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
    assert ranged and all("2021-01-10" <= p.created_at < "2021-01-12" for p in ranged)
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
