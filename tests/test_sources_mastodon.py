"""Mastodon: the account export (outbox.json) and the live API, against a local server."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.posts import builders as b
from fixtures.posts.server import serve

from hubtools.dataset import Rules, filter_posts
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, load_posts
from hubtools.sources.html_text import html_to_text
from hubtools.sources.model import PostKind

LINK = (
    '<a href="https://example.com/a/very/long/path" rel="nofollow noopener noreferrer" '
    'target="_blank"><span class="invisible">https://</span><span class="ellipsis">'
    'example.com/a/very</span><span class="invisible">/long/path</span></a>'
)
MENTION = (
    '<span class="h-card" translate="no"><a href="https://other.example/@grace" '
    'class="u-url mention">@<span>grace</span></a></span>'
)


def export_items() -> list[dict]:
    return [
        b.note(1, "<p>Hello from the fediverse<br>second line of the post</p>"),
        b.announce(2, "https://other.example/users/grace/statuses/9"),
        b.note(3, f"<p>{MENTION} thanks for the tip, it worked</p>", reply_to="https://other.example/users/grace/statuses/8"),
        b.note(4, "<p>continuing my own thread with more words</p>", reply_to=f"{b.ACTOR}/statuses/1"),
        b.note(5, "<p>followers only, never read</p>", public=False),
        b.note(6, "<p>ok</p>"),
        b.note(7, f"<p>Fish &amp; chips &lt;3 read {LINK} later</p>"),
        b.note(8, "<p>donâ€™t panic, it is only mojibake 🐘</p>"),
    ]  # fmt: skip


@pytest.mark.parametrize("container", ["folder", "zip"])
def test_export_counts_and_kinds(tmp_path: Path, container: str):
    files = {"outbox.json": b.outbox(export_items()), "actor.json": b.actor_json()}
    if container == "zip":
        source = b.write_zip(tmp_path / "archive-2024.zip", files)
    else:
        source = b.write_folder(tmp_path / "export", files)
    stream = load_posts(f"mastodon-archive:{source}")
    assert stream.account.handle == "ada@social.example"
    assert stream.account.display_name == "Ada on Mastodon"
    assert stream.account.avatar_url is None  # the export's avatar is a local file
    everything = list(stream)
    withheld = [p for p in everything if p.withheld]
    assert [(p.id, p.withheld, p.text) for p in withheld] == [
        (f"{b.ACTOR}/statuses/5", "private", "")  # followers-only: counted, text never read
    ]
    posts = [p for p in everything if not p.withheld]
    assert [p.kind for p in posts] == [
        PostKind.ORIGINAL,
        PostKind.REPOST,
        PostKind.REPLY,
        PostKind.ORIGINAL,  # a reply to oneself is a thread
        PostKind.ORIGINAL,
        PostKind.ORIGINAL,
        PostKind.ORIGINAL,
    ]
    assert posts[0].text == "Hello from the fediverse\nsecond line of the post"
    assert posts[0].created_at == "2023-03-02T10:00:00Z"
    assert posts[0].lang == "en"  # the contentMap key
    s = filter_posts(posts).stats
    assert (s.downloaded, s.retweets, s.short, s.kept) == (7, 1, 1, 5)
    s = filter_posts(posts, Rules(drop_replies=True)).stats
    assert (s.retweets, s.replies, s.short, s.kept) == (1, 1, 1, 4)
    kept = [k.text for k in filter_posts(posts).kept]
    assert "Fish & chips <3 read later" in kept
    assert "don’t panic, it is only mojibake 🐘" in kept
    assert "@grace thanks for the tip, it worked" in kept


def test_html_to_text():
    assert html_to_text("<p>a</p><p>b<br/>c</p>") == "a\n\nb\nc"
    assert html_to_text(f"<p>{LINK}</p>") == "https://example.com/a/very/long/path"
    assert html_to_text("no tags &amp; entities kept") == "no tags &amp; entities kept"


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        ("", r"outbox\.json: the file is empty"),
        ('{"orderedItems": [', r"outbox\.json: invalid JSON"),
        ('{"type": "OrderedCollection"}', r"outbox\.json: no 'orderedItems' list"),
        ('{"orderedItems": [{"type": "Create", "object": {"id": "x"}}]}', r"outbox\.json: item #1 .*no 'content'"),
        ('{"orderedItems": [{"type": "Create", "object": {"content": "<p>hi</p>"}}]}', r"outbox\.json: item #1 .*no 'to'/'cc'"),
        ('{"orderedItems": "nope"}', r"outbox\.json: unexpected content"),
    ],
)  # fmt: skip
def test_export_errors(tmp_path: Path, content: str, pattern: str):
    folder = b.write_folder(tmp_path / "export", {"outbox.json": content})
    with pytest.raises(UserError, match=pattern):
        list(load_posts(f"mastodon-archive:{folder}", LoadOptions(handle="ada")))
    empty = b.write_zip(tmp_path / "empty.zip", {"likes.json": "{}"})
    with pytest.raises(UserError, match=r"empty\.zip: no outbox\.json inside"):
        load_posts(f"mastodon-archive:{empty}")


# ---------------------------------------------------------------- live API


def status(n: int, content: str, **extra: object) -> dict:
    """A status as GET /api/v1/accounts/:id/statuses returns it (trimmed to common fields)."""
    return {
        "id": str(n),
        "created_at": f"2024-05-{130 - n:02d}T12:00:00.000Z",  # newest first
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "uri": f"https://social.example/users/ada/statuses/{n}",
        "url": f"https://social.example/@ada/{n}",
        "replies_count": 0,
        "reblogs_count": 1,
        "favourites_count": 2,
        "content": content,
        "reblog": None,
        "account": {"id": "1", "username": "ada", "acct": "ada"},
        "media_attachments": [],
        "mentions": [],
        "tags": [],
        "emojis": [],
        "card": None,
        "poll": None,
        **extra,
    }


ACCOUNT = {
    "id": "1",
    "username": "ada",
    "acct": "ada",
    "display_name": "Ada 🐘",
    "locked": False,
    "bot": False,
    "url": "https://social.example/@ada",
    "avatar": "https://files.social.example/accounts/avatars/000/000/001/original/a.png",
    "statuses_count": 8,
}
STATUSES = "/api/v1/accounts/1/statuses"


def _next(max_id: int) -> dict[str, str]:
    return {
        "Link": f'<{{base}}{STATUSES}?limit=40&max_id={max_id}>; rel="next", '
        f'<{{base}}{STATUSES}?limit=40&min_id=999>; rel="prev"'
    }


def api_routes() -> dict:
    reblogged = status(900, "<p>someone else's words, boosted</p>")
    return {
        "/api/v1/accounts/lookup?acct=ada": [(200, {}, ACCOUNT)],
        f"{STATUSES}?limit=40": [
            (
                200,
                _next(103),
                [
                    status(101, f"<p>Reading about the history of compilers {LINK}</p>"),
                    status(102, "", reblog=reblogged),
                    status(103, "<p>@grace yes, merged it this morning</p>", in_reply_to_id="77", in_reply_to_account_id="2"),
                ],
            )
        ],
        f"{STATUSES}?limit=40&max_id=103": [
            (429, {"Retry-After": "2"}, {"error": "Too many requests"}),
            (
                200,
                _next(106),
                [
                    status(104, "<p>and a follow-up in my own thread</p>", in_reply_to_id="101", in_reply_to_account_id="1"),
                    status(105, "<p>ok</p>"),
                    status(106, "<p>Fish &amp; chips, donâ€™t judge 🐟</p>"),
                ],
            ),
        ],
        f"{STATUSES}?limit=40&max_id=106": [
            (502, {}, {"error": "Bad gateway"}),
            (
                200,
                _next(108),
                [
                    status(107, f"<p>{MENTION} #tag https://t.co/x</p>"),
                    status(108, "<p>quoting this because it is good</p>", quote={"state": "accepted"}),
                ],
            ),
        ],
        f"{STATUSES}?limit=40&max_id=108": [(200, {}, [])],
    }  # fmt: skip


def test_api_pages_retries_and_counts():
    waits: list[float] = []
    with serve(api_routes()) as server:
        options = LoadOptions(base_url=server.base, sleep=waits.append)
        stream = load_posts("mastodon:@ada@social.example", options)
        assert stream.account.handle == "ada@social.example"
        assert stream.account.display_name == "Ada 🐘"
        assert stream.account.avatar_url == ACCOUNT["avatar"]
        assert stream.fingerprint() is None  # nothing fetched yet
        posts = list(stream)
        requests = list(server.requests)
    assert [p.id for p in posts] == [str(n) for n in range(101, 109)]
    assert [p.kind for p in posts] == [
        PostKind.ORIGINAL,
        PostKind.REPOST,
        PostKind.REPLY,
        PostKind.ORIGINAL,
        PostKind.ORIGINAL,
        PostKind.ORIGINAL,
        PostKind.ORIGINAL,
        PostKind.QUOTE,
    ]
    assert waits == [2.0, 1.0]  # Retry-After honoured, then back-off after the 502
    assert requests.count(f"{STATUSES}?limit=40&max_id=103") == 2
    assert requests[-1] == f"{STATUSES}?limit=40&max_id=108"
    assert len(stream.fingerprint() or "") == 64
    s = filter_posts(posts).stats
    assert (s.downloaded, s.retweets, s.short, s.kept) == (8, 1, 2, 5)
    assert posts[0].created_at == "2024-05-29T12:00:00Z"


def test_api_limit_stops_paging_and_env_base(monkeypatch: pytest.MonkeyPatch):
    with serve(api_routes()) as server:
        monkeypatch.setenv("HUBTOOLS_MASTODON_BASE", server.base)
        options = LoadOptions(limit=2, sleep=lambda s: None)
        posts = list(load_posts("mastodon:@ada@social.example", options))
        assert len(posts) == 2
        assert not any("max_id" in r for r in server.requests)


def test_api_since_stops_at_older_posts():
    with serve(api_routes()) as server:
        options = LoadOptions(base_url=server.base, since="2024-05-28", sleep=lambda s: None)
        posts = list(load_posts("mastodon:@ada@social.example", options))
        assert [p.id for p in posts] == ["101", "102"]  # 103 is older: paging stops there
        assert not any("max_id" in r for r in server.requests)


def test_api_errors():
    routes = {
        "/api/v1/accounts/lookup": [(404, {}, {"error": "Record not found"})],
    }
    with (
        serve(routes) as server,
        pytest.raises(UserError, match=r"mastodon:@nobody@social\.example: no such account"),
    ):
        load_posts("mastodon:@nobody@social.example", LoadOptions(base_url=server.base))
    routes = {
        "/api/v1/accounts/lookup": [(200, {}, ACCOUNT)],
        STATUSES: [(503, {}, {"error": "unavailable"})],
    }
    waits: list[float] = []
    with serve(routes) as server:
        options = LoadOptions(base_url=server.base, sleep=waits.append, max_retries=3)
        stream = load_posts("mastodon:@ada@social.example", options)
        with pytest.raises(UserError, match=r"HTTP 503 from 127\.0\.0\.1:\d+ after 4 tries"):
            list(stream)
    assert waits == [1.0, 2.0, 4.0]
    routes = {"/api/v1/accounts/lookup": [(429, {"Retry-After": "1"}, {})]}
    with serve(routes) as server:
        options = LoadOptions(base_url=server.base, sleep=lambda s: None, max_retries=1)
        with pytest.raises(UserError, match=r"rate limited \(HTTP 429\)"):
            load_posts("mastodon:@ada@social.example", options)


# ---------------------------------------------------------------- visibility, CW, emoji


def cw_export(tmp_path: Path) -> Path:
    items = [
        b.note(1, "<p>a public post with enough words</p>", visibility="public"),
        b.note(2, "<p>an unlisted post with enough words</p>", visibility="unlisted"),
        b.note(3, "<p>for my followers only, private words</p>", visibility="private"),
        b.note(4, "<p>a direct message to grace, private</p>", visibility="direct"),
        b.note(5, "<p>the ending of the film is great</p>", summary="film spoilers", visibility="public"),
        b.note(6, "<p>ok</p>", summary="long thread about compilers", visibility="unlisted"),
        b.note(7, "<p>:blobcat: so happy today :blobcat:<br>:ablobwave:</p>", emoji=("blobcat", "ablobwave")),
        b.note(8, "<p>:blobcat: :ablobwave: hi</p>", emoji=("blobcat", "ablobwave")),
        b.note(9, "<p>time is 10:30: not an emoji</p>"),
        b.announce(10, "https://other.example/users/grace/statuses/9"),
    ]  # fmt: skip
    files: dict[str, str | bytes] = {
        "outbox.json": b.outbox(items),
        "actor.json": b.actor_json(
            name=":verified: Ada 🐘 :blobcat:", emoji=("verified", "blobcat")
        ),
        "avatar.png": b.png(),
    }
    return b.write_folder(tmp_path / "export", files)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # private: 3, 4 | short: 6 ("ok" behind a warning, body only or dropped), 8 ("hi")
        ("prefix", {"private": 2, "content_warning": 0, "short": 1, "retweets": 1, "kept": 6}),
        ("body", {"private": 2, "content_warning": 0, "short": 2, "retweets": 1, "kept": 5}),
        ("drop", {"private": 2, "content_warning": 2, "short": 1, "retweets": 1, "kept": 4}),
    ],
)
def test_visibility_and_content_warnings_are_counted(
    tmp_path: Path, mode: str, expected: dict[str, int]
):
    from hubtools.dataset import DatasetOptions, collect

    options = DatasetOptions(load=LoadOptions(content_warnings=mode))
    [user] = collect([f"mastodon-archive:{cw_export(tmp_path)}"], options, keep=True)
    s = user.stats
    assert s.downloaded == 10
    assert {k: getattr(s, k) for k in expected} == expected
    assert s.downloaded == s.dropped + s.kept
    kept = {k.post.id.rsplit("/", 1)[-1]: k.text for k in user.filtered.kept}
    assert "3" not in kept and "4" not in kept  # never trained on, whatever the mode
    if mode == "prefix":
        assert kept["5"] == "film spoilers the ending of the film is great"
        assert kept["6"] == "long thread about compilers ok"
    if mode == "body":
        assert kept["5"] == "the ending of the film is great"
    assert "5" not in kept if mode == "drop" else "5" in kept
    assert kept["7"] == "so happy today"
    assert kept["9"] == "time is 10:30: not an emoji"  # only listed shortcodes are emoji
    assert user.account.display_name == "Ada 🐘"
    stats = s.as_dict()
    assert ("content_warning" in stats) == (mode == "drop")  # only reasons that occurred


def test_content_warning_line_kept_with_newlines(tmp_path: Path):
    from hubtools.dataset import CleanRules, DatasetOptions, Rules, collect

    options = DatasetOptions(rules=Rules(clean=CleanRules(keep_newlines=True)))
    [user] = collect([f"mastodon-archive:{cw_export(tmp_path)}"], options, keep=True)
    kept = {k.post.id.rsplit("/", 1)[-1]: k.text for k in user.filtered.kept}
    assert kept["5"] == "film spoilers\nthe ending of the film is great"
    assert kept["7"] == "so happy today"  # the emoji-only line is gone


def test_bad_content_warning_mode_is_a_user_error(tmp_path: Path):
    with pytest.raises(UserError, match="content warnings: 'hide' is not one of"):
        load_posts(f"mastodon-archive:{cw_export(tmp_path)}", LoadOptions(content_warnings="hide"))


def test_cli_table_rows_only_for_reasons_that_occurred(tmp_path: Path):
    from typer.testing import CliRunner

    from hubtools.cli.main import app

    export = cw_export(tmp_path)
    args = ["data", f"mastodon-archive:{export}", "--stats-only", "--min-chars", "0"]
    result = CliRunner().invoke(app, [*args, "--content-warnings", "drop"])
    assert result.exit_code == 0, result.output
    assert "Private posts" in result.output and "Behind a content warning" in result.output
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Private posts" in result.output and "Behind a content warning" not in result.output
    plain = b.write_folder(
        tmp_path / "plain", {"outbox.json": b.outbox([b.note(1, "<p>one two three</p>")])}
    )
    result = CliRunner().invoke(app, ["data", f"mastodon-archive:{plain}", "--stats-only"])
    assert result.exit_code == 0, result.output
    assert "Private posts" not in result.output
    result = CliRunner().invoke(app, [*args, "--content-warnings", "hide"])
    assert isinstance(result.exception, UserError)
    assert "--content-warnings 'hide'" in str(result.exception)


def test_repeated_private_post_is_one_private_one_duplicate(tmp_path: Path):
    from hubtools.dataset import collect

    item = b.note(3, "<p>for my followers only</p>", visibility="private")
    folder = b.write_folder(tmp_path / "export", {"outbox.json": b.outbox([item, item])})
    [user] = collect([f"mastodon-archive:{folder}"])
    assert (user.stats.downloaded, user.stats.private, user.stats.duplicates) == (2, 1, 1)


def test_api_visibility_cw_and_emoji():
    statuses = [
        status(1, "<p>a public status with words</p>"),
        status(2, "<p>only followers see this one</p>", visibility="private"),
        status(3, "<p>a direct message to somebody</p>", visibility="direct"),
        status(4, "<p>the butler did it</p>", spoiler_text="book spoilers"),
        status(
            5, "<p>:blobcat: happy happy day</p>", emojis=[{"shortcode": "blobcat", "url": "x"}]
        ),
    ]
    routes = {
        "/api/v1/accounts/lookup?acct=ada": [
            (
                200,
                {},
                {**ACCOUNT, "display_name": "Ada :blobcat:", "emojis": [{"shortcode": "blobcat"}]},
            )
        ],
        f"{STATUSES}?limit=40": [(200, {}, statuses)],
    }
    with serve(routes) as server:
        options = LoadOptions(base_url=server.base, content_warnings="drop")
        stream = load_posts("mastodon:@ada@social.example", options)
        posts = list(stream)
    assert stream.account.display_name == "Ada"
    assert [p.withheld for p in posts] == [None, "private", "private", "content_warning", None]
    assert posts[4].text == "happy happy day"
    assert all(p.text == "" for p in posts if p.withheld)


def test_push_accepts_mastodon_handles():
    from hubtools.push.pipeline import check_handles, repo_name

    check_handles(["grace@example.social", "ada_lovecode"], ["a", "b"])
    check_handles(["@grace"], ["a"])
    assert repo_name(["grace@Example.social", "ada"]) == "ada-grace_at_example.social"
    with pytest.raises(UserError, match="invalid handle 'grace@'"):
        check_handles(["grace@"], ["a"])


# ---------------------------------------------------------------- counts add up (property)

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORD = st.sampled_from(["tea", "cake", "river", "stone", "élan", "草", "moon"])
ITEM = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["note", "note", "note", "announce"]),
        "visibility": st.sampled_from(b.VISIBILITIES),
        "words": st.lists(WORD, max_size=5),
        "emoji": st.integers(0, 2),  # custom emoji shortcodes mixed into the text
        "warning": st.one_of(st.none(), st.lists(WORD, min_size=1, max_size=3)),
        "again": st.booleans(),  # the same activity once more (overlapping exports)
    }
)


def _independent(items: list[dict], mode: str) -> dict[str, int]:
    """What the documented rules say, counted from the generator's own description."""
    counts = dict.fromkeys(
        ("downloaded", "retweets", "short", "duplicates", "private", "content_warning", "kept"),
        0,
    )
    for item in items:
        copies = 2 if item["again"] else 1
        counts["downloaded"] += copies
        counts["duplicates"] += copies - 1
        if item["kind"] == "announce":
            counts["retweets"] += 1
        elif item["visibility"] in ("private", "direct"):
            counts["private"] += 1
        elif item["warning"] and mode == "drop":
            counts["content_warning"] += 1
        else:
            words = len(item["words"]) + (len(item["warning"] or []) if mode == "prefix" else 0)
            counts["kept" if words >= 3 else "short"] += 1
    return counts


