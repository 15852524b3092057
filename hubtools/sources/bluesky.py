"""Bluesky: the public AppView API (`app.bsky.actor.getProfile`, `app.bsky.feed.getAuthorFeed`).

No login is needed. The feed pages with a `cursor`, newest first. A feed item with a
`reasonRepost` is a repost; a post whose record has `reply` is a reply unless its parent is
the author's own post (a thread). Link text in Bluesky posts is often shortened
(`example.com/lo...`); the link facets give the full URL, which is put back so the URL rule
removes the whole link.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from typing import Any

from hubtools.errors import UserError
from hubtools.sources.dates import iso_date
from hubtools.sources.http import HttpError, JsonClient
from hubtools.sources.limits import feed_done
from hubtools.sources.model import Account, LoadOptions, Post, PostKind, PostStream
from hubtools.sources.spec import bluesky_actor

BASE_ENV = "HUBTOOLS_BLUESKY_BASE"
DEFAULT_BASE = "https://public.api.bsky.app"
PAGE_SIZE = 100  # the API's maximum
REPOST = "app.bsky.feed.defs#reasonRepost"
LINK = "app.bsky.richtext.facet#link"
QUOTE_EMBEDS = ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia")


def api_base(options: LoadOptions) -> str:
    return (options.base_url or os.environ.get(BASE_ENV) or DEFAULT_BASE).rstrip("/")


def load(target: str, options: LoadOptions) -> PostStream:
    actor = bluesky_actor(target)
    name = f"bluesky:{actor}"
    client = JsonClient(
        name,
        sleep=options.sleep,
        max_retries=options.max_retries,
        max_bytes=options.limits.max_item_bytes,
    )
    base = api_base(options)
    try:
        profile = client.get(f"{base}/xrpc/app.bsky.actor.getProfile", {"actor": actor}).data
    except HttpError as err:
        message = err.json_field("message") or f"HTTP {err.status}"
        raise UserError(f"{name}: profile lookup failed: {message}") from None
    if not isinstance(profile, dict) or not isinstance(profile.get("did"), str):
        raise UserError(f"{name}: unexpected getProfile answer")
    did = profile["did"]
    account = Account(
        handle=(options.handle or profile.get("handle") or actor).lstrip("@"),
        display_name=profile.get("displayName") or None,
        avatar_url=profile.get("avatar") or None,
    )
    digest = hashlib.sha256()
    state = {"done": False}
    posts = _feed(client, base, did, account.handle, options, digest, state)
    return PostStream(
        account, posts, name, fingerprint=lambda: digest.hexdigest() if state["done"] else None
    )


def _feed(
    client: JsonClient,
    base: str,
    did: str,
    handle: str,
    options: LoadOptions,
    digest: Any,
    state: dict[str, bool],
) -> Iterator[Post]:
    since = iso_date(options.since) if options.since else None
    cursor: str | None = None
    count = 0
    while True:
        params = {"actor": did, "limit": PAGE_SIZE, "filter": "posts_with_replies"}
        if cursor:
            params["cursor"] = cursor
        try:
            page = client.get(f"{base}/xrpc/app.bsky.feed.getAuthorFeed", params)
        except HttpError as err:
            message = err.json_field("message") or f"HTTP {err.status}"
            raise UserError(f"{client.name}: reading posts failed: {message}") from None
        digest.update(page.raw)
        data = page.data
        feed = data.get("feed") if isinstance(data, dict) else None
        if not isinstance(feed, list):
            raise UserError(f"{client.name}: unexpected getAuthorFeed answer (no 'feed' list)")
        for item in feed:
            post = _item_post(item, did, handle, client.name)
            if post is None:
                continue
            yield post
            count += 1
            if feed_done(post, count, options, since):
                state["done"] = True
                return
        cursor = data.get("cursor") if isinstance(data, dict) else None
        if not feed or not isinstance(cursor, str) or not cursor:
            state["done"] = True
            return


def _item_post(item: object, did: str, handle: str, name: str) -> Post | None:
    if not isinstance(item, dict) or not isinstance(item.get("post"), dict):
        raise UserError(f"{name}: a feed item without a 'post'")
    view = item["post"]
    record = view.get("record")
    uri = view.get("uri")
    if not isinstance(record, dict) or not isinstance(uri, str):
        raise UserError(f"{name}: a post without 'uri' or 'record'")
    reason = item.get("reason")
    if not isinstance(reason, dict):
        reason = {}
    reason_type = reason.get("$type")
    if reason_type == REPOST:
        kind = PostKind.REPOST
        created = iso_date(reason.get("indexedAt")) or iso_date(record.get("createdAt"))
    elif reason_type is not None:  # e.g. reasonPin: a pinned post shown again at the top
        return None
    else:
        author = view.get("author")
        if isinstance(author, dict) and author.get("did") not in (None, did):
            return None  # not this account's post (should not happen in an author feed)
        created = iso_date(record.get("createdAt")) or iso_date(view.get("indexedAt"))
        kind = record_kind(record, did)
    text = record.get("text")
    if not isinstance(text, str):
        text = ""
    return Post(
        id=uri,
        author=handle,
        text=expand_links(text, record.get("facets")),
        created_at=created,
        kind=kind,
        lang=first_lang(record) if kind is not PostKind.REPOST else None,
    )


def first_lang(record: dict[str, Any]) -> str | None:
    """The record's first `langs` tag (the author's language hint), as given."""
    langs = record.get("langs")
    if isinstance(langs, list) and langs and isinstance(langs[0], str) and langs[0]:
        return langs[0]
    return None


def record_kind(record: dict[str, Any], did: str) -> PostKind:
    reply = record.get("reply")
    if isinstance(reply, dict):
        parent = reply.get("parent")
        parent_uri = parent.get("uri") if isinstance(parent, dict) else None
        if not (isinstance(parent_uri, str) and parent_uri.startswith(f"at://{did}/")):
            return PostKind.REPLY
    embed = record.get("embed")
    if isinstance(embed, dict) and embed.get("$type") in QUOTE_EMBEDS:
        return PostKind.QUOTE
    return PostKind.ORIGINAL


def expand_links(text: str, facets: object) -> str:
    """Replace shortened link text by the facet's full URL (facets index UTF-8 bytes)."""
    if not isinstance(facets, list) or not facets:
        return text
    spans: list[tuple[int, int, str]] = []
    for facet in facets:
        if not isinstance(facet, dict):
            continue
        index, features = facet.get("index"), facet.get("features")
        if not isinstance(index, dict) or not isinstance(features, list):
            continue
        uri = next(
            (f.get("uri") for f in features if isinstance(f, dict) and f.get("$type") == LINK),
            None,
        )
        start, end = index.get("byteStart"), index.get("byteEnd")
        if isinstance(uri, str) and isinstance(start, int) and isinstance(end, int):
            spans.append((start, end, uri))
    if not spans:
        return text
    data = text.encode("utf-8")
    limit = len(data)  # spans are replaced from the end; overlapping ones are skipped
    for start, end, uri in sorted(spans, reverse=True):
        if not 0 <= start < end <= limit:
            continue
        try:
            data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            continue  # not on character boundaries: leave the text as it is
        data = data[:start] + uri.encode("utf-8") + data[end:]
        limit = start
    return data.decode("utf-8", errors="replace")
