"""CAS access tokens: what the Hub hands a Xet client for one repo and one operation.

A token is its own record, signed: `xet1.<payload>.<mac>`, the payload naming the repo,
the operation (`read`/`write`), the commit a read token was issued at, and the expiry;
the mac is an HMAC-SHA256 under a key kept under the hub's root (0600, made once). So
nothing is stored per token, a token survives a restart or a SIGKILL (the Python client
caches tokens for their lifetime), and no secret ever appears in a log or a URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hubtools.localhub.errors import HubError

TTL_SECONDS = 3600  # the Python client refetches a token once it is within 60 s of expiry
_PREFIX = "xet1"
OPERATIONS = ("read", "write")


@dataclass(frozen=True, slots=True)
class Grant:
    """What a valid token allows."""

    repo_type: str
    repo_id: str
    operation: str  # "read" | "write" (a write token reads too)
    commit: str | None  # the commit a read token was issued at; None for write tokens
    expires: int  # unix seconds

    def allows(self, operation: str) -> bool:
        return operation == "read" or self.operation == "write"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_key(path: Path) -> bytes:
    """The signing key at `path`, made (32 random bytes, mode 0600) when there is none.

    Written to a temp file and linked into place: two processes racing on one root end
    up with the same key, and a crash leaves no half-written one.
    """
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)
        except FileExistsError:  # another process won, or a short file is there: replace it
            if len(path.read_bytes()) != 32:
                os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path.read_bytes()


class XetTokens:
    """Issue and verify CAS access tokens (see the module docstring for the format)."""

    def __init__(
        self, key: bytes, ttl: int = TTL_SECONDS, clock: Callable[[], float] = time.time
    ) -> None:
        if len(key) < 32:
            raise ValueError("the token key must be at least 32 bytes")
        self._key = key
        self.ttl = ttl
        self._clock = clock

    def _mac(self, payload: str) -> bytes:
        digest = hmac.new(self._key, payload.encode("utf-8", "replace"), hashlib.sha256)
        return _b64(digest.digest()).encode("ascii")

    def issue(
        self, repo_type: str, repo_id: str, operation: str, commit: str | None = None
    ) -> tuple[str, int]:
        """(token, expiry in unix seconds) for `operation` on the repo."""
        if operation not in OPERATIONS:
            raise ValueError(f"operation must be read or write, not {operation!r}")
        expires = int(self._clock()) + self.ttl
        fields = {"t": repo_type, "r": repo_id, "o": operation, "c": commit, "e": expires}
        fields["n"] = secrets.token_hex(8)  # two tokens issued in one second still differ
        payload = _b64(json.dumps(fields, separators=(",", ":")).encode())
        return f"{_PREFIX}.{payload}.{self._mac(payload).decode()}", expires

    def verify(self, token: str) -> Grant:
        """The grant a token carries; 401 if it is malformed, forged or expired."""
        prefix, _, rest = token.partition(".")
        payload, _, mac = rest.partition(".")
        given = mac.encode("utf-8", "replace")  # a header may carry any latin-1 text
        if prefix != _PREFIX or not payload or not hmac.compare_digest(given, self._mac(payload)):
            raise HubError(401, "Invalid CAS access token")
        try:
            raw = json.loads(_unb64(payload))
            grant = Grant(raw["t"], raw["r"], raw["o"], raw["c"], int(raw["e"]))
        except (ValueError, KeyError, TypeError) as err:  # signed by us: should not happen
            raise HubError(401, "Invalid CAS access token") from err
        if grant.expires <= self._clock():
            raise HubError(401, "CAS access token expired: fetch a new one from the Hub")
        return grant

    def from_header(self, authorization: str | None) -> Grant:
        """The grant behind `Authorization: Bearer <token>`; 401 without one."""
        scheme, _, value = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise HubError(401, "A CAS access token is required (Authorization: Bearer ...)")
        return self.verify(value.strip())
