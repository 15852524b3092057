"""X/Twitter archives: the downloaded zip, its unpacked folder, or a single `tweets.js`.

Tweets come from `data/tweets.js`, `data/tweets-part1.js`, ... (legacy archives: `tweet.js`),
the handle, display name and avatar from `data/account.js` and `data/profile.js`. When the
archive has `data/manifest.js`, its list of parts is the truth: a listed part that is missing,
or a part it does not list, is an error (a partial download, or two archives mixed).

Archives have no `retweeted_status`: a retweet is a tweet whose text starts with `RT @`,
which is how X itself writes them there. A reply's text starts with the `@user ` mentions X
adds; `display_text_range` says where the visible text starts, and the mentions before it
are left out (unless `LoadOptions.keep_reply_mentions`).

Long posts ("notes", over 280 characters) are a stub cut at ~275 characters in tweets.js and
the full text in `data/note-tweet.js`, without a tweet id: a note is paired with the stub
created in the same second whose text is a prefix of the note's (`notes.py`), and the post
keeps the stub's id and kind with the note's text. A note without a stub is a post of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from hubtools.errors import UserError
from hubtools.sources.container import Container, is_zip
from hubtools.sources.dates import _DAYS, iso_date, twitter_date
from hubtools.sources.model import Account, InputLimits, LoadOptions, Post, PostKind, PostStream
from hubtools.sources.ytd import ManifestFile, iter_ytd, read_manifest

_TWEETS = re.compile(r"(?:^|/)(tweets?)(?:-part(\d+))?\.js$")
_NOTES = re.compile(r"(?:^|/)note-tweet(?:-part(\d+))?\.js$")
_MENTIONS = re.compile(r"(?:\.?@\w+\s*)+")  # what X puts before a reply's visible text
_STUB_TAIL = re.compile(r"(?:\s*https?://t\.co/\S*)*\s*$")  # a stub's link to the full post
# data/manifest.js data types read here; "tweet" is the legacy name of "tweets".
_TYPES = {"tweets": _TWEETS, "tweet": _TWEETS, "noteTweet": _NOTES}
_STATUS_URL = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/\d+/?(?:\?|$)"
)


class _Url(msgspec.Struct, gc=False):
    expanded_url: str | None = None


class _Entities(msgspec.Struct, gc=False):
    urls: tuple[_Url, ...] = ()  # a tuple: no allocation for the usual empty list


class _Range(msgspec.Struct, array_like=True, gc=False):
    """`display_text_range`'s start (a one-field array-like Struct: the end is skipped, and
    decoding costs a tenth of a two-string tuple's)."""

    start: str | int = "0"


class _Tweet(msgspec.Struct, gc=False):
    """Only the fields we use; msgspec skips the rest without building them. They are listed
    in the order X writes them: msgspec tries the field after the last one matched first, so
    keys in field order are found at once (~5% of the decoding)."""

    retweeted_status: msgspec.Raw = msgspec.Raw()  # only its presence matters
    entities: _Entities | None = None
    display_text_range: _Range | None = None
    in_reply_to_status_id_str: str | None = None
    in_reply_to_user_id_str: str | None = None
    in_reply_to_screen_name: str | None = None
    id_str: str | None = None
    quoted_status_id_str: str | None = None
    created_at: str | None = None
    full_text: str | None = None
    text: str | None = None
    lang: str | None = None


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


@dataclass
class Layout:
    """Where an archive's parts are, as names inside its container."""

    tweets: list[str]
    notes: list[str] = field(default_factory=list)
    account: str | None = None
    profile: str | None = None
    manifest: str | None = None

    @property
    def folder(self) -> str:
        """The data folder's prefix (`""` or `"twitter-2024/data/"`)."""
        return self.tweets[0][: self.tweets[0].rfind("/") + 1] if self.tweets else ""

    def used(self) -> list[str]:
        """Every file posts or the account are read from (what `fingerprint` hashes)."""
        extra = [self.account, self.profile, self.manifest]
        return self.tweets + self.notes + [n for n in extra if n is not None]


