"""How fast is the local Hub, seen through the real client?

Prints model_info/s and small-commits/s for the local Hub, and the same calls
against a canned-answer standard-library server measured in the same run (the
client-bound ceiling: a server can't do better than answering instantly).
Targets: >= 200 model_info/s and >= 20 small commits/s on a 2-core machine.

Then the listing run: list_models(limit=10) with 1,000 and with 10,000 repos, and the
time to page through all of them, each as a ratio 10k/1k measured in the same run (a
page that costs the page keeps the first ratio near 1; paging everything near 10).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from benchenv import TOKEN, isolated

ROOT = isolated("localhub")

from huggingface_hub import CommitOperationAdd, HfApi  # noqa: E402

from hubtools.localhub.process import Account, HubProcess  # noqa: E402

SHA = "a" * 40
INFO = json.dumps(
    {"id": "bench/repo", "sha": SHA, "siblings": [{"rfilename": "README.md"}]}
).encode()


class Canned(BaseHTTPRequestHandler):
    """Instant answers: the ceiling the client itself imposes."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(INFO)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if "/preupload/" in self.path:
            body = {"files": [{"path": "n.txt", "uploadMode": "regular", "shouldIgnore": False}]}
        else:
            host = self.headers["Host"]
            body = {"commitOid": SHA, "commitUrl": f"http://{host}/bench/repo/commit/{SHA}"}
        self._send(json.dumps(body).encode())

    def log_message(self, *args) -> None:
        pass


def rate(fn, n: int, threads: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(fn, range(n)))
    return n / (time.perf_counter() - start)


def measure(api: HfApi, n_info: int, n_commits: int) -> tuple[float, float]:
    api.model_info("bench/repo")  # warm the connection pool
    info_rate = rate(lambda _: api.model_info("bench/repo"), n_info, threads=4)

    def commit(i: int) -> None:
        api.create_commit(
            "bench/repo", [CommitOperationAdd("n.txt", str(i).encode())], commit_message=f"c{i}"
        )

    return info_rate, rate(commit, n_commits, threads=1)


def populate(root, start: int, stop: int) -> None:
    """Repos `bench/m00000`... written straight into a stopped hub's store (fast)."""
    from hubtools.localhub.store import Op, Store

    store = Store(root)
    card = b"---\nlicense: mit\ntags:\n- bench\npipeline_tag: text-generation\n---\n"
    for i in range(start, stop):
        repo = store.create_repo("model", f"bench/m{i:05d}", private=False, author="bench")
        store.apply(repo, ("branch", "main"), [Op("file", "README.md", card)],
                    title="card", message="", author="bench")  # fmt: skip


def timed(fn, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def list_times(url: str, n: int) -> tuple[float, float, float]:
    """Seconds per list_models(limit=10), and to page through all n repos (cold, warm)."""
    api = HfApi(endpoint=url)
    list(api.list_models(limit=10))  # warm the connection pool
    ten = timed(lambda: list(api.list_models(limit=10)), repeat=20)
    counts = []
    # twice: the first pass also parses every repo's card once (cached afterwards)
    cold = timed(lambda: counts.append(sum(1 for _ in api.list_models())))
    warm = timed(lambda: counts.append(sum(1 for _ in api.list_models())))
    assert counts == [n, n], (counts, n)
    return ten, cold, warm


def listing(sizes: tuple[int, int]) -> None:
    root = ROOT / "listing"
    small, big = sizes
    results = {}
    made = 0
    for n in sizes:
        populate(root, made, n)
        made = n
        with HubProcess(root, [Account("bench", TOKEN)]) as hub:
            results[n] = list_times(hub.url, n)
    (ten_s, cold_s, warm_s), (ten_b, cold_b, warm_b) = results[small], results[big]
    print(f"list_models(limit=10)   {small:>6,} repos {ten_s * 1000:8.1f} ms   "
          f"{big:>6,} repos {ten_b * 1000:8.1f} ms   ratio {ten_b / ten_s:5.2f} (target ~1)")  # fmt: skip
    for label, a, b in (("cold", cold_s, cold_b), ("warm", warm_s, warm_b)):
        print(f"page through all, {label}  {small:>6,} repos {a * 1000:8.1f} ms   "
              f"{big:>6,} repos {b * 1000:8.1f} ms   ratio {b / a:5.2f} "
              f"(linear: {big / small:.0f})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--info", type=int, default=2000, help="model_info calls")
    parser.add_argument("--commits", type=int, default=300, help="small commits")
    parser.add_argument("--repos", type=int, default=10_000, help="listing run size (0: skip)")
    args = parser.parse_args()
    if args.repos:
        listing((max(1, args.repos // 10), args.repos))
    n_info, n_commits = args.info, args.commits
    with HubProcess(ROOT / "hub", [Account("bench", TOKEN)]) as hub:
        api = HfApi(endpoint=hub.url)
        api.create_repo("bench/repo")
        api.upload_file(
            path_or_fileobj=b"---\nlicense: mit\n---\n",
            path_in_repo="README.md",
            repo_id="bench/repo",
        )
        ours = measure(api, n_info, n_commits)
        requests = len(hub.requests())

    canned = ThreadingHTTPServer(("127.0.0.1", 0), Canned)
    threading.Thread(target=canned.serve_forever, daemon=True).start()
    ceiling = measure(HfApi(endpoint=f"http://127.0.0.1:{canned.server_port}"), n_info, n_commits)
    canned.shutdown()

    print(f"local hub: {requests} requests served")
    print(f"model_info/s     local hub {ours[0]:8.1f}   canned server {ceiling[0]:8.1f}   "
          f"ratio {ours[0] / ceiling[0]:.2f}   (target >= 200/s)")  # fmt: skip
    print(f"small commits/s  local hub {ours[1]:8.1f}   canned server {ceiling[1]:8.1f}   "
          f"ratio {ours[1] / ceiling[1]:.2f}   (target >= 20/s)")  # fmt: skip


if __name__ == "__main__":
    main()
