"""The local Hub, driven by the real, unmodified huggingface_hub client over HTTP."""

from __future__ import annotations

import json
import os
import signal
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ALICE_READ_TOKEN, BOB_TOKEN
from huggingface_hub import (
    CommitOperationAdd,
    CommitOperationDelete,
    HfApi,
    ModelCard,
    constants,
    hf_hub_download,
    snapshot_download,
)
from huggingface_hub.errors import (
    EntryNotFoundError,
    HfHubHTTPError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from hypothesis import given, settings
from hypothesis import strategies as st

ORG = "huggingtweets"
CARD = "---\nlicense: mit\nlanguage: en\ntags:\n- huggingtweets\n---\n\n# A card\n"


def _folder(tmp_path: Path, big: int = 0) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "README.md").write_text(CARD)
    (folder / "config.json").write_text('{"n_layer": 2}')
    (folder / "tiny.safetensors").write_bytes(b"\0\1" * 300)  # binary: LFS, basic transfer
    if big:
        (folder / "weights.bin").write_bytes(os.urandom(big))  # > chunk: LFS, multipart
    return folder


def _status(err: HfHubHTTPError) -> int:
    return err.response.status_code


def test_create_repo_exist_ok_and_conflict(hub, repo_name):
    api = HfApi()
    url = api.create_repo(f"{ORG}/{repo_name}")
    assert url.repo_id == f"{ORG}/{repo_name}"
    assert api.create_repo(f"{ORG}/{repo_name}", exist_ok=True).repo_id == url.repo_id
    with pytest.raises(HfHubHTTPError) as err:
        api.create_repo(f"{ORG}/{repo_name}")
    assert _status(err.value) == 409
    info = api.model_info(f"{ORG}/{repo_name}")
    assert len(info.sha) == 40
    assert [s.rfilename for s in info.siblings] == [".gitattributes"]


