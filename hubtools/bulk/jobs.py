"""Train full catalogue entries on Hugging Face Jobs: bulk stays a cheap orchestrator.

Each entry that needs training becomes one job running `hubtools push` for it. What the
job needs travels with it through the Hub, not the command line: the entry file and its
local sources (and a local base model) are committed once to a private dataset repo,
`{namespace}/hubtools-job-inputs`, under the entry's build hash; the job downloads that
folder and pushes. The token travels as a job secret, never in the command or the logs.

Exactly once: a job's id goes to the state file before it is followed, so a killed or
re-run apply follows the same job; jobs carry the build hash as a label, so a launch whose
answer was lost is found again; and before any (re)launch the repo's `hubtools.json` is
read: a repo that already holds this build is done.
"""

from __future__ import annotations

import functools
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from hubtools import safe_yaml
from hubtools.bulk.catalogue import CatalogueEntry
from hubtools.errors import UserError
from hubtools.publish.ledger import Ledger, LedgerEntry

INPUTS_REPO = "hubtools-job-inputs"
TERMINAL = ("COMPLETED", "ERROR", "CANCELED", "DELETED")
LOG_TAIL = 20
_TIMEOUT = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNIT_S = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
# the job's own set-up: hubtools from PyPI unless the image has it, then its inputs
_SCRIPT = (
    "set -euo pipefail; "
    "command -v hubtools >/dev/null || pip install --quiet 'hubtools=={version}'; "
    "hf download {repo} --repo-type dataset --include '{hash}/*' --local-dir inputs >/dev/null; "
    'exec hubtools push "$@"'
)


@dataclass(frozen=True)
class JobOptions:
    flavor: str = "a10g-small"
    timeout: str = "2h"
    image: str = "python:3.12"
    poll_s: float = 5.0

    def __post_init__(self) -> None:
        self.timeout_s  # noqa: B018 - a bad --timeout fails before any work starts

    @property
    def timeout_s(self) -> int:
        match = _TIMEOUT.match(self.timeout.strip())
        if not match or float(match.group(1)) <= 0:
            raise UserError(f"--timeout {self.timeout!r}: use a duration like 90m, 2h or 3600")
        return int(float(match.group(1)) * _UNIT_S[match.group(2)])


