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
import sys
import zipfile
from collections.abc import Generator, Iterator
from typing import Any, BinaryIO

import msgspec

from hubtools.errors import UserError
from hubtools.sources.model import MiB

# Bytes read per step, so about one piece decoded at a time. Small on purpose: the posts of a
# piece are cleaned and filtered right after they are decoded, and when piece, objects and
# cleaned text fit in a core's L2 cache the whole pipeline runs ~30% faster than with 8 MiB
# blocks (bench/data.py: 4.7-5.0 s vs 6.8-6.9 s of CPU for a million posts). A larger item
# still fits: the buffer grows until it holds one (up to `max_item`).
BLOCK = 256 << 10
HEAD = 64 * 1024  # at least this much is read first: a file's prefix and first keys are in it
PRETTY_SEP = b"\n  },\n  {"
_SLACK = 64 * 1024  # room over a block, so a spare buffer fits the next remainder too
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


def head_size() -> int:
    """How much `read_head` reads: a block, and at least HEAD."""
    return max(BLOCK, HEAD)


def read_head(stream: BinaryIO, label: str, hint: str) -> bytes:
    """A file's first `head_size()` bytes, without a UTF-8 BOM; UserError for an empty file,
    or one that is only blank space for all of that (`hint` ends the message)."""
    size = head_size()
    head = read_block(stream, label, size)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if not head.strip():
        if len(head) < size - 3:
            raise UserError(f"{label}: the file is empty")
        raise UserError(f"{label}: starts with {size_text(size)} of blank space; {hint}")
    return head


def _read_into(stream: BinaryIO, buf: bytearray, start: int, end: int, label: str) -> int:
    try:
        with memoryview(buf) as view:
            # every stream here (a file, a zip member) has readinto; typeshed's BinaryIO not
            return stream.readinto(view[start:end]) or 0  # type: ignore[attr-defined]
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
    window = _Window(stream, head, start, label, decoder, hint)
    if pretty:
        finished = yield from _iter_pretty(window, max_item)
        if finished:
            return
    # the general scan: after the fast path gave up, on the bytes it already holds
    yield from _iter_general(window, max_item, to_end, read_first=not pretty)


class _Window:
    """The array's bytes not decoded yet, in a buffer that starts with its '[' (or a ','
    turned into one), so a piece is decoded in place, without a copy, once its closing ','
    becomes ']'.

    Decoded items may keep views into the buffer (msgspec.Raw), so a buffer is never resized
    once decoded from: the unfinished element moves to a fresh one. The buffer left behind is
    kept as a spare, and is that fresh one next time if nothing refers to it any more (the
    decoded items are gone): a new buffer per block costs zeroing and page faults, and
    the peak is two buffers either way. Only `buf[:cap]` is used, whatever the size of the
    buffer, so the blocks read are the same either way.
    """

    __slots__ = (
        "buf",
        "cap",
        "decoder",
        "eof",
        "filled",
        "hint",
        "index",
        "label",
        "offset",
        "spare",
        "stream",
    )

    def __init__(
        self,
        stream: BinaryIO,
        head: bytes,
        start: int,
        label: str,
        decoder: msgspec.json.Decoder[Any],
        hint: str,
    ) -> None:
        self.stream, self.label, self.decoder, self.hint = stream, label, decoder, hint
        filled = len(head) - start
        self.cap = filled + BLOCK
        self.buf = bytearray(self.cap)
        self.buf[:filled] = memoryview(head)[start:]
        self.spare: bytearray | None = None
        self.filled = filled
        self.offset = start  # file offset of buf[0], for error messages
        self.index = 0  # elements decoded so far, for error messages
        self.eof = False

    def read(self) -> None:
        """Append the stream's next bytes (a bigger buffer when full); `eof` once it ends."""
        if self.eof:
            return
        filled = self.filled
        if filled == self.cap:  # full: copy to a bigger buffer (none of it decoded yet)
            self.cap = filled + max(BLOCK, filled)
            bigger = bytearray(self.cap)
            bigger[:filled] = memoryview(self.buf)[:filled]
            self.buf = bigger
        got = _read_into(self.stream, self.buf, filled, self.cap, self.label)
        self.filled = filled + got
        self.eof = not got

    def decode(self, upto: int) -> list[Any]:
        """The elements of `buf[:upto]`, a whole array."""
        with memoryview(self.buf) as view:
            return _decode(
                self.decoder, view[:upto], self.label, self.offset, self.index, self.hint
            )

    def cut(self, comma: int) -> tuple[int, list[Any]]:
        """(index of the first, elements) before the top-level ',' at `comma`; the bytes after
        it move to a fresh buffer."""
        self.buf[comma] = 0x5D  # ']'
        items = self.decode(comma + 1)
        self.moved(comma)
        self.offset += comma
        first = self.index
        self.index = first + len(items)
        return first, items

    def moved(self, cut: int) -> None:
        """Move the bytes from `cut` on to a buffer of their own, starting with '['."""
        rest = self.filled - cut
        self.cap = rest + BLOCK
        fresh, self.spare = self.spare, None
        # 2: `fresh` and getrefcount's argument; a view a decoded item keeps would add one
        if fresh is None or len(fresh) < self.cap or sys.getrefcount(fresh) != 2:
            fresh = bytearray(self.cap + _SLACK)
        old = self.buf
        fresh[:rest] = memoryview(old)[cut : self.filled]
        fresh[0] = 0x5B  # '['
        self.buf, self.filled = fresh, rest
        if len(old) <= self.cap + 2 * _SLACK:  # not the first, bigger one: memory stays flat
            self.spare = old

    def last(self) -> list[Any]:
        """The elements left once the stream ended; only blank space and ';' may follow."""
        tail = bytes(memoryview(self.buf)[: self.filled]).rstrip()
        if tail.endswith(b";"):
            tail = tail[:-1].rstrip()
        if not tail.endswith(b"]"):
            raise self.truncated()
        # decoded from the bytes themselves: a view that decoded items (msgspec.Raw) keep
        # could not be released
        return _decode(self.decoder, tail, self.label, self.offset, self.index, self.hint)

    def truncated(self) -> UserError:
        return UserError(
            f"{self.label}: invalid JSON: it ends before the closing ']' "
            f"(byte {self.offset + self.filled}); {TRUNCATED}"
        )


