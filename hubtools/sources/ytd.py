"""Decode the `window.YTD.<name>.partN = [...]` files of an X/Twitter archive, in pieces.

The assignment prefix is checked here; the array after it is decoded by `jsonarray`, cut
between elements (X's two-space layout on the fast path), so memory follows one tweet, not
the file, and a tweet over `max_item` bytes is a one-line error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import msgspec

from hubtools.errors import UserError
from hubtools.sources import jsonarray
from hubtools.sources.model import InputLimits

_PREFIX = re.compile(rb"\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
HINT = "is this a file from an X/Twitter archive?"


def iter_ytd(
    stream: BinaryIO,
    label: str,
    decoder: msgspec.json.Decoder[Any],
    expect: tuple[str, ...],
    limits: InputLimits | None = None,
) -> Iterator[tuple[int, list[Any]]]:
    """Yield (index of the first element, decoded elements) pieces; UserError naming `label`.

    `expect` are the accepted YTD names (e.g. `("tweets", "tweet")`); a file that is a plain
    JSON array, without the `window.YTD...` assignment, is accepted too.
    """
    limits = limits or InputLimits()
    head = jsonarray.read_head(stream, label, HINT)
    match = _PREFIX.match(head)
    if match:
        name = match.group(1).decode()
        if name not in expect:
            raise UserError(
                f"{label}: holds window.YTD.{name}, not window.YTD.{expect[0]}; "
                f"point at the archive's {expect[0]}.js"
            )
        start = match.end()
    else:
        start = len(head) - len(head.lstrip())
        if not head[start:].startswith(b"["):
            raise UserError(
                f"{label}: does not start with 'window.YTD.{expect[0]}.part0 = ['; {HINT}"
            )
    if head[start : start + 1] != b"[":
        raise UserError(f"{label}: expected '[' after the window.YTD assignment")
    yield from jsonarray.iter_array(
        stream,
        head,
        start,
        label=label,
        decoder=decoder,
        max_item=limits.max_item_bytes,
        hint=HINT,
        pretty=True,
    )


_MANIFEST_PREFIX = re.compile(rb"\s*window\.__THAR_CONFIG\s*=\s*")


class ManifestFile(msgspec.Struct, frozen=True):
    """One part of one data type, as data/manifest.js lists it."""

    fileName: str  # X's key names
    globalName: str | None = None
    count: str | int | None = None


class _DataType(msgspec.Struct):
    files: tuple[ManifestFile, ...] = ()


class _Manifest(msgspec.Struct):
    dataTypes: dict[str, _DataType] = {}  # msgspec copies a default


_MANIFEST = msgspec.json.Decoder(_Manifest)


def read_manifest(data: bytes, label: str) -> dict[str, tuple[ManifestFile, ...]]:
    """`window.__THAR_CONFIG = {...}` (data/manifest.js) -> {data type: its parts, in order}.

    Only `dataTypes.*.files` is read; a type without files (a media folder) lists none.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    match = _MANIFEST_PREFIX.match(data)
    if not match:
        raise UserError(
            f"{label}: does not start with 'window.__THAR_CONFIG = {{'; "
            "is this an X/Twitter archive's manifest?"
        )
    body = data[match.end() :].rstrip().rstrip(b";")
    try:
        manifest = _MANIFEST.decode(body)
    except msgspec.ValidationError as err:
        raise UserError(f"{label}: unexpected content: {err}") from None
    except RecursionError:
        raise UserError(f"{label}: JSON nested too deeply; {HINT}") from None
    except msgspec.DecodeError as err:
        raise UserError(f"{label}: invalid JSON ({err}); {HINT}") from None
    return {name: kind.files for name, kind in manifest.dataTypes.items()}
