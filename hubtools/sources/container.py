"""Read an export the same way whether it is a zip file or the folder it unpacks to.

X and Mastodon both hand out zip archives, and people unpack them; the sources only need
"list the names" and "open one", plus a readable label for error messages.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import BinaryIO

from hubtools.errors import UserError

ZIP_MAGIC = b"PK\x03\x04"


class Container:
    """A folder or a zip file, opened read-only; names are relative POSIX paths."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
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
        out = []
        for root, dirs, files in os.walk(self.path):
            dirs.sort()
            rel = Path(root).relative_to(self.path)
            out.extend((rel / f).as_posix() for f in sorted(files))
        return out

    def open(self, name: str) -> BinaryIO:
        try:
            if self._zip is not None:
                return self._zip.open(name)  # type: ignore[return-value]
            return open(self.path / name, "rb")
        except (OSError, zipfile.BadZipFile, RuntimeError) as err:
            raise UserError(f"{self.label(name)}: cannot be read ({err})") from None

    def read(self, name: str) -> bytes:
        with self.open(name) as fh:
            try:
                return fh.read()
            except (OSError, zipfile.BadZipFile, EOFError) as err:
                raise UserError(f"{self.label(name)}: cannot be read ({err})") from None

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
            with open(self.path / name, "rb") as fh:
                digest.update(hashlib.file_digest(fh, "sha256").digest())
        return digest.hexdigest()


def file_fingerprint(path: str | os.PathLike[str]) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
