"""Bluesky's public AppView API, against a local server answering recorded JSON."""

from __future__ import annotations

import pytest
from fixtures.posts.server import Reply, serve

from hubtools.dataset import filter_posts
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, load_posts
from hubtools.sources.bluesky import expand_links
from hubtools.sources.model import PostKind

DID = "did:plc:ada123"
PROFILE = {
    "did": DID,
    "handle": "ada.bsky.social",
    "displayName": "Ada ☁️",
    "avatar": f"https://cdn.bsky.app/img/avatar/plain/{DID}/bafkreiabc@jpeg",
    "followersCount": 10,
    "postsCount": 8,
}
FEED = "/xrpc/app.bsky.feed.getAuthorFeed"


def post(n: int, text: str, author: str = DID, **record: object) -> dict:
    return {
        "uri": f"at://{author}/app.bsky.feed.post/3k{n:04d}",
        "cid": f"bafyrei{n:04d}",
        "author": {"did": author, "handle": "ada.bsky.social", "displayName": "Ada ☁️"},
        "record": {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": f"2024-06-{20 - n:02d}T08:00:00.000Z",
            "langs": ["en"],
            **record,
        },
        "replyCount": 0,
        "repostCount": 0,
        "likeCount": 1,
        "indexedAt": f"2024-06-{20 - n:02d}T08:00:01.000Z",
    }


def link_facet(text: str, shown: str, uri: str) -> dict:
    start = text.encode().index(shown.encode())
    return {
        "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
    }


def feed_pages() -> list[tuple[int, dict, object]]:
    linked = "🫖 Reading example.com/a/very... tonight with tea"
    reply_ref = {
        "root": {"uri": "at://did:plc:grace/app.bsky.feed.post/1", "cid": "x"},
        "parent": {"uri": "at://did:plc:grace/app.bsky.feed.post/1", "cid": "x"},
    }
    own_ref = {
        "root": {"uri": f"at://{DID}/app.bsky.feed.post/3k0001", "cid": "y"},
        "parent": {"uri": f"at://{DID}/app.bsky.feed.post/3k0001", "cid": "y"},
    }
    repost = {
        "post": post(2, "someone else's words", author="did:plc:grace"),
        "reason": {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": {"did": DID, "handle": "ada.bsky.social"},
            "indexedAt": "2024-06-18T09:00:00.000Z",
        },
    }
    page1 = {
        "cursor": "c1",
        "feed": [
            {
                "post": post(
                    1,
                    linked,
                    facets=[
                        link_facet(
                            linked, "example.com/a/very...", "https://example.com/a/very/long/path"
                        )
                    ],
                )
            },
            repost,
            {"post": post(3, "@grace.bsky.social agreed, ship it today", reply=reply_ref)},
        ],
    }
    page2 = {
        "cursor": "c2",
        "feed": [
            {"post": post(4, "and one more thought in my own thread", reply=own_ref)},
            {"post": post(5, "ok")},
            {
                "post": post(
                    6,
                    "quoting a good point here",
                    embed={
                        "$type": "app.bsky.embed.record",
                        "record": {"uri": "at://did:plc:grace/app.bsky.feed.post/9", "cid": "z"},
                    },
                )
            },
            {"post": post(1, linked), "reason": {"$type": "app.bsky.feed.defs#reasonPin"}},
        ],
    }
    page3 = {"feed": [{"post": post(7, "Tea &amp; cake 🍰 for everyone today")}]}
    return [
        (200, {}, page1),
        (429, {"Retry-After": "3"}, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}),
        (200, {}, page2),
        (500, {}, {"error": "InternalServerError"}),
        (200, {}, page3),
    ]  # fmt: skip


def routes() -> dict:
    return {"/xrpc/app.bsky.actor.getProfile": [(200, {}, PROFILE)], FEED: feed_pages()}


