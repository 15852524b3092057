"""Publishing 20 tiny models: hubtools' publisher vs a plain `upload_folder` loop.

Both publish the same folders (weights, tokenizer, config, card, thumbnail) to the
local Hub; printed are wall time and HTTP requests per model, for a first publish
and a second, unchanged one. Then hubtools publishes 20 new versions with faults
injected into 10% of API requests and must end with exactly 20 new commits.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchenv import TOKEN, isolated

ROOT = isolated("push")

from huggingface_hub import HfApi  # noqa: E402

from hubtools.localhub.process import Account, HubProcess  # noqa: E402
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
    api: HfApi, org: str, folders: list[Path], policy: RetryPolicy | None = None
) -> None:
    publisher = Publisher(api, policy=policy)
    for i, folder in enumerate(folders):
        files = {p.name: p for p in folder.iterdir()}
        publisher.publish(PublishRequest(f"{org}/model-{i:02d}", files))


def upload_folder_loop(api: HfApi, org: str, folders: list[Path]) -> None:
    for i, folder in enumerate(folders):
        repo = f"{org}/model-{i:02d}"
        api.create_repo(repo, exist_ok=True)
        api.upload_folder(repo_id=repo, folder_path=folder)


def timed(hub: HubProcess, fn) -> tuple[float, float]:
    hub.reset_requests()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start, len(hub.requests()) / N


def main() -> None:
    folders = model_folders()
    with HubProcess(
        ROOT / "hub", [Account("bench", TOKEN, orgs=["ours", "loop", "faulty"])]
    ) as hub:
        api = HfApi(endpoint=hub.url)
        ours1 = timed(hub, lambda: hubtools_publish(api, "ours", folders))
        ours2 = timed(hub, lambda: hubtools_publish(api, "ours", folders))
        loop1 = timed(hub, lambda: upload_folder_loop(api, "loop", folders))
        loop2 = timed(hub, lambda: upload_folder_loop(api, "loop", folders))

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

    print(f"{N} tiny models to the local hub      wall s   requests/model")
    print(f"hubtools, first publish             {ours1[0]:7.2f}   {ours1[1]:6.1f}")
    print(
        f"upload_folder loop, first publish   {loop1[0]:7.2f}   {loop1[1]:6.1f}   ratio {loop1[0] / ours1[0]:.2f}x"
    )
    print(f"hubtools, nothing changed           {ours2[0]:7.2f}   {ours2[1]:6.1f}")
    print(
        f"upload_folder loop, nothing changed {loop2[0]:7.2f}   {loop2[1]:6.1f}   ratio {loop2[0] / ours2[0]:.2f}x"
    )
    print(f"with faults ({injected} injected): {after - before} new commits for {N} models "
          f"in {faulty_s:.2f} s (exactly {N} expected)")  # fmt: skip


if __name__ == "__main__":
    main()
