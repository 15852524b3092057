"""The NDJSON commit body, decoded and checked whole before anything is stored.

A body the client would never send (not JSON, wrong keys or types, bad base64, no
header, a short `parentCommit`) is 400; a path the Hub refuses is 422. Each message names
the line, so a caller can find what it sent.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hubtools.localhub.errors import HubError
from hubtools.localhub.gitobj import HEX40, HEX64
from hubtools.localhub.paths import check_path
from hubtools.localhub.store import Op

_NOT_BLANK = re.compile(rb"[^ \t\r\n]")
_PATH_KEYS = {"file": False, "lfsFile": False, "deletedFile": False, "deletedFolder": True}


@dataclass(frozen=True, slots=True)
class Header:
    summary: str
    description: str
    parent: str | None  # a full, lower-case commit id


def _lines(raw: bytes | bytearray) -> Iterator[tuple[int, int, int]]:
    """(number, start, end) of each non-blank line: the caller slices, so no line outlives
    its parsing (a commit's memory stays near its body's size, not a multiple of it)."""
    start, n = 0, 0
    while start < len(raw):
        end = raw.find(b"\n", start)
        end = len(raw) if end < 0 else end
        n += 1
        if _NOT_BLANK.search(raw, start, end):
            yield n, start, end
        start = end + 1


def decode_base64(text: str) -> bytes:
    """Strict base64 (whole quanta, the standard alphabet, nothing else); ValueError if not."""
    if len(text) % 4:
        raise ValueError("base64 comes in groups of 4 characters")
    return binascii.a2b_base64(text, strict_mode=True)  # takes ASCII str: no copy


def _bad(n: int, what: str) -> HubError:
    return HubError(400, f"Malformed commit payload on line {n}: {what}")


def _string(value: dict[str, Any], key: str, n: int, *, optional: bool = False) -> str | None:
    got = value.get(key)
    if got is None and optional:
        return None
    if not isinstance(got, str):
        raise _bad(n, f"'{key}' must be a string")
    return got


def _header(value: dict[str, Any], n: int) -> Header:
    summary = _string(value, "summary", n, optional=True) or ""
    description = _string(value, "description", n, optional=True) or ""
    parent = _string(value, "parentCommit", n, optional=True)
    if parent is not None and not HEX40.fullmatch(parent.lower()):
        raise _bad(n, "'parentCommit' must be a full 40-hex commit id")
    return Header(summary, description, parent.lower() if parent is not None else None)


def _operation(key: str, value: dict[str, Any], n: int) -> Op:
    if key not in _PATH_KEYS:
        raise _bad(n, f"unknown operation {key[:50]!r}")
    path = check_path(value.get("path"), folder=_PATH_KEYS[key])
    if key == "file":
        encoding = value.get("encoding", "base64")
        if encoding != "base64":
            raise _bad(n, "'encoding' must be 'base64'")
        content = _string(value, "content", n)
        assert content is not None  # not optional: _string raised otherwise
        try:
            data = decode_base64(content)
        except ValueError as err:  # binascii.Error and UnicodeEncodeError are ValueErrors
            raise _bad(n, "'content' is not valid base64") from err
        return Op("file", path, data)
    if key == "lfsFile":
        oid = (_string(value, "oid", n) or "").lower()
        if not HEX64.fullmatch(oid):
            raise _bad(n, "'oid' must be a sha256 in hex")
        if value.get("algo", "sha256") != "sha256":
            raise _bad(n, "'algo' must be 'sha256'")
        size = value.get("size")
        if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
            raise _bad(n, "'size' must be a non-negative integer")
        return Op("lfsFile", path, sha256=oid, size=size)
    return Op(key, path)


def parse_commit(raw: bytes | bytearray) -> tuple[Header, list[Op]]:
    """The header and operations of a commit body; HubError (400/422) if any line is wrong."""
    header: Header | None = None
    ops: list[Op] = []
    for n, start, end in _lines(raw):
        try:
            item = json.loads(raw[start:end])
        except (ValueError, RecursionError) as err:
            raise _bad(n, "not JSON") from err
        if not isinstance(item, dict):
            raise _bad(n, "expected an object with 'key' and 'value'")
        key, value = item.get("key"), item.get("value")
        if not isinstance(key, str) or not isinstance(value, dict):
            raise _bad(n, "expected an object with 'key' and 'value'")
        if key == "header":
            if header is not None or ops:
                raise _bad(n, "the header must be the first line, and only once")
            header = _header(value, n)
        elif header is None:
            raise _bad(n, "the header must be the first line")
        else:
            ops.append(_operation(key, value, n))
    if header is None:
        raise HubError(400, "Malformed commit payload: no header line")
    return header, ops
