"""Accounts and repositories: whoami, create/delete, settings, info, listing, validate-yaml."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from hubtools.localhub import metadata
from hubtools.localhub.accounts import Token
from hubtools.localhub.bodies import json_body
from hubtools.localhub.context import TYPES, Hub, json_response
from hubtools.localhub.errors import HubError, repo_not_found
from hubtools.localhub.gitobj import lfs_pointer
from hubtools.localhub.listing import SORT_KEYS, Listing, Row
from hubtools.localhub.store import REPO_TYPES, Commit, Repo
from hubtools.repo_names import name_problem

# What list_models returns without `full`, `cardData` or `expand`.
_LIST_KEYS = ("_id", "id", "likes", "downloads", "private", "tags", "pipeline_tag",
              "library_name", "createdAt", "modelId")  # fmt: skip


async def whoami(hub: Hub, request: Request) -> Response:
    token = hub.token(request)
    if token is None:
        raise HubError(401, "Invalid user token.")
    return json_response(hub.accounts.whoami(token))


async def agent_harnesses(hub: Hub, request: Request) -> Response:
    return json_response({"standardEnvVars": [], "harnesses": {}})


def _organization(body: dict[str, Any]) -> str | None:
    org = body.get("organization")
    if org is not None and not isinstance(org, str):
        raise HubError(400, "'organization' must be a string")
    return org


def _repo_type(body: dict[str, Any]) -> str:
    rtype = body.get("type") or "model"
    if not isinstance(rtype, str) or rtype not in REPO_TYPES:
        raise HubError(400, f"Invalid repo type {rtype!r}")
    return rtype


def _spelled(hub: Hub, token: Token, namespace: str) -> str:
    """Names are case-insensitive on the Hub: `HuggingTweets` is the org `huggingtweets`."""
    owned = {ns.lower(): ns for ns in hub.accounts.namespaces(token)}
    return owned.get(namespace.lower(), namespace)


async def create_repo(hub: Hub, request: Request) -> Response:
    token = hub.token(request)  # who asks, before reading what they send
    if token is None:
        raise HubError(401, "You must be authenticated to create a repo.")
    body = await json_body(request)
    name = body.get("name")
    if not isinstance(name, str) or "/" in name:
        raise HubError(400, "'name' must be a repo name without '/'")
    problem = name_problem(name)
    if problem:
        raise HubError(400, f"Invalid repo name {name!r}: {problem}")
    namespace = _spelled(hub, token, _organization(body) or token.user)
    hub.accounts.require_write(token, namespace)
    rtype = _repo_type(body)
    repo_id = f"{namespace}/{name}"
    private = body.get("visibility") == "private" or body.get("private") is True
    existing = hub.store.get_repo(rtype, repo_id)
    if existing is not None:
        return json_response(
            {
                "error": f"You already created this {rtype} repo",
                "url": hub.repo_url(request, existing),
            },
            409,
        )
    with hub.store.lock(rtype, repo_id):
        repo = hub.store.create_repo(rtype, repo_id, private=private, author=token.user)
    return json_response(
        {"url": hub.repo_url(request, repo), "name": repo_id, "id": _object_id(repo)}
    )


async def delete_repo(hub: Hub, request: Request) -> Response:
    token = hub.token(request)
    if token is None:
        raise HubError(401, "You must be authenticated to delete a repo.")
    body = await json_body(request)
    name = body.get("name")
    if not isinstance(name, str):
        raise HubError(400, "'name' must be a string")
    repo_id = f"{_organization(body) or token.user}/{name}"
    repo = hub.store.get_repo(_repo_type(body), repo_id)
    if repo is None or not hub.accounts.can_read(token, repo.namespace, repo.private):
        raise repo_not_found(repo_id)
    hub.accounts.require_write(token, repo.namespace)
    with hub.store.lock(repo.type, repo.id):
        hub.store.delete_repo(repo)
    return Response(status_code=200)


async def move_repo(hub: Hub, request: Request) -> Response:
    """Rename or transfer: the caller must be able to write to both namespaces."""
    token = hub.token(request)
    if token is None:
        raise HubError(401, "You must be authenticated to move a repo.")
    body = await json_body(request)
    source, target = body.get("fromRepo"), body.get("toRepo")
    if not isinstance(source, str) or not isinstance(target, str):
        raise HubError(400, "'fromRepo' and 'toRepo' must be repo ids")
    rtype = _repo_type(body)
    repo = hub.store.get_repo(rtype, source)
    if repo is None or not hub.accounts.can_read(token, repo.namespace, repo.private):
        raise repo_not_found(source)
    hub.accounts.require_write(token, repo.namespace)
    parts = target.split("/")
    problems = [name_problem(p) for p in parts]
    if len(parts) != 2 or any(problems):
        raise HubError(400, f"Invalid repo id {target!r}: expected namespace/name")
    target = f"{_spelled(hub, token, parts[0])}/{parts[1]}"
    hub.accounts.require_write(token, target.split("/")[0])
    same = repo.id.lower() == target.lower()  # a change of case: one lock, not two
    with hub.store.lock(rtype, repo.id), contextlib.ExitStack() as stack:
        if not same:
            stack.enter_context(hub.store.lock(rtype, target))
        hub.store.move_repo(repo, target)
    return json_response({"success": True, "url": hub.repo_url(request, repo)})


async def super_squash(hub: Hub, request: Request) -> Response:
    repo, token = hub.repo(request, write=True)
    assert token is not None  # write=True refused anonymous callers
    body = await json_body(request)
    message = body.get("message") or "Super-squash"
    if not isinstance(message, str):
        raise HubError(400, "'message' must be a string")
    branch = hub.param(request, "branch")
    with hub.store.lock(repo.type, repo.id):
        commit = hub.store.squash(repo, branch, title=message, author=token.user)
    return json_response({"commitId": commit.id})


async def update_settings(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request, write=True)
    body = await json_body(request)
    if "private" in body:
        repo.private = bool(body["private"])
    if "visibility" in body:
        repo.private = body["visibility"] == "private"
    if "gated" in body:
        gated = body["gated"]
        if gated not in ("auto", "manual", False):
            raise HubError(400, '\'gated\' must be "auto", "manual" or false')
        repo.gated = gated
    hub.store.update_repo(repo)
    return json_response({"private": repo.private, "gated": repo.gated})


async def auth_check(hub: Hub, request: Request) -> Response:
    hub.repo(request, write=request.url.path.endswith("/write"))
    return json_response({"success": True})


async def validate_yaml(hub: Hub, request: Request) -> Response:
    body = await json_body(request)
    errors, warnings = metadata.validate(str(body.get("content", "")))
    payload = {
        "errors": [{"message": e} for e in errors],
        "warnings": [{"message": w} for w in warnings],
    }
    return json_response(payload, 400 if errors else 200)


# -- info ------------------------------------------------------------------------------
def _object_id(repo: Repo) -> str:
    return hashlib.sha1(f"{repo.type}/{repo.id}".encode()).hexdigest()[:24]


def _card_facts(hub: Hub, commit: Commit) -> tuple[dict[str, Any] | None, list[str], str | None]:
    """(card data, tags, library) of a commit, as the Hub derives them."""
    card = hub.card_data(commit)
    card_dict = card or {}
    library = card_dict.get("library_name") or (
        "transformers" if "config.json" in commit.tree else None
    )
    library = library if isinstance(library, str) else None
    tags = [t for t in card_dict.get("tags") or [] if isinstance(t, str)]
    if library and library not in tags:
        tags.append(library)
    if isinstance(card_dict.get("license"), str):
        tags.append(f"license:{card_dict['license']}")
    return card, tags, library


def _row(hub: Hub, repo: Repo, cid: str) -> Row:
    commit = hub.store.commit(cid)
    card, tags, library = _card_facts(hub, commit)
    pipeline = (card or {}).get("pipeline_tag")
    return Row(
        cid=cid,
        key=repo.id.lower(),
        created_at=repo.created_at,
        last_modified=commit.date,
        tags=tuple(tags),
        pipeline_tag=pipeline if isinstance(pipeline, str) else None,
        library_name=library,
    )


def _list_entry(repo: Repo, row: Row) -> dict[str, Any]:
    """What `list_models()` gets per repo without `full`, `cardData` or `expand`: the same
    keys and values as `repo_info`'s, read from the listing row (no siblings built)."""
    entry: dict[str, Any] = {
        "_id": _object_id(repo),
        "id": repo.id,
        "likes": 0,
        "downloads": 0,
        "private": repo.private,
        "tags": list(row.tags),
        "pipeline_tag": row.pipeline_tag,
        "library_name": row.library_name,
        "createdAt": repo.created_at,
    }
    if repo.type == "model":
        entry["modelId"] = repo.id
    return entry


