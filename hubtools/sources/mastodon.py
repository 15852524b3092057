"""Mastodon: an account export (`outbox.json`, ActivityStreams) and the live public API.

Only public and unlisted posts are trained on: the API shows nothing else without a login,
and an export's followers-only posts and direct messages were not meant for a public model.
Those are still yielded, text-less and `withheld="private"`, so they are counted and the
numbers add up. Boosts (`Announce` / `reblog`) are reposts; a reply to another account is a
reply, a reply to oneself (a thread) is an original post. A content warning (`summary`) is
kept as the post's first line, or dropped with the body kept, or the post is withheld
(`LoadOptions.content_warnings`). Custom emoji shortcodes (`:blobcat:`, listed in `tag` as
`Emoji`) are images on Mastodon, not words: they are removed from posts and display names.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import zipfile
from collections.abc import Generator, Iterable, Iterator
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Any

import msgspec

from hubtools.errors import UserError
from hubtools.sources import jsonarray
from hubtools.sources.container import Container, is_zip
from hubtools.sources.dates import iso_date
from hubtools.sources.html_text import html_to_text
from hubtools.sources.http import HttpError, JsonClient
from hubtools.sources.jsonarray import depth_at, iter_array
from hubtools.sources.limits import feed_done
from hubtools.sources.model import (
    CONTENT_WARNINGS,
    MAX_AVATAR_BYTES,
    Account,
    InputLimits,
    LoadOptions,
    Post,
    PostKind,
    PostStream,
)
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
    summary: str | None = None  # the content warning
    tag: Any = None  # Mention, Hashtag and Emoji objects (a list, or one object)
    contentMap: dict[str, msgspec.Raw] | None = None  # language -> content (not decoded)
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


_ACTIVITIES = msgspec.json.Decoder(list[_Activity])
_ITEMS_KEY = re.compile(rb'"orderedItems"\s*:\s*')
_HINT = "is this the outbox.json of a Mastodon export?"


def _find(box: Container, name: str) -> str | None:
    for member in box.names():
        if member == name or member.endswith("/" + name):
            return member
    return None


def _open_archive(path_text: str, limits: InputLimits) -> tuple[Container, str, str | None]:
    """The export, the name of its outbox.json and of its actor.json (if any)."""
    path = Path(path_text)
    if path.is_file() and not is_zip(path):
        box, outbox = Container(path.parent, limits), path.name
    else:
        box = Container(path, limits)
        found = _find(box, "outbox.json")
        if found is None:
            try:
                box.check_not_empty()
            finally:
                box.close()
            raise UserError(f"{path}: no outbox.json inside; is this a Mastodon account export?")
        outbox = found
    folder = outbox[: outbox.rfind("/") + 1]
    actor = f"{folder}actor.json"
    has_actor = actor in set(box.names()) if box.is_zip else (box.path / actor).is_file()
    return box, outbox, actor if has_actor else None


def archive_fingerprint(path_text: str) -> str:
    """A hash of what the dataset is made of: outbox.json, actor.json and the avatar image."""
    box, outbox, actor = _open_archive(path_text, InputLimits())
    with box:
        names = [outbox]
        if actor:
            names.append(actor)
            try:
                loaded = msgspec.json.decode(box.read(actor))
            except (msgspec.DecodeError, RecursionError):
                loaded = None  # reading the archive will say what is wrong with it
            avatar = _avatar_member(box, loaded, actor) if isinstance(loaded, dict) else None
            names += [avatar] if avatar else []
        return box.fingerprint(names)


def _check_cw_mode(options: LoadOptions) -> str:
    mode = options.content_warnings
    if mode not in CONTENT_WARNINGS:
        raise UserError(f"content warnings: {mode!r} is not one of {', '.join(CONTENT_WARNINGS)}")
    return mode


def load_archive(path_text: str, options: LoadOptions) -> PostStream:
    """Posts of an export, streamed from outbox.json one piece of activities at a time."""
    cw_mode = _check_cw_mode(options)
    box, outbox_name, actor_name = _open_archive(path_text, options.limits)
    label = box.label(outbox_name)
    try:
        actor: dict[str, Any] = {}
        if actor_name is not None:
            loaded = _decode_json(box.read(actor_name), box.label(actor_name))
            actor = loaded if isinstance(loaded, dict) else {}
        actor_id = actor.get("id") if isinstance(actor.get("id"), str) else None
        actor_uri, pieces = _actor_and_pieces(box, outbox_name, actor_id)
        account = _archive_account(actor, actor_uri, options, label)
        if actor_name is not None:
            image = _avatar_image(box, actor, actor_name)
            account = replace(account, avatar_image=image) if image else account
    except BaseException:
        box.close()
        raise
    return PostStream(
        account,
        _archive_posts(box, pieces, account.handle, actor_uri, label, cw_mode),
        f"mastodon-archive:{path_text}",
        fingerprint=lambda: archive_fingerprint(path_text),
        withholds=True,
    )


def _actor_and_pieces(
    box: Container, name: str, actor_id: str | None
) -> tuple[str | None, Iterator[tuple[int, list[_Activity]]]]:
    """The author's URI (actor.json's id, else the first activity naming an actor) and the
    pieces of outbox.json to read the posts from.

    The first piece is always read now, so an outbox that cannot be read fails here. When no
    actor shows in it, the outbox is read on until one does and then again from the start,
    rather than holding every piece read: memory does not follow the file."""
    pieces = _outbox_pieces(box, name)
    first = next(pieces, None)
    if first is None:
        return actor_id, pieces
    actor_uri = actor_id or _named_actor(first[1])
    if actor_uri:
        return actor_uri, chain([first], pieces)
    del first
    for _, items in pieces:
        actor_uri = _named_actor(items)
        if actor_uri:
            break
    pieces.close()
    return actor_uri, _outbox_pieces(box, name)


def _named_actor(items: list[_Activity]) -> str | None:
    """The first actor the activities name: an outbox without actor.json still has an author."""
    return next((a.actor for a in items if a.actor), None)


def _avatar_image(box: Container, actor: dict[str, Any], actor_name: str) -> bytes | None:
    """The bytes of the avatar file the export holds (`icon.url`, relative to actor.json);
    None when there is none. At most MAX_AVATAR_BYTES + 1 are read: the dataset checks it."""
    name = _avatar_member(box, actor, actor_name)
    if name is None:
        return None
    with box.open(name) as fh:
        try:
            return fh.read(MAX_AVATAR_BYTES + 1)
        except (OSError, zipfile.BadZipFile, EOFError):
            return None


def _avatar_member(box: Container, actor: dict[str, Any], actor_name: str) -> str | None:
    """The name in the export of the avatar file `icon.url` points at, if it is there."""
    icon = actor.get("icon")
    if isinstance(icon, list):
        icon = next((i for i in icon if isinstance(i, dict)), None)
    url = icon.get("url") if isinstance(icon, dict) else None
    if not isinstance(url, str) or not url or "://" in url:
        return None
    folder = actor_name[: actor_name.rfind("/") + 1]
    name = posixpath.normpath(folder + url.lstrip("/"))
    if name.startswith("../") or name == ".." or name not in set(box.names()):
        return None  # outside the export, or not there: no avatar rather than an error
    return name


def _decode_json(raw: bytes, label: str) -> Any:
    try:
        return msgspec.json.decode(raw)
    except msgspec.DecodeError as err:
        raise UserError(f"{label}: invalid JSON ({err})") from None
    except RecursionError:
        raise UserError(f"{label}: JSON nested too deeply; is this a Mastodon export?") from None


def _outbox_pieces(box: Container, name: str) -> Generator[tuple[int, list[_Activity]]]:
    """The `orderedItems` of outbox.json, decoded a piece at a time (memory: one item)."""
    label = box.label(name)
    with box.open(name) as fh:
        head = jsonarray.read_head(fh, label, _HINT)
        if not head.lstrip().startswith(b"{"):
            raise UserError(f"{label}: invalid JSON (not an object); {_HINT}")
        start = _items_start(head, label)
        yield from iter_array(
            fh,
            head,
            start,
            label=label,
            decoder=_ACTIVITIES,
            max_item=box.limits.max_item_bytes,
            hint=_HINT,
            to_end=False,  # the keys after orderedItems are not needed
        )


def _items_start(head: bytes, label: str) -> int:
    """Where the top-level `"orderedItems": [` array starts in the first block."""
    for match in _ITEMS_KEY.finditer(head):
        if depth_at(head, match.start()) != 1:
            continue  # inside a string or a nested object
        if head[match.end() : match.end() + 1] != b"[":
            raise UserError(f"{label}: unexpected content: 'orderedItems' is not a list; {_HINT}")
        return match.end()
    size = jsonarray.head_size()
    where = "" if len(head) < size - 3 else f" in its first {jsonarray.size_text(size)}"
    raise UserError(f"{label}: no 'orderedItems' list{where}; {_HINT}")


def _archive_account(
    actor: dict[str, Any], actor_uri: str | None, options: LoadOptions, label: str
) -> Account:
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
    name = strip_emoji(name, _emoji_names(actor.get("tag"))) if isinstance(name, str) else None
    return Account(handle.lstrip("@"), name or None, avatar)


def _emoji_names(tag: object) -> tuple[str, ...]:
    """The `:shortcode:` of every custom emoji in an ActivityStreams `tag` (list or object)."""
    items = tag if isinstance(tag, list) else [tag]
    names = []
    for item in items:
        if not isinstance(item, dict):
            continue
        kind, name = item.get("type"), item.get("name")
        is_emoji = kind == "Emoji" or (isinstance(kind, list) and "Emoji" in kind)
        if is_emoji and isinstance(name, str) and name.strip(":"):
            names.append(f":{name.strip(':')}:")
    return tuple(names)


def strip_emoji(text: str, names: Iterable[str]) -> str:
    """`text` without the given `:shortcode:`s; a name left empty-spaced is tidied."""
    changed = False
    for name in names:
        if name in text:
            text, changed = text.replace(name, ""), True
    if not changed:
        return text
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(lines).strip()


def _with_warning(body: str, warning: str | None, mode: str) -> str | None:
    """The text to train on for a post behind a content warning; None: withhold the post."""
    if not warning or not warning.strip():
        return body
    if mode == "drop":
        return None
    if mode == "body":
        return body
    return f"{warning.strip()}\n{body}"


def _withheld(id_: str, handle: str, created_at: str | None, reason: str, numbered: bool) -> Post:
    return Post(
        id=id_, author=handle, text="", created_at=created_at, withheld=reason, numbered=numbered
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
    box: Container,
    pieces: Iterable[tuple[int, list[_Activity]]],
    handle: str,
    actor_uri: str | None,
    label: str,
    cw_mode: str,
) -> Iterator[Post]:
    try:
        for first, items in pieces:
            yield from _piece_posts(items, first, handle, actor_uri, label, cw_mode)
    finally:
        box.close()


def _piece_posts(
    items: list[_Activity],
    first: int,
    handle: str,
    actor_uri: str | None,
    label: str,
    cw_mode: str,
) -> Iterator[Post]:
    own_prefix = f"{actor_uri.rstrip('/')}/" if actor_uri else None
    for number, activity in enumerate(items, first + 1):
        kind_name = activity.type if isinstance(activity.type, str) else None
        if kind_name == "Announce":
            audience = _addressed(activity.to, activity.cc)
            if audience and not PUBLIC & audience:  # a boost only followers saw
                created = iso_date(activity.published)
                yield _withheld(
                    activity.id or f"announce-{number}", handle, created, "private", not activity.id
                )
                continue
            target = activity.object if isinstance(activity.object, str) else ""
            yield Post(
                id=activity.id or f"announce-{number}",
                author=handle,
                text=target,
                created_at=iso_date(activity.published),
                kind=PostKind.REPOST,
                numbered=not activity.id,
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
        post_id = note.id or activity.id or str(number)
        numbered = not (note.id or activity.id)
        created = iso_date(note.published or activity.published)
        if not PUBLIC & audience:  # followers-only or direct: not for a public model
            yield _withheld(post_id, handle, created, "private", numbered)
            continue
        emoji = _emoji_names(note.tag)
        summary = strip_emoji(note.summary, emoji) if note.summary else None
        text = _with_warning(strip_emoji(html_to_text(note.content), emoji), summary, cw_mode)
        if text is None:
            yield _withheld(post_id, handle, created, "content_warning", numbered)
            continue
        if note.inReplyTo and not (own_prefix and note.inReplyTo.startswith(own_prefix)):
            kind = PostKind.REPLY
        elif note.quoteUri or note.quoteUrl:
            kind = PostKind.QUOTE
        else:
            kind = PostKind.ORIGINAL
        lang = next(iter(note.contentMap), None) if note.contentMap else None
        yield Post(
            id=post_id,
            author=handle,
            text=text,
            created_at=created,
            kind=kind,
            numbered=numbered,
            lang=lang,
        )


# ---------------------------------------------------------------- live API


def api_base(instance: str, options: LoadOptions) -> str:
    base = options.base_url or os.environ.get(BASE_ENV) or f"https://{instance}"
    return base.rstrip("/")


def load_api(target: str, options: LoadOptions) -> PostStream:
    cw_mode = _check_cw_mode(options)
    user, instance = mastodon_account(target)
    name = f"mastodon:@{user}@{instance}"
    client = JsonClient(
        name,
        sleep=options.sleep,
        max_retries=options.max_retries,
        max_bytes=options.limits.max_item_bytes,
    )
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
    display_name = found.get("display_name")
    if isinstance(display_name, str):
        display_name = strip_emoji(display_name, _api_emoji(found))
    account = Account(
        handle=(options.handle or f"{found.get('username') or user}@{instance}").lstrip("@"),
        display_name=display_name or None,
        avatar_url=found.get("avatar") or None,
    )
    digest = hashlib.sha256()
    state = {"done": False}
    posts = _api_posts(client, base, found["id"], account.handle, options, digest, state, cw_mode)
    return PostStream(
        account,
        posts,
        name,
        fingerprint=lambda: digest.hexdigest() if state["done"] else None,
        withholds=True,
    )


def _api_emoji(entity: dict[str, Any]) -> tuple[str, ...]:
    """`:shortcode:` of the custom emoji an API account or status lists in `emojis`."""
    emojis = entity.get("emojis")
    if not isinstance(emojis, list):
        return ()
    return tuple(
        f":{e['shortcode']}:"
        for e in emojis
        if isinstance(e, dict) and isinstance(e.get("shortcode"), str) and e["shortcode"]
    )


def _api_posts(
    client: JsonClient,
    base: str,
    account_id: str,
    handle: str,
    options: LoadOptions,
    digest: Any,
    state: dict[str, bool],
    cw_mode: str,
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
            post = _status_post(status, handle, account_id, client.name, cw_mode)
            yield post
            count += 1
            if feed_done(post, count, options, since):
                state["done"] = True
                return
        match = _LINK_NEXT.search(page.headers.get("link", ""))
        url, params = (match.group(1), None) if match else (None, None)
    state["done"] = True


def _status_post(status: object, handle: str, account_id: str, name: str, cw_mode: str) -> Post:
    if not isinstance(status, dict) or not isinstance(status.get("id"), str):
        raise UserError(f"{name}: a status without an id in the API answer")
    reblog = status.get("reblog")
    source = reblog if isinstance(reblog, dict) else status
    content = source.get("content")
    if not isinstance(content, str):
        raise UserError(f"{name}: status {status['id']} has no 'content'")
    created = iso_date(status.get("created_at"))
    if status.get("visibility") in ("private", "direct"):  # only seen when signed in
        return _withheld(status["id"], handle, created, "private", False)
    text = html_to_text(content)
    if not isinstance(reblog, dict):
        emoji = _api_emoji(source)
        warning = source.get("spoiler_text")
        warning = strip_emoji(warning, emoji) if isinstance(warning, str) else None
        with_warning = _with_warning(strip_emoji(text, emoji), warning, cw_mode)
        if with_warning is None:
            return _withheld(status["id"], handle, created, "content_warning", False)
        text = with_warning
    if isinstance(reblog, dict):
        kind = PostKind.REPOST
    elif status.get("in_reply_to_id") and status.get("in_reply_to_account_id") != account_id:
        kind = PostKind.REPLY
    elif status.get("quote"):
        kind = PostKind.QUOTE
    else:
        kind = PostKind.ORIGINAL
    lang = source.get("language")
    return Post(
        id=status["id"],
        author=handle,
        text=text,
        created_at=created,
        kind=kind,
        lang=lang if isinstance(lang, str) and lang else None,
    )
