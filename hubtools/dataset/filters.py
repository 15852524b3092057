"""Which posts go into the dataset, and why each other one does not.

Default rules are huggingtweets': reposts dropped, then posts with fewer than 3 words free of
`http`, `@` and `#` (after cleaning) dropped as "short". Words are counted by spaces, as
huggingtweets did, except in scripts written without spaces (Japanese, Chinese, Thai, ...),
whose words ICU finds (`hubtools.dataset.words`): a normal Japanese post is not "one word".
Replies and same-text duplicates are kept unless asked otherwise. A post is counted under the
first reason that applies, in the order of `DROP_REASONS`, with one exception: a post whose id
was already seen for this user (overlapping archive parts, two archives, one file given twice)
is the same post again, so it is counted as a duplicate before anything else and never
trained on twice. Posts without an
id in their source (text, CSV and JSONL lines without one) are identified by their file's
content hash and line number: the same file given twice counts once, while equal lines stay
separate posts (`--drop-duplicates` drops repeated text).

`iter_kept` is the hot loop of `hubtools data`: it yields kept posts as it reads (the dataset
writer streams them to disk, nothing holds them all), checks ids a batch at a time against a
compact set (`hubtools.dataset.ids`), and cleans with `cleaner`, the one cleaning path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import attrgetter

import msgspec

from hubtools.dataset.clean import CleanRules, cleaner
from hubtools.dataset.ids import PostIds, id_keys
from hubtools.dataset.stats import UserStats
from hubtools.dataset.words import count_words, has_unspaced_script
from hubtools.sources.model import Post, PostKind

# Posts whose ids are checked together: enough to spread numpy's per-call cost, few enough
# that their objects are still in the CPU cache when cleaned (4096 was ~8% slower).
BATCH = 1024
_ID, _NUMBERED = attrgetter("id"), attrgetter("numbered")


@dataclass(frozen=True)
class Rules:
    """Cleaning and filtering rules; recorded in the dataset manifest."""

    clean: CleanRules = field(default_factory=CleanRules)
    min_words: int = 3
    boring: tuple[str, ...] = ("http", "@", "#")
    drop_replies: bool = False
    drop_duplicates: bool = False
    segment_words: bool = True  # count words of unspaced scripts with ICU (False: by spaces)

    def describe(self) -> dict[str, object]:
        return {
            "reposts": "dropped (counted as retweets)",
            "replies": "dropped" if self.drop_replies else "kept",
            "duplicates": "same post id: dropped; same cleaned text: "
            + ("dropped" if self.drop_duplicates else "kept"),
            "short": f"fewer than {self.min_words} words free of {list(self.boring)}",
            "words": "split at spaces; in scripts written without spaces (Chinese, Japanese, "
            "Thai, ...) found by ICU word breaks"
            if self.segment_words
            else "split at spaces",
            "html_entities": "decoded (html.unescape)" if self.clean.unescape_html else "kept",
            "mojibake": "repaired (ftfy.fix_encoding)" if self.clean.fix_mojibake else "kept",
            "urls": "removed (huggingtweets rules)" if self.clean.remove_urls else "kept",
            "whitespace": "collapsed, newlines kept"
            if self.clean.keep_newlines
            else "collapsed to single spaces",
        }


class Kept(msgspec.Struct, frozen=True, gc=False):
    """A kept post and its cleaned text (a Struct: a million of them stay out of the GC)."""

    post: Post
    text: str


@dataclass
class Filtered:
    """The kept posts with their cleaned text, and the counts."""

    kept: list[Kept]
    stats: UserStats

    def __add__(self, other: Filtered) -> Filtered:
        return Filtered(self.kept + other.kept, self.stats + other.stats)


@dataclass
class Seen:
    """What one user's posts showed so far: shared by all of that user's sources."""

    ids: PostIds = field(default_factory=PostIds)
    texts: set[str] = field(default_factory=set)  # cleaned texts kept (--drop-duplicates)


def filter_posts(
    posts: Iterable[Post],
    rules: Rules = Rules(),
    *,
    seen: Seen | None = None,
    scope: Callable[[], str | None] | None = None,
) -> Filtered:
    """Clean and filter one user's posts, counting every post under exactly one reason.

    `seen` carries ids and texts over from the user's other sources; `scope()` names the
    input (its content hash) for posts without an id of their own (`Post.numbered`).
    The kept posts are collected in a list: `iter_kept` streams them instead.
    """
    stats = UserStats()
    kept = list(iter_kept(posts, rules, stats, seen=seen, scope=scope))
    return Filtered(kept, stats)


def iter_kept(
    posts: Iterable[Post],
    rules: Rules,
    stats: UserStats,
    *,
    seen: Seen | None = None,
    scope: Callable[[], str | None] | None = None,
) -> Iterator[Kept]:
    """Yield the kept posts with their cleaned text; once exhausted, `stats` holds the counts
    (added to what it held). A post the source withheld (`Post.withheld`) is counted under
    its reason, after the id check: a withheld repeat is still a duplicate."""
    seen = seen if seen is not None else Seen()
    texts = seen.texts
    clean = cleaner(rules.clean)
    min_words = rules.min_words
    boring = tuple(b.lower() for b in rules.boring)
    default_boring = boring == ("http", "@", "#")
    drop_replies, drop_texts = rules.drop_replies, rules.drop_duplicates
    segment = rules.segment_words
    repost, reply = PostKind.REPOST, PostKind.REPLY
    downloaded = retweets = replies = short = duplicates = kept = 0
    withheld: dict[str, int] = {}
    it = iter(posts)
    while chunk := list(islice(it, BATCH)):
        downloaded += len(chunk)
        new = _first_seen(chunk, seen.ids, scope)
        if not all(new):  # the same post again: counted once, trained once
            fresh = list(compress(chunk, new))
            duplicates += len(chunk) - len(fresh)
            chunk = fresh
        for post in chunk:
            if post.withheld is not None:
                withheld[post.withheld] = withheld.get(post.withheld, 0) + 1
                continue
            kind = post.kind
            if kind is repost:
                retweets += 1
                continue
            if drop_replies and kind is reply:
                replies += 1
                continue
            text, n = clean(post.text)
            # the common case of the short rule inline: enough words even if every "@",
            # "#" and "p" (of "http") started a boring one (see _short); most posts hold
            # no "@" or "#", and `in` is cheaper than `count`
            if not (
                default_boring
                and n - min_words
                >= text.count("p")
                + text.count("P")
                + ("@" in text and text.count("@"))
                + ("#" in text and text.count("#"))
            ) and _short(text, n, min_words, boring, segment):
                short += 1
                continue
            if drop_texts:
                if text in texts:
                    duplicates += 1
                    continue
                texts.add(text)
            kept += 1
            yield Kept(post, text)
    counts = UserStats(downloaded, retweets, replies, short, duplicates, kept=kept, **withheld)
    counts.check()
    for name, value in vars(stats + counts).items():
        setattr(stats, name, value)


def _first_seen(
    chunk: list[Post], ids: PostIds, scope: Callable[[], str | None] | None
) -> list[bool]:
    """For each post of `chunk`, whether its id is seen for the first time (and record it).

    A post without an id of its own (`numbered`) is its input's (`scope()`) line number;
    a withheld one is only counted, and takes no line's identity.
    """
    if not any(map(_NUMBERED, chunk)):
        return ids.add_new(id_keys(list(map(_ID, chunk))))
    prefix = f"{(scope() if scope is not None else None) or ''}\0"
    taking = [not (post.numbered and post.withheld) for post in chunk]
    keyed = [prefix + p.id if p.numbered else p.id for p, t in zip(chunk, taking, strict=True) if t]
    flags = iter(ids.add_new(id_keys(keyed)))
    return [next(flags) if t else True for t in taking]


def _short(text: str, n: int, min_words: int, boring: tuple[str, ...], segment: bool) -> bool:
    """Fewer than `min_words` words free of `boring` strings (case-insensitive); `n` is the
    number of whitespace-separated words of `text`.

    Each word holding a boring string holds an occurrence of it, so counting occurrences
    gives a cheap upper bound on the boring words; only posts near the limit are split
    again. A post short by spaces that holds an unspaced script is counted again, with ICU.
    """
    if n >= min_words:
        lowered = text.lower()
        if n - sum(lowered.count(b) for b in boring) >= min_words:
            return False
        free = 0
        for w in lowered.split():
            for b in boring:
                if b in w:
                    break
            else:
                free += 1
        if free >= min_words:
            return False
    return not (
        segment
        and not text.isascii()
        and has_unspaced_script(text)
        and count_words(text, boring) >= min_words
    )
