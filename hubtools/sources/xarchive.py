"""X/Twitter archives: the downloaded zip, its unpacked folder, or a single `tweets.js`.

Tweets come from `data/tweets.js`, `data/tweets-part1.js`, ... (legacy archives: `tweet.js`),
the handle, display name and avatar from `data/account.js` and `data/profile.js`.
Archives have no `retweeted_status`: a retweet is a tweet whose text starts with `RT @`,
which is how X itself writes them there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from hubtools.errors import UserError
from hubtools.sources.container import Container, is_zip
from hubtools.sources.dates import _DAYS, twitter_date
from hubtools.sources.model import Account, InputLimits, LoadOptions, Post, PostKind, PostStream
from hubtools.sources.ytd import iter_ytd

_TWEETS = re.compile(r"(?:^|/)(tweets?)(?:-part(\d+))?\.js$")
_STATUS_URL = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/\d+/?(?:\?|$)"
)


class _Url(msgspec.Struct, gc=False):
    expanded_url: str | None = None


class _Entities(msgspec.Struct, gc=False):
    urls: tuple[_Url, ...] = ()  # a tuple: no allocation for the usual empty list


class _Tweet(msgspec.Struct, gc=False):
    """Only the fields we use; msgspec skips the rest without building them."""

    id_str: str | None = None
    full_text: str | None = None
    text: str | None = None
    created_at: str | None = None
    in_reply_to_status_id_str: str | None = None
    in_reply_to_user_id_str: str | None = None
    in_reply_to_screen_name: str | None = None
    retweeted_status: msgspec.Raw = msgspec.Raw()  # only its presence matters
    quoted_status_id_str: str | None = None
    entities: _Entities | None = None


class _Item(_Tweet, gc=False):
    """An element of tweets.js: `{"tweet": {...}}`, or the tweet itself in old archives."""

    tweet: _Tweet | None = None


_ITEMS = msgspec.json.Decoder(list[_Item])


def tweet_files(names: list[str]) -> list[str]:
    """The archive's tweet files in part order; `tweets*.js` wins over legacy `tweet*.js`."""
    found: dict[str, list[tuple[int, str]]] = {"tweets": [], "tweet": []}
    for name in names:
        m = _TWEETS.search(name)
        if m and not name.rsplit("/", 1)[-1].startswith("deleted"):
            found[m.group(1)].append((int(m.group(2) or 0), name))
    parts = found["tweets"] or found["tweet"]
    if not parts:
        return []
    folder = parts[0][1].rpartition("/")[0]  # one archive: the first data folder found
    return [n for _, n in sorted(parts) if n.rpartition("/")[0] == folder]


def is_x_archive(path: Path) -> bool:
    """True for a folder or zip holding tweets.js/tweet.js (bare-path detection)."""
    try:
        with Container(path) as box:
            return bool(tweet_files(box.names()))
    except UserError:
        return False


def _open(path: str, limits: InputLimits) -> tuple[Container, list[str], set[str] | None]:
    """The archive, its tweet files in order, and its member names (zips only)."""
    target = Path(path)
    if target.is_file() and not is_zip(target):  # a tweets.js on its own
        return Container(target.parent, limits), [target.name], None
    box = Container(target, limits)
    names = box.names()
    files = tweet_files(names)
    if not files:
        try:
            box.check_not_empty()
        finally:
            box.close()
        raise UserError(
            f"{target}: no data/tweets.js (or legacy data/tweet.js) inside; "
            "is this an X/Twitter archive?"
        )
    return box, files, set(names) if box.is_zip else None


def _used(box: Container, files: list[str], names: set[str] | None) -> list[str]:
    prefix = files[0][: files[0].rfind("/") + 1]
    extra = (f"{prefix}account.js", f"{prefix}profile.js")
    return files + [n for n in extra if _has(box, n, names)]


def fingerprint(path: str) -> str:
    """A hash of the files the archive is read from (the whole zip for a zip)."""
    box, files, names = _open(path, InputLimits())
    with box:
        return box.fingerprint(_used(box, files, names))


