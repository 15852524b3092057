"""The local Hub answering as the real one does where the client's own tests look:
pull requests and discussions, canonical ids and case, gated repos, imports.

Every test drives the real `huggingface_hub` client (alice is a member of huggingtweets,
bob of nothing) and asserts the status codes, `X-Error-Code`s and shapes it relies on.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

import pytest
from conftest import BOB_TOKEN
from huggingface_hub import CommitOperationAdd, HfApi, ModelCard, hf_hub_download
from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RevisionNotFoundError

ORG = "huggingtweets"


def _http(url: str, token: str | None = None, method: str = "GET") -> tuple[int, Message]:
    request = urllib.request.Request(url, method=method)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request) as resp:
            return resp.status, resp.headers
    except urllib.error.HTTPError as err:
        return err.code, err.headers


@pytest.fixture
def public_repo(hub, repo_name):
    api = HfApi()
    repo_id = f"{ORG}/{repo_name}"
    api.create_repo(repo_id)
    api.upload_file(path_or_fileobj=b"hello\n", path_in_repo="a.txt", repo_id=repo_id)
    return repo_id


# -- pull requests and discussions -------------------------------------------------------
def test_non_member_opens_pull_request_and_member_merges_it(public_repo):
    bob, alice = HfApi(token=BOB_TOKEN), HfApi()
    info = bob.create_commit(
        public_repo,
        [CommitOperationAdd("b.txt", b"from bob\n")],
        commit_message="Add b",
        create_pr=True,
    )
    assert info.pr_revision == "refs/pr/1" and info.pr_num == 1
    # bob's PR does not touch main
    assert "b.txt" not in alice.list_repo_files(public_repo)
    assert "b.txt" in alice.list_repo_files(public_repo, revision="refs/pr/1")

    details = alice.get_discussion_details(public_repo, 1)
    assert details.is_pull_request and details.author == "bob"
    assert details.status == "open" and details.target_branch == "refs/heads/main"
    assert [e.type for e in details.events] == ["comment", "commit"]
    assert "b.txt" in details.diff

    # bob may not merge (403), alice may
    with pytest.raises(HfHubHTTPError) as err:
        bob.merge_pull_request(public_repo, 1)
    assert err.value.response.status_code == 403
    alice.merge_pull_request(public_repo, 1, comment="thanks")
    merged = alice.get_discussion_details(public_repo, 1)
    assert merged.status == "merged" and merged.merge_commit_oid
    assert alice.hf_hub_download(public_repo, "b.txt") is not None
    assert alice.model_info(public_repo).sha == merged.merge_commit_oid
    # a merged PR takes no more commits
    with pytest.raises(HfHubHTTPError) as err:
        bob.create_commit(
            public_repo,
            [CommitOperationAdd("c.txt", b"late\n")],
            commit_message="late",
            revision="refs/pr/1",
        )
    assert err.value.response.status_code == 403


def test_discussions_lifecycle(public_repo):
    bob, alice = HfApi(token=BOB_TOKEN), HfApi()
    first = bob.create_discussion(public_repo, "A question", description="Why?")
    assert first.num == 1 and not first.is_pull_request and first.status == "open"
    pr = bob.create_pull_request(public_repo, "Empty PR")
    assert pr.num == 2 and pr.is_pull_request and pr.status == "draft"
    # the PR's ref exists at main's head, and takes a commit from its author
    refs = alice.list_repo_refs(public_repo, include_pull_requests=True)
    assert [r.ref for r in refs.pull_requests] == ["refs/pr/2"]
    main_sha = alice.model_info(public_repo).sha
    assert alice.model_info(public_repo, revision="refs/pr/2").sha == main_sha
    bob.create_commit(
        public_repo,
        [CommitOperationAdd("c.txt", b"c\n")],
        commit_message="Add c",
        revision="refs/pr/2",
    )
    assert alice.get_discussion_details(public_repo, 2).status == "open"

    reply = alice.comment_discussion(public_repo, 1, "Because.")
    assert reply.content == "Because." and reply.author == "alice"
    edited = alice.edit_discussion_comment(public_repo, 1, reply.id, "Because!")
    assert edited.content == "Because!" and edited.edited
    title = bob.rename_discussion(public_repo, 1, "A better question")
    assert (title.old_title, title.new_title) == ("A question", "A better question")
    closed = bob.change_discussion_status(public_repo, 1, "closed", comment="solved")
    assert closed.new_status == "closed"

    listed = list(alice.get_repo_discussions(public_repo))
    assert [(d.num, d.status) for d in listed] == [(2, "open"), (1, "closed")]
    assert [
        d.num for d in alice.get_repo_discussions(public_repo, discussion_type="pull_request")
    ] == [2]
    assert [d.num for d in alice.get_repo_discussions(public_repo, discussion_status="closed")] == [
        1
    ]
    assert [d.num for d in alice.get_repo_discussions(public_repo, author="alice")] == []

    # someone else (here: an anonymous caller) cannot close it
    with pytest.raises(HfHubHTTPError) as err:
        HfApi(token=False).change_discussion_status(public_repo, 2, "closed")
    assert err.value.response.status_code == 401

    with pytest.raises(HfHubHTTPError) as err:
        alice.get_discussion_details(public_repo, 99)
    assert err.value.response.status_code == 404


def test_model_card_pushed_as_pull_request_by_non_member(public_repo):
    card = ModelCard("---\nlicense: mit\n---\n\n# Card from bob\n")
    info = card.push_to_hub(public_repo, token=BOB_TOKEN, create_pr=True)
    assert info.pr_url.endswith("/discussions/1") and info.pr_revision == "refs/pr/1"
    readme = hf_hub_download(public_repo, "README.md", revision="refs/pr/1")
    assert "Card from bob" in Path(readme).read_text()


def test_pull_request_against_a_commit_id_is_refused(public_repo):
    api = HfApi()
    sha = api.model_info(public_repo).sha
    with pytest.raises(RevisionNotFoundError):
        api.create_commit(
            public_repo,
            [CommitOperationAdd("x.txt", b"x")],
            commit_message="x",
            revision=sha,
            create_pr=True,
        )


def test_non_member_still_cannot_push_to_main(public_repo):
    with pytest.raises(HfHubHTTPError) as err:
        HfApi(token=BOB_TOKEN).upload_file(
            path_or_fileobj=b"no", path_in_repo="x.txt", repo_id=public_repo
        )
    assert err.value.response.status_code == 403


# -- canonical ids and case ----------------------------------------------------------------
def test_missing_canonical_repo_is_repo_not_found(hub):
    api = HfApi()
    assert api.repo_exists("no-such-canonical-model") is False
    assert api.file_exists("no-such-canonical-model", "config.json") is False
    status, headers = _http(f"{hub.url}/api/models/no-such-canonical-model")
    assert (status, headers.get("X-Error-Code")) == (404, "RepoNotFound")
    status, headers = _http(f"{hub.url}/no-such-canonical-model/resolve/main/config.json")
    assert (status, headers.get("X-Error-Code")) == (404, "RepoNotFound")


def test_repo_ids_resolve_whatever_their_case(public_repo):
    api = HfApi()
    shouted = public_repo.upper()
    info = api.model_info(shouted)
    assert info.id == public_repo  # the canonical id comes back
    assert api.file_exists(shouted, "a.txt")
    assert api.revision_exists(shouted, "main")
    assert not api.revision_exists(shouted, "nope")
    with pytest.raises(HfHubHTTPError) as err:
        api.create_repo(shouted)
    assert err.value.response.status_code == 409


# -- base models offline: `hub import` -----------------------------------------------------
_LOAD = """
import sys
from transformers import AutoModelForCausalLM, AutoTokenizer
model = AutoModelForCausalLM.from_pretrained("gpt2")
tok = AutoTokenizer.from_pretrained("gpt2")
print(type(model).__name__, model.config.n_layer, tok("hello world")["input_ids"][:2])
"""


def test_imported_model_loads_by_canonical_id(own_hub, tmp_path):
    from hubtools.tinymodel import build_tiny_model

    folder = build_tiny_model(tmp_path / "tiny", ["hello world, hello hub"] * 20, vocab_size=300)
    server = own_hub("--import", f"gpt2={folder}")
    api = HfApi(endpoint=server.url)
    info = api.model_info("gpt2", files_metadata=True)
    assert info.id == "gpt2"
    weights = {s.rfilename: s for s in info.siblings}["model.safetensors"]
    assert (
        weights.lfs is not None
        and weights.lfs.size == (folder / "model.safetensors").stat().st_size
    )
    assert api.file_exists("gpt2", "config.json") and not api.file_exists("gpt2", "nope.json")
    assert api.revision_exists("gpt2", "main")

    env = {
        **os.environ,
        "HF_ENDPOINT": server.url,
        "HF_HOME": str(tmp_path / "hf_home"),
        "HF_TOKEN": "",
    }
    proc = subprocess.run(
        [sys.executable, "-c", _LOAD], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("GPT2LMHeadModel 2 ")


def test_import_refuses_bad_input_with_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in (["a/b/c", str(empty)], ["gpt2", str(empty)], ["gpt2", str(tmp_path / "none")]):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "hubtools",
                "hub",
                "import",
                *args,
                "--root",
                str(tmp_path / "r"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr


# -- gated repos -------------------------------------------------------------------------
def test_gated_repo_downloads_need_access(public_repo, hub, tmp_path):
    alice, bob = HfApi(), HfApi(token=BOB_TOKEN)
    alice.update_repo_settings(public_repo, gated="manual")
    assert alice.model_info(public_repo).gated == "manual"
    assert bob.model_info(public_repo).gated == "manual"  # the info stays public
    assert "a.txt" in bob.list_repo_files(public_repo)

    with pytest.raises(GatedRepoError):
        bob.hf_hub_download(public_repo, "a.txt", cache_dir=tmp_path / "bob")
    url = f"{hub.url}/{public_repo}/resolve/main/a.txt"
    assert [_http(url, t)[1].get("X-Error-Code") for t in (None, BOB_TOKEN)] == ["GatedRepo"] * 2
    assert [_http(url, t)[0] for t in (None, BOB_TOKEN)] == [401, 403]

    # bob asks; the request waits (manual) until alice accepts it
    assert _http(f"{hub.url}/{public_repo}/ask-access", BOB_TOKEN, "POST")[0] == 200
    pending = alice.list_pending_access_requests(public_repo)
    assert [r.username for r in pending] == ["bob"]
    with pytest.raises(GatedRepoError):
        bob.hf_hub_download(public_repo, "a.txt", cache_dir=tmp_path / "bob")
    with pytest.raises(HfHubHTTPError) as err:  # only the owner lists requests
        list(bob.list_pending_access_requests(public_repo))
    assert err.value.response.status_code == 403
    alice.accept_access_request(public_repo, "bob")
    assert [r.username for r in alice.list_accepted_access_requests(public_repo)] == ["bob"]
    assert (
        Path(bob.hf_hub_download(public_repo, "a.txt", cache_dir=tmp_path / "bob")).read_text()
        == "hello\n"
    )

    alice.reject_access_request(public_repo, "bob", rejection_reason="no")
    with pytest.raises(GatedRepoError):
        bob.hf_hub_download(public_repo, "a.txt", cache_dir=tmp_path / "bob2")
    with pytest.raises(HfHubHTTPError) as err:
        alice.grant_access(public_repo, "nobody-here")
    assert err.value.response.status_code == 404
    alice.grant_access(public_repo, "bob")
    assert bob.hf_hub_download(public_repo, "a.txt", cache_dir=tmp_path / "bob3")

    alice.update_repo_settings(public_repo, gated="auto")
    assert alice.model_info(public_repo).gated == "auto"
    alice.update_repo_settings(public_repo, gated=False)
    assert alice.model_info(public_repo).gated is False
    assert HfApi(token=False).hf_hub_download(public_repo, "a.txt", cache_dir=tmp_path / "anon")


# -- listing, moves, squashes, request ids, preupload ------------------------------------
def _post_json(url: str, body: dict, token: str) -> tuple[int, dict]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, {}


def test_listing_filters_sorts_and_pages(own_hub):
    server = own_hub("--page-size", "3")
    alice, bob = HfApi(endpoint=server.url), HfApi(endpoint=server.url, token=BOB_TOKEN)
    for i in range(7):
        repo = f"{ORG}/m{i}"
        alice.create_repo(repo, private=i == 5)
        pipeline = "text-generation" if i % 2 else "fill-mask"
        card = f"---\ntags: [t{i}]\npipeline_tag: {pipeline}\n---\n"
        alice.upload_file(path_or_fileobj=card.encode(), path_in_repo="README.md", repo_id=repo)
    alice.update_repo_settings(f"{ORG}/m2", gated="manual")

    every = [f"{ORG}/m{i}" for i in range(7)]
    assert [m.id for m in alice.list_models()] == every
    assert [m.id for m in bob.list_models()] == [r for r in every if r != f"{ORG}/m5"]
    newest = [m.id for m in alice.list_models(sort="last_modified")]
    assert newest[0] == f"{ORG}/m6" and sorted(newest) == every
    odd = [m.id for m in alice.list_models(pipeline_tag="text-generation")]
    assert odd == [f"{ORG}/m{i}" for i in (1, 3, 5)]
    assert [m.id for m in alice.list_models(gated=True)] == [f"{ORG}/m2"]
    assert len(list(alice.list_models(gated=False))) == 6
    assert [m.id for m in alice.list_models(limit=2)] == every[:2]
    assert [m.id for m in alice.list_models(search="M4")] == [f"{ORG}/m4"]

    status, _ = _http(f"{server.url}/api/models?expand=notAThing")
    assert status == 400
    status, _ = _http(f"{server.url}/api/models/{ORG}/m1?expand=notAThing")
    assert status == 400
    # a new repo shows in the next listing (the index follows the store)
    alice.create_repo(f"{ORG}/a-first")
    assert next(iter(alice.list_models())).id == f"{ORG}/a-first"
    alice.delete_repo(f"{ORG}/a-first")
    assert [m.id for m in alice.list_models()] == every


def test_list_entries_follow_commits_settings_and_moves(own_hub):
    """The list entries are encoded once and kept: each must change with what it shows."""
    server = own_hub()
    alice, bob = HfApi(endpoint=server.url), HfApi(endpoint=server.url, token=BOB_TOKEN)
    repo = f"{ORG}/cached"

    def listed(api: HfApi = alice) -> dict[str, object]:
        found = [m for m in api.list_models(search="cached")]
        if not found:
            return {}
        (m,) = found
        info = alice.model_info(m.id)
        assert (m.tags, m.pipeline_tag, m.library_name, m.created_at, m.private) == (
            info.tags,
            info.pipeline_tag,
            info.library_name,
            info.created_at,
            info.private,
        )  # the same values as model_info: one derivation
        return {"id": m.id, "tags": m.tags, "pipeline_tag": m.pipeline_tag, "private": m.private}

    alice.create_repo(repo)
    alice.upload_file(path_or_fileobj=b"---\ntags: [first]\n---\n", path_in_repo="README.md",
                      repo_id=repo)  # fmt: skip
    assert listed()["tags"] == ["first"] and listed()["pipeline_tag"] is None
    card = b"---\ntags: [second]\npipeline_tag: text-generation\n---\n"
    alice.upload_file(path_or_fileobj=card, path_in_repo="README.md", repo_id=repo)
    alice.upload_file(path_or_fileobj=b"{}", path_in_repo="config.json", repo_id=repo)
    assert listed()["tags"] == ["second", "transformers"]
    assert listed()["pipeline_tag"] == "text-generation"
    alice.update_repo_settings(repo, private=True)
    assert listed()["private"] is True and listed(bob) == {}
    alice.update_repo_settings(repo, private=False)
    assert listed(bob)["private"] is False
    alice.move_repo(repo, f"{ORG}/cached-moved")
    assert listed()["id"] == f"{ORG}/cached-moved"


def test_move_and_super_squash(public_repo):
    alice, bob = HfApi(), HfApi(token=BOB_TOKEN)
    alice.upload_file(path_or_fileobj=b"two\n", path_in_repo="b.txt", repo_id=public_repo)
    alice.create_discussion(public_repo, "Moving along")
    moved = f"alice/{public_repo.split('/')[1]}-moved"
    with pytest.raises(HfHubHTTPError) as err:  # bob cannot write to either namespace
        bob.move_repo(public_repo, f"bob/{public_repo.split('/')[1]}")
    assert err.value.response.status_code == 403
    alice.move_repo(public_repo, moved)
    assert not alice.repo_exists(public_repo)
    assert sorted(alice.list_repo_files(moved)) == [".gitattributes", "a.txt", "b.txt"]
    assert [d.title for d in alice.get_repo_discussions(moved)] == ["Moving along"]

    assert len(alice.list_repo_commits(moved)) == 3
    alice.super_squash_history(moved, commit_message="One commit")
    commits = alice.list_repo_commits(moved)
    assert [c.title for c in commits] == ["One commit"]
    assert sorted(alice.list_repo_files(moved)) == [".gitattributes", "a.txt", "b.txt"]


def test_every_answer_has_a_request_id(hub, public_repo):
    for url in (
        f"{hub.url}/api/models/{public_repo}",
        f"{hub.url}/api/models/{public_repo}-missing",
        f"{hub.url}/{public_repo}/resolve/main/a.txt",
        f"{hub.url}/api/whoami-v2",
    ):
        _, headers = _http(url)
        assert headers.get("X-Request-Id"), url
    request = urllib.request.Request(f"{hub.url}/api/whoami-v2", headers={"X-Request-Id": "mine-1"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.headers.get("X-Request-Id") == "mine-1"


def test_preupload_answers_from_stored_hashes(own_hub, tmp_path):
    from conftest import ALICE_TOKEN

    server = own_hub()
    api = HfApi(endpoint=server.url)
    repo = f"{ORG}/hashes"
    api.create_repo(repo)
    weights = b"\0weights" * 1000
    text = b"plain text\n"
    api.upload_file(path_or_fileobj=weights, path_in_repo="w.bin", repo_id=repo)
    api.upload_file(path_or_fileobj=text, path_in_repo="t.txt", repo_id=repo)
    # the stored LFS object is gone: an answer that re-read it would fail
    for obj in (server.root / "lfs").rglob("*"):
        if obj.is_file():
            obj.unlink()
    url = f"{server.url}/api/models/{repo}/preupload/main"
    files = [
        {"path": "w.bin", "size": len(weights), "sample": base64.b64encode(weights[:512]).decode()},
        {"path": "t.txt", "size": len(text), "sample": base64.b64encode(text).decode()},
    ]
    status, body = _post_json(url, {"files": files}, ALICE_TOKEN)
    assert status == 200
    oids = {f["path"]: (f["uploadMode"], f["oid"]) for f in body["files"]}
    assert oids["w.bin"] == ("lfs", hashlib.sha256(weights).hexdigest())
    blob = hashlib.sha1(b"blob %d\0" % len(text) + text).hexdigest()
    assert oids["t.txt"] == ("regular", blob)


def test_gitignore_and_gitattributes_are_honoured(public_repo, tmp_path):
    api = HfApi()
    api.upload_file(
        path_or_fileobj=b"*.log\nbuild/\n", path_in_repo=".gitignore", repo_id=public_repo
    )
    attributes = b"*.png filter=lfs diff=lfs merge=lfs -text\n"
    api.upload_file(path_or_fileobj=attributes, path_in_repo=".gitattributes", repo_id=public_repo)
    folder = tmp_path / "up"
    (folder / "build").mkdir(parents=True)
    (folder / "run.log").write_text("noise\n")
    (folder / "build" / "x.txt").write_text("built\n")
    (folder / "logo.png").write_text("not really a png, but text\n")
    (folder / "notes.txt").write_text("kept\n")
    api.upload_folder(repo_id=public_repo, folder_path=folder)
    files = {s.rfilename: s for s in api.model_info(public_repo, files_metadata=True).siblings}
    assert "run.log" not in files and "build/x.txt" not in files
    assert files["notes.txt"].lfs is None
    assert files["logo.png"].lfs is not None  # by the repo's .gitattributes, not by content


def test_canonical_and_namespaced_paths_route_apart(tmp_path):
    from hubtools.localhub.canonical import rewrite
    from hubtools.localhub.store import Store

    store = Store(tmp_path / "root")
    store.create_repo("model", "gpt2", private=False, author="admin")
    store.create_repo("model", "gpt2/refs", private=False, author="gpt2")  # a user named gpt2
    store.create_repo("model", "alice/model", private=False, author="alice")
    cases = {
        "/api/models/gpt2": "/api/models/~/gpt2",
        "/api/models/gpt2/revision/main": "/api/models/~/gpt2/revision/main",
        "/api/models/gpt2/refs": None,  # the namespaced repo gpt2/refs exists
        "/api/models/gpt2/discussions": "/api/models/~/gpt2/discussions",
        "/api/models/alice/model": None,
        "/api/models/alice/model/tree/main": None,
        "/api/models/missing/tree/main": "/api/models/~/missing/tree/main",
        "/gpt2/resolve/main/config.json": "/~/gpt2/resolve/main/config.json",
        "/datasets/gpt2/resolve/main/x": "/datasets/~/gpt2/resolve/main/x",
        "/alice/model/resolve/main/x": None,
        "/gpt2.git/info/lfs/objects/batch": "/~/gpt2.git/info/lfs/objects/batch",
        "/api/models": None,
        "/api/whoami-v2": None,
        "/alice/model": None,
    }
    assert {path: rewrite(store, path) for path in cases} == cases


def test_merge_keeps_both_sides_and_reports_conflicts(public_repo):
    alice, bob = HfApi(), HfApi(token=BOB_TOKEN)

    def pr(path: str, content: bytes) -> int:
        ops = [CommitOperationAdd(path, content)]
        return bob.create_commit(public_repo, ops, commit_message=path, create_pr=True).pr_num

    first, second, third = pr("a.txt", b"bob's a\n"), pr("a.txt", b"other a\n"), pr("c.txt", b"c\n")
    alice.upload_file(path_or_fileobj=b"main's b\n", path_in_repo="b.txt", repo_id=public_repo)
    alice.merge_pull_request(public_repo, first)
    with pytest.raises(HfHubHTTPError) as err:
        alice.merge_pull_request(public_repo, second)
    assert err.value.response.status_code == 409
    details = alice.get_discussion_details(public_repo, second)
    assert details.conflicting_files == ["a.txt"] and details.status == "open"
    alice.merge_pull_request(public_repo, third)
    files = {
        p: Path(alice.hf_hub_download(public_repo, p)).read_bytes()
        for p in ("a.txt", "b.txt", "c.txt")
    }
    assert files == {"a.txt": b"bob's a\n", "b.txt": b"main's b\n", "c.txt": b"c\n"}
    latest = alice.list_repo_commits(public_repo)[0]
    assert latest.title == f"Merge refs/pr/{third}"


def test_discussions_gating_and_moves_survive_a_restart(own_hub):
    server = own_hub()
    alice = HfApi(endpoint=server.url)
    bob = HfApi(endpoint=server.url, token=BOB_TOKEN)
    alice.create_repo(f"{ORG}/kept")
    bob.create_commit(
        f"{ORG}/kept", [CommitOperationAdd("b.txt", b"b")], commit_message="b", create_pr=True
    )
    alice.update_repo_settings(f"{ORG}/kept", gated="manual")
    alice.move_repo(f"{ORG}/kept", f"{ORG}/Kept-Moved")
    server.restart()
    details = alice.get_discussion_details(f"{ORG}/kept-moved", 1)
    assert (details.repo_id, details.author, details.status) == (f"{ORG}/Kept-Moved", "bob", "open")
    assert alice.model_info(f"{ORG}/kept-moved").gated == "manual"
    assert not alice.repo_exists(f"{ORG}/kept")
