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

`filter_posts` is the hot loop of `hubtools data`: it inlines the cleaning fast paths (the
common post has no entity, no URL, no `@`/`#` and is ASCII) instead of calling helpers.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec

from hubtools.dataset.clean import (
    _PREFILTER,
    _URL_TOKEN,
    CleanRules,
    clean_text,
    has_glued_url,
    remove_urls_exact,
    repair_mojibake,
)
from hubtools.dataset.stats import UserStats
from hubtools.dataset.words import count_words, has_unspaced_script
from hubtools.sources.model import Post, PostKind


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

    ids: set[str] = field(default_factory=set)
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
    """
    seen = seen if seen is not None else Seen()
    ids, texts = seen.ids, seen.texts
    prefix: str | None = None  # scope() + "\0", once a numbered post needs it
    clean = rules.clean
    default_clean = clean == CleanRules()
    min_words = rules.min_words
    boring = tuple(b.lower() for b in rules.boring)
    default_boring = boring == ("http", "@", "#")
    drop_replies = rules.drop_replies
    drop_texts = rules.drop_duplicates
    segment = rules.segment_words
    repost, reply = PostKind.REPOST, PostKind.REPLY
    unescape, fix, exact = html.unescape, repair_mojibake, remove_urls_exact
    maybe_bad, glued, url_words = _PREFILTER.search, has_glued_url, _URL_TOKEN.sub

    kept: list[Kept] = []
    keep = kept.append
    downloaded = retweets = replies = short = duplicates = 0
    for post in posts:
        downloaded += 1
        key = post.id
        if post.numbered:
            if prefix is None:
                prefix = f"{(scope() if scope is not None else None) or ''}\0"
            key = prefix + key
        if key in ids:  # the same post again: counted once, trained once
            duplicates += 1
            continue
        ids.add(key)
        kind = post.kind
        if kind is repost:
            retweets += 1
            continue
        if drop_replies and kind is reply:
            replies += 1
            continue

        text = post.text
        if default_clean:  # clean_text(text), inlined
            if "&" in text:
                text = unescape(text)
            if not text.isascii() and maybe_bad(text) is not None:
                text = fix(text)
            if "http" in text and ("http:" in text or "https:" in text):
                text = exact(text) if glued(text) else url_words("", text)
            words = text.split()
            text = " ".join(words)
        else:
            text = clean_text(text, clean)
            words = text.split()

        # short: fewer than `min_words` words free of http/@/# (case-insensitive). Each word
        # holding a boring string holds an occurrence of it, so counting occurrences gives a
        # cheap upper bound on the boring words; only posts near the limit are split again.
        # A post short by spaces that holds an unspaced script is counted again, with ICU.
        n_words = len(words)
        if n_words < min_words:
            spaced_short = True
        else:
            if default_boring:  # case-insensitive "http" is at most one per "p"/"P"
                hits = text.count("@") + text.count("#") + text.count("p") + text.count("P")
            else:
                lowered = text.lower()
                hits = sum(lowered.count(b) for b in boring)
            spaced_short = False
            if n_words - hits < min_words:
                free = 0
                for w in text.lower().split():
                    for b in boring:
                        if b in w:
                            break
                    else:
                        free += 1
                spaced_short = free < min_words
        if spaced_short and not (
            segment
            and not text.isascii()
            and has_unspaced_script(text)
            and count_words(text, boring) >= min_words
        ):
            short += 1
            continue

        if drop_texts:
            if text in texts:
                duplicates += 1
                continue
            texts.add(text)
        keep(Kept(post, text))

    stats = UserStats(
        downloaded=downloaded,
        retweets=retweets,
        replies=replies,
        short=short,
        duplicates=duplicates,
        kept=len(kept),
    )
    stats.check()
    return Filtered(kept, stats)
