"""Posts from plain files: JSONL (one object a line), CSV (a header row) and text (a post a line).

Field and column names default to `text`, `id`, `author`, `created_at` and `kind`, and can be
renamed (`LoadOptions.fields`, `--text-field` / `--field KEY=NAME`). Only the text is required.
The author is `--handle`, else the file's `author` values (which must all agree), else the
file name without its extension. Without a `kind`, a text starting `RT @` is a repost, as in
X archives; everything else is an original post.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from hubtools.errors import UserError
from hubtools.sources.container import file_fingerprint
from hubtools.sources.dates import iso_date
from hubtools.sources.model import Account, LoadOptions, Post, PostKind, PostStream

FIELD_KEYS = ("text", "id", "author", "created_at", "kind")
_KIND_WORDS = {
    **{k.value: k for k in PostKind},
    "retweet": PostKind.REPOST,
    "boost": PostKind.REPOST,
    "reblog": PostKind.REPOST,
    "rt": PostKind.REPOST,
    "post": PostKind.ORIGINAL,
    "tweet": PostKind.ORIGINAL,
    "": PostKind.ORIGINAL,
}


def field_names(options: LoadOptions) -> dict[str, str]:
    unknown = set(options.fields) - set(FIELD_KEYS)
    if unknown:
        raise UserError(
            f"--field {sorted(unknown)[0]}=...: unknown key; use one of {', '.join(FIELD_KEYS)}"
        )
    return {key: options.fields.get(key, key) for key in FIELD_KEYS}


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(f"{path}: cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise UserError(f"{path}: the file is empty")
    if b"\0" in data:
        raise UserError(f"{path}: binary data, not text; is this the right file?")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8") from None


def _kind(value: object, where: str, column: str, text: str) -> PostKind:
    if value is None:  # no kind given: a retweet still reads "RT @user: ...", as in X archives
        return PostKind.REPOST if text.startswith("RT @") else PostKind.ORIGINAL
    kind = _KIND_WORDS.get(str(value).strip().lower())
    if kind is None:
        allowed = ", ".join(k.value for k in PostKind)
        raise UserError(f"{where}: {column}={value!r} is not a post kind ({allowed})")
    return kind


def _date(value: object) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return iso_date(_epoch(value))
    return iso_date(value) if isinstance(value, str) else None


def _epoch(seconds: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC).isoformat()


def _stream(
    path: Path, kind: str, rows: list[tuple[str, Mapping[str, Any]]], options: LoadOptions
) -> PostStream:
    """Posts from (location, row) pairs, with the author settled first."""
    names = field_names(options)
    if not rows:
        raise UserError(f"{path}: no posts in the file")
    handle = options.handle
    if handle is None:
        authors = {str(r[names["author"]]).lstrip("@") for _, r in rows if r.get(names["author"])}
        if len(authors) > 1:
            shown = ", ".join(sorted(authors)[:3])
            raise UserError(
                f"{path}: posts by several authors ({shown}, ...); "
                "make one file per author, or pass --handle to treat them as one"
            )
        handle = authors.pop() if authors else path.stem
    handle = handle.lstrip("@")
    posts: list[Post] = []
    text_key = names["text"]
    for number, (where, row) in enumerate(rows, 1):
        text = row.get(text_key)
        if not isinstance(text, str):
            problem = "no" if text is None else "a non-text"
            raise UserError(
                f"{where}: {problem} {text_key!r} field; name the text field with --text-field"
            )
        post_id = row.get(names["id"])
        posts.append(
            Post(
                id=str(post_id) if post_id not in (None, "") else str(number),
                author=handle,
                text=text,
                created_at=_date(row.get(names["created_at"])),
                kind=_kind(row.get(names["kind"]), where, names["kind"], text),
            )
        )
    return PostStream(
        Account(handle), posts, f"{kind}:{path}", fingerprint=lambda: file_fingerprint(path)
    )


def load_jsonl(path_text: str, options: LoadOptions) -> PostStream:
    path = Path(path_text)
    text = _read_text(path)
    decoder = msgspec.json.Decoder()
    rows: list[tuple[str, Mapping[str, Any]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = decoder.decode(line)
        except msgspec.DecodeError as err:
            raise UserError(
                f"{where}: invalid JSON ({err}); expected one object per line"
            ) from None
        if not isinstance(row, dict):
            raise UserError(f"{where}: expected a JSON object per line, got {type(row).__name__}")
        rows.append((where, row))
    return _stream(path, "jsonl", rows, options)


def load_csv(path_text: str, options: LoadOptions) -> PostStream:
    path = Path(path_text)
    text = _read_text(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    text_key = field_names(options)["text"]
    if reader.fieldnames is None or text_key not in reader.fieldnames:
        columns = ", ".join(reader.fieldnames or []) or "none"
        raise UserError(
            f"{path}: no column {text_key!r} (columns: {columns}); "
            "name the text column with --text-field"
        )
    rows: list[tuple[str, Mapping[str, Any]]] = []
    try:
        for row in reader:
            if row.get(text_key) is None and not any(row.values()):
                continue
            rows.append((f"{path}:{reader.line_num}", row))
    except csv.Error as err:
        raise UserError(f"{path}:{reader.line_num}: not valid CSV ({err})") from None
    return _stream(path, "csv", rows, options)


def load_txt(path_text: str, options: LoadOptions) -> PostStream:
    path = Path(path_text)
    text = _read_text(path)
    rows: list[tuple[str, Mapping[str, Any]]] = [
        (f"{path}:{n}", {"text": line, "id": str(n)})
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip()
    ]
    plain = LoadOptions(handle=options.handle)  # field names do not apply to plain text
    return _stream(path, "txt", rows, plain)