def _manifest_name(names: list[str], tweets: list[str]) -> str | None:
    """data/manifest.js of the archive whose tweets were found (or of the shallowest one)."""
    if tweets:
        folder = tweets[0][: tweets[0].rfind("/") + 1]
        name = f"{folder}manifest.js"
        return name if name in names else None
    found = [n for n in names if n == "data/manifest.js" or n.endswith("/data/manifest.js")]
    return min(found, key=lambda n: (n.count("/"), n)) if found else None


def find_layout(box: Container, names: list[str], tweets: list[str]) -> Layout:
    """The parts to read: the manifest's list when there is one, else what the folder holds.

    With data/manifest.js, a tweets or note part it lists that is missing, or one present
    that it does not list, is a UserError naming the file: the archive is incomplete, or
    mixed with another one, and training on part of it would go unnoticed.
    """
    present = set(names)
    manifest = _manifest_name(names, tweets)
    folder = manifest or (tweets[0] if tweets else "")
    folder = folder[: folder.rfind("/") + 1]
    same = [
        n for n in names if n.rpartition("/")[0] + "/" == folder or (not folder and "/" not in n)
    ]
    found_notes = sorted((int(m.group(1) or 0), n) for n in same if (m := _NOTES.search(n)))
    layout = Layout(tweets=tweets, notes=[n for _, n in found_notes])
    if manifest is not None:
        layout = _from_manifest(box, manifest, folder, present, same)
    for key in ("account", "profile"):
        if getattr(layout, key) is None and f"{folder}{key}.js" in present:
            setattr(layout, key, f"{folder}{key}.js")
    return layout


def _from_manifest(
    box: Container, manifest: str, folder: str, present: set[str], same: list[str]
) -> Layout:
    label = box.label(manifest)
    parts = read_manifest(box.read(manifest), label)
    # manifest paths are relative to the archive's root, the data folder's parent
    root = folder[: -len("data/")] if folder.endswith("data/") else None

    def resolve(entry: ManifestFile, kind: str) -> str:
        name = entry.fileName
        if root is None:  # the data folder itself was given
            name = name.removeprefix("data/")
        path = (root or "") + name
        if (
            not name
            or name.startswith("/")
            or "\\" in name
            or ".." in name.split("/")
            or not name.endswith(".js")
        ):
            raise UserError(
                f"{label}: {kind} part {entry.fileName!r} is not a file of the archive's "
                "data folder; is the manifest edited?"
            )
        if path not in present:
            raise UserError(
                f"{label}: lists {entry.fileName} ({kind}), which is not in the archive; "
                "download or unzip the archive again"
            )
        return path

    kinds = {kind: [resolve(e, kind) for e in parts.get(kind, ())] for kind in _TYPES}
    tweets = kinds["tweets"] or kinds["tweet"]
    listed = {n for files in kinds.values() for n in files}
    family = "tweets" if kinds["tweets"] else "tweet"
    for name in same:  # a part of a type we read that the manifest does not list
        if name in listed:
            continue
        tweet, note = _TWEETS.search(name), _NOTES.search(name)
        kind = "noteTweet" if note else family if tweet and tweet.group(1) == family else None
        if kind is not None:
            raise UserError(
                f"{box.label(name)}: a {kind} part that {manifest} does not list; "
                "is it from another archive? remove it, or download the archive again"
            )
    single = {
        kind: resolve(parts[kind][0], kind) if parts.get(kind) else None
        for kind in ("account", "profile")
    }
    return Layout(
        tweets=tweets,
        notes=kinds["noteTweet"],
        account=single["account"],
        profile=single["profile"],
        manifest=manifest,
    )


class _NoteCore(msgspec.Struct, gc=False):
    text: str | None = None


class _NoteTweet(msgspec.Struct, gc=False):
    noteTweetId: str | None = None
    createdAt: str | None = None
    core: _NoteCore | None = None


class _NoteItem(msgspec.Struct, gc=False):
    noteTweet: _NoteTweet | None = None


_NOTE_ITEMS = msgspec.json.Decoder(list[_NoteItem])


