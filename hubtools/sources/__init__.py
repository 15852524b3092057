"""Where posts come from: X/Twitter archives, Mastodon, Bluesky and plain files.

Every source yields `Post`s (id, author, text, created_at, kind) for one `Account`;
`load_posts("x-archive:PATH")` picks the source from a command-line source string.
"""

from __future__ import annotations

from dataclasses import replace

from hubtools.sources.limits import apply_limits, has_limits
from hubtools.sources.model import Account, LoadOptions, Post, PostKind, PostStream
from hubtools.sources.spec import SourceSpec, parse_spec

__all__ = [
    "Account",
    "LoadOptions",
    "Post",
    "PostKind",
    "PostStream",
    "SourceSpec",
    "fingerprint",
    "load_posts",
    "parse_spec",
]


def load_posts(source: str | SourceSpec, options: LoadOptions | None = None) -> PostStream:
    """Open one source; iterate the result (once) for its posts, limits applied.

    `options.handle`, when given, is the author's name whatever the source says.
    """
    spec = parse_spec(source) if isinstance(source, str) else source
    options = options or LoadOptions()
    if spec.handle is not None:
        options = replace(options, handle=spec.handle)
    if spec.kind == "x-archive":
        from hubtools.sources import xarchive

        stream = xarchive.load(spec.target, options)
    elif spec.kind == "mastodon-archive":
        from hubtools.sources import mastodon

        stream = mastodon.load_archive(spec.target, options)
    elif spec.kind == "mastodon":
        from hubtools.sources import mastodon

        stream = mastodon.load_api(spec.target, options)
    elif spec.kind == "bluesky":
        from hubtools.sources import bluesky

        stream = bluesky.load(spec.target, options)
    elif spec.kind == "bluesky-archive":
        from hubtools.sources import bluesky_car

        stream = bluesky_car.load(spec.target, options)
    else:
        from hubtools.sources import files

        loader = {"jsonl": files.load_jsonl, "csv": files.load_csv, "txt": files.load_txt}
        stream = loader[spec.kind](spec.target, options)
    if has_limits(options):
        stream = PostStream(
            stream.account,
            apply_limits(stream, options),
            stream.source,
            fingerprint=stream.fingerprint,
            withholds=stream.withholds,
        )
    from hubtools.progress import reading  # counts posts while a command shows progress

    return reading(stream, spec)


def fingerprint(source: str | SourceSpec) -> str | None:
    """A hash of a file source's content without parsing it; None for network sources,
    whose content is only known by fetching it."""
    spec = parse_spec(source) if isinstance(source, str) else source
    if spec.is_network:
        return None
    if spec.kind == "x-archive":
        from hubtools.sources import xarchive

        return xarchive.fingerprint(spec.target)
    if spec.kind == "mastodon-archive":
        from hubtools.sources import mastodon

        return mastodon.archive_fingerprint(spec.target)
    from hubtools.sources.container import file_fingerprint

    try:
        return file_fingerprint(spec.target)
    except OSError as err:
        from hubtools.errors import UserError

        raise UserError(f"{spec.target}: cannot be read ({err.strerror or err})") from None
