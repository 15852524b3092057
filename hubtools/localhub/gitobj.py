"""Git and Git-LFS object identities, as the Hub and its client compute them."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from typing import Any

HEX40 = re.compile(r"[0-9a-f]{40}")
HEX64 = re.compile(r"[0-9a-f]{64}")
LFS_POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {size}\n"

# The .gitattributes the real Hub puts in every new repo: these files go through LFS.
DEFAULT_GITATTRIBUTES = """\
*.7z filter=lfs diff=lfs merge=lfs -text
*.arrow filter=lfs diff=lfs merge=lfs -text
*.bin filter=lfs diff=lfs merge=lfs -text
*.bz2 filter=lfs diff=lfs merge=lfs -text
*.ckpt filter=lfs diff=lfs merge=lfs -text
*.ftz filter=lfs diff=lfs merge=lfs -text
*.gz filter=lfs diff=lfs merge=lfs -text
*.h5 filter=lfs diff=lfs merge=lfs -text
*.joblib filter=lfs diff=lfs merge=lfs -text
*.lfs.* filter=lfs diff=lfs merge=lfs -text
*.mlmodel filter=lfs diff=lfs merge=lfs -text
*.model filter=lfs diff=lfs merge=lfs -text
*.msgpack filter=lfs diff=lfs merge=lfs -text
*.npy filter=lfs diff=lfs merge=lfs -text
*.npz filter=lfs diff=lfs merge=lfs -text
*.onnx filter=lfs diff=lfs merge=lfs -text
*.ot filter=lfs diff=lfs merge=lfs -text
*.parquet filter=lfs diff=lfs merge=lfs -text
*.pb filter=lfs diff=lfs merge=lfs -text
*.pickle filter=lfs diff=lfs merge=lfs -text
*.pkl filter=lfs diff=lfs merge=lfs -text
*.pt filter=lfs diff=lfs merge=lfs -text
*.pth filter=lfs diff=lfs merge=lfs -text
*.rar filter=lfs diff=lfs merge=lfs -text
*.safetensors filter=lfs diff=lfs merge=lfs -text
saved_model/**/* filter=lfs diff=lfs merge=lfs -text
*.tar.* filter=lfs diff=lfs merge=lfs -text
*.tar filter=lfs diff=lfs merge=lfs -text
*.tflite filter=lfs diff=lfs merge=lfs -text
*.tgz filter=lfs diff=lfs merge=lfs -text
*.wasm filter=lfs diff=lfs merge=lfs -text
*.xz filter=lfs diff=lfs merge=lfs -text
*.zip filter=lfs diff=lfs merge=lfs -text
*.zst filter=lfs diff=lfs merge=lfs -text
*tfevents* filter=lfs diff=lfs merge=lfs -text
"""
_LFS_PATTERNS = [line.split()[0] for line in DEFAULT_GITATTRIBUTES.splitlines()]


def wants_lfs(path: str, size: int, sample: bytes, threshold: int) -> bool:
    """What the Hub sends through LFS: big files, binary samples, its default patterns."""
    name = path.rsplit("/", 1)[-1]
    return size > 0 and (
        size >= threshold
        or b"\0" in sample
        or any(fnmatch.fnmatch(name, pat) for pat in _LFS_PATTERNS)
    )


def blob_hasher(size: int) -> hashlib._Hash:
    """A sha1 primed with git's blob header: feed it the `size` bytes of content."""
    return hashlib.sha1(b"blob %d\0" % size)


def git_blob_sha1(data: bytes) -> str:
    """The git object id of a blob: what the client compares a regular file against."""
    h = hashlib.sha1(b"blob %d\0" % len(data))
    h.update(data)
    return h.hexdigest()


def lfs_pointer(sha256: str, size: int) -> bytes:
    return LFS_POINTER.format(oid=sha256, size=size).encode()


def commit_id(payload: dict[str, Any]) -> str:
    """A commit's id: the sha1 of its canonical content (parents, tree, message, date)."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha1(b"commit " + canonical.encode()).hexdigest()


def tree_oid(entries: dict[str, str]) -> str:
    """A stable id for a directory: the sha1 of its children's names and ids."""
    h = hashlib.sha1(b"tree ")
    for name in sorted(entries):
        h.update(f"{name}\0{entries[name]}\n".encode())
    return h.hexdigest()
