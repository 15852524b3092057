"""A small JSON-over-HTTP client for the public Mastodon and Bluesky APIs.

Stdlib only (urllib): a few hundred paged GETs need no connection pool. It retries what is
worth retrying — 429 (waiting as long as Retry-After says, capped), 5xx and network errors
(exponential back-off) — and turns the rest into an `HttpError` the source can explain.
"""

from __future__ import annotations

import email.utils
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message

from hubtools import __version__
from hubtools.errors import UserError

USER_AGENT = f"hubtools/{__version__}"
MAX_WAIT = 300.0  # never sleep longer than this for one Retry-After
TIMEOUT = 30.0
MAX_BYTES = 16 << 20  # InputLimits.max_item_bytes' default


class HttpError(Exception):
    """A response the source should explain (404 no such account, 400 bad handle, ...)."""

    def __init__(self, status: int, url: str, body: bytes) -> None:
        super().__init__(f"HTTP {status} from {url}")
        self.status = status
        self.url = url
        self.body = body

    def json_field(self, key: str) -> str | None:
        try:
            value = json.loads(self.body).get(key)
        except (ValueError, AttributeError, RecursionError):
            return None
        return value if isinstance(value, str) else None


@dataclass
class Response:
    data: object
    headers: Mapping[str, str]
    raw: bytes


class JsonClient:
    def __init__(
        self,
        name: str,
        *,
        sleep: Callable[[float], None] | None = None,
        max_retries: int = 5,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.name = name  # the source, for error messages ("mastodon:@a@b")
        self.sleep = sleep or time.sleep
        self.max_retries = max_retries
        self.timeout = timeout
        self.max_bytes = max_bytes  # one answer; a page of posts is well under a MiB

    def get(self, url: str, params: Mapping[str, object] | None = None) -> Response:
        if params:
            query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
            url = f"{url}{'&' if '?' in url else '?'}{query}"
        request = urllib.request.Request(
            url, headers={"Accept": "application/json", "User-Agent": USER_AGENT}
        )
        attempt = 0
        while True:
            attempt += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                    raw = reply.read(self.max_bytes + 1)
                    headers = {k.lower(): v for k, v in reply.headers.items()}
                break
            except urllib.error.HTTPError as err:
                body = err.read(self.max_bytes) if err.fp is not None else b""
                retryable = err.code == 429 or err.code >= 500
                if not retryable:
                    raise HttpError(err.code, url, body) from None
                if attempt > self.max_retries:
                    what = "rate limited (HTTP 429)" if err.code == 429 else f"HTTP {err.code}"
                    raise UserError(
                        f"{self.name}: {what} from {_host(url)} after {attempt} tries; "
                        "try again later"
                    ) from None
                wait = _retry_after(err.headers) if err.code == 429 else None
                self.sleep(min(wait if wait is not None else _backoff(attempt), MAX_WAIT))
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as err:
                if attempt > self.max_retries:
                    reason = getattr(err, "reason", err)
                    raise UserError(
                        f"{self.name}: cannot reach {_host(url)} ({reason}); "
                        "check the network and the account name"
                    ) from None
                self.sleep(_backoff(attempt))
        if len(raw) > self.max_bytes:
            raise UserError(
                f"{self.name}: {_host(url)} answered with over {self.max_bytes // 2**20:,} MiB "
                "for one page; if you trust the server, raise it with --max-item-mb"
            )
        try:
            data = json.loads(raw)
        except ValueError:
            raise UserError(
                f"{self.name}: {_host(url)} answered with something that is not JSON"
            ) from None
        except RecursionError:
            raise UserError(
                f"{self.name}: {_host(url)} answered with JSON nested too deeply to be posts"
            ) from None
        return Response(data, headers, raw)


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def _backoff(attempt: int) -> float:
    return float(min(2 ** (attempt - 1), 60))


def _retry_after(headers: Mapping[str, str] | Message | None) -> float | None:
    """Seconds to wait: Retry-After (seconds or HTTP date), else Mastodon's X-RateLimit-Reset."""
    if headers is None:
        return None
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value:
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, (when - datetime.now(UTC)).total_seconds())
    reset = headers.get("X-RateLimit-Reset") or headers.get("x-ratelimit-reset")
    if reset:
        try:
            when = datetime.fromisoformat(reset.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
    return None
