"""Hostile post sources: zip bombs, huge elements, deep JSON, empty archives, repeated posts.

Each test is the regression test of one case of the hardening issue. The bombs are built
here, streamed into the zip in chunks, so the test itself stays small in memory; `hubtools
data` then runs in a child process (`capped_cli`) whose real peak RSS must stay under 300 MB
and which must end with a one-line error and exit code 2.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.bounded import capped, capped_cli
from fixtures.posts import builders as b
from fixtures.posts.server import serve

from hubtools.dataset import DatasetOptions, build_dataset, collect
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, load_posts
from hubtools.sources.model import InputLimits, MiB

OPTS = DatasetOptions(min_chars=0, warn_chars=0)
CHUNK = 8 * MiB
PREFIX = b'window.YTD.tweets.part0 = [\n  {\n    "tweet" : {\n      "full_text" : "'


def _blanks(total: int) -> Iterator[bytes]:
    """A whitespace bomb: the YTD prefix, then `total` bytes of spaces."""
    yield b"window.YTD.tweets.part0 = ["
    chunk = b" " * CHUNK
    for _ in range(total // CHUNK):
        yield chunk


def _one_string(total: int) -> Iterator[bytes]:
    """One tweet whose text is a single string of `total` bytes."""
    yield PREFIX
    chunk = b"a" * CHUNK
    for _ in range(total // CHUNK):
        yield chunk
    yield b'",\n      "id_str" : "1"\n    }\n  }\n]'


def _bomb(path: Path, member: str, chunks: Iterator[bytes], extra: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, content in extra.items():
            zf.writestr(name, content)
        with zf.open(member, "w", force_zip64=True) as fh:
            for chunk in chunks:
                fh.write(chunk)
    return path


ACCOUNT = {"data/account.js": b.archive_files([])["data/account.js"]}
BOMBS = {"blanks": _blanks, "string": _one_string}


@pytest.fixture(scope="module")
def x_bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """3 GB of inflated tweets.js in a ~3 MB zip, one of each kind."""
    root = tmp_path_factory.mktemp("bombs")
    return {
        kind: _bomb(root / f"{kind}.zip", "data/tweets.js", make(3000 * MiB), ACCOUNT)
        for kind, make in BOMBS.items()
    }


def _one_line_error(run, *patterns: str) -> str:
    assert run.returncode == 2, run.stderr[-2000:]
    message = run.stderr.strip().splitlines()[-1]
    for pattern in patterns:
        assert re.search(pattern, message), message
    return message


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_x_zip_bomb_is_refused_by_its_ratio(x_bombs: dict[str, Path], kind: str, tmp_path: Path):
    bomb = x_bombs[kind]
    assert bomb.stat().st_size < 8 * MiB
    run = capped_cli(["data", f"x-archive:{bomb}", "-o", str(tmp_path / "out")])
    _one_line_error(run, rf"{kind}\.zip:data/tweets\.js: inflates", "--max-zip-ratio")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_x_zip_bomb_past_the_ratio_stops_at_one_item(
    x_bombs: dict[str, Path], kind: str, tmp_path: Path
):
    """With the ratio check lifted, the streaming parser still never holds the 3 GB."""
    args = ["data", str(x_bombs[kind]), "-o", str(tmp_path / "out"), "--max-zip-ratio", "5000"]
    run = capped_cli(args)
    _one_line_error(
        run, r"data/tweets\.js: item #1 .*larger than the limit of 16 MiB", "--max-item-mb"
    )
    sized = capped_cli([*args, "--max-member-mb", "1000"])
    _one_line_error(sized, r"data/tweets\.js: inflates to [\d,]+ bytes", "--max-member-mb")


def test_mastodon_zip_bomb(tmp_path: Path):
    def outbox() -> Iterator[bytes]:
        yield b'{"type": "OrderedCollection", "orderedItems": [{"type": "Create", "object": "'
        chunk = b"x" * CHUNK
        for _ in range(1000 * MiB // CHUNK):
            yield chunk

    bomb = _bomb(tmp_path / "masto.zip", "outbox.json", outbox(), {"actor.json": b.actor_json()})
    run = capped_cli(["data", str(bomb), "--stats-only"])
    _one_line_error(run, r"masto\.zip:outbox\.json: inflates", "--max-zip-ratio")
    run = capped_cli(["data", str(bomb), "--stats-only", "--max-zip-ratio", "5000"])
    _one_line_error(run, r"outbox\.json: item #1 .*larger than the limit", "--max-item-mb")


def test_unzipped_archive_with_a_huge_tweet(tmp_path: Path):
    """A folder gets the same per-element cap (here 20 MiB of text in one tweet)."""
    files = b.archive_files(b.random_tweets(5, seed=1))
    folder = b.write_folder(tmp_path / "archive", files)
    with open(folder / "data" / "tweets.js", "wb") as fh:
        for chunk in _one_string(20 * MiB):
            fh.write(chunk)
    run = capped_cli(["data", f"x-archive:{folder}", "--stats-only"])
    _one_line_error(run, r"archive/data/tweets\.js: item #1 .*larger than the limit of 16 MiB")
    raised = capped_cli(["data", f"x-archive:{folder}", "--stats-only", "--max-item-mb", "64"])
    assert raised.returncode == 0, raised.stderr  # the limit is an option, and it works
    assert re.search(r"Posts downloaded\s*│\s*1\s*│", raised.stdout), raised.stdout


# ---------------------------------------------------------------- deep JSON

DEEP = 50_000


def _deep() -> str:
    return "[" * DEEP + "]" * DEEP


def test_deep_json_in_tweets_js(tmp_path: Path):
    files = b.archive_files(b.random_tweets(3, seed=2))
    files["data/tweets.js"] = files["data/tweets.js"].replace(
        '"lang" : "en"', f'"lang" : "en", "deep" : {_deep()}', 1
    )
    for source in (b.write_folder(tmp_path / "a", files), b.write_zip(tmp_path / "a.zip", files)):
        out = capped(lambda source=source: list(load_posts(f"x-archive:{source}")))
        assert out.error is not None
        assert re.search(r"data/tweets\.js: JSON nested too deeply", str(out.error))


def test_deep_json_in_outbox_and_actor(tmp_path: Path):
    outbox = b.outbox([b.note(1, "<p>hello there my friends</p>")])
    outbox = outbox.replace('"tag": []', f'"tag": {_deep()}', 1)
    folder = b.write_folder(tmp_path / "m", {"outbox.json": outbox, "actor.json": b.actor_json()})
    out = capped(lambda: list(load_posts(f"mastodon-archive:{folder}")))
    assert out.error is not None and "outbox.json: JSON nested too deeply" in str(out.error)
    deep_actor = b.write_folder(
        tmp_path / "n", {"outbox.json": b.outbox([]), "actor.json": f'{{"x": {_deep()}}}'}
    )
    out = capped(lambda: load_posts(f"mastodon-archive:{deep_actor}"))
    assert out.error is not None and "actor.json: JSON nested too deeply" in str(out.error)


def test_deep_json_in_a_jsonl_line(tmp_path: Path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": "fine words here"}\n{"text": "x", "extra": ' + _deep() + "}\n")
    out = capped(lambda: list(load_posts(f"jsonl:{path}")))
    assert out.error is not None
    assert re.search(r"deep\.jsonl:2: JSON nested too deeply", str(out.error))


def test_deep_json_in_a_bluesky_page():
    profile = {"did": "did:plc:ada", "handle": "ada.bsky.social"}
    page = b'{"feed": ' + _deep().encode() + b"}"
    routes = {
        "/xrpc/app.bsky.actor.getProfile": [(200, {}, profile)],
        "/xrpc/app.bsky.feed.getAuthorFeed": [(200, {}, page)],
    }
    with serve(routes) as server:
        options = LoadOptions(base_url=server.base, sleep=lambda s: None)
        out = capped(lambda: list(load_posts("bluesky:ada.bsky.social", options)))
    assert out.error is not None and "nested too deeply" in str(out.error)


# ---------------------------------------------------------------- empty archives


def _empty_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w"):
        pass
    return path


@pytest.mark.parametrize("form", ["x-archive:", "mastodon-archive:", ""])
def test_empty_zip(tmp_path: Path, form: str):
    empty = _empty_zip(tmp_path / "empty.zip")
    with pytest.raises(UserError, match=r"empty\.zip: the archive is empty"):
        load_posts(f"{form}{empty}")


@pytest.mark.parametrize("form", ["x-archive:", "mastodon-archive:", ""])
def test_empty_folder(tmp_path: Path, form: str):
    (tmp_path / "export").mkdir()
    with pytest.raises(UserError, match=r"export: the folder is empty"):
        load_posts(f"{form}{tmp_path / 'export'}")


def test_empty_zip_on_the_command_line(tmp_path: Path):
    empty = _empty_zip(tmp_path / "empty.zip")
    run = capped_cli(["data", str(empty), "-o", str(tmp_path / "out")])
    _one_line_error(run, r"empty\.zip: the archive is empty")


# ---------------------------------------------------------------- the same post twice


def _ids(out: Path) -> list[str]:
    rows = []
    for name in ("train.jsonl", "validation.jsonl"):
        rows += [json.loads(line) for line in (out / name).read_text().splitlines()]
    return [r["id"] for r in rows if r["repeat"] == 0]


def test_overlapping_parts_count_a_post_once(tmp_path: Path):
    tweets = b.random_tweets(120, seed=12)
    files = b.archive_files(tweets, parts=2)
    once = build_dataset([str(b.write_folder(tmp_path / "once", files))], tmp_path / "o1", OPTS)
    # part 1 repeats the last 30 tweets of part 0, as when parts overlap
    items = [{"tweet": b.tweet_object(t, i + 1)} for i, t in enumerate(tweets)]
    files["data/tweets-part1.js"] = b.ytd("tweets", items[30:60] + items[60:], 1)
    twice = build_dataset([str(b.write_folder(tmp_path / "twice", files))], tmp_path / "o2", OPTS)
    s1, s2 = once.users[0].stats, twice.users[0].stats
    assert s2.downloaded == s1.downloaded + 30 and s2.duplicates == 30
    assert (s2.retweets, s2.short, s2.kept) == (s1.retweets, s1.short, s1.kept)
    assert sorted(_ids(tmp_path / "o2")) == sorted(_ids(tmp_path / "o1"))
    assert len(set(_ids(tmp_path / "o2"))) == len(_ids(tmp_path / "o2"))


def test_two_archives_of_one_user(tmp_path: Path):
    tweets = b.random_tweets(200, seed=13)
    old = b.write_zip(tmp_path / "2023.zip", b.archive_files(tweets[:120]))
    new = b.write_zip(tmp_path / "2024.zip", b.archive_files(tweets[80:]))
    whole = collect([str(b.write_zip(tmp_path / "all.zip", b.archive_files(tweets)))], OPTS)
    out = tmp_path / "out"
    summary = build_dataset([str(old), str(new)], out, OPTS)
    assert [u.handle for u in summary.users] == [b.HANDLE]
    s, w = summary.users[0].stats, whole[0].stats
    assert s.downloaded == 240 and s.duplicates == 40
    assert (s.retweets, s.short, s.kept) == (w.retweets, w.short, w.kept)
    s_dict = s.as_dict()
    assert s_dict["downloaded"] == sum(s_dict[k] for k in s_dict if k != "downloaded")
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == w.kept
    manifest = json.loads((out / "manifest.json").read_text())
    assert [i["source"] for i in manifest["inputs"]] == [f"x-archive:{old}", f"x-archive:{new}"]
    run = capped_cli(["data", str(old), str(new), "--stats-only"])
    assert run.returncode == 0, run.stderr
    assert re.search(r"Duplicates\s*│\s*40\s*│", run.stdout), run.stdout


def test_same_text_file_twice(tmp_path: Path):
    """Lines have no id: the same file twice counts once; equal lines stay two posts."""
    notes = tmp_path / "notes.txt"
    notes.write_text("first post of the day here\nfirst post of the day here\nanother one today\n")
    users = collect([f"txt:{notes}", f"txt:{notes}"], OPTS)
    s = users[0].stats
    assert (s.downloaded, s.duplicates, s.kept) == (6, 3, 3)
    copy = tmp_path / "copy" / "notes.txt"
    copy.parent.mkdir()
    copy.write_bytes(notes.read_bytes())  # same content elsewhere: still the same posts
    assert collect([f"txt:{notes}", f"txt:{copy}"], OPTS)[0].stats.duplicates == 3
    other = tmp_path / "other" / "notes.txt"
    other.parent.mkdir()
    other.write_text("first post of the day here\n")
    assert collect([f"txt:{notes}", f"txt:{other}"], OPTS)[0].stats.duplicates == 0


# ---------------------------------------------------------------- CSV and JSONL from strangers


def test_oversize_csv_field(tmp_path: Path):
    path = tmp_path / "big.csv"
    with open(path, "w") as fh:
        fh.write('id,text\n1,"a fine post here"\n2,"')
        for _ in range(40):  # 2 MiB, in short lines: only the field limit sees it
            fh.write(("b" * 1023 + "\n") * 50)
        fh.write('"\n')
    limits = LoadOptions(limits=InputLimits(max_item_bytes=MiB))
    out = capped(lambda: list(load_posts(f"csv:{path}", limits)))
    assert out.error is not None
    assert re.search(r"big\.csv:\d+: a field longer than the limit of 1 MiB", str(out.error))
    assert "--max-item-mb" in str(out.error)
    assert len(list(load_posts(f"csv:{path}"))) == 2  # under the default 16 MiB: fine


def test_oversize_line(tmp_path: Path):
    long = "c" * (2 * MiB)
    content = {
        "jsonl": '{"text": "fine words here"}\n{"text": "' + long + '"}\n',
        "txt": "fine words here\n" + long + "\n",
        "csv": "text\n" + long + "\n",
    }
    limits = LoadOptions(limits=InputLimits(max_item_bytes=MiB))
    for kind, text in content.items():
        path = tmp_path / f"long.{kind}"
        path.write_text(text)
        out = capped(lambda kind=kind, path=path: list(load_posts(f"{kind}:{path}", limits)))
        assert out.error is not None
        pattern = rf"long\.{kind}:2: a line longer than the limit of 1 MiB"
        assert re.search(pattern, str(out.error)), out.error
    path = tmp_path / "long.jsonl"
    run = capped_cli(["data", f"jsonl:{path}", "--stats-only", "--max-item-mb", "1"])
    _one_line_error(run, r"long\.jsonl:2: a line longer")


def test_look_alike_and_repeated_ids(tmp_path: Path):
    """Ids are compared as the strings they are, whatever they look like: `7`, `007`, `+7`
    and a 100,000-digit number are four posts; 20,000 copies of one id are one post and
    19,999 duplicates (ids are kept 8 bytes each, so the repeats cost no memory)."""
    text = "a post long enough to keep"
    odd = ["7", "007", "+7", "9" * 100_000, "18446744073709551616", "at://did:plc:x/post/1"]
    tweets = [b.Tweet(f"{text} {i}", id=post_id) for i, post_id in enumerate(odd)]
    tweets += [b.Tweet(f"{text} again", id="1600000000000000000") for _ in range(20_000)]
    folder = b.write_folder(tmp_path / "x", b.archive_files(tweets))
    out = capped(lambda: collect([f"x-archive:{folder}"], OPTS), max_mb=64)
    [user] = out.value
    s = user.stats
    assert (s.downloaded, s.duplicates, s.kept) == (20_006, 19_999, 7)
