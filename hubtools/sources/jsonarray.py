"""Decode a JSON array read from a stream piece by piece, in memory bounded by one element.

A million-post file is about a gigabyte: decoding it whole needs the file and all its objects
in memory at once. It is read in blocks instead, cut between top-level array elements, and
each piece is decoded as an array of its own. Memory then follows the largest element, which
is capped (`max_item`): a hostile file of one huge string, or of gigabytes of blank space,
ends with a one-line error once that much has been read.

Two ways to find the cuts:

- fast (`pretty=True`): X pretty-prints its archive files with two-space indents, so an
  element ends with a line `  },` followed by a line `  {`. A raw newline cannot occur inside
  a JSON string, so that byte sequence is always structure; and a cut anywhere but between
  top-level elements leaves an unbalanced piece that fails to decode, so a bad cut can never
  go unnoticed. This is the hot path: one `rfind` per block.
- general: any other layout (minified files, Mastodon's outbox). One regex skips everything
  but brackets (strings included, escapes and all), and Python counts brackets. It is used
  when the fast separator is absent from a whole item's worth of bytes.

Deep nesting is left to msgspec's own guard: it stops at Python's recursion limit (about a
thousand levels, where real posts nest under ten) with a RecursionError, which is turned into
a UserError here like every other decoding failure.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import Any, BinaryIO

import msgspec

from hubtools.errors import UserError
from hubtools.sources.model import MiB

BLOCK = 8 << 20
HEAD = 64 * 1024  # at least this much is read first: a file's prefix and first keys are in it
PRETTY_SEP = b"\n  },\n  {"
# Everything up to the next bracket or unfinished string: runs of other bytes, whole strings.
_SKIP = re.compile(rb'(?:[^"\[\]{}]+|"[^"\\]*(?:\\.[^"\\]*)*")*', re.DOTALL)
_OPEN, _QUOTE = (0x5B, 0x7B), 0x22
_BYTE = re.compile(r"\(byte (\d+)\)")
_INDEX = re.compile(r"\$\[(\d+)\]")
TRUNCATED = "the file is truncated — download or unzip the archive again"


def read_block(stream: BinaryIO, label: str, size: int | None = None) -> bytes:
    """Up to `size` (default BLOCK) bytes; UserError for unreadable files, CRC and inflate
    errors."""
    try:
        return stream.read(BLOCK if size is None else size)
    except (OSError, EOFError, ValueError, zipfile.BadZipFile) as err:
        raise UserError(f"{label}: cannot be read ({err})") from None


def _read_into(stream: BinaryIO, buf: bytearray, start: int, label: str) -> int:
    try:
        with memoryview(buf) as view:
            # every stream here (a file, a zip member) has readinto; typeshed's BinaryIO not
            return stream.readinto(view[start:]) or 0  # type: ignore[attr-defined]
    except (OSError, EOFError, ValueError, zipfile.BadZipFile) as err:
        raise UserError(f"{label}: cannot be read ({err})") from None


def depth_at(data: bytes | bytearray, end: int) -> int | None:
    """Bracket depth of `data[:end]`, or None when `end` falls inside a string."""
    depth, pos = 0, 0
    while True:
        p = _SKIP.match(data, pos, end).end()  # type: ignore[union-attr]
        if p >= end:
            return depth
        if data[p] == _QUOTE:
            return None
        depth += 1 if data[p] in _OPEN else -1
        pos = p + 1


def iter_array(
    stream: BinaryIO,
    head: bytes,
    start: int,
    *,
    label: str,
    decoder: msgspec.json.Decoder[Any],
    max_item: int,
    hint: str,
    pretty: bool = False,
    to_end: bool = True,
) -> Iterator[tuple[int, list[Any]]]:
    """Yield (index of the first element, decoded elements) for the array at `head[start]`.

    `head` holds the first bytes read from `stream`; `head[start]` is the array's '['.
    With `to_end`, only blank space and ';' may follow the array; otherwise the rest of the
    stream is left unread. `hint` ends the invalid-JSON message (what the file should be).
    Every failure is a one-line UserError naming `label`.
    """
    # The buffer always starts with the array's '[' (or a ',' turned into one), so a piece is
    # decoded in place, without a copy, once its closing ',' becomes ']'. Decoded items may keep
    # views into the buffer (msgspec.Raw), so a buffer is never resized once decoded from: the
    # unfinished element moves to a fresh one.
    filled = len(head) - start
    buf = bytearray(filled + BLOCK)
    buf[:filled] = memoryview(head)[start:]
    offset = start  # file offset of buf[0], for error messages
    index = 0  # elements decoded so far, for error messages
    fast = pretty
    scan_from = 0  # fast: where to look for the separator
    pos, depth, last_end, cut = 1, 1, -1, -1  # general: scan position, depth, cut state
    opened, done = 0, 0  # general: where the current element starts; elements closed
    eof = False

    def decode(upto: int) -> list[Any]:
        with memoryview(buf) as view:
            return _decode(decoder, view[:upto], label, offset, index, hint)

    while True:
        if not eof:
            if filled == len(buf):  # full: copy to a bigger buffer (none of it decoded yet)
                bigger = bytearray(filled + max(BLOCK, filled))
                bigger[:filled] = buf
                buf = bigger
            got = _read_into(stream, buf, filled, label)
            filled += got
            eof = not got

        if fast:
            at = buf.rfind(PRETTY_SEP, scan_from, filled)
            if at >= 0:
                comma = at + 4
                if comma > max_item:  # several blocks' worth: is every element under the cap?
                    _check_gaps(buf, comma, max_item, label, offset, index)
                buf[comma] = 0x5D  # ']'
                items = decode(comma + 1)
                buf, filled = _moved(buf, comma, filled)
                offset += comma
                scan_from = 0
                yield index, items
                index += len(items)
                continue
            scan_from = max(0, filled - len(PRETTY_SEP))
            if filled <= max_item:
                if not eof:
                    continue
                tail = bytes(memoryview(buf)[:filled]).rstrip()
                if tail.endswith(b";"):
                    tail = tail[:-1].rstrip()
                if not tail.endswith(b"]"):
                    raise UserError(
                        f"{label}: invalid JSON: it ends before the closing ']' "
                        f"(byte {offset + filled}); {TRUNCATED}"
                    )
                with memoryview(tail) as view:
                    yield index, _decode(decoder, view, label, offset, index, hint)
                return
            fast = False  # a whole item's worth without the separator: not X's layout

        # general scan of buf[pos:filled]
        end = -1
        while True:
            p = _SKIP.match(buf, pos, filled).end()  # type: ignore[union-attr]
            if p >= filled or buf[p] == _QUOTE:  # need more bytes (maybe mid-string)
                pos = p
                break
            if buf[p] in _OPEN:
                if depth == 1:
                    opened = p
                    if last_end >= 0:  # an element starts after a finished one
                        comma = buf.find(b",", last_end, p)
                        if comma >= 0:
                            cut = comma
                        last_end = -1
                depth += 1
            else:
                depth -= 1
                if depth == 1:
                    last_end = p + 1
                    done += 1
                    if last_end - opened > max_item:
                        raise _too_big(label, index + done, offset + opened, max_item)
                elif depth == 0:
                    end = p + 1
                    break
            pos = p + 1
        if end >= 0:
            yield index, decode(end)
            if to_end:
                _check_trailer(stream, bytes(memoryview(buf)[end:filled]), label, offset + end)
            return
        if cut > 0:
            buf[cut] = 0x5D  # ']'
            items = decode(cut + 1)
            buf, filled = _moved(buf, cut, filled)
            offset += cut
            pos -= cut
            opened -= cut
            last_end = last_end - cut if last_end >= 0 else -1
            cut = -1
            done -= len(items)
            yield index, items
            index += len(items)
        if filled > max_item:
            raise _too_big(label, index + done + 1, offset, max_item)
        if eof:
            raise UserError(
                f"{label}: invalid JSON: it ends before the closing ']' "
                f"(byte {offset + filled}); {TRUNCATED}"
            )


def _moved(buf: bytearray, cut: int, filled: int) -> tuple[bytearray, int]:
    """The bytes from `cut` on, in a fresh buffer starting with '['."""
    rest = filled - cut
    fresh = bytearray(rest + BLOCK)
    fresh[:rest] = memoryview(buf)[cut:filled]
    fresh[0] = 0x5B  # '['
    return fresh, rest


def _too_big(label: str, number: int, at: int, max_item: int) -> UserError:
    return UserError(
        f"{label}: item #{number} (from byte {at}) is larger than the limit of "
        f"{_size(max_item)} for one element; if you trust the file, raise it with --max-item-mb"
    )


def _check_gaps(
    buf: bytearray, end: int, max_item: int, label: str, offset: int, index: int
) -> None:
    """UserError if two pretty separators in `buf[:end]` are further apart than `max_item`."""
    previous, number = 0, index + 1
    while previous < end:
        at = buf.find(PRETTY_SEP, previous + 1, end + 1)
        at = end if at < 0 else at + 4
        if at - previous > max_item:
            raise _too_big(label, number, offset + previous, max_item)
        previous, number = at, number + 1


def _check_trailer(stream: BinaryIO, rest: bytes, label: str, at: int) -> None:
    """Only blank space and ';' may follow the array (read in blocks, at most BLOCK more)."""
    seen = len(rest)
    while True:
        junk = rest.translate(None, b" \t\r\n;")
        if junk:
            raise UserError(
                f"{label}: invalid JSON: unexpected content after the array's closing ']' "
                f"(byte {at}); is the file complete and unedited?"
            )
        if seen > BLOCK:
            raise UserError(f"{label}: over {_size(BLOCK)} of blank space after the array")
        rest = read_block(stream, label)
        if not rest:
            return
        seen += len(rest)


def _size(n: int) -> str:
    return f"{n // MiB:,} MiB" if n >= MiB else f"{n:,} bytes"


def _decode(
    decoder: msgspec.json.Decoder[Any],
    data: bytes | memoryview,
    label: str,
    base: int,
    index: int,
    hint: str,
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
    except RecursionError:
        raise UserError(
            f"{label}: JSON nested too deeply near item #{index + 1} (from byte {base}); "
            f"posts nest a few levels, not a thousand; {hint}"
        ) from None
    except msgspec.DecodeError as err:
        msg = str(err)
        if "truncated" in msg:
            raise UserError(f"{label}: invalid JSON: the JSON ends early; {TRUNCATED}") from None
        where = _BYTE.search(msg)
        pos = f" near byte {base + int(where.group(1))}" if where else ""
        raise UserError(f"{label}: invalid JSON{pos} ({msg.split(' (byte')[0]}); {hint}") from None