def test_feed_pages_kinds_and_counts():
    waits: list[float] = []
    with serve(routes()) as server:
        stream = load_posts(
            "bluesky:@Ada.bsky.social", LoadOptions(base_url=server.base, sleep=waits.append)
        )
        assert stream.account.handle == "ada.bsky.social"
        assert stream.account.display_name == "Ada ☁️"
        assert stream.account.avatar_url == PROFILE["avatar"]
        posts = list(stream)
        feed_requests = [r for r in server.requests if r.startswith(FEED)]
    assert [p.kind for p in posts] == [
        PostKind.ORIGINAL,
        PostKind.REPOST,
        PostKind.REPLY,
        PostKind.ORIGINAL,  # reply to own post: a thread
        PostKind.ORIGINAL,
        PostKind.QUOTE,
        PostKind.ORIGINAL,
    ]  # the pinned copy of post 1 is not counted again
    assert waits == [3.0, 1.0]
    assert len(feed_requests) == 5
    assert "cursor=c1" in feed_requests[1] and "cursor=c1" in feed_requests[2]
    assert "cursor=c2" in feed_requests[4]
    assert all(f"actor={DID.replace(':', '%3A')}" in r for r in feed_requests)
    assert posts[0].text == "🫖 Reading https://example.com/a/very/long/path tonight with tea"
    assert posts[1].created_at == "2024-06-18T09:00:00Z"  # a repost is dated when reposted
    assert (posts[0].lang, posts[1].lang) == ("en", None)  # langs[0]; a repost has none of its own
    s = filter_posts(posts).stats
    assert (s.downloaded, s.retweets, s.short, s.kept) == (7, 1, 1, 5)
    kept = [k.text for k in filter_posts(posts).kept]
    assert kept[0] == "🫖 Reading tonight with tea"
    assert "Tea & cake 🍰 for everyone today" in kept
    assert len(stream.fingerprint() or "") == 64


def test_limit_stops_paging():
    with serve(routes()) as server:
        posts = list(
            load_posts("bluesky:ada.bsky.social", LoadOptions(base_url=server.base, limit=3))
        )
        assert len(posts) == 3
        assert sum(r.startswith(FEED) for r in server.requests) == 1


def test_errors(monkeypatch: pytest.MonkeyPatch):
    bad: dict[str, list[Reply]] = {
        "/xrpc/app.bsky.actor.getProfile": [
            (400, {}, {"error": "InvalidRequest", "message": "Profile not found"})
        ]
    }
    with serve(bad) as server:
        monkeypatch.setenv("HUBTOOLS_BLUESKY_BASE", server.base)
        with pytest.raises(
            UserError,
            match=r"bluesky:nobody\.bsky\.social: profile lookup failed: Profile not found",
        ):
            load_posts("bluesky:nobody.bsky.social")
    down: dict[str, list[Reply]] = {
        "/xrpc/app.bsky.actor.getProfile": [(200, {}, PROFILE)],
        FEED: [(500, {}, {})],
    }
    with serve(down) as server:
        stream = load_posts(
            "bluesky:ada.bsky.social",
            LoadOptions(base_url=server.base, sleep=lambda s: None, max_retries=2),
        )
        with pytest.raises(UserError, match=r"HTTP 500 .* after 3 tries"):
            list(stream)
    junk: dict[str, list[Reply]] = {
        "/xrpc/app.bsky.actor.getProfile": [(200, {}, PROFILE)],
        FEED: [(200, {}, {"posts": []})],
    }
    with serve(junk) as server, pytest.raises(UserError, match="no 'feed' list"):
        list(load_posts("bluesky:ada.bsky.social", LoadOptions(base_url=server.base)))


def test_expand_links_ignores_bad_facets():
    text = "see é.com/x now"
    good = link_facet(text, "é.com/x", "https://é.com/x/full")
    assert expand_links(text, [good]) == "see https://é.com/x/full now"
    split_char = {"index": {"byteStart": 5, "byteEnd": 7}, "features": good["features"]}
    out_of_range = {"index": {"byteStart": 3, "byteEnd": 999}, "features": good["features"]}
    assert expand_links(text, [split_char, out_of_range, "junk"]) == text
