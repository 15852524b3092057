"""JSONL, CSV and text files; source strings and bare-path detection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.posts import builders as b

from hubtools.dataset import filter_posts
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, load_posts, parse_spec
from hubtools.sources.model import PostKind

FIXTURES = Path(__file__).parent / "fixtures" / "posts"

# posts.jsonl: 12 lines by @grace_hopsalot — 2 reposts, 2 short, 1 reply, 2 duplicates
# (one of them only after cleaning), entities, a URL, mojibake and emoji.


def test_jsonl_fixture_exact_counts():
    stream = load_posts(f"jsonl:{FIXTURES / 'posts.jsonl'}")
    assert stream.account.handle == "grace_hopsalot"
    posts = list(stream)
    assert len(posts) == 12
    assert sum(p.kind is PostKind.REPOST for p in posts) == 2
    assert sum(p.kind is PostKind.REPLY for p in posts) == 1
    assert posts[0].created_at == "2024-02-01T09:00:00Z"
    default = filter_posts(posts).stats
    assert (default.downloaded, default.retweets, default.short, default.kept) == (12, 2, 2, 8)
    strict = filter_posts(posts, _rules(drop_replies=True, drop_duplicates=True)).stats
    assert (strict.retweets, strict.replies, strict.short, strict.duplicates, strict.kept) == (
        2,
        1,
        2,
        2,
        5,
    )
    texts = {k.text for k in filter_posts(posts).kept}
    assert "Mojibake like don’t gets repaired before training" in texts
    assert "Tea & biscuits <3 at the standup" in texts
    assert "Debugging by candlelight again tonight 🕯️🐛" in texts


def _rules(**kw):
    from hubtools.dataset import Rules

    return Rules(**kw)


def test_jsonl_fields_and_handle(tmp_path: Path):
    path = tmp_path / "mine.jsonl"
    rows = [{"body": "one two three", "when": 1700000000, "who": "x"} for _ in range(3)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    with pytest.raises(UserError, match=r"mine\.jsonl:1: no 'text' field.*--text-field"):
        load_posts(f"jsonl:{path}")
    opts = LoadOptions(fields={"text": "body", "created_at": "when", "author": "who"})
    stream = load_posts(f"jsonl:{path}", opts)
    assert stream.account.handle == "x"
    posts = list(stream)
    assert [p.id for p in posts] == ["1", "2", "3"]
    assert posts[0].created_at == "2023-11-14T22:13:20Z"
    stream = load_posts(parse_spec(f"jsonl:{path}", handle="@someone"), opts)
    assert stream.account.handle == "someone" and {p.author for p in stream} == {"someone"}
    with pytest.raises(UserError, match="unknown key"):
        load_posts(f"jsonl:{path}", LoadOptions(fields={"txt": "body"}))


def test_jsonl_without_author_uses_file_name(tmp_path: Path):
    path = tmp_path / "radia_perlman.jsonl"
    path.write_text('{"text": "spanning trees all the way down"}\n')
    assert load_posts(f"jsonl:{path}").account.handle == "radia_perlman"


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        (b'{"text": "fine"}\n{"text": "broken', r"bad\.jsonl:2: invalid JSON"),
        (b'{"text": "fine"}\n["a", "list"]\n', r"bad\.jsonl:2: expected a JSON object"),
        (b'{"text": 3}\n', r"bad\.jsonl:1: a non-text 'text' field"),
        (b'{"text": "a", "author": "x"}\n{"text": "b", "author": "y"}\n', "several authors"),
        (b'{"text": "a", "kind": "sideways"}\n', r"bad\.jsonl:1: kind='sideways'"),
        (b"", r"bad\.jsonl: the file is empty"),
        (b"\n  \n", r"bad\.jsonl: the file is empty"),
        (b"\x00\x01\x02binary", r"bad\.jsonl: binary data"),
        (b'{"text": "caf\xe9"}\n', r"bad\.jsonl: not UTF-8"),
    ],
)
def test_jsonl_errors(tmp_path: Path, content: bytes, pattern: str):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(UserError, match=pattern) as err:
        list(load_posts(f"jsonl:{path}"))
    assert "\n" not in str(err.value)


def test_csv(tmp_path: Path):
    path = tmp_path / "posts.csv"
    path.write_text(
        'id,created_at,body,kind\n1,2024-01-02,"hello there, world",original\n'
        '2,2024-01-03,"RT @x: copied text here",retweet\n'
        '3,2024-01-04,"multi\nline post text",\n',
        encoding="utf-8",
    )
    with pytest.raises(
        UserError, match=r"no column 'text' \(columns: id, created_at, body, kind\)"
    ):
        load_posts(f"csv:{path}")
    posts = list(load_posts(f"csv:{path}", LoadOptions(fields={"text": "body"})))
    assert [p.kind for p in posts] == [PostKind.ORIGINAL, PostKind.REPOST, PostKind.ORIGINAL]
    assert posts[2].text == "multi\nline post text"
    assert posts[0].created_at == "2024-01-02T00:00:00Z"
    tsv = tmp_path / "posts.tsv"
    tsv.write_text("text\tauthor\none two three\tgrace\n")
    stream = load_posts(str(tsv))
    assert stream.account.handle == "grace" and [p.text for p in stream] == ["one two three"]


def test_txt(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("first post here\n\n  \nsecond post here\n", encoding="utf-8")
    stream = load_posts(f"txt:{path}")
    assert stream.account.handle == "notes"
    assert [(p.id, p.text) for p in stream] == [("1", "first post here"), ("4", "second post here")]


def test_spec_parsing():
    assert str(parse_spec("mastodon:@Ada@Social.Example")) == "mastodon:@Ada@social.example"
    assert str(parse_spec("mastodon:ada@social.example")) == "mastodon:@ada@social.example"
    assert str(parse_spec("bluesky:@Ada.bsky.social")) == "bluesky:ada.bsky.social"
    assert parse_spec("bluesky:did:plc:abc123").target == "did:plc:abc123"
    assert parse_spec("jsonl:x.jsonl", handle="@me").handle == "me"
    for bad, pattern in [
        ("mastodon:ada", "expected an account like"),
        ("bluesky:not a handle", "expected a handle"),
        ("jsonl:", "nothing after"),
        ("/no/such/file.jsonl", "no such file or folder"),
        ("@ada@social.example", "write mastodon:@ada@social.example"),
    ]:
        with pytest.raises(UserError, match=pattern):
            parse_spec(bad)
    with pytest.raises(UserError, match="one word"):
        parse_spec("jsonl:x.jsonl", handle="two words")


def test_bare_path_detection(tmp_path: Path):
    x_files = b.archive_files(b.random_tweets(3, seed=1))
    cases = {
        "archive": b.write_folder(tmp_path / "archive", x_files),
        "archive.zip": b.write_zip(tmp_path / "archive.zip", x_files),
        "tweets.js": tmp_path / "archive" / "data" / "tweets.js",
        "masto.zip": b.write_zip(
            tmp_path / "masto.zip", {"outbox.json": b.outbox([]), "actor.json": b.actor_json()}
        ),
        "masto": b.write_folder(tmp_path / "masto", {"outbox.json": b.outbox([])}),
    }
    (tmp_path / "p.jsonl").write_text('{"text": "a b c"}\n')
    (tmp_path / "p.data").write_text("id,text\n1,hello\n")
    (tmp_path / "p.txt").write_text("just some lines\nof text\n")
    expected = {
        "archive": "x-archive",
        "archive.zip": "x-archive",
        "tweets.js": "x-archive",
        "masto.zip": "mastodon-archive",
        "masto": "mastodon-archive",
    }
    for name, path in cases.items():
        assert parse_spec(str(path)).kind == expected[name], name
    assert parse_spec(str(tmp_path / "p.jsonl")).kind == "jsonl"
    assert parse_spec(str(tmp_path / "p.data")).kind == "csv"  # by its header, not its name
    assert parse_spec(str(tmp_path / "p.txt")).kind == "txt"
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)))
    (tmp_path / "empty").write_bytes(b"")
    (tmp_path / "other.zip").write_bytes(b"PK\x03\x04" + bytes(100))
    b.write_zip(tmp_path / "photos.zip", {"img/a.jpg": b"\xff\xd8"})
    (tmp_path / "folder").mkdir()
    for name, pattern in [
        ("junk.bin", "binary data"),
        ("empty", "the file is empty"),
        ("other.zip", "not a readable zip"),
        ("photos.zip", "a zip without data/tweets.js or outbox.json"),
        ("folder", "the folder is empty"),
    ]:
        with pytest.raises(UserError, match=pattern) as err:
            parse_spec(str(tmp_path / name))
        assert name in str(err.value)
