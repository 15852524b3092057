"""The records every source produces: posts, the account they belong to, and load options.

`Post` is a frozen `msgspec.Struct` rather than a dataclass: a million-post archive builds a
million of them, and a Struct is built ~10x faster than a frozen dataclass and is not tracked
by the garbage collector (it only holds strings), which keeps the end-to-end parse fast.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import msgspec


class PostKind(enum.StrEnum):
    """What a post is. Only reposts (and optionally replies) are filtered out."""

    ORIGINAL = "original"
    REPOST = "repost"  # a retweet / boost / repost of someone else's post
    REPLY = "reply"  # a reply to another account (a reply to oneself, a thread, is ORIGINAL)
    QUOTE = "quote"  # a post quoting another one; kept like an original


class Post(msgspec.Struct, frozen=True, gc=False):
    """One post as the source gave it.

    `text` is the source's text with markup tags removed but HTML entities left as they are
    (X archives keep `&amp;`); decoding them is a cleaning rule, done once in `hubtools.dataset`.
    `created_at` is ISO 8601 UTC (`2022-12-02T19:36:08Z`) or None when the source has no date.
    """

    id: str
    author: str
    text: str
    created_at: str | None = None
    kind: PostKind = PostKind.ORIGINAL
    numbered: bool = False  # the source had no id: `id` is the post's number in its file
    # The source's reason never to train on this post (e.g. "private": a followers-only or
    # direct Mastodon post); such a post has empty text and is only counted, under that reason.
    withheld: str | None = None
    lang: str | None = None  # the source's language hint (X `lang`, Mastodon `contentMap`
    # key, Bluesky `langs[0]`), as given: often missing or wrong, so only a hint


@dataclass(frozen=True)
class Account:
    """Who wrote the posts, as the model card shows them."""

    handle: str
    display_name: str | None = None
    avatar_url: str | None = None
    # The avatar image itself when the source holds it (a Mastodon export's avatar.png);
    # checked and stored with the dataset by hubtools.dataset.avatars.
    avatar_image: bytes | None = field(default=None, repr=False)


MiB = 1 << 20


@dataclass(frozen=True)
class InputLimits:
    """How much one input may make us hold: files from strangers can be built to blow up.

    Parsers stream, so memory follows the size of one item (a post, a JSON array element, a
    line, a CSV field), never of a file; these bound the rest. A real post is a few KiB and a
    real archive compresses about 10:1, so the defaults only stop what no export contains.
    """

    max_item_bytes: int = 16 * MiB  # one post / JSON element / line / CSV field / API page
    max_member_bytes: int = 4096 * MiB  # one file inside a zip, once inflated
    max_zip_ratio: int = 100  # inflated:compressed size of a zip member (over RATIO_FLOOR)


RATIO_FLOOR = 1 * MiB  # smaller members are not ratio-checked: tiny files compress oddly
MAX_AVATAR_BYTES = 5 * MiB  # an avatar image, read from an export or downloaded


CONTENT_WARNINGS = ("prefix", "body", "drop")  # LoadOptions.content_warnings


@dataclass(frozen=True)
class LoadOptions:
    """How to read a source. Limits apply before any counting: posts outside them are never
    "downloaded" (like the 3,200-post limit of the old Twitter API)."""

    handle: str | None = None  # author name to use instead of the source's own
    fields: dict[str, str] = field(default_factory=dict)  # JSONL/CSV: key -> column/field name
    limit: int | None = None  # keep at most this many posts (the newest, for network sources)
    since: str | None = None  # ISO date/time: drop posts created before it
    until: str | None = None  # ISO date/time: drop posts created at or after it
    base_url: str | None = None  # network sources: API root (tests point it at 127.0.0.1)
    sleep: Callable[[float], None] | None = None  # network retries (tests inject a fast one)
    max_retries: int = 5
    limits: InputLimits = field(default_factory=InputLimits)  # bounds for hostile input
    keep_reply_mentions: bool = False  # X: keep the `@user ` X puts before a reply's text
    # Mastodon content warnings: "prefix" keeps the post with its warning as a first line,
    # "body" keeps the body only, "drop" drops the post (counted as content_warning).
    content_warnings: str = "prefix"


class PostStream:
    """The posts of one account, read lazily (a network source fetches while you iterate).

    Iterate it once. `fingerprint()` identifies the input's content, so a later stage can skip
    a rebuild when nothing changed: a hash of the files for file sources (computed on demand,
    it reads them again), a hash of what was fetched for network sources (known only after
    a full iteration; None before).
    """

    def __init__(
        self,
        account: Account,
        posts: Iterable[Post],
        source: str,
        fingerprint: Callable[[], str | None] | None = None,
        *,
        withholds: bool = False,
    ) -> None:
        self.account = account
        self.source = source
        self.withholds = withholds  # some posts may carry `withheld` (only counted)
        self._posts = posts
        self._fingerprint = fingerprint

    def __iter__(self) -> Iterator[Post]:
        return iter(self._posts)

    def fingerprint(self) -> str | None:
        return self._fingerprint() if self._fingerprint is not None else None
