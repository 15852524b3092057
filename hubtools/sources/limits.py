"""Download limits (count and date range), the same for every source.

A post outside the limits is never "downloaded": the statistics start after this step, the
way huggingtweets' counts started from what the Twitter API returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hubtools.sources.dates import parse_limit_date
from hubtools.sources.model import LoadOptions, Post


def has_limits(options: LoadOptions) -> bool:
    return options.limit is not None or options.since is not None or options.until is not None


def apply_limits(posts: Iterable[Post], options: LoadOptions) -> Iterator[Post]:
    """Yield posts inside [since, until), at most `limit` of them, in the source's order.

    With a date range, posts without a date are left out: they cannot be placed in it.
    """
    since = parse_limit_date(options.since, "--since")
    until = parse_limit_date(options.until, "--until")
    limit = options.limit
    if limit is not None and limit <= 0:
        return
    count = 0
    for post in posts:
        if since is not None or until is not None:
            date = post.created_at
            if date is None:
                continue
            if since is not None and date < since:
                continue
            if until is not None and date >= until:
                continue
        yield post
        count += 1
        if limit is not None and count >= limit:
            return


def feed_done(post: Post, count: int, options: LoadOptions, since: str | None) -> bool:
    """Newest-first network feeds: stop paging once `count` posts reached the limit, or the
    posts have become older than --since (everything after is older still)."""
    if options.limit is not None and count >= options.limit:
        return True
    return bool(since and post.created_at and post.created_at < since)
