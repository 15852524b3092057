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
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from hubtools.errors import UserError
from hubtools.sources.container import file_fingerprint
from hubtools.sources.dates import iso_date
from hubtools.sources.model import (
    Account,
    InputLimits,
    LoadOptions,
    MiB,
    Post,
    PostKind,
    PostStream,
)

FIELD_KEYS = ("text", "id", "author", "created_at", "kind")
_HEAD = 64 * 1024  # checked up front for NUL bytes (binary files) and emptiness
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


def _physical_lines(path: Path, limits: InputLimits) -> Iterator[tuple[int, str]]:
    """(number, line with its line end) of a UTF-8 text file, read one line at a time.

    Lines end at \\n, \\r or \\r\\n (untranslated, as csv wants them); a line over
    `max_item_bytes` characters is a UserError, so memory never follows a line's length.
    """
    cap = limits.max_item_bytes
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed by the with below)
    except OSError as err:
        raise UserError(f"{path}: cannot be read ({err.strerror or err})") from None
    with fh:
        head = fh.read(_HEAD)
        if not head.strip() and len(head) < _HEAD:
            raise UserError(f"{path}: the file is empty")
        if b"\0" in head:
            raise UserError(f"{path}: binary data, not text; is this the right file?")
        fh.seek(0)
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        number = 0
        while True:
            try:
                line = text.readline(cap + 1)
            except UnicodeDecodeError:
                raise UserError(
                    f"{path}: not UTF-8 text (line {number + 1}); save it as UTF-8"
                ) from None
            except OSError as err:
                raise UserError(f"{path}: cannot be read ({err.strerror or err})") from None
            if not line:
                return
            number += 1
            if len(line) > cap:
                raise UserError(
                    f"{path}:{number}: a line longer than the limit of {cap // MiB:,} MiB; "
                    "if you trust the file, raise it with --max-item-mb"
                )
            if "\0" in line:
                raise UserError(f"{path}:{number}: binary data, not text; is this the right file?")
            yield number, line


def _lines(path: Path, limits: InputLimits) -> Iterator[tuple[int, str]]:
    """(number, line) as `str.splitlines()` of the whole file numbers them, streamed."""
    number = 0
    for _, physical in _physical_lines(path, limits):
        for line in physical.splitlines():
            number += 1
            yield number, line


def _scalar(value: object, where: str, key: str) -> object:
    """A field's value if it is a string, number or null; a nested value is refused (it would
    only be turned into text)."""
    if value is None or isinstance(value, str | int | float):
        return value
    raise UserError(f"{where}: {key!r} is a {type(value).__name__}, expected text")


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


T = TypeVar("T")
Rows = Callable[[], Iterable[tuple[str, Mapping[str, Any]]]]  # (location, row), re-readable


def _stream(
    path: Path,
    kind: str,
    rows: Rows,
    options: LoadOptions,
    *,
    line_ids: bool = False,
    empty: str = "no posts in the file",
) -> PostStream:
    """Posts from (location, row) pairs, with the author settled first.

    The rows are read twice: once now, to settle the author and raise any error the posts
    would (so a bad file fails before anything is counted), and once as the posts stream,
    so memory does not follow the file. `line_ids`: every row's id is its line number
    (text files), not an id from the source.
    """
    names, handle = _settle(path, rows(), options, line_ids, empty)
    posts = (
        _post(number, where, row, names, handle, line_ids)
        for number, (where, row) in enumerate(rows(), 1)
    )
    return PostStream(
        Account(handle), posts, f"{kind}:{path}", fingerprint=lambda: file_fingerprint(path)
    )


def _settle(
    path: Path,
    rows: Iterable[tuple[str, Mapping[str, Any]]],
    options: LoadOptions,
    line_ids: bool,
    empty: str,
) -> tuple[dict[str, str], str]:
    """(field names, author) after one read of every row; raises what reading them all,
    then settling the author, then making each post would raise, in that order."""
    try:
        names, names_error = field_names(options), None
    except UserError as err:
        names, names_error = {}, err
    find_author = options.handle is None
    authors: set[str] = set()
    author_error: UserError | None = None
    row_error: Exception | None = None  # UserError, or a date out of range
    count = 0
    for count, (where, row) in enumerate(rows, 1):
        if names_error is not None:
            continue
        author_key = names["author"]
        if find_author and author_error is None and row.get(author_key):
            try:
                authors.add(str(_scalar(row[author_key], where, author_key)).lstrip("@"))
            except UserError as err:
                author_error = err
            if len(authors) > 64:  # several already: only the first three are named
                authors = set(sorted(authors)[:3])
        if row_error is None:
            try:
                _post(count, where, row, names, "", line_ids)
            except (UserError, ValueError, OverflowError, OSError) as err:
                row_error = err
    if not count:
        raise UserError(f"{path}: {empty}")
    for error in (names_error, author_error):
        if error is not None:
            raise error
    if len(authors) > 1:
        shown = ", ".join(sorted(authors)[:3])
        raise UserError(
            f"{path}: posts by several authors ({shown}, ...); "
            "make one file per author, or pass --handle to treat them as one"
        )
    if row_error is not None:
        raise row_error
    handle = options.handle
    if handle is None:
        handle = authors.pop() if authors else path.stem
    return names, handle.lstrip("@")


