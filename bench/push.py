"""Publishing 20 tiny models: hubtools' publisher vs a plain `upload_folder` loop.

Both publish the same folders (weights, tokenizer, config, card, thumbnail) to the
local Hub; printed are HTTP requests per model and the time per run of 20 models (each side
warm in its own process, rounds alternated, wall and CPU apart: see fair.py), for a first
publish and for a second, unchanged one. Then hubtools publishes 20 new versions with faults
injected into 10% of API requests and must end with exactly 20 new commits.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from benchenv import TOKEN, isolated
from fair import compare

ROOT = isolated("push")

from huggingface_hub import HfApi  # noqa: E402

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402
from hubtools.publish.publisher import Publisher, PublishRequest  # noqa: E402
from hubtools.publish.retry import RetryPolicy  # noqa: E402
from hubtools.thumbnail import ThumbnailUser, render_thumbnail  # noqa: E402
from hubtools.tinymodel import build_tiny_model, synthetic_posts  # noqa: E402

N = 20


def model_folders() -> list[Path]:
    base = build_tiny_model(ROOT / "base", synthetic_posts(300))
    png = render_thumbnail([ThumbnailUser("bench", "Bench")], ["My dream is a fast publisher."])
    folders = []
    for i in range(N):
        folder = ROOT / f"model-{i:02d}"
        folder.mkdir()
        for f in base.iterdir():
            (folder / f.name).write_bytes(f.read_bytes())
        (folder / "README.md").write_text(f"---\nlicense: mit\ntags: [bench]\n---\n\n# Model {i}\n")
        (folder / "predictions.png").write_bytes(png)
        folders.append(folder)
    return folders


def hubtools_publish(
    api: HfApi,
    org: str,
    folders: list[Path],
    policy: RetryPolicy | None = None,
    prefix: str = "model",
) -> None:
    publisher = Publisher(api, policy=policy)
    for i, folder in enumerate(folders):
        files = {p.name: p for p in folder.iterdir()}
        publisher.publish(PublishRequest(f"{org}/{prefix}-{i:02d}", files))


def upload_folder_loop(api: HfApi, org: str, folders: list[Path], prefix: str = "model") -> None:
    for i, folder in enumerate(folders):
        repo = f"{org}/{prefix}-{i:02d}"
        api.create_repo(repo, exist_ok=True)
        api.upload_folder(repo_id=repo, folder_path=folder)


def requests_per_model(hub: HubProcess, fn) -> float:
    hub.reset_requests()
    fn()
    return len(hub.requests()) / N


_STATE: dict = {}  # set before the timing workers fork: the hub URL and the folders


def _side(publish, fresh: bool):
    """A warm publisher in its own (forked) process: each call publishes all N models,
    to new repos (`fresh`, a first publish) or to the same ones (nothing changed)."""

    def setup():
        api = HfApi(endpoint=_STATE["url"])
        api.whoami()
        counter = iter(range(10**9))
        org = "ours" if publish is hubtools_publish else "loop"
        fixed = f"{org}-fixed-{os.getpid()}"
        return lambda: publish(
            api,
            org,
            _STATE["folders"],
            prefix=f"r{next(counter)}-{os.getpid()}" if fresh else fixed,
        )

    return setup


def main() -> None:
    folders = model_folders()
    _STATE["folders"] = folders
    with HubProcess(
        ROOT / "hub", [HubAccount("bench", TOKEN, orgs=["ours", "loop", "faulty"])]
    ) as hub:
        _STATE["url"] = hub.url
        api = HfApi(endpoint=hub.url)
        ours1 = requests_per_model(hub, lambda: hubtools_publish(api, "ours", folders))
        loop1 = requests_per_model(hub, lambda: upload_folder_loop(api, "loop", folders))
        ours2 = requests_per_model(hub, lambda: hubtools_publish(api, "ours", folders))
        loop2 = requests_per_model(hub, lambda: upload_folder_loop(api, "loop", folders))
        first = compare(
            ("hubtools Publisher", _side(hubtools_publish, fresh=True)),
            ("upload_folder loop", _side(upload_folder_loop, fresh=True)),
            rounds=5, round_s=1.0,
        )  # fmt: skip
        again = compare(
            ("hubtools Publisher", _side(hubtools_publish, fresh=False)),
            ("upload_folder loop", _side(upload_folder_loop, fresh=False)),
            rounds=5, round_s=1.0,
        )  # fmt: skip

        hubtools_publish(api, "faulty", folders)
        for folder in folders:  # a new version of every model
            (folder / "README.md").write_text((folder / "README.md").read_text() + "\nv2\n")
        before = sum(len(api.list_repo_commits(f"faulty/model-{i:02d}")) for i in range(N))
        hub.set_faults(["* /api/*:503:0.1", "POST /api/models/*/commit/*:drop-after:0.1"])
        start = time.perf_counter()
        hubtools_publish(api, "faulty", folders, RetryPolicy(base=0.05))
        faulty_s = time.perf_counter() - start
        injected = sum(r["hits"] for r in hub.faults())
        hub.clear_faults()
        after = sum(len(api.list_repo_commits(f"faulty/model-{i:02d}")) for i in range(N))

    print(f"{N} tiny models to the local hub: HTTP requests per model")
    print(f"  first publish:   hubtools {ours1:5.1f}   upload_folder loop {loop1:5.1f}")
    print(f"  nothing changed: hubtools {ours2:5.1f}   upload_folder loop {loop2:5.1f}")
    print(f"time for all {N} models, each side warm in its own process, alternated rounds:")
    print("first publish (new repos every round):")
    print(first.report(f"runs of {N}"))
    print("nothing changed (the same repos again):")
    print(again.report(f"runs of {N}"))
    print(f"with faults ({injected} injected): {after - before} new commits for {N} models "
          f"in {faulty_s:.2f} s (exactly {N} expected)")  # fmt: skip


if __name__ == "__main__":
    main()
