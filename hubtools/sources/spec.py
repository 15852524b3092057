"""Source strings from the command line: `x-archive:PATH`, `mastodon:@user@instance`, ...

A bare path is recognised by its contents (a zip's member names, a file's first bytes),
falling back on the file extension only to tell CSV from plain text.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hubtools.errors import UserError

KINDS = (
    "x-archive",
    "mastodon",
    "mastodon-archive",
    "bluesky",
    "bluesky-archive",
    "jsonl",
    "csv",
    "txt",
)
NETWORK_KINDS = ("mastodon", "bluesky")
_MASTODON_ACCT = re.compile(r"^@?([A-Za-z0-9_.-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?)$")
_BLUESKY_ACTOR = re.compile(r"^@?((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+|did:[a-z]+:[A-Za-z0-9._:%-]+)$")


@dataclass(frozen=True)
class SourceSpec:
    """Where posts come from: a kind, its target (a path, or an account for the network) and,
    optionally, the author's handle to use instead of the one the source gives."""

    kind: str
    target: str
    handle: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}:{self.target}"

    @property
    def is_network(self) -> bool:
        return self.kind in NETWORK_KINDS


def parse_spec(text: str, handle: str | None = None) -> SourceSpec:
    """`kind:target` -> SourceSpec; a bare path is detected by its contents."""
    spec = _parse(text)
    if handle is not None:
        handle = handle.strip().lstrip("@")
        if not handle or any(c.isspace() for c in handle):
            raise UserError(f"--handle {handle!r}: a handle is one word, like ada_lovecode")
        return SourceSpec(spec.kind, spec.target, handle)
    return spec


def _parse(text: str) -> SourceSpec:
    kind, sep, target = text.partition(":")
    if sep and kind in KINDS:
        if not target:
            raise UserError(f"source {text!r}: nothing after '{kind}:'")
        if kind == "mastodon":
            user, instance = mastodon_account(target)
            return SourceSpec(kind, f"@{user}@{instance}")
        if kind == "bluesky":
            return SourceSpec(kind, bluesky_actor(target))
        return SourceSpec(kind, target)
    return SourceSpec(detect(text), text)


def mastodon_account(target: str) -> tuple[str, str]:
    """`@user@instance` -> (user, instance)."""
    match = _MASTODON_ACCT.match(target.strip())
    if not match:
        raise UserError(f"mastodon:{target}: expected an account like @user@mastodon.social")
    return match.group(1), match.group(2).lower()


def bluesky_actor(target: str) -> str:
    """A Bluesky handle (`alice.bsky.social`, leading @ allowed) or DID."""
    match = _BLUESKY_ACTOR.match(target.strip())
    if not match:
        raise UserError(f"bluesky:{target}: expected a handle like alice.bsky.social or a DID")
    return match.group(1).lower() if not match.group(1).startswith("did:") else match.group(1)


def detect(path_text: str) -> str:
    """The kind of a bare path, from what is inside it."""
    path = Path(path_text)
    if not path.exists():
        hint = ""
        if _MASTODON_ACCT.match(path_text):
            hint = f" (for a Mastodon account write mastodon:{path_text})"
        raise UserError(
            f"{path_text}: no such file or folder{hint}; sources look like x-archive:PATH, "
            "mastodon:@user@instance, mastodon-archive:PATH, bluesky:HANDLE, "
            "bluesky-archive:FILE.car, jsonl:PATH, csv:PATH or txt:PATH"
        )
    if path.is_dir():
        return _detect_folder(path)
    with open(path, "rb") as fh:
        head = fh.read(64 * 1024)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # a zip; an empty zip
        return _detect_zip(path)
    return _detect_file(path, head)


def _detect_folder(path: Path) -> str:
    from hubtools.sources.xarchive import is_x_archive

    if (path / "outbox.json").is_file():
        return "mastodon-archive"
    if is_x_archive(path):
        return "x-archive"
    if not any(p.is_file() for p in path.rglob("*")):
        raise UserError(f"{path}: the folder is empty; point at an unpacked X or Mastodon export")
    raise UserError(
        f"{path}: a folder without data/tweets.js or outbox.json; "
        "point at an X/Twitter or Mastodon archive, or name the kind (jsonl:PATH, ...)"
    )


def _detect_zip(path: Path) -> str:
    from hubtools.sources.xarchive import tweet_files

    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError) as err:
        raise UserError(f"{path}: not a readable zip file ({err})") from None
    if not [n for n in names if not n.endswith("/")]:
        raise UserError(f"{path}: the archive is empty; download the export again")
    if any(n.rsplit("/", 1)[-1] == "outbox.json" for n in names):
        return "mastodon-archive"
    if tweet_files(names):
        return "x-archive"
    raise UserError(
        f"{path}: a zip without data/tweets.js or outbox.json; "
        "is this an X/Twitter or Mastodon archive?"
    )


def _detect_file(path: Path, head: bytes) -> str:
    if not head.strip():
        raise UserError(f"{path}: the file is empty")
    if path.suffix.lower() == ".car" or _looks_like_car(head):
        return "bluesky-archive"
    if b"\0" in head:
        raise UserError(
            f"{path}: binary data, not posts; give an X/Twitter or Mastodon archive, "
            "or a JSONL, CSV or text file"
        )
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not just a character cut at the 64 KiB boundary
            raise UserError(
                f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8"
            ) from None
        text = head[: err.start].decode("utf-8")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("window.YTD."):
        return "x-archive"
    if stripped.startswith("{"):
        if '"orderedItems"' in stripped or '"OrderedCollection"' in stripped:
            return "mastodon-archive"
        return "jsonl"
    if stripped.startswith("["):
        return "x-archive"  # a tweets.js without its window.YTD prefix
    if path.suffix.lower() in (".csv", ".tsv") or _looks_like_csv_header(stripped):
        return "csv"
    return "txt"


def _looks_like_car(head: bytes) -> bool:
    """A CARv1 file: a varint length, then a DAG-CBOR map with `version` and `roots`."""
    length = shift = pos = 0
    while pos < min(len(head), 4):
        byte = head[pos]
        length |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            break
        shift += 7
    if not 0 < length <= len(head) - pos or head[pos] >> 5 != 5:  # 5: a CBOR map
        return False
    import libipld

    try:
        header = libipld.decode_dag_cbor(head[pos : pos + length])
    except (ValueError, RecursionError):
        return False
    return isinstance(header, dict) and "roots" in header and "version" in header


def _looks_like_csv_header(text: str) -> bool:
    """A first line such as `id,created_at,text`: several columns, one named `text`."""
    import csv

    first = text.split("\n", 1)[0].strip()
    try:
        columns = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    return len(columns) > 1 and "text" in (c.strip().lower() for c in columns)
