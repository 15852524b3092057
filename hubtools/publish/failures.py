"""What a failed Hub call means: the one classifier every caller (publish, regen, bulk) asks.

A read may simply be tried again when the answer is lost; a write may have landed, so a
lost answer means: look at the repo before trying again. Both decisions start here.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Failure", "classify", "describe", "failure", "is_transient", "status_of"]

Failure = Literal["refused", "stale", "unknown", "transient", "bug"]

# 5xx answers after which a write may or may not have been applied.
_UNKNOWN_STATUSES = frozenset({500, 502, 503, 504})


def status_of(err: BaseException) -> int | None:
    """The HTTP status of a failed call, or None when no answer came back."""
    response = getattr(err, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def classify(err: BaseException) -> Failure:
    """What a failed Hub call means, for reads and writes alike:

    - "refused": the Hub said no (a 4xx other than 408/412/429, or a 5xx such as 507 that
      applies nothing); trying again cannot help;
    - "stale": 412, the repo moved since it was read: read it again;
    - "unknown": no answer, or 500/502/503/504: a write may have landed, so look before
      writing again (a read is simply tried again);
    - "transient": 408 or 429, turned away before anything was applied: wait and retry;
    - "bug": not an HTTP or network failure at all; it must propagate.
    """
    status = status_of(err)
    if status == 412:
        return "stale"
    if status in (408, 429):
        return "transient"
    if status is not None:
        return "unknown" if status in _UNKNOWN_STATUSES else "refused"
    return "unknown" if _no_answer(err) else "bug"


def is_transient(err: BaseException) -> bool:
    """A read worth another try: rate limits, server errors, timeouts and broken connections."""
    return classify(err) in ("transient", "unknown")


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
    return None if classify(err) == "bug" else describe(err)


def _no_answer(err: BaseException) -> bool:
    import httpx2

    return isinstance(err, (httpx2.TransportError, ConnectionError, TimeoutError))
