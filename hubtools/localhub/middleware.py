"""ASGI layers around the routes: raw-path routing, body limits, the request log, faults."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hubtools.localhub.errors import HubError
from hubtools.localhub.faults import Faults, Rule


class RawPath:
    """Route on the percent-encoded path, so `refs%2Fpr%2F1` stays one segment."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("raw_path"):
            scope = dict(scope, path=scope["raw_path"].decode("latin-1"))
        await self.app(scope, receive, send)


def too_large(limit: int) -> HubError:
    err = HubError(413, f"Request body is larger than this hub accepts ({limit} bytes)")
    err.headers = {"Connection": "close"}  # the rest of the body is not worth receiving
    return err


class BodyLimit:
    """Refuse a body over its route's limit before reading it.

    A `Content-Length` over the limit is answered 413 at once; a chunked body is counted
    as it streams in and refused (413) at the first byte past the limit. `limit_for`
    says the limit of a (method, path), None for routes that stream to disk and check
    their own (LFS uploads).
    """

    def __init__(
        self,
        app: ASGIApp,
        limit_for: Callable[[str, str], int | None],
        error_app: Callable[[Scope, HubError, Send], Awaitable[None]],
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.error_app = error_app  # renders a HubError the way every route does

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        if limit is None:
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.isdigit() or int(value) > limit):
                await self.error_app(scope, too_large(limit), send)
                return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large(limit)
            return message

        await self.app(scope, counted, send)


class RequestLog:
    """Method, path, status, start and duration of every request, and how many overlapped.

    `peak` is the most requests in flight at once since the last reset (`peak_commits`:
    commit POSTs alone): what a concurrency test reads to know its requests overlapped.
    """

    def __init__(self, app: ASGIApp, path: Path | None = None, maxlen: int = 1_000_000) -> None:
        self.app = app
        self.entries: deque[dict[str, Any]] = deque(maxlen=maxlen)
        self._file = open(path, "a", buffering=1) if path else None  # noqa: SIM115
        self.in_flight = self.peak = self.commits_in_flight = self.peak_commits = 0

    def reset(self) -> None:
        self.entries.clear()
        self.peak, self.peak_commits = self.in_flight, self.commits_in_flight

    def stats(self) -> dict[str, int]:
        return {
            "in_flight": self.in_flight,
            "peak_in_flight": self.peak,
            "peak_commits_in_flight": self.peak_commits,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_admin/"):
            await self.app(scope, receive, send)
            return
        is_commit = scope["method"] == "POST" and "/commit/" in scope["path"]
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        if is_commit:
            self.commits_in_flight += 1
            self.peak_commits = max(self.peak_commits, self.commits_in_flight)
        started, start, status = time.time(), time.perf_counter(), [0]

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_logged)
        except BaseException:
            status[0] = 0  # the connection was dropped mid-answer
            raise
        finally:
            self.in_flight -= 1
            self.commits_in_flight -= is_commit
            entry = {
                "method": scope["method"],
                "path": scope["path"],
                "status": status[0],
                "start": round(started, 6),
                "ms": round((time.perf_counter() - start) * 1000, 3),
            }
            self.entries.append(entry)
            if self._file:
                self._file.write(json.dumps(entry) + "\n")


class DroppedConnection(Exception):
    """Raised after the response started: uvicorn then closes the socket mid-answer."""


def _error_headers(rule: Rule) -> list[tuple[bytes, bytes]]:
    headers = [(b"content-type", b"application/json"), (b"x-error-message", b"Injected fault")]
    if rule.status in (429, 503):
        t = str(rule.retry_after).encode()
        headers += [
            (b"retry-after", t),
            (b"ratelimit", b'"api";r=0;t=' + t),
            (b"ratelimit-policy", b'"fixed window";"api";q=1000;w=300'),
        ]
    return headers


class FaultInjector:
    GATHER_GUARD_S = 30.0  # a gather that never fills releases its requests anyway

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def _gather(self, rule: Rule) -> None:
        if rule.released is None:
            rule.released = asyncio.Event()
        rule.held += 1
        if rule.held >= rule.gather:
            rule.released.set()
        with contextlib.suppress(TimeoutError):  # the hang guard: release anyway
            await asyncio.wait_for(rule.released.wait(), self.GATHER_GUARD_S)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rule = None
        if scope["type"] == "http" and not scope["path"].startswith("/_admin/"):
            rule = self.faults.match(scope["method"], scope["path"])
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.delay or rule.gather:
            await (asyncio.sleep(rule.delay) if rule.delay else self._gather(rule))
            await self.app(scope, receive, send)
            return
        if rule.after:

            async def swallow(message: Message) -> None:
                pass

            await self.app(scope, receive, swallow)
        if rule.status is None:  # drop
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-length", b"64")]})  # fmt: skip
            raise DroppedConnection(scope["path"])
        body = json.dumps({"error": f"Injected fault: {rule.status}"}).encode()
        headers = [*_error_headers(rule), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": rule.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class RequestId:
    """`X-Request-Id` on every answer, as the Hub sends (the client quotes it in errors):
    the caller's own id when it sent one, else a fresh one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"")[:128].decode("latin-1")
        if not (given.isascii() and given.isprintable() and given.strip() == given):
            given = ""
        rid = (given or f"Root=1-{secrets.token_hex(4)}-{secrets.token_hex(12)}").encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] != b"x-request-id"]
                message = {**message, "headers": [*headers, (b"x-request-id", rid)]}
            await send(message)

        await self.app(scope, receive, send_with_id)