def label_value(text: str) -> str:
    """Job labels allow [A-Za-z0-9_-], 100 characters at most."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", text)[:100]


class JobPublisher:
    """Publish one full entry through a job: launch or find it, follow it, check it."""

    def __init__(
        self,
        api,
        state: Ledger,
        options: JobOptions,
        *,
        retry: Callable[[Callable[[], Any]], Any],
        env: dict[str, str] | None = None,
    ) -> None:
        self.api = api
        self.state = state
        self.options = options
        self.retry = retry  # the Hub-call retry policy (rate budget, transient errors)
        self.env = env if env is not None else _passed_env()

    def publish(self, entry: CatalogueEntry) -> tuple[str | None, str | None]:
        """Run (or follow) the entry's job; returns the commit URL and the repo's new head."""
        build_hash = entry.build_hash() or ""
        namespace = entry.repo_id.split("/")[0]
        job_id = self._known_job(entry, build_hash, namespace)
        if job_id is None:
            if self._published(entry.repo_id, build_hash):
                return None, self._head(entry.repo_id)  # a lost answer that had landed
            job_id = self._launch(entry, build_hash, namespace)
        info = self._follow(job_id, namespace)
        stage = info.status.stage
        if stage != "COMPLETED":
            reason = info.status.message or stage.lower()
            raise UserError(
                f"job {job_id} ended {stage}: {reason}; log tail: {self._tail(job_id, namespace)}"
            )
        if not self._published(entry.repo_id, build_hash):
            raise UserError(
                f"job {job_id} completed but {entry.repo_id} does not hold build {build_hash[:12]}"
            )
        head = self._head(entry.repo_id)
        return f"{self.api.endpoint}/{entry.repo_id}/commit/{head}", head

    # -- exactly once --------------------------------------------------------------------
    def _known_job(self, entry: CatalogueEntry, build_hash: str, namespace: str) -> str | None:
        """A job already launched for this build that may still publish it."""
        recorded = self.state.job_for(entry.repo_id, build_hash)
        candidates = [recorded] if recorded else []
        if not candidates:  # the launch's answer may have been lost: look for its label
            jobs = self.retry(
                lambda: list(  # a generator: consume it inside the retry
                    self.api.list_jobs(namespace=namespace, labels={"hubtools-build": build_hash})
                )
            )
            candidates = [j.id for j in jobs]
        for job_id in candidates:
            info = self.retry(functools.partial(self.api.inspect_job, job_id=job_id,
                                                namespace=namespace))  # fmt: skip
            if info.status.stage not in TERMINAL or info.status.stage == "COMPLETED":
                self._record(entry, build_hash, job_id)
                return job_id
        return None  # ended without publishing: the repo is checked, then a new job

    def _published(self, repo_id: str, build_hash: str) -> bool:
        from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError

        try:
            path = self.retry(lambda: self.api.hf_hub_download(repo_id, "hubtools.json"))
        except (EntryNotFoundError, RepositoryNotFoundError):
            return False
        try:
            manifest = json.loads(Path(path).read_text(encoding="utf-8"))
        except ValueError:
            return False
        return isinstance(manifest, dict) and manifest.get("build_hash") == build_hash

    def _head(self, repo_id: str) -> str | None:
        return self.retry(lambda: self.api.model_info(repo_id, expand=["sha"])).sha

    def _record(self, entry: CatalogueEntry, build_hash: str, job_id: str) -> None:
        self.state.record(LedgerEntry(entry.repo_id, "", build_hash, "job", job_id))

    # -- launch --------------------------------------------------------------------------
    def _launch(self, entry: CatalogueEntry, build_hash: str, namespace: str) -> str:
        from huggingface_hub import get_token

        inputs = f"{namespace}/{INPUTS_REPO}"
        args = self._stage_inputs(entry, build_hash, inputs)
        script = _SCRIPT.format(version=_version(), repo=inputs, hash=build_hash)
        token = self.api.token or get_token()
        if not token:
            raise UserError("no Hub token: set HF_TOKEN (it is passed to the job as a secret)")
        flavor = entry.build_section.flavor or self.options.flavor
        job = self.api.run_job(
            image=self.options.image,
            command=["bash", "-c", script, "hubtools-job", *args],
            env=self.env,
            secrets={"HF_TOKEN": token},
            flavor=flavor,
            timeout=self.options.timeout_s,
            labels={"hubtools-build": build_hash, "hubtools-repo": label_value(entry.repo_id)},
            namespace=namespace,
        )  # not retried: a lost answer is found by its label on the next run
        self._record(entry, build_hash, job.id)
        return job.id

    def _stage_inputs(self, entry: CatalogueEntry, build_hash: str, inputs: str) -> list[str]:
        """Commit the entry and its local inputs under `build_hash/` (once); return the
        `hubtools push` arguments that read them from the job's `inputs/` folder."""
        from huggingface_hub import CommitOperationAdd

        build = entry.build_section
        spec = entry.card_spec
        ops: list[CommitOperationAdd] = []
        sources = []
        for i, source in enumerate(build.sources):
            kind, sep, target = source.partition(":")
            if sep and kind in ("mastodon", "bluesky"):
                sources.append(source)
                continue
            path = Path(target if sep else source)
            staged = f"sources/{i}/{path.name}"
            ops += _files(path, f"{build_hash}/{staged}")
            sources.append(f"{kind}:{staged}" if sep else staged)
        base_model = build.base_model
        if Path(base_model).is_dir():
            ops += _files(Path(base_model), f"{build_hash}/base-model")
            base_model = "base-model"
        raw = safe_yaml.load(entry.path.read_text(encoding="utf-8-sig"), source=str(entry.path))
        raw["build"] = {**raw.get("build", {}), "sources": sources, "base_model": base_model}
        text = yaml.safe_dump(raw, sort_keys=False, allow_unicode=True)
        ops.append(CommitOperationAdd(f"{build_hash}/entry.yaml", text.encode("utf-8")))

        self.retry(lambda: self.api.create_repo(inputs, repo_type="dataset", private=True,
                                                exist_ok=True))  # fmt: skip
        exists = self.retry(
            lambda: self.api.file_exists(inputs, f"{build_hash}/entry.yaml", repo_type="dataset")
        )
        if not exists:  # entry.yaml lands with everything else: present means complete
            self.retry(lambda: self.api.create_commit(
                inputs, ops, repo_type="dataset", commit_message=f"Inputs of {entry.repo_id}"))  # fmt: skip

        here = f"inputs/{build_hash}"
        hub_model = not Path(build.base_model).is_dir()  # else staged as base-model/
        args = [*spec.handles]
        for s in sources:
            kind, sep, target = s.partition(":")
            network = sep and kind in ("mastodon", "bluesky")
            args += [
                "--source",
                s if network else (f"{kind}:{here}/{target}" if sep else f"{here}/{s}"),
            ]
        args += ["--namespace", entry.repo_id.split("/")[0],
                 "--base-model", base_model if hub_model else f"{here}/{base_model}",
                 "--workdir", "work", "--card-spec", f"{here}/entry.yaml",
                 "--build-hash", build_hash, "--json"]  # fmt: skip
        if build.private:
            args.append("--private")
        if build.base_model_id:
            args += ["--base-model-id", build.base_model_id]
        for key, value in build.train.items():
            args += [f"--{key.replace('_', '-')}", str(value)]
        return args

    # -- follow --------------------------------------------------------------------------
    def _follow(self, job_id: str, namespace: str):
        """Poll until the job ends; past its timeout (and a grace) cancel it ourselves."""
        deadline = time.monotonic() + self.options.timeout_s + 120
        while True:
            info = self.retry(lambda: self.api.inspect_job(job_id=job_id, namespace=namespace))
            if info.status.stage in TERMINAL:
                return info
            if time.monotonic() > deadline:
                self.retry(lambda: self.api.cancel_job(job_id=job_id, namespace=namespace))
                raise UserError(f"job {job_id} ran past --timeout {self.options.timeout}; canceled")
            time.sleep(self.options.poll_s)

    def _tail(self, job_id: str, namespace: str) -> str:
        """The last lines of an ended job's log. `follow=True`: a no-follow read drops every
        line stamped later than the answer's `Date` header + 1 s, and a busy server's cached
        `Date` can lag, losing exactly the last lines (the error). The job has ended, so
        following reads the whole log and stops when the stream closes."""
        try:
            lines = list(self.api.fetch_job_logs(job_id=job_id, namespace=namespace, follow=True))
        except Exception:  # the reason is already known; the tail is a courtesy
            return "(no log)"
        return " | ".join(line.strip() for line in lines[-LOG_TAIL:] if line.strip()) or "(empty)"


def _files(path: Path, prefix: str):
    from huggingface_hub import CommitOperationAdd

    if path.is_file():
        return [CommitOperationAdd(prefix, str(path))]
    if not path.is_dir():
        raise UserError(f"{path}: no such file or folder (a source of a catalogue entry)")
    return [
        CommitOperationAdd(f"{prefix}/{p.relative_to(path).as_posix()}", str(p))
        for p in sorted(path.rglob("*"))
        if p.is_file()
    ]


def _version() -> str:
    from importlib.metadata import version

    return version("hubtools")


def _passed_env() -> dict[str, str]:
    """What a job inherits from this run: how to log and track, never a credential."""
    keep = ("WANDB_MODE", "HUBTOOLS_LOG", "HF_HUB_DISABLE_XET")
    return {k: os.environ[k] for k in keep if k in os.environ}
