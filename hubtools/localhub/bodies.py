"""Request bodies from strangers: JSON objects and streamed uploads, each bounded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Protocol

from starlette.requests import Request

from hubtools.localhub.errors import HubError, disk_full_is_507
from hubtools.localhub.middleware import too_large


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


async def json_body(request: Request) -> dict[str, Any]:
    """The body as a JSON object (an empty body is `{}`); 400 for anything else."""
    try:
        body = json.loads(await request.body() or b"{}")
    except (ValueError, RecursionError) as err:
        raise HubError(400, "Request body is not valid JSON") from err
    if not isinstance(body, dict):
        raise HubError(400, "Request body must be a JSON object")
    return body


async def receive_to(request: Request, target: Path, limit: int, *hashers: Hasher) -> int:
    """Stream the body to `target`, feeding `hashers` on the way (413 past `limit`); its size."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise too_large(limit)
    size = 0
    with disk_full_is_507(), open(target, "wb") as fh:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            for hasher in hashers:
                hasher.update(chunk)
            fh.write(chunk)
    return size
