"""What a publish has to change: pure comparison of local files with the repo's files."""

from __future__ import annotations

import fnmatch
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST = "hubtools.json"

# Files a model publish owns even in repos hubtools has never written (e.g. huggingtweets').
MODEL_FILES = (
    "config.json", "generation_config.json", "model.safetensors", "model-*-of-*.safetensors",
    "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model-*-of-*.bin",
    "pytorch_model.bin.index.json", "tf_model.h5", "flax_model.msgpack", "training_args.bin",
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json",
    "merges.txt", "added_tokens.json", "README.md", "predictions.png", "checkpoint-*/*",
    "checkpoints/*",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LocalFile:
    path: str
    source: Path | bytes
    size: int
    sha256: str
    git_sha1: str

    @classmethod
    def of(cls, path: str, source: Path | bytes) -> LocalFile:
        """Hash once, in one pass: sha256 for LFS comparison, git blob sha1 for regular files."""
        size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
        sha256, sha1 = hashlib.sha256(), hashlib.sha1(b"blob %d\0" % size)
        if isinstance(source, bytes):
            sha256.update(source)
            sha1.update(source)
        else:
            with open(source, "rb") as fh:
                while block := fh.read(1 << 20):
                    sha256.update(block)
                    sha1.update(block)
        return cls(path, source, size, sha256.hexdigest(), sha1.hexdigest())


@dataclass(frozen=True, slots=True)
class RemoteFile:
    path: str
    size: int
    blob_id: str
    sha256: str | None  # LFS files only

    def same_as(self, local: LocalFile) -> bool:
        if self.sha256 is not None:
            return self.sha256 == local.sha256
        return self.blob_id == local.git_sha1


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # add | update | delete
    path: str
    size: int


def owned_paths(remote: dict[str, RemoteFile], manifest: dict[str, Any] | None) -> set[str]:
    """Remote files this tool may replace or delete: those it published before, or model files."""
    listed = set((manifest or {}).get("files", {}))
    return {p for p in remote if p in listed or any(fnmatch.fnmatch(p, pat) for pat in MODEL_FILES)}


def plan_changes(
    local: dict[str, LocalFile], remote: dict[str, RemoteFile], owned: set[str]
) -> list[Change]:
    """Adds and updates for changed files, deletes for owned files no longer published."""
    changes = []
    for path in sorted(local):
        theirs = remote.get(path)
        if theirs is None:
            changes.append(Change("add", path, local[path].size))
        elif not theirs.same_as(local[path]):
            changes.append(Change("update", path, local[path].size))
    for path in sorted(owned - local.keys() - {".gitattributes", MANIFEST}):
        changes.append(Change("delete", path, remote[path].size))
    return changes


def manifest_bytes(
    local: dict[str, LocalFile],
    run_id: str,
    spec_hash: str | None,
    kept: dict[str, str] | None = None,
    meta: dict[str, Any] | None = None,
) -> bytes:
    """The record of what this run published; its blob id tells whether the commit landed.

    `kept`: files a partial publish (a card update) leaves in place, still ours.
    """
    from hubtools import __version__

    files = {**(kept or {}), **{p: local[p].sha256 for p in local}}
    payload = {
        "tool": f"hubtools {__version__}",
        "run_id": run_id,
        "spec_hash": spec_hash,
        **(meta or {}),
        "files": dict(sorted(files.items())),
    }
    return (json.dumps(payload, indent=2) + "\n").encode()
