"""The CAS HTTP routes hf_xet 1.8.0 calls (`{casUrl}/v1/...`).

Every route asks `authorize` first, except the xorb range reads: the client fetches those
without its token, so their URLs carry an expiring HMAC signature instead. The v2 shard
and reconstruction routes and xorb grants answer 404, which makes the client fall back
to the v1 forms; every other unknown path under the prefix is 404 too (never 405).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from hubtools.localhub.bodies import receive_to
from hubtools.localhub.context import json_response
from hubtools.localhub.errors import HubError, disk_full_is_507
from hubtools.localhub.xet.cas import CasStore, Plan, RangeNotSatisfiable
from hubtools.localhub.xet.hashing import API_HEX
from hubtools.localhub.xet.shard import MAX_SHARD_BYTES
from hubtools.localhub.xet.xorb import MAX_XORB_BODY, XetFormatError

Authorize = Callable[[Request, str], None]

URL_LIFETIME = 3600  # seconds a fetch URL stays valid; a 403 makes the client ask again
_RANGE = re.compile(r"bytes=(\d+)-(\d*)")
_STREAM_BLOCK = 1024 * 1024
_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def _hash_param(request: Request, name: str = "hash") -> str:
    value = str(request.path_params[name])
    if not API_HEX.fullmatch(value):
        raise HubError(400, f"Invalid hash {value[:80]!r}: expected 64 lowercase hex digits")
    return value


def _bad(err: XetFormatError) -> HubError:
    return HubError(400, str(err))


class _Cas:
    def __init__(self, store: CasStore, authorize: Authorize, prefix: str) -> None:
        self.store = store
        self.authorize = authorize
        self.prefix = prefix
        self.secret = secrets.token_bytes(32)

    # -- upload ------------------------------------------------------------------------
    async def post_xorb(self, request: Request) -> Response:
        self.authorize(request, "write")
        xorb_hash = _hash_param(request)
        tmp = self.store.tmp_file()
        try:
            await receive_to(request, tmp, MAX_XORB_BODY)
            with disk_full_is_507():
                inserted = await run_in_threadpool(self.store.add_xorb, xorb_hash, tmp)
        except XetFormatError as err:
            raise _bad(err) from err
        finally:
            tmp.unlink(missing_ok=True)
        return json_response({"was_inserted": inserted})

    async def post_shard(self, request: Request) -> Response:
        self.authorize(request, "write")
        tmp = self.store.tmp_file()
        try:
            await receive_to(request, tmp, MAX_SHARD_BYTES)
            data = tmp.read_bytes()
        finally:
            tmp.unlink(missing_ok=True)
        try:
            with disk_full_is_507():
                result = await run_in_threadpool(self.store.add_shard, data)
        except XetFormatError as err:
            raise _bad(err) from err
        return json_response({"result": result})

    async def get_chunk(self, request: Request) -> Response:
        self.authorize(request, "write")
        shard = await run_in_threadpool(self.store.dedup_shard, _hash_param(request))
        if shard is None:
            raise HubError(404, "Chunk not found")
        return Response(shard, media_type="application/octet-stream")

    # -- download ----------------------------------------------------------------------
    async def get_reconstruction(self, request: Request) -> Response:
        self.authorize(request, "read")
        file_hash = _hash_param(request)
        first, last = 0, None
        header = request.headers.get("range")
        if header is not None:
            match = _RANGE.fullmatch(header.strip())
            if match is None:
                raise HubError(400, f"Invalid Range header {header[:80]!r}: expected bytes=a-b")
            first = int(match[1])
            last = int(match[2]) if match[2] else None
            if last is not None and last < first:
                raise HubError(416, f"Invalid range {header[:80]!r}: its end is before its start")
        try:
            plan = await run_in_threadpool(self.store.plan, file_hash, first, last)
        except RangeNotSatisfiable as err:
            raise HubError(416, str(err)) from err
        if plan is None:
            raise HubError(404, f"File not found: {file_hash}")
        return json_response(self._plan_json(request, plan))

    def _plan_json(self, request: Request, plan: Plan) -> dict[str, object]:
        base = f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}"
        exp = int(time.time()) + URL_LIFETIME
        spans: dict[str, tuple[int, int]] = {}
        for t in plan.terms:  # one fetch range per xorb, covering all its terms
            lo, hi = spans.get(t.xorb, (t.start, t.end))
            spans[t.xorb] = (min(lo, t.start), max(hi, t.end))
        fetch_info: dict[str, list[dict[str, object]]] = {}
        for xorb, (lo, hi) in spans.items():
            index = self.store.xorb_index(xorb)
            if index is None:
                raise HubError(500, f"xorb {xorb} is missing from the store")
            first, last = index.url_range(lo, hi)
            url = f"{base}{self.prefix}/v1/xorb-data/{xorb}?exp={exp}&sig={self._sign(xorb, exp)}"
            fetch_info[xorb] = [
                {
                    "range": {"start": lo, "end": hi},
                    "url": url,
                    "url_range": {"start": first, "end": last},
                }
            ]
        terms = [
            {"hash": t.xorb, "unpacked_length": t.size, "range": {"start": t.start, "end": t.end}}
            for t in plan.terms
        ]
        return {
            "offset_into_first_range": plan.offset_into_first_range,
            "terms": terms,
            "fetch_info": fetch_info,
        }

    def _sign(self, xorb: str, exp: int) -> str:
        return hmac.new(self.secret, f"{xorb}:{exp}".encode(), hashlib.sha256).hexdigest()

    async def get_xorb_data(self, request: Request) -> Response:
        """Bytes of a stored xorb, by signed URL (the client sends no token here)."""
        xorb = _hash_param(request)
        exp, sig = request.query_params.get("exp", ""), request.query_params.get("sig", "")
        if not exp.isdigit() or int(exp) < time.time():
            raise HubError(403, "This xorb URL has expired; query the reconstruction again")
        if not hmac.compare_digest(sig, self._sign(xorb, int(exp))):
            raise HubError(403, "This xorb URL's signature is not valid")
        path = self.store.xorb_path(xorb)
        try:
            size = path.stat().st_size
        except FileNotFoundError as err:
            raise HubError(404, f"Xorb not found: {xorb}") from err
        return _ranged(path, size, request.headers.get("range"))

    # -- stubs -------------------------------------------------------------------------
    async def not_found(self, request: Request) -> Response:
        raise HubError(404, f"Not found: {request.url.path[:200]}")

    async def telemetry(self, request: Request) -> Response:
        return json_response({})


def _ranged(path: Path, size: int, header: str | None) -> Response:
    first, last, status = 0, size - 1, 200
    if header is not None:
        match = _RANGE.fullmatch(header.strip())
        if match is None:
            raise HubError(416, f"Unsupported Range {header[:80]!r}: one bytes=a-b range only")
        first = int(match[1])
        last = min(int(match[2]), size - 1) if match[2] else size - 1
        if first > last or first >= size:
            err = HubError(416, f"Range {header[:80]!r} is outside the xorb's {size} bytes")
            err.headers = {"Content-Range": f"bytes */{size}"}
            raise err
        status = 206
    headers = {"Content-Length": str(last - first + 1), "Accept-Ranges": "bytes"}
    if status == 206:
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"

    def body() -> Iterator[bytes]:
        with open(path, "rb") as fh:
            fh.seek(first)
            left = last - first + 1
            while left > 0:
                block = fh.read(min(_STREAM_BLOCK, left))
                if not block:
                    return
                left -= len(block)
                yield block

    return StreamingResponse(body(), status, headers=headers, media_type="application/octet-stream")


def cas_routes(store: CasStore, authorize: Authorize, prefix: str = "/xet-cas") -> list[Route]:
    cas = _Cas(store, authorize, prefix)
    p = prefix
    return [
        Route(p + "/v1/xorbs/{bucket}/{hash}", cas.post_xorb, methods=["POST"]),
        Route(p + "/v1/shards", cas.post_shard, methods=["POST"]),
        Route(p + "/v1/chunks/{bucket}/{hash}", cas.get_chunk, methods=["GET"]),
        Route(p + "/v1/reconstructions/{hash}", cas.get_reconstruction, methods=["GET"]),
        Route(p + "/v1/xorb-data/{hash}", cas.get_xorb_data, methods=["GET", "HEAD"]),
        Route(p + "/v1/telemetry", cas.telemetry, methods=["POST"]),
        # grants, v2 shards and v2 reconstructions: 404 sends the client to the v1 forms
        Route(p + "/{rest:path}", cas.not_found, methods=_ALL_METHODS),
    ]


__all__ = ["Authorize", "cas_routes"]