def _post(
    number: int,
    where: str,
    row: Mapping[str, Any],
    names: dict[str, str],
    handle: str,
    line_ids: bool,
) -> Post:
    """The post of the `number`th row; UserError naming `where` for a field it cannot use."""
    text_key = names["text"]
    text = row.get(text_key)
    if not isinstance(text, str):
        problem = "no" if text is None else "a non-text"
        raise UserError(
            f"{where}: {problem} {text_key!r} field; name the text field with --text-field"
        )
    post_id = _scalar(row.get(names["id"]), where, names["id"])
    return Post(
        id=str(number) if post_id in (None, "") else str(post_id),
        author=handle,
        text=text,
        created_at=_date(row.get(names["created_at"])),
        kind=_kind(
            _scalar(row.get(names["kind"]), where, names["kind"]),
            where,
            names["kind"],
            text,
        ),
        numbered=line_ids or post_id in (None, ""),
    )


def _jsonl_rows(path: Path, limits: InputLimits) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(location, object) of each non-blank line."""
    decoder = msgspec.json.Decoder()
    for number, line in _lines(path, limits):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = decoder.decode(line)
        except msgspec.DecodeError as err:
            raise UserError(
                f"{where}: invalid JSON ({err}); expected one object per line"
            ) from None
        except RecursionError:
            raise UserError(
                f"{where}: JSON nested too deeply; expected one post per line"
            ) from None
        if not isinstance(row, dict):
            raise UserError(f"{where}: expected a JSON object per line, got {type(row).__name__}")
        yield where, row


def load_jsonl(path_text: str, options: LoadOptions) -> PostStream:
    path = Path(path_text)
    return _stream(
        path, "jsonl", lambda: _jsonl_rows(path, options.limits), options, empty="the file is empty"
    )


def load_csv(path_text: str, options: LoadOptions) -> PostStream:
    path = Path(path_text)
    return _stream(path, "csv", lambda: _csv_rows(path, options), options)


def _csv_rows(path: Path, options: LoadOptions) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(location, row) of each row that is not blank, after the header."""
    text_key = field_names(options)["text"]
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    lines = (line for _, line in _physical_lines(path, options.limits))
    reader = csv.DictReader(lines, delimiter=delimiter)
    columns = _csv_read(path, reader, options.limits, lambda: reader.fieldnames)
    if columns is None or text_key not in columns:
        raise UserError(
            f"{path}: no column {text_key!r} (columns: {', '.join(columns or []) or 'none'}); "
            "name the text column with --text-field"
        )
    step = partial(next, reader, None)
    while (row := _csv_read(path, reader, options.limits, step)) is not None:
        if row.get(text_key) is None and not any(row.values()):
            continue
        yield f"{path}:{reader.line_num}", row


def _csv_read(
    path: Path, reader: csv.DictReader[str], limits: InputLimits, read: Callable[[], T]
) -> T:
    """`read()` of the reader with the field limit raised to `max_item_bytes` for that call
    only: the limit is process-wide, and the rows stream while other code runs in between."""
    cap = limits.max_item_bytes
    previous = csv.field_size_limit(cap)
    try:
        return read()
    except csv.Error as err:
        if "field larger than field limit" in str(err):
            raise UserError(
                f"{path}:{reader.line_num}: a field longer than the limit of {cap // MiB:,} MiB; "
                "if you trust the file, raise it with --max-item-mb"
            ) from None
        raise UserError(f"{path}:{reader.line_num}: not valid CSV ({err})") from None
    finally:
        csv.field_size_limit(previous)


def load_txt(path_text: str, options: LoadOptions) -> PostStream:
    path = Path(path_text)
    plain = LoadOptions(handle=options.handle)  # field names do not apply to plain text
    return _stream(
        path,
        "txt",
        lambda: _txt_rows(path, options.limits),
        plain,
        line_ids=True,
        empty="the file is empty",
    )


def _txt_rows(path: Path, limits: InputLimits) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(location, row) of each line that is not blank; its id is its line number."""
    for number, line in _lines(path, limits):
        if line.strip():
            yield f"{path}:{number}", {"text": line, "id": str(number)}
