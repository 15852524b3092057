"""Mastodon: an account export (`outbox.json`, ActivityStreams) and the live public API.

Only public and unlisted posts are read, in both cases: the API shows nothing else without a
login, and an export's followers-only posts and direct messages were not meant for a public
model. Boosts (`Announce` / `reblog`) are reposts; a reply to another account is a reply, a
reply to oneself (a thread) is an original post.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from hubtools.errors import UserError
from hubtools.sources.container import Container
from hubtools.sources.dates import iso_date
from hubtools.sources.html_text import html_to_text
from hubtools.sources.http import HttpError, JsonClient
from hubtools.sources.limits import feed_done
from hubtools.sources.model import Account, LoadOptions, Post, PostKind, PostStream
from hubtools.sources.spec import mastodon_account

PUBLIC = {
    "https://www.w3.org/ns/activitystreams#Public",
    "as:Public",
    "Public",
}
BASE_ENV = "HUBTOOLS_MASTODON_BASE"
PAGE_SIZE = 40  # the API's maximum for account statuses
_LINK_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


# ---------------------------------------------------------------- export (outbox.json)


class _Note(msgspec.Struct, gc=False):
    id: str | None = None
    content: str | None = None
    published: str | None = None
    inReplyTo: str | None = None
    quoteUri: str | None = None
    quoteUrl: str | None = None
    to: list[str] | str | None = None
    cc: list[str] | str | None = None


class _Activity(msgspec.Struct, gc=False):
    type: str | list[str] | None = None
    id: str | None = None
    actor: str | None = None
    published: str | None = None
    object: _Note | str | None = None
    to: list[str] | str | None = None
    cc: list[str] | str | None = None


class _Outbox(msgspec.Struct, gc=False):
    orderedItems: list[_Activity] | None = None
    type: str | None = None


def _find(box: Container, name: str) -> str | None:
    for member in box.names():
        if member == name or member.endswith("/" + name):
            return member
    return None


def _open_archive(path_text: str) -> tuple[Container, str, str | None]:
    """The export, the name of its outbox.json and of its actor.json (if any)."""
    path = Path(path_text)
    if path.is_file() and not _is_zip(path):
        box, outbox = Container(path.parent), path.name
    else:
        box = Container(path)
        found = _find(box, "outbox.json")
        if found is None:
            box.close()
            raise UserError(f"{path}: no outbox.json inside; is this a Mastodon account export?")
        outbox = found
    folder = outbox[: outbox.rfind("/") + 1]
    actor = f"{folder}actor.json"
    has_actor = actor in set(box.names()) if box.is_zip else (box.path / actor).is_file()
    return box, outbox, actor if has_actor else None


def archive_fingerprint(path_text: str) -> str:
    box, outbox, actor = _open_archive(path_text)
    with box:
        return box.fingerprint([outbox] + ([actor] if actor else []))


def load_archive(path_text: str, options: LoadOptions) -> PostStream:
    box, outbox_name, actor_name = _open_archive(path_text)
    with box:
        label = box.label(outbox_name)
        outbox = _decode_outbox(box.read(outbox_name), label)
        actor: dict[str, Any] = {}
        if actor_name is not None:
            try:
                loaded = msgspec.json.decode(box.read(actor_name))
            except msgspec.DecodeError as err:
                raise UserError(f"{box.label(actor_name)}: invalid JSON ({err})") from None
            actor = loaded if isinstance(loaded, dict) else {}
    items = outbox.orderedItems or []
    account, actor_uri = _archive_account(actor, items, options, label)
    return PostStream(
        account,
        _archive_posts(items, account.handle, actor_uri, label),
        f"mastodon-archive:{path_text}",
        fingerprint=lambda: archive_fingerprint(path_text),
    )


def _decode_outbox(raw: bytes, label: str) -> _Outbox:
    if not raw.strip():
        raise UserError(f"{label}: the file is empty")
    try:
        outbox = msgspec.json.decode(raw, type=_Outbox)
    except msgspec.ValidationError as err:
        raise UserError(f"{label}: unexpected content: {err}") from None
    except msgspec.DecodeError as err:
        raise UserError(f"{label}: invalid JSON ({err}); the file may be truncated") from None
    if outbox.orderedItems is None:
        raise UserError(
            f"{label}: no 'orderedItems' list; is this the outbox.json of a Mastodon export?"
        )
    return outbox


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


def _archive_account(
    actor: dict[str, Any], items: list[_Activity], options: LoadOptions, label: str
) -> tuple[Account, str | None]:
    actor_uri = actor.get("id") if isinstance(actor.get("id"), str) else None
    if actor_uri is None:
        actor_uri = next((a.actor for a in items if a.actor), None)
    username = actor.get("preferredUsername")
    host = _host(actor_uri) if actor_uri else None
    handle = options.handle
    if handle is None and isinstance(username, str) and username:
        handle = f"{username}@{host}" if host else username
    if handle is None and actor_uri:  # .../users/alice -> alice@host
        handle = f"{actor_uri.rstrip('/').rsplit('/', 1)[-1]}@{host}"
    if not handle:
        raise UserError(f"{label}: no actor.json and no actor in the outbox; pass --handle")
    icon = actor.get("icon")
    avatar = icon.get("url") if isinstance(icon, dict) else None
    if not (isinstance(avatar, str) and avatar.startswith(("http://", "https://"))):
        avatar = None  # exports point at their own avatar.png, not a public URL
    name = actor.get("name")
    return (
        Account(handle.lstrip("@"), name if isinstance(name, str) and name else None, avatar),
        actor_uri,
    )


def _host(uri: str) -> str | None:
    match = re.match(r"^https?://([^/]+)", uri)
    return match.group(1).lower() if match else None


def _addressed(*fields: list[str] | str | None) -> set[str]:
    out: set[str] = set()
    for value in fields:
        if isinstance(value, str):
            out.add(value)
        elif value:
            out.update(value)
    return out


def _archive_posts(
    items: list[_Activity], handle: str, actor_uri: str | None, label: str
) -> Iterator[Post]:
    own_prefix = f"{actor_uri.rstrip('/')}/" if actor_uri else None
    for number, activity in enumerate(items, 1):
        kind_name = activity.type if isinstance(activity.type, str) else None
        if kind_name == "Announce":
            if not PUBLIC & _addressed(activity.to, activity.cc, ["as:Public"]):
                continue
            target = activity.object if isinstance(activity.object, str) else ""
            yield Post(
                id=activity.id or f"announce-{number}",
                author=handle,
                text=target,
                created_at=iso_date(activity.published),
                kind=PostKind.REPOST,
            )
            continue
        if kind_name != "Create" or not isinstance(activity.object, _Note):
            continue
        note = activity.object
        if note.content is None:
            raise UserError(
                f"{label}: item #{number} ({note.id or activity.id}) has no 'content'; "
                "is this a Mastodon export?"
            )
        audience = _addressed(note.to, note.cc, activity.to, activity.cc)
        if not audience:
            raise UserError(
                f"{label}: item #{number} ({note.id or activity.id}) has no 'to'/'cc'; "
                "cannot tell whether it is public"
            )
        if not PUBLIC & audience:
            continue  # followers-only or direct: not for a public model
        if note.inReplyTo and not (own_prefix and note.inReplyTo.startswith(own_prefix)):
            kind = PostKind.REPLY
        elif note.quoteUri or note.quoteUrl:
            kind = PostKind.QUOTE
        else:
            kind = PostKind.ORIGINAL
        yield Post(
            id=note.id or activity.id or str(number),
            author=handle,
            text=html_to_text(note.content),
            created_at=iso_date(note.published or activity.published),
            kind=kind,
        )


# ---------------------------------------------------------------- live API


def api_base(instance: str, options: LoadOptions) -> str:
    base = options.base_url or os.environ.get(BASE_ENV) or f"https://{instance}"
    return base.rstrip("/")


def load_api(target: str, options: LoadOptions) -> PostStream:
    user, instance = mastodon_account(target)
    name = f"mastodon:@{user}@{instance}"
    client = JsonClient(name, sleep=options.sleep, max_retries=options.max_retries)
    base = api_base(instance, options)
    try:
        found = client.get(f"{base}/api/v1/accounts/lookup", {"acct": user}).data
    except HttpError as err:
        if err.status == 404:
            raise UserError(f"{name}: no such account on {instance}") from None
        if err.status in (401, 403):
            raise UserError(
                f"{name}: {instance} does not show accounts without signing in "
                f"(HTTP {err.status}); download an account export and use mastodon-archive:"
            ) from None
        raise UserError(f"{name}: account lookup failed (HTTP {err.status})") from None
    if not isinstance(found, dict) or not isinstance(found.get("id"), str):
        raise UserError(f"{name}: unexpected account lookup answer from {instance}")
    account = Account(
        handle=(options.handle or f"{found.get('username') or user}@{instance}").lstrip("@"),
        display_name=found.get("display_name") or None,
        avatar_url=found.get("avatar") or None,
    )
    digest = hashlib.sha256()
    state = {"done": False}
    posts = _api_posts(client, base, found["id"], account.handle, options, digest, state)
    return PostStream(
        account,
        posts,
        name,
        fingerprint=lambda: digest.hexdigest() if state["done"] else None,
    )


def _api_posts(
    client: JsonClient,
    base: str,
    account_id: str,
    handle: str,
    options: LoadOptions,
    digest: Any,
    state: dict[str, bool],
) -> Iterator[Post]:
    url: str | None = f"{base}/api/v1/accounts/{account_id}/statuses"
    params: dict[str, object] | None = {"limit": PAGE_SIZE}
    since = iso_date(options.since) if options.since else None
    count = 0
    while url:
        try:
            page = client.get(url, params)
        except HttpError as err:
            raise UserError(f"{client.name}: reading posts failed (HTTP {err.status})") from None
        digest.update(page.raw)
        if not isinstance(page.data, list):
            raise UserError(f"{client.name}: unexpected statuses answer (not a list)")
        if not page.data:
            break
        for status in page.data:
            post = _status_post(status, handle, account_id, client.name)
            yield post
            count += 1
            if feed_done(post, count, options, since):
                state["done"] = True
                return
        match = _LINK_NEXT.search(page.headers.get("link", ""))
        url, params = (match.group(1), None) if match else (None, None)
    state["done"] = True


def _status_post(status: object, handle: str, account_id: str, name: str) -> Post:
    if not isinstance(status, dict) or not isinstance(status.get("id"), str):
        raise UserError(f"{name}: a status without an id in the API answer")
    reblog = status.get("reblog")
    source = reblog if isinstance(reblog, dict) else status
    content = source.get("content")
    if not isinstance(content, str):
        raise UserError(f"{name}: status {status['id']} has no 'content'")
    if isinstance(reblog, dict):
        kind = PostKind.REPOST
    elif status.get("in_reply_to_id") and status.get("in_reply_to_account_id") != account_id:
        kind = PostKind.REPLY
    elif status.get("quote"):
        kind = PostKind.QUOTE
    else:
        kind = PostKind.ORIGINAL
    return Post(
        id=status["id"],
        author=handle,
        text=html_to_text(content),
        created_at=iso_date(status.get("created_at")),
        kind=kind,
    )
