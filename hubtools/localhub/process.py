"""Start and drive a local Hub in a subprocess: for tests, benchmarks and `make demo`."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class HubAccount:
    name: str
    token: str
    role: str = "write"
    orgs: list[str] = field(default_factory=list)


def write_config(path: Path, accounts: list[HubAccount]) -> Path:
    users: dict[str, dict[str, Any]] = {}
    orgs: dict[str, list[str]] = {}
    for acc in accounts:
        user = users.setdefault(acc.name, {"name": acc.name, "tokens": []})
        user["tokens"].append({"token": acc.token, "role": acc.role})
        for org in acc.orgs:
            orgs.setdefault(org, [])
            if acc.name not in orgs[org]:
                orgs[org].append(acc.name)
    config = {
        "users": list(users.values()),
        "orgs": [{"name": o, "members": m} for o, m in orgs.items()],
    }
    path.write_text(yaml.safe_dump(config))
    return path


class HubProcess:
    """`hubtools hub serve` in a child process; `url` is known once `start()` returns.

    The admin token is chosen here and handed to the child in its environment (never on
    its command line), so the admin calls below carry it with no race on the output.
    """

    def __init__(
        self,
        root: Path,
        accounts: list[HubAccount],
        *,
        port: int = 0,
        extra_args: Sequence[str] = (),
        log: Path | None = None,
        admin_token: str | None = None,
    ) -> None:
        self.admin_token = admin_token or f"hubadmin_{secrets.token_urlsafe(24)}"
        self.root = Path(root)
        self.accounts = accounts
        self.port = port
        self.extra_args = list(extra_args)
        self.log = log
        self.url = ""
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> HubProcess:
        self.root.mkdir(parents=True, exist_ok=True)
        config = write_config(self.root.parent / f"{self.root.name}-accounts.yaml", self.accounts)
        cmd = [sys.executable, "-m", "hubtools", "hub", "serve", "--root", str(self.root),
               "--port", str(self.port), "--config", str(config), *self.extra_args]  # fmt: skip
        stderr = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
        env = {**_server_env(), "HUBTOOLS_HUB_ADMIN_TOKEN": self.admin_token}
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=stderr, env=env)
        assert self.proc.stdout is not None  # stdout=PIPE
        line = self.proc.stdout.readline().decode().strip()
        if not line.startswith("http://"):
            self.stop()
            raise RuntimeError(f"local hub did not start (got {line!r}); see {self.log}")
        self.url = line
        self.port = int(line.rsplit(":", 1)[1])
        return self

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None

    def restart(self, sig: int = signal.SIGTERM) -> HubProcess:
        """Stop (SIGKILL simulates a crash) and start again on the same port and root."""
        self.stop(sig)
        return self.start()

    def __enter__(self) -> HubProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- admin ---------------------------------------------------------------------------
    def _admin(self, method: str, path: str, body: object = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        headers = {"Authorization": f"Bearer {self.admin_token}"}
        req = urllib.request.Request(
            f"{self.url}/_admin/{path}", data=data, method=method, headers=headers
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read() or b"null")

    def _admin_list(self, method: str, path: str, body: object = None) -> list[dict[str, Any]]:
        answer: list[dict[str, Any]] = self._admin(method, path, body)
        return answer

    def set_faults(self, rules: list[str | dict[str, Any]]) -> list[dict[str, Any]]:
        return self._admin_list("POST", "faults", rules)

    def faults(self) -> list[dict[str, Any]]:
        """The rules and how often each fired."""
        return self._admin_list("GET", "faults")

    def clear_faults(self) -> list[dict[str, Any]]:
        return self._admin_list("DELETE", "faults")

    def requests(self) -> list[dict[str, Any]]:
        return self._admin_list("GET", "requests")

    def reset_requests(self) -> None:
        """Empty the request log and start counting the in-flight peaks afresh."""
        self._admin("DELETE", "requests")

    def stats(self) -> dict[str, int]:
        """Requests in flight now, and the most at once (all, and commits) since the reset."""
        stats: dict[str, int] = self._admin("GET", "stats")
        return stats


def _server_env() -> dict[str, str]:
    """The server needs no Hub credentials: never hand it the caller's token."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env.pop("HUBTOOLS_HUB_ADMIN_TOKEN", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env
