"""`/api/jobs/...`: the Jobs endpoints the real client calls (run, inspect, list, logs, cancel)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from hubtools.localhub.context import Hub, json_response
from hubtools.localhub.errors import HubError
from hubtools.localhub.jobs import JobRunner, hardware, validate_spec

KEEP_ALIVE_S = 30.0  # the service's interval; never under 5 s (no-follow reads time out at 5)


def _owner(hub: Hub, request: Request, *, write: bool) -> dict[str, str]:
    """The namespace in the path, which the caller must belong to (403 otherwise)."""
    namespace = hub.param(request, "ns")
    token = hub.token(request)
    if token is None:
        raise HubError(401, "You must be authenticated to use Jobs.")
    if write:
        hub.accounts.require_write(token, namespace)
    elif namespace not in hub.accounts.namespaces(token):
        raise HubError(403, f"You don't have access to the jobs of {namespace!r}.")
    kind = "org" if namespace in hub.accounts.orgs else "user"
    return {"id": namespace, "name": namespace, "type": kind}


async def hardware_list(hub: Hub, runner: JobRunner, request: Request) -> Response:
    return json_response(hardware())


async def run_job(hub: Hub, runner: JobRunner, request: Request) -> Response:
    owner = _owner(hub, request, write=True)
    try:
        body = json.loads(await request.body() or b"null")
    except (ValueError, RecursionError) as err:
        raise HubError(400, "Request body is not valid JSON") from err
    job = runner.start(owner, validate_spec(body), hub.base_url(request))
    return json_response(job.info())


async def list_jobs(hub: Hub, runner: JobRunner, request: Request) -> Response:
    owner = _owner(hub, request, write=False)
    params = request.query_params
    jobs = runner.list(owner["name"], params.getlist("stage"), params.getlist("label"))
    return json_response([job.info() for job in jobs])


async def inspect_job(hub: Hub, runner: JobRunner, request: Request) -> Response:
    owner = _owner(hub, request, write=False)
    return json_response(runner.get(owner["name"], hub.param(request, "job_id")).info())


async def cancel_job(hub: Hub, runner: JobRunner, request: Request) -> Response:
    owner = _owner(hub, request, write=True)
    job = runner.get(owner["name"], hub.param(request, "job_id"))
    await run_in_threadpool(runner.cancel, job)
    return json_response(job.info())


async def job_logs(hub: Hub, runner: JobRunner, request: Request) -> Response:
    """Server-sent events, replayed from the first line on every connection (the client
    de-duplicates reconnections by counting events); open until the job ends."""
    owner = _owner(hub, request, write=False)
    job = runner.get(owner["name"], hub.param(request, "job_id"))
    tail = request.query_params.get("tail", "")
    start = max(0, len(job.log) - int(tail)) if tail.isdigit() else 0

    async def events() -> AsyncIterator[bytes]:
        seen = start
        while True:
            lines, ended = await run_in_threadpool(runner.wait_for_lines, job, seen, KEEP_ALIVE_S)
            seen += len(lines)
            for stamp, line in lines:
                yield b"data: " + json.dumps({"data": line, "timestamp": stamp}).encode() + b"\n\n"
            if ended and not lines:
                return
            if not lines:
                yield b": keep-alive\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
