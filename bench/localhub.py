"""How fast is the local Hub through the real client, and does it stay fast as it grows?

One run, every figure a ratio taken in it. Each comparison alternates its two sides
round by round (A first in odd rounds, B first in even ones) after warming both; it reports
wall time and CPU time apart (CPU = the client's process plus the server's, read from
/proc), the median of the per-round ratios, and their spread (min-max).

Growth (the targets of "costs that do not grow with the Hub"), on two hubs built here,
each call right after a change (a settings write, untimed) so that no cached page of the
listing answers it; the server time of a repeated pass, pages cached, is printed apart:
  - list_models(limit=10) with 10,000 repos vs 1,000                       target ratio <= 2
  - paging through all 10,000 (the client follows `Link`): the server's time  target < 150 ms
    for all pages, the client's own `paginate` (JSON decoded), and list_models() end to end,
    next to a canned server answering the same pages (the client's own cost of ModelInfo)
  - preupload of a path holding a 200 MB LFS file vs one holding 1 kB       target < 5 ms
  - paths-info with expand on a repo of 1,000 commits vs one of 10          target ratio ~1
Rates, against a canned-answer server in its own process (the client-bound ceiling):
  - model_info/s (4 threads) and small commits/s (1 thread)   no worse than ~900/s, ~270/s

    python bench/localhub.py [--repos 10000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.process import BaseProcess
from pathlib import Path

from benchenv import REPO, TOKEN, isolated
from fair import cpu_of

ROOT = isolated("localhub")

from huggingface_hub import CommitOperationAdd, HfApi  # noqa: E402
from huggingface_hub.utils import get_session  # noqa: E402
from huggingface_hub.utils._pagination import paginate  # noqa: E402

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402
from hubtools.localhub.store import Op, Store  # noqa: E402

BIG_FILE = 200 * 1000 * 1000
SHA = "a" * 40
CARD = b"---\nlicense: mit\ntags:\n- bench\npipeline_tag: text-generation\n---\n"


# -- measuring -------------------------------------------------------------------------
@dataclass
class Side:
    name: str
    call: Callable[[], object]
    server_pid: int
    calls: int = 1  # requests one `call` makes: figures are per request
    between: Callable[[], object] | None = None  # before each call, not timed
    wall: list[float] = field(default_factory=list)  # seconds per call, per round
    cpu: list[float] = field(default_factory=list)

    def run(self, n: int) -> None:
        wall = cpu = 0.0
        for _ in range(n if self.between else 1):
            if self.between:
                self.between()
            w0, c0, s0 = time.perf_counter(), time.process_time(), cpu_of(self.server_pid)
            for _ in range(1 if self.between else n):
                self.call()
            cpu += time.process_time() - c0 + cpu_of(self.server_pid) - s0
            wall += time.perf_counter() - w0
        self.wall.append(wall / n / self.calls)
        self.cpu.append(cpu / n / self.calls)


def compare(a: Side, b: Side, rounds: int, round_s: float = 0.4) -> tuple[Side, Side]:
    for side in (a, b):
        for _ in range(3):
            side.call()  # warm: connections, caches, lazily built indexes
    sizes = {}
    for side in (a, b):
        if side.between:
            side.between()
        start = time.perf_counter()
        side.call()
        sizes[side.name] = max(1, int(round_s / max(time.perf_counter() - start, 1e-6)))
    for i in range(rounds):
        for side in (a, b) if i % 2 == 0 else (b, a):
            side.run(sizes[side.name])
    return a, b


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f}x ({min(values):.2f}-{max(values):.2f})"


def report(title: str, a: Side, b: Side, target: str = "", per_s: bool = False) -> float:
    """Print both sides and B/A ratios (wall, CPU); return B's median wall seconds."""

    def fmt(values: list[float]) -> str:
        m = statistics.median(values)
        return f"{1 / m:9.1f}/s" if per_s else f"{m * 1000:9.2f} ms"

    print(f"{title}  {target}")
    for s in (a, b):
        print(f"    {s.name:<34} wall {fmt(s.wall)}   cpu {fmt(s.cpu)}")
    ratios = {k: [y / x for x, y in zip(getattr(a, k), getattr(b, k), strict=True)]
              for k in ("wall", "cpu")}  # fmt: skip
    print(f"    B/A, time per call: wall {_spread(ratios['wall'])}   cpu {_spread(ratios['cpu'])}"
          f"   ({len(a.wall)} alternated rounds)")  # fmt: skip
    return statistics.median(b.wall)