@dataclass
class Note:
    id: str  # "note-<noteTweetId>": never a tweet id
    text: str
    created: str | None
    paired: bool = False


def _key(text: str) -> str:
    return " ".join(html.unescape(text).split())


class Notes:
    """An archive's notes (long posts), waiting for their stubs in tweets.js."""

    def __init__(self, notes: list[Note]) -> None:
        self.notes = notes
        self._by_second: dict[str, list[Note]] = {}
        for note in notes:
            if note.created is not None:
                self._by_second.setdefault(note.created, []).append(note)

    def pending(self) -> bool:
        return bool(self._by_second)

    def pair(self, created: str, stub: str, mentions: str = "") -> str | None:
        """The full text of the note whose stub this is (created in the same second, its
        text a prefix of the note's), or None; a note pairs once."""
        candidates = self._by_second.get(created)
        if not candidates:
            return None
        prefix = _STUB_TAIL.sub("", stub)
        if prefix.endswith("…"):
            prefix = prefix[:-1]
        elif prefix.endswith("..."):
            prefix = prefix[:-3]
        prefix = _key(prefix)
        for note in candidates:
            text = note.text
            if mentions and text.startswith(mentions):
                text = text[len(mentions) :]
            if _key(text).startswith(prefix):
                note.paired = True
                candidates.remove(note)
                if not candidates:
                    del self._by_second[created]
                return text
        return None

    def unpaired(self) -> list[Note]:
        return [note for note in self.notes if not note.paired]


def read_notes(box: Container, files: list[str]) -> Notes:
    """Every note of data/note-tweet.js (and its parts); UserError for a broken one."""
    notes: list[Note] = []
    for name in files:
        label = box.label(name)
        with box.open(name) as fh:
            for first, items in iter_ytd(fh, label, _NOTE_ITEMS, ("note_tweet",), box.limits):
                for number, item in enumerate(items, first + 1):
                    note = item.noteTweet
                    text = note.core.text if note is not None and note.core else None
                    if note is None or not note.noteTweetId or text is None:
                        raise UserError(
                            f"{label}: note #{number} has no noteTweet.noteTweetId or "
                            "core.text; is this an X/Twitter archive's note-tweet.js?"
                        )
                    created = iso_date(note.createdAt)
                    notes.append(Note(f"note-{note.noteTweetId}", text, created))
    return Notes(notes)


def is_x_archive(path: Path) -> bool:
    """True for a folder or zip holding tweets.js/tweet.js (bare-path detection)."""
    try:
        with Container(path) as box:
            return bool(tweet_files(box.names()))
    except UserError:
        return False


def _open(path: str, limits: InputLimits) -> tuple[Container, Layout]:
    """The archive and where its parts are (checked against data/manifest.js when present)."""
    target = Path(path)
    if target.is_file() and not is_zip(target):  # a tweets.js on its own
        return Container(target.parent, limits), Layout(tweets=[target.name])
    box = Container(target, limits)
    try:
        names = box.names()
        layout = find_layout(box, names, tweet_files(names))
        if not layout.tweets:
            box.check_not_empty()
            raise UserError(
                f"{target}: no data/tweets.js (or legacy data/tweet.js) inside; "
                "is this an X/Twitter archive?"
            )
    except BaseException:
        box.close()
        raise
    return box, layout


def fingerprint(path: str) -> str:
    """A hash of the files the archive is read from (the whole zip for a zip)."""
    box, layout = _open(path, InputLimits())
    with box:
        return box.fingerprint(layout.used())


def load(path: str, options: LoadOptions) -> PostStream:
    box, layout = _open(path, options.limits)
    try:
        account_id, account = _account(box, layout, options)
    except BaseException:
        box.close()
        raise
    return PostStream(
        account,
        _posts(box, layout, account, account_id, strip=not options.keep_reply_mentions),
        f"x-archive:{path}",
        fingerprint=lambda: fingerprint(path),
    )


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