def _iter_pretty(window: _Window, max_item: int) -> Generator[tuple[int, list[Any]], None, bool]:
    """The fast path: cut at X's `  },\\n  {` separators, one `rfind` per block.

    Returns True once the array is decoded, False when a whole item's worth of bytes holds no
    separator (not X's layout: the general scan takes over, from the bytes read so far).
    """
    scan_from = 0  # where to look for the separator
    while True:
        window.read()
        buf, filled = window.buf, window.filled
        at = buf.rfind(PRETTY_SEP, scan_from, filled)
        if at >= 0:
            comma = at + 4
            if comma > max_item:  # several blocks' worth: is every element under the cap?
                _check_gaps(buf, comma, max_item, window.label, window.offset, window.index)
            yield window.cut(comma)
            scan_from = 0
            continue
        scan_from = max(0, filled - len(PRETTY_SEP))
        if filled <= max_item:
            if not window.eof:
                continue
            yield window.index, window.last()
            return True
        return False


def _iter_general(
    window: _Window, max_item: int, to_end: bool, *, read_first: bool
) -> Iterator[tuple[int, list[Any]]]:
    """Any layout: cut at the last top-level ',' the bracket scan found in what was read."""
    scan = _Brackets()
    while True:
        if read_first:
            window.read()
        read_first = True
        end = scan.scan(window, max_item)
        if end >= 0:
            yield window.index, window.decode(end)
            if to_end:
                rest = bytes(memoryview(window.buf)[end : window.filled])
                _check_trailer(window.stream, rest, window.label, window.offset + end)
            return
        if scan.cut > 0:
            cut = scan.cut
            first, items = window.cut(cut)
            scan.moved(cut, len(items))
            yield first, items
        if window.filled > max_item:
            raise _too_big(window.label, window.index + scan.done + 1, window.offset, max_item)
        if window.eof:
            raise window.truncated()


class _Brackets:
    """Where the general scan is in the buffer: its position and bracket depth, where the
    current top-level element opened and the last one ended, the last cut found, and how
    many elements closed since the last cut."""

    __slots__ = ("cut", "depth", "done", "last_end", "opened", "pos")

    def __init__(self) -> None:
        self.pos, self.depth, self.last_end, self.cut = 1, 1, -1, -1
        self.opened, self.done = 0, 0

    def scan(self, window: _Window, max_item: int) -> int:
        """Scan `buf[pos:filled]`: the offset just past the array's ']', or -1 when more
        bytes are needed (the scan stopped at the end of the bytes, or inside a string)."""
        buf, filled = window.buf, window.filled
        pos, depth, last_end, cut = self.pos, self.depth, self.last_end, self.cut
        opened, done = self.opened, self.done
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
                        number, at = window.index + done, window.offset + opened
                        raise _too_big(window.label, number, at, max_item)
                elif depth == 0:
                    end = p + 1
                    break
            pos = p + 1
        self.pos, self.depth, self.last_end, self.cut = pos, depth, last_end, cut
        self.opened, self.done = opened, done
        return end

    def moved(self, cut: int, decoded: int) -> None:
        """The buffer now starts at `cut`, and `decoded` elements before it were decoded."""
        self.pos -= cut
        self.opened -= cut
        self.last_end = self.last_end - cut if self.last_end >= 0 else -1
        self.cut = -1
        self.done -= decoded


def _too_big(label: str, number: int, at: int, max_item: int) -> UserError:
    return UserError(
        f"{label}: item #{number} (from byte {at}) is larger than the limit of "
        f"{size_text(max_item)} for one element; if you trust the file, raise it with --max-item-mb"
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
            raise UserError(f"{label}: over {size_text(BLOCK)} of blank space after the array")
        rest = read_block(stream, label)
        if not rest:
            return
        seen += len(rest)


def size_text(n: int) -> str:
    """`8 MiB`, `256 KiB`, `700 bytes`: a limit as error messages name it."""
    if n >= MiB and not n % MiB:
        return f"{n // MiB:,} MiB"
    if n >= 1024 and not n % 1024:
        return f"{n // 1024:,} KiB"
    return f"{n:,} bytes"


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