# -- building the hubs (straight into a stopped hub's store: fast) ----------------------
def populate(root: Path, n: int) -> None:
    store = Store(root)
    for i in range(n):
        repo = store.create_repo("model", f"bench/m{i:05d}", private=False, author="bench")
        store.apply(repo, ("branch", "main"), [Op("file", "README.md", CARD)],
                    title="card", message="", author="bench")  # fmt: skip


def add_fixtures(root: Path) -> None:
    """A repo holding a 200 MB and a 1 kB LFS file; repos of 10 and of 1,000 commits."""
    store = Store(root)
    repo = store.create_repo("model", "bench/weights", private=False, author="bench")
    ops = []
    for path, size in (("big.bin", BIG_FILE), ("small.bin", 1000)):
        sha = hashlib.sha256(bytes(size)).hexdigest()
        store.lfs_path(sha).parent.mkdir(parents=True, exist_ok=True)
        with store.lfs_path(sha).open("wb") as fh:
            fh.truncate(size)  # zeros, sparse: no 200 MB written
        ops.append(Op("lfsFile", path, sha256=sha, size=size))
    store.apply(repo, ("branch", "main"), ops, title="weights", message="", author="bench")
    for n in (10, 1000):
        repo = store.create_repo("model", f"bench/h{n}", private=False, author="bench")
        store.apply(repo, ("branch", "main"), [Op("file", "d/y.txt", b"y")],
                    title="y", message="", author="bench")  # fmt: skip
        for i in range(n - 2):
            store.apply(repo, ("branch", "main"), [Op("file", "x.txt", b"%d" % i)],
                        title=f"x {i}", message="", author="bench")  # fmt: skip