def repo_listing(hub: Hub) -> Listing:
    """The hub's listing index (made on first use), shared by the API and the pages."""
    if hub.listing is None:
        hub.listing = Listing(hub.store, lambda repo, cid: _row(hub, repo, cid))
    return hub.listing


def repo_info(hub: Hub, repo: Repo, commit: Commit, *, blobs: bool = False) -> dict[str, Any]:
    """The full info object of a repo at a commit, shaped like the real Hub's."""
    card, tags, library = _card_facts(hub, commit)
    card_dict = card or {}
    siblings = []
    for path in sorted(commit.tree):
        entry = commit.tree[path]
        sibling: dict[str, Any] = {"rfilename": path}
        if blobs:
            sibling["size"] = entry.size
            sibling["blobId"] = entry.oid
            if entry.sha256:
                pointer = len(lfs_pointer(entry.sha256, entry.size))
                sibling["lfs"] = {
                    "sha256": entry.sha256,
                    "size": entry.size,
                    "pointerSize": pointer,
                }
        siblings.append(sibling)
    info = {
        "_id": _object_id(repo),
        "id": repo.id,
        "author": repo.namespace or None,  # None: a canonical repo (`gpt2`)
        "sha": commit.id,
        "lastModified": commit.date,
        "createdAt": repo.created_at,
        "private": repo.private,
        "disabled": False,
        "gated": repo.gated,
        "downloads": 0,
        "likes": 0,
        "tags": tags,
        "library_name": library,
        "pipeline_tag": card_dict.get("pipeline_tag"),
        "cardData": card,
        "siblings": siblings,
        "spaces": [],
        "usedStorage": sum(e.size for e in commit.tree.values()),
    }
    if repo.type == "model":
        info["modelId"] = repo.id
    return info


