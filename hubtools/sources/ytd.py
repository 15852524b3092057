"""Decode the `window.YTD.<name>.partN = [...]` files of an X/Twitter archive, in pieces.

A million-tweet `tweets.js` is about a gigabyte. Decoding it whole needs the file and all its
objects in memory at once, so it is read in blocks and cut between top-level array elements.
X pretty-prints these files with two-space indents, so an element ends with a line `  },`
followed by a line `  {`. A raw newline cannot occur inside a JSON string, so that byte
sequence is always structure; and cutting anywhere but between top-level elements leaves an
unbalanced piece that fails to decode, so a bad cut can never go unnoticed. Files laid out
some other way are simply decoded whole.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import Any, BinaryIO

import msgspec

from hubtools.errors import UserError

BLOCK = 8 << 20
_SEP = b"\n  },\n  {"
_PREFIX = re.compile(rb"\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
_BYTE = re.compile(r"\(byte (\d+)\)")
_INDEX = re.compile(r"\$\[(\d+)\]")


def iter_ytd(
    stream: BinaryIO,
    label: str,
    decoder: msgspec.json.Decoder[Any],
    expect: tuple[str, ...],
) -> Iterator[tuple[int, list[Any]]]:
    """Yield (index of the first element, decoded elements) pieces; UserError naming `label`.

    `expect` are the accepted YTD names (e.g. `("tweets", "tweet")`); a file that is a plain
    JSON array, without the `window.YTD...` assignment, is accepted too.
    """
    head = _read(stream, label)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if not head.strip():
        raise UserError(f"{label}: the file is empty")
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
                f"{label}: does not start with 'window.YTD.{expect[0]}.part0 = ['; "
                "is this a file from an X/Twitter archive?"
            )
    if head[start : start + 1] != b"[":
        raise UserError(f"{label}: expected '[' after the window.YTD assignment")

    # The buffer always starts with the array's '[' (or a ',' turned into one), so a piece is
    # decoded in place, without a copy, once its closing ',' becomes ']'. Decoded items may keep
    # views into the buffer (msgspec.Raw), so a full buffer is never resized: the unfinished
    # element moves to a fresh one.
    filled = len(head) - start
    # a short first read was the whole file: one spare byte is enough to see its end
    buf = bytearray(filled + (BLOCK if len(head) >= BLOCK else 1))
    buf[:filled] = memoryview(head)[start:]
    offset = start  # file offset of buf[0], for error messages
    index = 0  # number of elements decoded so far, for error messages
    scan_from = 0
    while True:
        if filled == len(buf):  # no element boundary in a whole buffer: make room
            bigger = bytearray(2 * len(buf))
            bigger[:filled] = buf
            buf = bigger
        got = _read_into(stream, buf, filled, label)
        if got:
            filled += got
            cut = buf.rfind(_SEP, scan_from, filled)
            if cut < 0:
                scan_from = max(0, filled - len(_SEP))
                continue
            comma = cut + 4
            buf[comma] = 0x5D  # ']'
            with memoryview(buf) as view:
                items = _decode(decoder, view[: comma + 1], label, offset, index)
            rest = filled - comma
            fresh = bytearray(max(BLOCK, 2 * rest))
            fresh[:rest] = memoryview(buf)[comma:filled]
            fresh[0] = 0x5B  # '['
            buf, filled, scan_from = fresh, rest, 0
            offset += comma
            yield index, items
            index += len(items)
            continue
        tail = bytes(memoryview(buf)[:filled]).rstrip()
        if tail.endswith(b";"):
            tail = tail[:-1].rstrip()
        if not tail.endswith(b"]"):
            raise UserError(
                f"{label}: ends before the closing ']' (byte {offset + filled}); "
                "the file is truncated — download or unzip the archive again"
            )
        yield index, _decode(decoder, tail, label, offset, index)
        return


def _read_into(stream: BinaryIO, buf: bytearray, start: int, label: str) -> int:
    try:
        with memoryview(buf) as view:
            return stream.readinto(view[start:]) or 0
    except (OSError, EOFError, ValueError, zipfile.BadZipFile) as err:
        raise UserError(f"{label}: cannot be read ({err})") from None


def _read(stream: BinaryIO, label: str) -> bytes:
    try:
        return stream.read(BLOCK)
    except (
        OSError,
        EOFError,
        ValueError,
        zipfile.BadZipFile,
    ) as err:  # zip CRC/inflate errors, truncated zips
        raise UserError(f"{label}: cannot be read ({err})") from None


def _decode(
    decoder: msgspec.json.Decoder[Any], data: bytes | memoryview, label: str, base: int, index: int
) -> list[Any]:
    try:
        return decoder.decode(data)
    except msgspec.ValidationError as err:
        msg, _, path = str(err).partition(" - at `")
        where = _INDEX.match(path)
        if where:  # `$[3].tweet.id_str` -> "item #4, tweet.id_str"
            rest = path[where.end() :].rstrip("`").lstrip(".")
            msg = (
                f"item #{int(where.group(1)) + index + 1}"
                + (f", {rest}" if rest else "")
                + f": {msg}"
            )
        raise UserError(f"{label}: unexpected content: {msg}") from None
    except msgspec.DecodeError as err:
        msg = str(err)
        if "truncated" in msg:
            raise UserError(
                f"{label}: the JSON ends early; the file is truncated — "
                "download or unzip the archive again"
            ) from None
        where = _BYTE.search(msg)
        pos = f" near byte {base + int(where.group(1))}" if where else ""
        raise UserError(
            f"{label}: invalid JSON{pos} ({msg.split(' (byte')[0]}); "
            "is this a file from an X/Twitter archive?"
        ) from None
