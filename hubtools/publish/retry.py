"""The client-side rate budget and the retry rules for Hub calls.

The Hub allows 1,000 API calls per 5 minutes on a free account and answers 429 past
that; the client retries some calls itself but never a commit POST. Every hubtools
call goes through `RateBudget.acquire` and `call_with_retry`.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_RATELIMIT_T = re.compile(r";\s*t=(\d+)")


@dataclass
class RateBudget:
    """At most `calls` API calls in any sliding `window` seconds (blocks until one is free)."""

    calls: int = 1000
    window: float = 300.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _stamps: deque = field(default_factory=deque, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    used: int = 0

    def acquire(self, n: int = 1) -> None:
        for _ in range(n):
            while True:
                with self._lock:
                    now = self.clock()
                    while self._stamps and now - self._stamps[0] >= self.window:
                        self._stamps.popleft()
                    if len(self._stamps) < self.calls:
                        self._stamps.append(now)
                        self.used += 1
                        break
                    wait = self.window - (now - self._stamps[0])
                self.sleep(max(wait, 0.01))

    @classmethod
    def parse(cls, text: str) -> RateBudget:
        """The `--rate` option: '1000/300' (calls per seconds)."""
        from hubtools.errors import UserError

        calls, _, window = text.partition("/")
        try:
            budget = cls(int(calls), float(window or 300))
        except ValueError:
            budget = None
        if budget is None or budget.calls < 1 or budget.window <= 0:
            raise UserError(f"--rate must look like CALLS/SECONDS (e.g. 1000/300), not {text!r}")
        return budget


def status_of(err: BaseException) -> int | None:
    response = getattr(err, "response", None)
    return getattr(response, "status_code", None)


def retry_after(err: BaseException) -> float | None:
    """Seconds the server asked us to wait: `RateLimit: ...;t=N` first, then `Retry-After`."""
    response = getattr(err, "response", None)
    headers = getattr(response, "headers", None) or {}
    match = _RATELIMIT_T.search(headers.get("RateLimit", "") or "")
    if match:
        return float(match.group(1))
    value = headers.get("Retry-After")
    if value and value.strip().isdigit():
        return float(value)
    return None


def describe(err: BaseException) -> str:
    """One line for a failed Hub call: the HTTP status and the first line of the message."""
    status = status_of(err)
    first = str(err).splitlines()[0] if str(err) else type(err).__name__
    return f"HTTP {status}: {first}" if status else f"{type(err).__name__}: {first}"


def failure(err: BaseException) -> str | None:
    """What to report for an error a batch job survives (a user error, an HTTP answer, a
    network failure); None for anything else, which is a bug and must propagate."""
    from hubtools.errors import UserError

    if isinstance(err, UserError):
        return str(err)
    return describe(err) if status_of(err) is not None or is_transient(err) else None


def is_transient(err: BaseException) -> bool:
    """Worth another try: rate limits, server errors, timeouts and broken connections."""
    status = status_of(err)
    if status is not None:
        return status in RETRY_STATUSES
    import httpx2

    return isinstance(err, (httpx2.TransportError, ConnectionError, TimeoutError))


def commit_failure(err: BaseException) -> str:
    """What a failed write means, for every writer (publish, regen, bulk) alike:

    - "refused": the Hub said no (4xx but 408/412/429); retrying cannot help;
    - "stale": 412, the repo moved since it was read: read it again;
    - "unknown": no answer, or a 5xx: the write may have landed; look before retrying;
    - "transient": 408 or 429, refused before anything was applied: wait and retry;
    - "bug": not an HTTP or network failure at all; it must propagate.
    """
    status = status_of(err)
    if status == 412:
        return "stale"
    if status in (408, 429):
        return "transient"
    if status is not None:
        return "unknown" if status >= 500 else "refused"
    return "unknown" if is_transient(err) else "bug"


def outcome_unknown(err: BaseException) -> bool:
    """A failed write that may still have been applied (we never saw the answer)."""
    status = status_of(err)
    return status is None or status >= 500


@dataclass
class RetryPolicy:
    attempts: int = 6
    base: float = 1.0
    cap: float = 30.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int, err: BaseException) -> float:
        asked = retry_after(err)
        if asked is not None:
            return asked + 0.5
        return min(self.cap, self.base * 2**attempt)


def call_with_retry(
    fn: Callable[[], T],
    *,
    policy: RetryPolicy,
    budget: RateBudget | None = None,
    cost: int = 1,
    on_retry: Callable[[int, BaseException, float], None] | None = None,
) -> T:
    """Call `fn`, retrying transient failures with backoff that honours the server's hints."""
    for attempt in range(policy.attempts):
        if budget is not None:
            budget.acquire(cost)
        try:
            return fn()
        except Exception as err:
            if not is_transient(err) or attempt == policy.attempts - 1:
                raise
            wait = policy.delay(attempt, err)
            if on_retry is not None:
                on_retry(attempt + 1, err, wait)
            policy.sleep(wait)
    raise AssertionError("unreachable")
