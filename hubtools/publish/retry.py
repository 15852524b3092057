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

# One classifier for every Hub error; `status_of` is re-exported for older importers.
from hubtools.publish.failures import is_transient
from hubtools.publish.failures import status_of as status_of

T = TypeVar("T")
_RATELIMIT_T = re.compile(r";\s*t=(\d+)")


@dataclass
class RateBudget:
    """At most `calls` API calls in any sliding `window` seconds (blocks until one is free)."""

    calls: int = 1000
    window: float = 300.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _stamps: deque[float] = field(default_factory=deque, repr=False)
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
        return min(self.cap, self.base * 2.0**attempt)


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