def test_invalid_repo_name_is_refused_by_the_server(hub):
    """The client validates names too; the server must not rely on it."""
    body = json.dumps({"name": "bad--name", "organization": ORG}).encode()
    req = urllib.request.Request(
        f"{hub.url}/api/repos/create",
        data=body,
        headers={"Authorization": f"Bearer {os.environ['HF_TOKEN']}"},
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 400
    assert json.loads(err.value.read())["error"].startswith("Invalid repo name")


def test_upload_folder_lfs_path_and_download(hub, repo_name, tmp_path, lfs_client):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    folder = _folder(tmp_path, big=11 * 1024 * 1024)
    hub.reset_requests()
    api.upload_folder(repo_id=repo, folder_path=folder, commit_message="add model")
    paths = [r["path"] for r in hub.requests()]
    assert any(p.endswith(".git/info/lfs/objects/batch") for p in paths)
    assert any(p.startswith("/lfs/part/") for p in paths)  # multipart for the big file
    assert any(p.startswith("/lfs/upload/") for p in paths)  # basic for the small one

    info = api.model_info(repo, files_metadata=True)
    files = {s.rfilename: s for s in info.siblings}
    assert files["weights.bin"].lfs.sha256 and files["weights.bin"].size == 11 * 1024 * 1024
    assert files["tiny.safetensors"].lfs is not None
    assert files["config.json"].lfs is None
    assert info.card_data.license == "mit"

    local = hf_hub_download(repo, "weights.bin")
    assert Path(local).read_bytes() == (folder / "weights.bin").read_bytes()
    assert ModelCard.load(repo).data.tags == ["huggingtweets"]


def test_unchanged_reupload_makes_no_commit(hub, repo_name, tmp_path):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    folder = _folder(tmp_path)
    first = api.upload_folder(repo_id=repo, folder_path=folder)
    second = api.upload_folder(repo_id=repo, folder_path=folder)
    assert second.oid == first.oid
    assert len(api.list_repo_commits(repo)) == 2  # initial commit + one upload


def test_stale_parent_commit_is_412_and_changes_nothing(hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    base = api.model_info(repo).sha
    api.upload_file(path_or_fileobj=b"one", path_in_repo="a.txt", repo_id=repo)
    head = api.model_info(repo).sha
    with pytest.raises(HfHubHTTPError) as err:
        api.create_commit(
            repo,
            [CommitOperationAdd("b.txt", b"two")],
            commit_message="stale",
            parent_commit=base,
        )
    assert _status(err.value) == 412
    assert api.model_info(repo).sha == head
    # An abbreviated parent is refused (400): only the full head id proves freshness.
    with pytest.raises(HfHubHTTPError) as err:
        api.create_commit(
            repo, [CommitOperationAdd("b.txt", b"two")], commit_message="s", parent_commit=head[:7]
        )
    assert _status(err.value) == 400
    api.create_commit(
        repo, [CommitOperationAdd("b.txt", b"two")], commit_message="ok", parent_commit=head
    )


def test_older_revisions_stay_downloadable(hub, repo_name, tmp_path):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    v1 = api.upload_file(path_or_fileobj=b"version 1", path_in_repo="notes.txt", repo_id=repo).oid
    api.create_tag(repo, tag="v1")
    api.create_commit(
        repo,
        [CommitOperationAdd("notes.txt", b"version 2"), CommitOperationAdd("extra.txt", b"x")],
        commit_message="v2",
    )
    assert Path(hf_hub_download(repo, "notes.txt")).read_bytes() == b"version 2"
    assert Path(hf_hub_download(repo, "notes.txt", revision=v1)).read_bytes() == b"version 1"
    assert Path(hf_hub_download(repo, "notes.txt", revision="v1")).read_bytes() == b"version 1"
    snap = Path(snapshot_download(repo, revision=v1, cache_dir=tmp_path / "cache"))
    assert sorted(p.name for p in snap.iterdir()) == [".gitattributes", "notes.txt"]
    with pytest.raises(EntryNotFoundError):
        hf_hub_download(repo, "extra.txt", revision=v1)
    with pytest.raises(RevisionNotFoundError):
        api.model_info(repo, revision="no-such-branch")


def test_delete_operations_and_entry_not_found(hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    api.create_commit(
        repo,
        [CommitOperationAdd(p, p.encode()) for p in ("ckpt/1/a", "ckpt/2/b", "keep.txt")],
        commit_message="add",
    )
    api.create_commit(repo, [CommitOperationDelete("ckpt/")], commit_message="rm folder")
    assert sorted(api.list_repo_files(repo)) == [".gitattributes", "keep.txt"]
    with pytest.raises(EntryNotFoundError):
        api.delete_file("missing.txt", repo)


def test_tree_paths_info_refs_and_commits(hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    api.create_commit(
        repo,
        [CommitOperationAdd("sub/dir/x.txt", b"x"), CommitOperationAdd("top.txt", b"t")],
        commit_message="files",
    )
    api.create_branch(repo, branch="dev")
    top = {e.path for e in api.list_repo_tree(repo)}
    assert top == {".gitattributes", "sub", "top.txt"}
    deep = {e.path for e in api.list_repo_tree(repo, recursive=True)}
    assert {"sub", "sub/dir", "sub/dir/x.txt"} <= deep
    expanded = list(api.list_repo_tree(repo, path_in_repo="sub/dir", expand=True))
    assert expanded[0].last_commit.title == "files"
    info = api.get_paths_info(repo, ["top.txt", "sub", "nope"])
    assert sorted(i.path for i in info) == ["sub", "top.txt"]
    refs = api.list_repo_refs(repo)
    assert sorted(b.name for b in refs.branches) == ["dev", "main"]
    assert [c.title for c in api.list_repo_commits(repo)] == ["files", "initial commit"]


def test_list_models_paginates_with_card_data(own_hub, tmp_path):
    server = own_hub("--page-size", "2")
    api = HfApi(endpoint=server.url)
    for i in range(5):
        api.create_repo(f"{ORG}/paged-{i}")
        api.upload_file(
            path_or_fileobj=f"---\nlicense: mit\ntags: [t{i}]\n---\n".encode(),
            path_in_repo="README.md",
            repo_id=f"{ORG}/paged-{i}",
        )
    server.reset_requests()
    models = list(api.list_models(author=ORG, cardData=True))
    assert [m.id for m in models] == [f"{ORG}/paged-{i}" for i in range(5)]
    assert [m.card_data.tags for m in models] == [[f"t{i}"] for i in range(5)]
    pages = [r for r in server.requests() if r["path"] == "/api/models"]
    assert len(pages) == 3
    assert [m.id for m in api.list_models(filter="t3")] == [f"{ORG}/paged-3"]
    assert len(list(api.list_models(search="paged", limit=3))) == 3


def test_private_repos_are_invisible_to_others(hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    HfApi().create_repo(repo, private=True)
    bob = HfApi(token=BOB_TOKEN)
    with pytest.raises(RepositoryNotFoundError):
        bob.model_info(repo)
    assert not bob.repo_exists(repo)
    assert repo not in {m.id for m in bob.list_models(author=ORG)}
    assert HfApi().model_info(repo).private is True


def test_foreign_namespace_and_read_tokens_are_403(hub, repo_name):
    with pytest.raises(HfHubHTTPError) as err:
        HfApi(token=BOB_TOKEN).create_repo(f"{ORG}/{repo_name}")
    assert _status(err.value) == 403
    HfApi().create_repo(f"{ORG}/{repo_name}")
    with pytest.raises(HfHubHTTPError) as err:
        HfApi(token=ALICE_READ_TOKEN).upload_file(
            path_or_fileobj=b"x", path_in_repo="x.txt", repo_id=f"{ORG}/{repo_name}"
        )
    assert _status(err.value) == 403
    assert HfApi(token=ALICE_READ_TOKEN).whoami()["name"] == "alice"


def test_invalid_front_matter_is_rejected_by_validate_yaml(hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    bad = b"---\nlanguage: [en\n---\n"
    with pytest.raises(ValueError, match="Invalid metadata"):
        api.upload_file(path_or_fileobj=bad, path_in_repo="README.md", repo_id=repo)
    with pytest.raises(ValueError, match="language"):
        api.upload_file(
            path_or_fileobj=b"---\nlanguage: no\n---\n", path_in_repo="README.md", repo_id=repo
        )


def test_pull_request_commit(hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    main = api.model_info(repo).sha
    info = api.create_commit(
        repo, [CommitOperationAdd("README.md", CARD.encode())], commit_message="pr", create_pr=True
    )
    assert info.pr_num == 1
    assert api.model_info(repo).sha == main
    assert Path(hf_hub_download(repo, "README.md", revision="refs/pr/1")).read_text() == CARD


def _racing_commits(hub, repo: str, n: int, parent: str | None, tag: str) -> list[object]:
    """N commits released together by a barrier and held by the server until all N arrived."""
    api = HfApi()
    _, name = repo.split("/")
    hub.set_faults([f"POST /api/models/{ORG}/{name}/commit/*:gather={n}:x{n}"])
    hub.reset_requests()
    barrier = threading.Barrier(n)
    results: list[object] = []

    def commit(i: int) -> None:
        barrier.wait(timeout=60)
        try:
            api.create_commit(
                repo,
                [CommitOperationAdd(f"{tag}{i}.txt", str(i).encode())],
                commit_message=f"{tag}{i}",
                parent_commit=parent,
            )
            results.append("ok")
        except HfHubHTTPError as err:
            results.append(_status(err))

    threads = [threading.Thread(target=commit, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a commit hung"
    # The server had all N in flight at once: they really raced.
    assert hub.stats()["peak_commits_in_flight"] == n
    hub.clear_faults()
    return results


def test_concurrent_commits_serialize(clean_hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    parent = api.model_info(repo).sha
    results = _racing_commits(clean_hub, repo, 4, parent, "p")
    assert sorted(results, key=str) == [412, 412, 412, "ok"]  # exactly one lands on `parent`
    assert len(api.list_repo_commits(repo)) == 2
    # Without a parent, racing commits all land, one after the other, none lost.
    assert _racing_commits(clean_hub, repo, 4, None, "n") == ["ok"] * 4
    assert len(api.list_repo_commits(repo)) == 2 + 4
    assert {f"n{i}.txt" for i in range(4)} <= set(api.list_repo_files(repo))


def test_regular_upload_path_with_xet_client(own_hub, tmp_path, monkeypatch):
    """hf_xet on, server answering `regular`: bytes travel inline in the NDJSON commit."""
    pytest.importorskip("hf_xet")
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", False)
    server = own_hub("--upload-mode", "regular")
    api = HfApi(endpoint=server.url)
    api.create_repo(f"{ORG}/regular")
    folder = _folder(tmp_path, big=11 * 1024 * 1024)
    api.upload_folder(repo_id=f"{ORG}/regular", folder_path=folder)
    assert not any("lfs" in r["path"] for r in server.requests())
    info = api.model_info(f"{ORG}/regular", files_metadata=True)
    assert all(s.lfs is None for s in info.siblings)
    got = hf_hub_download(
        f"{ORG}/regular", "weights.bin", endpoint=server.url, cache_dir=tmp_path / "c"
    )
    assert Path(got).read_bytes() == (folder / "weights.bin").read_bytes()


def test_state_survives_restart_and_crash(own_hub, tmp_path):
    server = own_hub()
    api = HfApi(endpoint=server.url)
    api.create_repo(f"{ORG}/durable", private=True)
    api.upload_folder(repo_id=f"{ORG}/durable", folder_path=_folder(tmp_path))
    before = api.model_info(f"{ORG}/durable", files_metadata=True)
    server.restart(signal.SIGKILL)
    api = HfApi(endpoint=server.url)
    after = api.model_info(f"{ORG}/durable", files_metadata=True)
    assert after.sha == before.sha and after.private
    assert [(s.rfilename, s.blob_id) for s in after.siblings] == [
        (s.rfilename, s.blob_id) for s in before.siblings
    ]
    got = hf_hub_download(
        f"{ORG}/durable", "config.json", endpoint=server.url, cache_dir=tmp_path / "c"
    )
    assert Path(got).read_text() == '{"n_layer": 2}'


def test_injected_faults(clean_hub, repo_name):
    repo = f"{ORG}/{repo_name}"
    api = HfApi()
    api.create_repo(repo)
    head = api.model_info(repo).sha
    commit_path = f"POST /api/models/{ORG}/{repo_name}/commit/*"

    clean_hub.set_faults([f"{commit_path}:503:x1"])
    with pytest.raises(HfHubHTTPError) as err:
        api.create_commit(repo, [CommitOperationAdd("a.txt", b"a")], commit_message="one")
    assert _status(err.value) == 503
    assert err.value.response.headers["Retry-After"] == "1"
    assert api.model_info(repo).sha == head  # a plain 503: nothing applied

    clean_hub.set_faults(
        [
            {
                "path": commit_path.split(" ", 1)[1],
                "method": "POST",
                "action": "429",
                "when": "x1",
                "retry_after": 7,
            }
        ]
    )
    with pytest.raises(HfHubHTTPError) as err:
        api.create_commit(repo, [CommitOperationAdd("a.txt", b"a")], commit_message="one")
    assert err.value.response.headers["RateLimit"] == '"api";r=0;t=7'

    clean_hub.set_faults([f"{commit_path}:drop-after:x1"])
    with pytest.raises(Exception):  # noqa: B017  the client sees a broken connection
        api.create_commit(repo, [CommitOperationAdd("a.txt", b"a")], commit_message="landed")
    assert next(c.title for c in api.list_repo_commits(repo)) == "landed"  # ...yet it landed
    assert clean_hub.clear_faults() == []
    statuses = [r["status"] for r in clean_hub.requests() if "/commit/" in r["path"]]
    assert statuses == [503, 429, 0]


def test_store_commit_is_all_or_nothing(tmp_path, monkeypatch):
    """A crash between writing a commit's objects and moving its ref leaves the old head."""
    from hubtools.localhub.store import Op, Store

    store = Store(tmp_path / "root")
    repo = store.create_repo("model", "ns/r", private=False, author="alice")
    head = repo.branches["main"]

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("hubtools.localhub.reflog.append", crash)
    with pytest.raises(OSError):
        store.apply(
            repo,
            ("branch", "main"),
            [Op("file", "a.txt", b"a")],
            title="t",
            message="",
            author="alice",
        )
    reopened = Store(tmp_path / "root")
    assert reopened.get_repo("model", "ns/r").branches["main"] == head
    assert "a.txt" not in reopened.resolve(reopened.get_repo("model", "ns/r"), "main").tree


def test_commits_append_to_the_ref_log_and_a_torn_line_is_no_move(tmp_path, monkeypatch):
    """A commit appends one line instead of rewriting repo.json; a restart replays the
    lines; a line a crash cut short moves nothing; a long log is folded into repo.json."""
    from hubtools.localhub import reflog
    from hubtools.localhub.store import Op, Store

    root = tmp_path / "root"
    store = Store(root)
    repo = store.create_repo("model", "ns/r", private=False, author="alice")
    meta = root / "repos" / "model" / "ns" / "r" / "repo.json"
    before = meta.stat().st_ino, meta.read_bytes()
    heads = []
    for i in range(5):
        op = Op("file", "a.txt", b"%d" % i)
        heads.append(store.apply(repo, ("branch", "main"), [op], title=f"{i}", message="",
                                 author="alice").id)  # fmt: skip
    assert (meta.stat().st_ino, meta.read_bytes()) == before  # not rewritten
    log = meta.parent / reflog.NAME
    assert len(log.read_bytes().splitlines()) == 5

    reopened = Store(root).get_repo("model", "ns/r")
    assert reopened.branches["main"] == heads[-1]
    assert reopened.last_modified == store.commit(heads[-1]).date

    with log.open("ab") as fh:  # a crash in the middle of appending a move
        fh.write(b'{"seq":6,"kind":"branch","name":"main","to":"' + b"0" * 20)
    reopened = Store(root)
    assert reopened.get_repo("model", "ns/r").branches["main"] == heads[-1]
    assert log.read_bytes().endswith(b"\n")  # the torn line was cut off
    repo = reopened.get_repo("model", "ns/r")
    head = reopened.apply(repo, ("branch", "main"), [Op("file", "b.txt", b"b")], title="b",
                          message="", author="alice").id  # fmt: skip
    assert Store(root).get_repo("model", "ns/r").branches["main"] == head

    monkeypatch.setattr(reflog, "FOLD_AFTER", 3)  # 6 lines now: the next move folds them
    moves = [reopened.apply(repo, ("branch", "main"), [Op("file", "c.txt", b"%d" % i)],
                            title="c", message="", author="alice").id for i in range(4)]  # fmt: skip
    folded = json.loads(meta.read_bytes())
    assert folded["branches"]["main"] == moves[0] and folded["refLogSeq"] == 6
    assert len(log.read_bytes().splitlines()) == 3  # the moves after the fold
    assert Store(root).get_repo("model", "ns/r").branches["main"] == moves[-1]


def test_delete_repo_missing_ok(hub, repo_name):
    api = HfApi()
    api.create_repo(f"{ORG}/{repo_name}")
    api.delete_repo(f"{ORG}/{repo_name}")
    assert not api.repo_exists(f"{ORG}/{repo_name}")
    api.delete_repo(f"{ORG}/{repo_name}", missing_ok=True)


# -- the last-commit index (paths-info and tree with expand) -------------------------------
_PATHS = ("a.txt", "d/b.txt", "d/e/c.txt", "d/e/f.txt", "g/h.txt")
_STEPS = st.one_of(
    st.tuples(st.just("put"), st.sampled_from(_PATHS), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.sampled_from(_PATHS), st.just(0)),
    st.tuples(st.just("delete-folder"), st.sampled_from(("d", "d/e", "g")), st.just(0)),
    st.tuples(st.just("merged-pr"), st.sampled_from(_PATHS), st.integers(0, 3)),
    st.tuples(st.just("squash"), st.just(""), st.just(0)),
    st.tuples(st.just("restart"), st.just(""), st.just(0)),
)


def _touched_last(store, head: str, path: str) -> str:
    """The reference answer: walk first-parent history until what is at or under `path`
    differs from the parent's."""

    def under(tree):
        return {p: e for p, e in tree.items() if p == path or p.startswith(path + "/")}

    commit = store.commit(head)
    while True:
        parent = store.commit(commit.parents[0]) if commit.parents else None
        if parent is None or under(commit.tree) != under(parent.tree):
            return commit.id
        commit = parent


def _folders(paths) -> set[str]:
    return {p.rsplit("/", i)[0] for p in paths for i in range(1, p.count("/") + 1)}


@settings(max_examples=60)
@given(st.lists(_STEPS, max_size=25))
def test_last_commit_index_matches_a_walk_through_history(steps):
    """Any mix of commits, deletions, merged pull requests, squashes and restarts: every
    file's and folder's last commit is the one a walk through the history finds."""
    import tempfile

    from hubtools.localhub.errors import HubError
    from hubtools.localhub.store import Op, Store

    with tempfile.TemporaryDirectory() as root:
        store = Store(root)
        store.create_repo("model", "ns/r", private=False, author="a")
        for n, (kind, path, value) in enumerate(steps):
            repo = store.get_repo("model", "ns/r")
            main = ("branch", "main")
            try:
                if kind == "put":
                    op = Op("file", path, b"%d" % value)
                    store.apply(repo, main, [op], title=f"{n}", message="", author="a")
                elif kind in ("delete", "delete-folder"):
                    op = Op("deletedFile" if kind == "delete" else "deletedFolder", path)
                    store.apply(repo, main, [op], title=f"{n}", message="", author="a")
                elif kind == "merged-pr":
                    start = repo.pulls[str(n)] = repo.branches["main"]
                    op = Op("file", path, b"pr %d" % value)
                    store.apply(
                        repo, ("pull", str(n)), [op], title=f"pr {n}", message="", author="b"
                    )
                    store.merge(
                        repo, "main", repo.pulls[str(n)], start, title=f"merge {n}", author="a"
                    )
                elif kind == "squash":
                    store.squash(repo, "main", title=f"squash {n}", author="a")
                else:
                    store = Store(root)  # a restart: only what is on disk
            except HubError:
                pass  # deleting what is not there: refused, nothing changed
            head = store.get_repo("model", "ns/r").branches["main"]
            tree = store.commit(head).tree
            index = store.last_commits.of(head)
            for path in {*tree, *_folders(tree)}:
                assert index[path] == _touched_last(store, head, path), (path, steps[: n + 1])


def test_paths_info_last_commit_after_many_commits_a_squash_and_a_restart(own_hub):
    server = own_hub()
    api = HfApi(endpoint=server.url)
    repo = f"{ORG}/history"
    api.create_repo(repo)
    keep = api.create_commit(
        repo,
        [CommitOperationAdd("keep/a.txt", b"a"), CommitOperationAdd("keep/deep/b.txt", b"b")],
        commit_message="keep these",
    ).oid
    for i in range(30):
        api.upload_file(path_or_fileobj=b"%d" % i, path_in_repo="busy.txt", repo_id=repo,
                        commit_message=f"busy {i}")  # fmt: skip
    api.create_branch(repo, branch="dev")
    api.upload_file(path_or_fileobj=b"dev", path_in_repo="keep/a.txt", repo_id=repo,
                    revision="dev", commit_message="on dev")  # fmt: skip
    busy = api.list_repo_commits(repo)[0].commit_id
    paths = ["keep/a.txt", "keep", "keep/deep", "busy.txt", ".gitattributes"]

    def last(revision: str = "main") -> dict[str, str]:
        infos = api.get_paths_info(repo, paths, expand=True, revision=revision)
        return {i.path: i.last_commit.title for i in infos}

    expected = {"keep/a.txt": "keep these", "keep": "keep these", "keep/deep": "keep these",
                "busy.txt": "busy 29", ".gitattributes": "initial commit"}  # fmt: skip
    assert last() == expected
    assert last("dev") == {**expected, "keep/a.txt": "on dev", "keep": "on dev"}
    tree = {e.path: e.last_commit.oid for e in api.list_repo_tree(repo, expand=True)}
    assert tree["keep"] == keep and tree["busy.txt"] == busy

    server.restart()
    api = HfApi(endpoint=server.url)
    assert last() == expected and last("dev")["keep"] == "on dev"

    api.super_squash_history(repo, commit_message="squashed")
    assert set(last().values()) == {"squashed"}
    api.upload_file(path_or_fileobj=b"after", path_in_repo="keep/deep/b.txt", repo_id=repo,
                    commit_message="after the squash")  # fmt: skip
    server.restart(signal.SIGKILL)
    api = HfApi(endpoint=server.url)
    assert last() == {"keep/a.txt": "squashed", "keep": "after the squash",
                      "keep/deep": "after the squash", "busy.txt": "squashed",
                      ".gitattributes": "squashed"}  # fmt: skip
