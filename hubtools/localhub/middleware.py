"""ASGI layers around the routes: raw-path routing, the request log, and fault injection."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from pathlib import Path

from hubtools.localhub.faults import Faults, Rule


class RawPath:
    """Route on the percent-encoded path, so `refs%2Fpr%2F1` stays one segment."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope.get("raw_path"):
            scope = dict(scope, path=scope["raw_path"].decode("latin-1"))
        await self.app(scope, receive, send)


class RequestLog:
    """Method, path, status and duration of every request, for benchmarks that count them."""

    def __init__(self, app, path: Path | None = None, maxlen: int = 1_000_000) -> None:
        self.app = app
        self.entries: deque[dict] = deque(maxlen=maxlen)
        self._file = open(path, "a", buffering=1) if path else None  # noqa: SIM115

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_admin/"):
            await self.app(scope, receive, send)
            return
        start, status = time.perf_counter(), [0]

        async def send_logged(message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_logged)
        except BaseException:
            status[0] = 0  # the connection was dropped mid-answer
            raise
        finally:
            entry = {
                "method": scope["method"],
                "path": scope["path"],
                "status": status[0],
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
    def __init__(self, app, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope, receive, send) -> None:
        rule = None
        if scope["type"] == "http" and not scope["path"].startswith("/_admin/"):
            rule = self.faults.match(scope["method"], scope["path"])
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.delay:
            await asyncio.sleep(rule.delay)
            await self.app(scope, receive, send)
            return
        if rule.after:

            async def swallow(message) -> None:
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