@settings(max_examples=200)
@given(items=st.lists(ITEM, max_size=12), mode=st.sampled_from(["prefix", "body", "drop"]))
def test_counts_add_up_over_generated_outboxes(tmp_path_factory, items: list[dict], mode: str):
    from hubtools.dataset import DatasetOptions, collect

    activities = []
    for n, item in enumerate(items):
        if item["kind"] == "announce":
            activity = b.announce(n, f"https://other.example/users/grace/statuses/{n}")
        else:
            shortcodes = [":blobcat:", ":ablobwave:"][: item["emoji"]]
            body = " ".join([*shortcodes, *item["words"], *shortcodes])
            warning = " ".join(item["warning"]) if item["warning"] else None
            activity = b.note(
                n,
                f"<p>{body}</p>",
                visibility=item["visibility"],
                summary=warning,
                emoji=("blobcat", "ablobwave"),
            )
        activities += [activity] * (2 if item["again"] else 1)
    folder = b.write_folder(
        tmp_path_factory.mktemp("outbox"),
        {"outbox.json": b.outbox(activities), "actor.json": b.actor_json()},
    )
    options = DatasetOptions(load=LoadOptions(content_warnings=mode))
    [user] = collect([f"mastodon-archive:{folder}"], options)
    got = {k: getattr(user.stats, k) for k in _independent(items, mode)}
    assert got == _independent(items, mode)
    assert user.stats.downloaded == user.stats.dropped + user.stats.kept