def _expand(info: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    return {k: info[k] for k in ("_id", "id", *keys) if k in info}


async def get_repo_info(hub: Hub, request: Request) -> Response:
    repo, _ = hub.repo(request)
    rev = hub.param(request, "rev") if "rev" in request.path_params else "main"
    commit = hub.store.resolve(repo, rev)
    info = repo_info(hub, repo, commit, blobs=request.query_params.get("blobs") == "true")
    expand = request.query_params.getlist("expand")
    _check_expand(expand)
    return json_response(_expand(info, expand) if expand else info)


# Every `expand` property the Hub knows for models, datasets and spaces (what the
# client's Expand*Property_T literals list); anything else is a 400, as on the Hub.
_EXPANDABLE = frozenset(
    [
        "author",
        "baseModels",
        "cardData",
        "childrenModelCount",
        "citation",
        "config",
        "createdAt",
        "datasets",
        "description",
        "disabled",
        "downloads",
        "downloadsAllTime",
        "evalResults",
        "gated",
        "gguf",
        "inference",
        "inferenceProviderMapping",
        "lastModified",
        "library_name",
        "likes",
        "mainSize",
        "mask_token",
        "model-index",
        "models",
        "paperswithcode_id",
        "pipeline_tag",
        "private",
        "region",
        "resourceGroup",
        "runtime",
        "safetensors",
        "sdk",
        "sha",
        "siblings",
        "spaces",
        "subdomain",
        "tags",
        "transformersInfo",
        "trendingScore",
        "usedStorage",
        "widgetData",
    ]
)


def _check_expand(expand: list[str]) -> None:
    unknown = [e for e in expand if e not in _EXPANDABLE]
    if unknown:
        raise HubError(400, f"Invalid expand value(s): {', '.join(unknown)}")


def _accepter(
    hub: Hub, q: QueryParams, token: Token | None, listing: Listing
) -> Callable[[Repo], bool]:
    """Whether a repo belongs in the listing: the query's filters, and who asks."""
    author, search = (q.get("author") or "").lower(), (q.get("search") or "").lower()
    filters = set(q.getlist("filter"))
    pipeline, gated = q.get("pipeline_tag"), q.get("gated")
    can_read = hub.accounts.can_read

    def visible(repo: Repo) -> bool:  # all there is to check when nothing is filtered
        return not repo.private or can_read(token, repo.namespace, True)

    def accept(repo: Repo) -> bool:
        if author and repo.namespace.lower() != author:
            return False
        if search and search not in repo.id.lower():
            return False
        if gated is not None and (gated == "true") != bool(repo.gated):
            return False
        if not visible(repo):
            return False
        if filters or pipeline:
            r = listing.row(repo)  # card facts: read for the filtered listings only
            if pipeline and r.pipeline_tag != pipeline:
                return False
            if filters and not filters <= {*r.tags, r.pipeline_tag, r.library_name}:
                return False
        return True

    narrowed = author or search or gated is not None or filters or pipeline
    return accept if narrowed else visible


def _info_entries(
    hub: Hub, listing: Listing, repos: list[Repo], expand: list[str], full: bool
) -> list[dict[str, Any]]:
    """Entries built from the full info (`expand`, `full`, `cardData`): for the page only."""
    out = []
    for repo in repos:
        info = repo_info(hub, repo, hub.store.commit(listing.row(repo).cid))
        if expand:
            out.append(_expand(info, expand))
            continue
        item = {k: info.get(k) for k in _LIST_KEYS if k in info}
        if full:
            item.update({k: info[k] for k in ("author", "sha", "lastModified", "gated",
                                              "disabled", "siblings")})  # fmt: skip
        item["cardData"] = info["cardData"]
        out.append(item)
    return out


async def list_repos(hub: Hub, request: Request) -> Response:
    """Search, filter, sort and page through repos; pages are linked with `Link: rel=next`.

    A page costs what its rows cost (see `listing`), whatever the number of repos."""
    rtype = TYPES.get(request.path_params["rtypes"])
    if rtype is None:
        raise HubError(404, "Not found")
    q = request.query_params
    expand, full, card = q.getlist("expand"), q.get("full") == "true", q.get("cardData") == "true"
    _check_expand(expand)
    sort = q.get("sort")
    if sort is not None and sort not in SORT_KEYS:
        raise HubError(400, f"Invalid sort key {sort!r}")
    descending = q.get("direction", "-1") == "-1" and sort not in (None, "id")
    listing, token = repo_listing(hub), hub.token(request)
    accept = _accepter(hub, q, token, listing)
    limit = int(q["limit"]) if q.get("limit", "").isdigit() else None
    page = min(limit or hub.settings.page_size, hub.settings.page_size)
    keys, start = listing.order(rtype, sort, descending), hub.cursor(request)
    if not (expand or full or card):  # the common case: entries encoded once per head, joined

        def build() -> tuple[bytes, int | None]:
            items, after = listing.encoded_page(rtype, keys, start, page, accept, _list_entry)
            return b"[" + b",".join(items) + b"]", after

        asked = tuple(sorted((k, v) for k, v in q.multi_items() if k != "cursor"))
        viewer = frozenset(hub.accounts.namespaces(token))
        body, after = listing.cached_page((rtype, asked, viewer, start, page), build)
    else:
        repos, after = listing.page(rtype, keys, start, page, accept)
        body = _encode(_info_entries(hub, listing, repos, expand, full))
    more = after is not None and (limit is None or limit > page)
    headers = hub.next_page(request, after, 0, more) if after is not None else {}
    return Response(body, headers=headers, media_type="application/json")


def _encode(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
