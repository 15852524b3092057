"""How fast are the local Hub's HTML pages? Server time, in-process, from the request log.

A store with 10,000 model repos (each with its own small card) and one huggingtweets
repo (the 3-user card); the ASGI app is driven in-process and each request's server time
is read from the hub's request log (what `/_admin/requests` reports). Prints the first
(cold: caches empty) and the median of the warm requests, and the repo list right after
a commit elsewhere (the order is sorted again then).
Targets (warm): model page < 50 ms, repo list of 10,000 repos < 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from benchenv import REPO, isolated

ROOT = isolated("pages")

from starlette.testclient import TestClient  # noqa: E402

from hubtools.cards.render import render_card  # noqa: E402
from hubtools.cards.spec import CardSpec  # noqa: E402
from hubtools.localhub.accounts import Accounts  # noqa: E402
from hubtools.localhub.app import LocalHub  # noqa: E402
from hubtools.localhub.store import Op, Store  # noqa: E402

CARD = REPO / "cards" / "autosport-formulaoneworld-speedcafe.yaml"
MODEL = "huggingtweets/autosport-formulaoneworld-speedcafe"
TARGETS_MS = {"model page": 50.0, "repo list": 200.0, "repo list, after a commit": 200.0}


def build(n: int) -> None:
    store = Store(ROOT / "hub")
    for i in range(n):
        repo = store.create_repo("model", f"user{i % 100}/model-{i:05d}", private=i % 10 == 0,
                                 author="alice")  # fmt: skip
        readme = f"---\nlicense: mit\npipeline_tag: text-generation\n---\n# model {i}\n"
        store.apply(repo, ("branch", "main"), [Op("file", "README.md", readme.encode())],
                    title="card", message="", author="alice")  # fmt: skip
    spec = CardSpec.from_yaml_text(CARD.read_text(), source=str(CARD))
    repo = store.create_repo("model", MODEL, private=False, author="alice")
    files = [Op("file", "README.md", render_card(spec).encode()),
             Op("file", "config.json", b"{}"), Op("file", "model.safetensors", b"\0" * 4096)]  # fmt: skip
    store.apply(repo, ("branch", "main"), files, title="Publish", message="", author="alice")


def timed(
    client: TestClient, hub: LocalHub, path: str, rounds: int, before: Callable[[], None]
) -> tuple[float, float]:
    """(first request ms, median ms of the next `rounds`), server time from the log;
    `before` runs ahead of each request, untimed."""
    times = []
    for _ in range(rounds + 1):
        before()
        resp = client.get(path)
        assert resp.status_code == 200, (path, resp.status_code)
        times.append(hub.log.entries[-1]["ms"])
    return times[0], statistics.median(times[1:])


def _nothing() -> None:
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    build(args.repos)
    print(f"set-up: {args.repos + 1} repos in {time.perf_counter() - started:.1f} s")

    accounts = Accounts()
    accounts.add_token("alice", "hf_bench_alice")
    hub = LocalHub(ROOT / "hub", accounts, admin_token="bench-admin")  # a fresh start
    client = TestClient(hub)
    ok = True
    store = hub.hub.store
    busy = store.get_repo("model", "user1/model-00001")
    assert busy is not None

    def commit() -> None:  # any commit moves the list's order: it is sorted again
        op = Op("file", "n.txt", str(time.time()).encode())
        store.apply(busy, ("branch", "main"), [op], title="n", message="", author="alice")

    for label, path, before in [
        ("model page", f"/{MODEL}", _nothing),
        ("repo list", "/", _nothing),
        ("repo list, after a commit", "/", commit),
        ("repo list, search", "/?search=model-09", _nothing),
        ("repo list, page 100", "/?p=100", _nothing),
        ("files page", f"/{MODEL}/tree/main", _nothing),
        ("commits page", f"/{MODEL}/commits/main", _nothing),
    ]:
        cold, warm = timed(client, hub, path, args.rounds, before)
        target = TARGETS_MS.get(label)
        verdict = ""
        if target is not None:
            verdict = f"  target < {target:.0f} ms: {'ok' if warm < target else 'MISSED'}"
            ok = ok and warm < target
        print(f"{label:<22} first {cold:8.1f} ms   warm median {warm:7.1f} ms{verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
