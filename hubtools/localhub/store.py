"""Repositories, commits and objects on disk, with git's semantics where the client sees them.

Layout under the root::

    repos/<type>/<ns>/<name>/repo.json   refs and settings (replaced atomically)
    repos/<type>/<ns>/<name>/refs.log    ref moves since repo.json was written (appended)
    repos/<type>/~/<name>/repo.json      a canonical repo (no namespace: `gpt2`)
    repos/<type>/.../discussions.json    discussions and pull requests (replaced atomically)
    objects/commits/ab/<sha1>.json       immutable commit snapshots (path -> entry, and the
                                         paths changed: the last-commit index, `lastcommits`)
    objects/blobs/ab/<git blob sha1>     regular file contents
    lfs/ab/<sha256>                      LFS objects
    tmp/                                 uploads in flight (emptied at start-up)

A commit is checked whole before anything is written (a refused commit stores nothing),
then writes its objects first, then its snapshot, then moves the ref with one appended
line (`reflog`): a crash at any point leaves the previous state intact (all-or-nothing).
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubtools.localhub import gitobj, reflog
from hubtools.localhub.errors import (
    HubError,
    disk_full_is_507,
    entry_not_found,
    revision_not_found,
)
from hubtools.localhub.lastcommits import LastCommits, changed_files
from hubtools.localhub.paths import check_path

if TYPE_CHECKING:
    from hubtools.localhub.xet.cas import CasStore

REPO_TYPES = ("model", "dataset", "space")


def _key(rtype: str, repo_id: str) -> tuple[str, str]:
    """Repo ids are looked up case-insensitively, as on the Hub."""
    return rtype, repo_id.lower()


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass(frozen=True, slots=True)
class TreeEntry:
    """One file in a snapshot. `oid` is the git blob id (of the pointer, for LFS files)."""

    size: int
    oid: str
    sha256: str | None = None  # set for LFS files
    xet_hash: str | None = None  # set for LFS files whose content is in the Xet CAS

    @property
    def is_lfs(self) -> bool:
        return self.sha256 is not None

    def to_json(self) -> list[Any]:
        head: list[Any] = [self.size, self.oid, self.sha256]
        return [*head, self.xet_hash] if self.xet_hash else head

    @classmethod
    def from_json(cls, raw: list[Any]) -> TreeEntry:
        return cls(raw[0], raw[1], raw[2], raw[3] if len(raw) > 3 else None)


@dataclass(frozen=True, slots=True)
class Commit:
    id: str
    parents: tuple[str, ...]
    tree: dict[str, TreeEntry]
    title: str
    message: str
    date: str
    author: str
    # the paths this commit changed against its first parent (None: a snapshot written
    # before commits recorded it); see `lastcommits`
    changed: frozenset[str] | None = None

    @property
    def readme(self) -> TreeEntry | None:
        return self.tree.get("README.md")


@dataclass(slots=True)
class Repo:
    type: str
    id: str
    private: bool
    created_at: str
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    pulls: dict[str, str] = field(default_factory=dict)  # "N" -> commit id (refs/pr/N)
    gated: str | bool = False  # False, "auto" or "manual"
    # user -> {"status": pending|accepted|rejected, "timestamp", "requestId"}
    access: dict[str, dict[str, str]] = field(default_factory=dict)
    # the date of main's head, kept here so listings sort without reading commits
    # ("" in a repo.json written before it was kept: `Store.last_modified` fills it)
    last_modified: str = ""
    log_seq: int = 0  # the last ref move applied (`reflog`)
    folded_seq: int = 0  # ... and the last one repo.json on disk holds

    @property
    def namespace(self) -> str:
        """The owner; "" for a canonical repo (`gpt2`), which no user namespace owns."""
        return self.id.split("/", 1)[0] if "/" in self.id else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "id": self.id,
            "private": self.private,
            "createdAt": self.created_at,
            "branches": self.branches,
            "tags": self.tags,
            "pulls": self.pulls,
            "gated": self.gated,
            "access": self.access,
            "lastModified": self.last_modified,
            "refLogSeq": self.log_seq,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Repo:
        return cls(
            raw["type"],
            raw["id"],
            raw["private"],
            raw["createdAt"],
            raw["branches"],
            raw["tags"],
            raw.get("pulls", {}),
            "auto" if raw.get("gated") is True else raw.get("gated", False),
            raw.get("access", {}),
            raw.get("lastModified", ""),
            raw.get("refLogSeq", 0),
            raw.get("refLogSeq", 0),
        )


@dataclass(frozen=True, slots=True)
class Op:
    """One operation of a commit, decoded from the NDJSON body."""

    kind: str  # file | lfsFile | deletedFile | deletedFolder
    path: str
    content: bytes | None = None
    sha256: str | None = None
    size: int | None = None


class Store:
    def __init__(self, root: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.root = Path(root)
        self.fsync = fsync
        for sub in ("repos", "objects/commits", "objects/blobs", "lfs", "tmp"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self._clear_tmp()
        self._repos: dict[tuple[str, str], Repo] = {}
        self._commits: dict[str, Commit] = {}
        self._ids: dict[str, tuple[str, str]] = {}  # entry oid -> (git sha1, sha256)
        # per type, the lowered ids in order: listings page through it without sorting
        self._sorted: dict[str, list[str]] = {t: [] for t in REPO_TYPES}
        self.generation = 0  # bumped whenever a repo or a ref changes (listing caches)
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()
        self.last_commits = LastCommits(self.commit)  # path -> newest commit that changed it
        self.xet: CasStore | None = None  # the Xet CAS, set by the app (localhub/xet)
        self._load_repos()

    # -- files ---------------------------------------------------------------------------
    def _clear_tmp(self) -> None:
        """Uploads a crash or a kill left half-written: nobody can finish them now."""
        for leftover in self.tmp_dir().iterdir():
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)

    def _write(self, path: Path, data: bytes) -> None:
        tmp = None
        try:
            with disk_full_is_507():
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self.root / "tmp")
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    if self.fsync:
                        fh.flush()
                        os.fsync(fh.fileno())
                os.replace(tmp, path)
        except BaseException:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            raise

    def _repo_dir(self, rtype: str, repo_id: str) -> Path:
        if "/" not in repo_id:  # canonical: never inside a user's namespace folder
            return self.root / "repos" / rtype / "~" / repo_id
        return self.root / "repos" / rtype / repo_id

    def _load_repos(self) -> None:
        for meta in self.root.glob("repos/*/*/*/repo.json"):
            repo = Repo.from_json(json.loads(meta.read_bytes()))
            # the folder names the repo (a move renames the folder before rewriting repo.json)
            ns, name = meta.parent.parent.name, meta.parent.name
            repo.id = name if ns == "~" else f"{ns}/{name}"
            self._replay_refs(repo, meta.parent / reflog.NAME)
            self._repos[_key(repo.type, repo.id)] = repo
        for rtype, key in self._repos:
            self._sorted[rtype].append(key)
        for keys in self._sorted.values():
            keys.sort()

    @staticmethod
    def _replay_refs(repo: Repo, log: Path) -> None:
        """The ref moves appended since repo.json was written (`reflog`)."""
        for record in reflog.replay(log, repo.log_seq):
            name, to = record.get("name"), record.get("to")
            if not isinstance(name, str) or not isinstance(to, str):
                continue
            refs = repo.branches if record.get("kind") == "branch" else repo.pulls
            refs[name] = to
            if refs is repo.branches and name == "main":
                repo.last_modified = str(record.get("lastModified") or "")
            repo.log_seq = record["seq"]

    def _save_repo(self, repo: Repo) -> None:
        """Rewrite repo.json whole (settings, refs), folding the ref log into it."""
        folder = self._repo_dir(repo.type, repo.id)
        data = json.dumps(repo.to_json(), indent=1).encode()
        self._write(folder / "repo.json", data)
        repo.folded_seq = repo.log_seq
        with contextlib.suppress(OSError):  # lines repo.json holds are skipped anyway
            reflog.clear(folder / reflog.NAME)
        self.generation += 1

    def _append_ref(self, repo: Repo, kind: str, name: str, to: str) -> None:
        """Record one ref move by appending a line, not rewriting repo.json (folded into it
        every `reflog.FOLD_AFTER` moves)."""
        if repo.log_seq - repo.folded_seq >= reflog.FOLD_AFTER:
            self._save_repo(repo)
            return
        record = {"seq": repo.log_seq + 1, "kind": kind, "name": name, "to": to,
                  "lastModified": repo.last_modified}  # fmt: skip
        with disk_full_is_507():
            reflog.append(self._repo_dir(repo.type, repo.id) / reflog.NAME, record,
                          fsync=self.fsync)  # fmt: skip
        repo.log_seq += 1
        self.generation += 1

    def lock(self, rtype: str, repo_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(_key(rtype, repo_id), threading.Lock())

    def write_json(self, repo: Repo, name: str, data: object) -> None:
        """A repo's side file (`discussions.json`), replaced atomically."""
        raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        self._write(self._repo_dir(repo.type, repo.id) / name, raw)

    def read_json(self, repo: Repo, name: str) -> Any:
        path = self._repo_dir(repo.type, repo.id) / name
        return json.loads(path.read_bytes()) if path.exists() else None

    # -- repos ---------------------------------------------------------------------------
    def get_repo(self, rtype: str, repo_id: str) -> Repo | None:
        """The repo, whatever the case of `repo_id` (`Org/Repo` is `org/repo`)."""
        return self._repos.get(_key(rtype, repo_id))

    def get_repo_by_key(self, rtype: str, key: str) -> Repo | None:
        """The repo of a lowered id, as `sorted_keys` lists them (no lowering again)."""
        return self._repos.get((rtype, key))

    def last_modified(self, repo: Repo) -> str:
        """The date of main's head (read from the commit once for a repo saved before
        repo.json kept it)."""
        if not repo.last_modified:
            head = repo.branches.get("main")
            repo.last_modified = self.commit(head).date if head else repo.created_at
        return repo.last_modified

    def sorted_keys(self, rtype: str) -> list[str]:
        """The type's lowered repo ids, sorted (the caller must not change the list)."""
        return self._sorted[rtype]

    def repos(self, rtype: str) -> list[Repo]:
        return [r for (t, _), r in self._repos.items() if t == rtype]

    def create_repo(self, rtype: str, repo_id: str, *, private: bool, author: str) -> Repo:
        if _key(rtype, repo_id) in self._repos:
            raise HubError(409, f"You already created this {rtype} repo")
        repo = Repo(rtype, repo_id, private, now_iso())
        initial = self._make_commit(
            parents=(),
            tree={},
            ops=[Op("file", ".gitattributes", gitobj.DEFAULT_GITATTRIBUTES.encode())],
            title="initial commit",
            message="",
            author=author,
        )
        repo.branches["main"] = initial.id
        repo.last_modified = initial.date
        self._save_repo(repo)
        self._repos[_key(rtype, repo_id)] = repo
        bisect.insort(self._sorted[rtype], repo_id.lower())
        return repo

    def delete_repo(self, repo: Repo) -> None:
        del self._repos[_key(repo.type, repo.id)]
        keys = self._sorted[repo.type]
        at = bisect.bisect_left(keys, repo.id.lower())
        if at < len(keys) and keys[at] == repo.id.lower():
            del keys[at]
        self.generation += 1
        shutil.rmtree(self._repo_dir(repo.type, repo.id), ignore_errors=True)

    def update_repo(self, repo: Repo) -> None:
        self._save_repo(repo)

    def move_repo(self, repo: Repo, new_id: str) -> None:
        """Rename a repo (its folder, in one rename; then its repo.json)."""
        old_key, new_key = _key(repo.type, repo.id), _key(repo.type, new_id)
        if new_key != old_key and new_key in self._repos:
            raise HubError(409, f"Repository {new_id} already exists")
        source, target = self._repo_dir(repo.type, repo.id), self._repo_dir(repo.type, new_id)
        with disk_full_is_507():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
        del self._repos[old_key]
        keys = self._sorted[repo.type]
        del keys[bisect.bisect_left(keys, old_key[1])]
        repo.id = new_id
        self._repos[new_key] = repo
        bisect.insort(keys, new_key[1])
        self._save_repo(repo)

    def squash(self, repo: Repo, branch: str, *, title: str, author: str) -> Commit:
        """Replace `branch`'s history by one commit of its current files."""
        head = repo.branches.get(branch)
        if head is None:
            raise revision_not_found(branch)
        tree = self.commit(head).tree
        commit = self._make_commit(
            parents=(), tree=tree, ops=[], title=title, message="", author=author
        )
        self._move_ref(repo, repo.branches, branch, commit.id)
        return commit

    # -- revisions and commits ----------------------------------------------------------
    def resolve(self, repo: Repo, rev: str) -> Commit:
        """A branch, tag, `refs/pr/N`, `refs/heads/x`, or a full/abbreviated commit id."""
        cid = repo.branches.get(rev) or repo.tags.get(rev)
        if cid is None and rev.startswith("refs/heads/"):
            cid = repo.branches.get(rev[len("refs/heads/") :])
        elif cid is None and rev.startswith("refs/tags/"):
            cid = repo.tags.get(rev[len("refs/tags/") :])
        elif cid is None and rev.startswith("refs/pr/"):
            cid = repo.pulls.get(rev[len("refs/pr/") :])
        if cid is None and 7 <= len(rev) <= 40 and all(c in "0123456789abcdef" for c in rev):
            cid = self._find_commit(repo, rev)
        if cid is None:
            raise revision_not_found(rev)
        return self.commit(cid)

    def _find_commit(self, repo: Repo, prefix: str) -> str | None:
        """A commit reachable from one of the repo's refs (other repos' commits stay hidden)."""
        heads = {*repo.branches.values(), *repo.tags.values(), *repo.pulls.values()}
        seen: set[str] = set()
        for head in heads:
            for c in self.history(head):
                if c.id in seen:
                    break
                seen.add(c.id)
                if c.id.startswith(prefix):
                    return c.id
        return None

    def commit(self, cid: str) -> Commit:
        cached = self._commits.get(cid)
        if cached is not None:
            return cached
        raw = json.loads((self.root / "objects/commits" / cid[:2] / f"{cid}.json").read_bytes())
        commit = Commit(
            id=cid,
            parents=tuple(raw["parents"]),
            tree={p: TreeEntry.from_json(e) for p, e in raw["tree"].items()},
            title=raw["title"],
            message=raw["message"],
            date=raw["date"],
            author=raw["author"],
            changed=frozenset(raw["changed"]) if "changed" in raw else None,
        )
        self._commits[cid] = commit
        return commit

    def history(self, cid: str) -> Iterator[Commit]:
        """First-parent history, newest first."""
        current: str | None = cid
        while current:
            commit = self.commit(current)
            yield commit
            current = commit.parents[0] if commit.parents else None

    def apply(
        self,
        repo: Repo,
        branch_ref: tuple[str, str],
        ops: list[Op],
        *,
        title: str,
        message: str,
        author: str,
        parent: str | None = None,
    ) -> Commit:
        """Apply `ops` on top of a branch (or PR ref) and move it: the whole commit or nothing.

        `branch_ref` is ("branch", name) or ("pull", number). `parent` is the commit the
        client built on; if the ref moved since, the answer is 412 and nothing changes.
        """
        kind, name = branch_ref
        refs = repo.branches if kind == "branch" else repo.pulls
        head = refs.get(name)
        if head is None:
            raise revision_not_found(name)
        if parent is not None and parent.lower() != head:
            raise HubError(
                412,
                "The branch was updated since you opened this page. Please refresh and try again.",
            )
        base = self.commit(head)
        commit = self._make_commit(
            parents=(head,),
            tree=base.tree,
            ops=ops,
            title=title,
            message=message,
            author=author,
        )
        self._move_ref(repo, refs, name, commit.id)
        return commit

    def _move_ref(self, repo: Repo, refs: dict[str, str], name: str, new: str) -> None:
        """Point `refs[name]` at `new` and record it; if recording fails, the ref on disk
        did not move, so neither does the one in memory."""
        old, old_date = refs.get(name), repo.last_modified
        refs[name] = new
        kind = "branch" if refs is repo.branches else "pull"
        if kind == "branch" and name == "main":
            repo.last_modified = self.commit(new).date
        try:
            self._append_ref(repo, kind, name, new)
        except BaseException:
            if old is None:
                refs.pop(name, None)
            else:
                refs[name] = old
            repo.last_modified = old_date
            raise

    def merge(
        self, repo: Repo, branch: str, pr_head: str, pr_start: str, *, title: str, author: str
    ) -> tuple[Commit | None, list[str]]:
        """Merge a pull request's changes (since `pr_start`) into `branch`: (commit, conflicts).

        A path both sides changed differently is a conflict and nothing is written; else
        the branch gets a merge commit whose parents are its head and the PR's head.
        """
        head = repo.branches.get(branch)
        if head is None:
            raise revision_not_found(branch)
        start, theirs, ours = (self.commit(c).tree for c in (pr_start, pr_head, head))
        tree = dict(ours)
        conflicts = []
        for path in sorted(start.keys() | theirs.keys()):
            if start.get(path) == theirs.get(path):
                continue  # the PR did not touch it
            if ours.get(path) not in (start.get(path), theirs.get(path)):
                conflicts.append(path)
            elif path in theirs:
                tree[path] = theirs[path]
            else:
                tree.pop(path, None)
        if conflicts:
            return None, conflicts
        commit = self._make_commit(
            parents=(head, pr_head), tree=tree, ops=[], title=title, message="", author=author
        )
        self._move_ref(repo, repo.branches, branch, commit.id)
        return commit, []

    def _make_commit(
        self,
        *,
        parents: tuple[str, ...],
        tree: dict[str, TreeEntry],
        ops: list[Op],
        title: str,
        message: str,
        author: str,
    ) -> Commit:
        tree, blobs = self._plan(tree, ops)
        for oid, data in blobs.items():
            self.put_blob(data, oid)
        payload: dict[str, Any] = {
            "parents": list(parents),
            "tree": {p: tree[p].to_json() for p in sorted(tree)},
            "title": title,
            "message": message,
            "date": now_iso(),
            "author": author,
        }
        cid = gitobj.commit_id(payload)
        before = self.commit(parents[0]).tree if parents else {}
        changed = changed_files(before, tree)
        stored = {**payload, "changed": sorted(changed)}  # not part of the id: derived
        data = json.dumps(stored, separators=(",", ":"), ensure_ascii=False).encode()
        self._write(self.root / "objects/commits" / cid[:2] / f"{cid}.json", data)
        commit = Commit(cid, parents, tree, title, message, payload["date"], author, changed)
        self._commits[cid] = commit
        return commit

    def _plan(
        self, tree: dict[str, TreeEntry], ops: list[Op]
    ) -> tuple[dict[str, TreeEntry], dict[str, bytes]]:
        """The tree after `ops` and the blobs to write; every refusal happens here, first."""
        tree = dict(tree)
        blobs: dict[str, bytes] = {}
        for op in ops:
            path = check_path(op.path, folder=op.kind == "deletedFolder")
            if op.kind == "file":
                assert op.content is not None  # the body parser decoded it
                oid = gitobj.git_blob_sha1(op.content)
                tree[path] = TreeEntry(len(op.content), oid)
                blobs[oid] = op.content
            elif op.kind == "lfsFile":
                tree[path] = self._lfs_entry(op)
            elif op.kind == "deletedFile":
                if tree.pop(path, None) is None:
                    raise entry_not_found(path)
            elif op.kind == "deletedFolder":
                prefix = path + "/"
                doomed = [p for p in tree if p.startswith(prefix)]
                if not doomed:
                    raise entry_not_found(op.path)
                for p in doomed:
                    del tree[p]
            else:
                raise HubError(400, f"Unknown operation {op.kind!r}")
        return tree, blobs

    def _lfs_entry(self, op: Op) -> TreeEntry:
        sha = (op.sha256 or "").lower()
        found = self.xet.file_by_sha256(sha) if self.xet and gitobj.HEX64.fullmatch(sha) else None
        if found is not None:  # uploaded through Xet: the CAS holds it
            if op.size is not None and op.size != found.size:
                raise HubError(422, f"Xet file {sha}: size {op.size} != uploaded size {found.size}")
            pointer = gitobj.git_blob_sha1(gitobj.lfs_pointer(sha, found.size))
            return TreeEntry(found.size, pointer, sha, found.file_hash)
        path = self.lfs_path(sha)
        if not gitobj.HEX64.fullmatch(sha) or not path.exists():
            raise HubError(422, f"LFS object {sha} of {op.path} was not uploaded")
        size = path.stat().st_size
        if op.size is not None and op.size != size:
            raise HubError(422, f"LFS object {sha}: size {op.size} != uploaded size {size}")
        return TreeEntry(size, gitobj.git_blob_sha1(gitobj.lfs_pointer(sha, size)), sha)

    # -- objects -------------------------------------------------------------------------
    def put_blob(self, data: bytes, oid: str | None = None) -> str:
        oid = oid or gitobj.git_blob_sha1(data)
        path = self.blob_path(oid)
        if not path.exists():
            self._write(path, data)
        return oid

    def blob_path(self, oid: str) -> Path:
        return self.root / "objects/blobs" / oid[:2] / oid

    def lfs_path(self, sha256: str) -> Path:
        return self.root / "lfs" / sha256[:2] / sha256

    def content_path(self, entry: TreeEntry) -> Path:
        return self.lfs_path(entry.sha256) if entry.sha256 else self.blob_path(entry.oid)

    def read(self, entry: TreeEntry) -> bytes:
        if entry.xet_hash:
            return b"".join(self.chunks(entry))
        return self.content_path(entry).read_bytes()

    def chunks(self, entry: TreeEntry) -> Iterator[bytes]:
        """The file's bytes in pieces, from the blob or LFS store or the Xet CAS."""
        if entry.xet_hash:
            if self.xet is None:
                raise HubError(500, f"Xet object {entry.xet_hash} but no CAS is configured")
            yield from self.xet.read(entry.xet_hash)
            return
        with self.content_path(entry).open("rb") as fh:
            while chunk := fh.read(1 << 20):
                yield chunk

    def content_id(self, entry: TreeEntry, *, sha256: bool, size: int | None = None) -> str:
        """The file's sha256 or git blob sha1, for preupload's unchanged check.

        Both are stored when the file's kind matches what is asked (the usual case). A
        file of another `size` than the one offered cannot be unchanged: its own stored id
        answers (it will not match). Only the same size in the other kind is hashed, once,
        and remembered (commits never change a blob)."""
        if sha256 and entry.sha256:
            return entry.sha256
        if not sha256 and entry.sha256 is None:
            return entry.oid
        if size is not None and size != entry.size:
            return entry.sha256 or entry.oid
        cached = self._ids.get(entry.oid)
        if cached is None:
            h256, h1 = hashlib.sha256(), gitobj.blob_hasher(entry.size)
            for chunk in self.chunks(entry):
                h256.update(chunk)
                h1.update(chunk)
            cached = self._ids[entry.oid] = (h1.hexdigest(), h256.hexdigest())
        return cached[1] if sha256 else cached[0]

    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    def add_lfs_object(self, tmp: Path, sha256: str) -> None:
        """Move a verified upload into place (a concurrent identical upload is harmless)."""
        target = self.lfs_path(sha256)
        try:
            with disk_full_is_507():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
