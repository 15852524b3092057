"""One model, one commit, exactly once.

The client never retries a commit POST, and a commit whose answer was lost may
still have landed. Every commit carries a manifest (`hubtools.json`) with a fresh
run id; after an unknown outcome the publisher asks the repo for the manifest's
blob id (one `model_info` call) before it tries again, so a retry never makes a
second commit. `parent_commit` guards against overwriting a concurrent change.
The card passes the card gate (lint, with this commit's files) before the repo is
created or anything is committed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from hubtools.errors import UserError
from hubtools.publish.cardgate import CardGate, files_after_commit
from hubtools.publish.failures import classify, describe, status_of
from hubtools.publish.hubfacts import HubFacts
from hubtools.publish.plan import (
    MANIFEST,
    Change,
    LocalFile,
    RemoteFile,
    manifest_bytes,
    owned_paths,
    plan_changes,
)
from hubtools.publish.retry import RateBudget, RetryPolicy, call_with_retry
from hubtools.repo_names import repo_id_problem

if TYPE_CHECKING:
    from huggingface_hub import HfApi

T = TypeVar("T")


@dataclass
class PublishRequest:
    repo_id: str
    files: dict[str, Path | bytes]
    private: bool = False
    message: str = "Publish model with hubtools"
    spec_hash: str | None = None
    dry_run: bool = False
    partial: bool = False  # only some files (a card update): delete nothing, keep the rest owned
    # recorded in hubtools.json (e.g. a build hash)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class PublishResult:
    repo_id: str
    action: str  # created | updated | unchanged | dry-run
    changes: list[Change] = field(default_factory=list)
    commit_oid: str | None = None
    commit_url: str | None = None
    run_id: str = ""
    attempts: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RemoteState:
    exists: bool
    head: str | None
    files: dict[str, RemoteFile]


class Publisher:
    def __init__(
        self,
        api: HfApi,
        *,
        budget: RateBudget | None = None,
        policy: RetryPolicy | None = None,
        log: Callable[[str], None] = lambda msg: None,
        gate: CardGate | None = None,
    ) -> None:
        self.api = api
        self.budget = budget or RateBudget()
        self.policy = policy or RetryPolicy()
        self.log = log
        facts = HubFacts(api, on_offline=lambda message: log(f"warning: {message}"))
        self.gate = gate or CardGate(facts, log, endpoint=api.endpoint)

    # -- remote reads --------------------------------------------------------------------
    def _call(self, fn: Callable[[], T], cost: int = 1) -> T:
        return call_with_retry(
            fn, policy=self.policy, budget=self.budget, cost=cost, on_retry=self._on_retry
        )

    def _on_retry(self, attempt: int, err: BaseException, wait: float) -> None:
        self.log(f"retry {attempt} in {wait:.1f}s after {describe(err)}")

    def remote_state(self, repo_id: str) -> RemoteState:
        from huggingface_hub.errors import RepositoryNotFoundError

        try:
            info = self._call(lambda: self.api.model_info(repo_id, files_metadata=True))
        except RepositoryNotFoundError:
            return RemoteState(False, None, {})
        files = {
            s.rfilename: RemoteFile(
                s.rfilename, s.size or 0, s.blob_id or "", s.lfs.sha256 if s.lfs else None
            )
            for s in info.siblings or []
        }
        return RemoteState(True, info.sha, files)

    def _manifest(self, repo_id: str, state: RemoteState) -> dict[str, Any] | None:
        if MANIFEST not in state.files:
            return None
        from hubtools.publish.remote import fetch_text

        text = self._call(lambda: fetch_text(self.api, repo_id, state.head, MANIFEST))
        try:
            value = json.loads(text) if text else None
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    # -- publish -------------------------------------------------------------------------
    def publish(self, request: PublishRequest) -> PublishResult:
        problem = repo_id_problem(request.repo_id)
        if problem or "/" not in request.repo_id:
            raise UserError(
                f"invalid repo id {request.repo_id!r}: {problem or 'expected namespace/name'}"
            )
        require_token(self.api)
        local = {path: LocalFile.of(path, src) for path, src in request.files.items()}
        run_id = uuid.uuid4().hex
        result = PublishResult(request.repo_id, "unchanged", run_id=run_id)

        state = self._guard(request.repo_id, lambda: self.remote_state(request.repo_id))
        created = False
        checked: list[str | None] = []  # the heads the card was linted on
        if not state.exists:
            # a new repo holds what this commit adds: lint before the repo is even created
            self._check_card(request.repo_id, local, [], state)
            checked.append(None)
        if not state.exists and not request.dry_run:
            self._create(request)
            created = True
            # A new repo holds only .gitattributes: no need to read it back (one request less).
            state = RemoteState(True, None, {})

        for _ in range(self.policy.attempts):
            previous = self._manifest(request.repo_id, state)
            owned = set() if request.partial else owned_paths(state.files, previous)
            changes = plan_changes(local, state.files, owned)
            result.changes = changes
            if not changes:
                result.action = "created" if created else "unchanged"
                result.commit_oid = state.head
                return result
            if state.head not in checked:
                self._check_card(request.repo_id, local, changes, state)
                checked.append(state.head)
            if request.dry_run:
                result.action = "dry-run"
                return result
            kept = (previous or {}).get("files", {}) if request.partial else {}
            manifest = manifest_bytes(
                local, run_id, request.spec_hash, kept=kept, meta=request.meta
            )
            landed_blob = LocalFile.of(MANIFEST, manifest).git_sha1
            outcome = self._commit(
                request, local, changes, manifest, run_id, state, landed_blob, result
            )
            if isinstance(outcome, RemoteState):  # the repo moved under us: plan again on its head
                state = outcome
                continue
            result.action = "created" if created else "updated"
            return result
        raise UserError(
            f"{request.repo_id}: the repo kept changing during the publish; try again later"
        )

    def _create(self, request: PublishRequest) -> None:
        self._guard(
            request.repo_id,
            lambda: self._call(
                lambda: self.api.create_repo(
                    request.repo_id, private=request.private, exist_ok=True
                )
            ),
        )

    def _check_card(
        self, repo_id: str, local: dict[str, LocalFile], changes: list[Change], state: RemoteState
    ) -> None:
        """The card gate, with this commit's files: what it adds and what the repo keeps."""
        card = local.get("README.md")
        if card is None:
            return
        deleted = [c.path for c in changes if c.kind == "delete"]
        has = files_after_commit([*local, MANIFEST], deleted, lambda: state.files)
        self.gate.check(repo_id, card.source, has, revisions=("main", state.head))

    def _commit(
        self,
        request: PublishRequest,
        local: dict[str, LocalFile],
        changes: list[Change],
        manifest: bytes,
        run_id: str,
        state: RemoteState,
        landed_blob: str,
        result: PublishResult,
    ) -> RemoteState | None:
        """Try the commit until it lands; a `RemoteState` return means: re-plan on that head."""
        from huggingface_hub import CommitOperationAdd, CommitOperationDelete

        for attempt in range(self.policy.attempts):
            result.attempts += 1
            ops = [
                CommitOperationAdd(c.path, local[c.path].source)
                for c in changes
                if c.kind != "delete"
            ] + [CommitOperationDelete(c.path) for c in changes if c.kind == "delete"]
            ops.append(CommitOperationAdd(MANIFEST, manifest))
            self.budget.acquire(2)  # preupload + commit (LFS transfers ride on their own budget)
            try:
                info = self.api.create_commit(
                    request.repo_id,
                    ops,
                    commit_message=request.message,
                    commit_description=f"hubtools-run-id: {run_id}",
                    parent_commit=state.head,
                )
                result.commit_oid, result.commit_url = info.oid, info.commit_url
                return None
            except Exception as err:
                kind = classify(err)
                if kind == "bug":
                    raise
                if kind == "refused":
                    raise _refused(request.repo_id, err) from err
                if kind in ("stale", "unknown"):
                    now = self.remote_state(request.repo_id)
                    mine = now.files.get(MANIFEST)
                    if mine is not None and mine.blob_id == landed_blob:
                        self.log(f"{request.repo_id}: the commit landed despite {describe(err)}")
                        result.commit_oid = now.head
                        result.commit_url = (
                            f"{self.api.endpoint}/{request.repo_id}/commit/{now.head}"
                        )
                        return None
                    if now.head != state.head:
                        self.log(
                            f"{request.repo_id}: the repo changed since it was read; planning again"
                        )
                        return now
                if attempt == self.policy.attempts - 1:
                    raise UserError(
                        f"{request.repo_id}: publishing failed: {describe(err)}"
                    ) from err
                wait = self.policy.delay(attempt, err)
                self._on_retry(attempt + 1, err, wait)
                self.policy.sleep(wait)
        raise AssertionError("unreachable")

    def _guard(self, repo_id: str, fn: Callable[[], T]) -> T:
        """Reads and repo creation: refusals become one-line user errors."""
        try:
            return fn()
        except Exception as err:
            if status_of(err) in (401, 403):
                raise _refused(repo_id, err) from err
            if classify(err) == "bug":
                raise
            raise UserError(f"{repo_id}: the Hub did not answer: {describe(err)}") from err


def require_token(api: HfApi) -> None:
    """Fail before any request when there is no token at all (HF_TOKEN or a stored login)."""
    from huggingface_hub import get_token

    token = api.token
    if token is False or not (token or get_token()):
        raise UserError("no Hub token: set HF_TOKEN or run `hf auth login`")


def _refused(repo_id: str, err: BaseException) -> UserError:
    status = status_of(err)
    namespace = repo_id.split("/")[0]
    hint = f" Check that your token can write to {namespace!r}." if status in (401, 403) else ""
    return UserError(f"{repo_id}: the Hub refused the request ({describe(err)}).{hint}")
