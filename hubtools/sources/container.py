"""Read an export the same way whether it is a zip file or the folder it unpacks to.

X and Mastodon both hand out zip archives, and people unpack them; the sources only need
"list the names" and "open one", plus a readable label for error messages.

A zip from a stranger can be a bomb: a few MB that inflate to gigabytes. Every member is
checked against `InputLimits` (inflated size, and compression ratio above `RATIO_FLOOR`)
before it is opened, using the sizes the zip's central directory declares; `zipfile` never
inflates a member past its declared size, so the check bounds what is read.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import BinaryIO

from hubtools.errors import UserError
from hubtools.sources.model import RATIO_FLOOR, InputLimits, MiB

ZIP_MAGIC = b"PK\x03\x04"
ZIP_MAGICS = (ZIP_MAGIC, b"PK\x05\x06")  # a zip with members; an empty zip


def is_zip(path: str | os.PathLike[str]) -> bool:
    """A zip by its first bytes (an empty zip is only its end record)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) in ZIP_MAGICS
    except OSError:
        return False


class Container:
    """A folder or a zip file, opened read-only; names are relative POSIX paths."""

    def __init__(self, path: str | os.PathLike[str], limits: InputLimits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or InputLimits()
        self._zip: zipfile.ZipFile | None = None
        if self.path.is_dir():
            return
        if not self.path.exists():
            raise UserError(f"{self.path}: no such file or folder")
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as err:
            raise UserError(f"{self.path}: not a readable zip file or folder ({err})") from None

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def names(self) -> list[str]:
        if self._zip is not None:
            return [i.filename for i in self._zip.infolist() if not i.is_dir()]
        out: list[str] = []
        for root, dirs, files in os.walk(self.path):
            dirs.sort()
            rel = Path(root).relative_to(self.path)
            out.extend((rel / f).as_posix() for f in sorted(files))
        return out

    def check_not_empty(self) -> None:
        """UserError for a zip or folder with no files at all (before looking for any)."""
        if not self.names():
            what = "archive" if self._zip is not None else "folder"
            raise UserError(f"{self.path}: the {what} is empty; download the export again")

    def open(self, name: str) -> BinaryIO:
        try:
            if self._zip is not None:
                self._check_member(self._zip.getinfo(name))
                return self._zip.open(name)  # type: ignore[return-value]
            return open(self.path / name, "rb")
        except (OSError, zipfile.BadZipFile, RuntimeError, KeyError) as err:
            raise UserError(f"{self.label(name)}: cannot be read ({err})") from None

    def _check_member(self, info: zipfile.ZipInfo) -> None:
        limits, size = self.limits, info.file_size
        if size > limits.max_member_bytes:
            raise UserError(
                f"{self.label(info.filename)}: inflates to {size:,} bytes, over the limit of "
                f"{limits.max_member_bytes // MiB:,} MiB for one file in a zip; if you trust "
                "the archive, raise it with --max-member-mb"
            )
        ratio = size / max(info.compress_size, 1)
        if size > RATIO_FLOOR and ratio > limits.max_zip_ratio:
            raise UserError(
                f"{self.label(info.filename)}: inflates {ratio:,.0f}:1 ({info.compress_size:,} "
                f"to {size:,} bytes), over the limit of {limits.max_zip_ratio}:1 — a zip bomb, "
                "not an export; if you trust the archive, raise it with --max-zip-ratio"
            )

    def read(self, name: str) -> bytes:
        """A small file whole; UserError past `max_item_bytes` (it is one JSON element)."""
        cap = self.limits.max_item_bytes
        with self.open(name) as fh:
            try:
                data = fh.read(cap + 1)
            except (OSError, zipfile.BadZipFile, EOFError) as err:
                raise UserError(f"{self.label(name)}: cannot be read ({err})") from None
        if len(data) > cap:
            raise UserError(
                f"{self.label(name)}: larger than the limit of {cap // MiB:,} MiB for one "
                "JSON document; if you trust it, raise it with --max-item-mb"
            )
        return data

    def label(self, name: str) -> str:
        """How error messages name a file inside the container."""
        if self._zip is not None:
            return f"{self.path}:{name}"
        return str(self.path / name)

    def fingerprint(self, names: list[str]) -> str:
        """A content hash of the given members (the whole file for a zip: it is one input)."""
        digest = hashlib.sha256()
        if self._zip is not None:
            with open(self.path, "rb") as fh:
                digest.update(hashlib.file_digest(fh, "sha256").digest())
            return digest.hexdigest()
        for name in sorted(names):
            digest.update(name.encode() + b"\0")
            digest.update(bytes.fromhex(file_fingerprint(self.path / name)))
        return digest.hexdigest()


def file_fingerprint(path: str | os.PathLike[str]) -> str:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError as err:
        raise UserError(f"{path}: cannot be read ({err.strerror or err})") from None
