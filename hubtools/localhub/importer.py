"""Put a local folder into the local Hub under any repo id, canonical ones (`gpt2`) too.

What makes `--base-model gpt2` resolve offline exactly as it does online: the folder
becomes one commit on `main`, its big and binary files stored as LFS objects the way a
client upload stores them, so downloads carry the same `ETag`s and `X-Linked-*` headers.
Files the folder no longer has are deleted (the repo mirrors the folder); `.gitattributes`
is kept unless the folder has its own.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from hubtools.errors import UserError
from hubtools.localhub.errors import HubError
from hubtools.localhub.gitobj import wants_lfs
from hubtools.localhub.paths import path_problem
from hubtools.localhub.store import REPO_TYPES, Commit, Op, Store
from hubtools.repo_names import name_problem

LFS_THRESHOLD = 10 * 1024 * 1024
_SAMPLE = 512


def check_repo_id(repo_id: str) -> None:
    """A canonical `name` or `namespace/name`, each part a valid Hub name."""
    parts = repo_id.split("/")
    if not 1 <= len(parts) <= 2 or not all(parts):
        raise UserError(f"repo id {repo_id!r}: expected NAME or NAMESPACE/NAME")
    for part in parts:
        problem = name_problem(part)
        if problem:
            raise UserError(f"repo id {repo_id!r}: {problem}")


def _files(source: Path) -> list[tuple[str, Path]]:
    """(path in repo, file) for every file under `source`; `.git`/`.cache` are skipped."""
    out = []
    for here, dirs, names in os.walk(source, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d not in (".git", ".cache"))
        for name in sorted(names):
            file = Path(here) / name
            rel = file.relative_to(source).as_posix()
            problem = path_problem(rel)
            if problem:
                raise UserError(f"{file}: cannot be a path in a repo ({problem}); rename it")
            if file.is_file():
                out.append((rel, file))
    return out


def _lfs_op(store: Store, rel: str, file: Path) -> Op:
    """Copy `file` into the LFS store (streamed, hashed on the way) and name it."""
    digest, size = hashlib.sha256(), 0
    fd, tmp = tempfile.mkstemp(dir=store.tmp_dir())
    try:
        with os.fdopen(fd, "wb") as out, file.open("rb") as src:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sha = digest.hexdigest()
    store.add_lfs_object(Path(tmp), sha)
    return Op("lfsFile", rel, sha256=sha, size=size)


def import_folder(
    store: Store,
    repo_id: str,
    source: Path,
    *,
    repo_type: str = "model",
    private: bool = False,
    author: str = "hubtools",
    lfs_threshold: int = LFS_THRESHOLD,
) -> Commit:
    """Commit `source` as the content of `repo_id`'s main branch (creating the repo)."""
    check_repo_id(repo_id)
    if repo_type not in REPO_TYPES:
        raise UserError(f"repo type {repo_type!r}: expected one of {', '.join(REPO_TYPES)}")
    if not source.is_dir():
        raise UserError(f"{source}: not a folder; give the folder of the model to import")
    files = _files(source)
    if not files:
        raise UserError(f"{source}: the folder has no files to import")
    with store.lock(repo_type, repo_id):
        repo = store.get_repo(repo_type, repo_id)
        if repo is None:
            repo = store.create_repo(repo_type, repo_id, private=private, author=author)
        ops = []
        for rel, file in files:
            size = file.stat().st_size
            with file.open("rb") as fh:
                sample = fh.read(_SAMPLE)
            if wants_lfs(rel, size, sample, lfs_threshold):
                ops.append(_lfs_op(store, rel, file))
            else:
                ops.append(Op("file", rel, file.read_bytes()))
        kept = {rel for rel, _ in files} | {".gitattributes"}
        head = store.commit(repo.branches["main"])
        ops += [Op("deletedFile", p) for p in sorted(head.tree) if p not in kept]
        try:
            return store.apply(
                repo,
                ("branch", "main"),
                ops,
                title=f"Import {source.name}",
                message=f"Imported from a local folder by `hubtools hub import {repo_id}`.",
                author=author,
            )
        except HubError as err:
            raise UserError(f"cannot import {source} as {repo_id}: {err.message}") from err
