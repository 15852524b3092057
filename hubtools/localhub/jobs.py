"""Hugging Face Jobs on the local Hub: each job's command runs here, as a local process.

What the unmodified client needs from `run_job`, `inspect_job`, `list_jobs`,
`fetch_job_logs` and `cancel_job` (see shared/reference/hf-jobs-api.md): JobInfo objects
with upper-case stages and `...Z` times, a log stream that replays from the start on every
connection, cancellation and timeouts that end the whole process group.

The image is recorded, never pulled: the command runs on this machine with the PATH of the
hub's own Python environment first (so `hubtools` and `hf` resolve to the installed ones),
the job's environment and secrets, `JOB_ID`, and `HF_ENDPOINT` pointing back at this hub.
Jobs live in memory: a restarted hub has none (their repos, of course, stay).
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hubtools.localhub.errors import HubError

TERMINAL = ("COMPLETED", "ERROR", "CANCELED", "DELETED")
DEFAULT_TIMEOUT_S = 1800  # the service's default when `timeoutSeconds` is absent
CPU_FLAVORS = ("cpu-basic", "cpu-upgrade", "cpu-performance", "cpu-xl")
GPU_FLAVORS = (
    "t4-small", "t4-medium", "l4x1", "l4x4", "l40sx1", "l40sx4", "l40sx8", "a10g-small",
    "a10g-large", "a10g-largex2", "a10g-largex4", "a100-large", "a100x4", "a100x8", "h200",
    "h200x2", "h200x4", "h200x8", "rtx-pro-6000", "rtx-pro-6000x2", "rtx-pro-6000x4",
    "rtx-pro-6000x8",
)  # fmt: skip
FLAVORS = CPU_FLAVORS + GPU_FLAVORS
MAX_LOG_LINES = 20_000  # older lines are dropped: a chatty job cannot fill the hub's memory
_LABEL = re.compile(r"[A-Za-z0-9_-]{1,100}")
# The platform's own variables win over the job's: it talks to this hub, without Xet
# (the local Hub speaks LFS), and finds the installed `hubtools` and `hf` first.
_KEPT_FROM_HUB = ("HOME", "LANG", "LC_ALL", "TMPDIR", "USER")


def now_z() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass
class Job:
    id: str
    owner: dict[str, str]
    spec: dict[str, Any]
    created_at: str
    stage: str = "SCHEDULING"
    message: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    log: list[tuple[str, str]] = field(default_factory=list)  # (timestamp, line)
    proc: subprocess.Popen[bytes] | None = None
    changed: threading.Condition = field(default_factory=threading.Condition)

    def info(self) -> dict[str, Any]:
        spec = self.spec
        out: dict[str, Any] = {
            "id": self.id,
            "owner": self.owner,
            "status": {"stage": self.stage, "message": self.message},
            "createdAt": self.created_at,
            "startedAt": self.started_at,
            "finishedAt": self.finished_at,
            "command": spec["command"],
            "arguments": spec.get("arguments", []),
            "environment": spec.get("environment", {}),
            # only the names: the service never echoes a secret's value
            "secrets": dict.fromkeys(spec.get("secrets", {}), ""),
            "flavor": spec["flavor"],
            "labels": spec.get("labels", {}),
            "timeoutSeconds": spec.get("timeoutSeconds"),
        }
        for key in ("dockerImage", "spaceId"):
            if key in spec:
                out[key] = spec[key]
        return out


def validate_spec(body: object) -> dict[str, Any]:
    """The create body as the client sends it (400 for what the service would refuse)."""
    if not isinstance(body, dict):
        raise HubError(400, "The job spec must be a JSON object")
    command = body.get("command")
    if not isinstance(command, list) or not command or not all(isinstance(c, str) for c in command):
        raise HubError(400, "'command' must be a non-empty list of strings")
    for key in ("environment", "secrets", "labels"):
        value = body.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise HubError(400, f"'{key}' must be an object of strings")
    for key, value in body.get("labels", {}).items():
        if not _LABEL.fullmatch(key) or not _LABEL.fullmatch(value):
            raise HubError(400, f"Invalid label {key}={value}: use [A-Za-z0-9_-], 100 at most")
    flavor = body.get("flavor", "cpu-basic")
    if flavor not in FLAVORS:
        raise HubError(400, f"Unknown flavor {flavor!r}; see GET /api/jobs/hardware")
    if not isinstance(body.get("dockerImage") or body.get("spaceId"), str):
        raise HubError(400, "Give 'dockerImage' or 'spaceId'")
    timeout = body.get("timeoutSeconds", DEFAULT_TIMEOUT_S)
    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout <= 0:
        raise HubError(400, "'timeoutSeconds' must be a positive integer")
    return {**body, "flavor": flavor, "timeoutSeconds": timeout}


class JobRunner:
    """Starts, follows and ends the jobs of one hub."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def get(self, namespace: str, job_id: str) -> Job:
        job = self.jobs.get(job_id)
        if job is None or job.owner["name"] != namespace:
            raise HubError(404, f"Job {job_id} not found", code="JobNotFound")
        return job

    def list(self, namespace: str, stages: list[str], labels: list[str]) -> list[Job]:
        wanted = dict(label.split("=", 1) for label in labels if "=" in label)
        found = [
            job
            for job in self.jobs.values()
            if job.owner["name"] == namespace
            and (not stages or job.stage in stages)
            and all(job.spec.get("labels", {}).get(k) == v for k, v in wanted.items())
        ]
        return sorted(found, key=lambda j: j.created_at, reverse=True)

    def start(self, owner: dict[str, str], spec: dict[str, Any], hub_url: str) -> Job:
        job = Job(secrets.token_hex(12), owner, spec, now_z())
        with self._lock:
            self.jobs[job.id] = job
        folder = self.workdir / job.id
        folder.mkdir(parents=True, exist_ok=True)
        env = {k: os.environ[k] for k in _KEPT_FROM_HUB if k in os.environ}
        env.update(spec.get("environment", {}))
        env.update(spec.get("secrets", {}))
        env.update(
            JOB_ID=job.id,
            HF_ENDPOINT=hub_url,
            PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
            PYTHONUNBUFFERED="1",
        )
        argv = [*spec["command"], *spec.get("arguments", [])]
        threading.Thread(target=self._run, args=(job, argv, env, folder), daemon=True).start()
        return job

    def cancel(self, job: Job) -> None:
        with job.changed:
            if job.stage in TERMINAL:
                return
            self._finish(job, "CANCELED", "Canceled by the user")
        self._kill(job)

    # -- the job's life ------------------------------------------------------------------
    def _run(self, job: Job, argv: builtins.list[str], env: dict[str, str], cwd: Path) -> None:
        try:
            proc = subprocess.Popen(
                argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        except OSError as err:
            with job.changed:
                self._finish(job, "ERROR", f"Cannot start the command: {err.strerror}")
            return
        with job.changed:
            job.proc = proc
            if job.stage == "CANCELED":  # canceled while scheduling
                self._kill(job)
                return
            job.stage, job.started_at = "RUNNING", now_z()
            self._append(job, f"===== Job started at {job.started_at} =====")
        timer = threading.Timer(job.spec["timeoutSeconds"], self._time_out, args=(job,))
        timer.daemon = True
        timer.start()
        assert proc.stdout is not None
        for raw in proc.stdout:
            with job.changed:
                self._append(job, raw.decode("utf-8", "replace").rstrip("\r\n"))
        code = proc.wait()
        timer.cancel()
        with job.changed:
            if job.stage == "RUNNING":
                if code == 0:
                    self._finish(job, "COMPLETED", None)
                else:
                    self._finish(job, "ERROR", f"Job failed with exit code: {code}")

    def _time_out(self, job: Job) -> None:
        with job.changed:
            if job.stage in TERMINAL:
                return
            self._finish(job, "ERROR", "Job timed out")
        self._kill(job)

    @staticmethod
    def _kill(job: Job) -> None:
        if job.proc is not None and job.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(job.proc.pid, signal.SIGKILL)

    @staticmethod
    def _append(job: Job, line: str) -> None:
        job.log.append((now_z(), line))
        del job.log[:-MAX_LOG_LINES]
        job.changed.notify_all()

    @staticmethod
    def _finish(job: Job, stage: str, message: str | None) -> None:
        job.stage, job.message, job.finished_at = stage, message, now_z()
        job.changed.notify_all()

    # -- logs ----------------------------------------------------------------------------
    def wait_for_lines(
        self, job: Job, seen: int, timeout: float
    ) -> tuple[builtins.list[tuple[str, str]], bool]:
        """Lines after the first `seen`, and whether the job has ended (blocks up to
        `timeout` for news). Call it from a worker thread: it blocks."""
        deadline = time.monotonic() + timeout
        with job.changed:
            while len(job.log) <= seen and job.stage not in TERMINAL:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                job.changed.wait(left)
            return list(job.log[seen:]), job.stage in TERMINAL


def hardware() -> list[dict[str, Any]]:
    """`GET /api/jobs/hardware`: the flavors this hub accepts (prices are the service's
    business; these are zero)."""
    out = []
    for name in FLAVORS:
        gpu = name not in CPU_FLAVORS
        out.append({
            "name": name, "prettyName": name, "cpu": "local", "ram": "local",
            "accelerator": {"type": "gpu", "model": name, "quantity": "1", "vram": "",
                            "manufacturer": ""} if gpu else None,
            "unitCostMicroUSD": 0, "unitCostUSD": 0.0, "unitLabel": "minute",
        })  # fmt: skip
    return out
