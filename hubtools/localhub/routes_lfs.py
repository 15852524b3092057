"""Git LFS: the batch API, basic and multipart uploads, completion and verify.

Upload URLs carry no Authorization header (the client strips it), so they are
signed with the server's secret instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.gitobj import HEX64

LFS_JSON = "application/vnd.git-lfs+json"


async def batch(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    try:
        body = json.loads(await request.body())
    except ValueError as err:
        raise HubError(400, "LFS batch body is not JSON") from err
    if body.get("operation") != "upload":
        raise HubError(400, "Only the 'upload' operation is supported")
    base = hub.base_url(request)
    chunk = hub.settings.multipart_chunk
    objects = []
    for obj in body.get("objects", []):
        oid, size = str(obj.get("oid", "")).lower(), obj.get("size")
        if not HEX64.fullmatch(oid) or not isinstance(size, int) or size < 0:
            objects.append(
                {"oid": oid, "size": size, "error": {"code": 422, "message": "bad oid or size"}}
            )
            continue
        path = hub.store.lfs_path(oid)
        if path.exists() and path.stat().st_size == size:
            objects.append({"oid": oid, "size": size})  # already stored: nothing to send
            continue
        sig = hub.sign(oid, size)
        verify = {"href": f"{base}/lfs/verify/{repo.type}/{repo.id}", "header": {}}
        if size > chunk:
            parts = -(-size // chunk)
            header = {"chunk_size": str(chunk)}
            for n in range(1, parts + 1):
                header[str(n)] = f"{base}/lfs/part/{oid}/{size}/{n}?sig={sig}"
            upload = {"href": f"{base}/lfs/complete/{oid}/{size}?sig={sig}", "header": header}
        else:
            upload = {"href": f"{base}/lfs/upload/{oid}/{size}?sig={sig}"}
        objects.append(
            {
                "oid": oid,
                "size": size,
                "authenticated": True,
                "actions": {"upload": upload, "verify": verify},
            }
        )
    return json_response(
        {"transfer": "basic", "objects": objects}, headers={"Content-Type": LFS_JSON}
    )


async def _receive_to(request: Request, target: Path) -> tuple[str, int]:
    """Stream the body to `target`; return its sha256 and size."""
    digest, size = hashlib.sha256(), 0
    with open(target, "wb") as fh:
        async for chunk in request.stream():
            digest.update(chunk)
            size += len(chunk)
            fh.write(chunk)
    return digest.hexdigest(), size


def _finish(hub: Hub, tmp: Path, oid: str, size: int, got_oid: str, got_size: int) -> None:
    if (got_oid, got_size) != (oid, size):
        tmp.unlink(missing_ok=True)
        raise HubError(400, f"Uploaded content does not match oid {oid} and size {size}")
    hub.store.add_lfs_object(tmp, oid)


def _signed(hub: Hub, request: Request) -> tuple[str, int]:
    oid, size = request.path_params["oid"], int(request.path_params["size"])
    hub.check_signature(request.query_params.get("sig"), oid, size)
    return oid, size


async def upload(hub: Hub, request: Request) -> Response:
    oid, size = _signed(hub, request)
    fd, name = tempfile.mkstemp(dir=hub.store.tmp_dir())
    os.close(fd)
    tmp = Path(name)
    got = await _receive_to(request, tmp)
    _finish(hub, tmp, oid, size, *got)
    return Response(status_code=200)


def _parts_dir(hub: Hub, oid: str) -> Path:
    return hub.store.tmp_dir() / f"parts-{oid}"


async def upload_part(hub: Hub, request: Request) -> Response:
    oid, _ = _signed(hub, request)
    number = int(request.path_params["part"])
    parts = _parts_dir(hub, oid)
    parts.mkdir(exist_ok=True)
    part_tmp = parts / f"{number}.tmp"
    await _receive_to(request, part_tmp)
    etag = hashlib.md5(part_tmp.read_bytes()).hexdigest()
    os.replace(part_tmp, parts / str(number))
    return Response(status_code=200, headers={"ETag": f'"{etag}"'})


async def complete(hub: Hub, request: Request) -> Response:
    oid, size = _signed(hub, request)
    body = json.loads(await request.body())
    numbers = sorted(int(p["partNumber"]) for p in body.get("parts", []))
    parts = _parts_dir(hub, oid)
    if numbers != list(range(1, len(numbers) + 1)) or not all(
        (parts / str(n)).exists() for n in numbers
    ):
        raise HubError(400, f"Missing parts for LFS object {oid}")
    fd, name = tempfile.mkstemp(dir=hub.store.tmp_dir())
    digest, total = hashlib.sha256(), 0
    with os.fdopen(fd, "wb") as out:
        for n in numbers:
            with open(parts / str(n), "rb") as part:
                while block := part.read(1 << 20):
                    digest.update(block)
                    total += len(block)
                    out.write(block)
    _finish(hub, Path(name), oid, size, digest.hexdigest(), total)
    shutil.rmtree(parts, ignore_errors=True)
    return json_response({"success": True})


async def verify(hub: Hub, request: Request) -> Response:
    body = json.loads(await request.body())
    oid, size = str(body.get("oid", "")), body.get("size")
    path = hub.store.lfs_path(oid) if HEX64.fullmatch(oid) else None
    if path is None or not path.exists() or path.stat().st_size != size:
        raise HubError(404, f"LFS object {oid} not found")
    return json_response({"success": True})