# -- the canned server: instant answers, in its own process ------------------------------
def _canned(conn, pages: list[bytes]) -> None:
    info = json.dumps({"id": "bench/repo", "sha": SHA,
                       "siblings": [{"rfilename": "README.md"}]}).encode()  # fmt: skip

    class Canned(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _send(self, body: bytes, link: str | None = None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if link:
                self.send_header("Link", f'<{link}>; rel="next"')
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path.startswith("/api/models?") or self.path == "/api/models":
                at = int(self.path.split("cursor=")[1]) if "cursor=" in self.path else 0
                host = self.headers["Host"]
                more = f"http://{host}/api/models?cursor={at + 1}" if at + 1 < len(pages) else None
                return self._send(pages[at], more)
            self._send(info)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body: dict[str, object]
            if "/preupload/" in self.path:
                body = {"files": [{"path": "n.txt", "uploadMode": "regular",
                                   "shouldIgnore": False}]}  # fmt: skip
            else:
                url = f"http://{self.headers['Host']}/bench/repo/commit/{SHA}"
                body = {"commitOid": SHA, "commitUrl": url}
            self._send(json.dumps(body).encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Canned)
    conn.send(server.server_port)
    server.serve_forever()


def start_canned(pages: list[bytes]) -> tuple[BaseProcess, str]:
    parent, child = mp.Pipe()
    proc = mp.get_context("fork").Process(target=_canned, args=(child, pages), daemon=True)
    proc.start()
    return proc, f"http://127.0.0.1:{parent.recv()}"


# -- the comparisons ----------------------------------------------------------------------
def _pages_like(url: str) -> list[bytes]:
    """The local hub's own pages of the listing, to be served by the canned server."""
    headers, out = {"Authorization": f"Bearer {TOKEN}"}, []
    next_url: str | None = f"{url}/api/models"
    while next_url:
        resp = get_session().get(next_url, headers=headers)
        out.append(resp.content)
        next_url = resp.links.get("next", {}).get("url")
    return out


def changed(hub: HubProcess) -> Callable[[], object]:
    """A settings write: something changed, so no cached page of the listing is valid."""
    api = HfApi(endpoint=hub.url)
    return lambda: api.update_repo_settings("bench/m00000", private=False)


def server_ms_paging(hub: HubProcess, api: HfApi, *, fresh: bool) -> float:
    """The server's own time for the pages of one paging through everything (`fresh`:
    right after a change, when every page is built again)."""
    if fresh:
        changed(hub)()
    hub.reset_requests()
    sum(1 for _ in api.list_models())
    return sum(e["ms"] for e in hub.requests() if e["path"].startswith("/api/models"))


def growth(small: HubProcess, big: HubProcess, canned: str, n: int, rounds: int) -> None:
    """Listing costs, 10x the repos; every call right after a change (no page cached)."""
    s_api, b_api = HfApi(endpoint=small.url), HfApi(endpoint=big.url)
    pid_s, pid_b = small.proc.pid, big.proc.pid  # type: ignore[union-attr]
    m = n // 10
    ten = compare(
        Side(f"{m:,} repos", lambda: list(s_api.list_models(limit=10)), pid_s,
             between=changed(small)),
        Side(f"{n:,} repos", lambda: list(b_api.list_models(limit=10)), pid_b,
             between=changed(big)),
        rounds,
    )  # fmt: skip
    report("list_models(limit=10)", *ten, target="target: ratio <= 2")

    headers = {"Authorization": f"Bearer {TOKEN}"}

    def raw(url: str) -> Callable[[], int]:
        return lambda: sum(1 for _ in paginate(f"{url}/api/models", {}, headers))

    pages = compare(Side(f"{m:,} repos", raw(small.url), pid_s, between=changed(small)),
                    Side(f"{n:,} repos", raw(big.url), pid_b, between=changed(big)),
                    rounds)  # fmt: skip
    wall = report("paging through all, the client's paginate (Link, JSON)", *pages,
                  target="linear: ratio ~10")  # fmt: skip
    fresh = statistics.median(server_ms_paging(big, b_api, fresh=True) for _ in range(5))
    again = statistics.median(server_ms_paging(big, b_api, fresh=False) for _ in range(5))
    verdict = "ok" if fresh < 150 else "MISSED"
    print(f"    server time for all {n:,}: {fresh:.1f} ms after a change (target < 150 ms: "
          f"{verdict}), {again:.1f} ms again (pages cached); client wall {wall * 1000:.1f} ms")  # fmt: skip
    c_api = HfApi(endpoint=canned)
    full = compare(Side("canned server, same pages", lambda: sum(1 for _ in c_api.list_models()),
                        os.getpid()),
                   Side(f"local hub, {n:,} repos", lambda: sum(1 for _ in b_api.list_models()),
                        pid_b, between=changed(big)), rounds)  # fmt: skip
    report("paging through all with list_models() (ModelInfo built per repo)", *full,
           target="the client's own floor is the canned side")  # fmt: skip


def per_repo(big: HubProcess, rounds: int) -> None:
    api, pid = HfApi(endpoint=big.url), big.proc.pid  # type: ignore[union-attr]
    session, headers = get_session(), {"Authorization": f"Bearer {TOKEN}"}
    url = f"{big.url}/api/models/bench/weights/preupload/main"

    def preupload(path: str, size: int) -> Callable[[], object]:
        body = {"files": [{"path": path, "size": size,
                           "sample": base64.b64encode(bytes(512)).decode()}]}  # fmt: skip
        return lambda: session.post(url, json=body, headers=headers).raise_for_status()

    pre = compare(
        Side("path holding 1 kB", preupload("small.bin", 1000), pid),
        Side("path holding 200 MB", preupload("big.bin", BIG_FILE), pid),
        rounds,
    )
    big_ms = report("preupload (LFS, unchanged check)", *pre, target="target: ratio ~1")
    big.reset_requests()
    for _ in range(20):
        preupload("big.bin", BIG_FILE)()
    server = statistics.median(e["ms"] for e in big.requests())
    cpu = statistics.median(pre[1].cpu) * 1000
    verdict = "ok" if max(server, cpu) < 5 else "MISSED"
    print(f"    200 MB path: server {server:.2f} ms, CPU (client + server) {cpu:.2f} ms "
          f"(target < 5 ms: {verdict}); wall {big_ms * 1000:.2f} ms, the 1 kB path's "
          f"{statistics.median(pre[0].wall) * 1000:.2f} ms: the client's round trip")  # fmt: skip

    asked = [".gitattributes", "x.txt", "d", "d/y.txt"]

    def paths_info(repo: str) -> Callable[[], object]:
        return lambda: api.get_paths_info(repo, asked, expand=True)

    history = compare(
        Side("10 commits", paths_info("bench/h10"), pid),
        Side("1,000 commits", paths_info("bench/h1000"), pid),
        rounds,
    )
    report("paths-info, expand (last commits of 4 paths)", *history, target="target: ratio ~1")


@contextlib.contextmanager
def baseline_code(rev: str) -> Iterator[dict[str, str]]:
    """`hubtools/` as it was at `rev` (exported with `git archive`, the checkout untouched),
    and the environment that makes a child process import it instead of the working tree."""
    with tempfile.TemporaryDirectory(prefix="hubtools-baseline-") as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "hubtools"],
                                 capture_output=True, check=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        yield {"PYTHONPATH": tmp}


def start_hub(root: Path, env: dict[str, str]) -> HubProcess:
    """A fresh hub with one repo; `env` (and its folder as the working directory, which
    `python -m` puts first on sys.path) picks the code it runs."""
    saved, cwd = {k: os.environ.get(k) for k in env}, os.getcwd()
    os.environ.update(env)
    os.chdir(env.get("PYTHONPATH", cwd))
    try:
        code = subprocess.run([sys.executable, "-c", "import hubtools; print(hubtools.__file__)"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip
        print(f"    {root.name}: {code.strip()}")
        hub = HubProcess(root, [HubAccount("bench", TOKEN)]).start()
    finally:
        os.chdir(cwd)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    api = HfApi(endpoint=hub.url)
    api.create_repo("bench/repo")
    api.upload_file(path_or_fileobj=b"---\nlicense: mit\n---\n", path_in_repo="README.md",
                    repo_id="bench/repo")  # fmt: skip
    return hub


def _info(api: HfApi, pool: ThreadPoolExecutor) -> Callable[[], object]:
    """40 model_info calls on 4 threads (a call of the side is 40 of them)."""
    return lambda: list(pool.map(lambda _: api.model_info("bench/repo"), range(40)))


def _commit(api: HfApi) -> Callable[[], object]:
    counter = iter(range(10**9))
    return lambda: api.create_commit(
        "bench/repo", [CommitOperationAdd("n.txt", b"%d" % next(counter))], commit_message="c"
    )


def rates(canned: tuple[BaseProcess, str], rounds: int, baseline: str) -> None:
    """model_info and small commits: this code against `baseline`'s (two fresh hubs), and
    against the canned server (the ceiling)."""
    pool = ThreadPoolExecutor(4)
    c_api, c_pid = HfApi(endpoint=canned[1]), canned[0].pid or 0
    with baseline_code(baseline) as env:
        before, now = start_hub(ROOT / "rate-before", env), start_hub(ROOT / "rate-now", {})
    try:
        b_api, n_api = HfApi(endpoint=before.url), HfApi(endpoint=now.url)
        b_pid, n_pid = (h.proc.pid if h.proc else 0 for h in (before, now))
        for title, make, calls, target in (
            ("model_info (4 threads)", lambda a: _info(a, pool), 40, ">= ~900/s"),
            ("small commits (1 thread)", _commit, 1, ">= ~270/s"),
        ):
            here = Side("local hub now", make(n_api), n_pid, calls)
            ceiling = Side("canned server", make(c_api), c_pid, calls)
            report(f"{title}, against the ceiling", *compare(ceiling, here, rounds),
                   target=f"target: local hub {target}", per_s=True)  # fmt: skip
            here = Side("local hub now", make(n_api), n_pid, calls)
            old = Side(f"local hub at {baseline}", make(b_api), b_pid, calls)
            report(f"{title}, against the code at {baseline}", *compare(old, here, rounds),
                   target="ratio <= ~1: no worse", per_s=True)  # fmt: skip
    finally:
        before.stop()
        now.stop()
        pool.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=10_000, help="the big hub's repos")
    parser.add_argument("--rounds", type=int, default=7, help="alternated rounds per comparison")
    parser.add_argument("--baseline", default="HEAD", help="git revision the rates compare with")
    args = parser.parse_args()
    n = args.repos
    start = time.perf_counter()
    populate(ROOT / "small", n // 10)
    populate(ROOT / "big", n)
    add_fixtures(ROOT / "big")
    print(f"set-up: {n // 10:,} + {n:,} repos in {time.perf_counter() - start:.0f} s "
          f"(the big hub also holds bench/weights, bench/h10, bench/h1000)")  # fmt: skip
    accounts = [HubAccount("bench", TOKEN)]
    with HubProcess(ROOT / "small", accounts) as small, HubProcess(ROOT / "big", accounts) as big:
        canned = start_canned(_pages_like(big.url))
        try:
            growth(small, big, canned[1], n, args.rounds)
            per_repo(big, args.rounds)
            rates(canned, args.rounds, args.baseline)
        finally:
            canned[0].terminate()


if __name__ == "__main__":
    main()