def load(path: str, options: LoadOptions) -> PostStream:
    box, files, names = _open(path, options.limits)
    prefix = files[0][: files[0].rfind("/") + 1]
    try:
        account_id, account = _account(box, prefix, names, options)
    except BaseException:
        box.close()
        raise
    return PostStream(
        account,
        _posts(box, files, account, account_id),
        f"x-archive:{path}",
        fingerprint=lambda: fingerprint(path),
    )


def _has(box: Container, name: str, names: set[str] | None) -> bool:
    return name in names if names is not None else (box.path / name).is_file()


def _ytd_object(box: Container, name: str, key: str) -> dict[str, Any]:
    """The first `{key: {...}}` object of a small YTD file such as account.js."""
    decoder = msgspec.json.Decoder(list[dict[str, Any]])
    with box.open(name) as fh:
        for _, items in iter_ytd(fh, box.label(name), decoder, (key,), box.limits):
            for item in items:
                value = item.get(key)
                if isinstance(value, dict):
                    return value
    return {}


def _account(
    box: Container, prefix: str, names: set[str] | None, options: LoadOptions
) -> tuple[str | None, Account]:
    info: dict[str, Any] = {}
    if _has(box, f"{prefix}account.js", names):
        info = _ytd_object(box, f"{prefix}account.js", "account")
    profile: dict[str, Any] = {}
    if _has(box, f"{prefix}profile.js", names):
        profile = _ytd_object(box, f"{prefix}profile.js", "profile")
    handle = options.handle or _str(info.get("username"))
    if not handle:
        raise UserError(
            f"{box.label(prefix + 'account.js')}: no account username in the archive; "
            "pass --handle to name the author"
        )
    account = Account(
        handle=handle.lstrip("@"),
        display_name=_str(info.get("accountDisplayName")) or None,
        avatar_url=_str(profile.get("avatarMediaUrl")) or None,
    )
    return _str(info.get("accountId")) or None, account


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _present(raw: msgspec.Raw) -> bool:
    return bool(raw) and memoryview(raw) != b"null"


def _is_quote(urls: tuple[_Url, ...]) -> bool:
    """Archives have no quote field: a quote links to a tweet (`/status/<id>`, not a photo)."""
    return any(u.expanded_url and _STATUS_URL.match(u.expanded_url) for u in urls)


def _posts(
    box: Container, files: list[str], account: Account, account_id: str | None
) -> Iterator[Post]:
    author = account.handle
    me = author.lower()
    days = _DAYS
    original, repost, reply, quote = (
        PostKind.ORIGINAL,
        PostKind.REPOST,
        PostKind.REPLY,
        PostKind.QUOTE,
    )
    try:
        for name in files:
            label = box.label(name)
            with box.open(name) as fh:
                pieces = iter_ytd(fh, label, _ITEMS, ("tweets", "tweet"), box.limits)
                for first, items in pieces:
                    for number, item in enumerate(items, first + 1):
                        tweet = item.tweet or item
                        text = tweet.full_text
                        if text is None:
                            text = tweet.text
                        tweet_id = tweet.id_str
                        if text is None or not tweet_id:
                            field = "full_text" if text is None else "id_str"
                            raise UserError(
                                f"{label}: tweet #{number} has no {field!r} field; "
                                "is this an X/Twitter archive?"
                            )
                        if text.startswith("RT @") or (
                            tweet.retweeted_status and _present(tweet.retweeted_status)
                        ):
                            kind = repost
                        elif (
                            tweet.in_reply_to_status_id_str or tweet.in_reply_to_user_id_str
                        ) and not (
                            (account_id and tweet.in_reply_to_user_id_str == account_id)
                            or (tweet.in_reply_to_screen_name or "").lower() == me
                        ):
                            kind = reply
                        elif tweet.quoted_status_id_str:
                            kind = quote
                        else:
                            entities = tweet.entities
                            if entities is not None and entities.urls and _is_quote(entities.urls):
                                kind = quote
                            else:
                                kind = original
                        created = tweet.created_at  # twitter_date(), its common case inlined
                        if created is not None and len(created) == 30:
                            day = days.get(created[4:11] + created[20:])
                            created = day + created[11:19] + "Z" if day else twitter_date(created)
                        else:
                            created = twitter_date(created)
                        yield Post(tweet_id, author, text, created, kind)
    finally:
        box.close()
