"""Reading one small file of a repo at a revision: a single GET through the client's session.

`hf_hub_download` spends a HEAD and a GET and fills the cache; for a manifest or a card
that is read once and compared, one request is all it takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from huggingface_hub import HfApi


def fetch_text(api: HfApi, repo_id: str, revision: str | None, path: str) -> str | None:
    """The file's text, or None when the repo has no such file at that revision."""
    from huggingface_hub import get_session, hf_hub_url, hf_raise_for_status
    from huggingface_hub.utils import build_hf_headers

    url = hf_hub_url(repo_id, path, revision=revision, endpoint=api.endpoint)
    response = get_session().get(url, headers=build_hf_headers(token=api.token))
    if response.status_code == 404 and response.headers.get("X-Error-Code") == "EntryNotFound":
        return None
    hf_raise_for_status(response)
    return response.content.decode("utf-8", errors="surrogateescape")