def _account(box: Container, layout: Layout, options: LoadOptions) -> tuple[str | None, Account]:
    info: dict[str, Any] = {}
    if layout.account is not None:
        info = _ytd_object(box, layout.account, "account")
    profile: dict[str, Any] = {}
    if layout.profile is not None:
        profile = _ytd_object(box, layout.profile, "profile")
    handle = options.handle or _str(info.get("username"))
    if not handle:
        where = layout.account or layout.folder + "account.js"
        raise UserError(
            f"{box.label(where)}: no account username in the archive; "
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
    for url in urls:
        expanded = url.expanded_url
        if expanded and "/status/" in expanded and _STATUS_URL.match(expanded):
            return True
    return False


def _strip_mentions(text: str, start: str | int) -> str:
    """The text from `display_text_range`'s start, when all before it is reply mentions.

    A range that does not fall just after `@user` mentions (entities counted differently,
    an edited file) leaves the text whole: the text is never cut mid-word.
    """
    try:
        at = int(start)
    except (TypeError, ValueError, OverflowError):
        return text
    if 0 < at <= len(text) and _MENTIONS.fullmatch(text, 0, at):
        return text[at:]
    return text


@dataclass
class _Reader:
    """What turning tweets into posts needs across the pieces of every tweets file."""

    author: str
    account_id: str | None
    notes: Notes | None
    strip: bool = True
    langs: dict[str, str] = field(default_factory=dict)  # one string per language

    def posts(self, items: list[_Item], label: str, first: int) -> list[Post]:
        """The posts of one decoded piece (a list: one call per piece, not per post)."""
        author, account_id, strip, langs = self.author, self.account_id, self.strip, self.langs
        me = author.lower()
        notes = self.notes
        pairing = notes is not None and notes.pending()
        days = _DAYS
        original, repost, reply = PostKind.ORIGINAL, PostKind.REPOST, PostKind.REPLY
        quote = PostKind.QUOTE
        out: list[Post] = []
        add = out.append
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
            elif (tweet.in_reply_to_status_id_str or tweet.in_reply_to_user_id_str) and not (
                (account_id and tweet.in_reply_to_user_id_str == account_id)
                or (tweet.in_reply_to_screen_name or "").lower() == me
            ):
                kind = reply
            elif tweet.quoted_status_id_str or (
                (entities := tweet.entities) is not None
                and entities.urls
                and _is_quote(entities.urls)
            ):
                kind = quote  # by its field, or a link to a tweet
            else:
                kind = original
            created = tweet.created_at  # twitter_date(), its common case inlined
            if created is not None and len(created) == 30:
                day = days.get(created[4:11] + created[20:])
                created = f"{day}{created[11:19]}Z" if day else twitter_date(created)
            else:
                created = twitter_date(created)
            shown = tweet.display_text_range
            if shown is not None and strip and shown.start not in ("0", 0):
                visible = _strip_mentions(text, shown.start)
                mentions, text = text[: len(text) - len(visible)], visible
            else:
                mentions = ""
            if pairing and created is not None:
                assert notes is not None
                full = notes.pair(created, text, mentions)
                if full is not None:
                    text = full
                    pairing = notes.pending()
            lang = tweet.lang
            if lang is not None:
                lang = langs.setdefault(lang, lang)
            add(Post(tweet_id, author, text, created, kind, False, None, lang))
        return out


def _posts(
    box: Container,
    layout: Layout,
    account: Account,
    account_id: str | None,
    *,
    strip: bool = True,
) -> Iterator[Post]:
    try:
        notes = read_notes(box, layout.notes) if layout.notes else None
        reader = _Reader(account.handle, account_id, notes, strip)
        for name in layout.tweets:
            label = box.label(name)
            with box.open(name) as fh:
                for first, items in iter_ytd(fh, label, _ITEMS, ("tweets", "tweet"), box.limits):
                    yield from reader.posts(items, label, first)
        if notes is not None:
            for note in notes.unpaired():  # a note whose stub is not in the archive
                yield Post(note.id, account.handle, note.text, note.created, PostKind.ORIGINAL)
    finally:
        box.close()
