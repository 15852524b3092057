"""Git LFS: the batch API, basic and multipart uploads, completion and verify.

Upload URLs carry no Authorization header (the client strips it), so they are
signed with the server's secret instead.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub.bodies import json_body, receive_to
from hubtools.localhub.context import CANONICAL, Hub, json_response
from hubtools.localhub.errors import HubError, disk_full_is_507, repo_not_found
from hubtools.localhub.gitobj import HEX64

LFS_JSON = "application/vnd.git-lfs+json"


async def batch(hub: Hub, request: Request) -> Response:
    # Anyone who may open a pull request may upload: an object no commit names is inert.
    repo, _ = hub.contributor(request)
    body = await json_body(request)
    if body.get("operation") != "upload":
        raise HubError(400, "Only the 'upload' operation is supported")
    if not isinstance(body.get("objects", []), list):
        raise HubError(400, "'objects' must be a list")
    base = hub.base_url(request)
    chunk = hub.settings.multipart_chunk
    objects = []
    for obj in body.get("objects", []):
        obj = obj if isinstance(obj, dict) else {}
        oid, size = str(obj.get("oid", ""))[:64].lower(), obj.get("size")
        problem = None
        if not HEX64.fullmatch(oid) or not isinstance(size, int) or size < 0:
            problem = "bad oid or size"
        elif size > hub.settings.max_lfs_bytes:
            problem = f"larger than this hub accepts ({hub.settings.max_lfs_bytes} bytes)"
        if problem:
            size = size if isinstance(size, int) else None
            objects.append({"oid": oid, "size": size, "error": {"code": 422, "message": problem}})
            continue
        assert isinstance(size, int)  # checked above
        path = hub.store.lfs_path(oid)
        if path.exists() and path.stat().st_size == size:
            objects.append({"oid": oid, "size": size})  # already stored: nothing to send
            continue
        sig = hub.sign(oid, size)
        repo_path = repo.id if "/" in repo.id else f"{CANONICAL}/{repo.id}"
        verify = {"href": f"{base}/lfs/verify/{repo.type}/{repo_path}", "header": {}}
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


async def _receive_to(request: Request, target: Path, limit: int) -> tuple[str, str, int]:
    """Stream the body to `target` (413 past `limit` bytes); its sha256, md5 and size.

    The caller removes `target` on failure; a full disk is 507.
    """
    digest, md5 = hashlib.sha256(), hashlib.md5()
    size = await receive_to(request, target, limit, digest, md5)
    return digest.hexdigest(), md5.hexdigest(), size


def _new_tmp(hub: Hub) -> Path:
    with disk_full_is_507():
        fd, name = tempfile.mkstemp(dir=hub.store.tmp_dir())
        os.close(fd)
    return Path(name)


def _finish(hub: Hub, tmp: Path, oid: str, size: int, got_oid: str, got_size: int) -> None:
    if (got_oid, got_size) != (oid, size):
        raise HubError(400, f"Uploaded content does not match oid {oid} and size {size}")
    hub.store.add_lfs_object(tmp, oid)


def _signed(hub: Hub, request: Request) -> tuple[str, int]:
    oid, size = request.path_params["oid"], int(request.path_params["size"])
    hub.check_signature(request.query_params.get("sig"), oid, size)
    return oid, size


async def upload(hub: Hub, request: Request) -> Response:
    oid, size = _signed(hub, request)
    tmp = _new_tmp(hub)
    try:
        sha256, _, got = await _receive_to(request, tmp, size)
        _finish(hub, tmp, oid, size, sha256, got)
    finally:
        tmp.unlink(missing_ok=True)  # moved into place on success; gone either way
    return Response(status_code=200)


def _parts_dir(hub: Hub, oid: str) -> Path:
    return hub.store.tmp_dir() / f"parts-{oid}"


async def upload_part(hub: Hub, request: Request) -> Response:
    oid, size = _signed(hub, request)
    number = int(request.path_params["part"])
    chunk = hub.settings.multipart_chunk
    if not 1 <= number <= -(-size // chunk):
        raise HubError(400, f"No part {number} in an upload of {size} bytes")
    parts = _parts_dir(hub, oid)
    with disk_full_is_507():
        parts.mkdir(exist_ok=True)
    part_tmp = parts / f"{number}.tmp"
    try:
        _, etag, _ = await _receive_to(request, part_tmp, chunk)
        os.replace(part_tmp, parts / str(number))
    finally:
        part_tmp.unlink(missing_ok=True)
    return Response(status_code=200, headers={"ETag": f'"{etag}"'})


async def complete(hub: Hub, request: Request) -> Response:
    oid, size = _signed(hub, request)
    body = await json_body(request)
    parts = _parts_dir(hub, oid)
    try:
        listed = body.get("parts", [])
        if not isinstance(listed, list) or not all(
            isinstance(p, dict) and isinstance(p.get("partNumber"), int) for p in listed
        ):
            raise HubError(400, "'parts' must be a list of objects with a 'partNumber'")
        numbers = sorted(p["partNumber"] for p in listed)
        if numbers != list(range(1, len(numbers) + 1)) or not all(
            (parts / str(n)).exists() for n in numbers
        ):
            raise HubError(400, f"Missing parts for LFS object {oid}")
        tmp = _new_tmp(hub)
        try:
            digest, total = hashlib.sha256(), 0
            with disk_full_is_507(), open(tmp, "wb") as out:
                for n in numbers:
                    with open(parts / str(n), "rb") as part:
                        while block := part.read(1 << 20):
                            digest.update(block)
                            total += len(block)
                            out.write(block)
            _finish(hub, tmp, oid, size, digest.hexdigest(), total)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        shutil.rmtree(parts, ignore_errors=True)  # done or refused: the parts are spent
    return json_response({"success": True})


async def verify(hub: Hub, request: Request) -> Response:
    token = hub.token(request)
    ns, name = hub.param(request, "ns"), hub.param(request, "name")
    repo_id = name if ns == CANONICAL else f"{ns}/{name}"
    repo = hub.store.get_repo(request.path_params["rtype"], repo_id)
    if repo is None or not hub.accounts.can_read(token, repo.namespace, repo.private):
        raise repo_not_found(repo_id)
    if token is None or token.role != "write":  # as for batch: a pull request's author too
        raise HubError(401 if token is None else 403, "Verifying an upload needs a write token")
    body = await json_body(request)
    oid, size = str(body.get("oid", "")), body.get("size")
    path = hub.store.lfs_path(oid) if HEX64.fullmatch(oid) else None
    if path is None or not path.exists() or path.stat().st_size != size:
        raise HubError(404, f"LFS object {oid[:64]} not found")
    return json_response({"success": True})
